"""Keep the layers in step with the events CSV they are built from, even after a crash.

The events CSV is the only source of truth; ``layers/*.geojson`` are derived
from it. Every layer file records the events CSV it was built from: its path
(relative to the layer folder) and the SHA-256 of its bytes, in the foreign
member ``built_from``. A save (:func:`geo.review.save_events`) commits with
one atomic rename of the CSV and then rewrites the layers. Whoever reads the
layers (the dashboard, the next save) first calls :func:`ensure_current`:
layers whose fingerprint is not the CSV's are rebuilt from the CSV, under the
same lock as saves, before anything is shown.

Why fingerprints rather than a journal. Making two files change together under
``kill -9`` needs either a journal (write the intent, replay or undo it on
recovery) or a single commit point with everything else derivable from it. A
journal adds recovery code of its own for every step and still would not notice
layers left stale by a hand edit of the CSV or a ``git pull``; with fingerprints
the commit point is the CSV's rename, recovery is the ordinary build, and the
same check catches every other way layers fall behind. The cost is one rebuild
after a crash (a few seconds for 10,000 events), never in normal operation.
Layers without ``built_from`` (copied elsewhere, built by a test) or whose CSV
is not there are taken as they are.
"""

import hashlib
import json
import logging
import os
import re
from pathlib import Path

from filelock import FileLock, Timeout

from . import atomic
from .errors import DataError, GeoError, LayerError
from .events import MAP_LAYERS

log = logging.getLogger(__name__)
LOCK_TIMEOUT_S = 60
_HEAD = re.compile(r'"built_from":\s*\{\s*"events":\s*("(?:[^"\\]|\\.)*"),\s*"sha256":\s*"([0-9a-f]{64})"')
_HEAD_BYTES = 4096


def lock(events_csv):
    """The lock every writer of ``events_csv`` and its layers holds (a file beside it)."""
    return FileLock(str(events_csv) + ".lock")


def fingerprint(path):
    """SHA-256 of a file's bytes (hex)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def built_from(events_csv, layers_dir, digest):
    """The ``built_from`` member recording that layers in ``layers_dir`` come from these CSV bytes."""
    return {"events": os.path.relpath(Path(events_csv).resolve(), Path(layers_dir).resolve()), "sha256": digest}


def source(layers_dir):
    """The events CSV recorded in the layers (``(path, [digest per layer])``), or None.

    Reads only the head of each file. None when no layer records a source.
    """
    paths, digests = set(), []
    for name in MAP_LAYERS:
        head = _head(Path(layers_dir) / f"{name}.geojson")
        match = _HEAD.search(head) if head else None
        if match:
            paths.add(json.loads(match[1]))
        digests.append(match[2] if match else None)
    if not paths:
        return None
    return (Path(layers_dir) / sorted(paths)[0]).resolve(), digests


def stale(layers_dir):
    """Why the layers are not those of their events CSV now, or None when they are.

    Layers that record no source, or whose source is gone, are not stale.
    """
    found = source(layers_dir)
    if found is None or not found[0].is_file():
        return None
    events_csv, digests = found
    now = fingerprint(events_csv)
    if all(d == now for d in digests):
        return None
    return f"the layers in {layers_dir} were not built from the current {events_csv}"


def version(layers_dir):
    """Cheap stamps (name, mtime, size) of the layer files and of their events CSV.

    A cache keyed on this notices a new build, a save, and a save cut short.
    """
    files = sorted(Path(layers_dir).glob("*.geojson"))
    found = source(layers_dir)
    if found is not None and found[0].is_file():
        files.append(found[0])
    stamps = []
    for path in files:
        try:
            st = path.stat()
        except OSError:
            continue
        stamps.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(stamps)


def ensure_current(layers_dir, gazetteer=None, timeout=LOCK_TIMEOUT_S):
    """Rebuild the layers from their events CSV if they are stale; remove dead writers' temp files.

    Returns
    -------
    bool
        True when the layers were rebuilt.

    Raises
    ------
    GeoError
        When the CSV is broken (naming file, line and field), another save holds
        the lock for longer than ``timeout``, or the layers cannot be written.
    """
    layers_dir = Path(layers_dir)
    found = source(layers_dir)
    atomic.clean_stale_temps(layers_dir)
    if found is not None and found[0].is_file():
        atomic.clean_stale_temps(found[0].parent)        # a save killed while writing the CSV
    if stale(layers_dir) is None and _readable(layers_dir):
        return False
    if found is None or not found[0].is_file():
        return False
    events_csv = found[0]
    try:
        with lock(events_csv).acquire(timeout=timeout):
            atomic.clean_stale_temps(events_csv.parent)
            if stale(layers_dir) is None and _readable(layers_dir):
                return False             # a save finished while we waited
            rebuild(events_csv, layers_dir, gazetteer)
    except Timeout:
        raise GeoError(f"the layers are older than {events_csv} and another save is still running "
                       f"({events_csv}.lock); reload in a moment") from None
    except OSError as exc:            # e.g. a dashboard user who may read but not write the folders
        raise GeoError(f"the layers are older than {events_csv} but cannot be rebuilt here "
                       f"({exc.strerror or exc}); run `python -m geo build`") from None
    log.warning("rebuilt the layers in %s from %s (they were stale or unreadable)", layers_dir, events_csv)
    return True


def rebuild(events_csv, layers_dir, gazetteer=None):
    """Build the layers from ``events_csv`` and write them with its fingerprint. Call under :func:`lock`."""
    from .layers import build_layers, write_layers
    from .events import read_events
    data = Path(events_csv).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    layers = build_layers(read_events(events_csv), gazetteer or gazetteer_for(events_csv), str(events_csv))
    if fingerprint(events_csv) != digest:
        raise DataError(events_csv, None, None, "changed while the layers were being rebuilt; try again")
    try:
        write_layers(layers, layers_dir, built_from(events_csv, layers_dir, digest))
    except OSError as exc:
        raise GeoError(f"cannot write the layers in {layers_dir}: {exc.strerror or exc}") from None
    return layers


def gazetteer_for(events_csv):
    """The gazetteer for an events CSV: its folder's ``gazetteer.csv``, else the project's."""
    from .gazetteer import DEFAULT_SUPPLEMENT, load_gazetteer
    supplement = Path(events_csv).parent / "gazetteer.csv"
    return load_gazetteer(supplement if supplement.is_file() else DEFAULT_SUPPLEMENT)


def load_current(layers_dir, gazetteer=None):
    """What a reader should call: the layers, rebuilt first if stale or unreadable.

    Returns
    -------
    (dict of str to geopandas.GeoDataFrame, list of str)
        The layers (a broken file gives an empty layer) and messages for the
        user: each names the file and what to do. Never raises for bad files.
    """
    from .layer_cache import read_layers_checked
    messages = []
    try:
        if ensure_current(layers_dir, gazetteer):
            messages.append("The layers were older than their events file and have been rebuilt from it.")
    except GeoError as exc:
        messages.append(f"The layers could not be brought up to date, so the map may lack recent events: {exc}")
    layers, problems = read_layers_checked(layers_dir)
    broken = [p for p in problems if isinstance(p, LayerError)]
    messages += [str(p) for p in broken]
    skipped = [p for p in problems if not isinstance(p, LayerError)]
    if skipped:
        more = f" (and {len(skipped) - 3} more)" if len(skipped) > 3 else ""
        messages.append(f"{len(skipped)} feature(s) could not be shown: "
                        + "; ".join(str(p) for p in skipped[:3]) + more)
    return layers, messages


def _readable(layers_dir):
    """Whether every layer file ends like a complete JSON document (cheap truncation check)."""
    for name in MAP_LAYERS:
        path = Path(layers_dir) / f"{name}.geojson"
        try:
            with path.open("rb") as f:
                f.seek(max(0, path.stat().st_size - 16))
                if not f.read().rstrip().endswith(b"}"):
                    return False
        except OSError:
            return False
    return True


def _head(path):
    try:
        with open(path, "rb") as f:
            return f.read(_HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
