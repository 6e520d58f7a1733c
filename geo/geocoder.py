"""Geocoders with geopy's interface: offline by default, online as an option.

``OfflineGeocoder`` answers from the project's gazetteer (no network, ever).
``OnlineGeocoder`` asks a geopy backend (Nominatim by default) through geopy's
``RateLimiter`` (Nominatim's policy: one request a second), remembers every
answer in a JSON cache on disk so a name is asked once, and falls back to the
offline answer when the service times out or fails. Nothing in the default run
or the tests goes online.

Every ``Location`` these return carries in ``raw`` the fields of the CLI
contract: ``query, name, lat, lon, source, precision, country``.
"""

import logging
import json
import os
import tempfile
import threading
from pathlib import Path

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from .errors import PlaceNotFound
from .gazetteer import load_gazetteer

log = logging.getLogger(__name__)


def match_record(match):
    """The contract's JSON record for a :class:`geo.gazetteer.Match`."""
    p = match.place
    return {"query": match.query, "name": p.label, "lat": p.lat, "lon": p.lon,
            "source": p.source, "precision": p.precision, "country": p.country}


class OfflineGeocoder(Geocoder):
    """geopy-compatible geocoder over the offline gazetteer.

    Parameters
    ----------
    gazetteer : geo.gazetteer.Gazetteer, optional
        Defaults to :func:`geo.gazetteer.load_gazetteer`.
    """

    def __init__(self, gazetteer=None):
        super().__init__()
        self.gazetteer = gazetteer or load_gazetteer()

    def geocode(self, query, *, exactly_one=True, timeout=None, near=None):
        """Resolve a place name; ``None`` when it is unknown (as geopy does).

        ``near`` (lat, lon) breaks ties towards the other places of a report.
        """
        try:
            match = self.gazetteer.resolve(query, near=near)
        except PlaceNotFound:
            return None
        location = _location(match_record(match) | {"how": match.how, "score": match.score, "tier": match.tier,
                                                     "note": match.note, "alternatives": list(match.alternatives)})
        return location if exactly_one else [location]

    def reverse(self, query, *, exactly_one=True, timeout=None):
        raise NotImplementedError("the offline gazetteer does not reverse-geocode")


def _location(record):
    return Location(record["name"], (record["lat"], record["lon"]), record)


class OnlineGeocoder(Geocoder):
    """An online geopy backend, rate-limited and cached, with an offline fallback.

    Parameters
    ----------
    backend : geopy.geocoders.base.Geocoder, optional
        Defaults to ``Nominatim(user_agent="corridor-map")``.
    cache_path : path, optional
        JSON file of past answers (default ``$CORRIDOR_MAP_CACHE/online-geocode.json``).
    min_delay_seconds : float
        Pause between requests; 1 s is Nominatim's policy.
    timeout : float
        Seconds to wait for one answer before falling back.
    fallback : geopy.geocoders.base.Geocoder, optional
        Asked when the service fails; defaults to :class:`OfflineGeocoder`.
    """

    def __init__(self, backend=None, cache_path=None, min_delay_seconds=1.0, timeout=5.0,
                 fallback=None):
        super().__init__(timeout=timeout)
        if backend is None:
            from geopy.geocoders import Nominatim
            backend = Nominatim(user_agent="corridor-map", timeout=timeout)
        self.backend = backend
        self._ask = RateLimiter(backend.geocode, min_delay_seconds=min_delay_seconds,
                                max_retries=0, swallow_exceptions=False)
        self._fallback = fallback
        from .gazetteer import _cache_dir
        self.cache_path = Path(cache_path or _cache_dir() / "online-geocode.json")
        self._lock = threading.Lock()
        self._cache = self._read_cache()

    @property
    def fallback(self):
        if self._fallback is None:
            self._fallback = OfflineGeocoder()
        return self._fallback

    def _read_cache(self):
        try:
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save_cache(self):
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.cache_path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(self._cache, f, ensure_ascii=False, indent=0)
        os.replace(tmp, self.cache_path)

    def geocode(self, query, *, exactly_one=True, timeout=None):
        """Cached answer, else the service's, else the offline one; ``None`` if all fail."""
        key = " ".join(query.split()).casefold()
        with self._lock:
            record = self._cache.get(key)
        if record is None:
            try:
                found = self._ask(query, exactly_one=True, timeout=timeout or self.timeout)
            except GeopyError as exc:
                log.warning("online geocoder failed for %r (%s); using the offline answer",
                            query, type(exc).__name__)
                return self.fallback.geocode(query, exactly_one=exactly_one)
            if found is None:
                return self.fallback.geocode(query, exactly_one=exactly_one)
            raw = found.raw if isinstance(found.raw, dict) else {}
            record = {"query": query, "name": found.address, "lat": found.latitude,
                      "lon": found.longitude, "source": "online",
                      "precision": _online_precision(raw), "country": _online_country(raw)}
            with self._lock:
                self._cache[key] = record
                self._save_cache()
        location = _location(dict(record, query=query))
        return location if exactly_one else [location]

    def reverse(self, query, *, exactly_one=True, timeout=None):
        raise NotImplementedError


def _online_precision(raw):
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    if kind in ("city", "town", "village", "hamlet", "suburb"):
        return "town"
    if kind in ("county", "district", "municipality"):
        return "district"
    if kind in ("state", "region", "province", "country"):
        return "region"
    return "site"


def _online_country(raw):
    code = (raw.get("address") or {}).get("country_code", "")
    return code.upper()


def geocode_many(names, geocoder, progress=None):
    """Geocode a list of names, reporting progress (online look-ups take a second each)."""
    results = []
    for done, name in enumerate(names, 1):
        results.append((name, geocoder.geocode(name)))
        if progress and (done % 10 == 0 or done == len(names)):
            progress(done, len(names))
    return results
