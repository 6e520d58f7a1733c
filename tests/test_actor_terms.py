"""A claimant named after the person in office ("Azerbaijani presidency (Ilham Aliyev)") names that person only
on a day within their terms (``terms`` of data/actors.csv); on another day it is the office alone, so a claim is
never put in the mouth of a man who did not hold the post."""

import csv
import datetime as dt

import pytest

from geo.extract.actors import ACTORS_CSV, as_of, load_actors
from tests.helpers import claimants


@pytest.mark.parametrize("published, expected", [
    ("1999-03-02", "Azerbaijani presidency"),                   # Heydar Aliyev's presidency
    ("2020-10-05", "Azerbaijani presidency (Ilham Aliyev)"),
])
def test_president_aliyev_is_ilham_aliyev_only_in_his_terms(gazetteer, published, expected):
    text = "President Aliyev said on Monday that the shelling of Barda had to stop."
    assert claimants(text, gazetteer, published)["Barda"] == expected


@pytest.mark.parametrize("published, expected", [
    ("2010-06-21", "Russian presidency"),                       # between Putin's two spells
    ("2005-06-21", "Russian presidency (Vladimir Putin)"),
    ("2022-06-21", "Russian presidency (Vladimir Putin)"),
])
def test_the_russian_president_is_putin_only_while_he_held_the_post(gazetteer, published, expected):
    text = "The Russian president said that talks on the return of prisoners would be held in Goris."
    assert claimants(text, gazetteer, published)["Goris"] == expected


@pytest.mark.parametrize("published, expected", [
    ("2017-02-14", "Armenian PM"),
    ("2018-05-07", "Armenian PM"),                              # the day before his election
    ("2018-05-08", "Armenian PM (Nikol Pashinyan)"),
    ("2018-11-20", "Armenian PM (Nikol Pashinyan)"),            # acting after his resignation: the same man
    ("2023-04-11", "Armenian PM (Nikol Pashinyan)"),
])
def test_the_armenian_prime_minister_is_pashinyan_from_may_2018(gazetteer, published, expected):
    text = "The Armenian Prime Minister said the road through Tegh would stay open to traffic."
    assert claimants(text, gazetteer, published)["Tegh"] == expected


@pytest.mark.parametrize("claimant, day, expected", [
    ("Azerbaijani presidency (Ilham Aliyev)", dt.date(2003, 10, 30), "Azerbaijani presidency"),
    ("Azerbaijani presidency (Ilham Aliyev)", dt.date(2003, 10, 31), "Azerbaijani presidency (Ilham Aliyev)"),
    ("Russian presidency (Vladimir Putin)", dt.date(2008, 5, 6), "Russian presidency (Vladimir Putin)"),
    ("Russian presidency (Vladimir Putin)", dt.date(2008, 5, 7), "Russian presidency"),      # Medvedev sworn in
    ("Russian presidency (Vladimir Putin)", dt.date(2012, 5, 7), "Russian presidency (Vladimir Putin)"),
    ("French presidency (Emmanuel Macron)", dt.date(2016, 1, 1), "French presidency"),
    # more brackets after the name: only the person goes
    ("Azerbaijani presidency (Ilham Aliyev) (press service)", dt.date(1998, 1, 1),
     "Azerbaijani presidency (press service)"),
    # a row without terms, and a claimant the table lacks, are as they were
    ("Azerbaijani MoD", dt.date(1995, 1, 1), "Azerbaijani MoD"),
    ("Azerbaijani presidential aide (Hikmet Hajiyev)", dt.date(1999, 1, 1),
     "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    ("Villagers of Tegh", dt.date(1995, 1, 1), "Villagers of Tegh"),
    ("", dt.date(1995, 1, 1), ""),
    ("Azerbaijani presidency (Ilham Aliyev)", None, "Azerbaijani presidency (Ilham Aliyev)"),
])
def test_as_of(claimant, day, expected):
    assert as_of(claimant, day) == expected


def test_the_table_gives_terms_to_rows_named_after_a_person_only_with_a_source():
    with ACTORS_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert "terms" in rows[0]
    termed = [r for r in rows if r["terms"]]
    assert {r["canonical"] for r in termed} >= {"Azerbaijani presidency (Ilham Aliyev)", "Armenian PM (Nikol Pashinyan)",
                                                "Russian presidency (Vladimir Putin)"}
    for row in termed:
        assert row["canonical"].endswith(")") and row["sources"].startswith("http")
    assert load_actors().terms["Russian presidency (Vladimir Putin)"] == [
        (dt.date(1999, 12, 31), dt.date(2008, 5, 7)), (dt.date(2012, 5, 7), None)]


def test_the_office_alone_keeps_its_nation():
    assert load_actors().nation_of.get(as_of("Armenian PM (Nikol Pashinyan)", dt.date(2010, 1, 1))) == "Armenian"


@pytest.mark.parametrize("text, published, expected", [
    # a report of 2024 on what was said in 1999: Heydar Aliyev's presidency, not Ilham Aliyev's
    ("On 14 June 1999, President Aliyev said the shelling of Barda had to stop.", "2024-03-02",
     "Azerbaijani presidency"),
    # a report of 2010 (Medvedev's presidency) on what Putin said in 2005
    ("On 12 May 2005, the Russian president said talks on prisoners would be held in Goris.", "2010-06-21",
     "Russian presidency (Vladimir Putin)"),
    # a day the sentence does not state: the claim is the report's, of its own day
    ("President Aliyev said the shelling of Barda had to stop.", "2024-03-02",
     "Azerbaijani presidency (Ilham Aliyev)"),
    # a state lasting since an old day is spoken of today
    ("Barda has been shelled since 12 May 1994, President Aliyev said.", "2024-03-02",
     "Azerbaijani presidency (Ilham Aliyev)"),
])
def test_the_claimant_is_named_as_of_the_event_s_day(gazetteer, text, published, expected):
    assert list(claimants(text, gazetteer, published).values()) == [expected]


def test_the_claimant_is_named_as_of_the_day_it_spoke(gazetteer):
    # said in 2024 of a day of 1993: the president who said it, Ilham Aliyev
    text = "President Aliyev said on Tuesday that Armenian forces had shelled Barda on 3 October 1993."
    assert list(claimants(text, gazetteer, "2024-03-07").values()) == ["Azerbaijani presidency (Ilham Aliyev)"]


@pytest.mark.parametrize("text", [
    # the day of saying written before the speaker and the verb: the president who spoke then, of a day of 1993
    "On 5 March, President Aliyev said that Armenian forces had shelled Barda on 3 October 1993.",
    "On Tuesday, President Aliyev said that Armenian forces had shelled Barda on 3 October 1993.",
    "Late on Tuesday, President Aliyev told reporters that Armenian forces had shelled Barda on 3 October 1993.",
    "On Tuesday, according to President Aliyev, Armenian forces had shelled Barda on 3 October 1993.",
])
def test_the_claimant_is_named_as_of_the_day_that_opens_the_sentence(gazetteer, text):
    assert list(claimants(text, gazetteer, "2024-03-07").values()) == ["Azerbaijani presidency (Ilham Aliyev)"]


def test_a_day_that_opens_the_event_s_clause_is_not_the_day_of_saying(gazetteer):
    # the opening day is the shelling's; the claim, with no day of its own, is of that day
    text = "On 3 October 1993, Armenian forces shelled Barda, President Aliyev said."
    assert list(claimants(text, gazetteer, "2024-03-07").values()) == ["Azerbaijani presidency"]
