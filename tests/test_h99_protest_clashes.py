"""A protest that is only the time of a clash ("during a protest near X, explosions were heard") is no blocking
point there, and a police cordon that stones were thrown at is the target, not a post set up."""

import datetime as dt

from tests.helpers import place_layers

PUBLISHED = dt.date(2024, 6, 8)


def test_protest_as_the_time_of_a_clash_is_no_blocking_point(gazetteer):
    text = ("Bottles were thrown at the riot police during a protest near Aygepar on 3 June, explosions were heard "
            "and four people were injured, prosecutors said.")
    assert place_layers(text, gazetteer, PUBLISHED).get("Aygepar") != "checkpoints"


def test_police_cordon_stones_were_thrown_at_is_no_post(gazetteer):
    text = ("On 4 June, 12 demonstrators were arrested outside the parliament in Gyumri after stones were thrown at "
            "the police cordon, the ministry said.")
    assert place_layers(text, gazetteer, PUBLISHED).get("Gyumri") != "checkpoints"


def test_protest_near_a_town_still_blocks_the_road(gazetteer):
    # negative: a protest near a town, with nothing else told, is held on its road
    text = "Farmers have held a protest near Aygepar since Monday, stopping the lorries."
    assert place_layers(text, gazetteer, PUBLISHED).get("Aygepar") == "checkpoints"
