"""Sentences where the r74p2 rules misfired: a village or town administration "according to" which harm was done
with no other place named ("According to the village administration in Aygepar, shelling damaged two houses
overnight", "According to officials in Kapan, the town was shelled twice"); an office's town where troops captured
or took the office or clashes broke out ("Troops captured the headquarters in Martuni after a short battle", "Azerbaijani
forces took the district office in Lachin on Tuesday", "Clashes erupted outside the party office in Ijevan"); a
notice headed by its town that tells of a road closed or an evacuation ("Berd: the road to the village will remain
closed until Monday", "Aygepar: families will be evacuated from the village on Sunday"); a map that shows captures,
a blocked road or clashes ("The map shows the villages captured by Azerbaijani forces around Jabrayil", "The map
shows clashes along the border near Tegh"); a scene heading that tells of a clash ("Scene 3: Kapan, a clash at the
checkpoint."); and a province named as where fire came from while the other country's district was hit ("Shells
fired from Armenia's Tavush province hit villages in Azerbaijan's Tovuz district")."""

from tests.helpers import place_layers

DAY = "2016-04-05"


def layers(text, gazetteer):
    return place_layers(text, gazetteer, DAY)


def test_a_local_body_according_to_which_harm_was_done_there_keeps_its_town(gazetteer):
    assert "Aygepar" in layers("According to the village administration in Aygepar, shelling damaged two houses "
                               "overnight.", gazetteer)
    assert "Kapan" in layers("According to officials in Kapan, the town was shelled twice.", gazetteer)
    assert "Movses" in layers("According to the local authorities in Movses, three civilians were wounded on Sunday.",
                              gazetteer)


def test_a_body_s_seat_with_the_event_named_elsewhere_is_still_dropped(gazetteer):
    found = layers("According to the army command in Kapan, enemy units fired on Chinari at dawn.", gazetteer)
    assert "Chinari" in found and "Kapan" not in found


def test_an_office_captured_or_taken_keeps_its_town(gazetteer):
    assert "Khojavend" in layers("Troops captured the headquarters in Martuni after a short battle.", gazetteer)
    assert "Lachin" in layers("Azerbaijani forces took the district office in Lachin on Tuesday.", gazetteer)


def test_clashes_at_an_office_keep_its_town(gazetteer):
    assert "Ijevan" in layers("Clashes erupted outside the party office in Ijevan.", gazetteer)
    assert "Vardenis" in layers("A clash broke out near the regional office in Vardenis overnight.", gazetteer)


def test_an_office_s_seat_with_nothing_happening_is_still_dropped(gazetteer):
    assert layers("The regional office in Kapan will open a shelter next week.", gazetteer) == {}


def test_a_notice_telling_of_a_road_closed_or_an_evacuation_keeps_its_town(gazetteer):
    assert "Berd" in layers("Berd: the road to the village will remain closed until Monday.", gazetteer)
    assert "Aygepar" in layers("Aygepar: families will be evacuated from the village on Sunday.", gazetteer)


def test_a_notice_inviting_donors_is_still_no_place(gazetteer):
    assert layers("Ijevan, Tavush: the council invites donors to a meeting on Friday.", gazetteer) == {}


def test_a_map_showing_captures_a_blocked_road_or_clashes_keeps_its_places(gazetteer):
    assert "Jabrayil" in layers("The map shows the villages captured by Azerbaijani forces around Jabrayil.",
                                gazetteer)
    assert "Goris" in layers("The map shows the road from Goris to Kapan that was blocked by protesters.", gazetteer)
    assert "Tegh" in layers("The map shows clashes along the border near Tegh.", gazetteer)


def test_a_scene_heading_telling_of_a_clash_keeps_its_town(gazetteer):
    assert "Kapan" in layers("Scene 3: Kapan, a clash at the checkpoint.", gazetteer)
    assert layers("Scene 4: Jermuk and Sotk, interviews.", gazetteer) == {}


def test_a_province_fire_came_from_is_not_a_side_of_the_fighting(gazetteer):
    found = layers("Shells fired from Armenia's Tavush province hit villages in Azerbaijan's Tovuz district.",
                   gazetteer)
    assert "Tavush Province" not in found and found.get("Tovuz District") == "shelling"
    found = layers("Armenian troops fired on Azerbaijan's Gazakh district from positions in the Tavush province.",
                   gazetteer)
    assert "Tavush Province" not in found and found.get("Gazakh District") == "shelling"


def test_a_province_and_a_foreign_district_both_hit_are_both_kept(gazetteer):
    found = layers("Azerbaijani drones struck the Gegharkunik province, and Armenian fire hit the Kalbajar district.",
                   gazetteer)
    assert found.get("Gegharkunik Province") == "shelling" and found.get("Kalbajar District") == "shelling"
