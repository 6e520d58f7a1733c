"""Review of the r57 rules: checks of a thing are no checkpoint, and checks told in the present are one; soldiers
blocking roads (plural, with or without the article) close them; a side that lists a named stretch under a village
files it, claiming nothing; residents got "out of doors" are not moved out of a place."""

from tests.helpers import claimant_of, place_layers, rows


def test_safety_checks_on_a_bridge_are_no_checkpoint(gazetteer):
    text = "Routine safety checks were carried out on the bridge near Goris on Monday."
    assert place_layers(text, gazetteer).get("Goris") != "checkpoints"


def test_medical_checks_are_no_checkpoint(gazetteer):
    text = "Medical checks took place at the hospital in Goris on Monday."
    assert place_layers(text, gazetteer).get("Goris") != "checkpoints"


def test_checks_told_in_the_present_are_a_checkpoint(gazetteer):
    text = "The checks are carried out near Goris, police said."
    assert place_layers(text, gazetteer)["Goris"] == "checkpoints"


def test_soldiers_blocking_roads_with_no_article_close_them(gazetteer):
    assert place_layers("Soldiers blocked roads into Goris on Monday.", gazetteer)["Goris"] == "corridors"
    # residents blocking roads stay a blocking point
    assert place_layers("Residents blocked roads into Goris on Monday.", gazetteer)["Goris"] == "checkpoints"


def test_side_listing_a_named_stretch_under_a_village_claims_nothing(gazetteer):
    text = ("According to the police, the checks were on the stretch that the other side lists the stretch under "
            "the village of Tegh.")
    assert claimant_of("Tegh", text, gazetteer) != "other side"


def test_troops_blocking_the_roads_close_them(gazetteer):
    text = "Troops were blocking the roads near Goris on Monday."
    assert place_layers(text, gazetteer)["Goris"] == "corridors"


def test_residents_got_out_of_doors_are_no_displacement(gazetteer):
    text = "The sunshine got residents out of doors in Goris on Monday."
    assert all(r["kind"] != "displacement" for r in rows(text, gazetteer))
