"""A road cut or blocked, with no other place saying where on it: the blockade is the road's news, drawn between
the towns that name the road; anything else on a road (a mine, a shot) still stays off its end towns."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

DAY = datetime.date(2024, 3, 12)


_rows = partial(place_layer_pairs, published=DAY)


def test_a_blocked_road_named_from_town_to_town_is_a_corridor_event(gazetteer):
    assert _rows("Villagers blocked the road from Goris to Kapan for three hours on Tuesday.", gazetteer) \
        == {("Goris;Kapan", "corridors")}


def test_a_town_glossed_with_its_other_name_is_still_the_roads_end(gazetteer):
    assert _rows("Soldiers cut the road from Vardenis to Aghdara, which Armenians call Martakert.", gazetteer) \
        == {("Vardenis;Martakert", "corridors")}          # Aghdara is filed under Martakert


def test_a_mine_on_a_road_is_not_placed_at_the_towns_that_name_it(gazetteer):
    found = {name for name, _ in _rows("A mine exploded on the road from Goris to Kapan on Tuesday.", gazetteer)}
    assert not found & {"Goris", "Kapan", "Goris;Kapan"}


def test_a_point_on_a_blocked_road_still_takes_the_blockade(gazetteer):
    found = _rows("Protesters blocked the road from Goris to Kapan near the village of Davit Bek.", gazetteer)
    assert {name for name, _ in found} == {"Davit Bek"}


def test_a_road_blocked_in_protest_is_no_corridor_event(gazetteer):
    for text in ("Striking miners blocked the road from Goris to Kapan on Tuesday, demanding higher wages.",
                 "Students blocked the highway from Yerevan to Gyumri in protest at the new law."):
        assert not any(layer == "corridors" for _, layer in _rows(text, gazetteer)), text


def test_a_road_cut_in_its_own_clause_is_a_corridor_event_beside_the_fighting_elsewhere(gazetteer):
    found = _rows("Rebel units cut the highway from Ijevan to Noyemberyan and then pushed on towards Berd.", gazetteer)
    assert ("Ijevan;Noyemberyan", "corridors") in found
    assert ("Berd", "shelling") in found


def test_a_place_in_the_roads_own_clause_still_says_where_on_it(gazetteer):
    found = _rows("Rebel units cut the highway from Ijevan to Noyemberyan near Berd and then withdrew.", gazetteer)
    assert not {name for name, _ in found} & {"Ijevan", "Noyemberyan", "Ijevan;Noyemberyan"}


def test_posts_set_up_on_a_road_section_taken_are_the_roads_news(gazetteer):
    # (a checkpoint only set up on the road, no section taken, is a checkpoint at its towns: tests/test_border_standoff_r46b.py)
    for text in ("In May 2022 the army took control of a stretch of the Ijevan-Noyemberyan road, set up police posts "
                 "and began checking every car.",):
        found = _rows(text, gazetteer)
        assert {layer for _, layer in found} == {"corridors"}, text
        assert len(found) == 1 and ";" in next(iter(found))[0], text


def test_shooting_on_a_road_section_taken_still_stays_off_its_towns(gazetteer):
    found = _rows("Gunmen took control of a stretch of the Goris-Kapan road and fired at passing cars.", gazetteer)
    assert not {name for name, _ in found} & {"Goris", "Kapan", "Goris;Kapan"}
