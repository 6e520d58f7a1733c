"""One registry of the map's layers and styles.

Names, titles, drawing order, geometry, symbol, which layers follow the
window, and the colour of every known kind (or corridor status) are written
here once, and read by the dashboard's map and legend (:mod:`geo.mapview`),
the QGIS styles (:mod:`geo.export`), the map's weekly bars and the Add report
page. A kind that is not listed takes its layer's fallback colour.

Colours are ``#rrggbb`` strings; :func:`rgb` gives QGIS's integer triples.
"""

from typing import NamedTuple


class Layer(NamedTuple):
    """How one layer is drawn and told."""

    name: str
    title: str             # plural, for toggles and counts
    singular: str          # popup heading
    geometry: str          # GeoJSON geometry type of the built layer
    symbol: str            # line, circle, square, diamond
    category: str          # the field that picks the colour: status (corridors) or kind
    colour: str            # the layer's own colour (chart, Add report page) and fallback
    windowed: bool         # one-off reports, shown by the date window rather than while in force


# Drawing order, bottom to top.
LAYERS = {
    "corridors": Layer("corridors", "Corridors", "Corridor", "LineString", "line", "status", "#2ea043", False),
    "other": Layer("other", "Other events", "Event", "Point", "diamond", "kind", "#1f6feb", False),
    "shelling": Layer("shelling", "Shelling", "Shelling report", "Point", "circle", "kind", "#d62728", True),
    "checkpoints": Layer("checkpoints", "Checkpoints", "Checkpoint", "Point", "square", "kind", "#54278f", False),
}
ORDER = tuple(LAYERS)
TITLES = {name: layer.title for name, layer in LAYERS.items()}
WINDOWED = tuple(name for name, layer in LAYERS.items() if layer.windowed)


class LineStyle(NamedTuple):
    """A corridor line: colour, width on screen (px) and on paper (mm), dash pattern (px) or ''."""

    label: str
    colour: str
    width_px: float
    width_mm: float
    dash: str


# Corridor status -> line style. Drawn in this order, the later on top (blockades over routes).
CORRIDOR_STYLES = {
    "closed": LineStyle("closed", "#afafaf", 3, 0.8, ""),
    "proposed": LineStyle("proposed", "#6e6e6e", 4, 1.0, "4 8"),
    "planned": LineStyle("planned", "#ff7f0e", 4, 1.0, "10 8"),
    "open": LineStyle("open route", "#2ea043", 5, 1.4, ""),
    "blockaded": LineStyle("blockaded", "#d62728", 7, 1.8, ""),
}
CORRIDOR_FALLBACK = LineStyle("other", "#3c3c3c", 3, 0.8, "")

# Point kinds -> fill colour, per layer. Kinds not listed take the layer's fallback.
KIND_COLOURS = {
    "shelling": {
        "shelling": "#d62728", "artillery": "#b2182b", "rocket": "#e7298a", "missile": "#99000d",
        "airstrike": "#67001f", "drone": "#fd8d3c", "cluster_munition": "#7f2704",
        "pipeline_attack": "#8c564b", "border_clash": "#f16913", "shooting": "#fb6a4a",
        "explosion": "#cb181d",
        "denial": "#969696",      # fire one side says did not happen: that side's claim, drawn apart from fire
    },
    "checkpoints": {
        "checkpoint": "#54278f", "roadblock": "#807dba", "closure": "#3f007d", "sit_in": "#9e9ac8",
        "protest": "#9e9ac8",
    },
    "other": {
        "handover": "#1f6feb", "capture": "#08519c", "ceasefire": "#17becf", "meeting": "#2ca25f",
        "statement": "#6baed6", "deployment": "#006d2c", "displacement": "#bcbd22",
        "offensive": "#6a3d9a", "aid_convoy": "#41ab5d", "court_order": "#525252", "explosion": "#cb181d",
        "decree": "#737373", "mission": "#238b45", "protest": "#9e9ac8", "sighting": "#4292c6",
    },
}
FALLBACK_COLOURS = {"shelling": "#f16913", "checkpoints": "#54278f", "other": "#6e7781"}
FALLBACK_LABEL = "other"

# Point symbols: radius on screen (px) and size in QGIS (mm).
POINT_RADIUS_PX = 7
# A point placed only to a district or a region is drawn as a translucent area of this radius
# (metres on the ground, about the uncertainty), not as a marker; sites and towns stay markers.
PRECISION_RADIUS_M = {"site": 0, "town": 0, "district": 15_000, "region": 50_000}
HALO_FILL_OPACITY = 0.18
POINT_SIZE_MM = {"circle": 3.2, "square": 3.6, "diamond": 4.0}
QGIS_SHAPES = {"circle": "circle", "square": "square", "diamond": "diamond"}


def colour(layer, value):
    """The colour of a feature of ``layer`` whose status (corridors) or kind is ``value``."""
    if layer == "corridors":
        return CORRIDOR_STYLES.get(value, CORRIDOR_FALLBACK).colour
    return KIND_COLOURS.get(layer, {}).get(value, FALLBACK_COLOURS.get(layer, "#6e7781"))


def feature_colour(layer, kind, status=""):
    """The colour of one feature: by status for a corridor, by kind for a point event."""
    return colour(layer, status if LAYERS.get(layer, LAYERS["other"]).category == "status" else kind)


def categories(layer):
    """Every styled value of a layer with its label and colour, the fallback (value '') last."""
    if layer == "corridors":
        listed = [(v, s.label, s.colour) for v, s in CORRIDOR_STYLES.items()]
        return listed + [("", CORRIDOR_FALLBACK.label, CORRIDOR_FALLBACK.colour)]
    listed = [(k, k.replace("_", " "), c) for k, c in KIND_COLOURS.get(layer, {}).items()]
    return listed + [("", FALLBACK_LABEL, FALLBACK_COLOURS[layer])]


def legend_entries(pairs):
    """Legend rows for what the data holds: ``[(layer, value, label, colour)]`` in drawing order.

    ``pairs`` are ``(layer, value)`` of the features (value = status for
    corridors, kind otherwise). Unknown values are shown once per layer under
    the fallback label, so the legend never offers what is not drawn and
    never hides what is.
    """
    present = {}
    for layer, value in pairs:
        present.setdefault(layer, set()).add(value)
    entries = []
    for layer in ORDER:
        values = present.get(layer, set())
        known = {v for v, _, _ in categories(layer) if v}
        for value, label, hex_colour in categories(layer):
            if (value and value in values) or (not value and values - known):
                entries.append((layer, value, label, hex_colour))
    return entries


def rgb(hex_colour):
    """``#rrggbb`` as an (r, g, b) tuple of ints (QGIS's colour strings)."""
    text = hex_colour.lstrip("#")
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))
