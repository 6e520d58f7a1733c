"""Add report: paste or upload a news article, review the events found in it, save them.

The page reads top to bottom as the user works: the article and where it comes
from; the candidate events in an editable table (accept or reject each, fix
the place, date, layer, kind or who claims it) beside a small map; then Save,
which adds the accepted events to the store (validated like the build): by
default ``data/events.csv``, under a lock, rebuilding ``layers/`` so the main
map shows them; with ``CORRIDOR_MAP_DATABASE`` set, the team's PostGIS
database, in one transaction.

The article is untrusted text. Nothing from it is rendered as HTML or
Markdown: the table and ``st.text`` show it as plain text, map tooltips are
escaped, and messages that may contain it are escaped before display. All
the logic is in ``geo.article``, ``geo.extract`` and ``geo.review``.

Paths can be changed with the environment variables ``CORRIDOR_MAP_EVENTS``
(the curated events CSV), ``CORRIDOR_MAP_LAYERS`` (the layer folder),
``CORRIDOR_MAP_GAZETTEER`` (the gazetteer supplement) and
``CORRIDOR_MAP_DATABASE`` (a ``postgresql://`` URL), as for the dashboard.
"""

import datetime as dt
import html
import re

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import assets, mapview, settings, styles
from geo.article import MAX_BYTES, article_text
from geo.errors import GeoError
from geo.events import DATE_PRECISIONS, GEO_PRECISIONS, LAYERS, STATUSES, waypoints
from geo.extract import extract_text
from geo.review import SaveError, review_rows, rows_to_events
from geo.store import open_store

SETTINGS = settings.get()
EVENTS_CSV = SETTINGS.events_csv
LAYERS_DIR = SETTINGS.layers_dir
GAZETTEER_CSV = SETTINGS.gazetteer_csv
EDITABLE = ("accept", "layer", "kind", "status", "place", "start_date", "end_date", "date_precision",
            "geo_precision", "claimed_by", "description")

st.set_page_config(page_title="Add report", page_icon=":newspaper:", layout="wide")
assets.use_local_assets()


@st.cache_resource(show_spinner="Loading the gazetteer…")
def load_gazetteer():
    """The offline gazetteer (built once, then read from its cache)."""
    from geo.gazetteer import load_gazetteer as load
    return load(GAZETTEER_CSV)


def store():
    """Where reports are saved: the team's database when configured, else the curated CSV."""
    return open_store(SETTINGS.database_url, EVENTS_CSV, LAYERS_DIR, load_gazetteer())


def plain(text):
    """Escape Markdown so that untrusted text is shown as typed (no links, images or HTML)."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$])", r"\\\1", str(text))


def existing_events():
    """The events now in the store (empty when the file is missing or broken, or the database down)."""
    try:
        return store().read_events()
    except GeoError as exc:
        st.warning("The curated events cannot be read; duplicates cannot be checked: " + plain(exc))
        return []


def located(rows, gazetteer):
    """(row number, row, [(lat, lon), ...]) of each accepted row whose places resolve."""
    out, unresolved = [], []
    for number, row in enumerate(rows, start=1):
        if not row.get("accept"):
            continue
        points = []
        for name in waypoints({"place": str(row.get("place") or "")}):
            try:
                place = gazetteer.resolve(name).place
                points.append((place.lat, place.lon))
            except GeoError:
                unresolved.append(f"row {number}: {name}")
        if points:
            out.append((number, row, points))
    return out, unresolved


def candidate_map(items, tiles=False):
    """A small folium map of the accepted candidates; tooltips are escaped text."""
    m = folium.Map(location=(39.8, 46.6), zoom_start=7, tiles=mapview.TILES_URL if tiles else None,
                   attr=mapview.TILES_ATTRIBUTION, max_zoom=19, prefer_canvas=True, control_scale=True)
    bounds = []
    for number, row, points in items:
        label = f"{number}. {row.get('layer')}/{row.get('kind')}: {row.get('place')} ({row.get('start_date')})"
        tip = html.escape(label).replace("_", "&#95;")
        colour = styles.feature_colour(row.get("layer"), row.get("kind"), row.get("status") or "")
        if row.get("layer") == "corridors" and len(points) > 1:
            folium.PolyLine(points, color=colour, weight=4, tooltip=tip).add_to(m)
        for lat, lon in points:
            folium.CircleMarker((lat, lon), radius=6, color=colour, fill=True, fill_opacity=0.8,
                                tooltip=tip).add_to(m)
        bounds.extend(points)
    nearby = [p for p in bounds if 38 <= p[0] <= 42 and 44 <= p[1] <= 51]   # a meeting in Moscow: not the view
    bounds = nearby or bounds
    if bounds:
        lats, lons = [p[0] for p in bounds], [p[1] for p in bounds]
        m.fit_bounds([(min(lats) - 0.05, min(lons) - 0.05), (max(lats) + 0.05, max(lons) + 0.05)])
    return m


# --- 1. the article --------------------------------------------------------------------------

st.title("Add report")
st.caption("Paste a news article or upload a .txt/.html file, give its publication date and outlet, "
           "and review the events found in it before they go on the map.")

with st.form("article"):
    pasted = st.text_area("Article text", height=220, placeholder="Paste the article here…",
                          help="Plain text or HTML; page furniture (menus, share buttons, related links) is removed.")
    upload = st.file_uploader("…or upload a file", type=["txt", "html", "htm"])
    c1, c2, c3 = st.columns([1, 2, 3])
    published = c1.date_input("Published", value=dt.date.today(), min_value=dt.date(1988, 1, 1),
                              max_value=dt.date.today(), format="YYYY-MM-DD")
    outlet = c2.text_input("Outlet", placeholder="e.g. RFE/RL", help="Saved as the events' source.")
    url = c3.text_input("URL", placeholder="https://…")
    run = st.form_submit_button("Extract events", type="primary")

if run:
    st.session_state.pop("saved", None)
    try:
        if upload is not None:
            if upload.size > MAX_BYTES:
                raise GeoError(f"the file is too large ({upload.size / 1e6:.1f} MB; the limit is "
                               f"{MAX_BYTES / 1e6:.0f} MB)")
            text = article_text(upload.getvalue(), source=upload.name)
        else:
            text = article_text(pasted, source="the pasted text")
        gazetteer = load_gazetteer()
        candidates = extract_text(text, published, gazetteer, source=outlet.strip())
        st.session_state["report_article"] = {"text": text, "published": published.isoformat()}
        st.session_state["rows"] = review_rows(candidates, existing_events(), gazetteer)
        st.session_state["editor_version"] = st.session_state.get("editor_version", 0) + 1
    except GeoError as exc:
        st.session_state.pop("rows", None)
        st.error("The article could not be read: " + plain(exc))

if st.session_state.get("saved"):
    saved = st.session_state["saved"]
    st.success(f"Saved {len(saved.ids)} event(s); the map shows them.")
    st.text("\n".join(saved.ids))
    if saved.existing:
        st.info(f"{len(saved.existing)} event(s) were saved before "
                "(same place, layer, kind, day, claimant and source) and were not added again.")
    if saved.skipped:
        st.warning("Not saved:")
        st.text("\n".join(f"{event.get('id') or event.get('place')}: {why}" for event, why in saved.skipped))

rows = st.session_state.get("rows")
if rows is None:
    st.stop()

# --- 2. review -------------------------------------------------------------------------------

st.subheader("Candidate events")
if not rows:
    st.info("No places of Armenia, Azerbaijan or Nagorno-Karabakh were found in this article.")
    st.stop()

duplicates = sum(1 for r in rows if r["duplicate_of"])
st.caption(f"{len(rows)} candidates. Untick what is wrong, fix place, dates, layer, kind or who claims it. "
           "A corridor needs its waypoints in order, separated by ';' (e.g. Goris;Lachin;Stepanakert).")
if duplicates:
    st.warning(f"{duplicates} candidate(s) repeat an event already on the map (same layer, a place within "
               "a few km, same date): they are unticked; see the 'duplicate_of' column.")

frame = pd.DataFrame(rows).drop(columns=["lat", "lon"], errors="ignore")
edited = st.data_editor(
    frame,
    key=f"editor-{st.session_state.get('editor_version', 0)}",
    hide_index=True,
    width="stretch",
    num_rows="fixed",
    disabled=[c for c in frame.columns if c not in EDITABLE],
    column_order=["accept", "duplicate_of", "layer", "kind", "status", "place", "start_date", "end_date",
                  "date_precision", "date_certain", "geo_precision", "claimed_by", "quote", "description",
                  "place_label", "match", "id"],
    column_config={
        "accept": st.column_config.CheckboxColumn("accept", help="Save this event"),
        "duplicate_of": st.column_config.TextColumn("duplicate of", help="Existing events it repeats"),
        "layer": st.column_config.SelectboxColumn("layer", options=list(LAYERS), required=True),
        "status": st.column_config.SelectboxColumn("status", options=list(STATUSES)),
        "place": st.column_config.TextColumn("place", help="As reported; corridor waypoints ';'-separated"),
        "start_date": st.column_config.TextColumn("start", help="YYYY-MM-DD"),
        "end_date": st.column_config.TextColumn("end", help="YYYY-MM-DD, empty while it lasts"),
        "date_precision": st.column_config.SelectboxColumn("date precision", options=list(DATE_PRECISIONS)),
        "date_certain": st.column_config.CheckboxColumn(
            "date stated", help="False: the text gives no date, the publication date is used"),
        "geo_precision": st.column_config.SelectboxColumn("geo precision", options=list(GEO_PRECISIONS)),
        "claimed_by": st.column_config.TextColumn("claimed by", help="Empty: the outlet"),
        "quote": st.column_config.TextColumn("quote", width="large"),
    },
)
edited_rows = edited.to_dict("records")

# --- 3. map ----------------------------------------------------------------------------------

gazetteer = load_gazetteer()
items, unresolved = located(edited_rows, gazetteer)
use_tiles = st.toggle("Map tiles (needs internet)", value=False)
st_folium(candidate_map(items, use_tiles), key="candidates-map", height=380, use_container_width=True,
          returned_objects=[])
if unresolved:
    st.warning("Not found in the gazetteer (fix the spelling): " + plain(", ".join(unresolved)))

# --- 4. save ---------------------------------------------------------------------------------

accepted = sum(1 for r in edited_rows if r.get("accept"))
if st.button(f"Save {accepted} accepted event(s)", type="primary", disabled=not accepted):
    if not outlet.strip():
        st.error("Give the outlet first: it is saved as the events' source.")
    else:
        events, problems = rows_to_events(edited_rows, outlet, url, gazetteer)
        if problems:
            st.error("Nothing was saved. Fix these rows (or untick them):")
            st.text("\n".join(problems))
        else:
            try:
                result = store().add_events(events)
            except SaveError as exc:
                st.error("Nothing was saved:")
                st.text("\n".join(exc.problems))
            else:
                st.session_state["saved"] = result
                st.session_state.pop("rows", None)
                st.rerun()
