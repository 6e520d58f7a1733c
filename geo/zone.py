"""The conflict zone, for choosing between namesakes far apart: which places lie in it, how far others are.

A name shared by villages far apart ("Getap": Vayots Dzor and Shirak) is, in reports on this conflict,
almost always the one in or next to the zone the reports are about. The zone is made of the supplement's
own district and province records, named here:

* the core: the former NKAO (its districts as the supplement names them, and the region's record) and
  the seven districts around it;
* the ring: the provinces of Armenia on the border with Azerbaijan (Tavush, Gegharkunik, Vayots Dzor,
  Syunik with Meghri, Ararat along Nakhchivan), the districts of Azerbaijan on the border with Armenia
  or the former line of contact (Gazakh to Dashkasan, Goranboy, Tartar, Barda, Aghjabadi, Beylagan) and
  Nakhchivan's districts.

A place belongs to the area of its country whose record's point is nearest (among the district and
province records, and Yerevan, a province of its own): it is in the zone when that area is one of the
zone's. In a country whose every province is a record, a GeoNames place filed under a province (its
first-level division) belongs to that province's area, the one most places so filed lie nearest: a village
on a province's edge may lie nearer the next province's point (Tsaghkunk of Gegharkunik, by Kotayk). A division's area is the one whose point lies
nearest the middle of the division's places. The supplement holds every province of Armenia, but only the districts of Azerbaijan the reports
speak of, so a place of Azerbaijan further than :data:`REACH_KM` from every district's point lies in
none. Its distance to the zone is the distance to the nearest zone area's point. Only places of Armenia
and Azerbaijan are ever in it.
"""

from typing import NamedTuple

from .gazetteer import distance_km

CORE = ("Nagorno-Karabakh", "Khojaly District", "Shusha District", "Khojavend District", "Aghdara District",
        "Hadrut Province", "Lachin District", "Kalbajar District", "Aghdam District", "Fuzuli District",
        "Jabrayil District", "Zangilan District", "Gubadli District")
RING = ("Tavush Province", "Gegharkunik Province", "Vayots Dzor Province", "Syunik Province",
        "Meghri Municipality", "Ararat Province",
        "Gazakh District", "Agstafa District", "Tovuz District", "Gadabay District", "Dashkasan District",
        "Goranboy District", "Tartar District", "Barda District", "Aghjabadi District", "Beylagan District",
        "Nakhchivan Autonomous Republic", "Sadarak District", "Sharur District", "Kangarli District",
        "Babek District", "Julfa District", "Ordubad District", "Shahbuz District")
ZONE = frozenset(CORE + RING)
COUNTRIES = ("AM", "AZ")
EVERY_AREA_HELD = ("AM",)                  # countries whose every province is a record of the supplement
AREA_SUFFIXES = (" District", " Province", " Municipality")
CAPITAL = ("Yerevan", "AM")                # a city with a province's standing: its suburbs are not Ararat's
# an area's record is a point and a district of Azerbaijan some 40 to 60 km across: a place further than
# this from every district's point lies in a district the supplement does not hold
REACH_KM = 45
# two area points as near to a place as this are a tie: the points cannot say which of the two areas it lies in
TIE_KM = 1.0


class Middle(NamedTuple):
    """The middle point of a division's places, placed like a place."""
    country: str
    lat: float
    lon: float


class Zone:
    """The areas of a list of places (a gazetteer's), and which of them make the conflict zone."""

    def __init__(self, places):
        self.anchors = [p for p in places if p.source == "curated" and p.country in COUNTRIES
                        and p.precision in ("district", "region")
                        and (p.name.endswith(AREA_SUFFIXES) or p.name in ZONE)]
        capital = [p for p in places if (p.name, p.country) == CAPITAL]
        if capital:
            self.anchors.append(max(capital, key=lambda p: p.population))
        self.zone = [a for a in self.anchors if a.name in ZONE]
        self.divisions = self._divisions(places)

    def _divisions(self, places):
        """(country, GeoNames division code) -> the area whose point lies nearest the middle of the division's
        places, for the countries whose every province is a record."""
        members = {}
        for p in places:
            if p.country in EVERY_AREA_HELD and p.source == "geonames" and getattr(p, "admin1", ""):
                members.setdefault((p.country, p.admin1), []).append(p)
        divisions = {}
        for (country, code), found in members.items():
            middle = Middle(country, sum(p.lat for p in found) / len(found), sum(p.lon for p in found) / len(found))
            area = self._nearest_area(middle)
            if area is not None:
                divisions[(country, code)] = area
        return divisions

    def area_of(self, place):
        """The area record of its country a place lies in (its province's, else the nearest), or None."""
        division = self.divisions.get((place.country, getattr(place, "admin1", "")))
        return division if division is not None else self._nearest_area(place)

    def _nearest_area(self, place):
        areas = [a for a in self.anchors if a.country == place.country]
        if not areas:
            return None
        km, area = min(((distance_km(place.lat, place.lon, a.lat, a.lon), a) for a in areas), key=lambda x: x[0])
        return area if km <= REACH_KM or place.country in EVERY_AREA_HELD else None

    def contains(self, place):
        """Does the place lie in the conflict zone? Also when a zone area's point is about as near as the point of
        the area it was given (within :data:`TIE_KM`): a village on a district's edge, as far from the points of
        both districts, may be in either."""
        return self._contains(place, self._zone_km(place))

    def km_to(self, place):
        """How far the place is from the nearest zone area's point (0 when it lies in the zone)."""
        zone_km = self._zone_km(place)
        if self._contains(place, zone_km):
            return 0.0
        return min(zone_km, default=float("inf"))

    def _zone_km(self, place):
        """How far the place is from each zone area's point (in the order of ``self.zone``)."""
        return [distance_km(place.lat, place.lon, a.lat, a.lon) for a in self.zone]

    def _contains(self, place, zone_km):
        """:meth:`contains`, the place's distances to the zone areas' points (``zone_km``) measured already."""
        area = self.area_of(place)
        if area is None or area.name in ZONE:
            return area is not None
        here = distance_km(place.lat, place.lon, area.lat, area.lon)
        return any(a.country == place.country and km <= here + TIE_KM for a, km in zip(self.zone, zone_km))
