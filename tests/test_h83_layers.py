"""Fire heard near a village is gunfire there; buildings the damage only describes, told as repaired, are the
repair's news; a crowd's march through a town is a protest there, not a route."""

from tests.helpers import rows


def _layer(text, place, gazetteer, published="2020-08-05"):
    found = [r for r in rows(text, gazetteer, published) if place in r["place_name"].split(";")]
    assert found, text
    return found[0]["layer"]


def test_fire_heard_close_to_the_village_is_shelling(gazetteer):
    text = "The ombudsman said people in Tegh could hear the fire close to the village late on Monday."
    assert _layer(text, "Tegh", gazetteer) == "shelling"


def test_a_fire_alarm_heard_is_no_shelling(gazetteer):
    text = "Pupils in Tegh could hear the fire alarm during the drill on Monday."
    assert _layer(text, "Tegh", gazetteer) != "shelling"


def test_houses_damaged_then_repaired_are_the_repairs_news(gazetteer):
    text = "The homes of Tegh damaged in the spring were rebuilt within a month, the governor said."
    assert _layer(text, "Tegh", gazetteer) == "other"


def test_houses_damaged_without_a_repair_stay_shelling(gazetteer):
    text = "The homes of Tegh were damaged by shells in the spring, the governor said."
    assert _layer(text, "Tegh", gazetteer) == "shelling"


def test_a_crowds_march_through_a_town_is_a_protest_there(gazetteer):
    text = "The march of thousands through Kapan on Tuesday evening ended at the town hall."
    assert _layer(text, "Kapan", gazetteer) == "other"


def test_a_march_from_town_to_town_is_still_a_route(gazetteer):
    text = "Hundreds of people marched from Goris to Kapan over three days."
    assert _layer(text, "Goris", gazetteer) == "corridors"


def test_a_meeting_behind_closed_doors_closes_nothing(gazetteer):
    text = "The governor came to Tegh on Friday, met the farmers behind closed doors and left."
    assert _layer(text, "Tegh", gazetteer) == "other"


def test_a_road_closed_is_still_closed(gazetteer):
    text = "Police closed the road to Tegh on Friday."
    assert _layer(text, "Tegh", gazetteer) != "other"


def test_news_heard_of_a_blaze_is_no_shelling(gazetteer):
    assert _layer("People in Kapan heard the fire had destroyed the market on Monday.", "Kapan", gazetteer) \
        != "shelling"
    assert _layer("Firefighters in Tegh heard the fire was spreading toward the forest.", "Tegh", gazetteer) \
        != "shelling"


def test_fire_trucks_and_a_weddings_fire_of_celebration_heard_are_no_shelling(gazetteer):
    assert _layer("Residents of Tegh could hear the fire trucks on Monday.", "Tegh", gazetteer) != "shelling"
    assert _layer("Residents of Tegh heard the fire of celebration as the wedding went on.", "Tegh", gazetteer) \
        != "shelling"


def test_fire_heard_from_the_border_posts_is_shelling(gazetteer):
    text = "Residents of Tegh could hear the fire from the border posts all night."
    assert _layer(text, "Tegh", gazetteer) == "shelling"


def test_buildings_hit_anew_that_had_been_rebuilt_before_stay_shelling(gazetteer):
    assert _layer("Schools in Tegh hit on Monday had been renovated only last year.", "Tegh", gazetteer) == "shelling"
    assert _layer("Houses in Tegh shelled on Monday were recently rebuilt after the war.", "Tegh", gazetteer) \
        == "shelling"


def test_a_march_through_a_town_on_to_another_is_a_route(gazetteer):
    assert _layer("The march of thousands through Goris to Kapan took three days.", "Goris", gazetteer) == "corridors"
    assert _layer("Hundreds of people marched through Goris and on to Kapan.", "Goris", gazetteer) == "corridors"


def test_protesters_marching_through_a_town_protest_there(gazetteer):
    assert _layer("Hundreds of protesters marched through Kapan on Tuesday.", "Kapan", gazetteer) == "other"
