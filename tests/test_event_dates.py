"""Which of a sentence's dates an event takes: the one its own clause states, a stated day before a
vague one."""

import datetime as dt

from geo.extract import extract_text


def dates(text, gazetteer, published):
    return {c["place_name"]: (c["start_date"], c["date_certain"])
            for c in extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")}


def test_each_place_of_a_list_takes_the_date_written_after_it(gazetteer):
    found = dates("Under the plan, Armenia was to withdraw from Kalbajar by November 15, from Aghdam by "
                  "November 20 and from Lachin by December 1.", gazetteer, "2020-11-11")
    assert found["Kalbajar"][0] == "2020-11-15"
    assert found["Aghdam"][0] == "2020-11-20"
    assert found["Lachin"][0] == "2020-12-01"


def test_a_date_behind_a_comma_yields_to_the_one_in_the_place_s_clause(gazetteer):
    found = dates("Under the deal signed on 10 November, Kalbajar was to be handed over by 25 November.",
                  gazetteer, "2020-11-16")
    assert found["Kalbajar"][0] == "2020-11-25"


def test_a_vague_date_yields_to_a_stated_day_of_the_same_sentence(gazetteer):
    found = dates("The defence ministry said on Friday that Armenian units had fired on Tartar and Barda "
                  "overnight.", gazetteer, "2020-10-02")
    assert found["Tartar"] == found["Barda"] == ("2020-10-02", True)
    found = dates("Peacekeepers set up a post at Dadivank, which is due to be handed over later this month, "
                  "the ministry said on Monday.", gazetteer, "2020-11-16")
    assert found["Dadivank"] == ("2020-11-16", True)
    found = dates("Border guards said on Wednesday they had detained a man who ran a shop in Goris in 2019 and "
                  "2020 as he tried to cross the checkpoint at the Hakari bridge.", gazetteer, "2023-09-28")
    assert found["Hakari Bridge"] == ("2023-09-27", True)


def test_a_vague_date_alone_still_dates_the_event(gazetteer):
    assert dates("Shells hit Tartar overnight.", gazetteer, "2020-10-02")["Tartar"] == ("2020-10-01", True)


def test_a_stated_day_before_the_speech_verb_is_the_event_s_when_only_a_month_follows(gazetteer):
    found = dates("On 6 April 1993 the council expressed concern over the fighting in Kalbajar, and at the end of "
                  "April it adopted a resolution.", gazetteer, "2023-04-02")
    assert found["Kalbajar"][0] == "1993-04-06"


def test_a_state_that_had_lasted_since_a_day_is_not_the_event_s_date(gazetteer):
    found = dates("The army has taken control of Gubadli, which had been under occupation since 31 August 1993, "
                  "the president announced on Sunday.", gazetteer, "2020-10-26")
    assert found["Gubadli"][0] == "2020-10-25"
    # a blockade on since a day is dated from that day
    found = dates("Lachin has been cut off since 12 December, residents said on Monday.", gazetteer, "2023-01-10")
    assert found["Lachin"][0] == "2022-12-12"


def test_a_weekday_followed_by_its_calendar_day_dates_the_event_to_that_day(gazetteer):
    found = dates("Two houses in Lachin were damaged by a mine blast on Wednesday, 11 September 2024, the agency said.",
                  gazetteer, "2025-05-09")
    assert found["Lachin"][0] == "2024-09-11"


def test_a_retold_history_keeps_the_year_it_stated_for_its_later_days(gazetteer):
    """A day without its year that goes on a narrative of thirty years ago is that narrative's day, not this year's."""
    text = ("Veterans gathered this week to recall the winter campaign.\n\n"
            "On 3 March 1993 the brigade began its march towards the mountains in heavy snow.\n\n"
            "On 9 March its forward units reached Kalbajar after two days of fighting.\n\n"
            "Supplies ran short, officers later recalled.\n\n"
            "By 21 March the whole district around Lachin was in their hands.\n\n"
            "On Sunday the defence ministry laid flowers in Stepanakert.")
    found = dates(text, gazetteer, "2023-03-27")
    assert found["Kalbajar"] == ("1993-03-09", True)
    assert found["Lachin"] == ("1993-03-21", True)
    assert found["Stepanakert"] == ("2023-03-26", True)


def test_a_day_far_after_a_background_date_is_read_against_publication(gazetteer):
    """A past date given as background is no narrative for a day months later in the calendar."""
    text = ("The war ended with the statement of 10 November 2020.\n\n"
            "On 14 February residents of Goris blocked the road in protest.")
    assert dates(text, gazetteer, "2024-02-20")["Goris"] == ("2024-02-14", True)


def test_a_day_of_last_month_is_today_s_news_after_a_history(gazetteer):
    """A day without its year that falls in the month before publication is the report's own, though an older
    date came before it, unless the article looks back on that history."""
    text = ("Fighting flared near Jermuk on 2 January 2024, officials said.\n\n"
            "On 28 February Azerbaijani units fired on positions near Kalbajar.")
    assert dates(text, gazetteer, "2025-03-06")["Kalbajar"] == ("2025-02-28", True)
    text = ("The four-day war of 2016 was over by 5 April 2016.\n\n"
            "On 22 April Azerbaijani forces fired mortars at the village of Berd.")
    assert dates(text, gazetteer, "2024-05-02")["Berd"] == ("2024-04-22", True)


def test_an_anniversary_word_brings_the_story_back_to_today(gazetteer):
    """ "to mark the anniversary", "a year ago": the day after such words is this year's, not the history's."""
    text = ("Thirty-two years ago this week, the town of Khojaly was overrun. Azerbaijan says hundreds of civilians "
            "died there on 25 February 1992. On 26 February crowds laid flowers in Baku to commemorate the victims.")
    assert dates(text, gazetteer, "2024-02-27")["Baku"] == ("2024-02-26", True)
    text = ("A year ago, on 12 September 2022, shells fell on Jermuk, Yerevan says. "
            "On 18 September Azerbaijani forces opened an offensive against Stepanakert.")
    assert dates(text, gazetteer, "2023-09-21")["Stepanakert"] == ("2023-09-18", True)


def test_an_article_looking_back_decades_keeps_its_history_s_days_near_publication(gazetteer):
    """ "Thirty years ago, on ...": the days after it in the weeks of the anniversary are the history's."""
    text = ("Thirty years ago, on 9 March 1994, Armenian units attacked positions near Tartar.\n\n"
            "On 11 March they shelled Barda.")
    assert dates(text, gazetteer, "2024-03-14")["Barda"] == ("1994-03-11", True)


def test_a_possessive_day_does_not_date_a_place_told_of_another_time(gazetteer):
    found = dates("Friday's strike came three days after shells were fired at the Barda district, where, in the "
                  "prosecutors' account, a school and two barns were hit on the edge of a village on 6 October.",
                  gazetteer, "2020-10-09")
    assert found["Barda District"][0] == "2020-10-06", found


def test_a_place_after_a_span_of_weekdays_takes_the_day_written_with_it(gazetteer):
    # the "and" after the span's last weekday starts a new place, not the span's hours
    found = dates("Mortar rounds landed near Shamkir between Tuesday and Wednesday and on Goranboy on Thursday.",
                  gazetteer, "2020-10-09")
    assert found["Shamkir"][0] == "2020-10-06"
    assert found["Goranboy"][0] == "2020-10-08"


def test_a_habit_takes_no_one_day(gazetteer):
    # shelling that came again and again: no day stated, so not dated as if the publication day's news
    found = dates("During the siege, shells would fall on Martakert every Saturday night.", gazetteer, "2023-05-10")
    assert found["Martakert"][1] is False
    found = dates("Each Friday in April 2021, mortar rounds hit the outskirts of Tovuz.", gazetteer, "2023-05-10")
    assert found["Tovuz"] == ("2021-04-01", True)


def test_a_day_that_closes_the_member_before_and_is_not_the_next_place_s(gazetteer):
    # the day ends the list of places before "and"; the place after it has its own day, a locator and a time between
    found = dates("The ministry said units had fired at posts near Berdavan late on 11 May and near Vazashen in "
                  "Tavush province at 03:40 on 12 May.", gazetteer, "2024-05-14")
    assert found["Berdavan"][0] == "2024-05-11"
    assert found["Vazashen"][0] == "2024-05-12"
    # without a day of its own, the place after "and" still takes the one before
    found = dates("Shells landed near Berdavan on 11 May and near Vazashen, the ministry said.", gazetteer,
                  "2024-05-14")
    assert found["Vazashen"][0] == "2024-05-11"


def test_a_place_fired_on_over_two_days_running_takes_the_first(gazetteer):
    found = dates("Yerevan on Wednesday denied a report that its troops had fired on Tuesday and Wednesday at "
                  "posts near Sotk.", gazetteer, "2023-06-07")
    assert found["Sotk"][0] == "2023-06-06"


def test_a_speaker_who_recalls_that_starts_no_retold_history(gazetteer):
    """ "The side recalled that ...": a speaker citing background; a later day without its year, in the month before
    publication, stays the report's own though a past date was named in between."""
    text = ("The two governments signed a transit agreement in Tbilisi on Monday, officials said.\n\n"
            "The Armenian side recalled that the road through Ijevan had been discussed at earlier rounds.\n\n"
            "The ministers recall that two years earlier, in May 2021, border guards had clashed near Sotk.\n\n"
            "The first lorries crossed at Bagratashen on 16 June, the statement said.")
    assert dates(text, gazetteer, "2023-06-21")["Bagratashen"] == ("2023-06-16", True)
