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


WATER_CSV = """water,kind,armenian_name,azerbaijani_name,point,lat,lon,source
Brook,river,Arm Brook,Az Brook,source,39.70,46.50,a cited page
Brook,river,Arm Brook,Az Brook,a village on its bank,39.64,46.55,a cited page
Brook,river,Arm Brook,Az Brook,a village 50 km on,39.20,46.75,a cited page
Brook,river,Arm Brook,Az Brook,mouth,39.14,46.83,a cited page
Pond,lake,,,reservoir,39.50,46.20,a cited page
"""


def test_a_sourced_river_is_drawn_through_its_points_and_a_long_unknown_stretch_is_left_out(tmp_path):
    (tmp_path / "water.csv").write_text(WATER_CSV, encoding="utf-8")
    features = basemap.water_features(basemap.read_water(tmp_path / "water.csv"))
    (stream,) = [f for f in features if f["properties"]["kind"] == "stream"]
    assert stream["properties"]["approximate"] is True
    parts = stream["geometry"]["coordinates"]
    assert stream["geometry"]["type"] == "MultiLineString" and len(parts) == 2     # the 50 km gap is not drawn
    assert parts[0] == [[46.50, 39.70], [46.55, 39.64]] and parts[1] == [[46.75, 39.20], [46.83, 39.14]]
    labels = {f["properties"]["name"]: f for f in features if f["properties"]["kind"] == "water_label"}
    assert set(labels) == {"Brook", "Pond"}
    assert labels["Brook"]["properties"]["armenian"] == "Arm Brook"
    assert labels["Brook"]["geometry"]["coordinates"] == [46.525, 39.67]          # middle of its first segment
    assert labels["Pond"]["geometry"]["coordinates"] == [46.2, 39.5] and labels["Pond"]["properties"]["zoom"] == 9


def test_a_water_row_without_a_source_is_refused(tmp_path):
    (tmp_path / "water.csv").write_text(WATER_CSV.replace("a cited page\nPond", "\nPond"), encoding="utf-8")
    try:
        basemap.read_water(tmp_path / "water.csv")
    except ValueError as exc:
        assert "water.csv:5" in str(exc) and "source" in str(exc)
    else:
        raise AssertionError("a row without a source was read")


def test_the_projects_water_supplement_draws_the_hakari_past_lachin_and_names_sarsang():
    rows = basemap.read_water()
    assert all(row["source"] for row in rows)
    features = basemap.water_features(rows)
    hakari = next(f for f in features if f["properties"]["kind"] == "stream" and f["properties"]["name"] == "Hakari")
    upper = hakari["geometry"]["coordinates"][0]
    assert [46.54977, 39.63742] in upper                                   # through Lachin, on its bank
    names = {f["properties"]["name"] for f in features if f["properties"]["kind"] == "water_label"}
    assert {"Hakari", "Sarsang reservoir", "Aras", "Lake Sevan"} <= names
