"""The PostGIS schema, versioned: numbered ``migrations/NNNN_name.sql`` files applied in order.

``schema_version`` records which were applied; :func:`migrate` applies the
missing ones in one transaction, under an advisory lock so that two servers
starting at once do not both apply them.
"""

from pathlib import Path

import psycopg

from ..errors import GeoError

FOLDER = Path(__file__).resolve().parent / "migrations"
_LOCK = 7_261_010            # advisory lock id of the migrations (any constant)


def migrations():
    """(version, name, path) of every migration file, in order."""
    found = []
    for path in sorted(FOLDER.glob("*.sql")):
        number, _, name = path.stem.partition("_")
        found.append((int(number), name, path))
    return found


def latest():
    """The version the code expects."""
    return max(v for v, _, _ in migrations())


def current(conn):
    """The schema version of a database (0 when none was applied)."""
    exists = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(conn):
    """Apply the missing migrations; return the names applied (empty when up to date).

    Raises
    ------
    GeoError
        When the role may not create what a migration needs (the extensions).
    """
    applied = []
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                         "version integer PRIMARY KEY, name text NOT NULL, "
                         "applied_at timestamptz NOT NULL DEFAULT now())")
            done = {v for (v,) in conn.execute("SELECT version FROM schema_version")}
            for version, name, path in migrations():
                if version in done:
                    continue
                conn.execute(path.read_text(encoding="utf-8"))
                conn.execute("INSERT INTO schema_version (version, name) VALUES (%s, %s)", (version, name))
                applied.append(f"{version:04d}_{name}")
    except psycopg.errors.InsufficientPrivilege as exc:
        raise GeoError(f"the database role may not set up the schema ({exc.diag.message_primary}); "
                       "ask its administrator to run CREATE EXTENSION postgis; CREATE EXTENSION btree_gist; "
                       "in the database, or to run `python -m geo db init` as its owner") from None
    return applied
