"""The offline base map: clipped borders, rivers and lakes, and place labels by size."""

import json

from geo import basemap
from geo.gazetteer import Place

# Two countries sharing the meridian 46°E (arcs in degrees, no transform), written for this test.
TOPOLOGY = {
    "type": "Topology",
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "arcs": [[0, 1]], "id": "051", "properties": {"name": "Armenia"}},
        {"type": "Polygon", "arcs": [[2, -1]], "id": "031", "properties": {"name": "Azerbaijan"}},
    ]}},
    "arcs": [[[46.0, 39.0], [46.0, 40.0]],
             [[46.0, 40.0], [45.0, 40.0], [45.0, 39.0], [46.0, 39.0]],
             [[46.0, 39.0], [47.0, 39.0], [47.0, 40.0], [46.0, 40.0]]],
}
RIVER = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {
    "type": "Polygon", "coordinates": [[[44.0, 38.9], [47.5, 38.9], [47.5, 38.95], [44.0, 38.95], [44.0, 38.9]]]}}]}
FAR_LAKE = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {
    "type": "Polygon", "coordinates": [[[10.0, 10.0], [11.0, 10.0], [11.0, 11.0], [10.0, 10.0]]]}}]}


def test_build_writes_land_borders_and_the_rivers_in_the_region(tmp_path):
    for name, data in (("countries.json", TOPOLOGY), ("rivers.geojson", RIVER), ("lakes.geojson", FAR_LAKE)):
        (tmp_path / name).write_text(json.dumps(data))
    out = basemap.build(tmp_path / "countries.json", tmp_path / "rivers.geojson", tmp_path / "lakes.geojson",
                        tmp_path / "out" / "region.geojson")
    features = json.loads(out.read_text())["features"]
    kinds = [f["properties"]["kind"] for f in features]
    assert kinds.count("land") == 2 and "border" in kinds and "river" in kinds
    assert "lake" not in kinds                                   # outside the region: clipped away
    land = {f["properties"]["name"] for f in features if f["properties"]["kind"] == "land"}
    assert land == {"Armenia", "Azerbaijan"}
    river = next(f for f in features if f["properties"]["kind"] == "river")
    xs = [x for ring in river["geometry"]["coordinates"] for x, _ in ring]
    assert min(xs) >= basemap.BBOX[0] - 1e-9                     # cut at the region's west edge


def _place(name, lat, lon, population, source="geonames", precision="town", armenian="", azerbaijani=""):
    return Place(name, lat, lon, "AZ", source, precision, population, armenian, azerbaijani, "")


def test_labels_biggest_first_with_the_zoom_they_show_from():
    places = [_place("Hamlet", 39.7, 46.6, 1_500), _place("Baku", 40.38, 49.89, 2_000_000),
              _place("Lachin", 39.64, 46.55, 0, "curated", armenian="Berdzor", azerbaijani="Lachin"),
              _place("Hakari Bridge", 39.55, 46.52, 0, "curated", precision="site"),
              _place("Paris", 48.85, 2.35, 2_000_000), _place("Tiny", 39.8, 46.7, 200)]
    rows = basemap.labels(places)
    assert [r[2] for r in rows] == ["Baku", "Berdzor/Lachin", "Hamlet"]       # no site, no place abroad
    baku, lachin, hamlet = rows
    assert baku[5] == 6 and lachin[5] == 9 and hamlet[5] == 11
    assert lachin[3:5] == ["Berdzor", "Lachin"]


def test_a_place_in_both_sources_keeps_the_curated_names_and_the_bigger_population():
    places = [_place("Stepanakert", 39.8177, 46.7528, 0, "curated", armenian="Stepanakert", azerbaijani="Khankendi"),
              _place("Stepanakert", 39.8153, 46.7519, 55_000)]
    (row,) = basemap.labels(places)
    assert row[2] == "Stepanakert/Khankendi" and row[5] == 7
