"""An opening "In X" before "it" or "he" and a verb of telling ("In Kapan it listed two schools") names where, not
who: the pronoun speaks (the body heard before); "they" after a capital stays its people, and a named speaker or a
pronoun set off by commas is read as before."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 5, 10)
TALLY = "The emergencies ministry published its tally of the damage on Tuesday.\n"


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_in_a_town_it_listed_is_the_body_heard_before():
    assert _claims(TALLY + "In Kapan it listed two schools and a clinic among the buildings hit.") == {
        "Kapan": "emergencies ministry"}


def test_at_a_village_he_counted_is_no_village_speaking():
    claims = _claims("The mayor of Goris, Arush Arushanyan, toured the border on Monday.\n"
                     "At Tegh he counted ten houses hit by shells.")
    assert claims["Tegh"] != "Tegh"


def test_they_after_a_capital_is_not_the_body():
    assert _claims(TALLY + "In Baku they say the shelling of Kapan was answered.")["Kapan"] != "emergencies ministry"


def test_a_named_speaker_after_the_town_speaks():
    assert _claims(TALLY + "In Kapan the mayor said two schools had been hit.") == {"Kapan": "local officials"}


def test_a_pronoun_set_off_by_commas_is_read_as_before():
    assert _claims(TALLY + "In Kapan, it said, two schools had been hit.") == {"Kapan": "emergencies ministry"}
