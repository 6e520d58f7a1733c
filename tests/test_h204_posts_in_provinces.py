"""Wordings read in the set heldout204: troops, border guards or their posts sent into, set up in or withdrawn from a
province make the province the place, though no smaller place is named; posts or strongholds set up, closed or
withdrawn are posts (checkpoints), not a handover."""

from functools import partial

from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="2022-03-10")
claimant = partial(claimant_of, published="2022-03-10")


# --- a province troops or posts were sent into, set up in or withdrawn from

def test_guards_sent_into_province(gazetteer):
    text = "Moscow sent extra troops and border guards into Gegharkunik last winter, the agency said."
    assert "Gegharkunik Province" in layers(text, gazetteer)


def test_strongholds_set_up_in_province(gazetteer):
    text = "The minister told deputies that three new strongholds of the Russian garrison had been set up in Tavush."
    assert layers(text, gazetteer).get("Tavush Province") == "checkpoints"


def test_posts_withdrawn_from_listed_provinces(gazetteer):
    text = "The party's spokesman wrote that the foreign border posts would be withdrawn from Vayots Dzor, Syunik and Ararat."
    found = layers(text, gazetteer)
    assert found.get("Vayots Dzor Province") == "checkpoints"
    assert found.get("Syunik Province") == "checkpoints"
    assert found.get("Ararat Province") == "checkpoints"


def test_posts_claimant_kept(gazetteer):
    text = "Hayk Konjoryan wrote that the Russian posts would be withdrawn from Tavush."
    assert claimant("Tavush Province", text, gazetteer) == "Hayk Konjoryan"


def test_aid_sent_to_province_is_no_posting(gazetteer):
    text = "The government sent blankets and flour to Gegharkunik last winter."
    assert "Gegharkunik Province" not in layers(text, gazetteer)


def test_soldiers_from_province_is_no_posting(gazetteer):
    text = "Soldiers from Tavush were sent to the front in the autumn."
    assert "Tavush Province" not in layers(text, gazetteer)


# --- posts or strongholds set up, closed or withdrawn: checkpoints

def test_posts_withdrawn_from_town_are_checkpoints(gazetteer):
    text = "Officials said the Russian military posts would be withdrawn from Meghri next month."
    assert layers(text, gazetteer).get("Meghri") == "checkpoints"


def test_posts_closed_in_town_are_checkpoints(gazetteer):
    text = "The guards began to close their posts in Kajaran on Monday."
    assert layers(text, gazetteer).get("Kajaran") == "checkpoints"


def test_troops_withdrawn_stay_a_handover(gazetteer):
    text = "Armenian troops were withdrawn from Meghri on Monday."
    assert layers(text, gazetteer).get("Meghri") == "other"


def test_posts_on_a_page_are_no_checkpoint(gazetteer):
    text = "His posts on Facebook were closed to readers after he wrote about Meghri."
    assert layers(text, gazetteer).get("Meghri") != "checkpoints"
