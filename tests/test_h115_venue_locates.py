"""A town named only as where a venue stands ("the ringing centre in X", "the bakery in Y", "the museum in Z"), or
as the home of guests or visitors ("our guests from X"), with no event told in the sentence takes no row; a strike
on the venue, people taken to it, or guests hurt keep the town."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-09-20")


def test_reports_sent_to_a_centre_in_a_town(gazetteer):
    text = "Send any ring you find to the bird centre in Ijevan with the date and the place."
    assert "Ijevan" not in layers(text, gazetteer)


def test_venue_thanked_in_a_town(gazetteer):
    text = "The choir thanks the bakery in Dilijan for the cakes on concert days."
    assert "Dilijan" not in layers(text, gazetteer)


def test_venue_struck_keeps_the_town(gazetteer):
    text = "A rocket hit the museum in Berd on Tuesday night."
    assert layers(text, gazetteer).get("Berd") == "shelling"


def test_people_taken_to_a_venue_keep_the_town(gazetteer):
    text = "The wounded shepherd was taken to the medical centre in Berd."
    assert "Berd" in layers(text, gazetteer)


def test_guests_told_by_their_home_town(gazetteer):
    text = "Our visitors from Ijevan were to bring two choirs, and we must tell you why the stage may stay empty."
    assert "Ijevan" not in layers(text, gazetteer)


def test_guests_hurt_keep_their_town(gazetteer):
    text = "Visitors from Berd were wounded when shells hit Berd on Tuesday."
    assert layers(text, gazetteer).get("Berd") == "shelling"
