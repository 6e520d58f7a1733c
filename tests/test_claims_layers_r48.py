"""A paper told again by its kind, a capital's ministry or account, a source cited by an outlet, and blasts of a
training ground or of old stock that are no attack."""

import datetime as dt

from geo.extract import extract_text


def events(text, gazetteer, published="2021-12-20"):
    return [(c["place_name"], c["layer"], c["claimed_by"])
            for c in extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")]


def claimants(text, gazetteer):
    return {claimed for _, _, claimed in events(text, gazetteer)}


def test_the_paper_said_is_the_outlet_named_before(gazetteer):
    text = ("The Lori Courier reported on Monday that shells fell on Tartar. Mortar fire also hit Jermuk, the paper "
            "said. The same paper said troops shelled Kalbajar, and the paper's local sources said Lachin was hit.")
    found = claimants(text, gazetteer)
    assert found == {"Lori Courier"}


def test_the_paper_with_no_outlet_before_stays_as_written(gazetteer):
    assert "Lori Courier" not in claimants("Mortar fire hit Jermuk on Monday, the paper said.", gazetteer)


def test_an_outlet_citing_soldiers_is_the_claimant(gazetteer):
    text = "The Lori Courier, citing soldiers serving in the village, wrote that shells fell on Jermuk on Monday."
    assert claimants(text, gazetteer) == {"Lori Courier"}


def test_a_capital_s_ministry_is_that_country_s_ministry(gazetteer):
    text = ("Azerbaijan's defence ministry reported fire near Lachin on Monday. On Tuesday Armenia's defence "
            "ministry said Azerbaijani troops fired on Jermuk; Baku's ministry reported fire on its positions near "
            "Kalbajar the same afternoon.")
    found = {place: claimed for place, _, claimed in events(text, gazetteer)}
    assert found["Kalbajar"] == "Azerbaijani MoD"


def test_by_a_capital_s_account_is_that_capital_s_claim(gazetteer):
    text = "At 16:25 on 9 December, by Yerevan's account, Azerbaijani units fired on Armenian positions near Jermuk."
    assert claimants(text, gazetteer) == {"Armenian government"}


def test_by_a_side_s_account_is_that_side_s_claim(gazetteer):
    text = "By the Armenian account, Azerbaijani units fired on Armenian positions near Jermuk on 9 December."
    assert claimants(text, gazetteer) == {"Armenian government"}


def test_old_mines_destroyed_on_a_training_ground_are_no_fire(gazetteer):
    for text in ("Engineers were destroying expired mines on a training ground in Ganja on Wednesday, the "
                 "Azerbaijani defence ministry said.",
                 "The Azerbaijani defence ministry said the blasts heard in Ganja on Wednesday came from the "
                 "destruction of old shells at a firing range."):
        assert {layer for place, layer, _ in events(text, gazetteer) if place == "Ganja"} == {"other"}, text


def test_blasts_said_not_to_be_an_attack_are_no_fire(gazetteer):
    text = ("The loud bangs in Ganja on Wednesday were not an attack: engineers were destroying old mines at a "
            "training ground in Ganja, the Azerbaijani defence ministry said.")
    assert {layer for place, layer, _ in events(text, gazetteer) if place == "Ganja"} == {"other"}


def test_shelling_of_a_town_stays_fire(gazetteer):
    text = "Armenian forces shelled Ganja on Wednesday, destroying old houses, the Azerbaijani defence ministry said."
    assert {layer for place, layer, _ in events(text, gazetteer) if place == "Ganja"} == {"shelling"}


def test_that_day_under_a_dated_heading_is_the_day_a_sentence_stated(gazetteer):
    text = ("Monday 20 December 2021.\n\nThe story begins on 16 November. In the fighting that day, shells hit "
            "Verin Shorzha, the Lori Courier said. On the same day, mortar fire hit Jermuk, the paper said.")
    found = {c["place_name"]: c["start_date"]
             for c in extract_text(text, dt.date(2021, 12, 20), gazetteer, source="test")}
    assert found == {"Verin Shorzha": "2021-11-16", "Jermuk": "2021-11-16"}


def test_that_morning_under_a_dated_heading_is_still_the_entry_s_day(gazetteer):
    text = "Tuesday, 14 December 2021\n\nThat morning mortar fire hit Jermuk, the Lori Courier said."
    found = {c["place_name"]: c["start_date"]
             for c in extract_text(text, dt.date(2021, 12, 20), gazetteer, source="test")}
    assert found == {"Jermuk": "2021-12-14"}


def test_equipment_not_let_taken_back_is_no_fire(gazetteer):
    for text in ("The Azerbaijani side did not let Armenian soldiers take back the damaged equipment near Jermuk "
                 "on Friday, the Lori Courier said.",
                 "The Lori Courier said that Armenian equipment in the Jermuk sector could not be recovered.",
                 "On Friday the Azerbaijani army sent vehicles to haul its wrecks out near Jermuk, the Lori Courier "
                 "said."):
        assert {layer for place, layer, _ in events(text, gazetteer) if place == "Jermuk"} == {"other"}, text


def test_fire_on_the_vehicles_sent_for_equipment_stays_fire(gazetteer):
    text = "Azerbaijani fire hit the vehicles sent to recover equipment near Jermuk on Friday, the Lori Courier said."
    assert {layer for place, layer, _ in events(text, gazetteer) if place == "Jermuk"} == {"shelling"}


def test_the_paper_s_sources_after_the_outlet_s_sources(gazetteer):
    text = ("Shells hit Jermuk on Monday, the Lori Courier's local sources said. On Tuesday mortar fire hit "
            "Kalbajar, the paper's sources said.")
    assert claimants(text, gazetteer) >= {"Lori Courier"}
