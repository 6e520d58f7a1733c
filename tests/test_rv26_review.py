"""Wordings near four readings ("Across the border, ...", a day counted back from the sentence before, a source
that names people "as" someone, "the spring of that year") that they were not written for, and what they keep."""
import datetime as dt

from geo.extract import extract_text


def _events(text, published):
    return {e["place"]: e for e in extract_text(text, published)}


# "Across the border, ..." opening a sentence: the other side's news, unless what follows tells a crossing

def test_across_the_border_then_a_crossing_is_still_a_way():
    got = _events("Across the border, people crossed on foot at Agarak into Iran.", dt.date(2022, 6, 1))
    assert got["Agarak"]["layer"] == "corridors"


def test_across_the_border_then_to_cross_is_still_a_way():
    got = _events("Across the border, cars queued to cross at Margara.", dt.date(2022, 6, 1))
    assert got["Margara"]["layer"] == "corridors"


def test_across_the_border_then_the_red_cross_is_no_crossing():
    got = _events("Across the border, the Red Cross said a farmer in Gaymagli was badly hurt.", dt.date(2022, 6, 1))
    assert got["Gaymagli"]["layer"] != "corridors"


def test_across_the_border_then_cross_border_shelling_is_no_crossing():
    got = _events("Across the border, cross-border shelling hurt a farmer in Gaymagli.", dt.date(2022, 6, 1))
    assert got["Gaymagli"]["layer"] == "shelling"


# a day counted back from the day the sentence before told

_THU = dt.date(2025, 6, 12)


def test_day_before_and_day_after_an_event_is_not_counted_from_the_sentence_before():
    got = _events("On 5 June a drone was downed near Sisian.\n\nThe day before and the day after the vote, shells "
                  "hit Tegh.", _THU)
    assert got["Tegh"]["start_date"] != "2025-06-04"


def test_night_before_and_night_after_the_talks_is_not_counted_from_the_sentence_before():
    got = _events("On 5 June a drone was downed near Sisian. Shells hit Tegh the night before and the night after "
                  "the talks.", _THU)
    assert got["Tegh"]["start_date"] != "2025-06-04"


def test_day_before_and_day_after_the_day_told_before_is_counted():
    got = _events("The vote was held on 5 June. Shells hit Tegh the day before and the day after.", _THU)
    assert got["Tegh"]["start_date"] == "2025-06-04"


def test_night_before_and_another_clause_is_counted():
    got = _events("On Monday the ministers met in Moscow. Shells hit Tegh the night before and the village lost "
                  "power.", _THU)
    assert got["Tegh"]["start_date"] == "2025-06-08"


def test_night_before_after_yesterday_is_counted():
    got = _events("Yesterday a soldier was wounded near Sotk. The night before, shots were fired at Kut.", _THU)
    assert got["Kut"]["start_date"] == "2025-06-10"


def test_day_before_the_talks_is_not_counted():
    got = _events("On Monday the ministers met in Moscow. The day before the talks, shells hit Tegh.", _THU)
    assert got["Tegh"]["start_date"] != "2025-06-08"


def test_day_before_after_a_range_is_not_counted():
    got = _events("Shelling went on from 3 to 5 June near Sotk. The day before, a drone struck Khnatsakh.", _THU)
    assert got["Khnatsakh"]["start_date"] not in ("2025-06-02", "2025-06-04")


# a source that names or identifies people "as" someone

_FEB = dt.date(2021, 2, 3)


def test_naming_to_a_post_is_no_account():
    got = _events("The prime minister named a former general from Goris as Governor of Syunik.", _FEB)
    assert got["Goris"]["claimed_by"] == ""


def test_naming_to_a_post_gives_no_new_claimant():
    got = _events("Reuters said shells hit Tegh. The government named a colonel from Sisian as Commander of the "
                  "border guards.", _FEB)
    assert got["Sisian"]["claimed_by"] != "government"


def test_naming_a_square_is_no_account():
    got = _events("Residents of Stepanakert named a square in Martuni as Freedom Square.", _FEB)
    assert got["Martuni"]["claimed_by"] == ""


def test_naming_captives_as_someone_is_the_account():
    got = _events("Baku has named the two captured soldiers as Armenian saboteurs from Sisian.", _FEB)
    assert got["Sisian"]["claimed_by"] == "Azerbaijani government"


# "in the spring of that year": the year named before

def test_summer_of_that_year_takes_a_year_named_in_a_noun():
    got = _events("The 1994 ceasefire froze the front. In the summer of that year, on 3 July, troops left Kelbajar.",
                  dt.date(2022, 6, 1))
    assert got["Kelbajar"]["start_date"] == "1994-07-03"


def test_spring_of_that_year_takes_the_later_of_two_years():
    got = _events("Clashes flared in 2016 and again in 2020. In the spring of that year, shells hit Tegh on 12 April.",
                  dt.date(2022, 6, 1))
    assert got["Tegh"]["start_date"] == "2020-04-12"


def test_spring_of_the_following_year_is_not_that_year():
    got = _events("Families fled Kelbajar in 2020. In the spring of the following year, on 12 April, shells hit "
                  "Tegh.", dt.date(2022, 6, 1))
    assert got["Tegh"]["start_date"] != "2020-04-12"
