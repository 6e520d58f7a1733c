"""Places named only to say where an office's remit lies are no events: an office or officeholder "in" a list of
towns or districts ("the Reconstruction Service in Lachin, Kalbajar and Gubadli", "the president's representative
in A and B") names whom it serves, not where anything happened; one office "in" one town, or a thing put "into
service in" several, stays news there."""

import pytest

from tests.helpers import place_layers


@pytest.mark.parametrize("text, listed, scene", [
    ("Orkhan Valiyev of the Reconstruction Service in Lachin, Kalbajar and Gubadli said twelve new houses had been "
     "handed over in Fuzuli on Monday.", ("Lachin", "Kalbajar", "Gubadli"), "Fuzuli"),
    ("The deputy special representative of the president in Lachin and Kalbajar opened a new school in Fuzuli.",
     ("Lachin", "Kalbajar"), "Fuzuli"),
    ("The district prosecutors in Barda, Goranboy and Yevlakh opened cases after a mine wounded a farmer near Fuzuli "
     "on Sunday.", ("Barda", "Goranboy", "Yevlakh"), "Fuzuli"),
])
def test_an_office_in_a_list_of_places_is_no_event_there(gazetteer, text, listed, scene):
    layers = place_layers(text, gazetteer)
    assert scene in layers, layers
    assert not any(name in layers for name in listed), layers


@pytest.mark.parametrize("text, places", [
    ("The tax office in Goris was damaged by shelling overnight.", ("Goris",)),
    ("Two new substations were put into service in Lachin and Kalbajar on Friday.", ("Lachin", "Kalbajar")),
])
def test_one_office_in_one_town_or_a_thing_put_into_service_stays_news(gazetteer, text, places):
    layers = place_layers(text, gazetteer)
    assert all(name in layers for name in places), layers


def test_offices_opened_in_several_towns_are_news_there(gazetteer):
    layers = place_layers("The monitoring mission has opened new offices in Sisian, Kapan and Jermuk this spring.",
                          gazetteer)
    assert all(name in layers for name in ("Sisian", "Kapan", "Jermuk")), layers
