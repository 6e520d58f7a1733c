"""A factory named by its town, with what it makes between ("labels of the X match factory", "a bottle from the Y
brandy works") is the maker, not the town: no event there. A factory hit, shut with a road blocked, or a town named
after the factory ("the silk factory in X") keep their events."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2020-11-21"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_labels_of_a_match_factory(gazetteer):
    assert _places("Wanted: old labels of the Goris match factory, any year, in good condition.", gazetteer) == {}


def test_a_bottle_from_the_brandy_works(gazetteer):
    assert _places("Our member found a bottle from the Goris brandy works in his attic.", gazetteer) == {}


# --- near sentences where the rule must not fire ---

def test_a_factory_shelled_is_an_event(gazetteer):
    assert _places("Shells hit the Goris brandy works on Monday.", gazetteer).get("Goris") == "shelling"


def test_a_factory_shut_with_the_road_blocked(gazetteer):
    got = _places("The Goris brandy factory was shut after the road to the town was blocked.", gazetteer)
    assert got.get("Goris") == "corridors"


def test_a_strike_at_the_factory_in_a_town(gazetteer):
    got = _places("Workers of the silk factory in Goris went on strike.", gazetteer)
    assert got.get("Goris") == "other"


def test_a_site_named_by_its_place_alone_is_kept(gazetteer):
    got = _places("The Goris works turned out more ore than ever this year, the ministry said.", gazetteer)
    assert "Goris" in got
