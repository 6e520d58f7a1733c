"""Layers of four shapes: a post standing on a road, a parade along a runway, a sentence dated by a ceremony at a
place, and a family sheltering in a town through the fighting."""

from tests.helpers import rows


def layers(text, gazetteer):
    return {name: r["layer"] for r in rows(text, gazetteer) for name in r["place_name"].split(";")}


def test_a_post_on_the_road_between_two_towns_is_a_checkpoint_at_both(gazetteer):
    found = layers("Only a rusty barrier remains of the Russian post on the road from Lachin towards Goris.", gazetteer)
    assert found["Lachin"] == "checkpoints"
    assert found["Goris"] == "checkpoints"


def test_a_road_without_a_post_is_still_a_route(gazetteer):
    found = layers("Lorries drove on the road from Lachin towards Goris all night.", gazetteer)
    assert found["Lachin"] == "corridors"


def test_soldiers_marching_along_a_runway_are_a_parade_not_a_route(gazetteer):
    found = layers("Hundreds of soldiers marched along the runway of Ganja airport on Monday.", gazetteer)
    assert found["Ganja International Airport"] == "other"


def test_a_ceremony_that_dates_the_sentence_is_no_checkpoint_there(gazetteer):
    text = "By the farewell ceremony at Ganja airport on 2 May, all 25 checkpoints on the roads had been removed."
    assert layers(text, gazetteer)["Ganja International Airport"] == "other"


def test_a_checkpoint_at_the_town_itself_is_still_one(gazetteer):
    text = "Soldiers set up a checkpoint at Lachin on 2 May."
    assert layers(text, gazetteer)["Lachin"] == "checkpoints"


def test_a_family_sitting_out_the_fighting_in_a_town_is_no_shelling_there(gazetteer):
    text = ("She said her family spent the first nights of the fighting, 5 and 6 October, at an aunt's flat in "
            "Ganja and went back when the shelling stopped.")
    assert layers(text, gazetteer)["Ganja"] == "other"


def test_days_of_shelling_at_a_town_are_still_shelling(gazetteer):
    assert layers("Tartar endured three days of shelling last week.", gazetteer)["Tartar"] == "shelling"


def test_fire_at_a_place_after_an_opening_time_is_still_fire_there(gazetteer):
    text = "By the evening the shelling in Tartar had begun again, the district head said."
    assert layers(text, gazetteer)["Tartar"] == "shelling"


def test_a_single_shell_told_by_what_it_did_is_shelling(gazetteer):
    text = "A farmer said the roof of the mosque in Tartar was torn open by a shell that landed on Sunday."
    assert layers(text, gazetteer)["Tartar"] == "shelling"


def test_a_shell_company_is_no_shell(gazetteer):
    text = "The hotel in Tartar was bought by a shell company last year."
    assert layers(text, gazetteer)["Tartar"] == "other"
