"""The folium map of the dashboard: a base map that never changes, and the layers of the day.

streamlit-folium rebuilds the whole map (losing the user's zoom and pan) when
the base map's script changes, but swaps layers passed as
``feature_group_to_add`` in the live map. So:

* :func:`base_map` is built identically on every run: centre, zoom, optional
  tiles, the legend, and a few JavaScript helpers (a canvas square marker for
  checkpoints, and ``cmDraw`` that turns compact rows into Leaflet layers);
* :func:`feature_groups` holds what changes with the date and the filters:
  one ``FeatureGroup`` per layer, each carrying its features as one compact
  JSON array drawn by ``cmDraw`` on the map's canvas. No folium object per
  feature, so a step at 10,000 events stays fast, and the browser draws on
  one ``<canvas>`` instead of 10,000 DOM markers.

Every piece of text that comes from the data goes through :func:`html.escape`
before it reaches a popup or tooltip: a ``<script>`` in a description shows
as text. Links are only made from http(s) URLs.

Styles follow the QGIS export (:mod:`geo.export`) so the two maps read alike:
corridors coloured and dashed by status, shelling as circles coloured by kind,
checkpoints as purple squares.
"""

import datetime as dt
import html
import json
from typing import NamedTuple

import folium
import numpy as np
import pandas as pd
from branca.element import Element, MacroElement
from jinja2 import Template

from . import styles, timeline

# Goris – Lachin – Stepanakert: where the dashboard opens.
CENTER = (39.65, 46.55)
ZOOM = 9
from .events import MAP_LAYERS

LAYER_ORDER = tuple(n for n in styles.ORDER if n in MAP_LAYERS)       # drawn bottom to top
LAYER_TITLES = styles.TITLES
CONVENTIONS = {"international": "International (both names)", "armenian": "Armenian",
               "azerbaijani": "Azerbaijani"}
LABEL_COLUMN = {"international": "place_label", "armenian": "place_armenian",
                "azerbaijani": "place_azerbaijani"}


def style_table():
    """The map's styles, from :mod:`geo.styles`: per layer, the colour of each category value.

    ``colours[layer][value]`` is the colour of a corridor status or a point
    kind ('' = the fallback); ``lines[status]`` the corridor line's width and
    dash; ``symbols[layer]`` the point shape.
    """
    return {
        "order": list(LAYER_ORDER),
        "colours": {name: {v: c for v, _, c in styles.categories(name)} for name in styles.ORDER},
        "lines": {v: {"weight": s.width_px, "dashArray": s.dash or None}
                  for v, s in list(styles.CORRIDOR_STYLES.items()) + [("", styles.CORRIDOR_FALLBACK)]},
        "symbols": {name: layer.symbol for name, layer in styles.LAYERS.items()},
    }


_HELPERS = """
{% macro script(this, kwargs) %}
L.Icon.Default.imagePath = {{ this.image_path | tojson }};
window.cmSquare = L.CircleMarker.extend({
    _updatePath: function () {
        var r = this._renderer;
        if (!r._drawing || this._empty()) { return; }
        var p = this._point, s = Math.max(Math.round(this._radius), 1), ctx = r._ctx;
        ctx.beginPath();
        if (this.options.diamond) {
            s = Math.round(s * 1.3);
            ctx.moveTo(p.x, p.y - s); ctx.lineTo(p.x + s, p.y); ctx.lineTo(p.x, p.y + s); ctx.lineTo(p.x - s, p.y);
            ctx.closePath();
        } else {
            ctx.rect(p.x - s, p.y - s, 2 * s, 2 * s);
        }
        r._fillStroke(ctx, this);
    }
});
// rows: [ids (latest first), shape, coordinates, style index, opacity, tooltip html, popup html,
//        radius (0: the style's)]
window.cmDraw = function (group, styles, rows) {
    rows.forEach(function (f) {
        var style = Object.assign({}, styles[f[3]]);
        style.opacity = (style.opacity || 1) * f[4];
        style.fillOpacity = (style.fillOpacity || 0) * f[4];
        if (f[7]) { style.radius = f[7]; }
        var layer = f[1] === "line" ? L.polyline(f[2], style)
            : f[1] === "square" ? new window.cmSquare(f[2], style)
            : f[1] === "diamond" ? new window.cmSquare(f[2], Object.assign(style, {diamond: true}))
            : L.circleMarker(f[2], style);
        layer.options.fid = f[0][0];
        layer.options.fids = f[0];
        layer.bindTooltip(f[5], {sticky: true});
        layer.bindPopup(f[6], {maxWidth: 380});
        group.addLayer(layer);
    });
};
var legend = L.control({position: "bottomright"});
legend.onAdd = function () {
    var div = L.DomUtil.create("div", "cm-legend");
    div.innerHTML = {{ this.legend | tojson }};
    L.DomEvent.disableClickPropagation(div);
    return div;
};
legend.addTo({{ this._parent.get_name() }});
{% endmacro %}
{% macro header(this, kwargs) %}
<style>
.cm-legend { background: rgba(255,255,255,0.92); padding: 6px 10px; border-radius: 4px;
  font: 12px/1.5 sans-serif; color: #222; box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
.cm-legend b { display: block; margin-top: 3px; }
.cm-legend svg { vertical-align: middle; margin-right: 6px; }
.cm-popup { font: 13px/1.4 sans-serif; }
.cm-group { max-height: 320px; overflow-y: auto; font: 13px/1.4 sans-serif; }
.cm-group ul { padding-left: 16px; margin: 2px 0; }
.cm-group li { margin-bottom: 3px; }
.cm-count { color: #666; font-size: 12px; margin: 4px 0 2px 0; }
.cm-popup h4 { font-size: 14px; margin: 0 0 4px 0; }
.cm-popup p { margin: 4px 0; }
.cm-popup i { color: #666; }
.cm-popup table td { padding: 1px 6px 1px 0; vertical-align: top; }
.cm-popup table td:first-child { color: #666; white-space: nowrap; }
.cm-popup blockquote { margin: 4px 0; padding-left: 6px; border-left: 3px solid #ccc; font-style: italic; }
</style>
{% endmacro %}
"""

_FEATURES = """
{% macro script(this, kwargs) %}
window.cmDraw({{ this._parent.get_name() }}, {{ this.styles }}, {{ this.rows }});
{% endmacro %}
"""


class _Helpers(MacroElement):
    """The base map's static JavaScript: canvas square marker, ``cmDraw``, legend."""

    _template = Template(_HELPERS)

    def __init__(self, legend, image_path):
        super().__init__()
        self._name = "CorridorMapHelpers"
        self.legend = legend
        self.image_path = image_path


class _Features(MacroElement):
    """Features of one layer as one compact JSON array, drawn by ``cmDraw`` into the parent group."""

    _template = Template(_FEATURES)

    def __init__(self, styles, rows):
        super().__init__()
        self._name = "CorridorMapFeatures"
        self.styles = _js_json(styles)
        self.rows = _js_json(rows)

    def render(self, **kwargs):
        """Add the script to the page as plain text.

        branca would wrap it in ``Element(text)``, which compiles the text as a
        Jinja template: a third of a second for a few MB of features.
        """
        script = self._template.module.__dict__["script"](self, kwargs)
        self.get_root().script.add_child(_Text(script), name=self.get_name())


class _Text(Element):
    """Already rendered text (not a template)."""

    def __init__(self, text):
        super().__init__()
        self.text = text

    def render(self, **kwargs):
        return self.text


def _js_json(value):
    """JSON for inlining in a script: no "<" (no ``</script>``) and no "_".

    streamlit-folium rewrites ``_name`` patterns anywhere in the script;
    writing underscores as ``\\u005f`` keeps the data out of its way (the
    browser reads the same string).
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("_", "\\u005f")


# --- the base map ----------------------------------------------------------------------------

# given as a URL rather than folium's "OpenStreetMap": the provider look-up by name costs ~10 ms a rerun
TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILES_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'


def base_map(tiles=True, image_path="/app/static/vendor/leaflet/images/", legend_pairs=()):
    """The map without data: identical on every run so that streamlit-folium keeps it.

    Parameters
    ----------
    tiles : bool
        Draw OpenStreetMap tiles (need internet; without it the layers still draw).
    image_path : str
        Where Leaflet's marker images are served.
    legend_pairs : iterable of (str, str)
        (layer, status or kind) of every feature: the legend shows those.
    """
    m = folium.Map(location=CENTER, zoom_start=ZOOM, tiles=TILES_URL if tiles else None, attr=TILES_ATTRIBUTION,
                   max_zoom=19, prefer_canvas=True, control_scale=True)
    _Helpers(legend_html(legend_pairs), image_path).add_to(m)
    return m


def legend_html(pairs=()):
    """The legend of what the data holds: ``pairs`` are (layer, status or kind) of the features."""
    parts, current = [], None
    for layer, value, label, colour in styles.legend_entries(pairs):
        if layer != current:
            parts.append(f"<b>{html.escape(LAYER_TITLES[layer])}</b>")
            current = layer
        symbol = styles.LAYERS[layer].symbol
        if symbol == "line":
            line = styles.CORRIDOR_STYLES.get(value, styles.CORRIDOR_FALLBACK)
            dash = f' stroke-dasharray="{line.dash}"' if line.dash else ""
            icon = (f'<svg width="34" height="10"><line x1="1" y1="5" x2="33" y2="5" stroke="{colour}" '
                    f'stroke-width="{min(line.width_px, 6)}"{dash}/></svg>')
        elif symbol == "square":
            icon = (f'<svg width="34" height="14"><rect x="11" y="1" width="12" height="12" fill="{colour}" '
                    f'stroke="#fff" stroke-width="1.5"/></svg>')
        else:
            icon = (f'<svg width="34" height="14"><circle cx="17" cy="7" r="6" fill="{colour}" '
                    f'stroke="#fff" stroke-width="1.5"/></svg>')
        parts.append(f"<div>{icon}{html.escape(label)}</div>")
    parts.append('<div style="color:#666;margin-top:3px">fainter = older report</div>')
    return "".join(parts)


# --- the features --------------------------------------------------------------------------

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


def format_date(iso, precision):
    """A date as precise as it is known: 12 Dec 2022, Dec 2022 or 2022."""
    if not iso:
        return ""
    day = dt.date.fromisoformat(str(iso))
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return day.strftime("%b %Y")
    return f"{day.day} {day.strftime('%b %Y')}"


def date_text(row):
    """The date line of a popup: a day, a range, or an open interval, with its precision."""
    precision = row["date_precision"] or "day"
    start = format_date(row["start_date"], precision)
    if not row["end_date"]:
        text = f"from {start} (no end reported)"
    elif row["end_date"] == row["start_date"]:
        text = start
    else:
        text = f"{start} – {format_date(row['end_date'], precision)}"
    return f"{text} · precise to the {precision}"


def _source_link(row):
    """The source's name, linked when its URL is a web address (never javascript: and the like); escaped."""
    source = html.escape(row["source"])
    url = str(row["source_url"] or "")
    if url.startswith(("http://", "https://")):
        source = f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{source or html.escape(url)}</a>'
    return source


def popup_html(row, convention="international"):
    """The popup of one feature; every value from the data is escaped."""
    e = html.escape
    label = row[LABEL_COLUMN.get(convention, "place_label")] or row["place_label"]
    names = [n for n in (row["place_armenian"], row["place_azerbaijani"]) if n]
    place = e(label)
    if len(set(names)) == 2:
        place += (f'<br><i>Armenian: {e(row["place_armenian"])} · '
                  f'Azerbaijani: {e(row["place_azerbaijani"])}</i>')
    kind = row["kind"] + (f" ({row['status']})" if row["status"] else "")
    source = _source_link(row)
    cells = [("Date", e(date_text(row))), ("Place", place), ("Kind", e(kind)),
             ("Claimed by", e(row["claimed_by"])), ("Source", source)]
    if row["geo_precision"]:
        cells.insert(2, ("Located", e(f"to the {row['geo_precision']}")))
    body = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in cells)
    layer = styles.LAYERS.get(row["layer"])
    title = e(layer.singular if layer else row["layer"])
    quote = f"<blockquote>{e(row['quote'])}</blockquote>" if row["quote"] else ""
    description = f"<p>{e(row['description'])}</p>" if row["description"] else ""
    return (f'<div class="cm-popup" data-id="{e(row["id"])}"><h4>{title}: {e(label)}</h4>'
            f"{description}<table>{body}</table>{quote}</div>")


def tooltip_text(row, convention="international"):
    """The hover label: place (under the convention), kind and date; escaped."""
    label = row[LABEL_COLUMN.get(convention, "place_label")] or row["place_label"]
    return html.escape(f"{label} · {row['kind']} · {format_date(row['start_date'], row['date_precision'])}")


def summary_html(row):
    """One line on an event, for the list in a grouped marker's popup; escaped."""
    e = html.escape
    source = _source_link(row)
    date = format_date(row["start_date"], row["date_precision"] or "day")
    return (f'<li data-id="{e(row["id"])}"><b>{e(date)}</b> · {e(row["kind"])} · {e(row["claimed_by"])}: '
            f'{e(row["description"])} ({source})</li>')


class Texts(NamedTuple):
    """Escaped HTML of each feature: full popup, hover tooltip, one-line summary."""

    popup: list
    tooltip: list
    line: list

    def take(self, index):
        """The texts of the features at these positions."""
        return Texts(*([column[i] for i in index] for column in self))


def popups(frame, convention):
    """Popup, tooltip and summary HTML of every feature (computed once per convention)."""
    records = frame.to_dict("records")
    return Texts([popup_html(r, convention) for r in records], [tooltip_text(r, convention) for r in records],
                 [summary_html(r) for r in records])


def _styles(layer, values):
    """(list of Leaflet styles, index per feature) for one layer."""
    table = style_table()
    names = list(table["colours"][layer])
    keys = [v if v in names else "" for v in values]
    if layer == "corridors":
        styles_ = [{"color": table["colours"][layer][k], **table["lines"][k], "opacity": 0.9, "lineCap": "round"}
                   for k in names]
    else:
        styles_ = [{"radius": 7, "color": "#ffffff", "weight": 1.5, "opacity": 1,
                    "fillColor": table["colours"][layer][k], "fillOpacity": 0.9} for k in names]
    return styles_, [names.index(k) for k in keys]


def feature_groups(frame, alpha, texts):
    """The features to draw now, one ``folium.FeatureGroup`` per layer.

    Point events at the same spot (a town shelled on many days) become one
    marker, sized by their number, whose popup shows the latest in full and
    lists the :data:`GROUP_POPUP_LIMIT` before it: otherwise they would hide
    each other and only the top one could be clicked. Its colour and opacity
    are those of the latest event.

    Parameters
    ----------
    frame : pandas.DataFrame
        The shown features (rows of :func:`combine`).
    alpha : sequence of float
        Opacity of each shown feature (see :func:`geo.timeline.opacity`).
    texts : Texts
        Escaped popup, tooltip and summary HTML of each shown feature.

    Returns
    -------
    list of folium.FeatureGroup
        Always every layer, in drawing order (an empty layer is an empty group).
    """
    layer = frame["layer"].to_numpy()
    ids = frame["id"].to_numpy()
    coords = frame["coords"].to_numpy()
    status = frame["status"].to_numpy()
    kind = frame["kind"].to_numpy()
    spot = frame["spot"].to_numpy()
    start = frame["start"].to_numpy()
    alpha = np.round(np.asarray(alpha, dtype=float), 2).tolist()
    popup_list, tooltip_list, line_list = texts
    groups = []
    for name in LAYER_ORDER:
        group = folium.FeatureGroup(name=LAYER_TITLES[name])
        where = np.flatnonzero(layer == name)
        shape = _SHAPES[name]
        if name == "corridors":                      # blockades on top of the routes they close
            where = sorted(where, key=lambda i: _CORRIDOR_ORDER.get(status[i], -1))
            styles, index = _styles(name, [status[i] for i in where])
            rows = [[[ids[i]], shape, coords[i], index[n], alpha[i], tooltip_list[i], popup_list[i], 0]
                    for n, i in enumerate(where)]
        else:
            rows = []
            # by spot, then by date: the last of each run is the latest event there
            where = where[np.lexsort((ids[where], start[where], spot[where]))]
            bounds = np.flatnonzero(np.diff(spot[where])) + 1
            members = np.split(where, bounds) if len(where) else []
            styles, index = _styles(name, [kind[m[-1]] for m in members])
            for n, m in enumerate(members):
                latest = m[-1]
                if len(m) == 1:
                    rows.append([[ids[latest]], shape, coords[latest], index[n], alpha[latest],
                                 tooltip_list[latest], popup_list[latest], 0])
                    continue
                earlier = m[::-1][1:GROUP_POPUP_LIMIT + 1]
                more = len(m) - 1 - len(earlier)
                popup = (f'<div class="cm-group"><div class="cm-count">{len(m)} {_PLURAL[name]} here; '
                         f'the latest:</div>{popup_list[latest]}<div class="cm-count">Earlier:</div><ul>'
                         + "".join(line_list[i] for i in earlier) + "</ul>"
                         + (f"<p>… and {more} more: see the table under the map.</p>" if more else "")
                         + "</div>")
                tooltip = f"{len(m)} {_PLURAL[name]} · latest: {tooltip_list[latest]}"
                radius = min(7 + 2.5 * np.log2(len(m)), 18)
                rows.append([[ids[i] for i in m[::-1]], shape, coords[latest], index[n], alpha[latest],
                             tooltip, popup, round(float(radius), 1)])
        _Features(styles, rows).add_to(group)
        groups.append(group)
    return groups


GROUP_POPUP_LIMIT = 5
_SHAPES = {name: layer.symbol for name, layer in styles.LAYERS.items()}
_PLURAL = {"shelling": "reports", "checkpoints": "checkpoints", "other": "events"}
_CORRIDOR_ORDER = {status: n for n, status in enumerate(styles.CORRIDOR_STYLES)}


def search_marker(lat, lon, label):
    """A feature group with a ring at a searched place (escaped label)."""
    group = folium.FeatureGroup(name="Search")
    style = {"radius": 14, "color": "#1f77b4", "weight": 3, "opacity": 1, "fillOpacity": 0.05,
             "fillColor": "#1f77b4"}
    text = html.escape(label)
    _Features([style], [[["search"], "circle", [lat, lon], 0, 1.0, text, text, 0]]).add_to(group)
    return group


def fit_view(coords, width=900, height=600, max_zoom=13):
    """Centre and zoom that show every given feature on a map of about ``width`` × ``height`` pixels.

    The dashboard opens on the corridor; reports from Ganja, Barda or Yevlakh
    lie outside that view, and this is how a user brings them all in.

    Parameters
    ----------
    coords : iterable
        ``[lat, lon]`` of a point or a list of them for a line (``combine``'s ``coords``).
    width, height : int
        The map's size in pixels (a little margin is kept).
    max_zoom : int
        Closest zoom, for a single point.

    Returns
    -------
    tuple of ((float, float), int) or None
        ``((lat, lon), zoom)`` in Web Mercator, or None when there is nothing to show.
    """
    points = []
    for c in coords:
        if c is None or len(c) == 0:
            continue
        for point in (c if np.ndim(c) == 2 else [c]):
            if len(point) == 2 and np.isfinite(np.asarray(point, dtype=float)).all():
                points.append((float(point[0]), float(point[1])))
    if not points:
        return None
    lats, lons = [p[0] for p in points], [p[1] for p in points]

    def mercator_y(lat):                              # 0..1 from north to south, as Leaflet's tiles
        s = np.sin(np.radians(lat))
        return 0.5 - np.log((1 + s) / (1 - s)) / (4 * np.pi)

    north, south = mercator_y(max(lats)), mercator_y(min(lats))
    x_span = (max(lons) - min(lons)) / 360
    y_span = south - north
    zoom = max_zoom
    for z in range(max_zoom, -1, -1):                 # the closest zoom at which both spans fit
        scale = 256 * 2 ** z
        zoom = z
        if x_span * scale <= width * 0.85 and y_span * scale <= height * 0.85:
            break
    centre_y = (north + south) / 2
    centre_lat = float(np.degrees(np.arctan(np.sinh(np.pi * (1 - 2 * centre_y)))))
    return (round(centre_lat, 5), round((max(lons) + min(lons)) / 2, 5)), zoom
