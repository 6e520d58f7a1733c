"""What happened to the Lachin corridor, read by the sentence rather than always as its traffic.

The posts of the peacekeepers in the corridor ("the posts of the Russian peacekeepers in the X corridor were
dismantled") are its checkpoints, as "their posts in the X corridor" already are; the corridor handed over is land
given up (other), as a town handed over is; the people of the settlements in the corridor evacuated or told to leave
are the settlements' news (other): the corridor only says where they are. Traffic through the corridor, or its
villages, stays the corridor's."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-08-20")
CORRIDOR = "Lachin corridor"


def test_posts_of_the_peacekeepers_in_the_corridor_are_checkpoints(gazetteer):
    text = "Trend wrote that the posts of the Russian peacekeepers in the Lachin corridor had been dismantled overnight."
    assert layers(text, gazetteer).get(CORRIDOR) == "checkpoints"


def test_corridor_handed_over_is_other(gazetteer):
    text = "Officials in Baku said the Lachin corridor would be handed over to Azerbaijan at the end of the month."
    assert layers(text, gazetteer).get(CORRIDOR) == "other"


def test_settlements_of_the_corridor_evacuated_are_other(gazetteer):
    text = "The families of the villages along the Lachin corridor were told to leave before the deadline, APA said."
    assert layers(text, gazetteer).get(CORRIDOR) == "other"


def test_traffic_through_the_corridor_villages_stays_the_route(gazetteer):
    # negative: no one leaves; buses pass through the villages of the corridor
    text = "Buses carrying students passed through the villages of the Lachin corridor on Tuesday."
    assert layers(text, gazetteer).get(CORRIDOR) == "corridors"


def test_corridor_closed_stays_the_route(gazetteer):
    # negative: the corridor closed is its own traffic's news, even beside the word "posts"
    text = "The Lachin corridor was closed to all traffic after a protest near the posts, the ministry said."
    assert layers(text, gazetteer).get(CORRIDOR) == "corridors"


def test_people_handed_over_since_the_corridor_was_cut_stays_the_route(gazetteer):
    # negative: patients transferred, not the corridor given up
    text = ("The ICRC said it had transferred forty patients to Armenia since protesters blocked the Lachin corridor "
            "in December.")
    assert layers(text, gazetteer).get(CORRIDOR) == "corridors"
