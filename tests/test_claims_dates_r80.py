"""Days counted on from a history, days a review's headline covers, and a body the government set up. "On the same
day" after a sentence opened by "Two days later" is that later day, also in a history told from a later year (the
history's day moves on with the count). Beside it, a day the sentence counts from ("since the truce of 10 October")
is no day of the sentence's own, so "on the same day" keeps the day told before. A review headed by the run of days
it covers ("The week in review: 3-9 May") reads a bare "on Sunday" as that week's Sunday, not the day of a Sunday
paper. And "a government working group" or "the government task force" speaks for the government of the article's
side, as "the government's centre" does, so that its account is filed under that side."""

from tests.helpers import claimant_of, rows


def _days(text, gazetteer, published):
    return {(r["place_name"], r["start_date"]) for r in rows(text, gazetteer, published)}


HISTORY = ("RIVERSIDE HERITAGE CLUB - BULLETIN\n"
           "Issued on Monday 4 November 2024.\n"
           "On 17 October 2020 the president announced that the town of Fuzuli had been freed.\n"
           "Three days later he wrote that the army had reached the bank of the river.\n"
           "According to the agency APA, Horadiz and Gorgan were among the places freed on the same day.\n")


def test_the_same_day_after_a_counted_day_is_that_later_day(gazetteer):
    days = _days(HISTORY, gazetteer, "2024-11-04")
    assert ("Horadiz", "2020-10-20") in days
    assert ("Fuzuli", "2020-10-17") in days


def test_the_same_day_without_a_count_keeps_the_day_told(gazetteer):
    text = HISTORY.replace("Three days later he", "He also")
    assert ("Horadiz", "2020-10-17") in _days(text, gazetteer, "2024-11-04")


ADVISORY = ("NEWS DESK NOTE\n"
            "Friday 23 October 2020.\n"
            "The ministry said on 18 October that fighting went on in the south.\n"
            "An agency reported from Martuni on the same day that the town had been shelled for the second time "
            "since the ceasefire of 10 October.\n")


def test_a_day_counted_from_does_not_replace_the_same_day(gazetteer):
    days = _days(ADVISORY, gazetteer, "2020-10-23")
    assert ("Khojavend", "2020-10-18") in days
    assert ("Khojavend", "2020-10-10") not in days


def test_a_day_of_the_sentence_own_still_wins_over_the_same_day(gazetteer):
    text = ADVISORY.replace("since the ceasefire of 10 October", "on 19 October")
    assert ("Khojavend", "2020-10-19") in _days(text, gazetteer, "2020-10-23")


REVIEW = ("The week in review: 1-7 November\n"
          "By a staff writer | Sunday 8 November 2020\n"
          "Here is how the week went.\n"
          "Azerbaijani forces entered Hadrut during the fighting on Sunday evening, the ministry said.\n"
          "On Thursday, shells fell on Martuni, the ministry said.\n")


def test_a_week_in_review_reads_sunday_as_the_week_s_sunday(gazetteer):
    days = _days(REVIEW, gazetteer, "2020-11-08")
    assert ("Hadrut", "2020-11-01") in days
    assert ("Khojavend", "2020-11-05") in days


def test_a_sunday_paper_without_a_week_heading_keeps_its_own_sunday(gazetteer):
    text = REVIEW.replace("The week in review: 1-7 November", "The week at the front")
    assert ("Hadrut", "2020-11-08") in _days(text, gazetteer, "2020-11-08")


WORKS = ("Seminar notes: the southern railway\n"
         "Notes by a staff member | Friday 10 March 2023\n"
         "The seminar looked at the line Azerbaijan is laying and at the Azerbaijani stations planned on it.\n"
         "Last year a government working group told the agency APA that rails had been laid as far as "
         "Horadiz station.\n")


def test_a_government_working_group_is_the_side_s_government(gazetteer):
    assert claimant_of("Horadiz", WORKS, gazetteer, "2023-03-10").startswith("Azerbaijani government")


def test_a_working_group_of_no_government_is_not_the_side_s(gazetteer):
    text = WORKS.replace("a government working group", "a working group of engineers")
    assert not claimant_of("Horadiz", text, gazetteer, "2023-03-10").startswith("Azerbaijani government")
