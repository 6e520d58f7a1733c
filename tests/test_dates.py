"""Dates in news resolve against the publication date the way a reader would."""

import datetime as dt
import re

import dateparser
import pytest

from geo.dates import find_dates, resolve

THU = dt.date(2020, 10, 8)           # a Thursday, during the 2020 war


def one(text, published=THU):
    spans = find_dates(text, published)
    assert len(spans) == 1, spans
    return spans[0]


@pytest.mark.parametrize("text, expected", [
    ("Shelling resumed on Tuesday.", "2020-10-06"),
    ("The town was hit on Thursday.", "2020-10-08"),          # the publication day itself
    ("The town was hit last Thursday.", "2020-10-01"),
    ("Fighting began on Sunday morning.", "2020-10-04"),
])
def test_a_bare_weekday_is_the_latest_one_on_or_before_publication(text, expected):
    span = one(text)
    assert span.start.isoformat() == expected and span.precision == "day"


def test_weekdays_agree_with_dateparser_relative_base():
    # TESTING-NOTES: dateparser with RELATIVE_BASE is the reference for the news convention
    for published in (dt.date(2020, 10, 8), dt.date(2022, 12, 12), dt.date(2023, 4, 23)):
        base = dt.datetime.combine(published, dt.time(12))
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
            expected = dateparser.parse(day, settings={"RELATIVE_BASE": base}).date()
            assert one(f"It happened on {day}.", published).start == expected, (published, day)


def test_the_future_tense_looks_forward():
    assert one("The minister will travel to Geneva on Thursday.", dt.date(2020, 10, 7)).start == \
        dt.date(2020, 10, 8)
    assert one("He is due in Moscow for talks on Monday.", dt.date(2020, 10, 7)).start == dt.date(2020, 10, 12)
    # a deadline after publication is still to come, not last year's
    assert one("Troops must leave the district by November 20.", dt.date(2020, 11, 12)).start == \
        dt.date(2020, 11, 20)
    assert one("Troops had to leave by January 10.", dt.date(2020, 12, 1)).start == dt.date(2021, 1, 10)
    # an obligation about the past does not move its date forward
    assert one("Tartar must have been shelled on September 27.", dt.date(2021, 1, 5)).start == \
        dt.date(2020, 9, 27)
    assert one("Residents said Martuni must have been hit on Tuesday.", dt.date(2020, 10, 8)).start == \
        dt.date(2020, 10, 6)
    assert one("Protests continued until December 20.", dt.date(2021, 1, 5)).start == dt.date(2020, 12, 20)
    # 29 February of a leap year stays a date, deadline or not
    assert one("It was shelled on February 29.", dt.date(2020, 3, 4)).start == dt.date(2020, 2, 29)
    assert one("Troops must leave by February 29.", dt.date(2020, 1, 8)).start == dt.date(2020, 2, 29)


def test_day_and_month_without_a_year_is_the_latest_before_publication():
    assert one("Fighting began on September 27.").start == dt.date(2020, 9, 27)
    assert one("Protesters arrived on December 12.", dt.date(2023, 1, 5)).start == dt.date(2022, 12, 12)
    assert one("since Sept. 27").start == dt.date(2020, 9, 27)
    assert one("on 12 December").start == dt.date(2019, 12, 12)


def test_a_day_in_the_weeks_after_publication_is_still_to_come():
    # written on 3 April: "April 5" is two days later, not the 5th of April a year before
    assert one("The co-chairs would meet in Vienna on April 5.", dt.date(2016, 4, 3)).start == dt.date(2016, 4, 5)
    assert one("Handover of the town followed on 26 August.", dt.date(2022, 8, 25)).start == dt.date(2022, 8, 26)
    # further ahead, a day without a year is still the last one before publication
    assert one("The village was shelled on 20 June.", dt.date(2016, 4, 3)).start == dt.date(2015, 6, 20)


def test_full_dates_are_taken_as_written():
    span = one("The checkpoint was installed on April 23, 2023, at the bridge.", dt.date(2023, 4, 24))
    assert (span.start, span.end, span.precision) == (dt.date(2023, 4, 23), dt.date(2023, 4, 23), "day")
    assert one("on 23 April 2023").start == dt.date(2023, 4, 23)
    assert one("published 2023-04-23").start == dt.date(2023, 4, 23)


def test_overnight_is_the_night_before_publication():
    span = one("The city came under fire overnight.")
    assert (span.start, span.end) == (dt.date(2020, 10, 7), THU)
    assert one("It was shelled yesterday.").start == dt.date(2020, 10, 7)
    assert one("Sirens sounded this morning.").start == THU


def test_since_opens_an_interval():
    span = one("Protesters have been blocking the road since last month.", dt.date(2023, 1, 19))
    assert (span.start, span.end, span.precision) == (dt.date(2022, 12, 1), None, "month")
    assert one("blocked since Monday", dt.date(2022, 12, 14)).end is None


def test_weeks_months_years():
    span = one("Barda was hit last week.")
    assert (span.start, span.end) == (dt.date(2020, 9, 28), dt.date(2020, 10, 4))
    span = one("The ceasefire was signed in November 2020.", dt.date(2021, 3, 1))
    assert (span.start, span.end, span.precision) == (dt.date(2020, 11, 1), dt.date(2020, 11, 30), "month")
    assert one("Work began in 2021.", dt.date(2021, 12, 16)).precision == "year"
    assert one("three days ago").start == dt.date(2020, 10, 5)


@pytest.mark.parametrize("published", [dt.date(2020, 10, 8), dt.date(2021, 3, 31), dt.date(2020, 2, 29),
                                       dt.date(2023, 12, 31), dt.date(2024, 1, 30)])
def test_units_ago_are_counted_as_dateparser_counts_them(published):
    """'n units ago' is counted without dateparser, to the same day it gives (calendar months, leap days)."""
    for n in (1, 2, 3, 11, 12, 13, 30, 100):
        for unit in ("day", "days", "week", "weeks", "month", "months", "year", "years"):
            expected = dateparser.parse(f"{n} {unit} ago", languages=["en"],
                                        settings={"RELATIVE_BASE": dt.datetime.combine(published, dt.time(12))})
            assert one(f"It happened {n} {unit} ago.", published).start == expected.date(), (n, unit)


@pytest.mark.parametrize("text", [
    "Troops may 5 times have crossed.", "the 2020 war", "a march through the city",
    "30,000 people died", "at about 0500 GMT",
])
def test_things_that_are_not_dates(text):
    assert find_dates(text, THU) == []


def test_two_days_after_between_with_other_words_between_stay_two():
    """Only a time of day may stand before each day: "between Ganja on 2 October and Barda on 5 October" names
    two days of two places, no span."""
    spans = find_dates("Strikes fell between Ganja on 2 October and Barda on 5 October.", THU)
    assert [s.start.isoformat() for s in spans] == ["2020-10-02", "2020-10-05"]


def test_resolve_one_expression():
    assert resolve("on Tuesday", THU).start == dt.date(2020, 10, 6)
    assert resolve("nonsense words", THU) is None


@pytest.mark.parametrize("text, start, end", [
    ("Drones struck the base on the night of 4 to 5 October.", "2020-10-04", "2020-10-05"),
    ("Villages were shelled on the night of October 3-4.", "2020-10-03", "2020-10-04"),
    ("Talks were held between 5 and 7 October in Moscow.", "2020-10-05", "2020-10-07"),
    # the days written in full, with a time of day before each or none
    ("Between 22:50 on 1 October and 04:15 on 2 October, outposts near Tegh were shelled.",
     "2020-10-01", "2020-10-02"),
    ("Outposts were hit between 11 pm on 3 October and 2 am on 4 October.", "2020-10-03", "2020-10-04"),
    ("The road stayed shut between 2 October and 6 October.", "2020-10-02", "2020-10-06"),
])
def test_a_span_of_days_starts_on_its_first_day(text, start, end):
    span = one(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (start, end, "day")


@pytest.mark.parametrize("text, expected", [
    ("Posted 06.10.2020 09:14", "2020-10-06"),
    ("Updated: 06/10/2020", "2020-10-06"),
    ("Updated: 10/26/2020", "2020-10-26"),             # the day cannot be a month: month first
])
def test_numeric_dates_of_bylines_are_read_day_first(text, expected):
    assert one(text, dt.date(2020, 10, 28)).start.isoformat() == expected


def test_a_weekday_of_last_week_and_the_end_of_a_month():
    assert one("The convoy left on Tuesday last week.").start == dt.date(2020, 9, 29)
    span = one("The bridge was closed at the end of September.")
    assert (span.start, span.end, span.precision) == (dt.date(2020, 9, 1), dt.date(2020, 9, 30), "month")


def test_in_the_morning_alone_is_the_publication_day_and_yields_to_a_stated_day():
    assert one("Artillery hit the villages in the morning.").start == THU
    spans = find_dates("On Tuesday the villages were hit early in the morning.", THU)
    assert [s.kind for s in spans] == ["weekday", "relative"]


def test_a_past_clause_keeps_its_weekday_past_beside_a_clause_about_the_future():
    published = dt.date(2024, 7, 11)             # a Thursday
    text = ("Traffic through the village was stopped on Wednesday, and a wall went up on the stretch "
            "that is due to come under the other side's control.")
    assert [d.start for d in find_dates(text, published)] == [dt.date(2024, 7, 10)]
    said = "Officials said on Tuesday that the checkpoint will open next month."
    assert find_dates(said, published)[0].start == dt.date(2024, 7, 9)
    # the future in the date's own clause still looks ahead
    assert find_dates("He said the talks will resume on Monday.", published)[0].start == dt.date(2024, 7, 15)


def test_a_later_month_without_a_year_takes_the_year_the_sentence_stated():
    published = dt.date(2023, 4, 2)
    text = "On 6 April 1993 the council met, and at the end of April it adopted Resolution 822."
    assert [d.start for d in find_dates(text, published)] == [dt.date(1993, 4, 6), dt.date(1993, 4, 1)]


def _first_chars(items):
    """(the characters a parsed regex can begin with, "digit" standing for \\d; can it match nothing?), or
    (None, False) for an item this reading does not follow."""
    from re import _constants as c
    out = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue                     # zero width: the next item comes first
        if op is c.LITERAL:
            return out | {chr(av)}, False
        if op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            return out | {"digit"}, False
        if op is c.IN:
            for o, a in av:
                if o is c.LITERAL:
                    out.add(chr(a))
                elif o is c.RANGE:
                    out |= {chr(x) for x in range(a[0], a[1] + 1)}
                elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                    out.add("digit")
                else:
                    return None, False
            return out, False
        if op is c.SUBPATTERN:
            parts, required = [av[3]], True
        elif op is c.BRANCH:
            parts, required = av[1], True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            parts, required = [av[2]], av[0] > 0
        else:
            return None, False
        empty = False
        for part in parts:
            first, part_empty = _first_chars(part)
            if first is None:
                return None, False
            out |= first
            empty = empty or part_empty
        if required and not empty:
            return out, False
    return out, True


def test_each_date_kind_is_tried_at_every_word_it_can_begin():
    """find_dates passes over a kind at a word start its first-letter guard rules out: the guard must allow every
    character the kind's pattern can begin with, or that kind of date would be lost."""
    parser = pytest.importorskip("re._parser")
    from geo import dates
    for name, rx in dates._PATTERNS:
        first, empty = _first_chars(parser.parse(rx.lower().replace("(?p<", "(?P<")))
        assert first and not empty, name
        guard = re.compile(dates._FIRST[name])
        assert all(guard.match("7" if ch == "digit" else ch) for ch in first), (name, sorted(first))


@pytest.mark.parametrize("text, published, expected", [
    # a year stated for one date is no other date's
    ("The worst fighting since April 2016 broke out near Tartar on 27 September.", "2020-10-02", "2020-09-27"),
    ("A ceasefire signed in May 1994 broke down on 27 September.", "2020-10-05", "2020-09-27"),
    ("Under the statement of 10 November 2020, the corridor will open in March.", "2021-01-20", "2021-03-01"),
    ("Russia said on 1 December 2020 that the next convoy will leave on 5 January.", "2020-12-20", "2021-01-05"),
    # a past verb that announces a date to come leaves it to come
    ("Pashinyan announced snap elections for 20 June, which will decide the next government.", "2021-05-01",
     "2021-06-20"),
    ("It was agreed to hold talks in Moscow on 12 May, and the sides will meet there.", "2021-03-20", "2021-05-12"),
    ("Moscow announced a meeting for 15 April; the foreign ministers will attend.", "2021-02-20", "2021-04-15"),
])
def test_a_date_keeps_its_own_year_and_tense(text, published, expected):
    assert find_dates(text, dt.date.fromisoformat(published))[-1].start == dt.date.fromisoformat(expected)


def test_a_span_s_last_day_keeps_its_own_year():
    span, = find_dates("From 28 December 2020 to 3 January, the road was closed.", dt.date(2021, 1, 10))
    assert (span.start, span.end) == (dt.date(2020, 12, 28), dt.date(2021, 1, 3))


@pytest.mark.parametrize("text", [
    "A convoy left for the city on Wednesday, 11 September 2024, the agency said.",
    "A convoy left for the city on Wednesday 11 September 2024.",
    "A convoy left for the city on Wednesday (11 September 2024).",
])
def test_a_weekday_naming_the_calendar_day_after_it_is_that_day(text):
    """Written months later, the weekday alone would be the last Wednesday before publication."""
    found = find_dates(text, dt.date(2025, 5, 9))
    assert [d.start for d in found] == [dt.date(2024, 9, 11)]


def test_a_weekday_apart_from_a_calendar_day_keeps_its_own_date():
    found = find_dates("Talks held on 2 May resumed on Wednesday.", dt.date(2025, 5, 9))
    assert [d.start for d in found] == [dt.date(2025, 5, 2), dt.date(2025, 5, 7)]


def test_next_to_a_place_says_where_not_when():
    """ "next to the village" is a place: the weekday is still the last one before publication."""
    found = find_dates("Farmers gathered on Saturday in the fields next to the village.", dt.date(2021, 6, 7))
    assert [d.start for d in found] == [dt.date(2021, 6, 5)]


def test_the_next_morning_of_a_past_story_does_not_turn_its_weekday_forward():
    """ "the next morning" is the day after a past one; "next Monday" still looks ahead."""
    published = dt.date(2022, 3, 15)    # a Tuesday
    found = find_dates("The minister drove to Goris on Sunday and crossed the border the next morning.", published)
    assert [d.start for d in found][:1] == [dt.date(2022, 3, 13)]
    found = find_dates("The envoys meet in Vienna next Monday.", published)
    assert [d.start for d in found] == [dt.date(2022, 3, 21)]


def test_a_day_in_a_when_clause_said_of_a_year_is_that_years():
    published = dt.date(2025, 3, 1)
    spans = find_dates("Talks go back to the 1994 truce, when the envoys of 12 May drew up the first text.", published)
    assert [d.start for d in spans] == [dt.date(1994, 5, 12)]
    # a year named with no "when" clause leaves the day to the publication date
    spans = find_dates("Five years after the 2020 war, the minister toured Shusha on 10 November.", published)
    assert [d.start for d in spans] == [dt.date(2024, 11, 10)]


@pytest.mark.parametrize("text", [
    "Quiet has held since 2020, when the fighting stopped, yet on 25 April a shepherd was shot near the border.",
    "Farmers still talk about 2020, when the harvest was lost, and on 25 April they met the governor.",
    "It has been calm since 2020, when the war ended; troops fired across the line on 25 April.",
    "Calm had held since 2020, when the war ended, until troops fired on a village on 25 April.",
])
def test_a_when_clause_s_year_stays_inside_the_clause(text):
    """A "when" clause ends at ", but", ", and", ", while" or a semicolon, and a year after "since" opens a span to
    now: a day after them is read against publication."""
    assert [d.start for d in find_dates(text, dt.date(2024, 5, 1)) if d.precision == "day"] == [dt.date(2024, 4, 25)]


@pytest.mark.parametrize("text, narrative, expected", [
    # a day within weeks after the narrative's day is that narrative's
    ("On 13 and 14 March the column pressed on.", "1993-03-03", "1993-03-13"),
    ("By 2 January the pass was closed.", "1993-12-20", "1994-01-02"),
    # a day far from it, or to come, is read against publication
    ("On 13 August the column pressed on.", "1993-03-03", "2023-08-13"),
    ("The column will move on 13 March.", "1993-03-03", "2024-03-13"),
])
def test_a_day_without_its_year_goes_on_the_narrative_before_it(text, narrative, expected):
    found = find_dates(text, dt.date(2023, 11, 1), dt.date.fromisoformat(narrative))
    assert found[0].start == dt.date.fromisoformat(expected)


def test_a_sentence_s_own_old_day_carries_to_its_later_day():
    found = find_dates("The siege began on 12 February 1994 and was broken on 20 February.", dt.date(2024, 2, 25))
    assert [d.start for d in found] == [dt.date(1994, 2, 12), dt.date(1994, 2, 20)]


@pytest.mark.parametrize("text, expected", [
    ("In March the column turned back towards the valley.", "1993-03-01"),   # the month after the narrative's day
    ("In August the column turned back towards the valley.", "2023-08-01"),  # months later: read against publication
])
def test_a_month_without_its_year_goes_on_the_narrative_before_it(text, expected):
    found = find_dates(text, dt.date(2023, 11, 1), dt.date(1993, 2, 20))
    assert found[0].start == dt.date.fromisoformat(expected)


@pytest.mark.parametrize("text", [
    "The mediator praised the two leaders' will to settle the dispute, as agreed in Vienna on Tuesday.",
    "It showed the political will of both capitals, the envoy said on Tuesday.",
])
def test_will_the_noun_does_not_put_a_weekday_in_the_future(text):
    assert one(text).start.isoformat() == "2020-10-06"


def test_will_the_verb_still_does():
    assert one("The envoys will meet again on Tuesday.").start.isoformat() == "2020-10-13"


@pytest.mark.parametrize("text", [
    "Before the war, traders would drive to the market in Sisian every Saturday.",
    "Each Friday the minibus would leave Berd at dawn.",
    "Pilgrims walk up to the monastery on Sundays.",
    "Farmers sold apricots by the road on Saturday evenings.",
    "Shelling would start in the evening and go on each night.",
    "The post would close early in the morning, every day, for an hour.",
])
def test_a_day_that_recurs_is_no_one_day(text):
    assert find_dates(text, THU) == []


def test_a_habit_keeps_the_wider_date_of_its_sentence():
    assert [(d.start.isoformat(), d.precision) for d in
            find_dates("Every Saturday in March 2021, volunteers cleared the road to Karvachar.", THU)] == [
        ("2021-03-01", "month")]


@pytest.mark.parametrize("text", [
    "Saturday's shelling hit the outskirts of Terter.",
    "Shelling started in the evening and went on until dawn.",
])
def test_one_day_is_still_a_day(text):
    assert one(text).precision == "day"


@pytest.mark.parametrize("text, expected", [
    ("Peacekeepers escorted three convoys to Goris in May.", "2020-05-01"),
    ("In May, the brigade dug in near Horadiz.", "2020-05-01"),
    ("Patrols have watched the pass since early May.", "2020-05-01"),
])
def test_may_alone_is_a_month(text, expected):
    span = one(text)
    assert span.start.isoformat() == expected and span.precision == "month"


def test_may_the_verb_is_no_month():
    assert find_dates("Talks in Moscow may resume, and in may be held in Minsk.", THU) == []


@pytest.mark.parametrize("text", [
    "Mortars hit Martuni in the evening, Daily Sabah reported.",
    "Rockets fell on Kapan in the evening, the Daily Telegraph said.",
])
def test_a_paper_named_daily_is_no_habit(text):
    assert one(text).precision == "day"


def test_two_weekdays_running_joined_by_and_are_one_span_from_the_first():
    """ "on Saturday and Sunday" is one span, as "on 13 and 14 September" is: it starts on its first day."""
    published = dt.date(2023, 6, 6)    # a Tuesday
    found = find_dates("Drones circled over the valley on Saturday and Sunday.", published)
    assert [d.start for d in found] == [dt.date(2023, 6, 3)]
    found = find_dates("The governor said on Tuesday that mortars had hit farms on Sunday and Monday.", published)
    assert [d.start for d in found] == [dt.date(2023, 6, 6), dt.date(2023, 6, 4)]


def test_two_weekdays_apart_or_each_with_its_on_keep_their_own_days():
    published = dt.date(2023, 6, 6)
    found = find_dates("Drones circled over the valley on Friday and Sunday.", published)
    assert [d.start for d in found] == [dt.date(2023, 6, 2), dt.date(2023, 6, 4)]
    found = find_dates("Drones circled over the valley on Saturday and on Sunday.", published)
    assert [d.start for d in found] == [dt.date(2023, 6, 3), dt.date(2023, 6, 4)]
