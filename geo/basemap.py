"""The offline base map: the region's borders, rivers and lakes, and place labels.

The geography comes from packages of the npm registry, fetched at install time
with the other browser assets (:mod:`geo.assets`):

* ``world-atlas`` (Natural Earth 1:10m admin-0 countries as TopoJSON; public
  domain): land and the country borders;
* ``@geo-maps/earth-rivers-500m`` and ``@geo-maps/earth-lakes-10km``
  (OpenStreetMap-derived, ODbL): the Aras, the Kura and the larger rivers, Lake
  Sevan and the Mingachevir reservoir.

:func:`build` clips them to the region (:data:`BBOX`), simplifies them to
what a map at zoom 6–12 needs and writes one small GeoJSON file that the map
draws under the event layers, with or without tiles. Smaller waters (the
Hakari river, the Sarsang reservoir) are not in these datasets; their names
come in as labels when the gazetteer has them.

:func:`labels` picks the gazetteer's places in the region, biggest first, with
the zoom from which each label shows.
"""

import json
from pathlib import Path

# West, south, east, north: Armenia, Azerbaijan, Nakhchivan and their borders.
BBOX = (43.0, 37.8, 50.9, 42.0)
SIMPLIFY_DEGREES = 0.002                  # ~200 m: invisible below zoom 11
DECIMALS = 4
COUNTRIES = {"031": "Azerbaijan", "051": "Armenia", "268": "Georgia", "364": "Iran", "792": "Turkey",
             "643": "Russia"}


def build(countries_topojson, rivers_geojson, lakes_geojson, out):
    """Write the region's land, borders, rivers and lakes to ``out`` (GeoJSON); returns ``out``.

    Every feature has a ``kind`` property: ``land`` (with ``name``),
    ``border``, ``river`` or ``lake``.
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
    for path, kind in ((rivers_geojson, "river"), (lakes_geojson, "lake")):
        water = _clean(shapely.union_all(gpd.read_file(path).clip(BBOX).geometry.to_numpy()))
        if water is not None:
            features.append(_feature(water, kind=kind))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                              separators=(",", ":")), encoding="utf-8")
    return out


def _clean(geometry):
    import shapely
    if geometry is None or geometry.is_empty:
        return None
    geometry = shapely.set_precision(geometry.simplify(SIMPLIFY_DEGREES), 10 ** -DECIMALS)
    return None if geometry.is_empty else geometry


def _feature(geometry, **properties):
    import shapely
    return {"type": "Feature", "properties": properties, "geometry": json.loads(shapely.to_geojson(geometry))}


def labels(places, bbox=BBOX, limit=600):
    """Place labels of the region: ``[lat, lon, international, armenian, azerbaijani, min zoom]``.

    Towns only (no sites or districts); the biggest show from zoom 6, the
    smallest from zoom 11. Curated places (no population in the data) show
    from zoom 9, like a town of about 10,000.

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
        if not (west <= p.lon <= east and south <= p.lat <= north) or p.precision != "town":
            continue
        population = p.population or (10_000 if p.source == "curated" else 0)
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
