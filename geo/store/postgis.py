"""The PostGIS backend: a team's events in one PostgreSQL database.

Tables and views are those of ``migrations/`` (one ``events`` table with the
CSV's fields, the geocoded geometry in SRID 4326, and the days each event is
shown as a ``daterange``, indexed with the geometry in two partial GiST
indexes, events shown up to a month and longer ones; a view per map layer for
QGIS). Connections come from a pool, one per database URL
and process, so that a dashboard server shares it between its sessions.

Saving (:meth:`PostgisStore.add_events`) validates and geocodes the events as
the build does, then writes them in one transaction. Writers on any server take
one advisory lock (:data:`WRITE_LOCK`) from their insert to their commit, and
only for that: readers never wait, two writers check for duplicates side by
side, and ``seq`` follows the order of commits, so "changes since version N"
never misses a row. The insert itself skips a row whose key another writer
saved meanwhile (``ON CONFLICT DO NOTHING``), so a report is stored once
whoever saves it.
"""

import datetime as dt
import gc
import logging
import threading
import time
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import numpy as np
import pandas as pd
import psycopg
import shapely
from pyproj import CRS
from psycopg_pool import ConnectionPool, PoolTimeout

from ..errors import DataError, GeoError
from ..events import FIELDS, MAP_LAYERS, iter_events, validate_event
from ..layers import COLUMNS, EXTRA_FIELDS, locate
from ..roads import check_one_state_per_day, road_of, stage
from ..timeline import WINDOWED_LAYERS
from . import FILTER_FIELDS, Changes, Facts, SaveResult, natural_key
from .migrate import current, latest, migrate

log = logging.getLogger(__name__)
_CRS = CRS.from_epsg(4326)
POOL_SIZE = 4
CONNECT_TIMEOUT_S = 10
WRITE_LOCK = 7_261_011       # advisory lock id every writer holds from its insert to its commit
_pools = {}
_pools_lock = threading.Lock()

_SELECT = ", ".join(f"to_char({f}, 'YYYY-MM-DD') AS {f}" if f in ("start_date", "end_date") else f
                    for f in FIELDS)
_STORED = list(FIELDS) + list(EXTRA_FIELDS) + ["geom", "natural_key"]
# The date column (not its text), then the id in Python's string order, whatever the server's locale.
_ORDER = 'ORDER BY events.start_date, events.id COLLATE "C"'
_COLUMNS = ", ".join([_SELECT, *EXTRA_FIELDS, "ST_AsBinary(geom)"])      # read_layers' rows, geometry last
# Spelled out so that the planner reads both partial indexes of migration 0002.
_BOTH_INDEXES = "(shown_days(valid) <= 31 OR shown_days(valid) > 31)"
# A feature that follows the window (geo.timeline.windowed_events); its parameter: WINDOWED_LAYERS.
_WINDOWED = "(end_date IS NOT NULL AND (end_date = start_date OR layer = ANY(%s)))"


def redact(url):
    """The URL without its password (for messages)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


def _pool(url):
    with _pools_lock:
        pool = _pools.get(url)
        if pool is None:
            pool = ConnectionPool(url, min_size=1, max_size=POOL_SIZE, open=False,
                                  check=ConnectionPool.check_connection, name="corridor-map")
            try:
                pool.open(wait=True, timeout=CONNECT_TIMEOUT_S)
            except PoolTimeout:
                pool.close()
                problem = _connect_problem(url)
                raise GeoError(f"cannot connect to the database {redact(url)}: {problem}") from None
            _pools[url] = pool
        return pool


def _connect_problem(url):
    try:
        psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S).close()
    except psycopg.Error as exc:
        return str(exc).strip().splitlines()[-1]
    return "timed out"


def close_pools():
    """Close every pool of this process (tests, before their server stops)."""
    with _pools_lock:
        for pool in _pools.values():
            pool.close()
        _pools.clear()


@contextmanager
def _no_cycle_collection():
    """Python's cycle collector paused: its passes over millions of new rows (none in a cycle) only cost time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class PostgisStore:
    """Events in a PostgreSQL + PostGIS database (see the module docstring)."""

    def __init__(self, url, gazetteer=None):
        self.url = url
        self._gazetteer = gazetteer
        self._schema_checked = False

    def __repr__(self):
        return f"PostgisStore({redact(self.url)!r})"

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from ..gazetteer import load_gazetteer
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def connection(self):
        """A pooled connection (a context manager: commits on success, rolls back on error)."""
        return _pool(self.url).connection()

    # -- schema -------------------------------------------------------------------------------

    def init(self):
        """Create or migrate the schema; the migrations applied (empty when up to date)."""
        with self.connection() as conn:
            return migrate(conn)

    def _check_schema(self, conn):
        if self._schema_checked:
            return
        version = current(conn)
        if version < latest():
            raise GeoError(f"the database {redact(self.url)} has schema version {version}, this code needs "
                           f"{latest()}: run `python -m geo db init` first")
        self._schema_checked = True           # a schema only moves forward

    # -- reading ------------------------------------------------------------------------------

    def read_events(self):
        """Every event, sorted by start date and id (dicts of :data:`geo.events.FIELDS`)."""
        with self.connection() as conn:
            self._check_schema(conn)
            rows = conn.execute(f"SELECT {_SELECT} FROM events {_ORDER}").fetchall()
        return [{f: ("" if v is None else v) for f, v in zip(FIELDS, row)} for row in rows]

    def has_layers(self):
        """True once the schema is there (the layers are views)."""
        with self.connection() as conn:
            return current(conn) >= latest()

    def read_layers(self, day_window=None, bbox=None):
        """The map layers, as :func:`geo.layers.read_layers` returns them.

        Parameters
        ----------
        day_window : (date, date), optional
            Only features shown on some day from the first to the last (both included).
        bbox : (float, float, float, float), optional
            Only features whose bounding box meets (xmin, ymin, xmax, ymax), in degrees.
        """
        return _frames(self.rows_shown(day_window, bbox))

    def rows_shown(self, day_window=None, bbox=None):
        """The rows behind :meth:`read_layers` (tuples of the columns, WKB geometry last)."""
        where, params = ["layer = ANY(%s)"], [list(MAP_LAYERS)]
        if day_window is not None:
            # Both parts are spelled out so that the planner reads the two partial indexes (migration 0002).
            where.append(f"valid && daterange(%s::date, %s::date, '[]') AND {_BOTH_INDEXES}")
            params += [str(day_window[0]), str(day_window[1])]
        if bbox is not None:
            where.append("geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)")
            params += [float(v) for v in bbox]
        return self._rows(f"SELECT {_COLUMNS} FROM events WHERE {' AND '.join(where)} {_ORDER}", params)

    def _rows(self, query, params):
        with self.connection() as conn:
            self._check_schema(conn)
            # Binary: the geometry comes as bytes, not hex. Never prepared: a prepared statement
            # soon runs a generic plan, made without the window and view, which passes over
            # the partial indexes (a plan per query costs a fraction of a millisecond).
            with conn.cursor(binary=True) as cur:
                return cur.execute(query, params, prepare=False).fetchall()

    # -- the dashboard's questions, in SQL (the module docstring of geo.store) -----------------

    def facts(self, option_limit=None):
        """:class:`geo.store.Facts`: span, features per layer and each filter field's values."""
        with self.connection() as conn:
            self._check_schema(conn)
            rows = conn.execute("SELECT layer, count(*), min(start_date), max(greatest(start_date, end_date)) "
                                "FROM events GROUP BY layer").fetchall()
            options = {field: [v for (v,) in conn.execute(
                f'SELECT v FROM (SELECT {field} AS v, count(*) AS n FROM events WHERE {field} <> \'\' '
                f'GROUP BY {field} ORDER BY n DESC, {field} COLLATE "C" LIMIT %s) t ORDER BY v COLLATE "C"',
                (option_limit,))] for field in FILTER_FIELDS}
        totals = {name: 0 for name in MAP_LAYERS}
        totals.update({layer: n for layer, n, _, _ in rows})
        if rows:
            first, last = min(r[2] for r in rows), max(r[3] for r in rows)
        else:
            first = last = dt.date.today()
        return Facts(first, last, totals, options)

    def counts(self, filters=None, span=None, window=None):
        """{layer: features} kept by the filters and shown on some day of ``span`` with ``window``."""
        where, params = _where(filters, span, window)
        with self.connection() as conn:
            self._check_schema(conn)
            found = dict(conn.execute(f"SELECT layer, count(*) FROM events WHERE {where} GROUP BY layer",
                                      params, prepare=False).fetchall())
        return {name: found.get(name, 0) for name in MAP_LAYERS}

    def count_spans(self, filters, spans, window=None):
        """The features kept by the filters and shown in each of ``spans``, in one pass over their union."""
        spans = list(spans)
        if not spans:
            return []
        union = (min(s[0] for s in spans), max(s[1] for s in spans))
        where, params = _where(filters, union, window)
        parts = [_shown(span, window) for span in spans]
        columns = ", ".join(f"count(*) FILTER (WHERE {sql})" for sql, _ in parts)
        with self.connection() as conn:
            self._check_schema(conn)
            row = conn.execute(f"SELECT {columns} FROM events WHERE {where}",
                               [p for _, ps in parts for p in ps] + params, prepare=False).fetchone()
        return list(row)

    def weekly_counts(self, filters=None):
        """Features per week (from Monday) and layer: :func:`geo.timeline.weekly_counts`, in SQL."""
        where, params = _where(filters)
        with self.connection() as conn:
            self._check_schema(conn)
            rows = conn.execute(f"SELECT date_trunc('week', start_date)::date, layer, count(*) FROM events "
                                f'WHERE {where} GROUP BY 1, 2 ORDER BY 1, layer COLLATE "C"', params,
                                prepare=False).fetchall()
        weeks = np.array([r[0] for r in rows], dtype="datetime64[D]")
        return pd.DataFrame({"week": pd.to_datetime(weeks), "layer": [r[1] for r in rows],
                             "events": np.array([r[2] for r in rows], dtype=np.int64)})

    def change_dates(self, filters=None):
        """The days on which what the map shows changes (:func:`geo.timeline.change_dates`), in SQL."""
        where, params = _where(filters)
        with self.connection() as conn:
            self._check_schema(conn)
            rows = conn.execute(
                "SELECT DISTINCT d FROM events, LATERAL (VALUES (start_date), "
                "(CASE WHEN end_date <> start_date THEN end_date END)) AS v(d) "
                f"WHERE {where} AND d IS NOT NULL ORDER BY d", params, prepare=False).fetchall()
        return np.array([r[0] for r in rows], dtype="datetime64[D]")

    def read_shown(self, filters=None, span=None, window=None, limit=None):
        """The map layers of the features kept and shown (see :mod:`geo.store`), as GeoDataFrames."""
        where, params = _where(filters, span, window)
        if limit is None:
            return _frames(self._rows(f"SELECT {_COLUMNS} FROM events WHERE {where} {_ORDER}", params))
        in_force, reports = f"{where} AND NOT {_WINDOWED}", f"{where} AND {_WINDOWED}"
        in_force_params, reports_params = params + [list(WINDOWED_LAYERS)], params + [list(WINDOWED_LAYERS)]
        query = (f"SELECT * FROM (SELECT {_COLUMNS} FROM events WHERE {in_force} UNION ALL "
                 f"(SELECT {_COLUMNS} FROM events WHERE {reports} "
                 f'ORDER BY events.start_date DESC, events.id COLLATE "C" DESC '
                 f"LIMIT greatest(%s - (SELECT count(*) FROM events WHERE {in_force}), 0))) AS shown "
                 f'ORDER BY shown.start_date, shown.id COLLATE "C"')
        return _frames(self._rows(query, in_force_params + reports_params + [int(limit)] + in_force_params))

    def read_layers_reporting(self, day_window=None, bbox=None):
        """:meth:`read_layers` and messages for the user (none: the database is always whole)."""
        return self.read_layers(day_window, bbox), []

    def build_layers(self):
        """The layers of every event (what ``python -m geo build`` writes from the database)."""
        return self.read_layers()

    def version(self):
        """The last saved ``seq`` (0 when empty): it grows with every save."""
        with self.connection() as conn:
            self._check_schema(conn)
            return conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]

    def changes_since(self, version):
        """Events saved after ``version`` (as returned by :meth:`version`), in the order saved."""
        with self.connection() as conn:
            self._check_schema(conn)
            now = conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
            known = isinstance(version, int) and 0 <= version <= now
            rows = conn.execute(f"SELECT {_SELECT} FROM events WHERE seq > %s ORDER BY seq",
                                (version if known else 0,)).fetchall()
        events = [{f: ("" if v is None else v) for f, v in zip(FIELDS, row)} for row in rows]
        return Changes(now, events, complete=not known)

    # -- writing ------------------------------------------------------------------------------

    def add_events(self, events):
        """Validate, geocode and save events in one transaction (the semantics of the file save).

        Each event is **skipped** with its reason when it is not valid as the
        build would judge it (the valid ones are still saved); **existing**
        when an event with the same :func:`~geo.store.natural_key` is stored
        (or earlier in the same call); otherwise **added**, under a fresh id
        if its id is taken.

        Returns
        -------
        SaveResult

        Raises
        ------
        geo.review.SaveError
            Nothing was written: no events given, or the new corridors would give
            a road two states on one day (:mod:`geo.roads`).
        """
        from ..review import SaveError, make_id

        events = list(events)
        if not events:
            raise SaveError(["no accepted events to save"])
        result, checked = SaveResult(), []
        for number, event in enumerate(events, start=1):
            try:
                if not str(event.get("id") or "").strip():
                    event = dict(event, id=make_id({k: str(event.get(k) or "") for k in FIELDS}))
                event = validate_event(event, "new event", number)
                checked.append((number, _row(event, self.gazetteer, "new event", number)))
            except DataError as exc:
                result.skipped.append((dict(event), exc.message if exc.field is None
                                       else f"field '{exc.field}': {exc.message}"))
        if not checked:
            return result
        with self.connection() as conn, conn.transaction():
            self._check_schema(conn)
            if any(row["layer"] == "corridors" for _, row in checked):
                _lock_writers(conn)               # the road check reads what other writers add
            known = _stored_ids(conn, [row["natural_key"] for _, row in checked])
            fresh = []
            for number, row in checked:
                if row["natural_key"] in known:
                    result.existing.append((_event(row), known[row["natural_key"]]))
                    continue
                known[row["natural_key"]] = row["id"]
                fresh.append((number, row))
            try:
                _check_roads(conn, fresh, "new event")
            except DataError as exc:
                raise SaveError([str(exc)]) from None
            rows = [row for _, row in fresh]
            _rename_taken(conn, rows)
            _lock_writers(conn)
            saved_meanwhile = _insert_new(conn, rows)
            result.existing.extend((_event(row), saved_meanwhile[row["natural_key"]]) for row in rows
                                   if row["natural_key"] in saved_meanwhile)
            result.added.extend(_event(row) for row in rows if row["natural_key"] not in saved_meanwhile)
        return result

    def _has_rows(self):
        with self.connection() as conn:
            self._check_schema(conn)
            return _has_rows(conn)

    @_no_cycle_collection()
    def load_csv(self, path):
        """Load an events CSV (``python -m geo db load``), idempotently, in one transaction.

        Every row is validated and geocoded as the build does. Rows whose key is
        already in the database (or repeats a row above it) are left alone:
        loading a file twice changes nothing. The others are copied straight into
        the table with ``COPY``: under the writers' lock and a lock that keeps
        other inserts out, nothing can take their keys meanwhile. Into a table
        with rows, the file is read and checked before those locks are taken.
        Into an empty table, each row is copied as soon as it is checked (the
        server stores one while the next is read), and the indexes no constraint
        needs are built after the rows. (Rows are not sorted by date first: from sorted days the
        GiST index of short events took 1.7 times as long to build at a million
        rows, more than the heap pages a view would save were worth.)

        Returns
        -------
        SaveResult
            ``added`` and ``existing`` (nothing is skipped: a bad row stops the load).

        Raises
        ------
        DataError
            On a bad row (naming its line), or an id the database holds for another event.
            As the build, a row that is not valid is reported before a place that is not
            found, and both before a road with two states on one day.
        """
        began, load, rows = time.perf_counter(), _Load(path, self.gazetteer), None
        if self._has_rows():
            rows = list(load.rows())                # read before the locks: other writers go on meanwhile
        with self.connection() as conn, conn.transaction():
            self._check_schema(conn)
            _lock_writers(conn)                         # first, as every writer: no deadlock
            conn.execute("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE")
            if rows is None and not _has_rows(conn):
                rebuild = _drop_secondary_indexes(conn)
                copy_rows(conn, "events", _STORED, (_copy_values(*row) for row in load.new(load.rows(), {})))
                load.check(conn, stored=False)
                log.info("%s: %d rows checked and copied in %.1f s", path, len(load.added),
                         time.perf_counter() - began)
                began = time.perf_counter()
                _order_by_place_and_date(conn)
                log.info("rows ordered by place and date in %.1f s", time.perf_counter() - began)
            else:
                if rows is None:                        # saved into since the first look
                    rows = list(load.rows())
                load.check(conn)
                log.info("%s: %d rows checked in %.1f s", path, len(rows), time.perf_counter() - began)
                began = time.perf_counter()
                taken = _stored_matches(conn, load, rows)
                copy_rows(conn, "events", _STORED, (_copy_values(*row) for row in load.new(rows, taken)))
                log.info("%d rows looked up in the database, %d copied in %.1f s", len(rows), len(load.added),
                         time.perf_counter() - began)
                rebuild = []
            began = time.perf_counter()
            for definition in rebuild:
                conn.execute(definition)
            log.info("%d indexes built in %.1f s", len(rebuild), time.perf_counter() - began)
        if load.added:
            self._vacuum()
        return SaveResult(added=load.added, existing=load.existing)

    def _vacuum(self):
        """VACUUM (ANALYZE) the events after a load: the planner's figures fit the new size, and the
        new rows' visibility is settled now rather than by the first saves that touch them (right
        after a million-row load, 8 writers' saves took 0.9 s at the median until it was done)."""
        import psycopg
        began = time.perf_counter()
        with self.connection() as conn:
            conn.autocommit = True                      # VACUUM runs outside a transaction
            try:
                conn.execute("VACUUM (ANALYZE) events")
            except psycopg.Error as exc:                # e.g. not the table's owner: the load stands
                log.warning("the loaded events could not be vacuumed: %s", str(exc).strip())
            finally:
                conn.autocommit = False
        log.info("table vacuumed and analysed in %.1f s", time.perf_counter() - began)


def _has_rows(conn):
    return conn.execute("SELECT EXISTS (SELECT 1 FROM events)").fetchone()[0]


class _Load:
    """The rows of one file being loaded (:meth:`PostgisStore.load_csv`), and what became of each."""

    def __init__(self, path, gazetteer):
        self.path, self.gazetteer = path, gazetteer
        self.unlocated = None             # the first row whose place is not found (a DataError)
        self.corridors = []               # (line, row) for the road check
        self.added, self.existing = [], []

    def rows(self):
        """(event, natural key, geocoded, line) of each valid row; each distinct place is geocoded once.

        ``geocoded``: the values of :data:`geo.layers.EXTRA_FIELDS` and the geometry (hex EWKB).
        After a place that is not found, the rows are still read (a row that is not valid is
        reported first, as the build does), and none is given.
        """
        cache = {}
        for line, event in iter_events(self.path):
            where = (event["layer"], event["place"])
            located = cache.get(where)
            if located is None:
                if self.unlocated is not None:
                    continue
                try:
                    row = _row(event, self.gazetteer, str(self.path), line)
                except DataError as exc:
                    self.unlocated = exc
                    continue
                located = cache[where] = tuple(row[f] for f in (*EXTRA_FIELDS, "geom"))
            if self.unlocated is not None:
                continue
            key = "|".join(natural_key(event))
            if event["layer"] == "corridors":
                self.corridors.append((line, dict(event, natural_key=key, place_label=located[0])))
            yield event, key, located, line

    def check(self, conn, stored=True):
        """Raise the first place not found, then the build's road rule over these rows and the ``stored`` ones."""
        if self.unlocated is not None:
            raise self.unlocated
        _check_roads(conn, self.corridors, self.path, stored)

    def new(self, rows, taken):
        """The rows to store; the others are recorded as existing.

        ``taken``: {natural key: id} stored already; the rows' own keys are added to it.
        """
        for row in rows:
            event, key = row[0], row[1]
            if key in taken:
                self.existing.append((event, taken[key]))
            else:
                taken[key] = event["id"]
                self.added.append(event)
                yield row


def copy_rows(conn, table, columns, rows):
    """``COPY`` rows (tuples, geometry as hex EWKB text) into a table."""
    with conn.cursor() as cur:
        with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def _row(event, gazetteer, path, line):
    """An event with its key, labels and geometry (hex EWKB)."""
    row = dict(event, natural_key="|".join(natural_key(event)))
    geometry, labels = locate(event, gazetteer, path, line)
    row.update(labels)
    row["geom"] = shapely.to_wkb(shapely.set_srid(geometry, 4326), hex=True, include_srid=True)
    return row


def _order_by_place_and_date(conn):
    """Store a first load's rows in order of place (a geohash of about 1 km) and start date.

    A view over a few days then reads a few pages per place rather than a page per feature
    (at 1,000,000 events the window query's p95 went from 68 to 44 ms, first pass). Done
    before the secondary indexes are built, so that CLUSTER rebuilds only the unique ones.
    Later saves are appended; ``CLUSTER events`` orders them again if a team wants.
    """
    conn.execute("CREATE INDEX events_place_date ON events (ST_GeoHash(ST_Centroid(geom), 6), start_date)")
    conn.execute("CLUSTER events USING events_place_date")
    conn.execute("DROP INDEX events_place_date")


def _drop_secondary_indexes(conn):
    """Drop the indexes no constraint needs (loading into an empty table); their definitions, to build them after.

    Building a GiST index once over a million rows takes a fraction of inserting them into it
    row by row. Dropping an index locks the table until the load commits: readers of the (empty)
    table wait for the first load. A table with rows keeps its indexes: nothing waits.
    """
    indexes = conn.execute("SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                           "JOIN pg_class c ON c.oid = i.indexrelid "
                           "WHERE i.indrelid = 'events'::regclass AND NOT i.indisunique").fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    return [definition for _, definition in indexes]


def _check_roads(conn, numbered, path, stored=True):
    """The build's rule (:mod:`geo.roads`): a road has one state per day, stored and new rows together.

    ``numbered``: (line, row) of the rows being saved; those already stored (by key) are not new.
    ``stored=False``: the rows alone (the table held none before them).
    """
    new = [(line, row) for line, row in numbered if row["layer"] == "corridors"]
    if not new:
        return
    fields = ("id", "status", "kind", "start_date", "end_date", "place_label", "natural_key")
    stored = [dict(zip(fields, r)) for r in conn.execute(
        "SELECT id, status, kind, to_char(start_date, 'YYYY-MM-DD'), "
        "coalesce(to_char(end_date, 'YYYY-MM-DD'), ''), place_label, natural_key "
        "FROM events WHERE layer = 'corridors'")] if stored else []
    keys = {row["natural_key"] for row in stored}
    roads = {}
    for line, row in [(0, row) for row in stored] + [(n, r) for n, r in new if r["natural_key"] not in keys]:
        roads.setdefault(road_of(row["place_label"]), []).append(stage(line, row))
    try:
        check_one_state_per_day(roads, path)
    except DataError as exc:
        message = exc.message.replace(", line 0,", ", saved in the database,")
        raise DataError(exc.path, exc.line, exc.field, message) from None


def _values(row):
    values = [row[f] for f in _STORED]
    values[_END] = row["end_date"] or None
    return values


def _copy_values(event, key, located, _line=None):
    """The values of :data:`_STORED` for a row of :meth:`_Load.rows`."""
    values = list(event.values()) if tuple(event) == FIELDS else [event[f] for f in FIELDS]
    values[_END] = values[_END] or None
    values += located
    values.append(key)
    return values


_END = FIELDS.index("end_date")


def _stored_matches(conn, load, rows):
    """{natural key: stored id} for the rows stored already; an error for a row whose id holds another event."""
    # Sent as two lines of text, split by the server: adapting a list of a million strings
    # costs the client seconds. Neither an id nor a natural key holds a line break.
    found = conn.execute("SELECT id, natural_key FROM events WHERE natural_key = ANY(string_to_array(%s, E'\\n')) "
                         "OR id = ANY(string_to_array(%s, E'\\n'))",
                         ("\n".join(key for _, key, _, _ in rows), "\n".join(event["id"] for event, _, _, _ in rows))
                         ).fetchall()
    keys = dict(found)
    for event, key, _, line in rows:
        if keys.get(event["id"], key) != key:
            raise DataError(load.path, line, "id", f"{event['id']!r} is already in the database for another "
                                                   "event (different place, layer, kind, date, claimant or source)")
    return {key: id_ for id_, key in found}


def _stored_ids(conn, keys):
    """{natural key: stored id} for the keys already in the database."""
    return dict(conn.execute("SELECT natural_key, id FROM events WHERE natural_key = ANY(%s)", (keys,)).fetchall())


def _event(row):
    """The event fields of a row (what a SaveResult reports)."""
    return {f: row[f] for f in FIELDS}


def _lock_writers(conn):
    """Wait for the other writers' commits; held to the end of this transaction."""
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))


def _rename_taken(conn, rows):
    """Give a fresh id (:func:`geo.review.make_id`) to each row whose id is stored or earlier in ``rows``."""
    from ..review import make_id
    taken = _taken_ids(conn, [r["id"] for r in rows], [make_id(r) for r in rows])
    for row in rows:
        if row["id"] in taken:
            row["id"] = make_id(row, taken)
        taken.add(row["id"])


def _insert_new(conn, rows):
    """Insert the rows, under the writers' lock; {natural key: stored id} of those saved meanwhile.

    A row is left out when another writer saved its key (or took its id) after this save
    looked: one ``INSERT … ON CONFLICT DO NOTHING`` per row, sent together. A row whose id
    was taken is renamed and inserted again.
    """
    saved_meanwhile, pending = {}, rows
    while pending:
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO events ({', '.join(_STORED)}) "
                            f"VALUES ({', '.join(['%s'] * len(_STORED))}) "
                            "ON CONFLICT DO NOTHING RETURNING natural_key",
                            [_values(row) for row in pending], returning=True)
            inserted = set()
            while True:
                inserted.update(key for (key,) in cur.fetchall())
                if not cur.nextset():
                    break
        missed = [row for row in pending if row["natural_key"] not in inserted]
        if not missed:
            break
        saved_meanwhile.update(_stored_ids(conn, [row["natural_key"] for row in missed]))
        pending = [row for row in missed if row["natural_key"] not in saved_meanwhile]
        _rename_taken(conn, pending)
    return saved_meanwhile


def _taken_ids(conn, ids, bases):
    """Ids already used among ``ids`` and those that start like ``bases`` (make_id's renames)."""
    if not ids:
        return set()
    # ~>=~ and ~<~ compare byte by byte, as the text_pattern_ops index does: one index range per base.
    return {r[0] for r in conn.execute(
        "SELECT id FROM events WHERE id = ANY(%s) UNION "
        "SELECT e.id FROM unnest(%s::text[]) AS b(base), LATERAL (SELECT id FROM events "
        "WHERE id ~>=~ b.base AND id ~<~ (b.base || chr(1114111))) e", (ids, bases))}


def _where(filters=None, span=None, window=None):
    """SQL condition and parameters: kept by ``filters`` and shown on some day of ``span`` (geo.store)."""
    clauses, params = ["layer = ANY(%s)"], [list(MAP_LAYERS)]
    for field, values in (filters or {}).items():
        if field not in FILTER_FIELDS:
            raise ValueError(f"not a filter field: {field!r}")
        if values is not None:
            clauses.append(f"{field} = ANY(%s)")
            params.append([str(v) for v in values])
    if span is not None:
        first, last = (_day(d) for d in span)
        reach = None if window is None else first - dt.timedelta(days=int(window) - 1)
        # The reports of the window reach back further than the span; those in force must meet it.
        clauses.append(f"valid && daterange(%s, %s, '[]') AND {_BOTH_INDEXES}")
        params += [reach, last]
        sql, more = _shown(span, window)
        clauses.append(sql)
        params += more
    return " AND ".join(clauses), params


def _shown(span, window):
    """SQL condition and parameters: shown on some day of ``span`` (geo.timeline.shown_between)."""
    first, last = (_day(d) for d in span)
    reach = None if window is None else first - dt.timedelta(days=int(window) - 1)
    return (f"(CASE WHEN {_WINDOWED} THEN valid && daterange(%s, %s, '[]') "
            "ELSE valid && daterange(%s, %s, '[]') END)", [list(WINDOWED_LAYERS), reach, last, first, last])


def _day(value):
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _frames(rows):
    """The GeoDataFrames of the map layers (columns of :data:`geo.layers.COLUMNS`) from selected rows.

    The rows go into one table of Python objects and one GeoDataFrame, its geometries made
    from the WKB all at once (shapely); each layer takes its rows of it (building a
    GeoDataFrame costs about a millisecond, whatever its size: once, not once a layer). The
    columns stay Python strings (the map's table is made of them), which spares pandas
    converting each.
    """
    import geopandas as gpd
    table = np.empty((len(rows), len(COLUMNS) + 1), dtype=object)
    if rows:
        table[:] = rows
    frame = pd.DataFrame(table[:, :-1], columns=list(COLUMNS), dtype=object, copy=False)
    every = gpd.GeoDataFrame(frame, geometry=gpd.array.from_shapely(shapely.from_wkb(table[:, -1]), crs=_CRS),
                             copy=False)
    layer = table[:, COLUMNS.index("layer")]
    return {name: every.take(np.flatnonzero(layer == name)).reset_index(drop=True) for name in MAP_LAYERS}
