"""Readings from the Lachin handover set: a soldier named in apposition is no village ("one of its soldiers, A B, in
the X district"); fire from a side's positions, fire breaking out along the front line and a ceasefire "broken" at a
place are shelling; peacekeepers guarding a road told as a circumstance ("open, with the peacekeepers guarding it")
leave the road to the corridors, while forces keeping watch at a bridge are its checkpoint; "the bridge over the X"
is the X bridge; "Nerkin Sus" is Sus; "last <weekday>" written the day after that weekday is the week before; the
ministry in a capital whose pictures show a flag raised is that side's defence ministry."""

from functools import partial

from tests.helpers import claimant_of, place_layers, rows

layers = partial(place_layers, published="2022-09-14")


def test_a_soldier_named_after_his_noun_is_no_village(gazetteer):
    text = ("The ministry said on Monday that fire from Armenian positions had killed one of its soldiers, Elvin "
            "Mammadov, in the Kalbajar district.")
    found = layers(text, gazetteer)
    assert "Elvin Mammadov" not in found
    assert found.get("Kalbajar District") == "shelling"


def test_a_village_before_a_district_is_still_kept(gazetteer):
    text = "Shells hit the school in Garaveliler, in the Tartar district, on Monday."
    assert "Garaveliler" in layers(text, gazetteer)


def test_fire_along_the_line_and_a_broken_ceasefire_are_shelling(gazetteer):
    assert layers("On Sunday fire broke out again along the line near Taghavard, and one soldier was wounded.",
                  gazetteer).get("Taghavard") == "shelling"
    assert layers("The ministry said that Armenian units had broken the ceasefire near Sotk.",
                  gazetteer).get("Sotk") == "shelling"


def test_a_blaze_that_broke_out_is_no_shelling(gazetteer):
    assert layers("A fire broke out at the bakery in Sisian on Sunday.", gazetteer).get("Sisian") != "shelling"


def test_a_road_open_with_peacekeepers_guarding_it_is_a_corridor(gazetteer):
    text = "Police said today that the Kapan-Goris road is open again, with the Russian peacekeepers guarding it."
    found = rows(text, gazetteer, "2022-09-14")
    assert found and all(r["layer"] == "corridors" for r in found)


def test_peacekeepers_guarding_a_site_are_still_its_checkpoint(gazetteer):
    assert layers("Russian peacekeepers are now guarding the monastery at Dadivank.",
                  gazetteer).get("Dadivank") == "checkpoints"


def test_forces_watching_the_road_at_the_bridge_over_a_river(gazetteer):
    text = "The statement said Russian troops keep watch on the road at the bridge over the Hakari."
    assert layers(text, gazetteer).get("Hakari Bridge") == "checkpoints"


def test_a_lorry_on_the_bridge_is_no_checkpoint(gazetteer):
    assert layers("A lorry crossed the bridge over the Hakari at noon.", gazetteer).get("Hakari Bridge") != "checkpoints"


def test_the_lower_village_of_sus(gazetteer):
    assert "Sus" in layers("By Sunday night the last families had left Nerkin Sus.", gazetteer)


def test_last_weekday_the_day_after_it_is_the_week_before(gazetteer):
    text = "Last Tuesday the governor was seen touring Kapan with two ministers."
    found = [r for r in rows(text, gazetteer, "2022-09-14") if r["place_name"] == "Kapan"]   # a Wednesday
    assert found and found[0]["start_date"] == "2022-09-06"


def test_last_weekday_further_back_is_this_week(gazetteer):
    text = "Last Monday the governor was seen touring Kapan with two ministers."
    found = [r for r in rows(text, gazetteer, "2022-09-14") if r["place_name"] == "Kapan"]
    assert found and found[0]["start_date"] == "2022-09-12"


def test_pictures_of_a_flag_raised_from_the_ministry_in_a_capital(gazetteer):
    text = "Photos from the ministry in Baku showed the flag being raised over the school in Zangilan."
    assert claimant_of("Zangilan", text, gazetteer, "2022-09-14") == "Azerbaijani MoD"


def test_pictures_of_a_bridge_from_the_ministry_stay_the_government(gazetteer):
    text = "Photos from the ministry in Baku showed the new bridge in Zangilan."
    assert claimant_of("Zangilan", text, gazetteer, "2022-09-14") != "Azerbaijani MoD"


def test_streets_named_together_are_no_villages(gazetteer):
    text = "Wednesday 5 April: Goris, private customers on Shahumyan and Komitas streets."
    assert "Ashaghi Aghjakand" not in layers(text, gazetteer)


def test_a_town_own_streets_stay_the_town(gazetteer):
    assert "Stepanakert" in layers("Families slept on Stepanakert streets after the shelling.", gazetteer)


def test_the_first_name_of_someone_of_our_circle_is_the_person(gazetteer):
    text = ("The match began late because our wicket-keeper, Narek Hovsepyan, drove back from Kapan. "
            "Narek kept well and took two catches.")
    assert "Narek" not in layers(text, gazetteer)


def test_the_village_of_that_name_with_a_place_word_stays(gazetteer):
    text = "Our driver, Narek Hovsepyan, was late. Shells fell in Narek on Sunday."
    assert layers(text, gazetteer).get("Narek") == "shelling"
