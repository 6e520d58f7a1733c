"""A fuel depot that blew up by itself is an accident, and "the explosion" told again after it is the same accident."""
import datetime as dt

from geo.extract import extract_text


def _layers(text, place):
    return [e["layer"] for e in extract_text(text, dt.date(2023, 9, 27)) if e["place"] == place]


def test_depot_that_blew_up_is_an_accident():
    text = "Late on Tuesday a petrol depot near Askeran blew up while drivers queued at its gate, the rescuers said."
    assert _layers(text, "Askeran") == ["other"]


def test_depot_blown_up_by_saboteurs_stays_an_attack():
    # negative case: someone blew the depot up
    text = "Late on Tuesday saboteurs blew up a petrol depot near Askeran, the police said."
    assert _layers(text, "Askeran") == ["shelling"]


def test_the_explosion_after_a_depot_blast_is_that_accident():
    text = ("The rescuers said a blast at the fuel depot on Tuesday had hurt dozens of drivers in Martakert.\n"
            "The hospital said forty people were treated after the explosion at Askeran.")
    assert _layers(text, "Askeran") == ["other"]


def test_the_explosion_with_no_depot_blast_before_stays_an_attack():
    # negative case: no depot's blast told earlier in the article
    text = ("The rescuers said dozens of drivers were hurt in Martakert on Tuesday.\n"
            "The hospital said forty people were treated after the explosion at Askeran.")
    assert _layers(text, "Askeran") == ["shelling"]


def test_a_shell_named_with_the_explosion_stays_an_attack():
    # negative case: the later sentence names a weapon
    text = ("The rescuers said a blast at the fuel depot on Tuesday had hurt dozens of drivers in Martakert.\n"
            "The army said an artillery shell caused the explosion at Askeran.")
    assert _layers(text, "Askeran") == ["shelling"]
