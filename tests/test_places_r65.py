"""Places that are no scene of an event, and a mine filed at its village. A mine named after a village the gazetteer
knows near it is news of that village ("fire disrupts work at the Sotk gold mine" is filed at Sotk), unless the
sentence places the mine apart ("the mine, which lies across the new border"). The outlet's reporter said to be
somewhere tomorrow, people it could not reach named by their villages, a match between two towns' teams, a harvest
report, the towns men go to work in and the outlet's plan of what it will cover next tell where people are or what
will be written, not where anything happened, so none of them is a place of the news; each rule keeps the place when
harm is told there."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="2021-07-30"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# --- a mine named after its village


def test_fire_at_a_mine_named_after_a_village_is_filed_at_the_village(gazetteer):
    text = "Local officials said gunfire again halted work at the Sotk gold mine on Thursday."
    found = place_layers(text, gazetteer)
    assert "Sotk" in found and "Sotk gold mine" not in found
    assert found["Sotk"] == "shelling"


def test_a_mine_placed_apart_from_its_village_stays_the_mine(gazetteer):
    text = "Soldiers walked up to the Zod gold mine, which lies beyond the new line, and told the miners to go."
    assert places(text, gazetteer) == {"Sotk gold mine"}


# --- the outlet's reporter, and people it could not reach


def test_where_the_reporter_will_be_tomorrow_is_no_place(gazetteer):
    assert places("Our reporter Nune Sargsyan will be in Jermuk tomorrow.", gazetteer) == set()
    assert places("Our correspondent will be in Kapan on Monday.", gazetteer) == set()


def test_a_reporter_at_a_place_fired_on_keeps_the_place(gazetteer):
    text = "Our reporter will be in Jermuk tomorrow, a day after shells hit the town."
    assert "Jermuk" in places(text, gazetteer)


def test_officials_the_desk_could_not_reach_are_no_places(gazetteer):
    text = "We were unable to contact the village heads of Norabak or Geghamabak on Thursday."
    assert places(text, gazetteer) == set()


def test_a_village_the_desk_could_not_reach_because_of_fire_is_kept(gazetteer):
    text = "We could not reach Norabak on Thursday because troops were firing on the road."
    assert "Norabak" in places(text, gazetteer)


# --- sport, farming, work and the outlet's plans


def test_a_match_between_two_towns_teams_names_no_place(gazetteer):
    text = "The Kapan junior football team beat its rivals from Meghri 2-0 on Sunday before a small crowd."
    assert places(text, gazetteer) == set()
    assert places("The Sisian side lost to the visitors from Goris on Saturday.", gazetteer) == set()


def test_a_team_under_fire_keeps_its_place(gazetteer):
    text = "A bus carrying the youth team came under fire near Sisian on Saturday."
    assert "Sisian" in places(text, gazetteer)


def test_a_harvest_report_names_no_place(gazetteer):
    assert places("Walnut growers near Kapan expect a small but sweet harvest this autumn.", gazetteer) == set()


def test_a_harvest_lost_to_shelling_keeps_its_place(gazetteer):
    text = "Farmers near Berd lost a good harvest when shells set their fields alight on Monday."
    assert "Berd" in places(text, gazetteer)


def test_the_towns_people_go_to_work_in_are_no_places(gazetteer):
    assert places("Many young men go to work in Kapan or Yerevan in winter.", gazetteer) == set()


def test_a_journey_to_a_town_under_fire_is_no_commute(gazetteer):
    text = "Many young men went to Kapan, where a shell hit the bus station on Monday."
    assert "Kapan" in places(text, gazetteer)


def test_what_the_outlet_will_cover_next_is_no_place(gazetteer):
    text = "Next week we will report on the harvest festival and the new school in Tatev."
    assert places(text, gazetteer) == set()
    assert places("We will look at the bus timetable of Goris in our next issue.", gazetteer) == set()


def test_a_coverage_plan_about_an_attack_keeps_the_place(gazetteer):
    assert "Tegh" in places("We will report on the shelling of Tegh in our next bulletin.", gazetteer)


def test_the_outlets_past_coverage_is_not_a_plan(gazetteer):
    assert "Sisian" in places("We reported on the water supply of Sisian last week.", gazetteer)
