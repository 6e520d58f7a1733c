"""Review extracted candidates and save the accepted ones into the curated data.

The "Add report" page shows the candidates of :mod:`geo.extract` in an editable
table; this module holds everything behind it, so that the page stays thin and
the saving rules are tested without a browser:

* :func:`review_rows` turns candidates into table rows, flagging those that
  duplicate an event already in the data (same layer, a place within a few
  kilometres, same start date);
* :func:`rows_to_events` turns the accepted rows into events with stable ids,
  and checks each one the way the build does (schema and geocoding), so that
  the user sees every problem with its row before anything is written;
* :func:`save_events` adds events to ``data/events.csv`` under a file lock,
  validates the whole file as ``python -m geo build`` would, writes it and
  rebuilds ``layers/``, all or nothing. Two people saving at the same time
  both get their events in: the second waits for the lock and then reads the
  file the first one wrote.
"""

import hashlib
import math
import re
from pathlib import Path

from filelock import FileLock, Timeout

from . import atomic, settings
from .errors import DataError, GeoError, PlaceNotFound
from .events import FIELDS, read_events, validate_event, waypoints, write_events
from .gazetteer import distance_km, load_gazetteer
from .names import display_key

PROJECT_DIR = settings.PROJECT_DIR
DEFAULT_EVENTS = PROJECT_DIR / "data" / "events.csv"
DEFAULT_LAYERS = PROJECT_DIR / "layers"
DUPLICATE_KM = 5.0
LOCK_TIMEOUT_S = 60
_CANDIDATE_ID = re.compile(r"^x-[0-9a-f]{10}$")
REVIEW_COLUMNS = ("accept", "duplicate_of", "layer", "kind", "status", "place", "start_date", "end_date",
                  "date_precision", "date_certain", "geo_precision", "claimed_by", "description", "quote",
                  "place_label", "match", "id")


class SaveError(GeoError):
    """Saving failed; nothing was written. ``problems`` lists every row at fault."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems) if self.problems else "nothing to save")


# -- duplicates ------------------------------------------------------------------------------

def _points(event, gazetteer):
    points = []
    for name in waypoints(event):
        try:
            place = gazetteer.resolve(name).place
        except PlaceNotFound:
            continue
        points.append((place.lat, place.lon))
    return points


def existing_index(events, gazetteer):
    """Existing events with their coordinates, for duplicate checks.

    Parameters
    ----------
    events : list of dict
        Curated events (e.g. from :func:`geo.events.read_events`, without line numbers).

    Returns
    -------
    list of (dict, list of (lat, lon))
    """
    return [(e, _points(e, gazetteer)) for e in events]


def find_duplicates(candidate, index, km=DUPLICATE_KM):
    """Ids of existing events that the candidate repeats.

    Same layer, same start date, and some place of one within ``km`` of some
    place of the other (corridors compare every waypoint).
    """
    coords = [(lat, lon) for lon, lat in candidate.get("coordinates", [])]
    found = []
    for event, points in index:
        if event["layer"] != candidate["layer"] or event["start_date"] != candidate["start_date"]:
            continue
        if any(distance_km(a[0], a[1], b[0], b[1]) <= km for a in coords for b in points):
            found.append(event["id"])
    return found


def review_rows(candidates, existing=(), gazetteer=None, km=DUPLICATE_KM):
    """Table rows for the reviewer, one per candidate.

    Parameters
    ----------
    candidates : list of dict
        From :func:`geo.extract.extract_text` (or the properties of its features).
    existing : list of dict
        Events already in the data, to flag duplicates.
    gazetteer : geo.gazetteer.Gazetteer, optional

    Returns
    -------
    list of dict
        With the columns of ``REVIEW_COLUMNS``; ``accept`` is True unless the
        candidate duplicates an existing event or is a bare mention.
    """
    gazetteer = gazetteer or load_gazetteer()
    index = existing_index(list(existing), gazetteer)
    rows = []
    for c in candidates:
        duplicates = find_duplicates(c, index, km)
        row = {k: c.get(k, "") for k in REVIEW_COLUMNS if k not in ("accept", "duplicate_of")}
        row["date_certain"] = bool(c.get("date_certain"))
        row["duplicate_of"] = ", ".join(duplicates)
        row["accept"] = not duplicates and c.get("kind") != "mention"
        row["lat"], row["lon"] = (c["coordinates"][0][1], c["coordinates"][0][0]) if c.get("coordinates") \
            else (math.nan, math.nan)
        rows.append(row)
    return rows


# -- rows -> events --------------------------------------------------------------------------

def _slug(text):
    return "-".join(display_key(text).split())[:40] or "place"


def make_id(row, taken=()):
    """A stable, readable id: layer, place, date and a short hash of the quote and claim."""
    first = waypoints(row)[0] if row.get("place", "").strip() else "place"
    digest = hashlib.sha1("|".join(str(row.get(k, "")) for k in ("place", "layer", "kind", "start_date",
                                                                  "claimed_by", "quote"))
                          .encode("utf-8")).hexdigest()[:6]
    base = f"x-{row.get('layer', 'other')}-{_slug(first)}-{row.get('start_date', '')}-{digest}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def rows_to_events(rows, source, source_url="", gazetteer=None, taken_ids=()):
    """Turn the accepted review rows into events, checking each like the build does.

    Parameters
    ----------
    rows : list of dict
        The reviewed table; rows whose ``accept`` is false are skipped.
    source : str
        The outlet (and title), copied into every event.
    source_url : str
        Link to the article, or empty.
    gazetteer : geo.gazetteer.Gazetteer, optional
    taken_ids : iterable of str
        Ids already in use.

    Returns
    -------
    (list of dict, list of str)
        The events, and the problems found, each naming its table row
        ("row 3: field 'place': a corridor needs at least two waypoints ...").
    """
    gazetteer = gazetteer or load_gazetteer()
    events, problems = [], []
    taken = set(taken_ids)
    for number, row in enumerate(rows, start=1):
        if not _truthy(row.get("accept")):
            continue
        event = {f: _text(row.get(f)) for f in FIELDS}
        event["source"] = _text(source) or event["source"]
        event["source_url"] = _text(source_url) or event["source_url"]
        if not event["claimed_by"] and event["source"]:
            event["claimed_by"] = event["source"]      # nobody named: the outlet reports it
        if not event["end_date"] and event["layer"] in ("shelling", "other") and event["start_date"]:
            event["end_date"] = event["start_date"]    # a point event ends the day it starts
        if not event["description"]:
            event["description"] = f"{event['kind']} at {event['place']}"
        if not event["id"] or _CANDIDATE_ID.match(event["id"]) or event["id"] in taken:
            event["id"] = make_id(event, taken)       # a readable id instead of the candidate's hash
        try:
            event = validate_event(event, "review table", f"row {number}")
            _check_places(event, gazetteer, number)
        except DataError as exc:
            problems.append(f"row {number}: {exc.message if exc.field is None else _field_message(exc)}")
            continue
        taken.add(event["id"])
        events.append(event)
    return events, problems


def _field_message(exc):
    return f"field '{exc.field}': {exc.message}"


def _check_places(event, gazetteer, number):
    for name in waypoints(event):
        try:
            gazetteer.resolve(name)
        except PlaceNotFound as exc:
            raise DataError("review table", f"row {number}", "place", str(exc)) from None


def _text(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()[:10]
    return str(value).strip()


def _truthy(value):
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "x")
    return bool(value) and not (isinstance(value, float) and math.isnan(value))


# -- saving ----------------------------------------------------------------------------------

def save_events(new_events, events_csv=DEFAULT_EVENTS, layers_dir=DEFAULT_LAYERS, gazetteer=None,
                timeout=LOCK_TIMEOUT_S):
    """Add events to the curated CSV and rebuild the layers, all or nothing.

    Under a lock file beside the CSV: read the current file, give any new
    event whose id is taken a fresh one, validate and geocode the whole
    merged set exactly as ``python -m geo build`` does, then write the CSV
    (atomically) and the layers. If writing the layers fails, the
    previous CSV is put back.

    Parameters
    ----------
    new_events : list of dict
        Events with the :data:`geo.events.FIELDS` (see :func:`rows_to_events`).
    events_csv, layers_dir : path
        Default: the project's ``data/events.csv`` and ``layers/``.
    gazetteer : geo.gazetteer.Gazetteer, optional
    timeout : float
        Seconds to wait for another save to finish.

    Returns
    -------
    list of str
        The ids saved (possibly renamed to avoid a clash).

    Raises
    ------
    SaveError
        With every problem found (nothing written), or when the lock could not be had.
    """
    from .layers import build_layers, write_layers

    if not new_events:
        raise SaveError(["no accepted events to save"])
    events_csv, layers_dir = Path(events_csv), Path(layers_dir)
    gazetteer = gazetteer or load_gazetteer()
    lock = FileLock(str(events_csv) + ".lock")
    try:
        with lock.acquire(timeout=timeout):
            try:
                current = read_events(events_csv) if events_csv.exists() else []
            except DataError as exc:
                raise SaveError([f"the curated data is broken, fix it first: {exc}"]) from None
            taken = {e["id"] for _, e in current}
            merged = [e for _, e in current]
            saved = []
            for event in new_events:
                event = dict(event)
                if event["id"] in taken:
                    event["id"] = make_id(event, taken)
                taken.add(event["id"])
                merged.append(event)
                saved.append(event["id"])
            problems, numbered, seen = [], [], {}
            for line, event in enumerate(merged, start=2):
                try:
                    numbered.append((line, validate_event(event, events_csv, line, seen)))
                except DataError as exc:
                    problems.append(str(exc))
            if problems:
                raise SaveError(problems)
            try:
                layers = build_layers(numbered, gazetteer, str(events_csv))
            except DataError as exc:
                raise SaveError([str(exc)]) from None
            backup = events_csv.read_bytes() if events_csv.exists() else None
            events_csv.parent.mkdir(parents=True, exist_ok=True)
            write_events(events_csv, [e for _, e in numbered])
            try:
                write_layers(layers, layers_dir)
            except BaseException:
                if backup is None:
                    events_csv.unlink(missing_ok=True)
                else:
                    atomic.write_bytes(events_csv, backup)
                raise
            return saved
    except Timeout:
        raise SaveError([f"another save is still running ({events_csv}.lock); try again"]) from None
