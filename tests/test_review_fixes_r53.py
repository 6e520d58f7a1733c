"""Review of the r53 rules: sentences of our own on which a new rule misfired or missed an obvious variant."""
import datetime as dt

from geo.extract import extract_text


def _events(text, day=dt.date(2023, 4, 25)):
    return {c["place_name"]: c for c in extract_text(text, day)}


def test_reports_that_came_from_a_village_name_no_claimant():
    found = _events("Reports of shelling came from Tegh on Monday.")
    assert found["Tegh"]["claimed_by"] == ""


def test_reports_that_came_from_a_body_on_a_day_are_the_bodys_without_the_day():
    found = _events("Reports of shelling came from Azerbaijan on Monday and concerned Sotk.")
    assert found["Sotk"]["claimed_by"] == "Azerbaijani government"


def test_counted_reports_that_came_from_a_body_are_the_bodys():
    found = _events("Four reports of fire came from the Armenian ministry alone and concerned Tegh.")
    assert found["Tegh"]["claimed_by"] == "Armenian ministry"


def test_no_evidence_about_a_shelling_named_as_fact_keeps_it():
    found = _events("Police found no evidence that the shelling of Tegh had been aimed at civilians.")
    assert found["Tegh"]["layer"] == "shelling"



def test_a_glued_menu_with_a_lower_case_tag_list_is_still_furniture():
    from geo.article import is_furniture
    assert is_furniture("HomeNewsWorld PoliticsBusiness | tags: armenia, azerbaijan, border, shelling")
    assert is_furniture("You are here: HomeNewsRegion > the latest in the south")
    assert is_furniture("Tags: GeoProMining, ZangezurCopper, mining in armenia, border")



def test_a_place_in_what_is_cited_keeps_the_day_cited_with_it():
    found = _events("Citing the shelling of Tegh on Monday, Armenia called off the talks on Wednesday.")
    assert found["Tegh"]["start_date"] == "2023-04-24"


def test_a_report_inside_a_named_outlets_report_is_the_inner_tellers():
    found = _events("Armenian radio said Baku reported that Armenian units fired at Tegh.")
    assert found["Tegh"]["claimed_by"] == "Azerbaijani government"
