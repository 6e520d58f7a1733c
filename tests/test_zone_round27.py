"""The conflict zone, round 27: a village about as far from two district points may lie in either."""

from geo.gazetteer import Place
from geo.zone import Zone


def _district(name, lat, lon):
    return Place(name, lat, lon, "AZ", "curated", "district", 0, "", "", "src")


def test_a_village_as_near_a_zone_district_s_point_as_another_s_is_in_the_zone():
    inside = _district("Goranboy District", 40.60, 46.80)
    outside = _district("Samukh District", 40.60, 46.20)
    # half-way between the two points, a few hundred metres nearer the district outside the zone
    village = Place("Halfway", 40.60, 46.4985, "AZ", "geonames", "town", 900, "", "", "1")
    zone = Zone([inside, outside, village])
    assert zone.area_of(village).name == "Samukh District"
    assert zone.contains(village)


def test_a_village_clearly_nearer_a_district_outside_stays_outside():
    inside = _district("Goranboy District", 40.60, 46.80)
    outside = _district("Samukh District", 40.60, 46.20)
    village = Place("Westward", 40.60, 46.35, "AZ", "geonames", "town", 900, "", "", "2")
    assert not Zone([inside, outside, village]).contains(village)
