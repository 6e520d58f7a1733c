"""Layers and dates of a border's incidents told in retrospect: fire "along" a road and fire said to resume are
fire there; a community's head wounded is a casualty of the fire; an advance tried that cost losses is fighting;
a railway section between two towns taken up is the way's news; a crossing opened for one convoy is a way opened;
posts set up near a corridor are posts. A day told without its year after "the summer of 2021" is that summer's,
and a letter's "last Saturday" is the day the piece dates those words to elsewhere."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers, rows


layers = partial(place_layers, published=dt.date(2022, 7, 20))


def _date_of(place, text, gazetteer, published):
    """The first day of the place's row."""
    return next(str(c["start_date"]) for c in rows(text, gazetteer, published) if c["place_name"] == place)


def test_fire_along_the_road_to_a_village_is_fire_there(gazetteer):
    text = "A: They said the soldiers also fired along the road that leads up to Tegh, and that a tractor was damaged."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_fire_on_a_site_that_resumed_is_fire_there(gazetteer):
    text = "The ministry said that fire on the Tegh school resumed about an hour later."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_the_head_of_a_community_wounded_is_a_casualty_there(gazetteer):
    text = "The head of the Tegh community, Aram Sargsyan, was wounded during the exchange."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_an_advance_tried_that_cost_losses_is_fighting(gazetteer):
    text = ("On Monday, the ministry said, Azerbaijani units had tried to advance near Berd and had suffered two "
            "casualties.")
    assert layers(text, gazetteer).get("Berd") == "shelling"


def test_a_railway_section_between_two_towns_taken_up_is_the_way(gazetteer):
    text = ("Last year the port's director said the section between Ijevan and Gazakh had been dismantled in the "
            "1990s, and he spoke of the revived line as a new route to the sea.")
    found = {place for row in rows(text, gazetteer, "2022-07-20") if row["layer"] == "corridors"
             for place in row["place_name"].split(";")}
    assert {"Ijevan", "Gazakh"} <= found


def test_a_crossing_opened_for_one_convoy_is_a_way_opened(gazetteer):
    text = "The Bagratashen crossing was opened on Sunday, 5 March, for a convoy of ten trucks carrying flour."
    assert place_layers(text, gazetteer, published=dt.date(2023, 3, 8)).get("Bagratashen") == "corridors"
    # (a checkpoint opened for traffic stays the post's news)
    text = "Armenia opened the Bagratashen checkpoint on Friday for trucks carrying aid."
    assert place_layers(text, gazetteer, published=dt.date(2023, 3, 8)).get("Bagratashen") == "checkpoints"


def test_posts_set_up_near_a_corridor_are_posts(gazetteer):
    text = ("Last November the head of Russia's FSB said his border guards had set up five new posts on Armenia's "
            "borders, one of them close to the Lachin corridor.")
    assert layers(text, gazetteer).get("Lachin corridor") == "checkpoints"


def test_a_day_without_its_year_after_a_season_of_a_year_is_that_seasons(gazetteer):
    text = ("Mrs Petrosyan asks a fair question.\n\nThe ministry's reports for the summer of 2021 show what she "
            "describes. A shepherd was killed by Azerbaijani fire near Tegh on 12 July.")
    assert _date_of("Tegh", text, gazetteer, "2023-02-20") == "2021-07-12"


def test_a_letters_last_saturday_is_the_day_the_reply_dates_it_to(gazetteer):
    text = ("LETTERS\nMonday, 20 March 2023\n\nSir, I saw the aid trucks cross at Bagratashen last Saturday and was "
            "proud.\n\nThe editor replies\n\nThe crossing at Bagratashen was used last Saturday, 11 March, for the "
            "trucks.")
    assert _date_of("Bagratashen", text, gazetteer, "2023-03-20") == "2023-03-11"
