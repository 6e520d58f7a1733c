"""A guard kept at a memorial or an eternal flame is a commemoration, not a post; "the ministry in Baku" telling that
prices had fallen stays the government (only a place fallen is the defence ministry's news); a Musavat leader speaks
for the party, not for the newspaper of that name."""

from functools import partial

from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="2023-05-01")
claim = partial(claimant_of, published="2023-05-01")


def test_an_honour_guard_at_a_memorial_is_no_post(gazetteer):
    text = "The honour guard stood guard at the memorial in Stepanakert as wreaths were laid."
    assert layers(text, gazetteer).get("Stepanakert") in (None, "other")


def test_cadets_at_the_eternal_flame_are_no_post(gazetteer):
    text = "Cadets stood guard at the eternal flame in Stepanakert on Victory Day."
    assert layers(text, gazetteer).get("Stepanakert") in (None, "other")


def test_volunteers_standing_guard_at_positions_still_hold_a_post(gazetteer):
    text = "Volunteers stood guard at positions around Martakert through the night."
    assert layers(text, gazetteer).get("Martakert") == "checkpoints"


def test_prices_fallen_are_the_governments_news(gazetteer):
    text = "The ministry in Baku said bread prices had fallen in Ganja this month."
    assert claim("Ganja", text, gazetteer) == "Azerbaijani government"


def test_prices_fell_are_the_governments_news(gazetteer):
    text = "The ministry in Baku said bread prices fell in Ganja in March."
    assert claim("Ganja", text, gazetteer) == "Azerbaijani government"


def test_a_village_fallen_is_the_defence_ministrys_news(gazetteer):
    text = "The ministry in Baku admitted that the village of Talish had fallen."
    assert claim("Talish", text, gazetteer) == "Azerbaijani MoD"


def test_a_town_fell_is_the_defence_ministrys_news(gazetteer):
    text = "The ministry in Baku said on Tuesday that Lachin fell to Armenian forces."
    assert claim("Lachin", text, gazetteer) == "Azerbaijani MoD"


def test_a_musavat_leader_speaks_for_the_party(gazetteer):
    text = "Musavat leader Arif Hajili said Armenian forces had shelled Tartar overnight."
    assert claim("Tartar", text, gazetteer) == "Musavat Party"


def test_the_musavat_newspaper_is_azerbaijani_media(gazetteer):
    text = "Musavat newspaper wrote that Armenian forces had shelled Tartar on Monday."
    assert claim("Tartar", text, gazetteer) == "Azerbaijani media"


def test_protesters_standing_guard_outside_parliament_hold_no_post(gazetteer):
    text = "Protesters stood guard outside the parliament in Yerevan on Tuesday night."
    assert layers(text, gazetteer).get("Yerevan") in (None, "other")


def test_police_standing_guard_outside_the_television_centre_hold_it(gazetteer):
    text = "Police stood guard outside the television centre in Stepanakert."
    assert layers(text, gazetteer).get("Stepanakert") == "checkpoints"


def test_a_street_named_after_a_person_is_no_she(gazetteer):
    text = "Hrant Melkonyan Street in Stepanakert was closed. He says shells hit Martakert."
    assert claim("Martakert", text, gazetteer) != "Hrant Melkonyan"


def test_a_low_drone_over_a_town_is_still_a_drone(gazetteer):
    text = "A low drone hovered over Martakert before the strike on the school."
    assert layers(text, gazetteer).get("Martakert") == "shelling"


def test_the_drone_of_engines_is_no_drone_strike(gazetteer):
    text = "The drone of generators filled the streets of Stepanakert during the blackout."
    assert layers(text, gazetteer).get("Stepanakert") in (None, "other")


def test_fire_on_another_place_is_not_the_fire_on_men_back_from_a_post(gazetteer):
    text = ("Shells hit Martakert on Monday, and soldiers driving back from one of their observation posts near "
            "Martuni were unhurt.")
    assert layers(text, gazetteer).get("Martuni") != "shelling"


def test_a_village_ending_as_a_surname_is_no_she(gazetteer):
    text = "Yukhari Maralyan came under fire on Monday. He says the shells hit Jabrayil too."
    assert claim("Jabrayil", text, gazetteer) != "Yukhari Maralyan"


def test_temperatures_fallen_in_a_town_are_the_governments_news(gazetteer):
    text = "The ministry in Baku said temperatures in Ganja fell to minus five overnight."
    assert claim("Ganja", text, gazetteer) == "Azerbaijani government"
