"""Dates of events told over several days or counted from other days, in short reports written for this file
(published on Friday 25 October 2024): "earlier this month", "in mid-October", "in the middle of" or "the first
half of" a month, the weekend, "since Monday", a weekday with its date, a day in another calendar with the
Gregorian one in parentheses, "on the 23rd" and spans of such days, spans across months whose year is written
once at the end, timelines with dated lines, and a diary whose "today" is the day of its dated heading. The date
kept is the first day of what the sentence states, as docs/design.md has it; a sentence opened by days counted
from another sentence ("The following day", "Three days later") is dated by the day reached, as the annotated sets
date it. The places of each sentence are still found."""

import datetime as dt

import pytest

from geo.extract import extract_text

FRI = dt.date(2024, 10, 25)

# a diary: dated headings, each entry telling its own day as "today"
D1 = ("Diary from Goris\n\nTuesday, 22 October\n\nToday shells fell on Tegh. This morning a drone struck "
      "Khnatsakh.\n\nWednesday, 23 October\n\nToday gunfire hit Kornidzor.\n")
D2 = ("Notes from Tavush\n\n20 October 2024\n\nThis evening shots were fired at Berdavan.\n\n21 October 2024\n\n"
      "Yesterday's shelling of Berdavan was followed today by fire on Chinari.\n")
D3 = "A week in Syunik\n\nMonday, 21 October\n\nTonight gunfire was heard near Sotk.\n"
D4 = "Log\n\n19.10.2024\n\nEarlier today a mine exploded near Fuzuli.\n"
DIARY = [
    (D1, "Tegh", "2024-10-22"), (D1, "Khnatsakh", "2024-10-22"), (D1, "Kornidzor", "2024-10-23"),
    (D2, "Berdavan", "2024-10-20"), (D2, "Chinari", "2024-10-21"), (D3, "Sotk", "2024-10-21"),
    (D4, "Fuzuli", "2024-10-19"),
]

# a timeline: a dated line for each day
KEY_DATES = ("Key dates\n\n• 20 October – Azerbaijani forces fired on Tegh.\n"
             "• 21 October – a shell hit Kornidzor.\n")


def _stated(text, place, gazetteer):
    """The start of the first row naming ``place``, or None when its date is not stated."""
    rows = extract_text(text, FRI, gazetteer, source="test")
    found = [r for r in rows if place in r["place_name"].split(";") or place in (r["place"], r["place_label"])]
    assert found, text
    return found[0]["start_date"] if found[0]["date_certain"] else None


@pytest.mark.parametrize("text, place, start", [
    ("On the second day of the drills, Azerbaijani troops fired on Sotk.", "Sotk", None),
    # (a sentence opened by a day counted on from the one told before is dated by it, as the annotated sets do)
    ("Shells hit Tegh on Tuesday. The following day a drone struck Khnatsakh.", "Khnatsakh", "2024-10-23"),
    ("Shells hit Tegh on Tuesday. The following day a drone struck Khnatsakh.", "Tegh", "2024-10-22"),
    ("Shells hit Tegh on Tuesday. That evening a drone struck Khnatsakh.", "Khnatsakh", "2024-10-22"),
    ("A mine exploded near Aghdam on Monday. Three days later, another went off near Fuzuli.", "Fuzuli",
     "2024-10-24"),
    ("A mine exploded near Aghdam on Monday. Three days later, another went off near Fuzuli.", "Aghdam", "2024-10-21"),
    ("Earlier this month, a mine exploded near Aghdam.", "Aghdam", "2024-10-01"),
    ("In mid-October, gunfire was heard near Yeraskh.", "Yeraskh", "2024-10-01"),
    ("Gunfire was heard near Yeraskh in mid-September.", "Yeraskh", "2024-09-01"),
    ("Over the weekend, shells fell on Berdavan.", "Berdavan", "2024-10-19"),
    ("Shells fell on Berdavan over the weekend, villagers said.", "Berdavan", "2024-10-19"),
    ("The road through Lachin has been closed since Monday.", "Lachin", "2024-10-21"),
    ("Since Monday, the Lachin road has been shut.", "Lachin", "2024-10-21"),
    ("On 1 Aban (23 October), a drone fell near Agarak.", "Agarak", "2024-10-23"),
    ("On 2 Aban 1403 (23 October 2024), shots were heard near Norduz.", "Norduz", "2024-10-23"),
    ("A drone fell near Meghri on 1 Aban (23 October).", "Meghri", "2024-10-23"),
    ("On 30 Mehr 1403 (21 October 2024) shells fell near Jolfa.", "Jolfa", "2024-10-21"),
    ("On the 23rd, shells fell on Kornidzor.", "Kornidzor", "2024-10-23"),
    ("Kornidzor was shelled on the 23rd.", "Kornidzor", "2024-10-23"),
    ("From 28 September to 2 October, troops fired on Chinari.", "Chinari", "2024-09-28"),
    ("Troops fired on Chinari from 28 September to 2 October.", "Chinari", "2024-09-28"),
    ("From 28 October to 2 November 2023, shells hit Sotk.", "Sotk", "2023-10-28"),
    ("Between 30 September and 3 October, drones were seen over Sisian.", "Sisian", "2024-09-30"),
    ("Drones flew over Goris from September 29 to October 2.", "Goris", "2024-09-29"),
    ("Shelling hit Tegh from 29 September until 1 October.", "Tegh", "2024-09-29"),
    ("On Saturday, 19 October, gunfire hit Voskepar.", "Voskepar", "2024-10-19"),
    ("Gunfire hit Voskepar on Saturday, 19 October.", "Voskepar", "2024-10-19"),
    ("On Saturday 19 October gunfire hit Voskepar.", "Voskepar", "2024-10-19"),
    ("On Saturday, October 19, gunfire hit Voskepar.", "Voskepar", "2024-10-19"),
    ("Saturday, 19 October: gunfire hit Voskepar.", "Voskepar", "2024-10-19"),
    ("Timeline\n\n21 October: shells hit Sotk.\n\n22 October: a drone struck Kut.\n", "Kut", "2024-10-22"),
    ("Timeline\n\n21 October: shells hit Sotk.\n\n22 October: a drone struck Kut.\n", "Sotk", "2024-10-21"),
    ("Timeline\n\n- 21 October: shells hit Sotk.\n- 22 October: a drone struck Kut.\n", "Kut", "2024-10-22"),
    ("Timeline\n\n* 21 Oct: shells hit Norabak.\n* 22 Oct: a drone struck Kut.\n", "Norabak", "2024-10-21"),
    (KEY_DATES, "Kornidzor", "2024-10-21"),
    (KEY_DATES, "Tegh", "2024-10-20"),
    ("Timeline\n\nOctober 20 — drones struck near Kalbajar.\nOctober 21 — shells hit Lachin.\n", "Lachin",
     "2024-10-21"),
    ("Timeline\n\n20.10.2024: drones struck near Kalbajar.\n21.10.2024: shells hit Lachin.\n", "Lachin", "2024-10-21"),
    ("Earlier this week, shells hit Khnatsakh.", "Khnatsakh", "2024-10-21"),
    ("Late last month, gunfire was heard near Jermuk.", "Jermuk", "2024-09-01"),
    ("At the end of September, a mine went off near Zangilan.", "Zangilan", "2024-09-01"),
    ("In late September, a mine went off near Zangilan.", "Zangilan", "2024-09-01"),
    ("In early October, shells fell on Kapan.", "Kapan", "2024-10-01"),
    ("This morning, shells fell on Kapan.", "Kapan", "2024-10-25"),
    ("Shells fell on Kapan this morning, the mayor said.", "Kapan", "2024-10-25"),
    ("Yesterday evening, a drone struck near Horadiz.", "Horadiz", "2024-10-24"),
    ("On Wednesday night, gunfire was heard near Sadarak.", "Sadarak", "2024-10-23"),
    ("On the night of 22 to 23 October, shells fell on Verin Shorzha.", "Verin Shorzha", "2024-10-22"),
    ("On the night of 22-23 October, shells fell on Verin Shorzha.", "Verin Shorzha", "2024-10-22"),
    ("On the night of 31 October to 1 November 2023, shells fell on Verin Shorzha.", "Verin Shorzha", "2023-10-31"),
    ("On the night of 30 September to 1 October, shells fell on Sotk.", "Sotk", "2024-09-30"),
    ("Gunfire was heard in Ijevan on the 21st and 22nd.", "Ijevan", "2024-10-21"),
    ("On the 21st and 22nd, gunfire was heard in Ijevan.", "Ijevan", "2024-10-21"),
    ("On the 21st-22nd, gunfire was heard in Ijevan.", "Ijevan", "2024-10-21"),
    ("From the 21st to the 23rd, gunfire was heard in Ijevan.", "Ijevan", "2024-10-21"),
    ("Shells fell on Shusha (Shushi) on Tuesday, 22 October.", "Shusha", "2024-10-22"),
    ("On Tuesday (22 October), shells fell on Khankendi (Stepanakert).", "Khankendi", "2024-10-22"),
    ("On Tuesday, 22nd October, shells fell on Martakert (Aghdara).", "Martakert", "2024-10-22"),
    ("The drills, held from 14 to 18 October, took place near Ganja.", "Ganja", "2024-10-14"),
    ("The five-day drills near Julfa began on 21 October.", "Julfa", "2024-10-21"),
    ("On the third day of the exercise, on 23 October, tanks moved near Sadarak.", "Sadarak", "2024-10-23"),
    ("On the first day of the drills, on Monday, artillery fired near Sharur.", "Sharur", "2024-10-21"),
    ("The exercise began on Monday near Sharur.", "Sharur", "2024-10-21"),
    ("The exercise near Sharur, which started on Monday, involved 2,000 troops.", "Sharur", "2024-10-21"),
    ("The exercise near Sharur, which started on 21 October, involved 2,000 troops.", "Sharur", "2024-10-21"),
    ("The blockade of the Lachin road, which began on 12 December 2022, ended in September 2023.", "Lachin",
     "2022-12-12"),
    ("Later that day, shells hit Sotk.", "Sotk", None),
    ("The next morning, a drone struck Kut.", "Kut", None),
    ("A week later, the checkpoint at Hakari reopened.", "Hakari", None),
    ("Two days after that, troops shelled Norabak.", "Norabak", None),
    ("The same evening, gunfire was heard near Tegh.", "Tegh", None),
    ("By the end of the day, shells had hit Khnatsakh.", "Khnatsakh", None),
    ("Since mid-October, the road to Kalbajar has been closed.", "Kalbajar", "2024-10-01"),
    ("Since Saturday, 19 October, the Lachin road has been closed.", "Lachin", "2024-10-19"),
    ("The border crossing at Sadakhlo has been closed since Monday.", "Sadakhlo", "2024-10-21"),
    ("On Oct. 23, a drone was downed near Sisian.", "Sisian", "2024-10-23"),
    ("On Wed., Oct. 23, a drone was downed near Sisian.", "Sisian", "2024-10-23"),
    ("On Wednesday, Oct. 23, a drone was downed near Sisian.", "Sisian", "2024-10-23"),
    ("A drone was downed near Sisian on Wednesday, Oct 23.", "Sisian", "2024-10-23"),
    ("On 23 Oct, a drone was downed near Sisian.", "Sisian", "2024-10-23"),
    ("On Wednesday 23rd October, a drone was downed near Sisian.", "Sisian", "2024-10-23"),
    ("On 10 Tishrei (23 October), a drone was downed near Sisian.", "Sisian", "2024-10-23"),
    ("On 23 October (1 Aban), a drone was downed near Sisian.", "Sisian", "2024-10-23"),
    ("On 20 Rabi al-Thani (23 October), a drone was downed near Sisian.", "Sisian", "2024-10-23"),
    ("On Farvardin 12 (1 April), a drone was downed near Sisian.", "Sisian", "2024-04-01"),
    ("In the middle of October, gunfire was heard near Yeraskh.", "Yeraskh", "2024-10-01"),
    ("In mid-September 2023, Azerbaijan shelled Khankendi.", "Khankendi", "2023-09-01"),
    ("Shells hit Jabrayil over the weekend of 19-20 October.", "Jabrayil", "2024-10-19"),
    ("Over the weekend of 19 and 20 October, shells hit Jabrayil.", "Jabrayil", "2024-10-19"),
    ("Last weekend, shells hit Jabrayil.", "Jabrayil", "2024-10-19"),
    ("On Sunday, two days after the talks, shells hit Tartar.", "Tartar", "2024-10-20"),
    ("On Sunday, shells hit Tartar; on Monday, Barda.", "Barda", "2024-10-21"),
    ("Shells fell on Tartar on Sunday and on Barda on Monday.", "Barda", "2024-10-21"),
    ("Gunfire was reported near Vardenis this week.", "Vardenis", "2024-10-21"),
    ("Gunfire was reported near Vardenis earlier in the week.", "Vardenis", "2024-10-21"),
    ("In the first half of October, drones struck near Aghdam.", "Aghdam", "2024-10-01"),
    ("In the second half of September, drones struck near Aghdam.", "Aghdam", "2024-09-01"),
] + DIARY)
def test_stated_start(text, place, start, gazetteer):
    assert _stated(text, place, gazetteer) == start
