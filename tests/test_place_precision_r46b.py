"""Places that only locate or that the sentence takes back: a province's border, a reporter's town, a place where
troops are said not to be, a wire's correction, a fact-check's claim line, a deputy mayor's town, a lake's border
areas, and a report called untrue."""

import datetime as dt

from geo.extract import extract_text


def found(text, gazetteer):
    return {c["place_name"]: c for c in extract_text(text, dt.date(2021, 5, 20), gazetteer, source="test")}


def test_a_province_naming_the_border_only_locates(gazetteer):
    places = found("Four sappers working on the Gegharkunik border were surrounded and captured at dawn.", gazetteer)
    assert "Gegharkunik Province" not in places


def test_a_named_section_of_a_province_s_border_is_kept(gazetteer):
    places = found("Two soldiers were killed on the eastern section of the Gegharkunik border on Monday.", gazetteer)
    assert "Gegharkunik Province" in places


def test_a_reporter_s_surname_is_no_village(gazetteer):
    places = found("Crew: Ani Hakobyan (Sisian) and Levon Grigoryan.\nShells hit Sisian on Monday.", gazetteer)
    assert not any("Hakobyan" in name for name in places)
    assert "Sisian" in places


def test_a_reporters_credit_line_gives_no_event(gazetteer):
    places = found("Reporters: Ani Hakobyan (Sisian), Levon Grigoryan (studio).", gazetteer)
    assert "Sisian" not in places and not any("Hakobyan" in name for name in places)


def test_places_troops_are_said_not_to_be_in_are_no_events(gazetteer):
    places = found("The soldiers have dug in around the pass, not in Vardenis or in Sisian, the army said.", gazetteer)
    assert "Vardenis" not in places and "Sisian" not in places


def test_a_wire_correction_gives_no_event(gazetteer):
    places = found("CORRECTION, 14 May 10:00 - An earlier flash in this series said troops had entered Sisian.",
                   gazetteer)
    assert "Sisian" not in places


def test_a_fact_check_s_claim_line_gives_no_event(gazetteer):
    places = found('Claim 3: "Shells fell on Vardenis overnight." Verdict: false.', gazetteer)
    assert "Vardenis" not in places


def test_a_deputy_mayor_s_town_is_his_post(gazetteer):
    places = found("Sisian's deputy mayor Aram Hakobyan has written that the pass belongs to no one.", gazetteer)
    assert "Sisian" not in places


def test_the_areas_a_lake_lies_between_only_locate_it(gazetteer):
    places = found("Sev Lich is a high lake on the line between Syunik and the Lachin district.", gazetteer)
    assert "Lachin District" not in places


def test_fire_in_a_report_called_untrue_is_a_denial(gazetteer):
    places = found("The ministry called the report of its troops shelling Sotk untrue.", gazetteer)
    assert places["Sotk"]["kind"] == "denial"
