"""One interface to the events, whichever backend holds them.

Two backends answer the same calls:

* :class:`~geo.store.files.FileStore` (the default, nothing to install): the
  curated ``data/events.csv`` and the built ``layers/`` folder, saved under a
  file lock on one machine;
* :class:`~geo.store.postgis.PostgisStore`: a team's shared PostgreSQL +
  PostGIS database (``CORRIDOR_MAP_DATABASE=postgresql://…`` or
  ``--database``), which several people, dashboard servers and QGIS use at once.

Every store can

* ``read_events()``: every event (dicts of :data:`geo.events.FIELDS`), sorted
  by start date and id;
* ``build_layers()``: the three map layers made from the events, as
  ``python -m geo build`` makes them;
* ``read_layers(day_window=None, bbox=None)``: the layers the dashboard shows
  (GeoDataFrames as :func:`geo.layers.read_layers` returns), optionally only
  the features shown on some day of ``day_window`` (first, last; both
  included) whose bounding box meets ``bbox`` (xmin, ymin, xmax, ymax in
  degrees);
* ``add_events(events)``: validate (like the build) and save in one
  transaction, returning a :class:`SaveResult`; an event whose key (place,
  layer, kind, start date, claimant, source) is already saved is reported, not
  saved twice;
* ``version()`` and ``changes_since(version)``: a cheap stamp that changes
  with every save, and what was added since one.
"""

from dataclasses import dataclass, field

from ..errors import GeoError

KEY_FIELDS = ("place", "layer", "kind", "start_date", "claimed_by", "source")


def event_key(event):
    """The key that makes an event "the same report": saving it twice adds it once."""
    return tuple(event[f] for f in KEY_FIELDS)


@dataclass(frozen=True)
class SaveResult:
    """What a save did.

    ``added``: ids of the events written; ``already_there``: ids (as stored)
    of events that were saved before, by key; ``skipped``: ids of events that
    repeat an earlier event of the same batch; ``invalid``: ``(description,
    reason)`` of events left out as invalid (only when the caller asked to
    save the valid ones, e.g. :func:`geo.review.save_events` with
    ``skip_invalid``; otherwise an invalid event is a ``SaveError``).
    """
    added: list = field(default_factory=list)
    already_there: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    invalid: list = field(default_factory=list)


@dataclass(frozen=True)
class Changes:
    """Events added since a version, and the version to ask from next time.

    ``complete`` is True when ``events`` is every event (a store that keeps no
    history, or a version it does not know): replace, don't append.
    """
    version: object
    events: list
    complete: bool = False


def is_database_url(text):
    """True for a PostgreSQL connection URL (``postgresql://`` or ``postgres://``)."""
    return str(text or "").startswith(("postgresql://", "postgres://"))


def open_store(database=None, events_csv=None, layers_dir=None, gazetteer=None):
    """The store to use: PostGIS when ``database`` is a URL, else the files.

    Parameters
    ----------
    database : str, optional
        ``postgresql://…``; empty or None for the files.
    events_csv, layers_dir : path, optional
        The file backend's CSV and layer folder (default: the project's).
    gazetteer : geo.gazetteer.Gazetteer, optional
        Used to geocode what is saved (loaded on first need).

    Raises
    ------
    GeoError
        When ``database`` is given but is not a PostgreSQL URL.
    """
    if database:
        if not is_database_url(database):
            raise GeoError(f"not a PostgreSQL URL: {database!r} (expected postgresql://…)")
        from .postgis import PostgisStore
        return PostgisStore(database, gazetteer)
    from .files import FileStore
    return FileStore(events_csv, layers_dir, gazetteer)
