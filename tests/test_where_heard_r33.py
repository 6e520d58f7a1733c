"""Places a sentence names only as where the writer met a speaker, where goods come from, or where a refused journey
was to go, never the scene of its news; a post at a crossing known by its crossing word is that checkpoint; a road
is read under both sides' names."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs, rows

DAY = datetime.date(2023, 5, 10)


def _places(text, gazetteer):
    """Every place of the extractor's rows for ``text`` (a route's places one by one)."""
    return {name for row in rows(text, gazetteer, DAY) for name in row["place_name"].split(";")}


_pairs = partial(place_layer_pairs, published=DAY)


def test_where_the_writer_met_a_speaker_is_no_place(gazetteer):
    assert "Kapan" not in _places("A nurse I met in Kapan told me that the hospital in Sisian was full.", gazetteer)
    assert _places("A shepherd I talked to in Vardenis said soldiers dug trenches near Sotk.", gazetteer) == {"Sotk"}
    assert "Goris" not in _places("Families we interviewed in Goris yesterday told us the road to Stepanakert was "
                                  "blocked.", gazetteer)


def test_a_meeting_of_the_speakers_themselves_is_still_a_place(gazetteer):
    assert "Vienna" in _places("When we met in Vienna we agreed to reopen the Lachin road.", gazetteer)


def test_where_lacking_or_waiting_goods_come_from_is_no_place(gazetteer):
    assert "Goris" not in _places("The bakery in Martuni shut because of a lack of flour from Goris, the baker said.",
                                  gazetteer)
    assert _places("A lorry of food packed in Vanadzor has stood at Bagratashen for two days.", gazetteer) \
        == {"Bagratashen"}


def test_goods_that_arrive_keep_where_they_came_from(gazetteer):
    assert {"Goris", "Stepanakert"} <= _places("Aid prepared in Goris reached Stepanakert on Monday.", gazetteer)


def test_a_refused_journey_does_not_reach_its_destination(gazetteer):
    assert "Ijevan" not in _places("Wounded soldiers were refused transfer to a hospital in Ijevan.", gazetteer)
    assert ("Shusha", "checkpoints") in _pairs("Drivers were denied entry to Shusha at the police post.", gazetteer)


def test_a_post_at_a_crossing_known_by_its_crossing_word_is_its_checkpoint(gazetteer):
    assert _pairs("The post at Hakari was reinforced on Friday.", gazetteer) == {("Hakari Bridge", "checkpoints")}
    assert _pairs("The Armenian side wants the post at Hakari removed.", gazetteer) \
        == {("Hakari Bridge", "checkpoints")}
    assert _pairs("Soldiers manned the post at Goris all night.", gazetteer) == {("Goris", "other")}


def test_a_road_is_read_under_both_sides_names(gazetteer):
    for name in ("Berdzor road", "Lachin road", "Berdzor corridor"):
        match = gazetteer.resolve(name)
        assert (match.place.name, match.how) == ("Lachin corridor", "exact")


def test_a_routes_other_word_is_given_to_the_other_sides_name():
    from geo.gazetteer import _other_sides_route_names
    assert _other_sides_route_names(["Kelbajar road", "Kelbajar highway"], ["Karvachar corridor", "Kelbajar corridor"]) \
        == ["Karvachar road", "Karvachar highway"]
    assert _other_sides_route_names(["Kelbajar road"], ["Karvachar", "Kelbajar"]) == []     # a town, no route
