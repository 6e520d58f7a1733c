"""A regional governor named with his title ("The governor of Syunik, A B,", "the governor, A B,") is the one a later
bare "the governor said" means, though others spoke between; with no governor named it stays an unnamed regional
governor, and another title is not him."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 5, 10)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_the_governor_named_of_a_province_then_the_governor_said():
    text = ("The governor of Syunik, Robert Ghukasyan, toured the villages on Monday with reporters.\n"
            "Villagers in Tegh told him their roofs were gone.\n"
            "Ten houses in Kapan were also damaged, the governor said.")
    assert _claims(text)["Kapan"] == "Robert Ghukasyan"


def test_the_governor_named_in_a_list_of_escorts_then_the_governor_said():
    text = ("The visitors were accompanied by the governor, Robert Ghukasyan, and by two officers.\n"
            "Ten houses in Kapan were damaged, the governor said.")
    assert _claims(text) == {"Kapan": "Robert Ghukasyan"}


def test_no_governor_named_stays_an_unnamed_governor():
    text = "Shells fell on Goris, residents said.\nTen houses in Kapan were also damaged, the governor said."
    assert _claims(text)["Kapan"] == "local officials (regional governor)"


def test_the_mayor_is_not_the_governor_named():
    text = ("The governor of Syunik, Robert Ghukasyan, toured the villages on Monday.\n"
            "Ten houses in Kapan were also damaged, the mayor said.")
    assert _claims(text)["Kapan"] == "local officials"


def test_a_governor_of_a_bank_is_no_regional_head_for_the_mayor():
    text = ("The governor of the Central Bank, Martin Galstyan, spoke in Yerevan on Monday.\n"
            "Ten houses in Kapan were damaged, the mayor said.")
    assert _claims(text)["Kapan"] == "local officials"
