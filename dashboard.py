"""Corridor map: the Lachin corridor, checkpoints and shelling reports, stepped through in time.

Run ``streamlit run dashboard.py``. The page reads the built layers
(``layers/*.geojson``, made by ``python -m geo build``; another folder with the
``CORRIDOR_MAP_LAYERS`` environment variable), or the team's PostGIS database
when ``CORRIDOR_MAP_DATABASE`` is set (see ``geo.store``), and shows them as of one day:
routes and checkpoints while they are in force, point events of the chosen
window. Date, layers, window and filters live in the URL
(``?date=2022-08-29&layers=corridors,checkpoints&window=7``), so a view can
be shared. This file is only the page; the logic is in ``geo.timeline`` (what
is shown when) and ``geo.mapview`` (the map).
"""

import time

import numpy as np
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import assets, mapview, settings, styles
from geo import timeline as tl
from geo.errors import GeoError
from geo.store import open_store

SETTINGS = settings.get()
LAYERS_DIR = SETTINGS.layers_dir
GAZETTEER_CSV = SETTINGS.gazetteer_csv
PLAY_SECONDS = SETTINGS.play_seconds
STORE = open_store(SETTINGS.database_url, SETTINGS.events_csv, LAYERS_DIR)
LAYERS = mapview.LAYER_ORDER
FILTERS = {"kind": "Kind", "claimed_by": "Claimed by", "source": "Source"}
LAYER_COLOURS = {name: styles.LAYERS[name].colour for name in LAYERS}

st.set_page_config(page_title="Corridor map", page_icon=":world_map:", layout="wide")
assets.use_local_assets()


# --- data, loaded once per version of the store (the layer files, or the database) -----------

def layers_version(folder):
    """The store and its version: a new build or a saved report invalidates the caches."""
    return repr(STORE), STORE.version()


@st.cache_resource(show_spinner="Reading the layers…")
def load_layers(folder, version):
    """The layers (rebuilt first if older than their events), all of them as one table with
    parsed dates, and messages about files or features that could not be used."""
    layers, messages = STORE.read_layers_reporting()
    return layers, mapview.combine(layers), messages


@st.cache_resource
def load_popups(folder, version, convention):
    """Escaped popup, tooltip and summary HTML of every feature under one naming convention."""
    frame = load_layers(folder, version)[1]
    return mapview.popups(frame, convention)


@st.cache_resource
def legend_pairs(folder, version):
    """(layer, status or kind) of every feature: what the legend lists (kept stable so the map stays)."""
    frame = load_layers(folder, version)[1]
    value = frame["status"].where(frame["layer"] == "corridors", frame["kind"])
    return tuple(sorted(set(zip(frame["layer"], value))))


@st.cache_resource(show_spinner=False)       # a spinner here would shift the map and remount it
def load_gazetteer():
    """The project's offline geocoder (loaded on the first place search)."""
    from geo.gazetteer import load_gazetteer as load
    return load(GAZETTEER_CSV)


@st.cache_data
def weekly_counts(folder, version, selection):
    """Events per week and layer of the filtered features (for the timeline chart).

    ``selection`` is the filter mask as bytes (cheap to hash).
    """
    frame = load_layers(folder, version)[1]
    subset = frame[np.frombuffer(selection, dtype=bool)]
    return tl.weekly_counts(subset["start"].to_numpy(), subset["layer"].to_numpy())


try:
    if not STORE.has_layers():
        st.title("Corridor map")
        st.error(f"No layers in `{LAYERS_DIR}`. Build them first: `python -m geo build`."
                 if not SETTINGS.database_url else
                 "The database has no corridor-map schema yet: `python -m geo db init`, then `db load`.")
        st.stop()
    version = layers_version(LAYERS_DIR)
    layers, frame, load_messages = load_layers(LAYERS_DIR, version)
except GeoError as exc:
    st.title("Corridor map")
    st.error(f"The events cannot be read: {exc}")
    st.stop()
for message in load_messages:
    st.error(message)
if frame.empty:
    st.title("Corridor map")
    st.info(f"Nothing to show: the layers in `{LAYERS_DIR}` hold no readable feature.")
    st.stop()
first_day, last_day = tl.span(frame["start"], frame["end"])
options = {f: sorted(v for v in frame[f].unique() if v) for f in FILTERS}


# --- state: from the URL on a session's first run, then from the widgets --------------------

def state_from_url():
    """Set the widgets' initial values from the query string (a shared view)."""
    q = st.query_params
    st.session_state.date = tl.clamp(tl.parse_date(q.get("date"), last_day), first_day, last_day)
    st.session_state.window = tl.parse_window(q.get("window", "all"))
    chosen = [n for n in (q.get("layers") or ",".join(LAYERS)).split(",") if n in LAYERS]
    for name in LAYERS:
        st.session_state[f"layer_{name}"] = name in chosen
    for field in FILTERS:
        st.session_state[field] = [v for v in q.get_all(field) if v in options[field]]
    naming = q.get("naming", "international")
    st.session_state.naming = naming if naming in mapview.CONVENTIONS else "international"


def state_to_url(day, window, shown_layers):
    """Write the view into the query string so that the URL can be shared."""
    params = {"date": day.isoformat(), "layers": ",".join(shown_layers), "window": window}
    params.update({f: st.session_state[f] for f in FILTERS if st.session_state[f]})
    if st.session_state.naming != "international":
        params["naming"] = st.session_state.naming
    st.query_params.from_dict(params)


if "url_read" not in st.session_state:
    state_from_url()
    st.session_state.url_read = True
for key, value in st.session_state.pop("pending", {}).items():     # set by play / search
    st.session_state[key] = value
st.session_state.date = tl.clamp(st.session_state.date, first_day, last_day)


def move_map(centre, zoom):
    """Ask the map to move there, even if it was asked to go to the same view before.

    streamlit-folium moves the map only when ``center`` or ``zoom`` differ from
    what it last received; after the user has panned away, the same request
    would do nothing. Alternating a 1e-7° nudge (about a centimetre) makes every
    request new, while a rerun that requests nothing sends the same view again
    and leaves the user's pan and zoom alone.
    """
    st.session_state.view_requests = st.session_state.get("view_requests", 0) + 1
    nudge = 1e-7 * (st.session_state.view_requests % 2)
    st.session_state.view = ((centre[0] + nudge, centre[1]), zoom)


def step(dates, direction):
    """Jump the slider to the previous or next date on which something changes."""
    move = tl.next_date if direction > 0 else tl.previous_date
    target = move(dates, st.session_state.date)
    if target is not None:
        st.session_state.date = target


def search_place():
    """Geocode the search box with the project's gazetteer and fly there."""
    query = st.session_state.place_query.strip()
    st.session_state.pop("search_error", None)
    if not query:
        st.session_state.pop("fly_to", None)
        return
    from geo.errors import GeoError, PlaceNotFound
    try:
        match = load_gazetteer().resolve(query)
    except PlaceNotFound as exc:
        hint = f" Did you mean {', '.join(exc.suggestions)}?" if exc.suggestions else ""
        st.session_state.search_error = f"No place called “{query}” in the gazetteer.{hint}"
        return
    except GeoError as exc:
        st.session_state.search_error = f"The gazetteer could not be loaded: {exc}"
        return
    place = match.place
    st.session_state.fly_to = (place.lat, place.lon, place.label_for(st.session_state.naming))
    move_map((place.lat, place.lon), 12)


# --- sidebar: date, window, layers, filters, search, names ----------------------------------

with st.sidebar:
    st.header("Corridor map")
    selection = np.ones(len(frame), dtype=bool)                      # filters except time
    for field in FILTERS:
        if st.session_state.get(field):
            selection &= frame[field].isin(st.session_state[field]).to_numpy()
    shown_layers = [n for n in LAYERS if st.session_state.get(f"layer_{n}", True)]
    selection &= frame["layer"].isin(shown_layers).to_numpy()
    dates = tl.change_dates(frame["start"].to_numpy()[selection], frame["end"].to_numpy()[selection])

    day = st.slider("Date", min_value=first_day, max_value=last_day, key="date", format="D MMM YYYY",
                    help="The map shows what was in force on this day, and the point events "
                         "of the window before it.")
    prev_col, next_col = st.columns(2)
    prev_col.button("◀ Previous", on_click=step, args=(dates, -1), width="stretch", key="prev",
                    help="Jump to the previous date on which something changes")
    next_col.button("Next ▶", on_click=step, args=(dates, 1), width="stretch", key="next",
                    help="Jump to the next date on which something changes")
    st.toggle("Play", key="playing", help="Step to the next event date on its own, "
              f"every {PLAY_SECONDS:g} s")
    window = st.segmented_control("Point events from the last", options=list(tl.WINDOWS),
                                  format_func=tl.WINDOW_LABELS.get, key="window", required=True,
                                  help="Shelling reports and other one-day events shown with the date; "
                                       "routes and checkpoints show while they are in force.")
    window = window or tl.DEFAULT_WINDOW

    st.subheader("Layers")
    for name in LAYERS:
        st.checkbox(mapview.LAYER_TITLES[name], key=f"layer_{name}")
    with st.expander("Filters", expanded=any(st.session_state.get(f) for f in FILTERS)):
        for field, label in FILTERS.items():
            st.multiselect(label, options[field], key=field, placeholder="all")

    st.subheader("Place")
    st.text_input("Find a place and fly to it", key="place_query", on_change=search_place,
                  placeholder="e.g. Lachin, Khankendi, Hakari Bridge")
    if st.session_state.get("search_error"):
        st.warning(st.session_state.search_error)
    st.button("Fit the map to what is shown", key="fit", width="stretch",
              on_click=lambda: st.session_state.update(fit_requested=True),
              help="The map opens on the corridor; this brings in every feature shown now "
                   "(Ganja, Barda, Yevlakh… lie outside that first view).")
    st.radio("Place names", list(mapview.CONVENTIONS), format_func=mapview.CONVENTIONS.get,
             key="naming", help="Contested places: Stepanakert or Khankendi, Shushi or Shusha.")
    tiles = st.toggle("Base map tiles (needs internet)", value=True, key="tiles")

# --- what is shown on this day -------------------------------------------------------------

window_days = tl.WINDOWS[window]
start, end = frame["start"].to_numpy(), frame["end"].to_numpy()
windowed = tl.windowed_events(start, end, frame["layer"].to_numpy())
shown = selection & tl.active(start, end, day, window_days, windowed)
index = np.flatnonzero(shown)
visible = frame.iloc[index]
alpha = tl.opacity(start[index], end[index], day, window_days, windowed[index])
texts = load_popups(LAYERS_DIR, version, st.session_state.naming)
state_to_url(day, window, shown_layers)

when = f"{day.day} {day.strftime('%B %Y')}"
span_text = "everything so far" if window_days is None else \
    ("that day" if window_days == 1 else f"the last {window_days} days")
st.title("Lachin corridor map")
st.caption(f"As of **{when}**: routes and checkpoints in force that day, point events from {span_text}. "
           "Click a feature for its date, place, claim and source.")

notices = st.container()               # always there, so that the map below keeps its place
if assets.missing():
    notices.warning("The map's browser files are not installed, so it needs internet to draw. "
               "Run `python -m geo.assets` once.")

counts = st.columns(len(LAYERS))
for column, name in zip(counts, LAYERS):
    in_layer = (frame["layer"] == name).to_numpy()
    column.metric(mapview.LAYER_TITLES[name], f"{int((shown & in_layer).sum())} shown",
                  f"of {int((selection & in_layer).sum())} filtered · {int(in_layer.sum())} in all",
                  delta_color="off", delta_arrow="off")

# --- the map: one base map, the day's layers swapped in -------------------------------------

groups = mapview.feature_groups(visible, alpha, texts.take(index))
fly_to = st.session_state.get("fly_to")
if fly_to:
    groups.append(mapview.search_marker(*fly_to))
if st.session_state.pop("fit_requested", False):
    fitted = mapview.fit_view(visible["coords"])
    if fitted:
        move_map(*fitted)
    else:
        st.toast("Nothing is shown on the map to fit to.")
view = st.session_state.get("view")          # unchanged between reruns, so the user's pan and zoom stay
st_folium(mapview.base_map(tiles=tiles, image_path=assets.LEAFLET_IMAGES, legend_pairs=legend_pairs(LAYERS_DIR, version)), key="map", height=600,
          use_container_width=True, returned_objects=[], feature_group_to_add=groups,
          center=view[0] if view else None, zoom=view[1] if view else None)

# --- timeline and table ---------------------------------------------------------------------

def weekly_chart_spec(day):
    """Stacked weekly bars by layer, with the current date as a dashed rule.

    A plain Vega-Lite spec: building it with Altair costs ~100 ms per rerun (schema validation).
    """
    return {
        "height": 180,
        "layer": [
            {"mark": {"type": "bar", "tooltip": True},
             "encoding": {
                 "x": {"field": "week", "type": "temporal", "title": None, "axis": {"format": "%b %Y"}},
                 "y": {"field": "events", "type": "quantitative", "stack": True, "title": "events per week"},
                 "color": {"field": "layer", "type": "nominal",
                           "scale": {"domain": list(LAYER_COLOURS), "range": list(LAYER_COLOURS.values())},
                           "legend": {"orient": "top", "title": None}}}},
            {"data": {"values": [{"day": day.isoformat()}]},
             "mark": {"type": "rule", "color": "black", "strokeWidth": 2, "strokeDash": [4, 3]},
             "encoding": {"x": {"field": "day", "type": "temporal"}}},
        ],
    }


st.subheader("Events per week")
weekly = weekly_counts(LAYERS_DIR, version, selection.tobytes())
if weekly.empty:
    st.info("No events match the filters.")
else:
    st.vega_lite_chart(weekly, weekly_chart_spec(day), width="stretch")

st.subheader(f"On the map now ({len(visible)})")
table = pd.DataFrame({
    "start": visible["start_date"], "end": visible["end_date"], "layer": visible["layer"],
    "kind": visible["kind"], "status": visible["status"],
    "place": mapview.place_labels(visible, st.session_state.naming),
    "claimed by": visible["claimed_by"], "description": visible["description"],
    "source": visible["source"], "link": visible["source_url"].replace("", None),
})
st.dataframe(table, hide_index=True, width="stretch",
             column_config={"link": st.column_config.LinkColumn("link", display_text="open")})

# --- downloads of what is shown --------------------------------------------------------------

st.subheader("Download what is shown")
shown_ids = set(visible["id"])


def shown_layers_frames():
    """The original layers restricted to the features on the map now."""
    return {name: layer[layer["id"].isin(shown_ids)] for name, layer in layers.items()}


def export(fmt):
    """A callable for a deferred download: the export runs only when clicked."""
    def make():
        from geo.export import export_bytes
        return export_bytes(shown_layers_frames(), fmt)[1]
    return make


stamp = day.isoformat()
downloads = [("GeoJSON (zip)", "geojson", f"corridor-map-{stamp}-geojson.zip", "application/zip"),
             ("CSV", "csv", f"corridor-map-{stamp}.csv", "text/csv"),
             ("GeoPackage", "gpkg", f"corridor-map-{stamp}.gpkg", "application/geopackage+sqlite3"),
             ("QGIS project + GeoPackage (zip)", "qgis", f"corridor-map-{stamp}-qgis.zip",
              "application/zip")]
for column, (label, fmt, filename, mime) in zip(st.columns(len(downloads)), downloads):
    column.download_button(label, data=export(fmt), file_name=filename, mime=mime, key=f"dl_{fmt}",
                           on_click="ignore", width="stretch")
st.caption("The QGIS zip holds a GeoPackage and a project: unzip both into one folder and open the "
           "project; its Temporal Controller steps through the same dates as the slider.")

# --- play: advance to the next event date on its own -----------------------------------------

if st.session_state.get("playing"):
    time.sleep(PLAY_SECONDS)
    upcoming = tl.next_date(dates, day)
    st.session_state.pending = {"date": upcoming} if upcoming else {"playing": False}
    st.rerun()
