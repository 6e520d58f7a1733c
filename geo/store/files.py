"""The file backend: ``data/events.csv`` and the built ``layers/`` folder.

Nothing to install; one machine. Saving is :func:`geo.review.save_events`
(validate, write the CSV and rebuild the layers under a file lock, all or
nothing); reading the layers is :func:`geo.layers.read_layers`, filtered in
memory when a day window or a bounding box is asked for.
"""

import datetime as dt
import hashlib
from pathlib import Path

import numpy as np

from .. import settings, timeline
from . import Changes, memory

PROJECT_DIR = settings.PROJECT_DIR
_last_read = (None, None, None)      # (folder and version, layers, table) of the last FileStore.table


class FileStore:
    """Events in a CSV, layers in a folder of GeoJSON files."""

    def __init__(self, events_csv=None, layers_dir=None, gazetteer=None):
        self.events_csv = Path(events_csv or PROJECT_DIR / "data" / "events.csv")
        self.layers_dir = Path(layers_dir or PROJECT_DIR / "layers")
        self._gazetteer = gazetteer

    def __repr__(self):
        return f"FileStore({str(self.events_csv)!r}, {str(self.layers_dir)!r})"

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from ..gazetteer import load_gazetteer
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def read_events(self):
        """Every event of the CSV (validated), sorted by start date and id; [] without a file."""
        from ..events import read_events
        if not self.events_csv.exists():
            return []
        return sorted((e for _, e in read_events(self.events_csv)), key=lambda e: (e["start_date"], e["id"]))

    def build_layers(self):
        """The three layers geocoded from the CSV (what ``python -m geo build`` writes)."""
        from ..layers import build_from_file
        return build_from_file(self.events_csv, self.gazetteer)

    def has_layers(self):
        """True when the built layers are there to be read (``other`` may be missing in older folders)."""
        from ..events import MAP_LAYERS
        return all((self.layers_dir / f"{name}.geojson").exists() for name in MAP_LAYERS if name != "other")

    def read_layers(self, day_window=None, bbox=None):
        """The built layers; only the features shown in ``day_window`` and meeting ``bbox`` if given."""
        return self.read_layers_reporting(day_window, bbox)[0]

    def read_layers_reporting(self, day_window=None, bbox=None):
        """:meth:`read_layers`, rebuilt first when stale, and messages on files that could not be used.

        See :func:`geo.sync.load_current`: a damaged layer file reads as an
        empty layer and a message naming it, never an exception.
        """
        from ..sync import load_current
        layers, messages = load_current(self.layers_dir, self._gazetteer)
        return {name: select(layer, day_window, bbox) for name, layer in layers.items()}, messages

    # -- the dashboard's questions, answered in memory (geo.store.memory) ------------------------

    def table(self):
        """The layers as one table (:func:`geo.mapview.combine`), kept while the files do not change."""
        return self._read_once()[1]

    def _read_once(self):
        """(layers, table), read again only when the folder or its version changed."""
        global _last_read
        from ..mapview import combine
        key = (str(self.layers_dir), self.version())
        if _last_read[0] != key:
            layers = self.read_layers()
            _last_read = (key, layers, combine(layers))
        return _last_read[1:]

    def facts(self, option_limit=None):
        return memory.facts(self.table(), option_limit)

    def counts(self, filters=None, span=None, window=None):
        return memory.counts(self.table(), filters, span, window)

    def count_spans(self, filters, spans, window=None):
        return memory.count_spans(self.table(), filters, spans, window)

    def weekly_counts(self, filters=None):
        return memory.weekly_counts(self.table(), filters)

    def change_dates(self, filters=None):
        return memory.change_dates(self.table(), filters)

    def read_shown(self, filters=None, span=None, window=None, limit=None):
        """The layers of :meth:`read_layers` restricted as :func:`geo.store.memory.shown_rows` says."""
        layers, frame = self._read_once()
        ids = set(frame["id"].to_numpy()[memory.shown_rows(frame, filters, span, window, limit)])
        return {name: layer[layer["id"].isin(ids)].reset_index(drop=True) for name, layer in layers.items()}

    def add_events(self, events):
        """Save the valid events into the CSV and rebuild the layers (see :func:`geo.review.save_events`)."""
        from ..review import save_events
        return save_events(list(events), self.events_csv, self.layers_dir, self.gazetteer, skip_invalid=True)

    def version(self):
        """A stamp of the CSV and the layer files: it changes with every save or build."""
        files = [self.events_csv, *sorted(self.layers_dir.glob("*.geojson"))]
        stamps = [(p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files if p.exists()]
        return hashlib.sha1(repr(stamps).encode()).hexdigest()[:16]

    def changes_since(self, version):
        """Files keep no history: every event (``complete``) when anything changed, else none."""
        current = self.version()
        if version == current:
            return Changes(current, [], complete=False)
        return Changes(current, self.read_events(), complete=True)


def select(layer, day_window=None, bbox=None):
    """Rows of a layer shown on some day of ``day_window`` and whose bounding box meets ``bbox``."""
    keep = np.ones(len(layer), dtype=bool)
    if day_window is not None and len(layer):
        start, end = timeline.as_days(layer["start_date"]), timeline.as_days(layer["end_date"])
        # The map's rule over the days of the window (an event shown on one of them, window of one day).
        keep &= timeline.shown_between(start, end, _iso(day_window[0]), _iso(day_window[1]), window=1,
                                       windowed=timeline.windowed_events(start, end, layer["layer"].to_numpy()))
    if bbox is not None and len(layer):
        bounds = layer.geometry.bounds.to_numpy()
        xmin, ymin, xmax, ymax = bbox
        keep &= (bounds[:, 0] <= xmax) & (bounds[:, 2] >= xmin) & (bounds[:, 1] <= ymax) & (bounds[:, 3] >= ymin)
    return layer[keep].reset_index(drop=True)


def _iso(day):
    return day.isoformat() if isinstance(day, dt.date) else str(day)
