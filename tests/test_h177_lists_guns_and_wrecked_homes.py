"""Places a body names as where people came under fire, guns heard at a place, and homes said to be wrecked."""
import datetime

from geo.extract import extract_text
from bench.eval_extract import _loose

DAY = datetime.date(2018, 9, 16)


def _events(text):
    return {e["place"]: e for e in extract_text(text, DAY)}


def test_villages_a_ministry_named_as_places_under_fire_are_shelled_by_its_account():
    text = ("The defence ministry named Garalar and Kokhanabi, villages of the Tovuz district, as places whose "
            "farmers had come under fire.")
    found = _events(text)
    for place in ("Garalar", "Kokhanabi"):
        assert found[place]["layer"] == "shelling"
        assert _loose(found[place]["claimed_by"], "Azerbaijani Defence Ministry")


def test_villages_named_as_the_best_to_visit_stay_other_and_unclaimed():
    found = _events("The mayor named Garalar and Kokhanabi as the best villages to visit in spring.")
    assert all(e["layer"] == "other" and not e["claimed_by"] for e in found.values())


def test_guns_heard_at_a_village_are_fire_there():
    found = _events("Reporters staying in Talish heard the guns once more on Wednesday night.")
    assert found["Talish"]["layer"] == "shelling"


def test_guns_heard_falling_silent_are_no_fire():
    found = _events("Reporters staying in Talish heard the guns fall silent on Wednesday night.")
    assert found["Talish"]["layer"] == "other"


def test_houses_said_to_be_wrecked_in_a_town_are_damage_there():
    found = _events("In Tartar itself several houses had been wrecked, the agency wrote.")
    assert found["Tartar"]["layer"] == "shelling"


def test_cars_wrecked_in_a_pile_up_are_no_shelling():
    found = _events("In Tartar several cars were wrecked in a pile-up on the main street.")
    assert found["Tartar"]["layer"] != "shelling"
