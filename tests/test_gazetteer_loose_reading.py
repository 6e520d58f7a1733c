"""A name filed for a village across the border against a loose reading of a name of the region: the reading
needing letters changed never sends the name hundreds of kilometres off when the village abroad bears it as
written, as its own name, or as a filed name while the region's place is met only through a name not its own."""

import pytest

from geo.gazetteer import Gazetteer, Place
from geo.names import display_key, name_keys, variant_key_tiers

REGION_VILLAGE = Place("Shahriyar", 40.2, 44.9, "AM", "geonames", "town", 1500, "", "", "1", "04")
RENAMED_VILLAGE = Place("Marmarashen", 40.6, 45.1, "AM", "geonames", "town", 2000, "", "", "2", "04")
BORDER_VILLAGE = Place("Sahriyar", 38.4, 46.3, "IR", "geonames", "town", 900, "", "", "3", "33")
RING_VILLAGE = Place("Sahriyar", 36.6, 48.5, "IR", "geonames", "town", 900, "", "", "4", "36")
RENAMED_ABROAD = Place("Kalan Dasht", 38.5, 46.0, "IR", "geonames", "town", 700, "", "", "5", "33")


def small_gazetteer(entries):
    """A gazetteer of (place, own name and alternate names) entries, filed as the index files them: every name
    under its keys, the region's also under its variant keys."""
    places, keys, variants, fuzzy = [], {}, {}, {}
    for index, (place, names) in enumerate(entries):
        places.append(place)
        for rank, alias in enumerate(names):
            for key in name_keys(alias):
                keys.setdefault(key, []).append((index, min(rank, 1)))
            if place.country == "AM":
                fuzzy.setdefault(display_key(alias), index)
                for key, tier in variant_key_tiers(alias):
                    variants.setdefault(key, []).append((index, tier))
    return Gazetteer(places, {k: tuple(v) for k, v in keys.items()}, fuzzy,
                     {k: tuple(v) for k, v in variants.items()})


def test_a_border_village_under_its_own_name_goes_before_a_loose_spelling_of_the_region():
    small = small_gazetteer([(REGION_VILLAGE, ["Shahriyar"]), (BORDER_VILLAGE, ["Sahriyar"])])
    assert small.resolve("Sahriyar").place.country == "IR"       # as written, abroad; sh for s in the region
    assert small.resolve("Shahriyar").place.country == "AM"      # the region's own name stays its own


def test_a_ring_village_under_its_own_name_leaves_the_region_its_loose_spelling():
    small = small_gazetteer([(REGION_VILLAGE, ["Shahriyar"]), (RING_VILLAGE, ["Sahriyar"])])
    assert small.resolve("Sahriyar").place.country == "AM"


def test_a_filed_name_abroad_goes_before_a_loose_reading_of_an_old_name_of_the_region():
    small = small_gazetteer([(RENAMED_VILLAGE, ["Marmarashen", "Sarishen"]),
                             (RENAMED_ABROAD, ["Kalan Dasht", "Sharishan"])])
    assert small.resolve("Sharishan").place.name == "Kalan Dasht"   # GeoNames files it so for the village abroad
    assert small.resolve("Sarishen").place.name == "Marmarashen"    # the region's old name as written


def test_an_old_name_abroad_leaves_the_region_a_loose_spelling_of_its_own_name():
    small = small_gazetteer([(REGION_VILLAGE, ["Shahriyar"]), (RENAMED_ABROAD, ["Kalan Dasht", "Sahriyar"])])
    assert small.resolve("Sahriyar").place.country == "AM"
