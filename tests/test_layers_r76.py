"""Layers of an advance of the line stopped, of raids and captures on an axis, of posts that check the traffic, of a
release from a blockade and of a stretch of road shut: units that tried to move their positions forward near a
village and were stopped hold a line facing the other side there (checkpoints), while the attempt told alone is not;
a sabotage incursion launched towards a town, or a sabotage group being fought that had moved towards it, is fighting
there (shelling), but a group detained on its way is not, nor is a group caught after it tried to enter to lay mines;
soldiers of two armies who came to blows fought there (shelling); men taken prisoner "in the X direction" were
captured there, no fighting told (other); customs officers posted by a village and the checks at a village are a
post there (checkpoints), a video posted by residents is not; servicemen led out of the blockade around a village are
released, no blockade told (other); and a stretch of road near a town that stays shut is that road's closure
(corridors), unlike a pipeline broken on a stretch of ground."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(2021, 6, 10))


def test_an_advance_of_positions_stopped_holds_the_line(gazetteer):
    text = "Villagers said Azerbaijani units tried to push their positions forward near Tegh on Friday but were halted by Armenian border guards."
    assert layers(text, gazetteer).get("Tegh") == "checkpoints"


def test_an_advance_of_positions_told_alone_is_only_an_attempt(gazetteer):
    text = "The ministry said Azerbaijani units tried to move their positions forward near Tegh this morning."
    assert layers(text, gazetteer).get("Tegh") != "checkpoints"


def test_a_sabotage_incursion_launched_towards_a_town_is_fighting_there(gazetteer):
    text = "The army said an enemy reconnaissance and sabotage incursion was launched in the direction of Martakert before dawn."
    assert layers(text, gazetteer).get("Martakert") == "shelling"


def test_a_sabotage_group_being_destroyed_on_its_way_is_fighting_there(gazetteer):
    text = "Its units were still trying to destroy a sabotage group that had slipped in the direction of Martakert, the ministry said."
    assert layers(text, gazetteer).get("Martakert") == "shelling"


def test_a_sabotage_group_detained_on_its_way_fought_no_one_there(gazetteer):
    text = "The ministry said a sabotage group that had tried to cross in the direction of Martakert was detained."
    assert layers(text, gazetteer).get("Martakert") != "shelling"


def test_an_incursion_alone_is_no_raid(gazetteer):
    text = "Reports spoke of a second incursion farther north, near Chinari."
    assert layers(text, gazetteer).get("Chinari") != "shelling"


def test_a_group_caught_after_it_tried_to_enter_to_lay_mines_is_a_capture(gazetteer):
    text = ("Baku said an Armenian sabotage group had tried to enter its territory near Chinari in order to lay mines "
            "on the roads, and that four of its men had been captured.")
    assert layers(text, gazetteer).get("Chinari") == "other"


def test_a_group_driven_back_after_it_tried_to_enter_to_lay_mines_was_fought(gazetteer):
    text = ("Baku said an Armenian sabotage group had tried to enter its territory near Chinari in order to lay mines "
            "on the roads and had been driven back.")
    assert layers(text, gazetteer).get("Chinari") == "shelling"


def test_soldiers_who_came_to_blows_fought_there(gazetteer):
    text = "Soldiers of the two armies came to blows near Kornidzor on Sunday, a local website reported."
    assert layers(text, gazetteer).get("Kornidzor") == "shelling"


def test_men_taken_prisoner_on_an_axis_were_captured_there(gazetteer):
    text = "The defence army said about twenty soldiers had been taken prisoner in the Chinari direction."
    assert layers(text, gazetteer).get("Chinari") == "other"


def test_fighting_on_an_axis_is_still_fighting(gazetteer):
    text = "Heavy fighting was reported in the Chinari direction on Tuesday."
    assert layers(text, gazetteer).get("Chinari") == "shelling"


def test_customs_officers_posted_by_a_village_are_a_post_there(gazetteer):
    text = "Customs officers of the neighbouring state are posted near the village of Kornidzor, where they look at the papers of every lorry."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_a_video_posted_by_residents_is_no_post(gazetteer):
    text = "A video posted by residents of Goris showed the new bridge."
    assert layers(text, gazetteer).get("Goris") != "checkpoints"


def test_the_checks_at_a_village_are_a_post_there(gazetteer):
    text = "The checks at Kornidzor were extended to minibuses on Tuesday, a driver said."
    assert layers(text, gazetteer).get("Kornidzor") == "checkpoints"


def test_men_led_out_of_a_blockade_are_released_not_blockaded(gazetteer):
    text = "The ministry confirmed that a video showing soldiers being led out of the blockade around Tegh was genuine."
    assert layers(text, gazetteer).get("Tegh") == "other"


def test_a_blockade_around_a_village_is_still_one(gazetteer):
    text = "The ministry said the blockade around Tegh had lasted three days."
    assert layers(text, gazetteer).get("Tegh") == "checkpoints"


def test_a_stretch_of_road_near_a_town_kept_shut_is_its_closure(gazetteer):
    text = "The ministry said the stretch near Martakert would stay shut to drivers while soldiers search the woods."
    assert layers(text, gazetteer).get("Martakert") == "corridors"


def test_a_pipeline_broken_on_a_stretch_is_no_road_news(gazetteer):
    text = "The pipeline broke on a stretch near Martakert that the army has held since the war."
    assert layers(text, gazetteer).get("Martakert") != "corridors"
