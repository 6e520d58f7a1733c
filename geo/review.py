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
* :func:`save_events` is the one way events are added (the page, and any
  store wrapped around it): under a file lock it skips invalid events with
  their reason, recognises events already stored (idempotent saves), writes
  ``data/events.csv`` and rebuilds ``layers/``, all or nothing, and returns a
  :class:`SaveResult`. Two people saving at the same time both get their
  events in: the second waits for the lock and then reads the file the first
  one wrote.
"""

import hashlib
import math
import re
from pathlib import Path

from filelock import Timeout

from . import atomic, settings, sync
from .errors import DataError, GeoError, PlaceNotFound
from .events import FIELDS, csv_text, read_events, validate_event, waypoints
from .gazetteer import distance_km, load_gazetteer
from .names import display_key

PROJECT_DIR = settings.PROJECT_DIR
DEFAULT_EVENTS = PROJECT_DIR / "data" / "events.csv"
DEFAULT_LAYERS = PROJECT_DIR / "layers"
DUPLICATE_KM = 5.0
LOCK_TIMEOUT_S = 60
_CANDIDATE_ID = re.compile(r"^x-[0-9a-f]{10}$")
REVIEW_COLUMNS = ("accept", "outside", "problem", "duplicate_of", "layer", "kind", "status", "place", "start_date",
                  "end_date", "date_precision", "date_certain", "geo_precision", "claimed_by", "description", "quote",
                  "place_label", "match", "id")
REGION_COUNTRIES = ("AM", "AZ")          # Nagorno-Karabakh and Nakhchivan are filed under AZ
# Armenia and Azerbaijan (with Nakhchivan) plus about 25 km: south, north, west, east in degrees
REGION_BOUNDS = (38.15, 42.15, 43.2, 50.9)


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


def outside_region(places):
    """A note naming the places that lie outside Armenia and Azerbaijan, or ``""``.

    Parameters
    ----------
    places : iterable of (name, lat, lon, country)
        ``country`` an ISO code, or empty when unknown.

    A place is outside when its country is known and is neither Armenia nor
    Azerbaijan, or when its coordinates fall beyond :data:`REGION_BOUNDS`
    (whatever the geocoder said: "the Hakari bridge" put in Hakkari, Turkey,
    is caught either way). Meetings abroad are flagged too: a flag asks the
    reviewer to look, it does not refuse the row.
    """
    south, north, west, east = REGION_BOUNDS
    far = []
    for name, lat, lon, country in places:
        country = (country or "").strip().upper()
        if (country and country not in REGION_COUNTRIES) or not (south <= lat <= north and west <= lon <= east):
            far.append(f"{name} ({country})" if country else f"{name} ({lat:.2f}, {lon:.2f})")
    return "outside Armenia/Azerbaijan: " + ", ".join(far) if far else ""


def _candidate_places(candidate):
    coords = candidate.get("coordinates") or []
    names = waypoints({"place": str(candidate.get("place") or "")}) or [""]
    countries = str(candidate.get("country") or "").split(";")
    if len(countries) != len(coords):                  # one code per distinct country: not per waypoint
        countries = [countries[0] if len(set(countries)) == 1 else ""] * len(coords)
    return [(names[min(i, len(names) - 1)], lat, lon, countries[i]) for i, (lon, lat) in enumerate(coords)]


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
        With the columns of ``REVIEW_COLUMNS``: ``outside`` names places
        outside the region (:func:`outside_region`), ``problem`` says why the
        row could not be saved as it is (:func:`check_rows`; saving skips it
        and says why). ``accept`` is True unless the candidate duplicates an
        existing event, is a bare mention, puts a map feature outside the
        region, or is a village the extractor could only put at its district.
        A corridor named as such ("the Lachin corridor was closed") gets the
        waypoints of the road that corridor was on the event's day, so it can
        be saved as a line without retyping them.
    """
    gazetteer = gazetteer or load_gazetteer()
    index = existing_index(list(existing), gazetteer)
    rows = []
    for c in candidates:
        duplicates = find_duplicates(c, index, km)
        row = {k: c.get(k, "") for k in REVIEW_COLUMNS if k not in ("accept", "duplicate_of", "outside", "problem")}
        row["date_certain"] = bool(c.get("date_certain"))
        if row["layer"] == "corridors" and len(waypoints(row)) == 1 and c.get("road_place"):
            row["place"] = c["road_place"]     # "the Lachin corridor": the road it was that day, waypoints in order
        row["duplicate_of"] = ", ".join(duplicates)
        row["outside"] = outside_region(_candidate_places(c))
        row["problem"] = check_rows([dict(row, accept=True)], c.get("source") or "article", "", gazetteer)[0][2]
        row["accept"] = (not duplicates and c.get("kind") != "mention" and not approximate(c)
                         and not (row["outside"] and row["layer"] != "other"))
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


def check_rows(rows, source, source_url="", gazetteer=None, taken_ids=()):
    """Each accepted review row as an event, or the reason it cannot be saved.

    Parameters
    ----------
    rows : list of dict
        The reviewed table; rows whose ``accept`` is false are left out.
    source : str
        The outlet (and title), copied into every event.
    source_url : str
        Link to the article, or empty.
    gazetteer : geo.gazetteer.Gazetteer, optional
    taken_ids : iterable of str
        Ids already in use.

    Returns
    -------
    list of (int, dict or None, str)
        Per accepted row: its 1-based number in the table, the event (None
        when invalid), and the problem ("field 'place': a corridor needs at
        least two waypoints ...", empty when valid).
    """
    gazetteer = gazetteer or load_gazetteer()
    checked = []
    taken = set(taken_ids)
    for number, row in enumerate(rows, start=1):
        if not truthy(row.get("accept")):
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
        unknown = _unknown_villages(row, event, gazetteer)
        if unknown:
            checked.append((number, None, f"field 'place': the gazetteer does not know {', '.join(unknown)}: the "
                                          "map shows it at the area the article puts it in; record where it is "
                                          "(Where each place was put) before saving"))
            continue
        try:
            event = _checked(event, number, gazetteer)
        except DataError as exc:
            checked.append((number, None, _reason(exc)))
            continue
        taken.add(event["id"])
        checked.append((number, event, ""))
    return checked


def rows_to_events(rows, source, source_url="", gazetteer=None, taken_ids=()):
    """The accepted review rows as events, and the problems of those that are not valid.

    See :func:`check_rows` for the parameters.

    Returns
    -------
    (list of dict, list of str)
        The valid events, and the problems found, each naming its table row
        ("row 3: field 'place': a corridor needs at least two waypoints ...").
    """
    checked = check_rows(rows, source, source_url, gazetteer, taken_ids)
    return ([event for _, event, _ in checked if event is not None],
            [f"row {number}: {problem}" for number, _, problem in checked if problem])


def _field_message(exc):
    return f"field '{exc.field}': {exc.message}"


def _text(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()[:10]
    return str(value).strip()


def truthy(value):
    """Whether a table cell means "ticked" (True, "yes", "x", 1; not NaN or empty)."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "x")
    return bool(value) and not (isinstance(value, float) and math.isnan(value))


# -- saving ----------------------------------------------------------------------------------

def describe(event):
    """A short label of an event for messages: layer/kind, place and date."""
    return (f"{event.get('layer') or '?'}/{event.get('kind') or '?'} at {event.get('place') or '?'} "
            f"on {event.get('start_date') or '?'}")


def save_events(new_events, events_csv=DEFAULT_EVENTS, layers_dir=DEFAULT_LAYERS, gazetteer=None,
                timeout=LOCK_TIMEOUT_S, skip_invalid=True):
    """Add events to the curated data: the one entry point for "add events".

    :class:`geo.store.files.FileStore` wraps it as ``add_events``; the Add
    report page calls it. Under the lock of :func:`geo.sync.lock` (one save at
    a time; a second waits, then reads what the first wrote), each new event is

    * checked as ``python -m geo build`` would (schema, ``YYYY-MM-DD`` dates,
      places that must resolve): an invalid event makes the whole save a
      :class:`SaveError` listing every problem, or with ``skip_invalid`` is
      left out and reported in ``skipped`` with its reason while the valid
      ones are saved;
    * **already there** when an event with the same key
      (:func:`geo.store.natural_key`: place, layer, kind, day, claimant,
      source) is stored, so that a retry after a crash or a double click
      stores it once; so is a repeat of an earlier event of the same call;
    * otherwise **added**, under a fresh id if its id is taken.

    The CSV is then written by one atomic rename, and the layers rebuilt and
    stamped with the CSV's fingerprint (see :mod:`geo.sync`, which also says
    why a crash between the two cannot leave a stale map on show). If the
    layers cannot be written the previous CSV is put back. When nothing is
    added, nothing is written (stale layers are still brought up to date).

    Parameters
    ----------
    new_events : list of dict
        Events with the :data:`geo.events.FIELDS` (see :func:`rows_to_events`);
        an empty ``id`` gets one made from the event.
    events_csv, layers_dir : path
        Default: the project's ``data/events.csv`` and ``layers/``.
    gazetteer : geo.gazetteer.Gazetteer, optional
    timeout : float
        Seconds to wait for another save to finish.
    skip_invalid : bool
        Save the valid events and report the others instead of refusing all.

    Returns
    -------
    geo.store.SaveResult
        ``added``: the events written (with their final ids); ``existing``:
        ``(event, stored id)`` of events saved before or repeated within
        ``new_events``; ``skipped``: ``(event, reason)`` of the invalid
        events left out.

    Raises
    ------
    SaveError
        Nothing was written: no events given, an invalid event (without
        ``skip_invalid``), broken stored data, a road with two states on one
        day, the lock not had in time, or a file that could not be written
        (read-only folder, full disk).
    """
    from .layers import build_layers, write_layers
    from .store import SaveResult, natural_key

    if not new_events:
        raise SaveError(["no accepted events to save"])
    events_csv, layers_dir = Path(events_csv), Path(layers_dir)
    gazetteer = gazetteer or load_gazetteer()
    checked, problems, result = [], [], SaveResult()
    for number, event in enumerate(new_events, start=1):
        try:
            checked.append(_checked(event, number, gazetteer))
        except DataError as exc:
            problems.append(str(exc))
            result.skipped.append((event, _reason(exc)))
    if problems and not skip_invalid:
        raise SaveError(problems)
    try:
        with sync.lock(events_csv).acquire(timeout=timeout):
            for folder in (events_csv.parent, layers_dir):
                atomic.clean_stale_temps(folder)
            try:
                current = [e for _, e in read_events(events_csv)] if events_csv.exists() else []
            except DataError as exc:
                raise SaveError([f"the curated data is broken, fix it first: {exc}"]) from None
            stored = {natural_key(e): e["id"] for e in current}
            taken = {e["id"] for e in current}
            batch, added = {}, []
            for event in checked:
                key = natural_key(event)
                if key in stored:
                    result.existing.append((event, stored[key]))
                elif key in batch:
                    result.existing.append((event, batch[key]))
                else:
                    if event["id"] in taken:
                        event["id"] = make_id(event, taken)
                    batch[key] = event["id"]
                    taken.add(event["id"])
                    added.append(event)
            if not added:
                if sync.stale(layers_dir) is not None:
                    sync.rebuild(events_csv, layers_dir, gazetteer)
                return result
            # both parts are validated already (read_events, _checked) and their ids are distinct
            numbered = list(enumerate(current + added, start=2))
            try:
                layers = build_layers(numbered, gazetteer, str(events_csv))
            except DataError as exc:
                raise SaveError([str(exc)]) from None
            _write(events_csv, layers_dir, [e for _, e in numbered], layers, write_layers)
            result.added.extend(added)
            return result
    except Timeout:
        raise SaveError([f"another save is still running ({events_csv}.lock); try again"]) from None
    except OSError as exc:          # the lock file itself: a read-only folder
        raise SaveError([f"cannot save into {events_csv.parent}: {exc.strerror or exc}; nothing was saved"]) \
            from None
    except GeoError as exc:
        if isinstance(exc, SaveError):
            raise
        raise SaveError([str(exc)]) from None


def approximate(candidate):
    """Is the candidate (or its review row) a village the extractor could only put at its district
    (``geo_source`` approximate, its ``match`` ``area``)?"""
    return "area" in str(candidate.get("match") or "")


def _unknown_villages(row, event, gazetteer):
    """The places of an :func:`approximate` candidate that the gazetteer still does not know exactly: saving
    them would store whatever close spelling it has (Tazakhut as Taghut, 100 km away)."""
    if not approximate(row):
        return []
    unknown = []
    for name in waypoints(event):
        try:
            if gazetteer.resolve(name).how != "exact":
                unknown.append(name)
        except PlaceNotFound:
            unknown.append(name)
    return unknown


def _checked(event, number, gazetteer):
    """A new event validated and geocoded alone, as the build would; DataError otherwise."""
    from .layers import check_places
    if not str(event.get("id") or "").strip():
        event = dict(event, id=make_id({k: str(event.get(k) or "") for k in FIELDS}))
    event = validate_event(event, "new event", number)
    check_places(event, gazetteer, "new event", number)      # every layer is drawn: its places must resolve
    return event


def _reason(exc):
    return exc.message if exc.field is None else _field_message(exc)


def _write(events_csv, layers_dir, events, layers, write_layers):
    """Write the CSV (the commit point), then the layers stamped with its fingerprint; undo the CSV on failure."""
    text = csv_text(events)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    backup = events_csv.read_bytes() if events_csv.exists() else None
    try:
        events_csv.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_text(events_csv, text)
    except OSError as exc:
        raise SaveError([f"cannot write {events_csv}: {exc.strerror or exc}; nothing was saved"]) from None
    try:
        write_layers(layers, layers_dir, sync.built_from(events_csv, layers_dir, digest))
    except BaseException as exc:
        try:
            if backup is None:
                events_csv.unlink(missing_ok=True)
            else:
                atomic.write_bytes(events_csv, backup)
        except OSError:
            raise SaveError([f"the events were written to {events_csv} but the layers in {layers_dir} could not be: "
                             f"{getattr(exc, 'strerror', None) or exc}; they will be rebuilt from it once "
                             "there is room"]) from None
        if isinstance(exc, OSError):
            raise SaveError([f"cannot write the layers in {layers_dir}: {exc.strerror or exc}; "
                             "nothing was saved"]) from None
        raise
