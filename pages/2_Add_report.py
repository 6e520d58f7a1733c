"""Add report: paste or upload a news article, review the events found in it, save them.

The page reads top to bottom as the user works: the article and where it comes
from; the candidate events in an editable table (accept or reject each, fix
the place, date, layer, kind or who claims it) beside a small map fitted to
all of them, where places outside Armenia/Azerbaijan are ringed; then Save,
which adds the valid accepted events to the store (validated like the build;
invalid rows skipped with their reason, events already stored not added
twice): by default ``data/events.csv``, under a lock, rebuilding ``layers/`` so
the main map shows them; with ``CORRIDOR_MAP_DATABASE`` set, the team's PostGIS
database, in one transaction. Every failure is a message; nothing is
half-written. The "Review queue" view does the same for the candidates that
``python -m geo ingest`` queued from a folder of articles (``geo.queue``):
filtered, ticked in batches, saved or rejected, after which they leave the
queue file. For each place, the gazetteer's ranked candidates
with their scores are listed: the reviewer may pick another or type coordinates
and record the correction in the gazetteer supplement with its source.

The article is untrusted text. Nothing from it is rendered as HTML or
Markdown: the table and ``st.text`` show it as plain text, map tooltips are
escaped, and messages that may contain it are escaped before display. All
the logic is in ``geo.article``, ``geo.extract``, ``geo.review`` and ``geo.reviewmap``.

Paths can be changed with the environment variables ``CORRIDOR_MAP_EVENTS``
(the curated events CSV), ``CORRIDOR_MAP_LAYERS`` (the layer folder),
``CORRIDOR_MAP_GAZETTEER`` (the gazetteer supplement) and
``CORRIDOR_MAP_DATABASE`` (a ``postgresql://`` URL), as for the dashboard.
"""

import datetime as dt
import re

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import assets, mapview, queue, settings
from geo.article import MAX_BYTES, article_text
from geo.corrections import choice_label, correction_row, place_choices, save_correction
from geo.errors import GeoError
from geo.events import DATE_PRECISIONS, GEO_PRECISIONS, LAYERS, STATUSES, waypoints
from geo.extract import extract_text
from geo.review import SaveError, approximate, check_rows, review_rows
from geo.reviewmap import candidate_map, locate_rows
from geo.store import natural_key, open_store

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


# --- the review queue of a folder of articles (logic in geo.queue) ----------------------------

def _retick(keys):
    """Tick exactly the candidates of ``keys`` (all shown, or none) and redraw the table."""
    st.session_state["queue_ticked"] = set(keys)
    st.session_state["queue_version"] = st.session_state.get("queue_version", 0) + 1


def queue_view():
    """Work through a review queue: filter, tick, save or reject; both leave the queue file."""
    state = st.session_state
    st.caption("Open the review queue written by `python -m geo ingest FOLDER`, tick candidates, and save "
               "them or reject them. Saved and rejected candidates leave the queue file, so the next "
               "session goes on where this one stopped.")
    c1, c2 = st.columns(2)
    path = c1.text_input("Queue file (or its folder)", key="queue_path", placeholder="…/review-queue.json")
    upload = c2.file_uploader("…or upload one", type=["json"], key="queue_upload")
    if state.get("queue_saved"):
        show_outcome(state["queue_saved"])
    if state.get("queue_note"):
        st.info(state["queue_note"])
    try:
        if upload is not None:
            source, loaded = None, queue.parse(upload.getvalue(), upload.name)
        elif path.strip():
            source, loaded = queue.resolve(path.strip()), queue.load(path.strip())
        else:
            return
    except GeoError as exc:
        st.error("The queue cannot be opened: " + plain(exc))
        return
    removed = state.setdefault(f"queue_removed_{upload.name}", set()) if source is None else set()
    candidates = [c for c in loaded["candidates"] if queue.key(c) not in removed]
    if not candidates:
        st.info("The queue is empty: every candidate was saved or rejected.")
        return

    f = st.columns(4)
    chosen = {field: f[i].multiselect(field.replace("_", " "), queue.options(candidates, field),
                                      key=f"queue_{field}", placeholder="all")
              for i, field in enumerate(queue.FILTERS)}
    text = f[3].text_input("Text", key="queue_text", placeholder="place, quote, source…")
    order = st.radio("Confidence", ["highest first", "lowest first"], horizontal=True, key="queue_order")
    shown = queue.select(candidates, **chosen, text=text, descending=order == "highest first")
    table = pd.DataFrame(queue.rows(shown, accepted=state.get("queue_ticked", ())), columns=list(queue.COLUMNS))
    b1, b2, _ = st.columns([1, 1, 4])
    b1.button("Tick all shown", key="queue_all", on_click=_retick, args=([queue.key(c) for c in shown],))
    b2.button("Untick all", key="queue_none", on_click=_retick, args=((),))
    st.caption(f"{len(shown)} of {len(candidates)} candidates shown.")
    if source is None and removed:
        st.download_button("Download the rest of the queue", queue.dump(loaded, removed), file_name=upload.name,
                           mime="application/json", help="An uploaded queue cannot be rewritten in place: keep "
                                                         "this file to go on with it next time.")
    filters = repr((sorted(chosen.items()), text, order))
    edited = st.data_editor(
        table, key=f"queue-editor-{state.get('queue_version', 0)}-{abs(hash(filters))}", hide_index=True,
        width="stretch", num_rows="fixed", disabled=[c for c in table.columns if c != "accept"],
        column_config={"accept": st.column_config.CheckboxColumn("tick", help="Save or reject this one"),
                       "confidence": st.column_config.NumberColumn("confidence", format="%.2f"),
                       "quote": st.column_config.TextColumn("quote", width="large"),
                       "key": None})
    ticked = [c for c, tick in zip(shown, edited["accept"].tolist()) if tick]
    s1, s2, _ = st.columns([1, 1, 3])
    save = s1.button(f"Save {len(ticked)} ticked", type="primary", disabled=not ticked, key="queue_save")
    reject = s2.button(f"Reject {len(ticked)} ticked", disabled=not ticked, key="queue_reject")
    if not (save or reject):
        return
    state.pop("queue_saved", None)
    if reject:
        gone, note = [queue.key(c) for c in ticked], f"{len(ticked)} candidate(s) rejected."
    else:
        checked = queue.to_events(ticked, load_gazetteer())
        events = [(c, e) for c, e, _ in checked if e is not None]
        problems = [f"{c.get('place')} ({c.get('start_date')}): {why}" for c, _, why in checked if why]
        try:
            result = store().add_events([e for _, e in events]) if events else None
        except (SaveError, GeoError) as exc:           # nothing was written
            st.error("Nothing was saved:")
            st.text("\n".join(getattr(exc, "problems", None) or [str(exc)]))
            return
        left = {natural_key(e) for e, _ in result.skipped} if result else set()
        gone = [queue.key(c) for c, e in events if natural_key(e) not in left]
        if result:
            state["queue_saved"] = save_outcome(result, problems)
        else:
            state["queue_saved"] = {"added": [], "existing": [], "skipped": problems}
        note = ("Candidates that could not be saved stay in the queue." if problems or left else "")
    try:
        if source is not None:
            remaining = queue.remove(source, gone)
            note += f" {remaining} candidate(s) left in {source.name}."
        else:
            removed.update(gone)
    except (GeoError, OSError) as exc:
        note += f" The queue file could not be rewritten ({exc}); those candidates are still in it."
    state["queue_note"] = note.strip()
    _retick(())
    st.rerun()


def save_outcome(result, skipped=()):
    """What a store save did, as the page shows it (``skipped``: problems found before the save)."""
    return {
        "added": result.ids,
        "existing": [f"{event.get('place')} ({event.get('start_date')}): stored as {known}"
                     for event, known in result.existing],
        "skipped": list(skipped) + [f"{event.get('place') or event.get('id')}: {why}"
                                    for event, why in result.skipped]}


def show_outcome(outcome):
    if outcome["added"]:
        st.success(f"Saved {len(outcome['added'])} event(s); the map shows them.")
        st.text("\n".join(outcome["added"]))
    if outcome["existing"]:
        st.info(f"{len(outcome['existing'])} event(s) were already there (same place, layer, kind, day, "
                "claimant and source) and were not added again:")
        st.text("\n".join(outcome["existing"]))
    if outcome["skipped"]:
        st.warning(f"{len(outcome['skipped'])} row(s) were skipped:")
        st.text("\n".join(outcome["skipped"]))


# --- 1. the article --------------------------------------------------------------------------

st.title("Add report")
view = st.radio("Work on", ["One article", "Review queue"], horizontal=True, key="view",
                help="Review queue: the candidates that `python -m geo ingest FOLDER` found in a folder "
                     "of articles.")
if view == "Review queue":
    queue_view()
    st.stop()
st.caption("Paste a news article or upload a .txt/.html file, give its publication date and outlet, "
           "and review the events found in it before they go on the map.")

with st.form("article"):
    pasted = st.text_area("Article text", height=220, placeholder="Paste the article here…",
                          help="Plain text or HTML; page furniture (menus, share buttons, related links) is removed.")
    # The widget states and enforces the article limit itself (its default says 200 MB);
    # the size check below stays for a file between its megabyte and ours.
    upload = st.file_uploader("…or upload a file", type=["txt", "html", "htm"],
                              max_upload_size=round(MAX_BYTES / 1e6))
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
    show_outcome(st.session_state["saved"])

rows = st.session_state.get("rows")
if rows is None:
    st.stop()

# --- 2. review -------------------------------------------------------------------------------

st.subheader("Candidate events")
if not rows:
    st.info("No places of Armenia, Azerbaijan or Nagorno-Karabakh were found in this article.")
    st.stop()

duplicates = sum(1 for r in rows if r["duplicate_of"])
far = sum(1 for r in rows if r["outside"])
st.caption(f"{len(rows)} candidates. Untick what is wrong, fix place, dates, layer, kind or who claims it. "
           "A corridor needs its waypoints in order, separated by ';' (e.g. Goris;Lachin;Stepanakert).")
if duplicates:
    st.warning(f"{duplicates} candidate(s) repeat an event already on the map (same layer, a place within "
               "a few km, same date): they are unticked; see the 'duplicate_of' column.")

if far:
    st.warning(f"{far} candidate(s) lie outside Armenia and Azerbaijan (see the 'outside' column and the "
               "orange rings on the map): check the place; those on the map layers are unticked.")

frame = pd.DataFrame(rows).drop(columns=["lat", "lon"], errors="ignore")
edited = st.data_editor(
    frame,
    key=f"editor-{st.session_state.get('editor_version', 0)}",
    hide_index=True,
    width="stretch",
    num_rows="fixed",
    disabled=[c for c in frame.columns if c not in EDITABLE],
    column_order=["accept", "outside", "problem", "duplicate_of", "layer", "kind", "status", "place", "start_date", "end_date",
                  "date_precision", "date_certain", "geo_precision", "claimed_by", "quote", "description",
                  "place_label", "match", "id"],
    column_config={
        "accept": st.column_config.CheckboxColumn("accept", help="Save this event"),
        "duplicate_of": st.column_config.TextColumn("duplicate of", help="Existing events it repeats"),
        "outside": st.column_config.TextColumn("outside the region",
                                               help="Places outside Armenia/Azerbaijan: check the place"),
        "problem": st.column_config.TextColumn("problem", help="Why the row, as extracted, would be skipped"),
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

# --- 2b. where each place was put ------------------------------------------------------------


def place_review(rows, gazetteer):
    """Per place of the accepted candidates (and of the villages the extractor could only put at their
    district), the gazetteer's ranked candidates with their scores; the
    reviewer may pick another or type coordinates, and save the correction to the supplement with its
    source (``geo.corrections``)."""
    names = list(dict.fromkeys(name for r in rows if r.get("accept") or approximate(r)
                               for name in waypoints({"place": str(r.get("place") or "")})))
    if not names:
        return
    st.subheader("Where each place was put")
    name = st.selectbox("Place as written", names, key="fix-name")
    choices = place_choices(name, gazetteer)
    if choices:
        st.dataframe(pd.DataFrame([{"candidate": c["label"], "country": c["country"], "how": c["how"],
                                    "score": c["score"], "source": c["source"],
                                    "outside region": c["outside_region"], "lat": round(c["lat"], 5),
                                    "lon": round(c["lon"], 5)} for c in choices]),
                     hide_index=True, key="fix-candidates")
        if choices[0]["note"]:
            st.caption(f"First: {choices[0]['note']}; the others are listed below it.")
    else:
        st.info("The gazetteer knows no place of that name: type its coordinates below.")
    typed = "type coordinates…"
    # a village the extractor could only put at its district: the gazetteer's close spellings are other
    # places, so the reviewer types its coordinates, starting from the district's point
    at_district = {r["place"]: (r["lat"], r["lon"]) for r in st.session_state.get("rows") or () if approximate(r)}
    labels = [choice_label(c) for c in choices] + [typed]
    pick = st.selectbox("Put it at", labels, index=len(labels) - 1 if name in at_district else 0,
                        key=f"fix-choice-{name}")
    chosen = None if pick == typed else choices[labels.index(pick)]
    # the fields show the picked place's values: one set of widgets per pick, so they follow the choice
    suffix = "" if chosen is None else f"-{name}-{pick}"
    c1, c2, c3, c4 = st.columns(4)
    start = at_district.get(name, (39.8, 46.75))
    lat = c1.number_input("lat", -90.0, 90.0, value=chosen["lat"] if chosen else float(start[0]), format="%.5f",
                          key="fix-lat" + suffix, disabled=chosen is not None)
    lon = c2.number_input("lon", -180.0, 180.0, value=chosen["lon"] if chosen else float(start[1]), format="%.5f",
                          key="fix-lon" + suffix, disabled=chosen is not None)
    country = c3.text_input("country", value=chosen["country"] if chosen else "AZ",
                            key="fix-country" + suffix, disabled=chosen is not None)
    precisions = list(GEO_PRECISIONS)
    shown = chosen["precision"] if chosen and chosen["precision"] in precisions else "town"
    precision = c4.selectbox("precision", precisions, index=precisions.index(shown),
                             key="fix-precision" + suffix, disabled=chosen is not None)
    source = st.text_input("Source of the correction", key="fix-source",
                           placeholder="e.g. the article's map, a GeoNames or Wikipedia page")
    if st.button("Record this place in the gazetteer", key="fix-save"):
        try:
            row = correction_row(name, lat, lon, country, precision, source, chosen)
            place = save_correction(row, GAZETTEER_CSV)
        except GeoError as exc:
            st.error("The correction was not saved: " + plain(exc))
        else:
            load_gazetteer.clear()          # the supplement changed: the index is rebuilt on next use
            st.success(f"Saved: {plain(name)} is now {plain(place.label)} ({place.lat:.5f}, {place.lon:.5f}) "
                       f"in {plain(GAZETTEER_CSV.name)}. A row naming it can now be saved: tick it above.")


place_review(edited_rows, load_gazetteer())

# --- 3. map and what saving would skip -----------------------------------------------------

gazetteer = load_gazetteer()
items, unresolved = locate_rows(edited_rows, gazetteer)
use_tiles = st.toggle("Map tiles (needs internet)", value=False)
st_folium(candidate_map(items, mapview.TILES_URL if use_tiles else None, mapview.TILES_ATTRIBUTION),
          key="candidates-map", height=380, use_container_width=True, returned_objects=[])
if unresolved:
    st.warning("Not placed (fix the spelling; a name of places far apart needs its district after a comma): "
               + plain("; ".join(unresolved)))
checked = check_rows(edited_rows, outlet or "the outlet", url, gazetteer)
invalid = [f"row {number}: {problem}" for number, _, problem in checked if problem]
if invalid:
    st.warning(f"{len(invalid)} ticked row(s) cannot be saved as they are and will be skipped "
               "(fix them or untick them):")
    st.text("\n".join(invalid))

# --- 4. save ---------------------------------------------------------------------------------

events = [event for _, event, _ in checked if event is not None]
if st.button(f"Save {len(events)} valid event(s)", type="primary", disabled=not events):
    if not outlet.strip():
        st.error("Give the outlet first: it is saved as the events' source.")
    else:
        checked = check_rows(edited_rows, outlet, url, gazetteer)
        try:
            result = store().add_events([e for _, e, _ in checked if e is not None])
        except (SaveError, GeoError) as exc:           # nothing was written
            st.error("Nothing was saved:")
            st.text("\n".join(getattr(exc, "problems", None) or [str(exc)]))
        else:
            st.session_state["saved"] = save_outcome(result, [f"row {n}: {why}" for n, _, why in checked if why])
            if result.added or result.existing:
                st.session_state.pop("rows", None)
            st.rerun()
