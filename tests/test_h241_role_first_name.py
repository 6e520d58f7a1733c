"""A first name after a role of the writer's own circle ("our treasurer Narek", "my coach Ani") is a person when a verb
only a person's subject takes follows it, with no comma between ("Our treasurer Narek has grandparents in X",
"our coach Ani says"): not the village of that name. A place after a role word and a comma ("our village, Narek,")
or a role that names no one of the circle stays a place."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2022-06-10"):
    return {p for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer) for p in e["place"].split(";")}


def test_treasurer_with_grandparents_is_a_person(gazetteer):
    got = _places("Our treasurer Narek has cousins in the Ararat province and asked for a note about them.", gazetteer)
    assert "Narek" not in got


def test_coach_who_says_is_a_person(gazetteer):
    got = _places("My coach Narek says the match at the school will go ahead on Sunday after the rain.", gazetteer)
    assert "Narek" not in got


# --- near sentences where the rule must not fire ---

def test_village_shelled_stays_a_place(gazetteer):
    got = _places("Azerbaijani troops shelled Narek on Monday, the ministry said.", gazetteer)
    assert "Narek" in got


def test_village_after_a_role_with_no_person_verb(gazetteer):
    got = _places("Our volunteers drove to Narek with food on Monday.", gazetteer)
    assert "Narek" in got


def test_name_then_a_deed_done_to_a_place(gazetteer):
    got = _places("The secretary said Narek has been shelled twice this week.", gazetteer)
    assert "Narek" in got
