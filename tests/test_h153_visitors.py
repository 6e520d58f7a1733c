"""A town that only says where a shop's supplier works or where a visitor comes from is no event (heldout153 round)."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 10, 5)


def _places(text):
    return [(e["place"], e["layer"]) for e in extract_text(text, DAY)]


def test_wholesaler_in_town_locates():
    assert _places("The new walnut boards came from a wholesaler in Goris, cut and dried.") == []


def test_supplier_in_town_locates():
    assert _places("Our supplier in Goris has sent the spring seed.") == []


def test_photographer_from_town_locates():
    assert _places("Last week we put up a photographer from Goris and two students.") == []


def test_photographer_hurt_at_home_stays():
    assert _places("A photographer from Martakert was wounded when shells hit Martakert.") == [("Martakert", "shelling")]


def test_shelling_at_a_wholesaler_stays():
    assert _places("Shells hit a wholesaler in Martakert overnight.") == [("Martakert", "shelling")]


def test_girl_from_town_locates():
    assert _places("The violin for the girl from Sarushen is ready except for the strings.") == []


def test_boy_from_town_killed_stays():
    assert [p for p, _ in _places("A boy from Martakert was killed by a mine near Martakert.")] == ["Martakert"]
