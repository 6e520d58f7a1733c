"""A border standoff told as news tells it: posts standing on a road named by its towns, troops crossing on foot,
army posts cut off, men caught laying mines, guards deployed over whole districts, "the next day" after a day the
sentence states, "on the fourteenth" in words, the rest of a transcript's turn labelled by a first name, and a move
"presented as" something by the side that made it."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import claimants, rows, waypoint_layers


def _of(place, found):
    return [r for r in found if place in r["place_name"].split(";")]


def test_posts_standing_on_a_road_are_checkpoints_at_its_towns(gazetteer):
    layers = waypoint_layers("Police posts of the other side now stand along the Sisian–Kapan highway.", gazetteer)
    assert layers.get("Sisian") == "checkpoints" and layers.get("Kapan") == "checkpoints"


def test_a_road_cut_is_still_the_route(gazetteer):
    layers = waypoint_layers("Troops cut the road from Vardenis to Martakert on Monday.", gazetteer)
    assert layers.get("Vardenis") == "corridors"


def test_troops_crossing_on_foot_are_no_route(gazetteer):
    found = rows("Before dawn about fifty soldiers crossed the border and moved towards Jermuk.", gazetteer)
    assert [r["layer"] for r in _of("Jermuk", found)] == ["other"]


def test_buses_moving_under_escort_are_still_a_route(gazetteer):
    found = rows("Soldiers escorted the buses as they moved towards Goris.", gazetteer)
    assert [r["layer"] for r in _of("Goris", found)] == ["corridors"]


def test_army_posts_cut_off_are_no_blockade_of_a_road(gazetteer):
    found = rows("A deputy said three army posts near Sotk were cut off on Friday.", gazetteer)
    assert [r["layer"] for r in _of("Sotk", found)] == ["other"]


def test_men_caught_laying_mines_are_a_capture(gazetteer):
    found = rows("The ministry said four men were caught near Sotk while trying to lay mines on a track.", gazetteer)
    assert [r["layer"] for r in _of("Sotk", found)] == ["other"]


def test_guards_deployed_over_districts_are_no_checkpoint(gazetteer):
    found = rows("The ministry said its border guards were deploying in the Zangilan and Gubadli districts.", gazetteer)
    assert {r["layer"] for r in found} == {"other"}


def test_the_next_day_counted_from_a_day_of_the_sentence():
    spans = find_dates("Troops moved up on 3 June and tried again the next day.", dt.date(2021, 6, 10))
    assert [s.start for s in spans] == [dt.date(2021, 6, 3), dt.date(2021, 6, 4)]


def test_the_next_day_after_another_sentence_stays_carried():
    assert find_dates("The next day they tried again.", dt.date(2021, 6, 10), told=dt.date(2021, 6, 3)) == []


def test_a_day_of_the_month_in_words():
    spans = find_dates("On the fourteenth they came back.", dt.date(2021, 6, 20))
    assert [s.start for s in spans] == [dt.date(2021, 6, 14)]


def test_a_day_in_words_needs_the_end_of_a_phrase():
    assert find_dates("On the third floor the windows broke.", dt.date(2021, 6, 20)) == []


def test_the_next_day_in_another_clause_leaves_the_place_its_own_day(gazetteer):
    found = rows("On 3 June a session in Goris voted for the plan, a vote the ministry annulled the next day.",
                 gazetteer, "2021-06-20")
    assert [r["start_date"] for r in _of("Goris", found)] == ["2021-06-03"]


def test_the_rest_of_a_turn_labelled_by_a_first_name_is_the_guest_s(gazetteer):
    text = ("Episode 12, with our guest Lusine Hakobyan, a border researcher.\n\n"
            "HOST: What happened this spring? LUSINE: It was tense. Since May, soldiers have held a ridge near Sotk.")
    assert claimants(text, gazetteer).get("Sotk") == "Lusine Hakobyan"


def test_a_move_presented_as_something_is_the_presenter_s_claim(gazetteer):
    who = claimants("Baku presented the shelling as a reply to fire from near Tegh.", gazetteer).get("Tegh", "")
    assert "Azerbaijan" in who


def test_a_host_s_turn_is_not_the_host_s_account(gazetteer):
    text = ("Hosts: Lusine Hakobyan and Tom Reed.\n\n"
            "LUSINE: Welcome back. Since May, soldiers have held a ridge near Sotk.")
    assert claimants(text, gazetteer).get("Sotk") != "Lusine Hakobyan"


def test_travellers_stopped_by_soldiers_met_a_checkpoint(gazetteer):
    found = rows("Our crew who tried to reach Jermuk on Monday were stopped by soldiers at a barrier.", gazetteer)
    assert [r["layer"] for r in _of("Jermuk", found)] == ["checkpoints"]


def test_an_advance_stopped_by_troops_is_no_checkpoint(gazetteer):
    found = rows("The enemy units were stopped by Armenian troops near Jermuk.", gazetteer)
    assert "checkpoints" not in [r["layer"] for r in _of("Jermuk", found)]
