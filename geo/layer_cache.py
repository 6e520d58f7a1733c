"""The checked layers kept on disk, so that opening the dashboard does not re-read every feature.

Reading 100,000 features from GeoJSON and checking each one
(:func:`geo.layers.read_layers_checked`) takes seconds; the same layers read back
from GeoParquet take a tenth of that. The copy lives in the cache directory
(``CORRIDOR_MAP_CACHE`` or ``~/.cache/corridor-map``) under a name made of the
layers folder and each file's size, modification time and inode: a rebuilt or
edited layer file is a new name, so a stale copy is never read, and writing a
new copy removes the folder's older ones (and copies unread for a month, whose
folders are likely gone). A copy that cannot be read or written only costs the
slow path.
"""

import hashlib
import io
import logging
import pickle
import time
from pathlib import Path

import geopandas as gpd

from . import atomic, settings
from .errors import DataError, LayerError
from .events import MAP_LAYERS

log = logging.getLogger(__name__)

FORMAT = 1                          # bump when what read_layers_checked returns changes shape
UNUSED_DAYS = 30                    # a copy nobody read for this long (a folder since deleted) is removed


def read_layers_checked(layers_dir):
    """:func:`geo.layers.read_layers_checked`, from the disk copy when the files have not changed."""
    from . import layers
    folder = Path(layers_dir).resolve()
    signature = _signature(folder)
    path = settings.get().cache_dir / f"layers-{_digest(str(folder))}-{signature}.pickle"
    cached = _read(path)
    if cached is not None:
        return cached
    result = layers.read_layers_checked(folder)
    if _signature(folder) == signature:                  # not rewritten while being read
        _write(path, result)
    return result


def _signature(folder):
    """Size, modification time and inode of every layer file (absent ones included), as a short digest."""
    parts = [str(FORMAT)]
    for name in MAP_LAYERS:
        try:
            st = (folder / f"{name}.geojson").stat()
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}:{st.st_ino}")
        except OSError:
            parts.append(f"{name}:absent")
    return _digest("|".join(parts))


def _digest(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _read(path):
    try:
        with open(path, "rb") as f:
            stored = pickle.load(f)
        path.touch()                                    # in use: not pruned
        layers = {name: gpd.read_parquet(io.BytesIO(blob)) for name, blob in stored["layers"].items()}
        return layers, [_problem(*fields) for fields in stored["problems"]]
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged copy is only a slower start
        log.info("layer copy %s not used: %s", path.name, exc)
        return None


def _write(path, result):
    layers, problems = result
    try:
        blobs = {}
        for name, layer in layers.items():
            buffer = io.BytesIO()
            layer.to_parquet(buffer)
            blobs[name] = buffer.getvalue()
        stored = {"layers": blobs, "problems": [_fields(p) for p in problems]}
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(path, pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL))
        _prune(path)
    except Exception as exc:  # noqa: BLE001 - the layers were read; only the copy is lost
        log.info("layer copy %s not written: %s", path.name, exc)


def _prune(kept):
    """Remove the other copies of ``kept``'s folder, and every copy left unread for UNUSED_DAYS."""
    same_folder = kept.name.rsplit("-", 1)[0] + "-"
    too_old = time.time() - UNUSED_DAYS * 86400
    for copy in kept.parent.glob("layers-*.pickle"):
        try:
            if copy != kept and (copy.name.startswith(same_folder) or copy.stat().st_mtime < too_old):
                copy.unlink()
        except OSError:
            pass


def _fields(problem):
    """A problem as plain data (the errors' own pickling would lose their fields)."""
    if isinstance(problem, LayerError):
        return ("layer", problem.path, problem.problem)
    return ("data", problem.path, problem.line, problem.field, problem.message)


def _problem(kind, *fields):
    return LayerError(*fields) if kind == "layer" else DataError(*fields)
