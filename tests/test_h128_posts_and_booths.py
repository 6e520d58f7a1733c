"""Rules read from heldout128: posts told as having stood on the roads out of a town for a while are checkpoints there,
as posts that "stood" or "remained" on a road are; and officers leaving the passport booths at an airport or a
crossing is that post's news, as border guards leaving it is."""

import datetime as dt

from geo.extract import extract_text


def _layers(text, place, published="2023-05-10"):
    return [e["layer"] for e in extract_text(text, dt.date.fromisoformat(published))
            if place in e["place"].split(";")]


def test_posts_had_been_standing_on_the_roads_out_of_a_town():
    text = "The head of the community told a radio station that three such posts had been standing on the roads out of Goris for weeks.\n"
    assert _layers(text, "Goris") == ["checkpoints"]


def test_posts_are_standing_on_the_highway():
    text = "Villagers said two posts were standing on the highway from Goris to Kapan.\n"
    assert set(_layers(text, "Goris")) == {"checkpoints"}


def test_posts_standing_in_a_yard_are_no_road_post():
    text = "The old posts had been standing in a yard near Goris for weeks.\n"
    assert "checkpoints" not in _layers(text, "Goris")


def test_officers_left_the_passport_booths_at_an_airport():
    text = "In the spring the foreign officers had left the passport booths at Zvartnots airport after many years there.\n"
    assert _layers(text, "Zvartnots") == ["checkpoints"]


def test_ticket_booths_at_an_airport_are_no_checkpoint():
    text = "In the spring the cleaners had left the ticket booths at Zvartnots airport after many years there.\n"
    assert "checkpoints" not in _layers(text, "Zvartnots")
