"""A sentence opened by a day counted on from the one told before ("The next day ...", "Two days later ...") is
dated by that day, after a chapter's time in show notes too, and also when the only other date it names is an
earlier one told in passing ("under the truce signed on 9 November"); a sentence with no day told before it, or
one that only goes on about a day told before, keeps no stated date."""

from tests.helpers import rows


def _stated(text, place, gazetteer, published="2023-09-04"):
    found = [r for r in rows(text, gazetteer, published) if place in r["place_name"].split(";")]
    assert found, text
    return found[0]["start_date"] if found[0]["date_certain"] else None


def test_the_next_day_after_a_chapter_time_is_the_day_after_the_one_told(gazetteer):
    text = ("11:20 Last Tuesday two buses of refugees reached Goris. "
            "14:05 The next day local farmers blocked the road from Goris to Kapan.")
    assert _stated(text, "Kapan", gazetteer) == "2023-08-30"


def test_days_later_count_on_from_the_day_told(gazetteer):
    text = "On 3 May drones struck Martuni. Two days later shells hit Askeran, the ministry said."
    assert _stated(text, "Askeran", gazetteer, "2023-05-20") == "2023-05-05"


def test_an_earlier_date_told_in_passing_does_not_replace_the_counted_day(gazetteer):
    text = ("Last Thursday families left Kalbajar. The next day the army entered Lachin, under the truce that the "
            "leaders signed on the night of 9 November.")
    assert _stated(text, "Lachin", gazetteer, "2020-11-23") == "2020-11-20"


def test_a_later_date_of_its_own_still_dates_the_sentence(gazetteer):
    text = "On 3 May drones struck Martuni. The next day, on 4 May, shells hit Askeran."
    assert _stated(text, "Askeran", gazetteer, "2023-05-20") == "2023-05-04"


def test_no_day_told_before_leaves_the_next_day_unstated(gazetteer):
    text = "Drones struck Martuni. The next day shells hit Askeran."
    assert _stated(text, "Askeran", gazetteer, "2023-05-20") is None


def test_a_sentence_that_only_goes_on_keeps_no_stated_date(gazetteer):
    text = "On 3 May drones struck Martuni. Shells also hit Askeran."
    assert _stated(text, "Askeran", gazetteer, "2023-05-20") is None


def test_a_day_a_speaker_gives_after_the_counted_day_stays_the_speaker_s(gazetteer):
    text = "On 5 May drones struck Martuni. The next day the ministry said that shells had hit Askeran on 2 May."
    assert _stated(text, "Askeran", gazetteer, "2023-05-20") == "2023-05-02"


def test_a_day_counted_on_from_a_deadline_past_the_story_s_day_stays_unstated(gazetteer):
    text = ("The government set 15 June as the deadline for residents to leave Lachin. "
            "The next day police closed the road to Goris.")
    assert _stated(text, "Goris", gazetteer, "2023-05-20") is None


def test_a_day_counted_on_from_a_planned_day_stays_unstated(gazetteer):
    text = "Officials said the convoy was scheduled for 25 May. Two days later shells hit Martuni."
    assert _stated(text, "Khojavend", gazetteer, "2023-05-20") is None


def test_a_history_told_in_order_still_counts_on(gazetteer):
    text = "Kalbajar fell on 3 April 1993. The next day refugees crossed the Murov pass toward Ganja."
    assert _stated(text, "Ganja", gazetteer, "2023-05-20") == "1993-04-04"


def test_the_counted_day_shows_the_words_that_dated_it(gazetteer):
    text = "On 3 May drones struck Martuni. 10:15 Two days later shells hit Askeran, the ministry said."
    found = [r for r in rows(text, gazetteer, "2023-05-20") if r["place_name"] == "Askeran"]
    assert [(r["start_date"], r["date_text"]) for r in found] == [("2023-05-05", "Two days later")]
