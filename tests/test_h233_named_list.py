"""A speaker who names places as a list in the main clause ("He named among them A, B and C", "The ministry listed A,
B and C") makes that list his claim, as "the villages he named" is; a name given to a person or a street is no list."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 5, 10)


def _claims(text, gazetteer):
    return {e["place_name"]: e["claimed_by"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_he_named_among_them(gazetteer):
    claims = _claims("Hikmet Hajiyev said rebuilding had begun in twelve villages of the Aghdara district. He named "
                     "among them Talish, Madagiz and Chapar.", gazetteer)
    assert claims["Talish"] == claims["Madagiz"]
    assert "Hikmet Hajiyev" in claims["Talish"]


def test_soldiers_named_by_their_names_are_no_speakers(gazetteer):
    claims = _claims("Two soldiers named Aram and Vardan were wounded in Talish and Madagiz.", gazetteer)
    assert claims.get("Talish", "") == ""


def test_a_son_named_after_a_village_is_no_list(gazetteer):
    claims = _claims("The farmer named his son Aram after Talish.", gazetteer)
    assert claims.get("Talish", "") == ""


def test_a_street_named_after_two_places_is_no_list(gazetteer):
    claims = _claims("They named the new streets after Talish and Madagiz.", gazetteer)
    assert claims.get("Talish", "") == ""
