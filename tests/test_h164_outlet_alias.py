"""Forrights.am, an Armenian site, is read as Armenian media both by the extractor and by the actor table."""

from geo.extract.actors import canonical_actor


def test_forrights_is_armenian_media():
    assert canonical_actor("Forrights.am") == "Armenian media"


def test_an_unlisted_site_is_not_made_armenian_media():
    assert canonical_actor("Forwrongs.am") != "Armenian media"
