"""GeoJSON from other tools to our events, through a field mapping.

``--map date=start_date,town=place,type=kind`` says which feature property
holds which of our fields (:data:`geo.events.FIELDS`); properties already named
like ours need no mapping. What the file does not give is filled in: ``id``
from the feature's id (``geojson:<id>``, else ``geojson:<file>-<n>``),
``end_date`` = ``start_date`` for a point event, ``date_precision`` day,
``geo_precision`` town, ``claimed_by`` and ``source`` the ``--source-name``
(default: the file's name), ``layer`` other and ``kind`` report. A Point gives
the coordinates of the place; a LineString whose ``place`` lists as many
``;``-separated waypoints as it has vertices gives theirs. Line numbers in the
report are feature numbers (1 = the first feature).
"""

import json
from pathlib import Path

from ..errors import DataError
from ..events import FIELDS, waypoints
from .common import Mapped, Skipped, make_id, read_text

DEFAULTS = {"date_precision": "day", "geo_precision": "town", "layer": "other", "kind": "report"}


def read(path, source_name=None, mapping=None, **_):
    """Mapped or Skipped features of a GeoJSON FeatureCollection."""
    path = Path(path)
    mapping = dict(mapping or {})
    unknown = sorted(set(mapping.values()) - set(FIELDS))
    if unknown:
        raise DataError(path, None, None, f"--map names {unknown[0]!r}, which is not one of our fields "
                                          f"({', '.join(FIELDS)})")
    try:
        collection = json.loads(read_text(path))
    except (OSError, ValueError) as exc:
        raise DataError(path, None, None, f"not a GeoJSON file: {exc}") from None
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list):
        raise DataError(path, None, None, "not a GeoJSON FeatureCollection (no \"features\" list)")
    name = source_name or path.name
    for number, feature in enumerate(features, start=1):
        try:
            yield _mapped(number, feature, mapping, name, path)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            yield Skipped(number, f"feature {number}: {exc}")


def _mapped(number, feature, mapping, name, path):
    properties = feature.get("properties") or {}
    event = {f: "" for f in FIELDS}
    for key, value in properties.items():
        field = mapping.get(key, key if key in FIELDS and key not in mapping.values() else None)
        if field and value is not None:
            event[field] = str(value).strip()
    for field, value in DEFAULTS.items():
        event[field] = event[field] or value
    event["id"] = event["id"] or (make_id("geojson", feature["id"]) if feature.get("id") not in (None, "")
                                  else make_id("geojson", f"{path.stem}-{number}"))
    event["start_date"] = event["start_date"][:10]
    event["end_date"] = event["end_date"][:10] or ("" if event["layer"] in ("corridors", "checkpoints")
                                                   else event["start_date"])
    event["source"] = event["source"] or name
    event["claimed_by"] = event["claimed_by"] or event["source"]
    if not event["description"]:
        event["description"] = f"{event['kind']} at {event['place']}"
    return Mapped(number, event, _points(feature.get("geometry"), event))


def _points(geometry, event):
    if not geometry:
        return None
    if geometry.get("type") == "Point":
        lon, lat = geometry["coordinates"][:2]
        return [(float(lat), float(lon))]
    if geometry.get("type") == "LineString" and len(geometry["coordinates"]) == len(waypoints(event)):
        return [(float(c[1]), float(c[0])) for c in geometry["coordinates"]]
    return None
