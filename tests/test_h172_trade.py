"""A trader's business lines name no scene: goods awaited from a town, a round of posting to towns, a town's own
club thanked."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 3, 10)


def _places(sentence):
    return [e["place"] for e in extract_text(sentence, DAY)]


def test_goods_waited_for_from_a_town_are_dropped():
    assert "Kapan" not in _places("The winter coats are sold out until January; we are waiting for pelts from Kapan.")


def test_goods_promised_from_a_town_are_dropped():
    assert "Ijevan" not in _places("The corks ran out on Tuesday; more promised from Ijevan by the weekend.")


def test_bare_goods_that_arrived_from_a_town_are_dropped():
    assert "Gyumri" not in _places("Buckles arrived from Gyumri with the evening bus.")


def test_word_waited_for_from_a_town_is_kept():
    assert "Shusha" in _places("Families in the shelter are waiting for word from Shusha.")


def test_people_who_arrived_from_a_town_are_kept():
    assert "Lachin" in _places("Refugees arrived from Lachin on Monday night.")


def test_fuel_promised_from_a_town_is_kept():
    assert "Nakhichevan" in _places("Forty tank cars of petrol were promised from Nakhichevan that week.")


def test_a_traders_round_of_posting_to_towns_is_dropped():
    places = _places("We post to Gyumri and Ijevan on Fridays only; the shop is shut on Sundays.")
    assert "Gyumri" not in places
    assert "Ijevan" not in places


def test_a_traders_future_delivery_to_a_town_is_dropped():
    assert "Dilijan" not in _places("From next month we will deliver to Dilijan ourselves.")


def test_a_delivery_done_is_kept():
    assert "Goris" in _places("We delivered blankets to Goris yesterday.")


def test_troops_sent_to_a_town_are_kept():
    assert "Lachin" in _places("We sent troops to Lachin.")


def test_a_towns_fishing_club_thanked_is_dropped():
    assert "Sisian" not in _places("The hostel thanks the Sisian fishing club for the loan of four tents.")


def test_a_towns_club_shelled_is_kept():
    assert "Sisian" in _places("A rocket hit the Sisian fishing club on Monday.")
