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
import numpy as np
import shapely
from shapely.geometry import LineString, Point

from . import atomic
from .errors import DataError, LayerError, PlaceNotFound
from .events import FIELDS, MAP_LAYERS, YEAR_SPAN, read_events, valid_date, waypoints
from .gazetteer import load_gazetteer
from .roads import check_one_state_per_day, road_of, stage

log = logging.getLogger(__name__)

GEOMETRY = {"corridors": "LineString", "shelling": "Point", "checkpoints": "Point", "other": "Point"}
EXTRA_FIELDS = ("place_label", "place_armenian", "place_azerbaijani", "geo_source")
COLUMNS = FIELDS + EXTRA_FIELDS
COORD_DECIMALS = 5


def _places(event, line, path, gazetteer):
    """The gazetteer places of an event's waypoints; DataError if one cannot be resolved."""
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
    if event["layer"] != "corridors" and len(places) > 1:
        raise DataError(path, line, "place", f"a {event['layer']} event has one place, got {len(places)}")
    return places


def _locate(event, line, path, gazetteer):
    """Geometry and labels of one event; DataError if a place cannot be resolved."""
    places = _places(event, line, path, gazetteer)
    coords = [(round(p.lon, COORD_DECIMALS), round(p.lat, COORD_DECIMALS)) for p in places]
    geometry = LineString(coords) if event["layer"] == "corridors" else Point(coords[0])
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


def check_places(event, gazetteer, path="<input>", line=None):
    """Raise the DataError the build would raise for this event's places (no geometry is made)."""
    _places(event, line, path, gazetteer)


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
            roads.setdefault(road_of(labels["place_label"]), []).append(stage(line, event))
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


def feature_collection(layer, name=None, built_from=None):
    """An RFC 7946 FeatureCollection (a dict) of one layer.

    ``built_from`` (``{"events": path, "sha256": digest}``), when given, is
    written before the features, as a foreign member (RFC 7946 section 6.1):
    the events CSV the layer was built from (see :mod:`geo.sync`). Columns and
    coordinates are taken out of the frame whole (not row by row): a save of
    100,000 events writes them all again.
    """
    geometries = np.asarray(layer.geometry.values)
    coords, owner = shapely.get_coordinates(geometries, return_index=True)
    coords = np.round(coords, COORD_DECIMALS).tolist()
    bounds = np.searchsorted(owner, np.arange(len(layer) + 1)).tolist()
    points = shapely.get_type_id(geometries).tolist()
    features = []
    for n, values in enumerate(zip(*(layer[c].tolist() for c in COLUMNS))):
        properties = {k: (None if v is None or v != v else v) for k, v in zip(COLUMNS, values)}
        positions = coords[bounds[n]:bounds[n + 1]]
        geometry = {"type": "Point", "coordinates": positions[0]} if points[n] == 0 else \
            {"type": "LineString", "coordinates": positions}
        features.append({"type": "Feature", "id": properties["id"], "geometry": geometry,
                         "properties": properties})
    collection = {"type": "FeatureCollection"}
    if name:
        collection["name"] = name
    if built_from:
        collection["built_from"] = dict(built_from)
    collection["features"] = features
    return collection


def dumps(collection):
    """Serialise a FeatureCollection the same way every time, one feature per line.

    The collection's own members come first, then each feature on a line of
    its own (so a changed report is a one-line diff), written by the json
    module's C encoder: a layer of 100,000 features takes a fraction of a
    second instead of several with indented output.
    """
    head = json.dumps({k: v for k, v in collection.items() if k != "features"}, ensure_ascii=False)
    opening = head[:-1] + ', "features": ['          # the head always has "type"
    lines = [json.dumps(feature, ensure_ascii=False) for feature in collection["features"]]
    if not lines:
        return opening + "]}\n"
    return opening + "\n" + ",\n".join(lines) + "\n]}\n"


def write_layers(layers, out_dir, built_from=None):
    """Write ``<out_dir>/<layer>.geojson`` for each layer, all or nothing.

    Every file is first written beside its target under a temporary name (see
    :mod:`geo.atomic`); the targets are replaced only once all of them were
    written, and keep their file modes. ``built_from`` is recorded in each
    file (see :func:`feature_collection`).
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
            tmp.write_text(dumps(feature_collection(layer, name, built_from)), encoding="utf-8")
        for tmp, target in pending:
            atomic.commit(tmp, target)
    finally:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)
    return [target for _, target in pending]


def read_layers(layers_dir):
    """Read the built layers back as GeoDataFrames (what the dashboard shows).

    A folder built before the ``other`` layer existed reads it as empty.

    Raises
    ------
    LayerError
        For the first file that is missing, not JSON or not a layer, naming it.
    """
    layers, problems = read_layers_checked(layers_dir)
    broken = [p for p in problems if isinstance(p, LayerError)]
    if broken:
        raise broken[0]
    return layers


def read_layers_checked(layers_dir):
    """Read the built layers, keeping what is good and saying what is not.

    A file that cannot be read gives an empty layer; a feature with a bad
    geometry, a missing property or a date that is not ``YYYY-MM-DD`` in the
    accepted span is left out. Nothing here raises for bad content.

    Returns
    -------
    (dict of str to geopandas.GeoDataFrame, list of GeoError)
        The layers, and one error per broken file (:class:`LayerError`) or
        left-out feature (:class:`DataError`), each naming the file.
    """
    layers, problems = {}, []
    for name in MAP_LAYERS:
        path = Path(layers_dir) / f"{name}.geojson"
        try:
            features = [] if name == "other" and not path.exists() else _layer_features(path, name)
        except LayerError as exc:
            problems.append(exc)
            features = []
        good = []
        for number, feature in enumerate(features, start=1):
            try:
                good.append(_checked_feature(feature, name, path, number))
            except DataError as exc:
                problems.append(exc)
        layer = gpd.GeoDataFrame.from_features(good, crs="EPSG:4326") if good else None
        if layer is None or layer.empty:
            layer = gpd.GeoDataFrame(columns=list(COLUMNS), geometry=[], crs="EPSG:4326")
        layers[name] = layer[list(COLUMNS) + ["geometry"]]
    return layers, problems


def _layer_features(path, name):
    """The features of one layer file; LayerError when it is not one."""
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LayerError(path, "missing") from None
    except OSError as exc:
        raise LayerError(path, f"cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise LayerError(path, f"is not UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise LayerError(path, f"is not valid JSON (line {exc.lineno}: {exc.msg}); it may be cut short") from None
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection" \
            or not isinstance(collection.get("features"), list):
        raise LayerError(path, "is not a GeoJSON FeatureCollection")
    return collection["features"]


def _checked_feature(feature, name, path, number):
    """One feature, checked against the layer's schema; DataError naming it otherwise."""
    properties = feature.get("properties") if isinstance(feature, dict) else None
    label = f"feature {number}"
    if not isinstance(properties, dict):
        raise DataError(path, None, None, f"{label} has no properties; left out")
    label = f"feature {number} ({str(properties.get('id'))[:60]!r})"
    missing = [c for c in COLUMNS if c not in properties]
    if missing:
        raise DataError(path, None, missing[0], f"{label} lacks the property; left out")
    geometry = feature.get("geometry")
    want = GEOMETRY[name]
    if not isinstance(geometry, dict) or geometry.get("type") != want or not _finite(geometry.get("coordinates")):
        raise DataError(path, None, "geometry", f"{label} needs a {want} with numeric coordinates; left out")
    start = valid_date(properties["start_date"])
    end = valid_date(properties["end_date"]) if properties["end_date"] else start
    if start is None or end is None or end < start:
        field = "start_date" if start is None else "end_date"
        raise DataError(path, None, field, f"{label}: not a YYYY-MM-DD date in {YEAR_SPAN[0]}-{YEAR_SPAN[1]}, "
                        f"or ends before it starts: {properties[field]!r}; left out")
    return feature


def _finite(coordinates):
    """Whether ``coordinates`` are (nested lists of) at least two finite numbers each."""
    if not isinstance(coordinates, list) or not coordinates:
        return False
    if all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coordinates):
        return len(coordinates) >= 2 and all(abs(c) < 1e6 for c in coordinates)
    return all(_finite(c) for c in coordinates)
