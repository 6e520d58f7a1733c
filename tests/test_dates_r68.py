"""Dates: a log's entry head with its number before the day ("Entry 2023/12 - 14 March 2023") dates its entry, so
a bare weekday under it is that entry's day, not the one before publication (the entry number is no span of days);
a part of the day after the day its own sentence states ("On 4 March 2019 ..., and the rules took effect in the
evening") is that day's, so the history told from it goes on and a later day and month without a year is of that
year, and "that same day" after it too. Logs and look-backs in trade circulars write this way."""

from tests.helpers import rows


def _date_of(place, text, gazetteer, published):
    """The first day of the place's row."""
    return next(str(c["start_date"]) for c in rows(text, gazetteer, published) if c["place_name"] == place)


LOG = ("BORDER DESK\nIncident log\n\n"
       "Entry 2023/12 - 14 March 2023\n"
       "Source: Armenian Defence Ministry.\n"
       "The Armenian Defence Ministry said Azerbaijani forces opened fire on an Armenian post near Tegh in the early "
       "hours of Tuesday, wounding one soldier.\n\n"
       "Entry 2023/15 - 2 May 2023\n"
       "The ministry said Azerbaijani units fired on Kornidzor on Tuesday.\n")


def test_a_weekday_under_a_numbered_log_entry_is_the_entry_s_day(gazetteer):
    assert _date_of("Tegh", LOG, gazetteer, "2023-06-01").startswith("2023-03-14")
    assert _date_of("Kornidzor", LOG, gazetteer, "2023-06-01").startswith("2023-05-02")


def test_an_entry_number_is_not_read_as_a_span_of_days(gazetteer):
    # "2023/12 - 14 March" is no 12-14 March: the Tuesday is the 14th, not the week before publication either
    assert not _date_of("Tegh", LOG, gazetteer, "2023-06-01").startswith("2023-03-12")
    assert not _date_of("Tegh", LOG, gazetteer, "2023-06-01").startswith("2023-05-30")


def test_a_weekday_under_an_entry_with_only_a_month_counts_from_publication(gazetteer):
    text = ("Entry 2023/20 - end of May 2023\n"
            "The ministry said Azerbaijani units fired on Kornidzor on Tuesday.\n")
    assert _date_of("Kornidzor", text, gazetteer, "2023-06-01").startswith("2023-05-30")


LOOK_BACK = ("Lessons from March 2019\n\n"
             "On 4 March 2019 Georgia's finance minister announced that traffic through Bagratashen would be limited "
             "because of the floods, and the rules took effect at about six in the evening.\n"
             "On 6 March the prime minister raised the problem during his visit to Tbilisi.\n"
             "According to the Revenue Service, lorry traffic through Bagratashen resumed at 14:00 that same day.\n")


def test_the_evening_of_a_day_the_sentence_states_is_that_day(gazetteer):
    assert _date_of("Bagratashen", LOOK_BACK, gazetteer, "2022-02-10").startswith("2019-03-04")


def test_a_day_without_a_year_after_such_a_sentence_is_of_the_history_s_year(gazetteer):
    assert _date_of("Tbilisi", LOOK_BACK, gazetteer, "2022-02-10").startswith("2019-03-06")
    found = [str(c["start_date"]) for c in rows(LOOK_BACK, gazetteer, "2022-02-10")
             if c["place_name"] == "Bagratashen" and "same day" in c["quote"]]
    assert found and found[0].startswith("2019-03-06")


def test_the_evening_with_no_day_of_its_own_is_still_the_report_s_day(gazetteer):
    text = "Shells fell on Berd in the evening, the ministry said."
    assert _date_of("Berd", text, gazetteer, "2022-09-14").startswith("2022-09-14")
