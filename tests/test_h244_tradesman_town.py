"""A tradesman named by the town he works in, after a preposition's "the" or "our", names no scene."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 5, 3)


def _places(sentence):
    return [e["place"] for e in extract_text(sentence, DAY)]


def test_customer_tradesman_by_town_is_dropped():
    assert "Goris" not in _places("Still to finish: a new frame for the Goris carpenter and three blades for a "
                                  "farmer up the valley.")


def test_supplier_tradesman_by_town_is_dropped():
    assert "Sisian" not in _places("The iron hinges came from the Sisian blacksmith, as they always do.")


def test_our_tradesman_by_town_is_dropped():
    assert "Berd" not in _places("Our Berd potter has promised the glazed jars for the end of the month.")


def test_tradesman_kept_when_harm_is_told():
    assert "Goris" in _places("Shelling hit the workshop of the Goris carpenter on Monday, the police said.")


def test_town_kept_when_the_trade_is_no_person():
    assert "Sisian" in _places("A shell damaged the Sisian road on Monday, the ministry said.")


def test_tradesman_as_subject_keeps_news():
    # no preposition's "the": the sentence tells what happened in the town
    assert "Berd" in _places("In Berd a carpenter said drones flew over the town on Tuesday night.")
