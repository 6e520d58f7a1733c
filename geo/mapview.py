"""The map's data: the layers as one table, and the compact form the browser steps through.

The dashboard's map is a small Streamlit component (:mod:`geo.timemap`)
that runs Leaflet in the browser. It gets the features of the current filters
once, as columns (:func:`payload`, written by :func:`write_payload`): start
and end day numbers, layer, category and place codes as integers in one
binary file, and the popup fields (with the ids) as plain strings in chunks,
repeated values stored once. The browser then filters by date and window itself, so a
step of the slider, Previous/Next or Play sends nothing to the server; popups
are assembled and escaped there from these fields (never HTML from here).

Styles come from the registry :mod:`geo.styles` (:func:`style_table`), the
same the QGIS export reads.
"""

import gzip
import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd

from . import styles, timeline
from .basemap import BBOX
from .events import GEO_PRECISIONS, MAP_LAYERS

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
TEXT_CHUNK = 20_000             # popup texts are fetched in files of this many features
# The region (the base map's extent): a shared view is fitted to the reports inside it (a
# meeting in Moscow is counted and named, but does not zoom the map out to Europe).
REGION = BBOX


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
        "halo_fill_opacity": styles.HALO_FILL_OPACITY,
        "min_opacity": timeline.MIN_OPACITY,
        "all_fade_days": timeline.ALL_FADE_DAYS,
    }


def legend(frame):
    """``[(layer, value, label, colour)]`` of the statuses and kinds the features hold."""
    value = frame["status"].where(frame["layer"] == "corridors", frame["kind"])
    return styles.legend_entries(zip(frame["layer"], value))



def precise_to(frame, level):
    """Mask of the features placed at least as precisely as ``level`` (site < town < district < region).

    ``region`` keeps everything; a feature without a known precision is kept only then.
    """
    order = list(GEO_PRECISIONS)
    if level not in order or level == order[-1]:
        return np.ones(len(frame), dtype=bool)
    return frame["geo_precision"].isin(order[:order.index(level) + 1]).to_numpy()


def halo_radius(frame):
    """Metres of the translucent area drawn instead of a marker (0: a marker or a line).

    Points placed to a district or a region (:data:`geo.styles.PRECISION_RADIUS_M`).
    """
    radius = frame["geo_precision"].map(styles.PRECISION_RADIUS_M).fillna(0).astype(int).to_numpy()
    is_line = np.array([bool(c) and isinstance(c[0], (list, tuple)) for c in frame["coords"]], dtype=bool)
    return np.where(is_line, 0, radius)


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
        frame["coords"] = _coords(np.asarray(layer.geometry.values))
        frames.append(frame)
    if not frames:
        from .layers import COLUMNS
        frame = pd.DataFrame(columns=list(COLUMNS) + ["coords"])
    else:
        frame = pd.concat(frames, ignore_index=True)
    frame = frame.astype({c: object for c in frame.columns if c != "coords"})
    text = [c for c in frame.columns if c != "coords"]
    frame[text] = frame[text].where(frame[text].notna(), "")
    frame["start"] = _days(frame["start_date"])
    frame["end"] = _days(frame["end_date"])
    frame["spot"] = _spots(frame["coords"])                     # same coordinates, same spot
    return frame.reset_index(drop=True)


def _coords(geometries):
    """Leaflet coordinates of shapely geometries, all at once: ``[lat, lon]`` for a point, a list of them for a line."""
    import shapely
    xy, index = shapely.get_coordinates(geometries, return_index=True)
    latlon = np.round(xy[:, ::-1], 5).tolist()
    counts = np.bincount(index, minlength=len(geometries))
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).tolist()
    point = (shapely.get_type_id(geometries) == shapely.GeometryType.POINT).tolist()
    coords = np.empty(len(geometries), dtype=object)
    coords[:] = [latlon[k] if p else latlon[k:k + c] for k, c, p in zip(starts, counts.tolist(), point)]
    return coords


def _days(texts):
    """ISO dates ('' for none) as ``datetime64[D]`` (NaT for none)."""
    values = np.asarray(texts, dtype=object)
    values = np.where(values == "", None, values)
    return np.asarray(values, dtype="datetime64[D]") if len(values) else np.array([], dtype="datetime64[D]")


def _spots(coords):
    """A code per distinct position (lines by their whole course)."""
    keys = [tuple(c) if c and not isinstance(c[0], list) else str(c) for c in coords]
    return pd.factorize(pd.Series(keys, dtype=object))[0]


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


def payload(frame, labels=(), span=None, chunk=TEXT_CHUNK, dates=None):
    """The features of ``frame`` (rows of :func:`combine`) as columns for the browser.

    What the map needs to draw any day is small and comes first; the popup
    texts come in chunks of ``chunk`` features, fetched after the first
    drawing (or when a popup needs one). ``span`` is the (first, last) day of
    the slider, by default the frame's own: the dashboard gives the whole
    data's, so that a filter does not move the slider. ``dates``
    (datetime64 days) are the dates Previous/Next stop on, by default those
    of ``frame``: a slice (:mod:`geo.mapslice`) is given those of every date.

    Returns
    -------
    dict
        ``n``; ``layer`` codes into ``layers``; ``category`` (status for a
        corridor, kind otherwise) coded; ``start`` day numbers and ``length``
        in days (end − start; −1 while in force with no end); ``windowed``
        0/1 (follows the window rather than an interval in force); ``spot``:
        each point's index into ``spots`` (``lat``/``lon``; same position,
        same spot; −1 for a line); ``line``: each line's index into
        ``lines`` (``offset`` into flat ``lat``/``lon``; −1 for a point);
        ``halo``: metres of the area drawn instead of a marker for a point
        placed only to a district or region (0 otherwise, :func:`halo_radius`);
        ``id``; ``text``: a list of chunks, each the :data:`TEXT_FIELDS` of
        its features, coded; ``dates`` (the days on which something
        changes); ``styles``, ``legend`` and the base map's place ``labels``.
    """
    n = len(frame)
    layer = frame["layer"].to_numpy(dtype=object)
    start, end = frame["start"].to_numpy(), frame["end"].to_numpy()
    windowed = timeline.windowed_events(start, end, layer)
    spots, spot, lines, line = {}, [], {"offset": [0], "lat": [], "lon": []}, []
    for coords in frame["coords"]:
        if coords and isinstance(coords[0], (list, tuple)):
            spot.append(-1)
            line.append(len(lines["offset"]) - 1)
            for lat, lon in coords:
                lines["lat"].append(lat)
                lines["lon"].append(lon)
            lines["offset"].append(len(lines["lat"]))
        else:
            spot.append(spots.setdefault((coords[0], coords[1]), len(spots)))
            line.append(-1)
    category = np.where(layer == "corridors", frame["status"].to_numpy(dtype=object),
                        frame["kind"].to_numpy(dtype=object)) if n else []
    start_days, end_days = _day_numbers(start), _day_numbers(end)
    length = np.where(end_days == OPEN_END, -1, end_days - start_days)
    first, last = span or timeline.span(start, end)
    return {
        "version": 2, "n": n,
        "layers": list(LAYER_ORDER),
        "layer": [LAYER_ORDER.index(x) for x in layer],
        "category": _coded(category),
        "start": start_days.tolist(), "length": length.tolist(),
        "windowed": windowed.astype(int).tolist(),
        "spot": spot, "spots": {"lat": [p[0] for p in spots], "lon": [p[1] for p in spots]},
        "line": line, "lines": lines,
        "halo": halo_radius(frame).tolist() if n else [],
        "id": [str(i) for i in frame["id"]],
        "chunk": chunk,
        "text": [{field: _coded(frame[field].iloc[k:k + chunk]) for field in TEXT_FIELDS}
                 for k in range(0, n, chunk)],
        "dates": _day_numbers(timeline.change_dates(start, end) if dates is None else dates).tolist(),
        "first": first.isoformat(), "last": last.isoformat(),
        "styles": style_table(),
        "legend": [list(e) for e in legend(frame)],
        "labels": list(labels),
        "region": list(REGION),
    }


# The columns the map steps through, written as one little-endian binary file (no JSON parse in
# the browser); each in the narrowest integer type that holds it (``BINARY_TYPES``: the names the
# browser knows, with numpy's dtype).
BINARY_COLUMNS = ("layer", "category", "start", "length", "windowed", "spot", "line", "halo")
BINARY_TYPES = {"u1": "<u1", "i1": "<i1", "u2": "<u2", "i2": "<i2", "i4": "<i4"}


def _narrowest(values):
    """The code of :data:`BINARY_TYPES` whose type holds every value (int32 when empty)."""
    if not len(values):
        return "i4"
    low, high = int(values.min()), int(values.max())
    for code, dtype in BINARY_TYPES.items():
        info = np.iinfo(np.dtype(dtype))
        if info.min <= low and high <= info.max:
            return code
    raise ValueError(f"a map column holds {low}..{high}, beyond 32 bits")


def _binary(data):
    """The numeric columns of a :func:`payload` as (bytes, layout for the browser)."""
    base = int(min(data["start"])) if data["n"] else 0
    columns = {name: np.asarray(data[name], dtype=np.int64) for name in BINARY_COLUMNS if name != "category"}
    columns["category"] = np.asarray(data["category"]["codes"], dtype=np.int64)
    columns["start"] = columns["start"] - base
    parts, fields, offset = [], [], 0
    for name in BINARY_COLUMNS:
        code = _narrowest(columns[name])
        raw = columns[name].astype(BINARY_TYPES[code]).tobytes()
        fields.append([name, code, offset, len(columns[name])])
        pad = -len(raw) % 4                       # typed arrays start on a multiple of their size
        parts.append(raw + b"\0" * pad)
        offset += len(raw) + pad
    return b"".join(parts), {"base": base, "fields": fields}


def write_payload(data, folder, keep=30):
    """Write a :func:`payload` for the browser; returns the name of its main file.

    Three kinds of files, each named by a hash of its content, in ``folder``:
    the numeric columns as one binary file (:data:`BINARY_COLUMNS`), the text
    chunks (with the features' ids, which only popups and lists need), and the
    main JSON file naming them with everything else (styles, legend, labels,
    places and lines, the dates). A name changes with the content, so the
    browser fetches a file once and a rerun with the same filters sends
    nothing new. Each file has a gzip twin (``<name>.gz``) that the browser
    fetches and unpacks itself: the server sends it as it is, where it would
    compress the plain file again for every viewer (~0.15 s of CPU per viewer
    at 100,000 features, ~0.3 s per chunk of popup texts). Only the ``keep``
    most recently used main files stay, with their other files.
    :func:`read_payload` reads it back.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    chunk = data["chunk"]
    texts = [dict(text, id=data["id"][k * chunk:(k + 1) * chunk]) for k, text in enumerate(data["text"])]
    raw, layout = _binary(data)
    main = {k: v for k, v in data.items() if k not in BINARY_COLUMNS and k != "id"}
    main["category"] = {"values": data["category"]["values"]}
    main["columns"] = dict(layout, file=_write_bytes(raw, folder, ".bin"))
    main["text"] = [_write_once(text, folder) for text in texts]
    name = _write_once(main, folder)
    mains = [p for p in folder.glob("*.main.json")]
    old = sorted(mains, key=lambda p: p.stat().st_mtime)[:-keep]
    used = set()
    for path in mains:
        if path not in old:
            kept = json.loads(path.read_text(encoding="utf-8"))
            used.update(kept["text"])
            used.add(kept.get("columns", {}).get("file"))
    for path in old:
        _remove_with_twin(path)
    for path in list(folder.glob("*.json")) + list(folder.glob("*.bin")):
        if not path.name.endswith(".main.json") and path.name not in used:
            _remove_with_twin(path)
    return name


def _remove_with_twin(path):
    """A map file and its gzip twin, gone (either may be missing)."""
    path.unlink(missing_ok=True)
    path.with_name(path.name + ".gz").unlink(missing_ok=True)


def read_payload(folder, name):
    """A :func:`payload` as :func:`write_payload` wrote it (what the browser reads, for checks)."""
    folder = Path(folder)
    main = json.loads((folder / name).read_text(encoding="utf-8"))
    raw = (folder / main["columns"]["file"]).read_bytes()
    data = dict(main)
    for field_name, code, offset, count in main["columns"]["fields"]:
        values = np.frombuffer(raw, dtype=BINARY_TYPES[code], count=count, offset=offset).astype(np.int64)
        data[field_name] = values.tolist()
    data["start"] = [v + main["columns"]["base"] for v in data["start"]]
    data["category"] = {"values": main["category"]["values"], "codes": data["category"]}
    data["text"] = [json.loads((folder / t).read_text(encoding="utf-8")) for t in main["text"]]
    data["id"] = [i for text in data["text"] for i in text.pop("id")]
    return data


def _write_bytes(raw, folder, suffix):
    """``raw`` as ``<hash><suffix>`` in ``folder``, and gzipped as ``<hash><suffix>.gz`` (each
    written once, atomically, the twin first); its name."""
    name = hashlib.sha256(raw).hexdigest()[:20] + suffix
    target = folder / name
    if target.exists() and target.with_name(name + ".gz").exists():
        target.touch()
        return name
    for path, content in ((folder / f"{name}.gz", lambda: gzip.compress(raw, compresslevel=3, mtime=0)),
                          (target, lambda: raw)):
        tmp = folder / f".{path.name}.tmp"
        tmp.write_bytes(content())
        tmp.replace(path)
    return name


def _write_once(data, folder):
    """``data`` as ``<hash>.json`` (``<hash>.main.json`` for a payload's main file) in ``folder``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _write_bytes(text.encode("utf-8"), folder, ".main.json" if "version" in data else ".json")
