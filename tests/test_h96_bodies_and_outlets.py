"""A state body's name before its area is no village ("a post of the State Border Service in the X district": the
area is where the post stands); the Associated Press written "AP" and the Real Karabakh site are claimants of the
actor table; "the outlet said", "according to the article" stand for the outlet named before."""

from tests.helpers import claimant_of, place_layers


def test_state_body_before_its_district_is_no_village(gazetteer):
    text = "Gunmen fired at a post of the State Border Service in the Aghstafa district."
    found = place_layers(text, gazetteer)
    assert "Border Service" not in found and "Agstafa District" in found


def test_village_before_its_district_still_found(gazetteer):
    found = place_layers("Gunmen shelled Kemerli in the Gazakh district.", gazetteer)
    assert "Kəmərli (Qazax)" in found


def test_ap_is_the_associated_press(gazetteer):
    text = "The AP reported that troops shelled Kornidzor."
    assert claimant_of("Kornidzor", text, gazetteer) == "Associated Press"


def test_apa_is_not_the_associated_press(gazetteer):
    text = "APA reported that troops shelled Tegh."
    assert claimant_of("Tegh", text, gazetteer) != "Associated Press"


def test_real_karabakh_site_is_its_own_claimant(gazetteer):
    text = "The Real Karabakh website says troops shelled Tegh."
    assert claimant_of("Tegh", text, gazetteer) == "Real Karabakh"


def test_outlet_and_article_stand_for_the_outlet_named_before(gazetteer):
    text = ("The Caucasus Herald wrote this month that soldiers drove the people of Sofulu out of their "
            "homes. The outlet said the same happened in Kornidzor. Tegh was emptied in the same way, according to "
            "the article.")
    assert claimant_of("Kornidzor", text, gazetteer) == "Caucasus Herald"
    assert claimant_of("Tegh", text, gazetteer) == "Caucasus Herald"


def test_article_with_no_outlet_before_names_none(gazetteer):
    text = "According to the article, troops shelled Tegh."
    assert claimant_of("Tegh", text, gazetteer) != "Caucasus Herald"


def test_dateline_only_locates_when_the_report_is_of_another_place(gazetteer):
    text = "Reuters reported from Goris that troops had blockaded Tegh on Monday."
    found = place_layers(text, gazetteer)
    assert "Goris" not in found and "Tegh" in found


def test_dateline_kept_when_the_report_is_of_the_town_itself(gazetteer):
    text = "Reuters reported from Goris that the town had been shelled overnight."
    assert "Goris" in place_layers(text, gazetteer)
