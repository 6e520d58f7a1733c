"""Turn validated events into the four map layers, and read/write them.

``corridors`` are LineStrings through the event's waypoints in order;
``shelling``, ``checkpoints`` and ``other`` (hand-overs, ceasefires,
meetings…) are Points. Every feature keeps all event
fields, plus the labels of its place under each naming convention
(``place_label`` is the neutral one: Stepanakert/Khankendi) and where its
coordinates came from (``geo_source``). Layers are written as RFC 7946 GeoJSON
(WGS84, lon/lat), sorted by date and id so that a rebuild is byte-identical.
"""

import json
import logging
from pathlib import Path

import geopandas as gpd
from shapely.geometry import LineString, Point

from . import atomic
from .errors import DataError, PlaceNotFound
from .events import FIELDS, MAP_LAYERS, read_events, waypoints
from .gazetteer import load_gazetteer
from .roads import check_one_state_per_day, road_key, stage

log = logging.getLogger(__name__)

GEOMETRY = {"corridors": "LineString", "shelling": "Point", "checkpoints": "Point", "other": "Point"}
EXTRA_FIELDS = ("place_label", "place_armenian", "place_azerbaijani", "geo_source")
COLUMNS = FIELDS + EXTRA_FIELDS
COORD_DECIMALS = 5


def _locate(event, line, path, gazetteer):
    """Geometry and labels of one event; DataError if a place cannot be resolved."""
    places = []
    for name in waypoints(event):
        try:
            match = gazetteer.resolve(name)
        except PlaceNotFound as exc:
            raise DataError(path, line, "place", str(exc)) from None
        if match.how == "fuzzy":
            log.info("%s:%s: field 'place': %r read as %r (spelling match %.0f%%)",
                     path, line, name, match.place.name, match.score)
        places.append(match.place)
    coords = [(round(p.lon, COORD_DECIMALS), round(p.lat, COORD_DECIMALS)) for p in places]
    geometry = LineString(coords) if event["layer"] == "corridors" else Point(coords[0])
    if event["layer"] != "corridors" and len(places) > 1:
        raise DataError(path, line, "place", f"a {event['layer']} event has one place, got {len(places)}")
    return geometry, {
        "place_label": " – ".join(p.label for p in places),
        "place_armenian": " – ".join(p.label_for("armenian") for p in places),
        "place_azerbaijani": " – ".join(p.label_for("azerbaijani") for p in places),
        "geo_source": ";".join(dict.fromkeys(p.source for p in places)),
    }


def locate(event, gazetteer, path="<input>", line=None):
    """Geometry (rounded lon/lat) and place labels of one map event, as the build makes them.

    Raises
    ------
    DataError
        When a place cannot be resolved or a point layer's event names several.
    """
    return _locate(event, line, path, gazetteer)


def build_layers(events, gazetteer=None, path="<input>"):
    """Geocode events into the four layers.

    Parameters
    ----------
    events : list of (int, dict)
        As returned by :func:`geo.events.read_events` (line number, event).
    gazetteer : geo.gazetteer.Gazetteer, optional
    path : str
        The events file, for error messages.

    Returns
    -------
    dict of str to geopandas.GeoDataFrame
        ``corridors``, ``shelling``, ``checkpoints`` and ``other`` in EPSG:4326,
        rows sorted by start date and id.

    Raises
    ------
    DataError
        When a place cannot be resolved, or a road would have two states on
        one day (see :mod:`geo.roads`).
    """
    gazetteer = gazetteer or load_gazetteer()
    rows = {name: [] for name in MAP_LAYERS}
    geometries = {name: [] for name in MAP_LAYERS}
    roads = {}
    for line, event in sorted(events, key=lambda le: (le[1]["start_date"], le[1]["id"])):
        if event["layer"] not in rows:
            continue
        geometry, labels = _locate(event, line, path, gazetteer)
        if event["layer"] == "corridors":
            ends = labels["place_label"].split(" – ")
            roads.setdefault(road_key(ends[0], ends[-1]), []).append(stage(line, event))
        record = {f: event[f] for f in FIELDS}
        record["end_date"] = record["end_date"] or None
        record.update(labels)
        rows[event["layer"]].append(record)
        geometries[event["layer"]].append(geometry)
    check_one_state_per_day(roads, path)
    return {name: gpd.GeoDataFrame(rows[name], columns=list(COLUMNS), geometry=geometries[name],
                                   crs="EPSG:4326")
            for name in MAP_LAYERS}


def build_from_file(events_csv, gazetteer=None):
    """Read, validate and geocode an events CSV into the four layers."""
    return build_layers(read_events(events_csv), gazetteer, str(events_csv))


def feature_collection(layer, name=None):
    """An RFC 7946 FeatureCollection (a dict) of one layer."""
    features = []
    for record, geometry in zip(layer[list(COLUMNS)].to_dict("records"), layer.geometry):
        properties = {k: (None if v is None or v != v else v) for k, v in record.items()}
        features.append({"type": "Feature", "id": properties["id"],
                         "geometry": _geometry(geometry), "properties": properties})
    collection = {"type": "FeatureCollection", "features": features}
    if name:
        collection = {"type": "FeatureCollection", "name": name, "features": features}
    return collection


def _geometry(geometry):
    def pos(c):
        return [round(c[0], COORD_DECIMALS), round(c[1], COORD_DECIMALS)]
    if geometry.geom_type == "Point":
        return {"type": "Point", "coordinates": pos(geometry.coords[0])}
    return {"type": geometry.geom_type, "coordinates": [pos(c) for c in geometry.coords]}


def dumps(collection):
    """Serialise a FeatureCollection the same way every time (stable diffs)."""
    return json.dumps(collection, ensure_ascii=False, indent=1) + "\n"


def write_layers(layers, out_dir):
    """Write ``<out_dir>/<layer>.geojson`` for each layer, all or nothing.

    Every file is first written beside its target under a temporary name (see
    :mod:`geo.atomic`); the targets are replaced only once all of them were
    written, and keep their file modes.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    atomic.clean_stale_temps(out_dir)
    pending = []
    try:
        for name, layer in layers.items():
            target = out_dir / f"{name}.geojson"
            tmp = atomic.temp_beside(target)
            pending.append((tmp, target))
            tmp.write_text(dumps(feature_collection(layer, name)), encoding="utf-8")
        for tmp, target in pending:
            atomic.commit(tmp, target)
    finally:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)
    return [target for _, target in pending]


def read_layers(layers_dir):
    """Read the built layers back as GeoDataFrames (what the dashboard shows).

    A folder built before the ``other`` layer existed reads it as empty.
    """
    layers = {}
    for name in MAP_LAYERS:
        path = Path(layers_dir) / f"{name}.geojson"
        if name == "other" and not path.exists():
            collection = {"features": []}
        else:
            collection = json.loads(path.read_text(encoding="utf-8"))
        layers[name] = gpd.GeoDataFrame.from_features(collection["features"], crs="EPSG:4326")
        if layers[name].empty:
            layers[name] = gpd.GeoDataFrame(columns=list(COLUMNS), geometry=[], crs="EPSG:4326")
        layers[name] = layers[name][list(COLUMNS) + ["geometry"]]
    return layers
