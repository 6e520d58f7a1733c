"""A thing that arrived from, or was sent by, a friend or relative in a town only locates the sender."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 7, 2)


def _events(text, place):
    return [e for e in extract_text(text, DAY) if e["place"] == place]


def test_arrived_from_a_cousin_in_a_town_only_locates_the_cousin():
    assert _events("The varnish for the lids has at last arrived from a cousin in Goris.", "Goris") == []


def test_arrived_from_a_friend_in_a_town_only_locates_the_friend():
    assert _events("The spare reeds have arrived from a friend in Martuni, so the repairs can go on.", "Martuni") == []


def test_goods_from_a_warehouse_keep_their_route():
    assert any(e["layer"] == "corridors" for e in _events("Flour has arrived from a warehouse in Goris.", "Goris"))


def test_families_going_to_relatives_keep_the_town():
    assert _events("Shelling drove families out of Martuni and many went to relatives in Goris.", "Goris")
