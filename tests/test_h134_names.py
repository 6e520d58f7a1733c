"""A first name owning a relative ("Narek's grandfather") is a person's, wherever the article names them again
without a word that makes it a place; "X Water Reservoir" is the X Reservoir."""

from geo.errors import GeoError
from tests.helpers import rows


def test_first_name_with_a_grandfather_is_a_person(gazetteer):
    text = ("Posted on Monday by Narek.\n"
            "Narek's grandfather lived in Askeran all his life, and the family sits with him every year.")
    assert "Narek" not in {r["place"] for r in rows(text, gazetteer)}


def test_village_named_after_in_is_still_a_place(gazetteer):
    text = ("Narek's grandfather lived in Askeran all his life.\n"
            "On Monday shells fell in Narek, the ministry said.")
    assert "Narek" in {r["place"] for r in rows(text, gazetteer)}


def test_a_place_s_mother_church_is_no_relative(gazetteer):
    from geo.extract.frames import kin_named_in
    assert "Etchmiadzin" not in kin_named_in("Etchmiadzin's mother church was restored.")


def test_water_reservoir_is_the_reservoir(gazetteer):
    match = gazetteer.resolve("Sarsang Water Reservoir")
    assert match.place.name == "Sarsang Reservoir"


def test_water_alone_is_no_feature_word(gazetteer):
    try:
        match = gazetteer.resolve("Sarsang Water")
    except GeoError:
        return
    assert match.place.name != "Sarsang Reservoir" or match.how != "exact"
