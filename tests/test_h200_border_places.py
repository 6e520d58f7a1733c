"""Iran's East Azerbaijan Province and the town of Siyahrud on the Aras, and the bank abroad of a bridge named by the
two it joins."""

from tests.helpers import rows


def _places(text, gazetteer):
    return {name for c in rows(text, gazetteer) for name in c["place_name"].split(";")}


def test_the_province_and_the_town_resolve(gazetteer):
    assert gazetteer.resolve("East Azarbaijan province").place.name == "East Azerbaijan Province"
    assert gazetteer.resolve("East Azerbaijan Province").place.country == "IR"
    assert gazetteer.resolve("Siah Rud").place.name == "Siyahrud"


def test_the_bank_abroad_of_a_bridge_between_two_towns(gazetteer):
    found = _places("Engineers from both sides surveyed the site of a new bridge between Ordubad and Siyahrud.",
                    gazetteer)
    assert {"Ordubad", "Siyahrud"} <= found, found


def test_a_town_abroad_named_between_two_without_a_bridge_is_not_read(gazetteer):
    found = _places("Engineers surveyed the fields between Ordubad and Siyahrud.", gazetteer)
    assert "Siyahrud" not in found, found
