"""Twin towns across a border: the words beside a name that say which country it lies in ("the Iranian border
town of Jolfa", "Astara in Iran", "Azerbaijan's Astara") pick the namesake there, and a place said outright to lie
in a country where the gazetteer has no such namesake is not put on the other side; a nation's adjective before a
body ("a Kazakh agency") is no town."""

import datetime as dt

import pytest

from geo.extract import extract_text

DAY = dt.date(2025, 5, 20)


def _countries(text, gazetteer):
    """The countries of the places found, by the gazetteer's record at each answer's point."""
    out = []
    for row in extract_text(text, DAY, gazetteer, source="test"):
        lon, lat = row["coordinates"][0]
        here = [p.country for p in gazetteer.places if p.country and abs(p.lat - lat) < 1e-4 and abs(p.lon - lon) < 1e-4]
        out.append((row["place_name"], here[0] if here else None))
    return out


@pytest.mark.parametrize("text, country", [
    ("Lorries waited for two days outside the Iranian border town of Jolfa after the bridge closed.", "IR"),
    ("Iranian Jolfa was crowded with lorries bound for the exclave on Friday.", "IR"),
    ("A bridge on the Aras joins Jolfa in Iran's East Azerbaijan to the exclave.", "IR"),
    ("Officials in Jolfa, Iran, said the rail link would reopen in June.", "IR"),
    ("A new free zone was opened in Jolfa on the Iranian side of the river.", "IR"),
    ("The Iranian town of Astara is a hub for freight bound for Russia.", "IR"),
    ("Iran's Astara will get a new rail terminal, the governor said on Monday.", "IR"),
    ("Fishermen in Iranian Astara protested against the new quotas.", "IR"),
    ("Astara in Iran's Gilan province is where the new line ends.", "IR"),
    ("Iranian border guards at Jolfa seized a lorry of cigarettes on Sunday.", "IR"),
])
def test_country_word_picks_the_twin_in_that_country(gazetteer, text, country):
    found = _countries(text, gazetteer)
    assert found and all(c == country for _, c in found if c in ("IR", "AZ")), found


@pytest.mark.parametrize("text", [
    "Nakhchivan's Julfa hosted a meeting of customs officers on Tuesday.",
    "The rail station in Julfa, Nakhchivan, was repaired last year.",
    "Freight wagons crossed from Azerbaijan's Astara into Iran on Sunday.",
    "Border guards in Astara, Azerbaijan, detained two smugglers.",
    "The Azerbaijani town of Astara saw a rise in freight.",
])
def test_country_word_keeps_the_twin_of_its_own_country(gazetteer, text):
    found = _countries(text, gazetteer)
    assert any(c == "AZ" for _, c in found) and not any(c == "IR" for _, c in found), found


def test_possessive_country_after_a_comma_is_a_speaker_not_the_place(gazetteer):
    text = ("Later that week, in Yerevan, Iran's trade minister said the two sides had agreed to build a second "
            "bridge at the border.")
    assert ("Yerevan", "AM") in _countries(text, gazetteer)


@pytest.mark.parametrize("text", [
    "A Kazakh agency reported the talks in Astana.",
    "Kazakh forces took no part in the drills, Kazakh diplomats said.",
    "The Kazakh side offered to host the next round of talks.",
])
def test_kazakh_before_a_body_is_the_nation_not_gazakh(gazetteer, text):
    assert not any(c == "AZ" for _, c in _countries(text, gazetteer))


@pytest.mark.parametrize("text", [
    "Stray shells fell on the Iranian village of Agh Band on Tuesday.",
    "Stray shells fell on Aghband in Iran on Tuesday.",
])
def test_town_said_to_lie_abroad_without_a_namesake_there_is_not_put_at_home(gazetteer, text):
    assert not any(c == "AZ" for _, c in _countries(text, gazetteer))


def test_the_same_town_without_a_country_word_is_read_as_before(gazetteer):
    assert ("Aghband", "AZ") in _countries("Stray shells fell on Aghband on Tuesday.", gazetteer)
