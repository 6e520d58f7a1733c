"""Layers of common news phrasings: a checkpoint said to stand in a corridor; a border crossing's pass closed or
reopened; vehicles waiting at a crossing named alone."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

DAY = datetime.date(2023, 6, 1)


_rows = partial(place_layer_pairs, published=DAY)


def test_a_checkpoint_in_the_corridor_is_the_checkpoint(gazetteer):
    assert _rows("Two students were held for hours at the checkpoint in the Lachin corridor on Monday.", gazetteer) \
        == {("Lachin corridor", "checkpoints")}


def test_checkpoints_along_the_road_through_the_corridor(gazetteer):
    assert _rows("Soldiers now staff checkpoints along the road through the Berdzor corridor.", gazetteer) \
        == {("Lachin corridor", "checkpoints")}


def test_a_checkpoint_at_the_corridors_entrance(gazetteer):
    assert _rows("Border troops opened a checkpoint at the entrance to the Lachin corridor.", gazetteer) \
        == {("Lachin corridor", "checkpoints")}


def test_a_checkpoint_set_up_with_words_between_it_and_the_corridor(gazetteer):
    """'set up a checkpoint on Friday inside the X corridor', 'the checkpoint Baku installed on the X corridor': the
    words of its setting up stand between; a comma ends the checkpoint's phrase."""
    assert _rows("Soldiers put up a checkpoint early on Friday inside the Berdzor corridor.", gazetteer) \
        == {("Lachin corridor", "checkpoints")}
    assert _rows("Yerevan said the checkpoint Baku installed on the Lachin corridor broke the ceasefire.", gazetteer) \
        == {("Lachin corridor", "checkpoints")}
    assert _rows("The checkpoint reopened, and lorries moved along the Lachin corridor again.", gazetteer) \
        == {("Lachin corridor", "corridors")}


def test_the_corridor_blocked_stays_the_corridor(gazetteer):
    assert _rows("The Lachin corridor has been blocked by protesters since Tuesday.", gazetteer) \
        == {("Lachin corridor", "corridors")}


def test_a_checkpoint_at_a_bridge_on_the_corridor_leaves_the_corridor_a_route(gazetteer):
    rows = _rows("The army keeps a checkpoint at the Hakari bridge on the Lachin corridor.", gazetteer)
    assert ("Hakari Bridge", "checkpoints") in rows and ("Lachin corridor", "corridors") in rows


def test_a_crossings_pass_told_closed_in_a_clause_is_the_checkpoint(gazetteer):
    assert _rows("Lorries bound for Russia use the Upper Lars pass, which has been shut since Sunday.", gazetteer) \
        == {("Upper Lars", "checkpoints")}


def test_a_crossing_reopened_while_traffic_moves_is_the_checkpoint(gazetteer):
    assert _rows("Upper Lars reopened on Friday evening, and some 500 lorries moved north, the consulate said.",
                 gazetteer) == {("Upper Lars", "checkpoints")}


def test_a_crossing_closed_often_in_winter_is_the_checkpoint(gazetteer):
    assert _rows("In winter Upper Lars is often closed for days.", gazetteer) == {("Upper Lars", "checkpoints")}


def test_vehicles_parked_at_a_crossing_named_alone_wait_at_its_checkpoint(gazetteer):
    assert _rows("Some drivers think the Iranian lorries are still parked at Upper Lars.", gazetteer) \
        == {("Upper Lars", "checkpoints")}


def test_vehicles_waiting_at_a_village_that_is_no_crossing_are_on_their_way(gazetteer):
    assert _rows("The aid lorries have stood for a week at Kornidzor.", gazetteer) == {("Kornidzor", "corridors")}


def test_a_mountain_pass_closed_or_reopened_is_its_traffics_news(gazetteer):
    """'the X pass, which had been shut, was reopened': a pass is a way, so its closing is the corridor's news even
    with no road word in the sentence; a pass taken in battle stays a change of control."""
    assert _rows("The Sotk pass, which had been shut on Sunday, was reopened on Wednesday.", gazetteer) \
        == {("Sotk Pass", "corridors")}
    assert _rows("The Vardenyats pass was closed again on Thursday.", gazetteer) == {("Selim Pass", "corridors")}
    assert _rows("Armenian units seized the Omar pass in early April.", gazetteer) == {("Omar Pass", "other")}


def test_vehicles_waiting_at_the_posts_most_of_them_at_a_crossing(gazetteer):
    """'lorries were queuing at the country's border posts, most of them at X': the share of the wait told after it
    waits at X's checkpoint; lorries that left through the crossings, most of them at Y, were on their way."""
    assert _rows("Some 700 lorries were queuing on Monday at Georgia's border posts, most of them at Upper Lars.",
                 gazetteer) == {("Upper Lars", "checkpoints")}
    assert _rows("About 600 lorries left Armenia on Sunday through its crossings, most of them at Upper Lars.",
                 gazetteer) == {("Upper Lars", "corridors")}
    # the share in other words: "the majority of them at X", "the rest at Y"
    assert _rows("Around 500 trucks stood for days near the frontier crossings, the majority of them at Upper Lars.",
                 gazetteer) == {("Upper Lars", "checkpoints")}
