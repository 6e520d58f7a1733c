"""The map's data: the layers as one table, and the compact form the browser steps through.

The dashboard's map is a small Streamlit component (:mod:`geo.timemap`)
that runs Leaflet in the browser. It gets the features of the current filters
once, as columns (:func:`payload`): coordinates, start and end day numbers,
layer and category codes, and the popup fields as plain strings, repeated
values stored once. The browser then filters by date and window itself, so a
step of the slider, Previous/Next or Play sends nothing to the server; popups
are assembled and escaped there from these fields (never HTML from here).

Styles come from the registry :mod:`geo.styles` (:func:`style_table`), the
same the QGIS export reads.
"""

import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd

from . import styles, timeline
from .events import MAP_LAYERS

LAYER_ORDER = tuple(n for n in styles.ORDER if n in MAP_LAYERS)       # drawn bottom to top
LAYER_TITLES = styles.TITLES
CONVENTIONS = {"international": "International (both names)", "armenian": "Armenian",
               "azerbaijani": "Azerbaijani"}
LABEL_COLUMN = {"international": "place_label", "armenian": "place_armenian",
                "azerbaijani": "place_azerbaijani"}
# Goris – Lachin – Stepanakert: where the map opens.
CENTER = (39.65, 46.55)
ZOOM = 10
# Base tiles, when online (given as a URL: no provider look-up).
TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILES_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
# Text fields the popups need, sent with repeated values stored once.
TEXT_FIELDS = ("kind", "status", "place_label", "place_armenian", "place_azerbaijani", "date_precision",
               "geo_precision", "claimed_by", "description", "source", "source_url", "quote")
OPEN_END = 2 ** 31 - 1          # day number of "no end"


def style_table():
    """The map's styles, from :mod:`geo.styles`.

    ``colours[layer][value]`` is the colour of a corridor status or a point
    kind ('' = the fallback); ``lines[status]`` the corridor line's width and
    dash; ``symbols[layer]`` the point shape; ``titles``, ``singular`` and
    ``labels`` name them.
    """
    lines = list(styles.CORRIDOR_STYLES.items()) + [("", styles.CORRIDOR_FALLBACK)]
    return {
        "order": list(LAYER_ORDER),
        "colours": {name: {v: c for v, _, c in styles.categories(name)} for name in styles.ORDER},
        "labels": {name: {v: label for v, label, _ in styles.categories(name)} for name in styles.ORDER},
        "lines": {v: {"weight": s.width_px, "dashArray": s.dash or None} for v, s in lines},
        "symbols": {name: layer.symbol for name, layer in styles.LAYERS.items()},
        "titles": dict(LAYER_TITLES),
        "singular": {name: layer.singular for name, layer in styles.LAYERS.items()},
        "radius": styles.POINT_RADIUS_PX,
        "min_opacity": timeline.MIN_OPACITY,
        "all_fade_days": timeline.ALL_FADE_DAYS,
    }


def legend(frame):
    """``[(layer, value, label, colour)]`` of the statuses and kinds the features hold."""
    value = frame["status"].where(frame["layer"] == "corridors", frame["kind"])
    return styles.legend_entries(zip(frame["layer"], value))



def combine(layers):
    """The layers as one table, with parsed dates and Leaflet coordinates.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        As read by :func:`geo.layers.read_layers`.

    Returns
    -------
    pandas.DataFrame
        All layer columns (no geometry) plus ``start``/``end``
        (``datetime64[D]``; NaT end = open) and ``coords``: ``[lat, lon]`` for a
        point, a list of them for a line. Ordered by layer (bottom to top), then date.
    """
    frames = []
    for name in LAYER_ORDER:
        layer = layers.get(name)
        if layer is None or layer.empty:
            continue
        frame = pd.DataFrame(layer.drop(columns="geometry"))
        frame["layer"] = name
        frame["coords"] = [_coords(g) for g in layer.geometry]
        frames.append(frame)
    if not frames:
        from .layers import COLUMNS
        frame = pd.DataFrame(columns=list(COLUMNS) + ["coords"])
    else:
        frame = pd.concat(frames, ignore_index=True)
    frame = frame.astype({c: object for c in frame.columns if c != "coords"})
    text = [c for c in frame.columns if c != "coords"]
    frame[text] = frame[text].where(frame[text].notna(), "")
    frame["start"] = timeline.as_days(frame["start_date"].tolist())
    frame["end"] = timeline.as_days(frame["end_date"].tolist())
    frame["spot"] = pd.factorize(frame["coords"].map(str))[0]        # same coordinates, same spot
    return frame.reset_index(drop=True)


def _coords(geometry):
    if geometry.geom_type == "Point":
        return [round(geometry.y, 5), round(geometry.x, 5)]
    return [[round(y, 5), round(x, 5)] for x, y in geometry.coords]


def place_labels(frame, convention):
    """Each feature's place under a naming convention (falls back to the neutral label)."""
    labels = frame[LABEL_COLUMN.get(convention, "place_label")].astype(str)
    return labels.where(labels != "", frame["place_label"].astype(str))


def _day_numbers(days):
    """``datetime64[D]`` as days since 1970-01-01 (NaT: :data:`OPEN_END`)."""
    days = np.asarray(days).astype("datetime64[D]")
    numbers = days.astype("int64")
    return np.where(np.isnat(days), OPEN_END, numbers).astype(np.int64)


def _coded(values):
    """Repeated strings stored once: ``{"values": [...], "codes": [...]}``."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).fillna(""), sort=False)
    return {"values": [str(u) for u in uniques], "codes": codes.tolist()}


def payload(frame, labels=(), span=None):
    """The features of ``frame`` (rows of :func:`combine`) as columns for the browser.

    ``span`` is the (first, last) day of the slider, by default the frame's own:
    the dashboard gives the whole data's, so that a filter does not move the slider.

    Returns
    -------
    dict
        ``n``; ``layer`` codes into ``layers``; ``category`` (status for a
        corridor, kind otherwise) coded; ``start``/``end`` day numbers (end
        :data:`OPEN_END` when open); ``windowed`` 0/1 (follows the window
        rather than an interval in force); ``offset`` into the flat ``lat`` /
        ``lon`` arrays (a point has one position, a line several); ``spot``
        (same position, same spot); ``id``; each of :data:`TEXT_FIELDS`
        coded; ``dates`` (the days on which something changes); ``styles``,
        ``legend`` and the base map's place ``labels``.
    """
    n = len(frame)
    layer = frame["layer"].to_numpy(dtype=object)
    start, end = frame["start"].to_numpy(), frame["end"].to_numpy()
    windowed = timeline.windowed_events(start, end, layer)
    lats, lons, offsets = [], [], []
    for coords in frame["coords"]:
        offsets.append(len(lats))
        points = coords if coords and isinstance(coords[0], (list, tuple)) else [coords]
        for lat, lon in points:
            lats.append(lat)
            lons.append(lon)
    offsets.append(len(lats))
    category = np.where(layer == "corridors", frame["status"].to_numpy(dtype=object),
                        frame["kind"].to_numpy(dtype=object)) if n else []
    first, last = span or timeline.span(start, end)
    return {
        "version": 1, "n": n,
        "layers": list(LAYER_ORDER),
        "layer": [LAYER_ORDER.index(x) for x in layer],
        "category": _coded(category),
        "start": _day_numbers(start).tolist(), "end": _day_numbers(end).tolist(),
        "windowed": windowed.astype(int).tolist(),
        "offset": offsets, "lat": lats, "lon": lons,
        "spot": frame["spot"].astype(int).tolist() if n else [],
        "id": [str(i) for i in frame["id"]],
        "text": {field: _coded(frame[field]) for field in TEXT_FIELDS},
        "dates": _day_numbers(timeline.change_dates(start, end)).tolist(),
        "first": first.isoformat(), "last": last.isoformat(),
        "styles": style_table(),
        "legend": [list(e) for e in legend(frame)],
        "labels": list(labels),
    }


def write_payload(data, folder, keep=30):
    """Write ``data`` as ``<folder>/<content hash>.json`` (once) and return the file's name.

    The name changes with the content, so the browser fetches a file once and
    a rerun with the same filters sends nothing new. Only the ``keep`` most
    recent files stay.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    name = hashlib.sha256(text.encode("utf-8")).hexdigest()[:20] + ".json"
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if not target.exists():
        tmp = folder / f".{name}.tmp"
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
        old = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)[:-keep]
        for path in old:
            path.unlink(missing_ok=True)
    else:
        target.touch()
    return name
