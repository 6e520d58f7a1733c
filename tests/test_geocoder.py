"""geopy-compatible geocoders: the offline one, and the online chain with its cache and fallback.

No test goes online: the "online" backend here is a stand-in that counts its calls.
"""

import json

from geopy.exc import GeocoderTimedOut
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.geocoder import OfflineGeocoder, OnlineGeocoder


class FakeService(Geocoder):
    """A geopy backend that answers from a dict, or times out."""

    def __init__(self, answers=None, fail=False):
        super().__init__()
        self.answers, self.fail, self.calls = answers or {}, fail, []

    def geocode(self, query, exactly_one=True, timeout=None):
        self.calls.append(query)
        if self.fail:
            raise GeocoderTimedOut("service timed out")
        if query not in self.answers:
            return None
        lat, lon = self.answers[query]
        return Location(query, (lat, lon), {"addresstype": "village",
                                           "address": {"country_code": "am"}})


def test_offline_geocoder_honours_the_geopy_interface(gazetteer):
    geocoder = OfflineGeocoder(gazetteer)
    assert isinstance(geocoder, Geocoder)
    location = geocoder.geocode("Idzhevan")
    assert (round(location.latitude, 2), round(location.longitude, 2)) == (40.88, 45.15)
    assert location.raw["source"] == "geonames" and location.raw["precision"] == "town"
    assert location.raw["country"] == "AM"
    curated = geocoder.geocode("Laçın")
    assert curated.raw["source"] == "curated" and curated.raw["name"] == "Berdzor/Lachin"
    assert geocoder.geocode("Qwxzrtplk") is None
    assert isinstance(geocoder.geocode("Goris", exactly_one=False), list)


def test_online_answer_is_cached_on_disk_and_asked_once(tmp_path, gazetteer):
    service = FakeService({"Khndzoresk": (39.5053, 46.4361)})
    cache = tmp_path / "online.json"
    online = OnlineGeocoder(service, cache_path=cache, min_delay_seconds=0,
                            fallback=OfflineGeocoder(gazetteer))
    first = online.geocode("Khndzoresk")
    assert first.raw["source"] == "online" and first.raw["country"] == "AM"
    assert first.raw["precision"] == "town"
    again = OnlineGeocoder(service, cache_path=cache, min_delay_seconds=0).geocode("khndzoresk ")
    assert (again.latitude, again.longitude) == (first.latitude, first.longitude)
    assert service.calls == ["Khndzoresk"]
    assert "khndzoresk" in json.loads(cache.read_text(encoding="utf-8"))


def test_timeout_falls_back_to_the_offline_answer(tmp_path, gazetteer, caplog):
    online = OnlineGeocoder(FakeService(fail=True), cache_path=tmp_path / "c.json",
                            min_delay_seconds=0, fallback=OfflineGeocoder(gazetteer))
    location = online.geocode("Ijevan")
    assert location.raw["source"] == "geonames" and location.raw["country"] == "AM"
    assert "GeocoderTimedOut" in caplog.text                # the user is told why
    assert not (tmp_path / "c.json").exists()            # a failure is not cached


def test_online_not_found_falls_back_too(tmp_path, gazetteer):
    online = OnlineGeocoder(FakeService({}), cache_path=tmp_path / "c.json", min_delay_seconds=0,
                            fallback=OfflineGeocoder(gazetteer))
    assert online.geocode("Ijevan").raw["source"] == "geonames"
    assert online.geocode("Qwxzrtplk") is None


def test_rate_limiter_spaces_requests(tmp_path, gazetteer):
    import time
    service = FakeService({"A1": (40, 45), "B2": (40, 45.1)})
    online = OnlineGeocoder(service, cache_path=tmp_path / "c.json", min_delay_seconds=0.3,
                            fallback=OfflineGeocoder(gazetteer))
    start = time.monotonic()
    online.geocode("A1")
    online.geocode("B2")
    assert time.monotonic() - start >= 0.3
