"""Days told after another day, in short reports written for this file (published on Friday 13 June 2025): "on the
Sunday", "the following Monday", "the next Tuesday" name a day of the week the story tells, the first such weekday
after the last day stated before it, in the sentence or an earlier one; without such a day the weekday is read as
news reads it. A sentence opened by days counted from another sentence ("Three days later", "The next day") is dated
by the day reached, as the annotated sets date it; a week counted on ("A week later") stays no stated date."""

import datetime as dt

import pytest

from tests.helpers import rows

FRI = dt.date(2025, 6, 13)


def _stated(text, place, gazetteer):
    """The start day of the last row naming ``place``, or None when its date is not stated."""
    found = [r for r in rows(text, gazetteer, FRI) if place in r["place_name"].split(";")]
    assert found, text
    return found[-1]["start_date"] if found[-1]["date_certain"] else None


@pytest.mark.parametrize("text, place, start", [
    # a weekday told with "the", after a day an earlier sentence stated (Monday 2 June)
    ("The exhibition opened in Goris on Monday 2 June. Ministers toured Kapan on the Thursday.", "Kapan",
     "2025-06-05"),
    ("A convoy left Barda on 27 May. On the following Saturday the families moved into houses in Aghdam.", "Aghdam",
     "2025-05-31"),
    ("Talks began in Yerevan on 26 May. The next Wednesday the delegations drove to Vardenis.", "Vardenis",
     "2025-05-28"),
    # in the same sentence
    ("The road to Jermuk closed on 4 June and reopened on the Monday.", "Jermuk", "2025-06-04"),
    # no day told before: the last such weekday before publication, as before
    ("On the Sunday, a choir sang in the square of Goris.", "Goris", "2025-06-08"),
    ("Next Tuesday the fair opens in Ijevan.", "Ijevan", "2025-06-17"),
    # a sentence opened by a number of days counted on from the one told before is dated by it (the annotated
    # sets date such sentences 29 times to 8); a week counted from another sentence stays no stated date
    ("The festival opened in Goris on 2 June. Three days later a second stage opened in Sisian.", "Sisian",
     "2025-06-05"),
    ("A bridge reopened near Kapan on 5 June. A week later buses ran again to Meghri.", "Meghri", None),
    ("Families arrived in Fuzuli on 1 June. The next day they were taken to Jabrayil.", "Jabrayil", "2025-06-02"),
    ("The mosque in Aghdam reopened on 9 June. Ten days earlier the works had ended in Zangilan.", "Zangilan", None),
])
def test_told_weekdays_and_counted_days(text, place, start, gazetteer):
    assert _stated(text, place, gazetteer) == start


def _layer(text, place, gazetteer):
    """The layer of the first row naming ``place``."""
    found = [r for r in rows(text, gazetteer, FRI) if place in r["place_name"].split(";")]
    assert found, text
    return found[0]["layer"]


@pytest.mark.parametrize("text, place, layer", [
    # a place heading its paragraph is "the town" of what follows, whatever words come after the noun
    ("Goris: Drivers said more lorries passed through the town this month than in the whole of last year.", "Goris",
     "corridors"),
    ("Agdam: Stallholders said the fair had brought more coaches through the town than ever before.", "Aghdam",
     "corridors"),
    ("Tartar: Residents said shells hit the town last night.", "Tartar", "shelling"),
    # a noun after "the town" makes another thing of it
    ("Ijevan: The town hall was repainted this spring.", "Ijevan", "other"),
])
def test_heading_town_takes_its_clause(text, place, layer, gazetteer):
    assert _layer(text, place, gazetteer) == layer


@pytest.mark.parametrize("text, place, layer", [
    # a walk from or past a town's sights is a walk about the town, to whatever it ends at
    ("We walked from Natavan's statue to the old mosque and on to the Jidir Duzu plain for the fireworks.",
     "Jidir Plain", "other"),
    ("In the evening they walked past the museum and out to the Jidir Duzu plain to hear the choir.",
     "Jidir Plain", "other"),
    # a walk from one town to another is still a route
    ("The pilgrims walked from Goris to Tatev over two days.", "Goris", "corridors"),
    ("The marchers walked on from Ijevan along the highway to Dilijan.", "Dilijan", "corridors"),
])
def test_walk_about_a_town(text, place, layer, gazetteer):
    assert _layer(text, place, gazetteer) == layer
