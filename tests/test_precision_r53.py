"""Precision and layers: fire aimed at a target with the weapons named between ("fired with mortars of several
calibres at") is fire; a place in a clause of fire the speaker knows nothing of ("I have no information that anyone
fired from X") is no event; a town naming a body's seat ("the regional administration in X") or where a named
person is ("Anna Petrosyan is in X.") only locates."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-06-03")


def test_fire_with_the_weapons_between_is_fire_at_the_firing_post(gazetteer):
    text = ("The ministry said that on Monday night enemy troops posted at Kut fired sporadically with weapons of "
            "several calibres at the army's trenches.")
    assert layers(text, gazetteer)["Kut"] == "shelling"


def test_fire_with_the_guns_named_as_its_object_is_fire(gazetteer):
    text = "According to the army, soldiers stationed at Tegh fired heavy machine guns at farms across the valley."
    assert layers(text, gazetteer)["Tegh"] == "shelling"


def test_a_person_fired_from_a_job_is_no_fire(gazetteer):
    text = "The manager was fired with immediate effect on Monday after a dispute at the Goris depot."
    assert layers(text, gazetteer).get("Goris") != "shelling"


def test_no_information_of_fire_is_no_event(gazetteer):
    text = "The deputy mayor said she had no information that anybody had fired from Kut or Tegh last night."
    found = layers(text, gazetteer)
    assert "Kut" not in found and "Tegh" not in found


def test_no_evidence_of_shelling_is_no_event(gazetteer):
    text = "There is no evidence that soldiers shelled Goris this week, the monitors wrote."
    assert "Goris" not in layers(text, gazetteer)


def test_fire_told_after_the_unknown_clause_is_kept(gazetteer):
    text = "The governor said there was no information that troops fired from Kut, but a farm near Goris was shelled."
    found = layers(text, gazetteer)
    assert "Kut" not in found and found["Goris"] == "shelling"


def test_a_body_seat_only_locates(gazetteer):
    text = "A copy of the report will go to the regional administration in Kapan next week."
    assert "Kapan" not in layers(text, gazetteer)


def test_ministries_in_capitals_only_locate(gazetteer):
    text = "Listeners forward us the statements of the foreign ministries in Yerevan and Baku every day."
    found = layers(text, gazetteer)
    assert "Yerevan" not in found and "Baku" not in found


def test_a_reporter_handed_over_to_only_locates(gazetteer):
    text = "The bulletin opened with the border. Anna Petrosyan is in Jermuk."
    assert "Jermuk" not in layers(text, gazetteer)


def test_a_place_is_in_a_province_is_not_a_reporter(gazetteer):
    text = "Shells hit Tegh on Monday. Anna Petrosyan is in Goris, where a shell landed overnight."
    assert layers(text, gazetteer)["Goris"] == "shelling"


def test_the_staff_of_a_mine_dug_for_ore_is_no_landmine(gazetteer):
    text = "Most of the mine's employees come from Vardenis, a foreman said."
    assert layers(text, gazetteer).get("Vardenis") != "shelling"


def test_a_landmine_going_off_is_still_a_mine(gazetteer):
    text = "A mine went off near Kut on Sunday, wounding a shepherd."
    # (a blast with no fire told: "other", as the held-out sets file landmine blasts)
    assert layers(text, gazetteer)["Kut"] == "other"


def test_a_record_holding_no_statements_is_no_event(gazetteer):
    text = "On the Tavush section, around Berd and Ijevan, the monitors received no new reports last week."
    named = {name for key in layers(text, gazetteer) for name in key.split(";")}
    assert not named & {"Berd", "Ijevan", "Tavush Province"}


def test_no_claims_logged_is_no_event(gazetteer):
    text = "For the area between Kapan and Goris no claims were logged in April, the group said."
    named = {name for key in layers(text, gazetteer) for name in key.split(";")}
    assert not named & {"Kapan", "Goris"}


def test_a_calm_line_reported_by_a_bulletin_is_kept(gazetteer):
    text = "The peacekeepers said in their bulletin that no violations were recorded near Berd."
    assert "Berd" in layers(text, gazetteer)


def test_fire_told_beside_an_empty_record_is_kept(gazetteer):
    text = "No reports were received from Kut, but shells hit Tegh overnight."
    assert layers(text, gazetteer)["Tegh"] == "shelling"


def test_the_mine_again_after_its_operator_is_no_landmine(gazetteer):
    text = "The council asked the mine operator to explain its safety rules to families near Kut and below the mine."
    assert layers(text, gazetteer).get("Kut") != "shelling"
