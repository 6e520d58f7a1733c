"""Sentences where the r80 rules misfired: a headline naming an event's own days ("Storms of 8-10 March: what we
know") was read as a week under review, so a Saturday paper's "Power returned to Goris on Saturday" went back to 8
March; in a real week in review, a sentence looking ahead ("Engineers will reopen the road to Lachin on Tuesday",
"The ministry plans to reopen the road to Lachin on Wednesday") was moved back into the week reviewed, and so was
one that says it is today ("Today, Sunday, shells hit Goris"); and a government body named with its remit or as
appointed by it ("A government working group on transport", "The government task force for the highway", "A
government-appointed task force") was not read as the side's government."""

from tests.helpers import claimant_of, rows


def _days(text, gazetteer, published):
    return {(r["place_name"], str(r["start_date"])) for r in rows(text, gazetteer, published)}


REVIEW = ("The week in review: 9-15 March\n"
          "By a reporter | Sunday 16 March 2025\n"
          "A look back.\n")


def test_an_event_s_days_in_a_headline_are_no_week_under_review(gazetteer):
    text = ("Storms of 8-10 March: what we know\n"
            "Saturday 15 March 2025\n"
            "The storms passed.\n"
            "Power returned to Goris on Saturday, the utility said.\n")
    assert ("Goris", "2025-03-15") in _days(text, gazetteer, "2025-03-15")


def test_the_week_under_review_still_reads_its_sunday(gazetteer):
    text = REVIEW + "Shells hit Goris on Sunday night, the ministry said.\n"
    assert ("Goris", "2025-03-09") in _days(text, gazetteer, "2025-03-16")


def test_a_sentence_looking_ahead_in_a_week_in_review_keeps_the_coming_day(gazetteer):
    text = REVIEW + "Engineers will reopen the road to Lachin on Tuesday, officials said.\n"
    assert ("Lachin", "2025-03-18") in _days(text, gazetteer, "2025-03-16")
    text = REVIEW + "The ministry plans to reopen the road to Lachin on Wednesday.\n"
    assert ("Lachin", "2025-03-19") in _days(text, gazetteer, "2025-03-16")


def test_today_in_a_week_in_review_is_the_paper_s_day(gazetteer):
    text = REVIEW + "Today, Sunday, shells hit Goris, the ministry said.\n"
    assert ("Goris", "2025-03-16") in _days(text, gazetteer, "2025-03-16")


ROAD = ("Notes on the northern highway\n"
        "A report | Monday 3 June 2024\n"
        "The talk covered the road Armenia is building and the Armenian towns along it.\n")


def _said(who):
    return ROAD + f"{who} said last month that asphalt had been laid as far as Vanadzor.\n"


def test_a_government_working_group_with_its_remit_is_the_side_s_government(gazetteer):
    for who in ("A government working group on transport", "The government task force for the highway",
                "A government-appointed task force"):
        assert claimant_of("Vanadzor", _said(who), gazetteer, "2024-06-03").startswith("Armenian government"), who


def test_a_working_group_of_no_government_or_several_is_still_not_the_side_s(gazetteer):
    for who in ("A non-government working group", "A joint government working group", "An opposition working group"):
        assert not claimant_of("Vanadzor", _said(who), gazetteer, "2024-06-03").startswith("Armenian government"), who
