"""Readings from heldout107: a year written before a telling's verb is the year of a bare day in the "that" clause
after it ("X, who commanded the defence of Y in 1992, told the conference on Friday that the shelling began on 12
June"), and the day right after the verb and its hearer is when it was told, not the event's; a capital closed to
those entering it is the city itself, not its government."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import rows


def _days(sentence, published):
    return [(d.text, d.start.isoformat()) for d in find_dates(sentence, published)]


def test_a_year_before_the_telling_dates_the_day_of_its_clause():
    days = _days("The inquiry concluded in 1993 that the school was burned on 7 May.", dt.date(2020, 6, 1))
    assert ("7 May", "1993-05-07") in days


def test_a_year_in_the_speakers_clause_dates_the_day_told():
    days = _days("Levon Hakobyan, who commanded the defence of Martakert in 1992, told the conference on Friday that "
                 "the shelling of the town began on June 12.", dt.date(2019, 4, 6))
    assert ("June 12", "1992-06-12") in days


def test_a_year_inside_the_clause_after_that_is_no_year_of_the_day():
    # negative: the year belongs to a thing named inside the "that" clause, the day is the report's own
    days = _days("He said that the bridge, built in 1985, was hit on 3 February.", dt.date(2019, 4, 6))
    assert ("3 February", "2019-02-03") in days


def test_a_year_without_a_telling_is_no_year_of_a_later_day():
    # negative: no telling's "that" clause: the day is the last one before publication
    days = _days("Built in 1985, the bridge was hit on 3 February.", dt.date(2019, 4, 6))
    assert ("3 February", "2019-02-03") in days


def test_the_place_named_with_the_speaker_takes_the_day_of_the_that_clause(gazetteer):
    text = ("Levon Hakobyan, who commanded the defence of Martakert in 1992, told the conference on Friday that the "
            "shelling of the town began on June 12.")
    found = {r["place_name"]: r["start_date"] for r in rows(text, gazetteer, "2019-04-06")}
    assert found["Martakert"] == "1992-06-12"


def test_the_day_of_the_telling_stays_when_no_other_day_is_stated(gazetteer):
    # negative: only the day of the telling is stated
    text = "Levon Hakobyan, who commanded the defence of Martakert, told the conference on Friday that it was shelled."
    found = {r["place_name"]: r["start_date"] for r in rows(text, gazetteer, "2019-04-06")}
    assert found["Martakert"] == "2019-04-05"


def test_a_capital_closed_to_anyone_entering_is_the_city(gazetteer):
    text = "The commandant said that he had closed Yerevan to anyone entering the city."
    assert "Yerevan" in {r["place_name"] for r in rows(text, gazetteer, "2019-04-06")}


def test_a_capital_that_closes_something_is_its_government(gazetteer):
    # negative: the capital as the one closing, not the city closed
    text = "Yerevan closed the talks to anyone from the press."
    assert "Yerevan" not in {r["place_name"] for r in rows(text, gazetteer, "2019-04-06")}


def test_its_reporter_is_the_outlet_named_before(gazetteer):
    text = ("The Moscow newspaper Kommersant published a piece about Shusha on Monday, the site reported.\n"
            "Its reporter, who visited Shusha, wrote that the school had been damaged.")
    found = [r for r in rows(text, gazetteer, "2019-04-06") if r["quote"].startswith("Its reporter")]
    assert found and found[0]["claimed_by"] == "Russian media"


def test_its_correspondent_after_no_outlet_is_no_ministry(gazetteer):
    # negative: no outlet was named before, so the ministry of the sentence before is not the reporter's
    text = ("The Defence Ministry said the road was open.\n"
            "Its correspondent, who visited Shusha, wrote that the school had been damaged.")
    found = [r for r in rows(text, gazetteer, "2019-04-06") if r["quote"].startswith("Its correspondent")]
    assert found and found[0]["claimed_by"] != "MoD"


def test_moskovsky_komsomolets_is_russian_media():
    from geo.extract.claims import canonical_actor
    assert canonical_actor("Moskovsky Komsomolets") == "Russian media"


def _names(text, gazetteer):
    return [r["place_name"] for r in rows(text, gazetteer, "2019-04-06")]


def test_a_village_named_like_a_town_the_report_names_later_is_that_town(gazetteer):
    # the town named by another of its names only after the shared name: still that town
    text = ("Crowds marched through Gandzak on Monday and beat passers-by.\n"
            "Troops were later sent to Kirovabad.")
    assert _names(text, gazetteer)[0] == "Ganja"


def test_a_village_named_like_a_town_the_report_never_names_stays_the_village(gazetteer):
    # negative: nothing else in the report names the town
    text = "Crowds marched through Gandzak on Monday and beat passers-by."
    assert _names(text, gazetteer)[0] == "Gandzak"
