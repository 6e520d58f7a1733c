"""Dates of events told relatively or carried from elsewhere in the text, in short reports written for this file
(published on Thursday 12 June 2025, or on Wednesday 8 January 2025 for months and spans across the new year):
weekdays with a part of the day, "overnight" (the night into the day a closing "said on" names), days counted from
publication, days counted from another sentence ("The day before, ...", "two days later", "a week earlier", "on the
eve of the talks"), "earlier this month", "in late May", "the first week of May", the weekend, a month without a
year just after new year, datelines, a dated heading, a place carried to "there", and dates of background history
("in 1994", "the four-day war of April 2016") beside the report's own day. The date kept is the first day of what
the sentence states at the precision it states (docs/design.md); a day counted from another sentence is no date of
its own, and a heading's date is carried, not stated, in the sentences under it (docs/evaluation.md)."""

import datetime as dt

import pytest

from tests.helpers import rows

WED = dt.date(2025, 1, 8)    # a Wednesday a week after new year
THU = dt.date(2025, 6, 12)   # a Thursday


def _stated(text, place, published, gazetteer):
    """(start, precision) of the first row naming ``place``, or (None, None) when its date is not stated."""
    found = [r for r in rows(text, gazetteer, published)
             if place in r["place_name"].split(";") or place in (r["place"], r["place_label"])]
    assert found, text
    return (found[0]["start_date"], found[0]["date_precision"]) if found[0]["date_certain"] else (None, None)


@pytest.mark.parametrize("published, text, place, start, precision", [
    (THU, 'Azerbaijani forces fired on Sotk on Tuesday, the Armenian defence ministry said.',
     'Sotk', '2025-06-10', 'day'),
    (THU, 'On Tuesday afternoon, a shell hit a house in Khndzoresk.', 'Khndzoresk', '2025-06-10', 'day'),
    (THU, 'Last Friday night, gunfire was heard near Chinari.', 'Chinari', '2025-06-06', 'day'),
    (THU, 'Gunfire was heard near Chinari last Friday night.', 'Chinari', '2025-06-06', 'day'),
    (THU, 'Late on Sunday, mortar rounds landed near Yeraskh.', 'Yeraskh', '2025-06-08', 'day'),
    (THU, 'Mortar rounds landed near Yeraskh late on Sunday evening.', 'Yeraskh', '2025-06-08', 'day'),
    (THU, 'Early on Monday, a drone struck a truck near Kapan.', 'Kapan', '2025-06-09', 'day'),
    (THU, 'In the early hours of Wednesday, shells fell on Kornidzor.', 'Kornidzor', '2025-06-11', 'day'),
    (THU, 'A shepherd was wounded near Kut on Wednesday morning, police said.', 'Kut', '2025-06-11', 'day'),
    (THU, 'The Azerbaijani side said on Monday that Armenian units had fired on positions in Kalbajar.',
     'Kalbajar', '2025-06-09', 'day'),
    (THU, 'By Tuesday evening the road between Goris and Kapan had reopened.', 'Goris', '2025-06-10', 'day'),
    (THU, 'On Sunday, protesters blocked the highway near Ijevan.', 'Ijevan', '2025-06-08', 'day'),
    (THU, 'A drone was shot down over Jermuk on Saturday, officials said.', 'Jermuk', '2025-06-07', 'day'),
    (THU, 'Shortly before dawn on Tuesday, artillery hit Berdavan.', 'Berdavan', '2025-06-10', 'day'),
    (THU, "Tuesday's shelling of Tegh damaged two houses.", 'Tegh', '2025-06-10', 'day'),
    (THU, 'Residents of Vazgenashen said the firing started on Monday and lasted until Wednesday.',
     'Vazgenashen', '2025-06-09', 'day'),
    (THU, 'Overnight, shots were fired at Armenian positions near Norabak.', 'Norabak', '2025-06-11', 'day'),
    (THU, 'Shots were fired overnight near Sotk, the ministry said on Thursday.', 'Sotk', '2025-06-12', 'day'),
    (THU, 'Sirens sounded in Ordubad overnight on Tuesday.', 'Ordubad', '2025-06-10', 'day'),
    (THU, 'Overnight on Monday, a fire broke out at a post near Kornidzor.', 'Kornidzor', '2025-06-09', 'day'),
    (THU, 'Earlier today, a mine exploded near Tartar.', 'Tartar', '2025-06-12', 'day'),
    (THU, 'A mine exploded near Tartar today, ANAMA said.', 'Tartar', '2025-06-12', 'day'),
    (THU, 'Yesterday afternoon, a shell hit the outskirts of Aghdam.', 'Aghdam', '2025-06-11', 'day'),
    (THU, 'The day before yesterday, gunfire was heard near Vardenis.', 'Vardenis', '2025-06-10', 'day'),
    (THU, 'Two days ago, a drone was downed near Sisian.', 'Sisian', '2025-06-10', 'day'),
    (THU, 'A week ago, shells hit the village of Jraber.', 'Jraber', '2025-06-05', 'day'),
    # (a day counted back from the one told before is that day's eve, as the annotated sets mostly date it)
    (THU, 'Shells hit Tegh on Monday. The day before, a drone struck Khnatsakh.', 'Khnatsakh', '2025-06-08', 'day'),
    (THU, 'Shells hit Tegh on Monday. The day before, a drone struck Khnatsakh.', 'Tegh', '2025-06-09', 'day'),
    # (a sentence opened by a day counted on from the one told before is dated by it, as the annotated sets do)
    (THU, 'A mine went off near Fuzuli on 2 June. Two days later a second one exploded near Jabrayil.',
     'Jabrayil', '2025-06-04', 'day'),
    (THU, 'A mine went off near Fuzuli on 2 June. Two days later a second one exploded near Jabrayil.',
     'Fuzuli', '2025-06-02', 'day'),
    (THU, 'The border post at Margara reopened on 5 June. A week earlier, it had been closed to trucks.',
     'Margara', '2025-06-05', 'day'),
    (THU, 'The ministry reported firing near Sotk on 3 June. The previous night, a drone had flown over Jermuk.',
     'Jermuk', None, None),
    (THU, 'Troops shelled Khnatsakh on Friday. On the following morning, shells hit Tegh as well.', 'Tegh', None, None),
    (THU, 'On the eve of the talks, shells fell near Tavush.', 'Tavush', None, None),
    (THU, 'On the eve of the border talks, Azerbaijani troops fired on Berkaber.', 'Berkaber', None, None),
    (THU, 'Hours after the meeting, gunfire was heard near Paravakar.', 'Paravakar', None, None),
    (THU, 'Soon afterwards, shells landed near Movses.', 'Movses', None, None),
    (THU, 'That night, drones flew over Meghri.', 'Meghri', None, None),
    (THU, 'The next day, the Lachin checkpoint was closed.', 'Lachin', None, None),
    (THU, 'Within days, the road through Kalbajar was reopened.', 'Kalbajar', None, None),
    (THU, 'Earlier this month, shells hit the outskirts of Ijevan.', 'Ijevan', '2025-06-01', 'month'),
    (THU, 'Shells hit the outskirts of Ijevan earlier this month.', 'Ijevan', '2025-06-01', 'month'),
    (THU, 'In late May, Azerbaijani troops fired on Tegh.', 'Tegh', '2025-05-01', 'month'),
    (THU, 'Azerbaijani troops fired on Tegh in late May, residents said.', 'Tegh', '2025-05-01', 'month'),
    (THU, 'In early May, a drone struck a car near Goris.', 'Goris', '2025-05-01', 'month'),
    (THU, 'At the end of May, the border crossing at Agarak was closed.', 'Agarak', '2025-05-01', 'month'),
    (THU, 'In the first week of May, shells fell on Khnatsakh.', 'Khnatsakh', '2025-05-01', 'month'),
    (THU, 'In the last week of May, gunfire was heard near Yeraskh.', 'Yeraskh', '2025-05-01', 'month'),
    (THU, 'In the second half of May, trucks were stopped at the Upper Lars crossing.',
     'Upper Lars', '2025-05-01', 'month'),
    (THU, 'Last month, drones were seen over Sisian.', 'Sisian', '2025-05-01', 'month'),
    (THU, 'Drones were seen over Sisian last month, the mayor said.', 'Sisian', '2025-05-01', 'month'),
    (THU, 'In May, shells fell on Sotk.', 'Sotk', '2025-05-01', 'month'),
    (THU, 'At the start of the month, a mine exploded near Zangilan.', 'Zangilan', '2025-06-01', 'month'),
    (THU, 'Earlier this week, a drone struck near Horadiz.', 'Horadiz', '2025-06-09', 'day'),
    (THU, 'Last week, shells hit the village of Davit Bek.', 'Davit Bek', '2025-06-02', 'day'),
    (THU, 'At the weekend, shots were fired at Voskepar.', 'Voskepar', '2025-06-07', 'day'),
    (THU, 'Shots were fired at Voskepar at the weekend, villagers said.', 'Voskepar', '2025-06-07', 'day'),
    (THU, 'Over the weekend, the Bagratashen crossing was closed.', 'Bagratashen', '2025-06-07', 'day'),
    (THU, 'On Saturday and Sunday, shells fell on Chinari.', 'Chinari', '2025-06-07', 'day'),
    (THU, 'Last weekend, gunfire was heard near Berdavan.', 'Berdavan', '2025-06-07', 'day'),
    (WED, 'In December, shells fell on Sotk.', 'Sotk', '2024-12-01', 'month'),
    (WED, 'Shells fell on Sotk in late December, the ministry said.', 'Sotk', '2024-12-01', 'month'),
    (WED, 'On 28 December, a drone struck near Kapan.', 'Kapan', '2024-12-28', 'day'),
    (WED, 'A drone struck near Kapan on December 30.', 'Kapan', '2024-12-30', 'day'),
    (WED, 'Last Friday, gunfire was heard near Tegh.', 'Tegh', '2025-01-03', 'day'),
    (WED, 'On Tuesday of last week, shells hit Khnatsakh.', 'Khnatsakh', '2024-12-31', 'day'),
    (WED, 'Last month, the Upper Lars crossing was closed by snow.', 'Upper Lars', '2024-12-01', 'month'),
    (WED, 'Earlier this month, the Upper Lars crossing was closed by snow.', 'Upper Lars', '2025-01-01', 'month'),
    (WED, 'From 29 December to 3 January, the road to Kalbajar was closed.', 'Kalbajar', '2024-12-29', 'day'),
    (WED, 'Between December 30 and January 2, drones flew over Sisian.', 'Sisian', '2024-12-30', 'day'),
    (WED, 'In the last days of December, a mine exploded near Lachin.', 'Lachin', '2024-12-01', 'month'),
    (WED, 'At the end of last year, a mine exploded near Lachin.', 'Lachin', '2024-01-01', 'year'),
    (WED, 'Since 30 December, the Upper Lars crossing has been shut.', 'Upper Lars', '2024-12-30', 'day'),
    (THU, 'YEREVAN, June 10 (Reuters) - Azerbaijani forces fired on Sotk, the defence ministry said.',
     'Sotk', '2025-06-10', 'day'),
    (THU, 'BAKU, 11 June - A mine exploded near Aghdam, ANAMA said.', 'Aghdam', '2025-06-11', 'day'),
    (THU, 'GORIS, June 10 (AP) — Gunfire was heard near Tegh on Monday, residents said.', 'Tegh', '2025-06-09', 'day'),
    (THU, 'Update, 10 June\n\nShells fell on Khnatsakh.\n\nA drone struck a car near Goris.\n',
     'Khnatsakh', None, None),
    (THU, 'Monday, 9 June\n\nToday shells fell on Khnatsakh.\n', 'Khnatsakh', '2025-06-09', 'day'),
    (THU, 'Shells fell on Tegh on Monday. Two houses there burned.', 'Tegh', '2025-06-09', 'day'),
    (THU, 'On Monday a mine went off near Fuzuli. Sappers there later found two more.', 'Fuzuli', '2025-06-09', 'day'),
    (THU, 'In 1994, Armenian forces took Kalbajar.', 'Kalbajar', '1994-01-01', 'year'),
    (THU, 'Armenian forces took Kalbajar in April 1993.', 'Kalbajar', '1993-04-01', 'month'),
    (THU, 'In the 1990s, the village of Berdavan was shelled almost daily.', 'Berdavan', None, None),
    (THU, 'Back in September 2023, the Hakari bridge was crowded with refugees.', 'Hakari', '2023-09-01', 'month'),
    (THU, 'The Lachin corridor, blockaded from December 2022, was closed in 2023.', 'Lachin', '2022-12-01', 'month'),
    (THU, 'In the four-day war of April 2016, fighting raged near Talish.', 'Talish', '2016-04-01', 'month'),
    (THU, 'Talish was largely destroyed in April 2016.', 'Talish', '2016-04-01', 'month'),
    (THU, 'The village of Sotk, shelled in September 2022, was hit again on Tuesday.', 'Sotk', '2025-06-10', 'day'),
    (THU, 'Jermuk, which was shelled in 2022, came under fire on Monday.', 'Jermuk', '2025-06-09', 'day'),
    (THU, 'In 2021, Azerbaijani troops advanced near Verishen.', 'Verishen', '2021-01-01', 'year'),
    (THU, 'In the summer of 2021, troops advanced near Sev Lich.', 'Sev Lich', '2021-01-01', 'year'),
    (THU, 'Last year, a mine exploded near Aghdara.', 'Aghdara', '2024-01-01', 'year'),
    (THU, 'Earlier this year, the Margara crossing opened for aid.', 'Margara', '2025-01-01', 'year'),
    (THU, 'On the night of 8 to 9 June, shells hit Akner.', 'Akner', '2025-06-08', 'day'),
    (THU, 'On the night of Monday to Tuesday, shots were fired near Sadarak.', 'Sadarak', '2025-06-09', 'day'),
    (THU, 'On Monday, June 9, shells hit Verin Shorzha.', 'Verin Shorzha', '2025-06-09', 'day'),
    (THU, 'Armenian officials said a soldier was killed near Sotk on 3 June.', 'Sotk', '2025-06-03', 'day'),
    (THU, 'A soldier was wounded near Norabak on the 5th.', 'Norabak', '2025-06-05', 'day'),
    # (counted back from the day told in the sentence before, as the annotated sets mostly date it)
    (THU, 'A drone struck a car near Goris on 4 June. The previous day, shells had hit Tegh.', 'Tegh', '2025-06-03',
     'day'),
    (THU, 'Troops fired on Yeraskh on Sunday.\n\nA day earlier, gunfire was heard near Areni.', 'Areni', '2025-06-07',
     'day'),
    (THU, 'On 6 June a shepherd was detained near Sadarak. On the eve, shots were fired near Ordubad.',
     'Ordubad', '2025-06-05', 'day'),
    (THU, 'Shells fell on Berdavan the day before, the mayor said.', 'Berdavan', '2025-06-11', 'day'),
    (THU, 'The road to Kalbajar was closed on Monday, the day before the talks.', 'Kalbajar', '2025-06-09', 'day'),
    (THU, 'Shots hit Tegh on 10 June; the day before, on 9 June, a mine went off near Khnatsakh.',
     'Khnatsakh', '2025-06-09', 'day'),
    (THU, 'The clashes of September 2022 left Jermuk damaged.', 'Jermuk', '2022-09-01', 'month'),
    (THU, 'After the offensive of September 2023, the Hakari bridge was crowded.', 'Hakari', '2023-09-01', 'month'),
    (THU, 'The fighting of July 2020 hit Aghdam in Tovuz.', 'Aghdam', '2020-07-01', 'month'),
    (THU, 'Drones struck Barda overnight, Azerbaijani officials said on Thursday.', 'Barda', '2025-06-12', 'day'),
    (THU, 'Gunfire hit Berkaber last night, the ministry said on Thursday.', 'Berkaber', '2025-06-12', 'day'),
])
def test_the_date_a_careful_reader_gives(published, text, place, start, precision, gazetteer):
    assert _stated(text, place, published, gazetteer) == (start, precision)
