"""An order book's line opened by a town, then the client there and a colon before the work ("X, the Avagyan house:
chimney cap", "Y, the shop of A B: a new sign") only says where the client is: no event at the town. A line with
war news, a client told as hit, or a village with no client named stays."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2016-04-27"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_town_then_house_then_colon_is_an_order_line(gazetteer):
    assert "Askeran" not in _places("Askeran, the Petrosyan house: gutter repair and two new tiles.", gazetteer)


def test_town_then_shop_of_someone_is_an_order_line(gazetteer):
    assert "Martuni" not in _places("Martuni, the shop of Aram Danielyan: a painted board over the door.", gazetteer)


def test_bulleted_order_line(gazetteer):
    assert "Goris" not in _places("- Goris, the Sargsyan bakery: new flue cowl, before the winter.", gazetteer)


# --- near sentences where the rule must not fire ---

def test_client_line_with_shelling_stays(gazetteer):
    assert "Askeran" in _places("Askeran, the school: windows broken by shelling overnight.", gazetteer)


def test_client_in_apposition_hit_stays(gazetteer):
    got = _places("Askeran, the Petrosyan house, was hit by a shell on Tuesday.", gazetteer)
    assert got.get("Askeran") == "shelling"


def test_town_then_village_and_soldiers_stays(gazetteer):
    assert "Martuni" in _places("Martuni, the village: soldiers entered it at dawn.", gazetteer)
