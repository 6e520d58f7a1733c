"""A border guard station is a post on the line, as a border post is; border guards deployed along a line stand
there as they do deployed on or at it; places others asked the writer about are asked, not told; Azerbaijan's deputy
prime minister (and his office) speaks for its government, as Armenia's does for its own."""

from functools import partial

from geo.extract.actors import canonical_actor
from tests.helpers import place_layers

layers = partial(place_layers, published="2024-05-27")


def test_a_border_guard_station_is_a_post(gazetteer):
    text = "On Saturday the minister looked round the border guard station in the Berd area, his office said."
    assert layers(text, gazetteer).get("Berd") == "checkpoints"


def test_a_border_guard_school_is_no_post(gazetteer):
    text = "On Saturday the minister opened a border guard school in Berd."
    assert layers(text, gazetteer).get("Berd") == "other"


def test_border_guards_deployed_along_the_line(gazetteer):
    text = ("At the old chapel in Berd the officers showed the minister how border guards were being deployed along "
            "the new line.")
    assert layers(text, gazetteer).get("Berd") == "checkpoints"


def test_a_chapel_visit_alone_is_no_post(gazetteer):
    text = "At the old chapel in Berd the minister lit a candle and spoke with the priest."
    assert layers(text, gazetteer).get("Berd") == "other"


def test_places_others_asked_the_writer_about(gazetteer):
    text = ("Others asked me about the villages across the river, Berd and Noyemberyan, and about Ijevan, but I only "
            "sell bread.")
    assert layers(text, gazetteer) == {}


def test_people_asking_whether(gazetteer):
    text = "People ask me whether Berd will keep its bus to Ijevan."
    assert layers(text, gazetteer) == {}


def test_others_who_report_fire_are_still_told(gazetteer):
    text = "Others said that shells hit Berd on Monday night."
    assert layers(text, gazetteer).get("Berd") == "shelling"


def test_a_place_asked_about_that_a_clause_tells_was_hit(gazetteer):
    text = "Others asked me about Berd, which was shelled on Monday."
    assert layers(text, gazetteer).get("Berd") == "shelling"


def test_azerbaijan_s_deputy_prime_minister_s_office_is_its_government():
    assert canonical_actor("Azerbaijani Deputy Prime Minister's office") == "Azerbaijani government"
    assert canonical_actor("Azerbaijani Deputy Prime Minister") == "Azerbaijani government"


def test_armenia_s_deputy_prime_minister_stays_armenia_s():
    assert canonical_actor("Armenian Deputy Prime Minister's office") == "Armenian government"
