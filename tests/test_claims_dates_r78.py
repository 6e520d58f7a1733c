"""The year of a day written without one, in two cases where the story's own year was misread. A teller named at the
end of a sentence with "recalled" ("..., the agency recalled.") gives the account of the history it tells, as "the
agency said" does: such a sentence in an anniversary piece ("A year ago today ...") keeps that year's days, while a
sentence whose people recall the past today ("veterans gathered and recalled the fighting") stays today's. And a day
that falls shortly before a history's last stated day is read as the history looking back only within the history's
section: under a later section heading ("Roads") the day is the new section's own, read against publication."""

from tests.helpers import rows


def _days(text, gazetteer, published):
    return [(r["place_name"], r["start_date"]) for r in rows(text, gazetteer, published)]


ANNIVERSARY = ("ON THIS DAY: SHUSHA\n"
               "Monday 8 November 2021. The almanac desk.\n"
               "A year ago today the Azerbaijani army entered the town of Shusha.\n"
               "On 5 November, three days before the town fell, troops cut the road near Lachin, "
               "the agency APA recalled.\n")


def test_a_teller_recalling_at_the_sentence_end_keeps_the_anniversary_year(gazetteer):
    assert ("Lachin", "2020-11-05") in _days(ANNIVERSARY, gazetteer, "2021-11-08")


def test_people_recalling_today_stay_in_the_year_of_publication(gazetteer):
    text = ANNIVERSARY.replace("troops cut the road near Lachin, the agency APA recalled.",
                               "veterans gathered in Lachin and recalled the fighting.").replace(
        "On 5 November, three days before the town fell,", "On 6 November,")
    assert ("Lachin", "2021-11-06") in _days(text, gazetteer, "2021-11-08")


SECTIONS = ("Trade notes: the southern districts\n"
            "Monthly letter of the Caspian Builders' Club, 29 October 2021.\n"
            "Fuzuli was the first town retaken in the war of 2020, when the army entered it on 17 October.\n"
            "Roads\n"
            "The club's second item is the highway from the north to Shusha.\n"
            "The president looked over the finished works on 29 August, when most of the road through Fuzuli "
            "had been paved.\n")


def test_a_day_under_a_new_heading_is_not_the_history_looking_back(gazetteer):
    days = _days(SECTIONS, gazetteer, "2021-10-29")
    assert ("Fuzuli", "2020-10-17") in days
    assert ("Fuzuli", "2021-08-29") in days
    assert ("Fuzuli", "2020-08-29") not in days


def test_without_a_heading_the_history_still_looks_back(gazetteer):
    days = _days(SECTIONS.replace("Roads\n", ""), gazetteer, "2021-10-29")
    assert ("Fuzuli", "2020-08-29") in days
