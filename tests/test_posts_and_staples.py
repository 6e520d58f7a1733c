"""Posts that tend people or hold up a fence are no checkpoints; staples arriving from a town keep the town."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 3, 1)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_first_aid_and_fence_posts_set_up_are_no_checkpoints():
    assert _layers("Medical posts were set up in Goris for the families arriving from Karabakh.").get("Goris") \
        != "checkpoints"
    assert _layers("New fence posts were set up along the road in Tegh last week.").get("Tegh") != "checkpoints"


def test_posts_of_soldiers_set_up_are_still_checkpoints():
    assert _layers("Two new posts were set up near Tegh on Monday, villagers said.")["Tegh"] == "checkpoints"


def test_flour_arriving_from_a_town_keeps_the_town_but_spices_do_not():
    assert "Goris" in _layers("The flour arrived from Goris on Friday after ten days of waiting.")
    assert "Goris" not in _layers("Our saffron came from Goris, as every year.")
