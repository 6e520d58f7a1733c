"""Peacekeepers' posts: posts standing on the roads out of a town are checkpoints, though the roads are named; a post
set in a district said to be dismantled or taken down is a checkpoint event there; peacekeepers who take control of a
town deploy there (checkpoints), while soldiers who take control of a town capture it and peacekeepers who take over a
road leave it to the corridors."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2020-12-02")


def test_posts_on_the_roads_out_of_a_town_are_checkpoints(gazetteer):
    text = ("Russian soldiers now keep posts on the roads out of Goris, where they look at passports and search "
            "lorries for arms.")
    assert layers(text, gazetteer).get("Goris") == "checkpoints"


def test_the_roads_out_of_a_town_without_posts_stay_corridors(gazetteer):
    text = "Lorries queued for hours on the roads out of Goris after the snow."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_post_in_a_district_dismantled_is_a_checkpoint(gazetteer):
    text = "The ministry had said before that a post in the Martuni district was dismantled last week."
    assert layers(text, gazetteer).get("Khojavend District") == "checkpoints"


def test_post_in_a_district_taken_down_is_a_checkpoint(gazetteer):
    text = "A second post in the Martuni district was taken down on Friday, the ministry said."
    assert layers(text, gazetteer).get("Khojavend District") == "checkpoints"


def test_peacekeepers_taking_control_of_a_town_deploy_there(gazetteer):
    text = ("According to the Interfax agency, a company of Russian peacekeepers took control of Shushi on Friday "
            "and set up six posts along the front line.")
    assert layers(text, gazetteer).get("Shusha") == "checkpoints"


def test_soldiers_taking_control_of_a_town_is_no_checkpoint(gazetteer):
    text = "Azerbaijani special forces took control of Shushi on Sunday after four days of fighting."
    assert layers(text, gazetteer).get("Shusha") != "checkpoints"


def test_peacekeepers_taking_control_of_a_road_is_no_checkpoint(gazetteer):
    text = "Russian peacekeepers took control of the Goris road on Friday, and the first buses drove through."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_post_on_a_website_removed_is_no_checkpoint(gazetteer):
    text = "A post about the Martuni district was taken down by the site on Friday."
    assert layers(text, gazetteer).get("Khojavend District") != "checkpoints"
