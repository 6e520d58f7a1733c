"""The PostGIS backend: a team's events in one PostgreSQL database.

Tables and views are those of ``migrations/`` (one ``events`` table with the
CSV's fields, the geocoded geometry in SRID 4326, and the days each event is
shown as a ``daterange``, indexed with the geometry in one GiST index; a view
per map layer for QGIS). Connections come from a pool, one per database URL
and process, so that a dashboard server shares it between its sessions.

Saving (:meth:`PostgisStore.add_events`) validates and geocodes the events as
the build does, then writes them in one transaction that holds a lock only
writers take (``SHARE ROW EXCLUSIVE``): readers never wait, two writers on two
servers run one after the other, and ``seq`` follows the order of commits, so
"changes since version N" never misses a row.
"""

import threading
from urllib.parse import urlsplit, urlunsplit

import numpy as np
import psycopg
import shapely
from pyproj import CRS
from psycopg_pool import ConnectionPool, PoolTimeout

from ..errors import DataError, GeoError
from ..events import FIELDS, MAP_LAYERS, read_events, validate_event
from ..layers import COLUMNS, EXTRA_FIELDS, locate
from ..roads import check_one_state_per_day, road_key, stage
from . import KEY_FIELDS, Changes, SaveResult, event_key
from .migrate import current, latest, migrate

_CRS = CRS.from_epsg(4326)
POOL_SIZE = 4
CONNECT_TIMEOUT_S = 10
_pools = {}
_pools_lock = threading.Lock()

_SELECT = ", ".join(f"to_char({f}, 'YYYY-MM-DD') AS {f}" if f in ("start_date", "end_date") else f
                    for f in FIELDS)
_STORED = list(FIELDS) + list(EXTRA_FIELDS) + ["geom"]
_ORDER = 'ORDER BY start_date, id COLLATE "C"'      # Python's string order, whatever the server's locale
_KEY_SELECT = ", ".join("to_char(start_date, 'YYYY-MM-DD')" if f == "start_date" else f for f in KEY_FIELDS)


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
        """The three layers, as :func:`geo.layers.read_layers` returns them.

        Parameters
        ----------
        day_window : (date, date), optional
            Only features shown on some day from the first to the last (both included).
        bbox : (float, float, float, float), optional
            Only features whose bounding box meets (xmin, ymin, xmax, ymax), in degrees.
        """
        where, params = ["layer = ANY(%s)"], [list(MAP_LAYERS)]
        if day_window is not None:
            where.append("valid && daterange(%s::date, %s::date, '[]')")
            params += [str(day_window[0]), str(day_window[1])]
        if bbox is not None:
            where.append("geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)")
            params += [float(v) for v in bbox]
        columns = ", ".join([_SELECT, *EXTRA_FIELDS, "ST_AsBinary(geom)"])
        with self.connection() as conn:
            self._check_schema(conn)
            rows = conn.execute(f"SELECT {columns} FROM events WHERE {' AND '.join(where)} {_ORDER}",
                                params).fetchall()
        return _frames(rows)

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
        """Validate, geocode and save events in one transaction.

        Returns
        -------
        SaveResult
            Events whose key is already in the database are ``already_there``
            (with the stored id); repeats within ``events`` are ``skipped``; a
            new event whose id is taken gets a fresh one (as the file backend does).

        Raises
        ------
        geo.review.SaveError
            With every problem found; nothing is written.
        """
        from ..review import SaveError, make_id

        events = list(events)
        if not events:
            raise SaveError(["no accepted events to save"])
        rows, problems = [], []
        for number, event in enumerate(events, start=1):
            try:
                event = validate_event(event, "review table", f"row {number}")
                rows.append(_row(event, self.gazetteer, "review table", f"row {number}"))
            except DataError as exc:
                problems.append(str(exc))
        if problems:
            raise SaveError(problems)

        result = SaveResult()
        numbers = {id(row): number for number, row in enumerate(rows, start=1)}
        batch = {}
        for row in rows:
            key = event_key(row)
            if key in batch:
                result.skipped.append(row["id"])
            else:
                batch[key] = row
        with self.connection() as conn, conn.transaction():
            self._check_schema(conn)
            conn.execute("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE")
            stored = _stored_ids(conn, list(batch))
            fresh = [row for key, row in batch.items() if key not in stored]
            result.already_there.extend(stored[key] for key in batch if key in stored)
            try:
                _check_roads(conn, [(numbers[id(row)], row) for row in fresh], "review table")
            except DataError as exc:
                raise SaveError([str(exc)]) from None
            taken = _taken_ids(conn, [r["id"] for r in fresh], [make_id(r) for r in fresh])
            for row in fresh:
                if row["id"] in taken:
                    row["id"] = make_id(row, taken)
                taken.add(row["id"])
            with conn.cursor() as cur:
                cur.executemany(f"INSERT INTO events ({', '.join(_STORED)}) "
                                f"VALUES ({', '.join(['%s'] * len(_STORED))})",
                                [_values(row) for row in fresh])
            result.added.extend(row["id"] for row in fresh)
        return result

    def load_csv(self, path):
        """Load an events CSV (``python -m geo db load``), idempotently, in one transaction.

        Every row is validated and geocoded as the build does, then copied in
        with ``COPY``. Rows whose key is already in the database (or repeats a
        row above it) are left alone: loading a file twice changes nothing.

        Returns
        -------
        SaveResult
            ``added`` and ``already_there`` ids (as in the file).

        Raises
        ------
        DataError
            On a bad row (naming its line), or an id the database holds for another event.
        """
        numbered = read_events(path)
        rows = _located(numbered, self.gazetteer, str(path))
        with self.connection() as conn, conn.transaction():
            self._check_schema(conn)
            conn.execute("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE")
            conn.execute(f"CREATE TEMPORARY TABLE staging ON COMMIT DROP AS "
                         f"SELECT 0 AS line, {', '.join(_STORED)} FROM events WITH NO DATA")
            _check_roads(conn, rows, path)
            copy_rows(conn, "staging", ["line", *_STORED], ((line, *_values(row)) for line, row in rows))
            clash = conn.execute(
                "SELECT s.line, s.id FROM staging s JOIN events e USING (id) "
                f"WHERE ({', '.join('s.' + f for f in KEY_FIELDS)}) "
                f"IS DISTINCT FROM ({', '.join('e.' + f for f in KEY_FIELDS)}) ORDER BY s.line LIMIT 1").fetchone()
            if clash:
                raise DataError(path, clash[0], "id", f"{clash[1]!r} is already in the database for another "
                                                       "event (different place, layer, kind, date, claimant or source)")
            added = [r[0] for r in conn.execute(
                f"INSERT INTO events ({', '.join(_STORED)}) SELECT {', '.join(_STORED)} FROM staging "
                "ORDER BY line ON CONFLICT DO NOTHING RETURNING id")]
        new = set(added)
        return SaveResult(added=added, already_there=[row["id"] for _, row in rows if row["id"] not in new])


def copy_rows(conn, table, columns, rows):
    """``COPY`` rows (tuples, geometry as hex EWKB text) into a table."""
    with conn.cursor() as cur:
        with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def _row(event, gazetteer, path, line):
    """An event with its labels and geometry (None for layer 'other', which is not drawn)."""
    row = dict(event)
    if event["layer"] in MAP_LAYERS:
        geometry, labels = locate(event, gazetteer, path, line)
        row.update(labels)
        row["geom"] = shapely.to_wkb(shapely.set_srid(geometry, 4326), hex=True, include_srid=True)
    else:
        row.update({f: None for f in EXTRA_FIELDS}, geom=None)
    return row


def _check_roads(conn, numbered, path):
    """The build's rule (:mod:`geo.roads`): a road has one state per day, stored and new rows together.

    ``numbered``: (line, row) of the rows being saved; those already stored (by key) are not new.
    """
    new = [(line, row) for line, row in numbered if row["layer"] == "corridors"]
    if not new:
        return
    stored = [dict(zip(("id", "status", "kind", "start_date", "end_date", "place_label", *KEY_FIELDS), r))
              for r in conn.execute(f"SELECT id, status, kind, to_char(start_date, 'YYYY-MM-DD'), "
                                    f"coalesce(to_char(end_date, 'YYYY-MM-DD'), ''), place_label, "
                                    f"{_KEY_SELECT} FROM events WHERE layer = 'corridors'")]
    keys = {event_key(row) for row in stored}
    roads = {}
    for line, row in [(0, row) for row in stored] + [(n, r) for n, r in new if event_key(r) not in keys]:
        ends = row["place_label"].split(" – ")
        roads.setdefault(road_key(ends[0], ends[-1]), []).append(stage(line, row))
    try:
        check_one_state_per_day(roads, path)
    except DataError as exc:
        message = exc.message.replace(", line 0,", ", saved in the database,")
        raise DataError(exc.path, exc.line, exc.field, message) from None


def _located(numbered, gazetteer, path):
    """(line, row) for events read from a file; each distinct place is geocoded once."""
    cache, rows = {}, []
    for line, event in numbered:
        where = (event["layer"], event["place"])
        if where not in cache:
            located = _row(event, gazetteer, path, line)
            cache[where] = {f: located[f] for f in (*EXTRA_FIELDS, "geom")}
        rows.append((line, {**event, **cache[where]}))
    return rows


def _values(row):
    values = [row[f] for f in _STORED]
    values[FIELDS.index("end_date")] = row["end_date"] or None
    return values


def _stored_ids(conn, keys):
    """{key: stored id} for the keys already in the database."""
    if not keys:
        return {}
    columns = ", ".join(KEY_FIELDS)
    found = conn.execute(
        f"SELECT {columns}, id FROM events WHERE ({columns}) IN "
        f"(SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::date[], %s::text[], %s::text[]))",
        [list(column) for column in zip(*keys)]).fetchall()
    return {(*r[:3], r[3].isoformat(), *r[4:6]): r[6] for r in found}


def _taken_ids(conn, ids, bases):
    """Ids already used among ``ids`` and those that start like ``bases`` (make_id's renames)."""
    if not ids:
        return set()
    patterns = [b.replace("_", r"\_") + "%" for b in bases]
    return {r[0] for r in conn.execute("SELECT id FROM events WHERE id = ANY(%s) OR id LIKE ANY(%s)",
                                       (ids, patterns))}


def _frames(rows):
    """The three GeoDataFrames (columns of :data:`geo.layers.COLUMNS`) from selected rows.

    Built column by column from plain lists, once per layer: a few milliseconds for the
    thousands of rows of a view, where masking one big frame costs tens.
    """
    import geopandas as gpd
    by_layer = {name: [] for name in MAP_LAYERS}
    layer_at = COLUMNS.index("layer")
    for row in rows:
        by_layer[row[layer_at]].append(row)
    layers = {}
    for name, part in by_layer.items():
        columns = list(zip(*part)) if part else [()] * (len(COLUMNS) + 1)
        data = {column: list(values) for column, values in zip(COLUMNS, columns)}
        geometry = shapely.from_wkb(np.asarray(columns[-1], dtype=object)) if part else []
        layers[name] = gpd.GeoDataFrame(data, columns=list(COLUMNS), geometry=geometry, crs=_CRS)
    return layers
