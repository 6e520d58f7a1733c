"""A person named in full whose surname is also a town's own name ("Artashes Tumanyan"; Tumanyan is a town of Lori):
the surname alone after a verb of sending or appointing and before "to" or "as" is the person, not the town
("sent Tumanyan to Meghri"). What is done to the town keeps it ("Drones struck Tumanyan")."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return {(e["place"], e["start_date"]) for e in extract_text(text, datetime.date(2022, 1, 18), gazetteer)}


def test_a_person_sent_somewhere_by_the_surname(gazetteer):
    text = ("The commission is chaired by Hovhannes Tumanyan, a retired engineer.\n"
            "On Monday the minister sent Tumanyan to Kapan to inspect the depot.")
    assert {p for p, _ in _events(text, gazetteer)} == {"Kapan"}


def test_a_person_appointed_by_the_surname(gazetteer):
    text = ("Hovhannes Tumanyan, a retired engineer, spoke at the meeting.\n"
            "The government appointed Tumanyan as its envoy to Goris on Monday.")
    assert "Tumanyan" not in {p for p, _ in _events(text, gazetteer)}


def test_the_town_itself_struck_stays(gazetteer):
    text = ("Hovhannes Tumanyan, a retired engineer, spoke at the meeting.\n"
            "Shells struck Tumanyan on Monday, the police said.")
    assert ("Tumanyan", "2022-01-17") in _events(text, gazetteer)
