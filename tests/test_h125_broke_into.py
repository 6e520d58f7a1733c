"""Armed men who broke into a named place entered it by force: after a barrage told in the same breath the entry is
the fighting there, as "entered X after a bombardment" is; told alone it is a capture, and a crowd breaking into a
building is no entry by troops."""

from tests.helpers import place_layers


def test_units_broke_into_a_town_after_a_barrage_is_fighting(gazetteer):
    text = "The army said that enemy units had broken into Tartar after a rocket barrage that lasted all night."
    assert place_layers(text, gazetteer, "1993-09-04")["Tartar"] == "shelling"


def test_troops_burst_into_a_town_after_shelling_is_fighting(gazetteer):
    text = "Troops burst into Lachin after two days of heavy shelling, the ministry said."
    assert place_layers(text, gazetteer, "1992-05-19")["Lachin"] == "shelling"


def test_units_broke_into_a_town_with_no_fire_told_is_a_capture(gazetteer):
    text = "The army said that enemy units had broken into Tartar on Friday."
    assert place_layers(text, gazetteer, "1993-09-04")["Tartar"] == "other"


def test_a_crowd_breaking_into_a_building_after_a_rally_is_no_fighting(gazetteer):
    text = "Protesters broke into the town hall in Tartar after a rally on Friday."
    assert place_layers(text, gazetteer, "1993-09-04")["Tartar"] == "other"
