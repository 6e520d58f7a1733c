"""Who claims: "the agency said" after "the mine agency X told News.az" is the mine agency again, not the outlet it
told; "two men it described as fighters" is the reporting outlet's label, no new speaker."""

from tests.helpers import claimants


def test_the_agency_after_an_agency_told_an_outlet_is_that_agency(gazetteer):
    text = ("A shepherd was hurt by a mine near Aghdam, the mine agency ANAMA told News.az. "
            "He had strayed onto uncleared ground near Tartar, the agency said.")
    assert claimants(text, gazetteer)["Tartar"] == "Azerbaijani government (ANAMA)"


def test_the_agency_after_a_person_told_an_outlet_is_still_the_outlet(gazetteer):
    text = ("A shell hit a house in Tegh, a village official told News.am. "
            "Later a second shell fell on Sotk, the agency said.")
    assert claimants(text, gazetteer)["Sotk"] == "Armenian media"


def test_a_label_the_outlet_gives_names_no_new_speaker(gazetteer):
    text = ("The outlet Azernews reported that on 3 March two men it described as saboteurs were injured by a mine "
            "near Fuzuli.")
    assert claimants(text, gazetteer)["Fuzuli"] == "Azerbaijani media"
