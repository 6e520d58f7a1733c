"""A shop's or a club's own lines name towns where nothing happens: its own buyers named by where they are ("our
buyers in X and Y"), goods that arrived from a maker in a town ("from the carver in X"), a book's imprint ("a manual
printed in X in 1978") and a workshop's order told by whom it is for ("a bell for a village church near X"). The
same towns told with war, aid or a teller's news stay."""

from functools import partial

from tests.helpers import waypoint_layers

layers = partial(waypoint_layers, published="2022-08-10")


def test_our_buyers_in_towns_are_no_event(gazetteer):
    got = layers("Our buyers in Goris and Sisian will have seen that the Monday lorry did not come.", gazetteer)
    assert "Goris" not in got and "Sisian" not in got


def test_buyers_in_a_shelled_town_stay(gazetteer):
    got = layers("Our buyers in Goris and Sisian hid in cellars when the shelling began.", gazetteer)
    assert "Goris" in got


def test_goods_from_a_carver_in_a_town_are_no_route(gazetteer):
    assert "Sisian" not in layers("New dice have arrived from the carver in Sisian: bone and horn.", gazetteer)
    assert "Goris" not in layers("Fresh cups have arrived from the potter in Goris: glazed, in two sizes.", gazetteer)


def test_a_maker_who_tells_the_news_keeps_the_town(gazetteer):
    got = layers("New boxes arrived from the carver in Goris, who said the town was shelled overnight.", gazetteer)
    assert "Goris" in got


def test_a_book_printed_in_a_town_is_no_event(gazetteer):
    got = layers("The library has a new old book: a guide to the mountains, printed in Sisian in 1965.", gazetteer)
    assert "Sisian" not in got


def test_books_printed_in_a_town_with_no_year_stay(gazetteer):
    got = layers("The new hall in the old school shows maps he drew and books that were printed in Goris.", gazetteer)
    assert "Goris" in got


def test_a_book_printed_in_a_town_under_fire_stays(gazetteer):
    got = layers("The booklets printed in Goris burned when shells hit the print shop.", gazetteer)
    assert "Goris" in got


def test_an_order_for_a_church_near_a_town_is_no_event(gazetteer):
    assert "Sisian" not in layers("A copper lamp for a village church near Sisian: the metal is paid for.", gazetteer)
    assert "Tegh" not in layers("Two benches for the community of Tegh, to be ready by June.", gazetteer)


def test_a_school_hit_near_a_town_stays(gazetteer):
    got = layers("A shell fell on a village school near Sisian on Tuesday, and the windows for the school were lost.",
                 gazetteer)
    assert "Sisian" in got
