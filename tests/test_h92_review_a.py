"""A weekday followed by "so" and a calendar day that falls on another weekday is not restated: the calendar day
tells what followed, and the weekday keeps its own reading."""

from tests.helpers import rows


def test_so_on_another_day_is_not_a_restatement(gazetteer):
    text = "Armenian guns shelled Fizuli on Thursday, so on 1 November the families left the town."
    found = [c["start_date"] for c in rows(text, gazetteer, "2021-11-05") if "Fuzuli" in c["place_name"]]
    assert found and found[0] == "2021-11-04"


def test_restatement_on_the_same_weekday_still_holds(gazetteer):
    text = "Armenian guns shelled Fizuli on Friday, that is 29 October."
    found = [c["start_date"] for c in rows(text, gazetteer, "2021-11-05") if "Fuzuli" in c["place_name"]]
    assert found and found[0] == "2021-10-29"


def test_aside_before_a_passive_said_gives_no_speaker(gazetteer):
    text = "Armenian forces shelled the town (see map) said to lie near Agdam on Monday."
    assert [c["claimed_by"] for c in rows(text, gazetteer) if "Aghdam" in c["place_name"]] == [""]


def test_aside_between_a_name_and_said_still_blanked(gazetteer):
    text = "Elchin Hajiyev (right) said that Armenian forces shelled Terter overnight."
    assert [c["claimed_by"] for c in rows(text, gazetteer) if "Tartar" in c["place_name"]] == ["Elchin Hajiyev"]


def test_aside_before_said_to_reporters_still_blanked(gazetteer):
    text = "Elchin Hajiyev (right) said to reporters that Armenian forces shelled Terter overnight."
    assert [c["claimed_by"] for c in rows(text, gazetteer) if "Tartar" in c["place_name"]] == ["Elchin Hajiyev"]
