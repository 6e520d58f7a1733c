"""Wordings near the rules of heldout176, 177, 181 and 183 that those rules must not reach: a person left or named
is no village, places named as anything but fire's targets are no one's account, guns heard only as news or not
heard are no fire, homes wrecked by a disaster are no attack, flights' routes are no roads, "had written" with no
"that" opens no claim, and a capital's ally is no capital's account. The sentences are written for these tests."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 9, 30)


def _events(text, day=DAY):
    return {e["place"]: e for e in extract_text(text, day)}


# a village its people left, or a person left

def test_a_person_left_in_charge_is_no_village():
    assert "Khachik" not in _events("Vahan's mother said she left Khachik in charge of the farm when the shelling began.")


def test_a_person_left_for_another_is_no_village():
    assert _events("Anna left Vahan for another man in 2019, her sister said.") == {}


def test_a_person_left_with_an_apposition_is_no_village():
    assert "Khachik" not in _events("The commander left Khachik, a 19-year-old private, at the post near Jermuk.")


def test_a_person_left_at_a_hospital_is_no_village():
    assert "Khachik" not in _events("He left Khachik at the hospital in Vardenis, where the boy died.")


def test_a_person_abandoned_on_the_battlefield_is_no_village():
    assert _events("The sergeant abandoned Vahan on the battlefield, the court heard.") == {}


def test_villages_fled_and_left_stay_places():
    assert "Sotk" in _events("Hundreds of families fled Sotk during the night, the ombudsman said.")
    assert "Chinari" in _events("The last residents left Chinari in ruins.")
    assert "Voskepar" in _events("Nobody who fled Voskepar in 2020 has returned.")
    assert "Hartashen" in _events("After the war she left Hartashen for good.")


def test_a_person_named_to_a_post_in_the_village_is_no_village():
    assert _events("In the village they named Vahan as their new head of community.") == {}
    assert "Khachik" not in _events("In the town they named Khachik their new mayor, Armenpress reported.")


def test_a_village_it_calls_by_its_name_stays_a_place():
    assert _events("The ministry said shots came from a village it calls Khachik.")["Khachik"]["layer"] == "shelling"


# places named as what befell them

def test_places_named_as_eligible_for_aid_are_nobodys_account():
    found = _events("The government named Sotk and Kut as villages eligible for compensation this year.",
                    dt.date(2018, 9, 16))
    assert found["Kut"]["claimed_by"] == ""


def test_places_named_as_never_to_be_left_are_nobodys_account():
    found = _events("Residents named Sotk and Kut as places they would never leave.", dt.date(2018, 9, 16))
    assert found["Kut"]["claimed_by"] == ""


def test_places_named_as_not_under_fire_are_no_fire():
    found = _events("The ministry named Sotk and Kut as villages that had not come under fire this year.",
                    dt.date(2018, 9, 16))
    assert found["Kut"]["layer"] == "other"


def test_communities_named_as_under_fire_are_fire_by_the_namers_account():
    found = _events("The Armenian ombudsman named Sotk, Kut and Norabak as communities that came under fire on "
                    "Tuesday.", dt.date(2018, 9, 16))
    assert found["Kut"]["layer"] == "shelling" and found["Norabak"]["layer"] == "shelling"
    assert found["Kut"]["claimed_by"]


# guns heard

def test_guns_not_heard_are_no_fire():
    assert _events("People in Sotk have not heard the guns since 2020.").get("Sotk", {}).get("layer") != "shelling"
    assert _events("In Sotk nobody has heard the guns for months.")["Sotk"]["layer"] == "other"


def test_news_heard_of_the_guns_is_no_fire():
    assert _events("Residents of Sotk heard the guns had been moved back from the border.")["Sotk"]["layer"] == "other"
    assert _events("Farmers in Sotk heard the guns were being withdrawn, the mayor said.")["Sotk"]["layer"] == "other"


def test_guns_heard_stopping_are_no_fire():
    assert _events("Residents of Sotk heard the guns stop at midnight.")["Sotk"]["layer"] == "other"


def test_guns_heard_again_stay_fire():
    assert _events("Residents of Sotk heard the guns again on Tuesday night.")["Sotk"]["layer"] == "shelling"


# homes wrecked

def test_homes_wrecked_by_a_disaster_are_no_attack():
    assert _events("In Tavush several houses were wrecked by the mudslide on Sunday.").get(
        "Tavush", {}).get("layer") != "shelling"
    assert _events("Dozens of homes had been wrecked by the earthquake in Spitak in 1988.")["Spitak"]["layer"] == "other"
    assert _events("Buildings were wrecked in Tartar by the flood, officials said.")["Tartar"]["layer"] == "other"


def test_homes_wrecked_in_shelling_stay_damage():
    found = _events("Several homes were wrecked in Sotk during Tuesday's shelling, the mayor said.")
    assert found["Sotk"]["layer"] == "shelling"


# routes after a colon

def test_flight_routes_after_a_colon_are_no_roads():
    found = extract_text("Flights resumed on three routes: Yerevan–Moscow, Yerevan–Paris and Yerevan–Dubai.", DAY)
    assert all(e["layer"] != "corridors" for e in found)


def test_talks_routes_after_a_colon_are_no_roads():
    found = extract_text("Talks were held on several routes: Yerevan–Baku, Ankara–Yerevan and Tbilisi–Baku, diplomats "
                         "said.", DAY)
    assert all(e["layer"] != "corridors" for e in found)


def test_highways_after_a_colon_stay_roads():
    found = extract_text("Work continues on the highways: Horadiz–Aghband and Fuzuli–Shusha, the ministry said.", DAY)
    assert [e["layer"] for e in found] == ["corridors"]


# "had written"

def test_had_written_slogans_is_no_claim():
    assert _events("Soldiers had written slogans on the walls of the school in Hadrut.")["Hadrut"]["claimed_by"] == ""


def test_had_written_to_someone_is_no_claim():
    found = _events("Pashinyan had written to Putin asking for help after Jermuk was shelled.")
    assert found["Jermuk"]["claimed_by"] == ""


def test_has_written_that_stays_a_claim():
    found = _events("Aliyev has written on Twitter that the army took Hadrut.")
    assert "Aliyev" in found["Hadrut"]["claimed_by"]


# a capital's account

def test_a_capitals_ally_owns_its_own_ministry():
    found = _events("Baku's ally Ankara weighed in: its defence ministry said Armenian troops had shelled Lachin.",
                    dt.date(2022, 9, 20))
    assert found["Lachin"]["claimed_by"] != "Azerbaijani MoD"


def test_a_capitals_account_owns_its_ministry():
    found = _events("Moscow's account differed: its defence ministry said no shots were fired near Lachin.",
                    dt.date(2022, 9, 20))
    assert found["Lachin"]["claimed_by"] == "Russian MoD"
