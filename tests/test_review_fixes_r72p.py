"""Sentences where the r72p rules misfired: another body's team that will return, report or look somewhere ("The
rescue team will return to Berd on Monday to clear the rubble", "The monitoring team will report on the ceasefire
violations near Tegh", "The UN team will look at the refugee camps around Goris next week", "The national team will
return to Yerevan on Tuesday"), a club that will go back to a town ("The school's drama club will return to Berd
after the ceasefire"), the outlet's own plan or promised material that also tells what happened at the place ("Our
correspondent will report from Lachin after the evacuation", "More footage from Martakert will follow as the clashes
go on", "The editors will look at the protests in Yerevan last week", "More photos from Fuzuli will follow, showing
the ruins of the mosque"), and promised material told with "of" or "are to follow" ("Further images of Tegh will
follow on the next page", "More photos from Gadabay are to follow on sheet 4"), which was not read as a plan."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="2023-05-02"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_another_body_s_team_is_not_the_outlet(gazetteer):
    assert "Berd" in places("The rescue team will return to Berd on Monday to clear the rubble.", gazetteer)
    assert "Tegh" in places("The monitoring team will report on the ceasefire violations near Tegh.", gazetteer)
    assert "Goris" in places("The UN team will look at the refugee camps around Goris next week.", gazetteer)
    assert "Yerevan" in places("The national team will return to Yerevan on Tuesday.", gazetteer)


def test_a_club_going_back_to_a_town_is_not_coverage(gazetteer):
    assert "Berd" in places("The school's drama club will return to Berd after the ceasefire.", gazetteer)
    assert places("The history club will come back to the story of Kapan next month.", gazetteer) == set()


def test_a_plan_that_tells_what_happened_keeps_the_place(gazetteer):
    assert "Lachin" in places("Our correspondent will report from Lachin after the evacuation.", gazetteer)
    assert "Martakert" in places("More footage from Martakert will follow as the clashes go on.", gazetteer)
    assert "Yerevan" in places("The editors will look at the protests in Yerevan last week.", gazetteer)
    assert "Fuzuli" in places("More photos from Fuzuli will follow, showing the ruins of the mosque.", gazetteer)
    text = "The medical team will report on the blockade of Stepanakert."
    assert place_layers(text, gazetteer, "2023-05-02").get("Stepanakert") == "checkpoints"


def test_promised_material_of_a_town_or_still_to_follow_is_a_plan(gazetteer):
    assert places("Further images of Tegh will follow on the next page.", gazetteer) == set()
    assert places("More photos from Gadabay are to follow on sheet 4.", gazetteer) == set()


def test_the_outlet_s_own_plans_are_still_plans(gazetteer):
    assert places("Next week our team will write about the orchards of Berd.", gazetteer) == set()
    assert places("On Sunday the youth club will write about the lake near Sevan.", gazetteer) == set()
    assert places("Our correspondent will report from Lachin tomorrow.", gazetteer) == set()
