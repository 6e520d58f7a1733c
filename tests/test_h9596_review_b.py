"""Review of the heldout96 rules: a dateline town the report tells of as "the city" stays; "the article" of a text
the sentence names is no outlet's piece; every way into a place closed by snow or workers is no cordon."""

from tests.helpers import claimant_of, place_layers


def test_dateline_town_told_of_as_the_city_is_kept(gazetteer):
    text = "Reuters reported from Stepanakert that shells hit the city and Shusha."
    found = place_layers(text, gazetteer, "2020-10-10")
    assert "Stepanakert" in found and "Shusha" in found


def test_dateline_of_another_place_still_dropped(gazetteer):
    text = "Reuters reported from Stepanakert that shells hit Shusha overnight."
    found = place_layers(text, gazetteer, "2020-10-10")
    assert "Stepanakert" not in found and "Shusha" in found


def test_article_of_a_statement_is_no_outlet(gazetteer):
    text = ("Reuters wrote that troops shelled Kornidzor. Under the article of the statement on the corridor, Tegh is "
            "open to traffic, according to the article.")
    assert claimant_of("Tegh", text, gazetteer) != "Reuters"


def test_article_after_an_outlet_is_still_the_outlet(gazetteer):
    text = "Reuters wrote that troops shelled Kornidzor. According to the article, Tegh was shelled too."
    assert claimant_of("Tegh", text, gazetteer) == "Reuters"


def test_every_way_into_a_village_closed_by_snow_is_no_cordon(gazetteer):
    found = place_layers("Snow closed every way into Berd for three days.", gazetteer, "1991-06-14")
    assert found.get("Berd") != "checkpoints"
    found = place_layers("Workers closed every way into Berd while the bridge was rebuilt.", gazetteer, "1991-06-14")
    assert found.get("Berd") != "checkpoints"


def test_every_way_into_a_village_closed_by_troops_still_a_cordon(gazetteer):
    text = "Soldiers closed every way into Berd on Wednesday."
    assert place_layers(text, gazetteer, "1991-06-14").get("Berd") == "checkpoints"
