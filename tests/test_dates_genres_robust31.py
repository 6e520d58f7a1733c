"""Dates as documents of several genres write them, in short reports written for this file (most published on
Thursday 14 March 2024): years named alone or with a season or a part of the year, "last year", "last October",
months with years, spans of days ("8-9 March", "from 3 March to 5 March"), days in other formats ("12.03.2024",
"2024-03-12", "December 12th, 2022"), days in parentheses, "as of" a day, datelines, and a day without its year
in a report of another year. The date kept is the start of what the sentence states, at the precision it states
(day, month or year: docs/design.md); a heading's date is carried, not stated, in the sentences under it
(docs/evaluation.md), and "the year before" counted from another sentence is no date of its own. The places of
each sentence are still found."""

import datetime as dt

import pytest

from geo.extract import extract_text

THU = "2024-03-14"
JAN = "2024-01-05"


def _stated(text, place, published, gazetteer):
    """(start, precision) of the first row naming ``place``, or (None, None) when its date is not stated."""
    rows = extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")
    found = [r for r in rows if place in r["place_name"].split(";") or place in (r["place"], r["place_label"])]
    assert found, text
    return (found[0]["start_date"], found[0]["date_precision"]) if found[0]["date_certain"] else (None, None)


@pytest.mark.parametrize("published, text, place, start, precision", [
    (THU, "In 2023 the ministry said Azerbaijani forces had shelled Sotk.", "Sotk", "2023-01-01", "year"),
    (THU, "Last year, shells hit the village of Tegh.", "Tegh", "2023-01-01", "year"),
    (THU, "The year before, a drone struck a car near Jermuk.", "Jermuk", None, None),
    (THU, "In October 2023, Azerbaijani troops fired at Kornidzor.", "Kornidzor", "2023-10-01", "month"),
    (THU, "Shells fell on Khnatsakh in October 2023.", "Khnatsakh", "2023-10-01", "month"),
    (THU, "By the end of the year, the road through Lachin was closed.", "Lachin", None, None),
    (THU, "Shells hit Berdavan on 8-9 March.", "Berdavan", "2024-03-08", "day"),
    (THU, "Azerbaijani forces shelled Norabak from 8 to 9 March.", "Norabak", "2024-03-08", "day"),
    (THU, "Fighting flared near Kalbajar on 8–9 March.", "Kalbajar", "2024-03-08", "day"),
    (THU, "On 12.03.2024, a mine exploded near Fuzuli.", "Fuzuli", "2024-03-12", "day"),
    (THU, "On 2024-03-12, gunfire was reported near Yeraskh.", "Yeraskh", "2024-03-12", "day"),
    (THU, "On March 12th, a drone struck near Aghdam.", "Aghdam", "2024-03-12", "day"),
    (THU, "A shell hit a house in Vardenis (12 March).", "Vardenis", "2024-03-12", "day"),
    (THU, "A shell hit a house in Kapan on Tuesday (12 March).", "Kapan", "2024-03-12", "day"),
    (THU, "As of 12 March, the road between Goris and Kapan was closed.", "Goris", "2024-03-12", "day"),
    (THU, "As of 12 December, the Lachin road remained closed.", "Lachin", "2023-12-12", "day"),
    (THU, "On 14 May 2021, Azerbaijani troops crossed into Armenia near Ishkhanasar and Sev Lich.", "Sev Lich",
     "2021-05-14", "day"),
    (THU, "Azerbaijani forces shelled Tavush's Chinari on 14 May.", "Chinari", "2023-05-14", "day"),
    (THU, "The checkpoint near Kornidzor opened in April 2023.", "Kornidzor", "2023-04-01", "month"),
    (THU, "In September 2023, thousands fled Stepanakert for Goris.", "Goris", "2023-09-01", "month"),
    (THU, "On 19 September 2023, Azerbaijan launched an offensive on Khankendi.", "Khankendi", "2023-09-19", "day"),
    (THU, "The agreement of 10 November 2020 ended the fighting around Shusha.", "Shusha", "2020-11-10", "day"),
    (THU, "In 2020, Azerbaijani forces took Hadrut.", "Hadrut", "2020-01-01", "year"),
    (THU, "In 2022 shells hit Jermuk, the ministry said.", "Jermuk", "2022-01-01", "year"),
    (THU, "Shells hit Jermuk in 2022, the ministry said.", "Jermuk", "2022-01-01", "year"),
    (THU, "Back in 2021, Azerbaijani troops advanced near Sotk.", "Sotk", "2021-01-01", "year"),
    (THU, "In December last year, the road through Lachin was blocked.", "Lachin", "2023-12-01", "month"),
    (THU, "Last October, shells hit Yeraskh.", "Yeraskh", "2023-10-01", "month"),
    (THU, "Troops fired on Khachik last September, villagers said.", "Khachik", "2023-09-01", "month"),
    (THU, "Last March, shells fell on Areni.", "Areni", "2023-03-01", "month"),
    ("2024-11-20", "Last February, a mine exploded near Zangilan.", "Zangilan", "2024-02-01", "month"),
    (THU, "Last month, a drone struck near Tegh.", "Tegh", "2024-02-01", "month"),
    (THU, "Earlier this year, shells fell on Khnatsakh.", "Khnatsakh", "2024-01-01", "year"),
    (THU, "On 3 and 4 March, shells fell on Ijevan.", "Ijevan", "2024-03-03", "day"),
    (THU, "Between 3 and 5 March, gunfire was heard near Voskepar.", "Voskepar", "2024-03-03", "day"),
    (THU, "From 3 to 5 March, troops fired on Kirants.", "Kirants", "2024-03-03", "day"),
    (THU, "From March 3 to March 5, troops fired on Baghanis.", "Baghanis", "2024-03-03", "day"),
    (THU, "From 3 March until 6 March, shells fell on Aygepar.", "Aygepar", "2024-03-03", "day"),
    (THU, "From 3 March to 5 March 2024, troops fired on Movses.", "Movses", "2024-03-03", "day"),
    (THU, "On 3rd March, a drone fell near Sisian.", "Sisian", "2024-03-03", "day"),
    (THU, "On the 3rd of March, a drone fell near Sisian.", "Sisian", "2024-03-03", "day"),
    (THU, "On Sunday, March 3rd, a drone fell near Sisian.", "Sisian", "2024-03-03", "day"),
    (THU, "On 03/03/2024 a drone fell near Sisian.", "Sisian", "2024-03-03", "day"),
    (THU, "On 3 March 2024 a drone fell near Sisian.", "Sisian", "2024-03-03", "day"),
    (THU, "On March 3, 2024, a drone fell near Sisian.", "Sisian", "2024-03-03", "day"),
    (THU, "A drone fell near Sisian on Sunday 3 March 2024.", "Sisian", "2024-03-03", "day"),
    (THU, "A drone fell near Sisian on 3 March, the ministry said on Monday.", "Sisian", "2024-03-03", "day"),
    (THU, "A drone fell near Sisian (3 March 2024).", "Sisian", "2024-03-03", "day"),
    (THU, "Azerbaijani forces fired on Sotk on the evening of 12.03.2024.", "Sotk", "2024-03-12", "day"),
    (THU, "The road via Lachin has been closed since December 2022.", "Lachin", "2022-12-01", "month"),
    (THU, "The road via Lachin has been closed since 12 December 2022.", "Lachin", "2022-12-12", "day"),
    (THU, "The road via Lachin has been closed since 12.12.2022.", "Lachin", "2022-12-12", "day"),
    (THU, "The road via Lachin has been closed since 2022-12-12.", "Lachin", "2022-12-12", "day"),
    (THU, "The road via Lachin has been closed since December 12th, 2022.", "Lachin", "2022-12-12", "day"),
    (THU, "The Kornidzor checkpoint has been shut since September 21st.", "Kornidzor", "2023-09-21", "day"),
    (THU, "In early 2023, Azerbaijan set up a checkpoint at the Hakari bridge near Lachin.", "Hakari Bridge",
     "2023-01-01", "year"),
    (THU, "In the summer of 2023, shells fell on Martuni.", "Martuni", "2023-01-01", "year"),
    (THU, "In spring 2022, troops clashed near Parukh (Farukh).", "Parukh", "2022-01-01", "year"),
    (THU, "During the winter of 2021, shots were fired near Tegh.", "Tegh", "2021-01-01", "year"),
    (THU, "Fighting flared near Kalbajar in the autumn of 2022.", "Kalbajar", "2022-01-01", "year"),
    (THU, "At the end of 2023, the Kornidzor checkpoint was closed.", "Kornidzor", "2023-01-01", "year"),
    (THU, "By the end of 2023, the Kornidzor checkpoint was closed.", "Kornidzor", "2023-01-01", "year"),
    (THU, "Towards the end of 2022, Azerbaijani troops shelled Jermuk.", "Jermuk", "2022-01-01", "year"),
    (THU, "On 14 May, Azerbaijani forces shelled Sotk.", "Sotk", "2023-05-14", "day"),
    ("2024-06-02", "On 14 May, Azerbaijani forces shelled Sotk.", "Sotk", "2024-05-14", "day"),
    (JAN, "On 28 December, shells fell on Tegh.", "Tegh", "2023-12-28", "day"),
    (JAN, "On 28-29 December, shells fell on Tegh.", "Tegh", "2023-12-28", "day"),
    (JAN, "In December, shells fell on Tegh.", "Tegh", "2023-12-01", "month"),
    (JAN, "Last year, Azerbaijani troops shelled Tegh.", "Tegh", "2023-01-01", "year"),
    (JAN, "On 30.12.2023, a shell hit a house in Goris.", "Goris", "2023-12-30", "day"),
    (JAN, "Last December, a drone hit a car near Kapan.", "Kapan", "2023-12-01", "month"),
    (THU, "Day 2 (Tuesday): we drove from Goris to Kapan.", "Kapan", "2024-03-12", "day"),
    (THU, "Day 3 (Wednesday)\n\nWe walked through Meghri and Agarak.", "Meghri", None, None),
    # (a diary's dated heading dates what its entry leaves undated)
    (THU, "Monday, 11 March\n\nWe crossed the border at Bagratashen into Georgia.", "Bagratashen", "2024-03-11",
     "day"),
    (THU, "Statement of the Ministry of Defence\n\nYerevan, 12 March 2024\n\n"
          "Azerbaijani forces fired at positions near Sotk.", "Sotk", None, None),
    (THU, "Baku, 12 March 2024 - Armenian units fired at positions near Kalbajar, the ministry said.", "Kalbajar",
     "2024-03-12", "day"),
    (THU, "YEREVAN, 12.03.2024 - Azerbaijani forces shelled Norabak, the ministry said.", "Norabak", "2024-03-12",
     "day"),
    (THU, "12 March, 09:40: shells hit Tegh.", "Tegh", "2024-03-12", "day"),
    (THU, "12 March\n\n09:40 - shells hit Tegh.\n\n11:15 - a drone struck near Khnatsakh.", "Khnatsakh",
     "2024-03-12", "day"),
    (THU, "At 09:40 on 12 March, shells hit Tegh.", "Tegh", "2024-03-12", "day"),
    (THU, "Update as of 12 March: the Bagratashen crossing with Georgia is open.", "Bagratashen", "2024-03-12", "day"),
    (THU, "As of Tuesday, the Agarak crossing into Iran was closed.", "Agarak", "2024-03-12", "day"),
    (THU, "As of 12 March 2024, trucks were queuing at Upper Lars.", "Upper Lars", "2024-03-12", "day"),
    (THU, "Trucks queued at Upper Lars on 10-12 March.", "Upper Lars", "2024-03-10", "day"),
    (THU, "Trucks queued at Upper Lars from 10 to 12 March.", "Upper Lars", "2024-03-10", "day"),
    (THU, "Trucks queued at Upper Lars from 10 March to 12 March.", "Upper Lars", "2024-03-10", "day"),
    (THU, "Trucks queued at Upper Lars between March 10 and 12.", "Upper Lars", "2024-03-10", "day"),
    (THU, "Trucks queued at Upper Lars on March 10-12.", "Upper Lars", "2024-03-10", "day"),
    (THU, "The Nakhchivan railway through Julfa reopened in 2023.", "Julfa", "2023-01-01", "year"),
    (THU, "In May 2023, Azerbaijani forces shelled Sadarak in Nakhchivan.", "Sadarak", "2023-05-01", "month"),
    (THU, "Shelling of Sadarak in May 2023 wounded two soldiers.", "Sadarak", "2023-05-01", "month"),
    (THU, "Iranian troops held drills near Jolfa in October 2022.", "Jolfa", "2022-10-01", "month"),
    (THU, "Turkey opened the Alican border gate near Margara in 2022.", "Margara", "2022-01-01", "year"),
    (THU, "On 9 November 2020, Russian peacekeepers deployed to Lachin.", "Lachin", "2020-11-09", "day"),
    (THU, "On 27.09.2020 Azerbaijani forces attacked Hadrut.", "Hadrut", "2020-09-27", "day"),
    (THU, "Shells fell on Martakert (Aghdara) in mid-October 2020.", "Martakert", "2020-10-01", "month"),
    (THU, "In late September 2023, refugees crossed into Armenia at Kornidzor.", "Kornidzor", "2023-09-01", "month"),
    (THU, "Shells hit Tegh on Tuesday 12/03.", "Tegh", "2024-03-12", "day"),
    (THU, "Shells hit Tegh on Tuesday, 12 March.", "Tegh", "2024-03-12", "day"),
    (THU, "Shells hit Tegh on Tue 12 Mar.", "Tegh", "2024-03-12", "day"),
    (THU, "Shells hit Tegh on 12 Mar 2024.", "Tegh", "2024-03-12", "day"),
    (THU, "Shells hit Tegh on Mar. 12.", "Tegh", "2024-03-12", "day"),
    (THU, "Shells hit Tegh on Sept. 12, 2023.", "Tegh", "2023-09-12", "day"),
    (THU, "Shells hit Tegh on 12 Sept 2023.", "Tegh", "2023-09-12", "day"),
    (THU, "In 2023, the ministry said, shells hit Tegh twice.", "Tegh", "2023-01-01", "year"),
    (THU, "Georgian police closed the Sadakhlo crossing on 11 March.", "Sadakhlo", "2024-03-11", "day"),
    (THU, "The Red Bridge crossing near Tbilisi was closed on 11-12 March.", "Red Bridge", "2024-03-11", "day"),
    (THU, "A mine exploded near Zangilan on the night of 11-12 March.", "Zangilan", "2024-03-11", "day"),
    (THU, "A mine exploded near Zangilan in the night of 11 to 12 March.", "Zangilan", "2024-03-11", "day"),
])
def test_stated_date_and_precision(published, text, place, start, precision, gazetteer):
    assert _stated(text, place, published, gazetteer) == (start, precision)
