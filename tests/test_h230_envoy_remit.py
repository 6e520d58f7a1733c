"""The places an envoy's or representative's post is "for" ("his special representative for Khankendi and the
Aghdara and Khojaly districts") name the post, not an event there; the places the same person acts in, or an
envoy or representative "of" a place who is hurt there, stay events."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2025, 5, 14)


def _places(text, gazetteer):
    return {(e["place"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")}


def test_a_representative_s_remit_with_a_town_and_districts(gazetteer):
    found = _places("Anar Guliyev, the president's special representative for Khankendi and the Kalbajar and Lachin "
                    "districts, said 30 families had moved back to Zabukh.", gazetteer)
    assert {p for p, _ in found} == {"Zabukh"}


def test_an_envoy_s_remit(gazetteer):
    found = _places("The UN envoy for the Goranboy district told reporters that the water had come back to Tartar.",
                    gazetteer)
    assert {p for p, _ in found} == {"Tartar"}


def test_the_town_the_representative_visits_stays(gazetteer):
    found = _places("The special representative for the Fuzuli district opened a school in Horadiz on Monday.",
                    gazetteer)
    assert {p for p, _ in found} == {"Horadiz"}


def test_a_representative_of_a_district_hurt_there_stays(gazetteer):
    found = _places("A representative of the Lachin district was wounded by a mine in Zabukh.", gazetteer)
    assert "Zabukh" in {p for p, _ in found}


def test_representatives_meeting_in_the_town_of_their_remit(gazetteer):
    found = _places("Representatives for the Tartar district met farmers in Tartar on Monday.", gazetteer)
    assert "Tartar" in {p for p, _ in found}


def test_an_envoy_flying_to_a_town_stays(gazetteer):
    found = _places("The envoy for Armenia flew to Stepanakert on Monday.", gazetteer)
    assert "Stepanakert" in {p for p, _ in found}
