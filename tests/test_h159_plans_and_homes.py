"""heldout159: where a reservoir's water is to go, where families lived until they moved, and first names of a
club's own people are no events."""
import datetime as dt

from geo.extract import extract_text

PUBLISHED = dt.date(2022, 5, 14)


def _places(text):
    return {e["place"] for e in extract_text(text, PUBLISHED)}


def test_water_to_irrigate_districts_is_a_plan():
    text = "The ministry now says the canal's water will irrigate some 40,000 hectares in the Barda, Aghdam and Goranboy districts."
    assert not _places(text) & {"Barda", "Aghdam", "Goranboy"}


def test_water_expected_to_irrigate_too():
    text = "Officials said the new canal is expected to irrigate about 12,000 hectares in the Barda and Goranboy districts."
    assert not _places(text) & {"Barda", "Goranboy"}


def test_irrigation_claimed_in_the_past_stays():
    # a claim in the past tense is left as it was
    text = "The ministry says the canal's water irrigated some 40,000 hectares in the Barda and Goranboy districts."
    assert {"Barda", "Goranboy"} <= _places(text)


def test_lived_until_now_is_no_event():
    text = "Until now the returnees had lived in Baku, Barda and Goranboy, the official said."
    assert not _places(text) & {"Baku", "Barda", "Goranboy"}


def test_until_now_with_fire_stays():
    text = "Until now rockets had hit Barda and Goranboy every night, the official said."
    assert {"Barda", "Goranboy"} <= _places(text)


def test_own_helper_named_in_commas_is_no_place():
    text = "Our new helper, Martuni, will open the hall on Fridays while shells fell on Tartar."
    assert _places(text) == {"Tartar"}


def test_name_before_own_role_is_no_place():
    text = "We thank Narek, our pianist, for the music at the evening in Goris."
    assert _places(text) == {"Goris"}


def test_own_village_in_commas_stays():
    assert "Chinarli" in _places("Our village, Chinarli, was shelled on Monday.")


def test_neighbour_village_in_commas_stays_a_place():
    # "our neighbour" before a noun describes the village, it names no person
    text = "A shell fell near Kornidzor, our neighbour village, and traffic on the Goris–Kornidzor road stopped."
    assert "Kornidzor" in _places(text)
