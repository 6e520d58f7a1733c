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
* ``build_layers()``: the map layers made from the events, as
  ``python -m geo build`` makes them;
* ``read_layers(day_window=None, bbox=None)``: the layers the dashboard shows
  (GeoDataFrames as :func:`geo.layers.read_layers` returns), optionally only
  the features shown on some day of ``day_window`` (first, last; both
  included) whose bounding box meets ``bbox`` (xmin, ymin, xmax, ymax in
  degrees);
* ``add_events(events)``: validate (like the build) and save in one
  transaction, returning a :class:`SaveResult`: an invalid event is skipped
  with its reason while the valid ones are saved, and an event whose key
  (:func:`natural_key`: place, layer, kind, day, claimant, source) is already
  saved is reported, not saved twice;
* ``version()`` and ``changes_since(version)``: a cheap stamp that changes
  with every save, and what was added since one.

and answer what the dashboard asks of many events without handing over every
row (PostGIS in SQL, the files in memory, :mod:`geo.store.memory`), for
``filters`` mapping fields of :data:`FILTER_FIELDS` to the values kept (absent
or None: every value; empty: none), ``span`` (first, last) days, both included,
and ``window`` the days a report stays on the map (None: everything so far):

* ``facts(option_limit=None)``: :class:`Facts` (the data's first and last
  day, features per layer, each filter field's values, the most frequent
  ``option_limit`` of them);
* ``counts(filters, span=None, window=None)``: {layer: features} kept by
  the filters and shown on some day of ``span`` (:func:`geo.timeline.shown_between`);
* ``count_spans(filters, spans, window)``: the features shown in each span
  (how wide a slice of dates fits in the browser, :mod:`geo.mapslice`);
* ``weekly_counts(filters)`` and ``change_dates(filters)``: as
  :func:`geo.timeline.weekly_counts` and :func:`geo.timeline.change_dates`;
* ``read_shown(filters, span=None, window=None, limit=None)``: the layers of
  :meth:`read_layers` restricted to those features; with ``limit``, at most
  that many where possible: every feature in force, then the latest reports
  that follow the window (by start day, then id) while there is room.
"""

import datetime as dt

from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import GeoError
from ..events import waypoints
from ..names import display_key


# The fields the dashboard filters on (the layer toggles, kind, claimant, source, precision).
FILTER_FIELDS = ("layer", "kind", "claimed_by", "source", "geo_precision")


@dataclass(frozen=True)
class Facts:
    """What the dashboard needs of the whole data: its span, its size and the filters' choices.

    ``first``, ``last``: ``datetime.date`` (today for no data); ``totals``:
    {layer: features}; ``options``: {field: sorted values} for each of
    :data:`FILTER_FIELDS`.
    """
    first: dt.date
    last: dt.date
    totals: dict
    options: dict

    @property
    def total(self):
        return sum(self.totals.values())


def natural_key(event):
    """What makes two events the same report: place, layer, kind, day, claimant and source.

    Case, accents, punctuation and spacing do not count ("Stepanakert " equals "stepanakert").
    """
    return (_norm_places(str(event.get("place") or "")), _norm(event.get("layer")), _norm(event.get("kind")), str(event.get("start_date") or "").strip(),
            _norm(event.get("claimed_by")), _norm(event.get("source")))


@lru_cache(maxsize=1 << 16)
def _norm_places(place):
    return ";".join(_norm(p) for p in waypoints({"place": place}))


@lru_cache(maxsize=1 << 16)          # the same places, claimants and outlets come back (loads of 10^6 rows)
def _norm(value):
    return " ".join(display_key(str(value or "")).split())


@dataclass
class SaveResult:
    """What a save did with each event it was given.

    ``added``: the events written, as stored (with their final ids);
    ``existing``: (event, id of the stored one) for events already saved (same
    :func:`natural_key`, or earlier in the same save); ``skipped``: (event,
    reason) for events that are not valid.
    """
    added: list = field(default_factory=list)
    existing: list = field(default_factory=list)
    skipped: list = field(default_factory=list)

    @property
    def ids(self):
        """Ids of the added events."""
        return [e["id"] for e in self.added]


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
