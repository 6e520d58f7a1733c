"""Date wordings of news reports, each resolved as a reader would (a report of Friday 14 March 2025), and a
dateline's day that yields to the date its sentence states."""

import datetime as dt

import pytest

from geo.dates import find_dates
from geo.extract import extract_text

FRI = dt.date(2025, 3, 14)


@pytest.mark.parametrize("text, expected", [
   ("Shells fell on Berdavan on Tuesday.", "2025-03-11"),
    ("Gunfire was heard late on Monday near Sotk.", "2025-03-10"),
    ("Two houses burned overnight in Tegh.", "2025-03-13"),
    ("The road was closed last week.", "2025-03-03"),
    ("Drones struck on the night of 12 to 13 March.", "2025-03-12"),
    ("On the night of 12-13 March a post was hit.", "2025-03-12"),
    ("Earlier this month the checkpoint opened.", "2025-03-01"),
    ("Two days ago a convoy left Goris.", "2025-03-12"),
    ("Yesterday the bridge reopened.", "2025-03-13"),
    ("The shelling on 5/6 March damaged a school.", "2025-03-05"),
    ("At dawn on Friday the troops moved in.", "2025-03-14"),
    ("The road has been blocked since Sunday.", "2025-03-09"),
    ("Fighting flared in mid-February.", "2025-02-01"),
    ("The crossing opened on 2025-03-10.", "2025-03-10"),
    ("The crossing opened on 10.03.2025.", "2025-03-10"),
    ("On 10 March the column reached Lachin.", "2025-03-10"),
    ("On March 10th the column reached Lachin.", "2025-03-10"),
    ("On the 10th of March the column reached Lachin.", "2025-03-10"),
    ("The day before yesterday a mine exploded.", "2025-03-12"),
    ("Late last night the post was shelled.", "2025-03-13"),
    ("On Thursday evening shots were fired.", "2025-03-13"),
    ("Early on Wednesday a drone fell.", "2025-03-12"),
    ("In the early hours of Thursday drones struck.", "2025-03-13"),
    ("In the early hours of Friday drones struck.", "2025-03-14"),
    ("Shortly after midnight on Wednesday the shelling began.", "2025-03-12"),
    ("Three weeks ago the village was shelled.", "2025-02-21"),
    ("A week ago the road closed.", "2025-03-07"),
    ("Last Sunday the market burned.", "2025-03-09"),
    ("On Sunday last, the market burned.", "2025-03-09"),
    ("This week the road closed.", "2025-03-10"),
    ("Earlier this week the road closed.", "2025-03-10"),
    ("Late last month the road closed.", "2025-02-01"),
    ("At the end of last month the road closed.", "2025-02-01"),
    ("On March 12-13 drones struck.", "2025-03-12"),
    ("On Tuesday 11 March the attack came.", "2025-03-11"),
    ("Over the weekend the road closed.", "2025-03-08"),
    ("At the weekend the road closed.", "2025-03-08"),
    ("On Saturday night a drone fell.", "2025-03-08"),
    ("On Monday and Tuesday shelling hit Kapan.", "2025-03-10"),
    ("The day after, troops left Sotk.", None),
    ("In 1992 the village was burned.", "1992-01-01"),
    ("The village was burned in the war.", None),
    ("Since early March the road has been shut.", "2025-03-01"),
    ("On 3rd March the road was shut.", "2025-03-03"),
    ("On Mar. 3 the road was shut.", "2025-03-03"),
    ("On 3 Mar the road was shut.", "2025-03-03"),
    ("12:40 Drones were seen over Kapan.", None),
    ("In early March the road was shut.", "2025-03-01"),
    ("Four days earlier, the road was shut.", None),
    ("On the evening of 11 March the road was shut.", "2025-03-11"),
    ("On the morning of Tuesday the road was shut.", "2025-03-11"),
    ("On the morning of March 11 the road was shut.", "2025-03-11"),
    ("Last Tuesday the road was shut.", "2025-03-11"),
    ("The road was shut earlier today.", "2025-03-14"),
    ("On 13 March at 23:00 the road was shut.", "2025-03-13"),
    ("By Thursday the road was shut.", "2025-03-13"),
    ("Ten days ago the road was shut.", "2025-03-04"),
    ("Clashes erupted on 2 and 3 March.", "2025-03-02"),
    ("Clashes erupted on March 2 and 3.", "2025-03-02"),
    ("Clashes erupted between March 2 and 4.", "2025-03-02"),
    ("Clashes erupted on Wednesday night.", "2025-03-12"),
    ("Clashes erupted in the small hours of Tuesday.", "2025-03-11"),
    ("Clashes erupted last Friday.", "2025-03-07"),
    ("Clashes erupted on Friday last week.", "2025-03-07"),
    ("Clashes erupted at around 3 a.m. on Thursday.", "2025-03-13"),
    ("Clashes erupted on 13 March 2025.", "2025-03-13"),
    ("Clashes erupted on 13th of March 2025.", "2025-03-13"),
    ("Clashes erupted on March 13, 2025, near Sotk.", "2025-03-13"),
    ("Clashes erupted 13 March near Sotk.", "2025-03-13"),
    ("Clashes erupted during the night of Wednesday to Thursday.", "2025-03-12"),
    ("Clashes erupted on the night of 12/13 March.", "2025-03-12"),
    ("Clashes erupted two weeks ago.", "2025-02-28"),
    ("Clashes erupted a few days ago.", "2025-03-11"),
    ("Clashes erupted recently.", None),
    ("Clashes erupted this morning.", "2025-03-14"),
])
def test_wording(text, expected):
    spans = find_dates(text, FRI)
    assert (spans[0].start.isoformat() if spans else None) == expected, spans


def test_weekend_is_not_the_week():
    span = find_dates("Sirens sounded in Jermuk over the weekend.", FRI)[0]
    assert (span.start, span.end) == (dt.date(2025, 3, 8), dt.date(2025, 3, 9))
    span = find_dates("Sirens sounded in Jermuk last weekend.", FRI)[0]
    assert (span.start, span.end) == (dt.date(2025, 3, 8), dt.date(2025, 3, 9))


def test_span_with_slash_starts_on_first_night():
    span = find_dates("Drones flew over Vorotan on the night of 9/10 March.", FRI)[0]
    assert (span.start, span.end) == (dt.date(2025, 3, 9), dt.date(2025, 3, 10))


def test_dateline_day_yields_to_the_sentence_date(gazetteer):
    text = ("Remembering the siege\n\nBAKU, March 14 (Agency) - In 1992 the town of Khojaly was captured by "
            "Armenian forces.\n")
    dates = {c["place_name"]: c["start_date"] for c in extract_text(text, FRI, gazetteer, source="test")}
    assert dates.get("Khojaly") == "1992-01-01"


def test_dateline_day_alone_still_dates_the_lead(gazetteer):
    text = "Border post hit\n\nGORIS, March 14 (Agency) - A shell hit a border post near Sotk, officials said.\n"
    found = [c for c in extract_text(text, FRI, gazetteer, source="test") if c["place_name"] == "Sotk"]
    assert found and found[0]["start_date"] == "2025-03-14"


@pytest.mark.parametrize("text, expected", [
    ("On 6 March the convoy reached Goris; on the eve, the road had been cleared.", ["2025-03-06", "2025-03-05"]),
    ("On Wednesday a shell hit Sotk; the previous day a mine went off.", ["2025-03-12", "2025-03-11"]),
    ("On 2 and 3 March clashes erupted; a day earlier the post was hit.", ["2025-03-02", "2025-03-01"]),
    ("Mortars were fired at Tegh the day before.", ["2025-03-13"]),
    ("Shells fell on Kornidzor on the eve.", ["2025-03-13"]),
    ("The talks opened on the eve of the holiday.", []),
    ("The day before the checkpoint opened, lorries queued.", []),
    ("The day before, on 9 March, a drone fell.", ["2025-03-09"]),
    ("A day earlier, on Monday, a drone fell.", ["2025-03-10"]),
    ("Earlier in the week the bridge at Vorotan closed.", ["2025-03-10"]),
    ("At the start of the month the road closed.", ["2025-03-01"]),
    ("At the beginning of the year the post was built.", ["2025-01-01"]),
    ("On the 12th the road was shut.", ["2025-03-12"]),
    ("On the 20th the road was shut.", ["2025-02-20"]),
    ("On 3 March the road closed, and on the 5th it reopened.", ["2025-03-03", "2025-03-05"]),
    ("It was shelled on the 4th of last month.", ["2025-02-04"]),
    ("A lorry stalled on the 58th kilometre of the road.", []),
    ("A fortnight ago the road was shut.", ["2025-02-28"]),
])
def test_counted_and_month_wording(text, expected):
    assert [d.start.isoformat() for d in find_dates(text, FRI)] == expected


def test_eve_counts_from_the_sentence_day_of_a_past_year():
    spans = find_dates("On 20 May 2021 the post at Sotk was hit, a reply to the shots fired on the eve.", FRI)
    assert [d.start.isoformat() for d in spans] == ["2021-05-20", "2021-05-19"]


def test_place_on_the_eve_takes_the_day_before_the_stated_day(gazetteer):
    text = ("Prisoners exchanged\n\nOn 12 March 2025, the two sides handed over three detainees each, after the "
            "release of two shepherds from Goris on the eve.\n")
    found = [c for c in extract_text(text, FRI, gazetteer, source="test") if c["place_name"] == "Goris"]
    assert found and found[0]["start_date"] == "2025-03-11"
