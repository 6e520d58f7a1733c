"""A nature reserve the gazetteer knows is a place of its own where a site word names it ("the Basitchay reserve"),
and the district after it ("in the Zangilan district") only says where it lies; the river of the same name is the
river, and fish let into a river are news at the river as its pollution is. The Hakari river is a place too."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 3, 8)


def _events(text, gazetteer):
    return [(e["place_name"], e["layer"]) for e in extract_text(text, DAY, gazetteer, source="test")]


def test_reserve_named_with_its_site_word(gazetteer):
    assert _events("Deminers cleared another ten hectares of the Basitchay reserve this week, the ministry said.",
                   gazetteer) == [("Basitchay State Nature Reserve", "other")]
    assert _events("Rangers put up camera traps in the Besitchay State Reserve on Monday.",
                   gazetteer) == [("Basitchay State Nature Reserve", "other")]


def test_district_after_the_reserve_only_locates_it(gazetteer):
    assert _events("Work to restore the plane groves began in the Basitchay reserve in the Zangilan district.",
                   gazetteer) == [("Basitchay State Nature Reserve", "other")]


def test_reserve_word_after_a_village_is_no_site(gazetteer):
    # no reserve of that name in the gazetteer: the village stays
    assert [p for p, _ in _events("Troops fired on the Shikahogh reserve on Monday.", gazetteer)] == ["Shikahogh"]


def test_river_of_the_same_name_is_the_river(gazetteer):
    assert _events("Waste from the farms upstream polluted the Basitchay river again, the ministry said.",
                   gazetteer) == [("Basitchay River", "other")]


def test_fish_let_into_a_river_is_news_there(gazetteer):
    assert _events("Officials said they had released young fish into the Basitchay on Saturday.",
                   gazetteer) == [("Basitchay River", "other")]
    assert _events("Thousands of trout fry were let into the Hakari River near the new station.",
                   gazetteer) == [("Hakari River", "other")]


def test_fish_only_caught_in_a_river_is_no_event(gazetteer):
    assert _events("Boys from the village caught fish in the Hakari River all summer.", gazetteer) == []


def test_hakari_river_polluted(gazetteer):
    assert _events("Sewage from the camp reached the Hakari River, inspectors said.",
                   gazetteer) == [("Hakari River", "other")]


def test_crossing_the_bridge_named_after_the_river_is_the_bridge(gazetteer):
    assert _events("Aid lorries crossed the Hakari bridge on Tuesday, the ICRC said.",
                   gazetteer) == [("Hakari Bridge", "corridors")]
    assert _events("Hundreds of families crossed the Hakari on foot on Tuesday.",
                   gazetteer) == [("Hakari River", "corridors")]


def test_a_road_or_bridge_crossing_the_river_only_locates(gazetteer):
    assert "Hakari River" not in [p for p, _ in _events(
        "The new road leaves the village of Tegh and crosses the Hakari river on a long bridge.", gazetteer)]
    assert _events("The bridge crosses the Hakari river just below the old mill.", gazetteer) == []
    # people on a road who cross the river still cross it
    assert ("Araz River", "corridors") in _events("Families on the road crossed the Araz into Iran.", gazetteer)


def test_routine_samples_are_no_news_of_the_water(gazetteer):
    assert _events("Since 2020 the club has taken water samples from the Hakari river twice a month.", gazetteer) == []
    assert _events("Samples taken from the Hakari River showed copper far above the norm.",
                   gazetteer)[0][0] == "Hakari River"
