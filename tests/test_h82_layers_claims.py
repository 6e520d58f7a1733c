"""A fire someone sets to what is "his own" is its owner's doing, no attack; what a speaker told a crowd is not what
happened where it gathered; news "welcomed" by someone is that person's account (guests welcomed are not);
"That same day" opening a clause is a time, no part of the speaker's name."""

from tests.helpers import rows


def _layer(text, place, gazetteer, published="2020-11-23"):
    found = [r for r in rows(text, gazetteer, published) if place in r["place_name"].split(";")]
    assert found, text
    return found[0]["layer"]


def _claimant(text, place, gazetteer, published="2023-09-18"):
    found = [r for r in rows(text, gazetteer, published) if place in r["place_name"].split(";")]
    assert found, text
    return found[0]["claimed_by"]


def test_a_man_burning_his_own_house_is_no_attack(gazetteer):
    text = "Local television showed a farmer in Charektar who set his own barn and house alight before he left."
    assert _layer(text, "Charektar", gazetteer) == "other"
    assert _layer("A soldier in Vank set fire to his own car.", "Vank", gazetteer) == "other"


def test_a_fire_set_by_troops_stays_an_attack(gazetteer):
    assert _layer("Soldiers set the houses of Charektar alight.", "Charektar", gazetteer) == "shelling"


def test_a_crowd_told_about_a_road_is_a_rally_in_its_town(gazetteer):
    text = ("On the night of 12 May thousands of people gathered in Goris's central square, where the mayor told "
            "them that only the Kapan road would be used.")
    assert _layer(text, "Goris", gazetteer, "2023-05-20") == "other"


def test_what_residents_said_where_they_gathered_still_happened_there(gazetteer):
    text = "Protesters gathered in Goris, where residents said shells had hit the school overnight."
    assert _layer(text, "Goris", gazetteer, "2023-05-20") == "shelling"


def test_news_welcomed_on_social_media_is_the_welcomer_s(gazetteer):
    text = "EU foreign policy chief Josep Borrell welcomed on X the reopening of the road from Goris to Kapan."
    assert _claimant(text, "Kapan", gazetteer) == "EU"


def test_guests_welcomed_are_no_claim(gazetteer):
    text = "The mayor of Goris welcomed the delegation from Kapan."
    assert not _claimant(text, "Kapan", gazetteer)


def test_that_same_day_is_no_part_of_the_speaker(gazetteer):
    text = ("Shells hit Tartar on Monday. That same day the foreign ministry in Yerevan said that Azerbaijani drones "
            "had struck Martuni.")
    who = _claimant(text, "Khojavend", gazetteer, "2020-10-21")
    assert who and "same day" not in who.lower(), who


def test_soldiers_setting_fire_to_a_man_s_own_house_is_an_attack(gazetteer):
    # "his" is not the soldiers': the house is the farmer's, burned by them
    assert _layer("Soldiers set fire to his own house in Martakert, the farmer said.", "Martakert",
                  gazetteer) == "shelling"
    assert _layer("Azerbaijani troops set fire to her own home in Hadrut, the woman told reporters.", "Hadrut",
                  gazetteer) == "shelling"


def test_troops_burning_their_own_positions_is_no_attack(gazetteer):
    assert _layer("Azerbaijani troops set fire to their own positions near Aghdam before retreating.", "Aghdam",
                  gazetteer) == "other"


def test_a_plan_or_prospect_welcomed_is_no_claim(gazetteer):
    assert _claimant("Moscow welcomed the prospect of the reopening of the Lachin corridor.", "Lachin corridor",
                     gazetteer) == ""
    assert _claimant("Armenia welcomed the decision on the passage of aid through Aghdam.", "Aghdam",
                     gazetteer) == ""


def test_talks_opened_and_welcomed_are_no_claim(gazetteer):
    assert _claimant("Washington welcomed the opening of talks on the Lachin corridor.", "Lachin corridor",
                     gazetteer) == ""


def test_a_passage_welcomed_is_still_the_welcomer_s(gazetteer):
    text = "The ICRC welcomed the passage of its first aid convoy through the Lachin corridor on Monday."
    assert _claimant(text, "Lachin corridor", gazetteer) == "ICRC"
