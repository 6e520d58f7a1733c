"""Places: villages told by their bearing from a town and then by their district ("several villages west of A in
the B district") lie in that district, which is the event's place, the town only giving their bearing; the town a
ground force set out from, in a sentence telling of the place it took ("a column coming down from A captured B"),
only says where the troops came from (fire from a place stays an event there); a photographer or a stringer in a
town only says where that person works; the gazetteer knows Gulistan of the Goranboy district and the spelling
Aghabekalinj of Aghabekalanj."""

from tests.helpers import place_layers


def test_villages_north_of_a_town_in_a_district_are_the_district_s(gazetteer):
    text = ("The ministry said on Friday that enemy units were pushing toward several localities south of Tartar "
            "in the Goranboy district.")
    found = place_layers(text, gazetteer, "1993-07-02")
    assert "Goranboy District" in found
    assert "Tartar" not in found


def test_villages_north_of_a_town_alone_stay_at_the_town(gazetteer):
    text = "Shells fell overnight on villages east of Tartar, the ministry said."
    assert "Tartar" in place_layers(text, gazetteer, "1993-07-02")


def test_a_town_in_a_district_with_no_bearing_is_the_town(gazetteer):
    text = "The ministry said on Friday that enemy units had entered Tartar in the Tartar district."
    assert "Tartar" in place_layers(text, gazetteer, "1993-07-02")


def test_where_a_capturing_column_set_out_from_is_no_place(gazetteer):
    text = ("On Monday the army took the town of Aghdara, and a second column coming down from Kalbajar captured "
            "Sarsang on the same day.")
    found = place_layers(text, gazetteer, "1992-07-08")
    assert "Kalbajar" not in found
    assert {"Martakert", "Sarsang"} & set(found)


def test_a_village_occupied_by_a_force_attacking_from_a_town(gazetteer):
    text = "The report says Talish was occupied the next day by a force attacking from Kalbajar."
    found = place_layers(text, gazetteer, "1992-07-08")
    assert "Talish" in found and "Kalbajar" not in found


def test_fire_from_a_town_with_no_capture_stays_an_event_there(gazetteer):
    text = "Troops attacking from Kalbajar shelled the village of Talish through the night."
    found = place_layers(text, gazetteer, "1992-07-08")
    assert "Kalbajar" in found


def test_a_photographer_in_a_town_only_says_where_he_works(gazetteer):
    text = "The desk has asked a photographer in Khankendi for pictures, but the lines are down."
    assert "Khankendi" not in place_layers(text, gazetteer, "1993-06-29")


def test_gulistan_of_the_goranboy_district_is_known(gazetteer):
    text = "The fighters held positions near Gulistan through the summer and struck at the posts below."
    assert "Gulistan" in place_layers(text, gazetteer, "1992-08-10")


def test_the_spelling_aghabekalinj_is_aghabekalanj(gazetteer):
    text = "Azerbaijani troops took the village of Aghabekalinj on Saturday."
    assert "Aghabekalanj" in place_layers(text, gazetteer, "1992-07-08")
