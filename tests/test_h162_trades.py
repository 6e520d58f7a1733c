"""Towns that only say where people go for work, which road a tradesman works on, where a shop's goods are made,
or where a spokesman's office sits (sentences written for these rules)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2001, 5, 14)


def places(text):
    return {e["place"]: e for e in extract_text(text, DAY)}


def test_gone_to_towns_for_work_is_no_event():
    assert places("Most of the shepherds' sons have gone to Goris or Russia for work since the school closed.") == {}


def test_moving_to_town_to_find_work_is_no_event():
    assert "Yerevan" not in places("Two of our weavers are moving to Yerevan to find work this autumn.")


def test_gone_to_town_for_another_reason_keeps_it():
    assert "Goris" in places("The men have gone to Goris for the funeral of the shepherd.")


def test_smith_on_a_road_named_by_a_town_is_no_event():
    assert places("Gates are no longer welded here; ask the blacksmith on the Goris road.") == {}


def test_soldiers_on_a_road_named_by_a_town_keep_it():
    assert "Goris" in places("Soldiers on the Goris road checked every car on Monday.")


def test_smith_on_a_road_harmed_keeps_the_town():
    assert "Goris" in places("The smith on the Goris road was killed by a shell on Monday.")


def test_goods_from_a_laboratory_in_a_town_is_no_event():
    assert places("Tinted lenses take ten days, because they come from the laboratory in Yerevan.") == {}


def test_laboratory_in_a_town_shelled_keeps_it():
    assert "Goris" in places("A shell hit the laboratory in Goris on Monday.")


def test_spokesman_said_in_town_is_his_office_seat():
    found = places("A spokesman for the interior ministry said in Yerevan that there was a real danger of losing "
                   "the pass.")
    assert "Yerevan" not in found


def test_minister_said_in_town_keeps_it():
    assert "Yerevan" in places("The minister said in Yerevan that there was a real danger of losing the pass.")


def test_spokesman_said_in_town_whose_words_tell_of_the_city_keeps_it():
    assert "Yerevan" in places("A ministry spokesman said in Yerevan that the city had been shelled overnight.")


def test_told_reporters_in_town_of_a_plan_for_another_place_drops_the_town():
    found = places("The minister told reporters in Goris that the new school in Kapan would be finished in May.")
    assert "Kapan" in found and "Goris" not in found


def test_told_reporters_in_town_of_a_plan_for_the_town_keeps_it():
    assert "Goris" in places("The minister told reporters in Goris that the new school would be finished in May.")
