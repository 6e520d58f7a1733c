"""Fire aimed at a place with its hours set off between ("the fire, from six until eleven, was aimed at positions
near X") is fire at it, as "the fire was aimed at" is; a campaign or a display so aimed, or a blaze, is not."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 12, 16)


def _layers(text):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY)}


def test_fire_with_its_hours_set_off_aimed_at_positions():
    assert _layers("The ministry said the fire, from ten to six until a quarter to eleven, was aimed at Azerbaijani "
                   "positions near Zod.") == {"Zod": "shelling"}


def test_fire_with_its_guns_set_off_directed_at_a_village():
    assert _layers("The fire, from mortars and machine guns, was directed at the village of Tegh.") == {
        "Tegh": "shelling"}


def test_a_campaign_so_aimed_is_no_fire():
    assert _layers("The campaign, from May until June, was aimed at voters in Goris.") == {"Goris": "other"}


def test_a_firework_display_so_aimed_is_no_fire():
    assert _layers("The firework display, from nine until ten, was aimed at visitors to Goris.") == {"Goris": "other"}


def test_a_blaze_set_off_by_a_clause_is_no_fire():
    assert _layers("The fire, which started in a kitchen, was put out before it reached Goris.") == {"Goris": "other"}
