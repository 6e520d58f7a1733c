"""Sentences where the r70d rules misfired: an interview opened by "We spoke to a family from Nerkin Hand" or "I
talked to the refugees in Goris Square" gave its answers to the place named after the people, not to a person;
"Hospital records the nurses kept show ..." read the noun "records" as a body's record and gave the claim to
"Hospital"; and "A day later than planned, ..." moved the day told on by one, so a later "On the same day" took the
day after the one stated."""

from tests.helpers import claimant_of, rows


def _start(place, text, gazetteer, published):
    return next(str(c["start_date"]) for c in rows(text, gazetteer, published) if c["place_name"] == place)


def test_an_interview_with_people_from_a_place_gives_the_place_no_words(gazetteer):
    text = ("We spoke to a family from Nerkin Hand about the spring.\n\n"
            "What happened?\n\n"
            "Soldiers came to Kapan and took the men away.")
    assert claimant_of("Kapan", text, gazetteer, "1991-06-02") != "Nerkin Hand"


def test_an_interview_with_people_in_a_square_gives_the_square_no_words(gazetteer):
    text = ("I talked to the refugees in Goris Square.\n\n"
            "What happened?\n\n"
            "Soldiers came to Kapan and took the men away.")
    assert claimant_of("Kapan", text, gazetteer, "1991-06-02") != "Goris Square"


def test_an_interview_with_a_role_and_a_name_still_gives_the_answers_to_the_person(gazetteer):
    text = ("We spoke to the local historian Aram Petrosyan.\n\n"
            "What happened?\n\n"
            "Soldiers came to Kapan and took the men away.")
    assert claimant_of("Kapan", text, gazetteer, "2021-06-02") == "Aram Petrosyan"


def test_records_as_the_subject_of_show_are_no_body_recording(gazetteer):
    text = "Hospital records the nurses kept show nine wounded were brought from Kapan."
    assert claimant_of("Kapan", text, gazetteer, "1991-06-02") != "Hospital"


def test_a_ministry_that_records_an_attack_still_claims_it(gazetteer):
    text = "The Armenian Defence Ministry records a new attack on Kapan."
    assert claimant_of("Kapan", text, gazetteer, "2021-06-02") == "Armenian MoD"


def test_a_day_later_than_planned_counts_no_day_on(gazetteer):
    text = ("On 6 May troops entered Kapan.\n\n"
            "A day later than planned, the convoy reached the border.\n\n"
            "On the same day soldiers shelled Sisian.")
    assert _start("Sisian", text, gazetteer, "2021-06-02").startswith("2021-05-06")


def test_a_day_later_still_counts_a_day_on(gazetteer):
    text = ("On 6 May troops entered Kapan.\n\n"
            "A day later, the convoy reached the border.\n\n"
            "On the same day soldiers shelled Sisian.")
    assert _start("Sisian", text, gazetteer, "2021-06-02").startswith("2021-05-07")
