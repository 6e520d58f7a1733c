"""A weekday counted back by weeks ("Saturday a fortnight ago"); who tells what: the reports of an outlet on people
who left a place are the outlet's, a person an outlet quotes by role and name is that person, and a sentence opening
with a role and a name names whom a later "he" means."""

import datetime as dt

from geo.dates import find_dates
from tests.helpers import claimants, rows

MONDAY = dt.date(2021, 3, 15)


def _days(sentence, published=MONDAY):
    return [(span.start, span.end) for span in find_dates(sentence, published)]


def test_a_weekday_a_fortnight_ago_is_that_weekday_two_weeks_back():
    # the last Saturday before Monday 15 March is the 13th; a fortnight before it, the 27th of February
    day = dt.date(2021, 2, 27)
    assert _days("On Saturday a fortnight ago a shell fell on the depot.") == [(day, day)]


def test_a_weekday_two_weeks_ago_counts_the_weeks_named():
    day = dt.date(2021, 3, 2)            # the last Tuesday is 9 March; a week before it, the 2nd
    assert _days("On Tuesday a week ago the bridge was hit.") == [(day, day)]


def test_a_bare_weekday_is_still_the_last_one():
    day = dt.date(2021, 3, 13)
    assert _days("On Saturday a shell fell on the depot.") == [(day, day)]


def test_a_fortnight_ago_without_a_weekday_counts_from_the_publication():
    day = dt.date(2021, 3, 1)
    assert _days("A fortnight ago a shell fell on the depot.") == [(day, day)]


def test_reports_from_an_outlet_on_people_who_left_are_the_outlets(gazetteer):
    text = ("Goris lies about thirty kilometres south of Sisian, as the reports from Channel 4 on the people who "
            "left Sisian for Goris rightly said.")
    found = {r["place_name"]: r["claimed_by"] for r in rows(text, gazetteer, "2021-03-15")}
    assert found and all(who == "Channel 4" for who in found.values())


def test_people_who_left_a_place_still_speak_for_themselves(gazetteer):
    text = "People who left Sisian for Goris said the village of Tegh was shelled on Monday."
    assert "refugees" in (claimants(text, gazetteer, "2021-03-15").get("Tegh") or "")


def test_an_outlet_quoting_a_person_by_role_and_name_gives_the_name(gazetteer):
    text = ("The paper quoted a lorry driver, Armen Sargsyan, as saying that a police post had been set up near "
            "the village of Tegh.")
    assert claimants(text, gazetteer, "2021-03-15").get("Tegh") == "Armen Sargsyan"


def test_a_role_with_a_clause_after_it_is_no_name(gazetteer):
    text = ("The paper quoted a lorry driver, who was angry, as saying that a police post had been set up near "
            "the village of Tegh.")
    assert "Sargsyan" not in (claimants(text, gazetteer, "2021-03-15").get("Tegh") or "")


def test_he_after_a_role_and_a_name_opening_the_sentence_before(gazetteer):
    text = ("The rector, Leyla Hasanova, opened the meeting with a minute of silence and then spoke plainly about "
            "the hard week. She reminded the staff of Monday night, when rockets were fired at Goris.")
    assert "Leyla Hasanova" in (claimants(text, gazetteer, "2021-03-15").get("Goris") or "")


def test_a_place_named_after_its_kind_is_no_person_for_he():
    from geo.extract.claims import subject_actor
    assert subject_actor("The village, Nerkin Hand, was shelled on Monday.") == ""
    assert subject_actor("The priest, Vardan Grigoryan, opened the service.") == "Vardan Grigoryan"
