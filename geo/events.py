"""The event schema and the validation of curated event files.

One row per thing on the map, in plain CSV so that a change is reviewable in a
diff. The field names are a contract shared with the layers, the exports and
the dashboard (see docs/design.md); ``status`` is this project's addition, used to
style corridors (open, blockaded, planned, proposed, closed).
"""

import csv
import datetime as dt
import io
import re
from functools import lru_cache
from pathlib import Path

from . import atomic, settings
from .errors import DataError

FIELDS = ("id", "layer", "kind", "status", "place", "start_date", "end_date", "date_precision",
          "geo_precision", "claimed_by", "description", "source", "source_url", "quote")
REQUIRED = ("id", "layer", "kind", "place", "start_date", "date_precision", "geo_precision",
            "claimed_by", "source")
LAYERS = ("corridors", "shelling", "checkpoints", "other")
MAP_LAYERS = LAYERS                     # every layer is built and drawn, other included
DATE_PRECISIONS = ("day", "month", "year")
GEO_PRECISIONS = ("site", "town", "district", "region")
STATUSES = ("", "open", "blockaded", "planned", "proposed", "closed")
WAYPOINT_SEPARATOR = ";"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
YEAR_SPAN = settings.get().year_span     # the years a date may have, at every entry (CORRIDOR_MAP_YEARS)


def waypoints(event):
    """The place names of an event, in order (a corridor has several)."""
    return [p.strip() for p in event["place"].split(WAYPOINT_SEPARATOR) if p.strip()]


def parse_date(text, path=None, line=None, field=None):
    """A date written exactly ``YYYY-MM-DD`` within :data:`YEAR_SPAN`, or a :class:`DataError`.

    ``date.fromisoformat`` alone also takes ``20221212``, ``2022-W50-1`` and
    years like 0001 or 9999, which the dashboard's date widgets and the
    exports cannot represent; every entry point (the CSV, the review table,
    extraction, the URL) goes through this function instead.
    """
    value = text.strip() if isinstance(text, str) else text
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        raise DataError(path, line, field, f"not a valid date (YYYY-MM-DD): {text!r}")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(path, line, field, f"not a valid date (YYYY-MM-DD): {text!r}") from None
    first, last = YEAR_SPAN
    if not first <= day.year <= last:
        raise DataError(path, line, field, f"{value} is outside the years this project accepts ({first}-{last})")
    return day


def valid_date(text):
    """The date of :func:`parse_date`, or None when ``text`` is not one."""
    try:
        return parse_date(text)
    except DataError:
        return None


def validate_event(event, path="<input>", line=None, seen_ids=None):
    """Check one event (a dict of the FIELDS) and return it cleaned.

    Raises
    ------
    DataError
        Naming the file, line and field of the first problem.
    """
    return _checked({f: _one_newline(event.get(f) or "").strip() for f in FIELDS}, path, line, seen_ids)


def _checked(event, path, line, seen_ids):
    """:func:`validate_event` of an event already cleaned (stripped strings, ``\\n`` line breaks)."""
    for field in REQUIRED:
        if not event[field]:
            raise DataError(path, line, field, "required, but empty")
    if not _ID.match(event["id"]):
        raise DataError(path, line, "id", f"use letters, digits and - _ . : only: {event['id']!r}")
    if seen_ids is not None:
        if event["id"] in seen_ids:
            raise DataError(path, line, "id", f"duplicate id {event['id']!r} (first on line {seen_ids[event['id']]})")
        seen_ids[event["id"]] = line
    for field, allowed in _CHOICES:
        if event[field] not in allowed:
            shown = ", ".join(a for a in allowed if a) or "(empty)"
            raise DataError(path, line, field, f"unknown value {event[field]!r}; expected one of {shown}")
    start = _day(event["start_date"]) or parse_date(event["start_date"], path, line, "start_date")
    if event["end_date"]:
        end = _day(event["end_date"]) or parse_date(event["end_date"], path, line, "end_date")
        if end < start:
            raise DataError(path, line, "end_date", f"{end} is before start_date {start}")
    places = _place_count(event["place"])
    if not places:
        raise DataError(path, line, "place", "required, but empty")
    if places < 2 and event["layer"] == "corridors":
        raise DataError(path, line, "place",
                        "a corridor needs at least two waypoints separated by ';' "
                        f"(got {event['place']!r}); put a single-place report on another layer")
    if event["source_url"] and not event["source_url"].startswith(("http://", "https://")):
        raise DataError(path, line, "source_url", f"not an http(s) link: {event['source_url']!r}")
    return event


_CHOICES = (("layer", LAYERS), ("date_precision", DATE_PRECISIONS), ("geo_precision", GEO_PRECISIONS),
            ("status", STATUSES))


@lru_cache(maxsize=1 << 14)           # a file has a few thousand days: each is parsed once
def _day(text):
    """The date of a valid ``text``, None when :func:`parse_date` would refuse it."""
    return valid_date(text)


@lru_cache(maxsize=1 << 14)
def _place_count(place):
    return len(waypoints({"place": place}))


def _one_newline(text):
    """Line breaks as ``\\n``: the csv module leaves a lone ``\\r`` unquoted, which would split a row."""
    text = str(text)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_events(path):
    """Read and validate an events CSV.

    Returns
    -------
    list of (int, dict)
        Each event with its line number in the file (for error messages).

    Raises
    ------
    DataError
        On a missing or repeated column, a malformed row, a bad value or a
        duplicate id. A UTF-8 byte-order mark (what Excel writes) is accepted.
    """
    return list(iter_events(path))


def iter_events(path):
    """:func:`read_events` one row at a time (a bulk load handles each row while the next is read).

    Yields (line, event); raises the same errors, when their row is reached.
    """
    path = Path(path)
    seen = {}
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:     # -sig: Excel's byte-order mark is fine
            reader = csv.reader(f)
            header = next(reader, None) or []
            twice = [c for i, c in enumerate(header) if c in header[:i]]
            if twice:
                raise DataError(path, 1, twice[0], "column appears twice in the header; keep one")
            for column in FIELDS:
                if column not in header:
                    raise DataError(path, 1, column, "missing column in the header")
            unknown = [c for c in header if c not in FIELDS]
            if unknown:
                raise DataError(path, 1, unknown[0], "unknown column in the header")
            # The header is the FIELDS in some order: each row is reordered (when needed) and
            # stripped at once; a row with a carriage return goes the long way (validate_event).
            order = None if tuple(header) == FIELDS else [header.index(f) for f in FIELDS]
            for row in reader:
                if not row:
                    continue                         # a blank line, as csv.DictReader skips it
                line = reader.line_num
                if len(row) != len(FIELDS):
                    raise DataError(path, line, None, f"malformed row: expected {len(header)} columns")
                if "\r" in "".join(row):
                    event = validate_event(dict(zip(header, row)), path, line, seen)
                else:
                    values = row if order is None else [row[i] for i in order]
                    event = _checked(dict(zip(FIELDS, map(str.strip, values))), path, line, seen)
                yield line, event
    except UnicodeDecodeError as exc:
        raise DataError(path, None, None, f"not UTF-8 text ({exc.reason})") from None
    except csv.Error as exc:
        raise DataError(path, None, None, f"malformed CSV: {exc}") from None
    except OSError as exc:
        raise DataError(path, None, None, exc.strerror or str(exc)) from None


def csv_text(events):
    """Events (dicts) as CSV text, sorted by start date then id: what :func:`write_events` writes."""
    rows = sorted(events, key=lambda e: (e["start_date"], e["id"]))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") or "" for k in FIELDS})
    return buffer.getvalue()


def write_events(path, events):
    """Write events (dicts) as CSV, sorted by start date then id, atomically (mode kept)."""
    atomic.write_text(path, csv_text(events))
