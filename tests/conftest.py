"""Shared fixtures: the real gazetteer (built once into the user's cache) and the project paths."""

import itertools
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def gazetteer():
    from geo.gazetteer import load_gazetteer
    return load_gazetteer()


@pytest.fixture(scope="session")
def project_dir():
    return PROJECT


# --- the two stores: files, and PostGIS on a throw-away cluster ------------------------------

@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL + PostGIS server for the session, in a temporary folder (skips without one)."""
    from tests import pg_cluster as cluster
    reason = cluster.missing()
    if reason:
        pytest.skip(reason)
    server = cluster.Cluster()
    try:
        from geo.store.postgis import PostgisStore, close_pools
        PostgisStore(server.url).init()        # the template every test database is copied from
        close_pools()
        yield server
    finally:
        from geo.store.postgis import close_pools
        close_pools()
        server.stop()


@pytest.fixture
def pg_url(pg_cluster, request):
    """The URL of a fresh database with the schema, dropped after the test."""
    import psycopg
    from geo.store.postgis import close_pools
    name = f"t{next(_databases)}"
    admin = pg_cluster.url.replace("/corridor?", "/postgres?")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE corridor")
    yield pg_cluster.url.replace("/corridor?", f"/{name}?")
    close_pools()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


_databases = itertools.count(1)


@pytest.fixture(params=["files", "postgis"])
def backend(request):
    """The name of each backend in turn (store tests run against both)."""
    return request.param


@pytest.fixture
def spawn_context(monkeypatch):
    """A "spawn" multiprocessing context whose workers do not re-run this process's ``__main__``.

    Streamlit's AppTest runs a page as ``__main__``; a spawned worker would run
    that page again on start-up. Workers only need the test modules, which they
    import by name.
    """
    import multiprocessing
    import sys
    import types
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    return multiprocessing.get_context("spawn")
