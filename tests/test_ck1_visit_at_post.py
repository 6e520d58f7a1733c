"""A visit to a border post ("visited the X checkpoint", "went to the X crossing", "took the envoys to the X
checkpoint") is the visit's news (`other`), as a visit anywhere; a meeting on a crossing named by both its sides
("met on the A–B crossing") is a meeting at each. Vehicles going to the post, and a tour to show works done at it,
stay as they were."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2023-07-30")


def test_minister_visited_the_checkpoint(gazetteer):
    text = "On Monday the deputy minister visited the Margara checkpoint with a group of ambassadors."
    assert layers(text, gazetteer).get("Margara crossing") == "other"


def test_aide_took_the_envoys_to_the_checkpoint(gazetteer):
    text = "The president's aide took a dozen foreign envoys to the Lachin border checkpoint on 2 July."
    assert layers(text, gazetteer).get("Hakari Bridge") == "other"


def test_meeting_on_a_crossing_named_by_both_sides(gazetteer):
    text = "The two envoys held a short meeting on Wednesday on the Alican–Margara border crossing."
    found = layers(text, gazetteer)
    assert found.get("Margara crossing") == "other"
    assert found.get("Alican border gate") == "other"


def test_lorries_going_to_the_checkpoint_are_no_visit(gazetteer):
    text = "On Monday three lorries of flour went to the Margara checkpoint on their way to Turkey."
    assert layers(text, gazetteer).get("Margara crossing") != "other"


def test_tour_of_the_works_stays_the_post(gazetteer):
    text = ("Officials took reporters on a tour of the Margara checkpoint on Thursday to show the new passport "
            "booths.")
    assert layers(text, gazetteer).get("Margara crossing") == "checkpoints"
