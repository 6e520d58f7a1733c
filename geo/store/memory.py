"""The dashboard's questions answered from a table of every feature in memory.

The file backend holds its layers in memory, so it answers
:meth:`~geo.store.files.FileStore.counts`, ``weekly_counts``, ``change_dates``,
``count_spans``, ``read_shown`` and ``facts`` with these functions over the
layers as one table (:func:`geo.mapview.combine`: a row per feature, ``start``
and ``end`` as ``datetime64[D]``); the PostGIS backend gives the same answers
in SQL. The dashboard's own in-memory path filters with :func:`matching` too, so
that both paths keep the same features.

``filters`` maps fields of :data:`geo.store.FILTER_FIELDS` to the values kept
(a field absent or None keeps everything; an empty list keeps nothing);
``span`` is (first, last) day, both included; ``window`` is the days a report
stays on the map (None: everything so far), as in :mod:`geo.timeline`.
"""

import numpy as np

from .. import timeline
from ..events import MAP_LAYERS
from . import FILTER_FIELDS, Facts


def matching(frame, filters=None):
    """Mask of the rows whose fields hold one of the values ``filters`` keeps."""
    keep = np.ones(len(frame), dtype=bool)
    for field, values in (filters or {}).items():
        if field not in FILTER_FIELDS:
            raise ValueError(f"not a filter field: {field!r}")
        if values is not None:
            keep &= frame[field].isin(list(values)).to_numpy()
    return keep


def windowed(frame):
    """Which rows follow the window (:func:`geo.timeline.windowed_events`)."""
    return timeline.windowed_events(frame["start"].to_numpy(), frame["end"].to_numpy(), frame["layer"].to_numpy())


def shown(frame, span=None, window=None):
    """Mask of the rows shown on some day of ``span`` with ``window`` (every row without a span)."""
    if span is None:
        return np.ones(len(frame), dtype=bool)
    return timeline.shown_between(frame["start"].to_numpy(), frame["end"].to_numpy(), span[0], span[1], window,
                                  windowed(frame))


def facts(frame, option_limit=None):
    """:class:`geo.store.Facts` of the table: span, features per layer, the filters' options."""
    first, last = timeline.span(frame["start"], frame["end"])
    totals = {name: int((frame["layer"] == name).sum()) for name in MAP_LAYERS}
    options = {}
    for field in FILTER_FIELDS:
        values = frame.loc[frame[field] != "", field].value_counts()
        ranked = sorted(values.items(), key=lambda item: (-item[1], item[0]))
        options[field] = sorted(v for v, _ in ranked[:option_limit])
    return Facts(first, last, totals, options)


def counts(frame, filters=None, span=None, window=None):
    """{layer: number of rows} kept by the filters and shown in ``span`` (every layer, zeros too)."""
    kept = frame["layer"].to_numpy()[matching(frame, filters) & shown(frame, span, window)]
    return {name: int((kept == name).sum()) for name in MAP_LAYERS}


def count_spans(frame, filters, spans, window=None):
    """The number of rows kept by the filters and shown in each of ``spans``."""
    kept = frame[matching(frame, filters)]
    return [int(shown(kept, span, window).sum()) for span in spans]


def weekly_counts(frame, filters=None):
    """Rows per week and layer (:func:`geo.timeline.weekly_counts`) of those the filters keep."""
    kept = frame[matching(frame, filters)]
    return timeline.weekly_counts(kept["start"].to_numpy(), kept["layer"].to_numpy())


def change_dates(frame, filters=None):
    """The days on which what the map shows changes (:func:`geo.timeline.change_dates`), of the kept rows."""
    kept = frame[matching(frame, filters)]
    return timeline.change_dates(kept["start"].to_numpy(), kept["end"].to_numpy())


def shown_rows(frame, filters=None, span=None, window=None, limit=None):
    """Positions of the rows kept and shown; with ``limit``, at most that many where possible.

    Every row in force is kept, then the latest reports (windowed rows, by start
    day, then id, both descending) while there is room.
    """
    keep = matching(frame, filters) & shown(frame, span, window)
    if limit is not None:
        follows = windowed(frame)
        reports = np.flatnonzero(keep & follows)
        room = max(limit - int((keep & ~follows).sum()), 0)
        if len(reports) > room:
            order = np.lexsort((frame["id"].to_numpy(dtype=object)[reports].astype(str),
                                frame["start"].to_numpy()[reports]))
            keep[reports[order[:len(reports) - room]]] = False
    return np.flatnonzero(keep)
