"""Places added to the list the sentence before told of ("were also on the agency's list") carry that list's layer
and claimant; a village named like a word that "took mortar fire" is the subject of fire, so a place."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 7, 20)


def _events(text):
    return {e["place"]: e for e in extract_text(text, DAY)}


def test_places_also_on_the_agency_s_list_carry_its_fire_and_claimant():
    text = ("Armenpress reported that on Sunday the villages of Aygepar and Chinari were shelled. "
            "Movses and Berd were also on the agency's list.")
    found = _events(text)
    assert found["Movses"]["layer"] == "shelling" and found["Berd"]["layer"] == "shelling"
    assert found["Berd"]["claimed_by"] == found["Aygepar"]["claimed_by"] != ""


def test_places_on_another_kind_of_list_are_not_carried():
    # an agenda is no list of places hit
    text = ("Armenpress reported that on Sunday the villages of Aygepar and Chinari were shelled. "
            "Movses and Berd were also on the agenda of the visit.")
    found = _events(text)
    assert found["Berd"]["layer"] == "other"


def test_a_village_named_like_a_word_that_took_fire_is_a_place():
    assert _events("Chinari took heavy fire overnight on Sunday.")["Chinari"]["layer"] == "shelling"
    text = "The border villages, Chinari above all, took mortar fire all week."
    assert _events(text)["Chinari"]["layer"] == "shelling"


def test_a_word_like_name_that_took_no_fire_stays_no_place():
    assert "Chinari" not in _events("Chinari took the bus to Yerevan on Sunday.")
    assert "Chinari" not in _events("Chinari took a long time to answer on Sunday.")
