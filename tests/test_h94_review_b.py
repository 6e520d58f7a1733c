"""Posts on the roads that were hit are the fire's news and posts on the roads shared or read are writings on the web,
not checkpoints; a post in a district taken down by fire is shelling; peacekeepers taking control of the situation in a
town tell of no deployment there."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2020-12-02")


def test_posts_on_the_roads_destroyed_by_drones_are_fire(gazetteer):
    text = ("Azerbaijani drones destroyed two posts on the roads near Martakert on Tuesday, the Armenian Defence "
            "Ministry said.")
    assert layers(text, gazetteer).get("Martakert") == "shelling"


def test_posts_on_the_highways_shelled_are_fire(gazetteer):
    text = "Armenian artillery shelled posts on the highways leading to Tartar overnight, the Azerbaijani MoD said."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_posts_on_the_roads_shared_on_social_media_are_no_checkpoint(gazetteer):
    text = "Photos of the posts on the roads out of Askeran were shared on social media on Sunday."
    assert layers(text, gazetteer).get("Askeran") != "checkpoints"


def test_posts_on_the_roads_read_by_readers_are_no_checkpoint(gazetteer):
    text = "Her posts on the roads of Goris, written during the blockade, drew thousands of readers."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_post_in_a_district_taken_down_by_shelling_is_fire(gazetteer):
    text = "A post in the Martuni district was taken down by shelling on Monday, the Karabakh army said."
    assert layers(text, gazetteer).get("Khojavend District") != "checkpoints"
    assert "checkpoints" not in layers(text, gazetteer).values()


def test_post_in_a_district_dismantled_by_a_drone_strike_is_fire(gazetteer):
    text = "A post in the Martakert district was dismantled by an Azerbaijani drone strike on Tuesday."
    assert "checkpoints" not in layers(text, gazetteer).values()


def test_peacekeepers_taking_control_of_the_situation_is_no_deployment(gazetteer):
    text = "The Russian peacekeepers took control of the situation in Martakert after the clashes, Zakharova said."
    assert layers(text, gazetteer).get("Martakert") != "checkpoints"


def test_peacekeepers_taking_control_of_a_town_still_deploy_there(gazetteer):
    text = "The Russian peacekeepers took control of Martakert on 14 November and set up posts."
    assert layers(text, gazetteer).get("Martakert") == "checkpoints"


def test_posts_on_the_roads_out_of_a_town_stay_checkpoints(gazetteer):
    text = "Russian peacekeepers stand at posts on the roads out of Askeran and check every car."
    assert layers(text, gazetteer).get("Askeran") == "checkpoints"
