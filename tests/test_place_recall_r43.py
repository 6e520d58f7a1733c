"""Villages of Baku's capture lists: spellings of villages the gazetteer files under their Armenian name, a name
listed before its district that a far namesake must not take, and the scorer reading an annotated name the
gazetteer files only qualified ("Sur (Khojavend)") as that village."""

from bench.eval_extract import _gold_names
from tests.helpers import place_layers


def test_azerbaijani_spellings_of_karabakh_villages_resolve_to_them(gazetteer):
    assert gazetteer.resolve("Madatkand").place.name == "Madatashen"
    assert gazetteer.resolve("Ghabalishen").place.name == "Ghaibalu"


def test_a_village_listed_before_its_district_is_the_one_in_that_district(gazetteer):
    found = place_layers("The ministry listed Horadiz in the Fuzuli district, and Gishlag and Suleymanli in the "
                         "Jabrayil district, as taken on Monday.", gazetteer)
    assert "Gishlag (Jabrayil)" in found and "Tsaghkashat" not in found, found


def test_an_annotated_name_filed_only_qualified_matches_that_village(gazetteer):
    event = {"text": "Sur", "place": "Sur", "quote": "Baku said the army had taken Sur."}
    assert "Tsor (Hadrut)" in _gold_names(event, gazetteer)
    event = {"text": "Aghjakand", "place": "Aghjakand",
             "quote": "He named Aghjakand and Vang among the villages of the Khojavend district."}
    assert "Khandzadzor" in _gold_names(event, gazetteer)


def test_a_qualified_namesake_far_from_the_district_named_is_not_matched(gazetteer):
    event = {"text": "Gishlag", "place": "Gishlag",
             "quote": "He named Gishlag and Suleymanli in the Jabrayil district."}
    names = _gold_names(event, gazetteer)
    assert "Gishlag (Jabrayil)" in names and "Tsaghkashat" not in names, names


def test_a_sentence_keeps_the_quotation_mark_closing_it():
    from geo.extract.sentences import split_sentences
    texts = [s.text for s in split_sentences('The desk wrote: "Shells hit Tartar on Monday, Baku said." We kept it.')]
    assert texts == ['The desk wrote: "Shells hit Tartar on Monday, Baku said."', "We kept it."]


def test_villages_of_the_district_named_after_a_town_lie_in_that_district(gazetteer):
    found = place_layers("On Sunday the president said the army had taken the town of Jabrayil and some villages "
                         "of the district. The villages he named were Horovlu, Dejal and Mahmudlu.", gazetteer)
    assert "Dejal (Jabrayil)" in found, found


def test_a_village_of_fuzuli_filed_only_qualified_resolves_with_its_district(gazetteer):
    assert gazetteer.resolve("Ahmadbeyli, Fuzuli").place.name == "Ahmadbayli (Fuzuli)"


def test_a_road_closed_while_troops_search_for_saboteurs_is_the_closed_road(gazetteer):
    found = place_layers("The ministry said part of the Goris–Kapan road was closed to traffic while soldiers searched "
                         "for sabotage groups.", gazetteer)
    assert found.get("Goris;Kapan") == "corridors", found
