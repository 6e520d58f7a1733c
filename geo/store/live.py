"""A QGIS project whose layers read the team's PostGIS database directly.

``python -m geo export --format qgis --live`` writes only a ``.qgz``: its
layers are the database's ``corridors``, ``shelling``, ``checkpoints`` and
``other`` views (read by QGIS's own PostgreSQL provider), styled and
with the Temporal Controller set as in the GeoPackage export
(:mod:`geo.export`), so a QGIS user sees reports saved by anyone when the map
refreshes. The project's time range and view are the data's at export time.

The connection is written as the URL gives it (database, host or socket
folder, port, user, SSL mode), never a password: QGIS takes it from
``~/.pgpass``, a ``PGSERVICE`` or asks for it.
"""

from psycopg.conninfo import conninfo_to_dict

from ..errors import GeoError
from ..events import MAP_LAYERS
from ..export import GEOMETRY, write_project

_KEYS = ("dbname", "host", "port", "user", "sslmode", "service")


def datasource(url, name):
    """QGIS's data source string for one layer view of the database at ``url``."""
    params = conninfo_to_dict(url)
    parts = [f"{key}={_quote(params[key])}" for key in _KEYS if params.get(key)]
    parts += ["key='seq'", "srid=4326", f"type={GEOMETRY[name]}", "checkPrimaryKeyUnicity='0'",
              f'table="public"."{name}" (geom)']
    return " ".join(parts)


def _quote(value):
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def span_and_extent(store):
    """The data's first and last day and its extent (with the export's margin), from the database."""
    with store.connection() as conn:
        store._check_schema(conn)
        first, last, *box = conn.execute(
            "SELECT min(start_date), max(greatest(start_date, end_date)), ST_XMin(ST_Extent(geom)), "
            "ST_YMin(ST_Extent(geom)), ST_XMax(ST_Extent(geom)), ST_YMax(ST_Extent(geom)) "
            "FROM events WHERE layer = ANY(%s)", (list(MAP_LAYERS),)).fetchone()
    span = (first, last) if first else None
    if box[0] is None:
        return span, None
    xmin, ymin, xmax, ymax = box
    dx, dy = max((xmax - xmin) * 0.1, 0.05), max((ymax - ymin) * 0.1, 0.05)
    return span, tuple(round(v, 5) for v in (xmin - dx, ymin - dy, xmax + dx, ymax + dy))


def export_live(store, out=None):
    """Write the live project (``out``: a ``.qgz`` file or a folder; default ``out/``).

    Returns
    -------
    list of pathlib.Path
        The project written.
    """
    if not hasattr(store, "connection"):
        raise GeoError("--live needs a PostGIS database (CORRIDOR_MAP_DATABASE or --database)")
    span, extent = span_and_extent(store)
    sources = {name: datasource(store.url, name) for name in MAP_LAYERS}
    return write_project(sources, "postgres", span, extent, out)
