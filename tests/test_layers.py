"""The layer files' text: valid GeoJSON that reads back as written, one feature per line."""

import json

import geopandas as gpd

from geo.layers import COLUMNS, dumps, feature_collection


def test_dumps_reads_back_as_written_with_one_feature_per_line():
    awkward = {"empty": [], "nothing": {}, "numbers": [1, 2.5, -0.0, 1e-7, 123456789.123456, 10 ** 20],
               "flags": [True, False, None], "text": "é\"\\\n\u2028<Stepanakert/Khankendi>",
               "nested": {"coordinates": [[46.1, 40.2], [46.0, 40.0]]}, "list of empty": [{}]}
    features = [{"type": "Feature", "id": f"f{n}", "properties": dict(awkward, n=n)} for n in range(3)]
    collection = {"type": "FeatureCollection", "name": "shelling", "features": features}
    text = dumps(collection)
    assert json.loads(text) == collection
    lines = text.rstrip("\n").split("\n")                  # (U+2028 in a name is no line break here)
    assert len(lines) == 2 + len(features) and text.endswith("]}\n")
    assert [json.loads(line.rstrip(",")) for line in lines[1:-1]] == features    # a report is a line
    assert "é" in text and "\\u00e9" not in text                                   # names stay readable
    assert dumps(json.loads(text)) == text                                          # the same every time


def test_an_empty_layer_is_an_empty_collection():
    empty = gpd.GeoDataFrame(columns=list(COLUMNS), geometry=[], crs="EPSG:4326")
    assert feature_collection(empty, "checkpoints") == {"type": "FeatureCollection", "name": "checkpoints",
                                                         "features": []}
