"""Second reading of heldout155: two people's shared home, the public told by the way it comes, and people hurt in
the plural."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 11, 2)


def _events(text):
    return [(e["place"], e["layer"]) for e in extract_text(text, DAY)]


def _places(text):
    return [e["place"] for e in extract_text(text, DAY)]


# --- "both men come from X": the home of people already named, no event there
def test_both_men_come_from_is_their_home():
    assert "Tartar" not in _places("Both men come from Tartar and have worked at the bakery since 2005.")


def test_all_three_brothers_come_from_is_their_home():
    assert "Goranboy" not in _places("All three brothers come from Goranboy, and they still keep bees.")


def test_both_men_come_from_to_a_market_is_still_a_trip():
    # (a journey on from the home keeps it, as for "our members come from X to ...")
    assert "Tartar" in _places("Both men come from Tartar to the market in Barda every Friday.")


def test_shells_that_came_from_a_place_stay():
    assert "Tartar" in _places("Both shells came from Tartar, the ministry said on Sunday.")


# --- "patients coming from X can ...": advice to the public, no event there
def test_patients_coming_from_a_district_can_ask():
    assert "Aghjabadi" not in " ".join(_places(
        "Patients coming from the Aghjabadi district can book a later visit by telephone."))


def test_visitors_travelling_from_a_town_may_park():
    assert "Tartar" not in _places("Visitors travelling from Tartar may park behind the hall.")


def test_visitors_coming_from_a_town_turned_back_stay():
    assert "Tartar" in _places("Visitors coming from Tartar were turned back at the checkpoint on Monday.")


def test_lorries_coming_from_a_town_are_not_the_public():
    assert "Tartar" in _places("Lorries coming from Tartar can wait at the gate.")


# --- "seven people in X were hurt in fire": people hurt in the plural, counted at a place
def test_people_in_a_town_were_hurt_in_fire():
    assert ("Barda", "shelling") in _events("Five people in Barda were hurt on Sunday in fire that began at noon.")


def test_people_were_hurt_in_a_town():
    assert ("Goranboy", "shelling") in _events("Four people were hurt in Goranboy on Monday in fire from the south.")


def test_people_hurt_in_a_crash_are_no_shelling():
    assert ("Tartar", "shelling") not in _events("Four people in Tartar were hurt on Monday in a crash on the highway.")


def test_people_hurt_when_a_wall_fell_are_no_shelling():
    assert ("Barda", "shelling") not in _events("Three children in Barda were hurt when a wall collapsed in the storm.")


def test_none_hurt_is_no_shelling():
    assert ("Barda", "shelling") not in _events("None of the pupils in Barda were hurt.")


def test_people_hurt_by_a_mine_are_left_to_the_mine_readings():
    assert ("Tartar", "shelling") not in _events("Three shepherds were hurt on Monday near the Tartar mine field.")
