"""Sentences where the r70 rules misfired: "Forests surround Goris on three sides" and "Orchards surrounded Tegh in
those years" (the land round a place read as troops cutting it off), "The cinema in Goris was burnt down by an
electrical fault" (a blaze with its cause read as arson) and "Angry villagers stormed the town hall in Goris" (a crowd
storming a building read as an attack). The siege rule for a small village is shown on Baghanis, a village the GeoNames
data alone holds: "Officials said soldiers were still blockading Baghanis on Friday" names it, "Officials said Baghanis
would be discussed on Friday" does not."""

from tests.helpers import place_layers, rows


def test_forests_or_orchards_round_a_place_are_no_siege(gazetteer):
    assert place_layers("Forests surround Goris on three sides.", gazetteer, "1992-03-02").get("Goris") != "checkpoints"
    assert place_layers("Orchards surrounded Tegh in those years.", gazetteer, "1992-03-02").get("Tegh") != "checkpoints"


def test_troops_surrounding_a_village_still_cut_it_off(gazetteer):
    assert place_layers("Rebels surrounded Tegh and held it for a week.", gazetteer, "1992-03-02") == {"Tegh": "checkpoints"}


def test_a_building_burnt_down_by_a_fault_is_no_arson(gazetteer):
    text = "The cinema in Goris was burnt down by an electrical fault."
    assert place_layers(text, gazetteer, "1992-03-02").get("Goris") != "shelling"


def test_a_village_burnt_down_by_troops_is_still_arson(gazetteer):
    text = "Tegh had been burnt down by the troops on Friday, the agency said."
    assert place_layers(text, gazetteer, "1992-03-02").get("Tegh") == "shelling"


def test_a_crowd_storming_the_town_hall_is_no_attack(gazetteer):
    text = "Angry villagers stormed the town hall in Goris."
    assert place_layers(text, gazetteer, "1992-03-02").get("Goris") != "shelling"



def places(text, gazetteer, published="1991-05-10"):
    return {c["place_name"] for c in rows(text, gazetteer, published)}


def test_a_small_village_only_geonames_holds_is_found_when_blockaded(gazetteer):
    assert places("Officials said soldiers were still blockading Baghanis on Friday.", gazetteer) == {"Baghanis"}
    assert places("Officials said Baghanis would be discussed on Friday.", gazetteer) == set()

