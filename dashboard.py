"""Corridor map: the Lachin corridor, checkpoints, shelling reports and other events, stepped through in time.

Run ``streamlit run dashboard.py``. The page reads the built layers
(``layers/*.geojson``, made by ``python -m geo build``; another folder with the
``CORRIDOR_MAP_LAYERS`` environment variable), or the team's PostGIS database
when ``CORRIDOR_MAP_DATABASE`` is set (see ``geo.store``), and shows them as of one day:
routes and checkpoints while they are in force, point events of the chosen
window; points placed only to a district or region are drawn as areas. Date,
layers, window and filters (with ``precision``) live in the URL
(``?date=2022-08-29&layers=corridors,checkpoints&window=7``), so a view can
be shared. The map, with its date slider, Previous/Next, Play and window, is a
component that steps in the browser (``geo.timemap``); it tells the page the
date when the user pauses, and the counts, table and URL follow (only that part
of the page runs again, a fragment: the sidebar stays as it is). This file is
only the page; the logic is in ``geo.timeline`` (what is shown when),
``geo.mapview`` (the map's data) and ``geo.styles`` (how it looks).
"""

import hashlib

import numpy as np
import pandas as pd
import streamlit as st

from geo import assets, basemap, first_paint, mapslice, mapview, settings, styles
from geo import timeline as tl
from geo.errors import GeoError
from geo.store import memory, open_store
from geo.timemap import timemap, weekly_args

SETTINGS = settings.get()
LAYERS_DIR = SETTINGS.layers_dir
GAZETTEER_CSV = SETTINGS.gazetteer_csv
STORE = open_store(SETTINGS.database_url, SETTINGS.events_csv, LAYERS_DIR)
MAPDATA_DIR = assets.MAPDATA_DIR
LAYERS = mapview.LAYER_ORDER
FILTERS = {"kind": "Kind", "claimed_by": "Claimed by", "source": "Source"}
PRECISIONS = ("site", "town", "district", "region")        # most precise first; region = everything
LAYER_COLOURS = {name: styles.LAYERS[name].colour for name in LAYERS}
# A database holding more features than the browser is sent is never read whole: the page asks it
# for counts, the events per week, the dates, the day's rows and the map's slices. There the filters offer a
# field's most frequent values, and the table lists what is in force and the latest reports.
OPTION_LIMIT = 1_000
TABLE_LIMIT = 20_000
# The table lists at most this many of the features shown (what is in force, then the latest reports): it is
# sent again at every pause, and beyond a thousand rows a download serves better (100,000 events: 1,760 rows,
# 270 kB a pause; 1,000,000: 17,450 rows, 2.5 MB)
TABLE_ROWS = 1_000
# The table's columns whose values repeat: sent as categories (each value once, then small codes),
# a third fewer bytes per date report (at 100,000 events, 7 days: 455 -> 291 kB).
REPEATED = ("start", "end", "layer", "kind", "status", "place", "claimed by", "source")

st.set_page_config(page_title="Corridor map", page_icon=":world_map:", layout="wide")
st.markdown("<style>.block-container{padding-top:2.2rem;padding-bottom:1rem}"
            "h1{font-size:1.6rem !important;padding:0 0 .2rem 0 !important}</style>", unsafe_allow_html=True)


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


@st.cache_resource(show_spinner=False)
def load_gazetteer():
    """The project's offline geocoder (place search)."""
    from geo.gazetteer import load_gazetteer as load
    return load(GAZETTEER_CSV)


@st.cache_resource(show_spinner=False, max_entries=2)
def place_labels(stamp=None):
    """The base map's place labels, biggest places first (empty if the gazetteer cannot load).

    ``stamp``: the gazetteer supplement's (:func:`geo.first_paint.gazetteer_stamp`), so that
    labels made from an edited supplement are made again.
    """
    return basemap.gazetteer_labels(GAZETTEER_CSV)


def labels_now():
    """:func:`place_labels` of the gazetteer supplement as it is now."""
    return place_labels(first_paint.gazetteer_stamp(GAZETTEER_CSV))


@st.cache_resource(show_spinner=False, max_entries=64)
def map_data(folder, version, selection, sliced=None):
    """Write the features of the filter mask ``selection`` (bytes) for the browser; the file's name.

    ``sliced``: the mask (bytes) of a slice of dates (:mod:`geo.mapslice`) when the
    filtered features are too many to send at once; Previous/Next still know every date.
    """
    frame = load_layers(folder, version)[1]
    chosen = np.frombuffer(selection, dtype=bool)
    span = data_facts(folder, version)[:2]
    dates = None
    if sliced is not None:
        dates = tl.change_dates(frame["start"].to_numpy()[chosen], frame["end"].to_numpy()[chosen])
        chosen = chosen & np.frombuffer(sliced, dtype=bool)
    stamp = first_paint.gazetteer_stamp(GAZETTEER_CSV)
    name = mapview.write_payload(mapview.payload(frame[chosen], place_labels(stamp), span, dates=dates), MAPDATA_DIR)
    if sliced is None and chosen.all() and not load_layers(folder, version)[2]:
        # the default view, read without a problem to show: the next cold start paints it at once
        first_paint.remember(folder, version[1], stamp, name, span, len(frame))
    return name


def kept_slice(key, count, day, window, make):
    """The map's features file and its slice of dates (None: every feature fits under the limit).

    ``key`` names the filters, ``count`` is how many features they keep and
    ``make(day, window)`` gives (file, :class:`geo.mapslice.Slice`) of the
    slice around a day. The session keeps its slice while the date stays in it
    (and the window is not longer), so that stepping inside it and pausing sends
    the map nothing new.
    """
    if count <= SETTINGS.browser_features:
        st.session_state.pop("map_slice", None)
        return None
    kept = st.session_state.get("map_slice")
    if kept and kept[0] == key and kept[2].first <= day <= kept[2].last and mapslice.covers(kept[2].window, window):
        return kept[1:]
    made = make(day, window)
    st.session_state.map_slice = (key, *made)
    return made


def memory_slice(selection):
    """:func:`kept_slice`'s ``make`` for the features in memory chosen by the mask ``selection``."""
    def make(day, window):
        chosen = slice_around(LAYERS_DIR, version, selection.tobytes(), day, window)
        return map_data(LAYERS_DIR, version, selection.tobytes(), chosen.mask.tobytes()), chosen
    return make


@st.cache_resource(show_spinner=False, max_entries=4)
def data_facts(folder, version):
    """What every run needs of the whole data, worked out once per version: the first and last
    day, the filters' options, the start and end days and which features follow the window."""
    frame = load_layers(folder, version)[1]
    first, last = tl.span(frame["start"], frame["end"])
    options = {f: sorted(v for v in frame[f].unique() if v) for f in FILTERS}
    start, end = frame["start"].to_numpy(), frame["end"].to_numpy()
    return first, last, options, start, end, tl.windowed_events(start, end, frame["layer"].to_numpy())


@st.cache_resource(show_spinner=False, max_entries=4)
def layer_masks(folder, version):
    """{layer: which features are of it}, for the counts (shared by every session: read only)."""
    layer = load_layers(folder, version)[1]["layer"].to_numpy()
    return {name: layer == name for name in LAYERS}


@st.cache_resource(show_spinner=False, max_entries=32)
def filtered(folder, version, filters):
    """The mask of the features the filters keep and its digest (shared by every session: read only)."""
    mask = memory.matching(load_layers(folder, version)[1], dict(filters))
    return mask, hashlib.sha1(mask.tobytes()).hexdigest()


@st.cache_resource(show_spinner=False, max_entries=64)
def slice_around(folder, version, selection, day, window):
    """The slice of dates around ``day`` of the features of ``selection`` (bytes): see
    :mod:`geo.mapslice`; the same for every session that opens on that day."""
    first, last, _, start, end, windowed = data_facts(folder, version)
    chosen = np.frombuffer(selection, dtype=bool)
    index = np.flatnonzero(chosen)
    part = mapslice.choose(start[index], end[index], windowed[index], day, window, SETTINGS.browser_features,
                           (first, last))
    mask = np.zeros(len(chosen), dtype=bool)
    mask[index[part.mask]] = True
    return mapslice.Slice(part.first, part.last, part.window, mask, part.dropped)


@st.cache_data
def weekly_counts(folder, version, selection):
    """Events per week and layer of the filtered features, as the map draws them above its slider
    (:func:`geo.timemap.weekly_args`: made once per data version and filters, not at every pause).

    ``selection`` is the filter mask as bytes (cheap to hash).
    """
    frame = load_layers(folder, version)[1]
    subset = frame[np.frombuffer(selection, dtype=bool)]
    return weekly_args(tl.weekly_counts(subset["start"].to_numpy(), subset["layer"].to_numpy()), LAYER_COLOURS)


# --- a big database: what the page needs, asked of the store (cached per version and filters) ---

def asked(question, *args):
    """A store query's answer; if the database fails meanwhile, a message and the page stops."""
    import psycopg
    try:
        return question(*args)
    except (GeoError, psycopg.Error) as exc:
        st.error(f"The database could not answer: {str(exc).strip().splitlines()[-1]}")
        st.stop()


@st.cache_resource(show_spinner="Reading the database…", max_entries=4)
def store_facts(version):
    """The data's span, its features per layer and the filters' choices (:meth:`facts`)."""
    return STORE.facts(OPTION_LIMIT)


@st.cache_resource(show_spinner=False, max_entries=16)
def store_filtered(version, filters):
    """{layer: features} the filters (a tuple of (field, values)) keep, and the dates something changes."""
    return STORE.counts(dict(filters)), STORE.change_dates(dict(filters))


@st.cache_resource(show_spinner=False, max_entries=16)
def store_weekly(version, filters):
    """:func:`weekly_counts` asked of the store."""
    return weekly_args(STORE.weekly_counts(dict(filters)), LAYER_COLOURS)


@st.cache_resource(show_spinner=False, max_entries=16)
def store_map_data(version, filters):
    """The map's features file of every feature the filters keep (they fit under the limit)."""
    facts = store_facts(version)
    frame = mapview.combine(STORE.read_shown(dict(filters)))
    return mapview.write_payload(mapview.payload(frame, labels_now(), (facts.first, facts.last)), MAPDATA_DIR)


def store_slice(filters):
    """:func:`kept_slice`'s ``make`` for a database: the slice's span from counts, then its rows."""
    def make(day, window):
        return store_slice_around(version, filters, day, window)
    return make


@st.cache_resource(show_spinner=False, max_entries=64)
def store_slice_around(version, filters, day, window):
    """(features file, :class:`geo.mapslice.Slice`) of the slice around ``day`` (see :mod:`geo.mapslice`)."""
    facts, limit = store_facts(version), SETTINGS.browser_features
    kept = dict(filters)
    (first, last), count = mapslice.choose_span(lambda spans, days: STORE.count_spans(kept, spans, days),
                                                day, window, limit, (facts.first, facts.last))
    layers = STORE.read_shown(kept, (first, last), tl.WINDOWS[window], limit=None if count <= limit else limit)
    frame = mapview.combine(layers)
    data = mapview.payload(frame, labels_now(), (facts.first, facts.last), dates=store_filtered(version, filters)[1])
    return (mapview.write_payload(data, MAPDATA_DIR),
            mapslice.Slice(first, last, window, None, count - len(frame)))


@st.cache_resource(show_spinner=False, max_entries=32)
def store_shown(version, filters, day, window):
    """{layer: features shown} on the day, and the table of them (in force, then the latest reports)."""
    span, days = (day, day), tl.WINDOWS[window]
    return (STORE.counts(dict(filters), span, days),
            mapview.combine(STORE.read_shown(dict(filters), span, days, limit=TABLE_LIMIT)))


def opening_paint():
    """The remembered first paint (:mod:`geo.first_paint`) when this run only draws the map of the
    default view: a session's first run, on files, with every layer and no filter in the URL."""
    q = st.query_params
    default = (not any(q.get_all(field) for field in FILTERS) and q.get("precision", "region") == "region"
               and set((q.get("layers") or ",".join(LAYERS)).split(",")) >= set(LAYERS))
    if "url_read" in st.session_state or SETTINGS.database_url or not default or assets.missing():
        return None
    return first_paint.lookup(LAYERS_DIR, version[1], MAPDATA_DIR)


try:
    if not STORE.has_layers():
        st.title("Corridor map")
        st.error(f"No layers in `{LAYERS_DIR}`. Build them first: `python -m geo build`."
                 if not SETTINGS.database_url else
                 "The database has no corridor-map schema yet: `python -m geo db init`, then `db load`.")
        st.stop()
    version = layers_version(LAYERS_DIR)
    BIG = bool(SETTINGS.database_url) and asked(store_facts, version).total > SETTINGS.browser_features
    PAINT = opening_paint()
    if BIG:
        facts = store_facts(version)
        first_day, last_day, options = facts.first, facts.last, facts.options
    elif PAINT:
        first_day, last_day, options = PAINT.first, PAINT.last, {field: [] for field in FILTERS}
    else:
        layers, frame, load_messages = load_layers(LAYERS_DIR, version)
except GeoError as exc:
    st.title("Corridor map")
    st.error(f"The events cannot be read: {exc}")
    st.stop()
if not BIG and not PAINT:
    for message in load_messages:
        st.error(message)
    if frame.empty:
        st.title("Corridor map")
        st.info(f"Nothing to show: the layers in `{LAYERS_DIR}` hold no readable feature.")
        st.stop()
    first_day, last_day, options, start, end, windowed = data_facts(LAYERS_DIR, version)


# --- state: from the URL on a session's first run, then from the map and the widgets ---------

def state_from_url():
    """Set the initial view from the query string (a shared view); a date outside the data is clamped."""
    q = st.query_params
    asked = tl.parse_date(q.get("date"), last_day)
    st.session_state.date = tl.clamp(asked, first_day, last_day)
    if asked != st.session_state.date:
        st.session_state.date_notice = (f"There is no data for {asked:%-d %b %Y}: the map shows "
                                        f"{st.session_state.date:%-d %b %Y}, the "
                                        f"{'first' if asked < first_day else 'last'} day with data.")
    st.session_state.window = tl.parse_window(q.get("window", "all"))
    chosen = [n for n in (q.get("layers") or ",".join(LAYERS)).split(",") if n in LAYERS]
    for name in LAYERS:
        st.session_state[f"layer_{name}"] = name in chosen
    for field in FILTERS:
        st.session_state[field] = [v for v in q.get_all(field) if v in options[field]]
    precision = q.get("precision", "region")
    st.session_state.precision = precision if precision in PRECISIONS else "region"
    naming = q.get("naming", "international")
    st.session_state.naming = naming if naming in mapview.CONVENTIONS else "international"
    st.session_state.day_seq = st.session_state.get("day_seq", 0) + 1


def state_to_url(day, window, shown_layers):
    """Write the view into the query string so that the URL can be shared."""
    params = {"date": day.isoformat(), "layers": ",".join(shown_layers), "window": window}
    params.update({f: st.session_state[f] for f in FILTERS if st.session_state[f]})
    if st.session_state.precision != "region":
        params["precision"] = st.session_state.precision
    if st.session_state.naming != "international":
        params["naming"] = st.session_state.naming
    st.query_params.from_dict(params)


def follow_the_map():
    """Take the date and window the user stopped on in the map (reported by the component)."""
    value = st.session_state.get("map")
    if not value or value == st.session_state.get("map_taken"):
        return
    st.session_state.map_taken = value
    day = tl.clamp(tl.parse_date(value.get("date"), st.session_state.date), first_day, last_day)
    if day != st.session_state.date:                 # the user moved: a notice on the opening date is stale
        st.session_state.pop("date_notice", None)
    st.session_state.date = day
    st.session_state.window = tl.parse_window(value.get("window") or st.session_state.window)


if "url_read" not in st.session_state:
    state_from_url()
    st.session_state.url_read = True
follow_the_map()
st.session_state.date = tl.clamp(st.session_state.date, first_day, last_day)


def search_place():
    """Geocode the search box with the project's gazetteer: a ring there and the map on it."""
    query = st.session_state.place_query.strip()
    st.session_state.pop("search_error", None)
    st.session_state.pop("search", None)               # a failed or empty search leaves no old ring
    if not query:
        return
    from geo.errors import AmbiguousPlace, GeoError, PlaceNotFound
    try:
        match = load_gazetteer().resolve(query)
    except AmbiguousPlace as exc:
        st.session_state.search_error = (f"“{query}” names places far apart: {' or '.join(exc.suggestions)}. "
                                         "Which one? Add its district or country after a comma.")
        return
    except PlaceNotFound as exc:
        hint = f" Did you mean {', '.join(exc.suggestions)}?" if exc.suggestions else ""
        st.session_state.search_error = f"No place called “{query}” in the gazetteer.{hint}"
        return
    except GeoError as exc:
        st.session_state.search_error = f"The gazetteer could not be loaded: {exc}"
        return
    place = match.place
    st.session_state.search_seq = st.session_state.get("search_seq", 0) + 1
    st.session_state.search = {"lat": place.lat, "lon": place.lon, "seq": st.session_state.search_seq,
                               "label": place.label_for(st.session_state.naming)}


def request_fit():
    st.session_state.fit_seq = st.session_state.get("fit_seq", 0) + 1


# --- the filters (their widgets are in the sidebar, drawn after the map) ----------------------

shown_layers = [n for n in LAYERS if st.session_state.get(f"layer_{n}", True)]
filters = {"layer": tuple(shown_layers)}                          # filters except time
filters.update({field: tuple(st.session_state[field]) for field in FILTERS if st.session_state.get(field)})
if st.session_state.get("precision", "region") != "region":
    filters["geo_precision"] = PRECISIONS[:PRECISIONS.index(st.session_state.precision) + 1]
filters = tuple(filters.items())
if not BIG and not PAINT:
    selection, selection_digest = filtered(LAYERS_DIR, version, filters)


# --- the page: the title, the map and what follows its date (a fragment), the sidebar ---------

st.title("Lachin corridor map")
if assets.missing():
    st.warning("The map's browser files are not installed, so the map cannot draw. "
               "Run `python -m geo.assets` once.")
# whether this run draws the whole page (it does unless the map has yet to draw and report)
st.session_state.page_drawn = st.session_state.get("map") is not None or assets.missing()


def layer_frames(mask):
    """The original layers restricted to the features of ``mask`` (rows of the table in memory),
    read when a download is clicked."""
    def read():
        ids = set(frame.loc[mask, "id"])
        return {name: layer[layer["id"].isin(ids)] for name, layer in layers.items()}
    return read


def export(fmt, read):
    """A callable for a deferred download: the layers are read and exported only when clicked."""
    def make():
        from geo.export import export_bytes
        return export_bytes(read(), fmt)[1]
    return make


FORMATS = [("QGIS project + GeoPackage (zip)", "qgis", "-qgis.zip", "application/zip"),
           ("GeoPackage", "gpkg", ".gpkg", "application/geopackage+sqlite3"),
           ("GeoJSON (zip)", "geojson", "-geojson.zip", "application/zip"),
           ("CSV", "csv", ".csv", "text/csv")]


@st.fragment
def follows_the_date():
    """The map (with the events per week), and what follows the date it shows: URL, counts, table, downloads.

    A Streamlit fragment: when the map reports the date the user paused on, only this part
    runs again and is sent again, not the sidebar's widgets (the rerun comes while the user may
    be stepping on, on the same browser thread as the map). The map's first report and new data
    rerun the whole page.
    """
    follow_the_map()
    if (st.session_state.get("map") is not None and not st.session_state.page_drawn) \
            or asked(layers_version, LAYERS_DIR) != version:
        st.rerun(scope="app")
    day, window = st.session_state.date, st.session_state.window
    window_days = tl.WINDOWS[window]
    state_to_url(day, window, shown_layers)
    if st.session_state.get("date_notice"):
        st.info(st.session_state.date_notice)

    # the map: features sent once per filter set, stepped in the browser
    if BIG:
        filtered_counts = asked(store_filtered, version, filters)[0]
        sliced = asked(kept_slice, (version, filters), sum(filtered_counts.values()), day, window, store_slice(filters))
        data = asked(store_map_data, version, filters) if sliced is None else sliced[0]
    elif PAINT:                          # this run draws only the map (it stops below): nothing read yet
        sliced, data = None, PAINT.payload
    else:
        sliced = kept_slice((version, selection_digest), int(selection.sum()), day, window,
                            memory_slice(selection))
        data = map_data(LAYERS_DIR, version, selection.tobytes(), None) if sliced is None else sliced[0]
    if not (MAPDATA_DIR / data).exists():
        # a cached name whose file the sweep of old map files removed (write_payload keeps the latest
        # few): write the map's files again rather than send the browser a name it cannot load
        for made in (map_data, store_map_data, store_slice_around):
            made.clear()
        st.session_state.pop("map_slice", None)
        st.rerun()
    # the events per week, drawn by the map above its slider (none on a first run: nothing is read)
    weekly = None if PAINT else \
        asked(store_weekly, version, filters) if BIG else weekly_counts(LAYERS_DIR, version, selection.tobytes())
    timemap(data, day, window, sliced=None if sliced is None else sliced[1].args(),
            weekly=weekly,
            day_seq=st.session_state.day_seq, naming=st.session_state.naming, tiles=st.session_state.get("tiles", True),
            fit_seq=st.session_state.get("fit_seq", 0), search=st.session_state.get("search"),
            key="map")
    if PAINT and st.session_state.get("map") is not None:
        st.rerun(scope="app")            # a tab reconnecting to a new session: its map has drawn, the page follows

    # The map paints first: on a session's first run the rest of the page (sidebar, counts,
    # table, downloads) waits until the map has drawn and reported its date, so that the browser's
    # one thread and this machine's cores go to the map (the report reruns the whole page at once).
    if st.session_state.get("map") is None and not assets.missing():
        st.caption("The controls, the counts, the timeline, the table of what is shown and the downloads "
                   "follow once the map is drawn.")
        st.stop()

    if BIG:
        shown_counts, visible = asked(store_shown, version, filters, day, window)
        totals = facts.totals
    else:
        shown = selection & tl.active(start, end, day, window_days, windowed)
        visible = frame.iloc[np.flatnonzero(shown)]
        in_layers = layer_masks(LAYERS_DIR, version)
        shown_counts = {name: int((shown & in_layer).sum()) for name, in_layer in in_layers.items()}
        filtered_counts = {name: int((selection & in_layer).sum()) for name, in_layer in in_layers.items()}
        totals = {name: int(in_layer.sum()) for name, in_layer in in_layers.items()}

    span_text = "everything so far" if window_days is None else \
        ("that day" if window_days == 1 else f"the last {window_days} days")
    st.caption(f"Below: **{day.day} {day:%B %Y}**, routes and checkpoints in force that day, point events from "
               f"{span_text}. Click a feature on the map for its date, place, claim and source.")
    counts = st.columns(len(LAYERS))
    for column, name in zip(counts, LAYERS):
        column.metric(mapview.LAYER_TITLES[name], f"{shown_counts[name]} shown",
                      f"of {filtered_counts[name]} filtered · {totals[name]} in all",
                      delta_color="off", delta_arrow="off")

    if weekly is not None and not weekly["weeks"]:
        st.info("No events match the filters.")

    shown_total = sum(shown_counts.values())
    st.subheader(f"On the map now ({shown_total})")
    visible = tl.listed(visible, TABLE_ROWS)
    if len(visible) < shown_total:
        st.caption(f"Listed: what is in force and the latest reports, {len(visible):,} of {shown_total:,} "
                   "(the downloads below hold them all).")
    table = pd.DataFrame({
        "start": visible["start_date"], "end": visible["end_date"], "layer": visible["layer"],
        "kind": visible["kind"], "status": visible["status"],
        "place": mapview.place_labels(visible, st.session_state.naming),
        "claimed by": visible["claimed_by"], "description": visible["description"],
        "source": visible["source"], "link": visible["source_url"].replace("", None),
    }).astype({column: "category" for column in REPEATED})
    st.dataframe(table, hide_index=True, width="stretch",
                 column_config={"link": st.column_config.LinkColumn("link", display_text="open")})

    # the downloads: what is shown, or the whole timeline
    st.subheader("Download")
    if BIG:
        timeline_layers = lambda: STORE.read_shown(dict(filters))                                  # noqa: E731
        shown_layers_now = lambda: STORE.read_shown(dict(filters), (day, day), window_days)        # noqa: E731
    else:
        timeline_layers, shown_layers_now = layer_frames(selection), layer_frames(shown)
    filtered_total = sum(filtered_counts.values())
    whole, now = st.columns(2)
    with whole:
        st.markdown(f"**The whole timeline** ({filtered_total} features, every date, with the filters)")
        for label, fmt, suffix, mime in FORMATS:
            st.download_button(label, data=export(fmt, timeline_layers), file_name=f"corridor-map-timeline{suffix}",
                               mime=mime, key=f"dl_all_{fmt}", on_click="ignore", width="stretch")
        st.caption("The QGIS zip holds a GeoPackage and a project with every date: unzip both into one folder "
                   "and open the project; its Temporal Controller steps through the same dates as the map.")
    with now:
        st.markdown(f"**What is shown on {day:%-d %b %Y}** ({shown_total} features)")
        for label, fmt, suffix, mime in FORMATS:
            st.download_button(label, data=export(fmt, shown_layers_now), file_name=f"corridor-map-{day.isoformat()}{suffix}",
                               mime=mime, key=f"dl_{fmt}", on_click="ignore", width="stretch")
        st.caption("Only the features on the map on that day, for the window chosen.")


# --- sidebar: layers, filters, search, names, tiles -----------------------------------------

def sidebar():
    """The controls: layers, filters, place search, fit, naming, tiles (a change reruns the page)."""
    with st.sidebar:
        st.header("Corridor map")
        st.subheader("Layers")
        for name in LAYERS:
            st.checkbox(mapview.LAYER_TITLES[name], key=f"layer_{name}")
        with st.expander("Filters", expanded=any(st.session_state.get(f) for f in FILTERS)
                         or st.session_state.get("precision", "region") != "region"):
            for field, label in FILTERS.items():
                st.multiselect(label, options[field], key=field, placeholder="all")
            st.select_slider("Precise to at least", PRECISIONS, key="precision",
                             help="How exactly a report is placed: a site, a town, only a district (drawn as an "
                                  "area of about 15 km) or only a region (about 50 km). 'region' shows everything.")

        st.subheader("Place")
        st.text_input("Find a place and fly to it", key="place_query", on_change=search_place,
                      placeholder="e.g. Lachin, Khankendi, Hakari Bridge")
        if st.session_state.get("search_error"):
            st.warning(st.session_state.search_error)
        st.button("Fit the map to what is shown", key="fit", width="stretch", on_click=request_fit,
                  help="The map opens on the corridor; this brings in every feature shown now "
                       "(Ganja, Barda, Yevlakh… lie outside that first view).")
        st.radio("Place names", list(mapview.CONVENTIONS), format_func=mapview.CONVENTIONS.get,
                 key="naming", help="Contested places: Stepanakert or Khankendi, Shushi or Shusha.")
        st.toggle("Online base tiles", value=True, key="tiles",
                  help="OpenStreetMap tiles under the offline base map (borders, rivers, places); "
                       "they need internet.")


# The sidebar's deltas go before the map's part; on a session's first run there is only the map.
if st.session_state.page_drawn:
    sidebar()
follows_the_date()
