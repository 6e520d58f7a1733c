"""Ordinary news sentences that today's rules must leave as they were: crops or a harvest harmed where they grow
stay news there (the rule that drops the town goods were brought from does not take them)."""

from tests.helpers import place_layers


def test_crops_from_villages_burned_by_shelling_stay(gazetteer):
    text = "Crops from Aghdam villages were burned by Armenian shelling on Friday, the ministry said."
    assert place_layers(text, gazetteer, "2020-10-09").get("Aghdam") == "shelling"


def test_harvest_from_a_town_lost_to_shelling_stays(gazetteer):
    text = "The harvest from Tartar was lost on Monday when shells set the fields on fire, officials said."
    assert "Tartar" in place_layers(text, gazetteer, "2020-10-05")


def test_stock_brought_from_a_town_is_still_dropped(gazetteer):
    # negative: goods merely brought from a town are no news there
    text = "Traders in Goris brought their stock from Yerevan on Monday as the road to Stepanakert stayed closed."
    assert "Yerevan" not in place_layers(text, gazetteer, "2022-12-19")
