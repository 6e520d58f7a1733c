"""The layer files' text: the same bytes as the json module's indented output, for any layer."""

import json

import geopandas as gpd

from geo.layers import COLUMNS, dumps, feature_collection


def test_dumps_writes_what_json_writes():
    awkward = {"empty": [], "nothing": {}, "numbers": [1, 2.5, -0.0, 1e-7, 123456789.123456, 10 ** 20],
               "flags": [True, False, None], "text": "é\"\\\n\u2028<Stepanakert/Khankendi>",
               "nested": {"coordinates": [[46.1, 40.2], [46.0, 40.0]]}, "list of empty": [{}]}
    for value in (awkward, [], {}, "x", 3.0):
        assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def test_an_empty_layer_is_an_empty_collection():
    empty = gpd.GeoDataFrame(columns=list(COLUMNS), geometry=[], crs="EPSG:4326")
    assert feature_collection(empty, "checkpoints") == {"type": "FeatureCollection", "name": "checkpoints",
                                                         "features": []}
