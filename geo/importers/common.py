"""What every import shares: reading awkward files, strict dates, and the checked, all-or-nothing save.

A format's reader yields :class:`Mapped` rows (our event fields, plus the
source's coordinates of each place when it gives them) or :class:`Skipped`
ones. :func:`import_file` then treats every row the same way:

1. the event is validated as ``python -m geo build`` validates the curated file;
2. its place is settled against the gazetteer, since the map geocodes by name:
   a name that resolves within :data:`NEAR_KM` of the source's coordinates is
   used as is; a name the gazetteer does not know (or only as a spelling match
   far away) is added to the gazetteer supplement with the source's
   coordinates; a name the gazetteer knows exactly but elsewhere is skipped, so
   that no existing event moves; a row without coordinates needs a known name;
3. its key (:func:`geo.store.natural_key`: place, layer, kind, start date,
   claimant, source — the key that makes saving twice add once) is compared with the saved events (already
   there) and the earlier rows of the file (a repeat is skipped);
4. everything taken is saved at once by the store's ``add_events`` (for the
   files, :func:`geo.review.save_events`: validated again with the whole file,
   layers rebuilt, under the save lock; or the PostGIS database in one
   transaction); the supplement is written first and put back if that save fails.
"""

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import NamedTuple

from .. import atomic
from ..errors import AmbiguousPlace, DataError, PlaceNotFound
from ..events import validate_event, waypoints
from ..gazetteer import SUPPLEMENT_FIELDS, Place, distance_km
from ..names import display_key
from ..store import natural_key as event_key
from .report import Report

NEAR_KM = 5.0
COUNTRY_CODES = {"armenia": "AM", "azerbaijan": "AZ", "georgia": "GE", "iran": "IR", "turkey": "TR",
                 "russia": "RU"}
_NOT_ID = re.compile(r"[^A-Za-z0-9_.:-]+")


class Mapped(NamedTuple):
    """One source row as our event, with the source's (lat, lon) of each waypoint (or None)."""

    line: int
    event: dict
    points: list | None = None
    country: str = ""          # ISO code hint for a place new to the gazetteer


class Skipped(NamedTuple):
    """A source row that cannot become an event, and why."""

    line: int
    reason: str


# -- reading ---------------------------------------------------------------------------------

def read_text(path):
    """A text file's content whatever its encoding: UTF-8 (with or without BOM), else Windows-1252/Latin-1."""
    data = Path(path).read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def mapped_rows(path, required, optional, mapped, name):
    """Mapped or Skipped rows of a CSV file: ``mapped(line, row, name)`` for each row, or a
    :class:`Skipped` with the reason (a row with extra cells, or the ValueError ``mapped`` raised)."""
    for line, row in csv_rows(path, required, optional):
        if row is None:
            yield Skipped(line, "more cells than columns")
            continue
        try:
            yield mapped(line, row, name)
        except ValueError as exc:
            yield Skipped(line, str(exc))


def csv_rows(path, required, optional=()):
    """(line, row) of a CSV file, each row a dict of the ``required`` and ``optional`` columns
    (stripped; "" when absent), or None for a row with more cells than the header;
    a :class:`DataError` when a required column is missing."""
    try:
        text = read_text(path)
    except OSError as exc:
        raise DataError(path, None, None, exc.strerror or str(exc)) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader, [])]
        for column in required:
            if column not in header:
                raise DataError(path, 1, column, "missing column in the header")
        wanted = [(c, header.index(c)) for c in dict.fromkeys(required + tuple(optional)) if c in header]
        absent = {c: "" for c in optional if c not in header}
        width = len(header)
        for cells in reader:
            if not cells:
                continue
            if len(cells) > width:
                yield reader.line_num, None
                continue
            cells += [""] * (width - len(cells))
            yield reader.line_num, {c: cells[i].strip() for c, i in wanted} | absent
    except csv.Error as exc:
        raise DataError(path, reader.line_num, None, f"malformed CSV: {exc}") from None


def strict_date(text, formats=()):
    """An ISO date string from ``YYYY-MM-DD`` (or one of ``formats``), within 1900-2100; ValueError otherwise."""
    text = (text or "").strip()
    day = None
    if len(text) == 10 and text[4] == text[7] == "-":
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            pass
    for fmt in () if day else formats:
        try:
            day = dt.datetime.strptime(text, fmt).date()
            break
        except ValueError:
            continue
    if day is None or not 1900 <= day.year <= 2100:
        raise ValueError(f"not a valid date: {text!r}")
    return day.isoformat()


def coordinate(lat, lon):
    """(lat, lon) as floats, None when either is empty; ValueError when not numbers in range."""
    if not str(lat).strip() or not str(lon).strip():
        return None
    try:
        point = float(lat), float(lon)
    except ValueError:
        raise ValueError(f"coordinates are not numbers: {lat!r}, {lon!r}") from None
    if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180) or point == (0.0, 0.0):
        raise ValueError(f"coordinates out of range: {lat}, {lon}")
    return point


def make_id(prefix, raw):
    """Our id for a source's event id: ``acled:ARM1234`` (characters ids cannot hold become ``-``)."""
    return f"{prefix}:{_NOT_ID.sub('-', str(raw).strip()).strip('-')}"


def slug(text):
    """A kind from a source's type: lower case, words joined by ``_``."""
    return "_".join(re.findall(r"[a-z0-9]+", text.lower()))


def country_code(name):
    return COUNTRY_CODES.get((name or "").strip().lower(), "")


# -- planning --------------------------------------------------------------------------------

class Plan(NamedTuple):
    report: Report
    events: list
    gazetteer: object          # the gazetteer, knowing the new places too


def plan(rows, path, fmt, existing, gazetteer):
    """Sort rows into taken, already there and skipped (see the module docstring); nothing is written."""
    report = Report(str(path), fmt)
    saved_keys = {event_key(e): e["id"] for e in existing}
    saved_ids = {e["id"] for e in existing}
    batch_keys, batch_ids, events, new_places = {}, set(), [], {}
    for row in rows:
        if isinstance(row, Skipped):
            report.skip(row.line, row.reason)
            continue
        try:
            event = validate_event(row.event, path, row.line)
        except DataError as exc:
            report.skip(row.line, f"field '{exc.field}': {exc.message}" if exc.field else exc.message)
            continue
        key = event_key(event)
        if key in saved_keys:
            report.already_there.append((row.line, saved_keys[key]))
            continue
        if key in batch_keys:
            report.skip(row.line, f"repeats line {batch_keys[key]} (same place, layer, kind, day, "
                                  "claimant and source)")
            continue
        if event["id"] in saved_ids or event["id"] in batch_ids:
            report.skip(row.line, f"id {event['id']} is already used by another event")
            continue
        names = waypoints(event)
        try:
            places = [_settle(name, point, event, row, gazetteer, new_places)
                      for name, point in zip(names, row.points or [None] * len(names))]
        except ValueError as exc:
            report.skip(row.line, str(exc))
            continue
        for place in places:
            if place is not None:
                new_places[display_key(place.name)] = place
        batch_keys[key] = row.line
        batch_ids.add(event["id"])
        events.append(event)
        report.taken.append((row.line, event["id"]))
    report.new_places = list(new_places.values())
    if new_places:
        gazetteer = gazetteer.with_places(report.new_places)
    return Plan(report, events, gazetteer)


def _settle(name, point, event, row, gazetteer, new_places):
    """None when ``name`` resolves near ``point``; a new Place to add; ValueError when it cannot be placed."""
    known = new_places.get(display_key(name))
    if known is not None:
        if point is None or distance_km(known.lat, known.lon, *point) <= NEAR_KM:
            return None
        raise ValueError(f"place {name!r} is given {distance_km(known.lat, known.lon, *point):.0f} km "
                         f"from where an earlier row of this file put it")
    try:
        match = gazetteer.resolve(name)
    except AmbiguousPlace as exc:
        # stored under this name, the event would be asked "which one?" at every build: the row must say
        raise ValueError(f"place {name!r} names places far apart ({' or '.join(exc.suggestions)}); write it "
                         "with its district or country after a comma") from None
    except PlaceNotFound as exc:
        match, suggestions = None, exc.suggestions
    if point is None:
        if match is None:
            hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
            raise ValueError(f"place {name!r} is not in the gazetteer and the row has no coordinates{hint}")
        return None
    if match is not None:
        far = distance_km(match.place.lat, match.place.lon, *point)
        if far <= NEAR_KM:
            return None
        if match.how == "exact":
            raise ValueError(f"place {name!r} is known as {match.place.name} ({match.place.lat:.4f}, "
                             f"{match.place.lon:.4f}), {far:.0f} km from the row's coordinates; "
                             "add the row's place to data/gazetteer.csv under a name of its own")
    country = row.country or gazetteer.nearest(*point)[0].country
    precision = event["geo_precision"] if len(waypoints(event)) == 1 else "site"
    return Place(name.strip(), round(point[0], 5), round(point[1], 5), country, "curated", precision, 0,
                 "", "", f"{event['source']} ({event['id']}), coordinates as given")


# -- writing ---------------------------------------------------------------------------------

def import_file(path, fmt, source_name=None, events_csv=None, layers_dir=None, supplement=None,
                gazetteer=None, dry_run=False, database=None, **options):
    """Import one file into the store (the events CSV and layers, or ``database``); returns the :class:`Report`.

    Raises
    ------
    geo.errors.GeoError
        When the file cannot be read as the format, or the save fails; nothing is written then.
    """
    from ..gazetteer import DEFAULT_SUPPLEMENT, load_gazetteer
    from ..review import DEFAULT_EVENTS, DEFAULT_LAYERS
    from ..store import open_store
    from . import reader
    path = Path(path)
    supplement = Path(supplement or DEFAULT_SUPPLEMENT)
    gazetteer = gazetteer or load_gazetteer(supplement)
    events_csv, layers_dir = Path(events_csv or DEFAULT_EVENTS), Path(layers_dir or DEFAULT_LAYERS)
    rows = reader(fmt)(path, source_name, gazetteer=gazetteer, **options)
    existing = open_store(database, events_csv, layers_dir, gazetteer).read_events()
    report, events, extended = plan(rows, path, fmt, existing, gazetteer)
    if dry_run or not events:
        return report
    store = open_store(database, events_csv, layers_dir, extended)
    result = save(store, events, report.new_places, supplement)
    line_of = dict((i, line) for line, i in report.taken)
    existing = {e["id"]: stored for e, stored in result.existing}      # saved by someone else meanwhile
    refused = {e["id"]: reason for e, reason in result.skipped}
    report.already_there += [(line_of[i], stored) for i, stored in existing.items()]
    report.skipped += [(line_of[i], reason) for i, reason in refused.items()]
    report.taken = [(line, i) for line, i in report.taken if i not in existing and i not in refused]
    report.written = bool(result.added)
    return report


def save(store, events, new_places, supplement):
    """Add the places to the supplement, then the events to the store; all or nothing."""
    backup = supplement.read_bytes() if new_places else None
    if new_places:
        atomic.write_bytes(supplement, backup + _supplement_rows(new_places, backup))
    try:
        return store.add_events(events)
    except BaseException:
        if backup is not None:
            atomic.write_bytes(supplement, backup)
        raise


def _supplement_rows(places, before):
    buffer = io.StringIO()
    if before and not before.endswith(b"\n"):
        buffer.write("\n")
    writer = csv.DictWriter(buffer, fieldnames=SUPPLEMENT_FIELDS, lineterminator="\n")
    for p in places:
        writer.writerow({"name": p.name, "alt_names": "", "lat": f"{p.lat:.5f}", "lon": f"{p.lon:.5f}",
                         "country": p.country, "precision": p.precision, "armenian_name": "",
                         "azerbaijani_name": "", "source": p.ref})
    return buffer.getvalue().encode("utf-8")


# -- for the exports -------------------------------------------------------------------------

def located(events, gazetteer):
    """Each event with the gazetteer's Place of each of its waypoints (events whose places
    do not resolve are left out: the build refuses them anyway)."""
    out = []
    for event in events:
        try:
            out.append((event, [gazetteer.resolve(name).place for name in waypoints(event)]))
        except PlaceNotFound:
            continue
    return out
