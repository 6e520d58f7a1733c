"""Who speaks and on which day, in press reviews, interviews, transcripts and reports told in the past: a paper that
"quotes X, head of the village council, as saying" gives X's words; "officials and villagers said" is the officials'
account; an outlet named after its kind ("the Tbilisi-based outlet Caucasus Wire", "the local channel Kapan Studio") is
who a later "the outlet added" or "according to the channel" stands for; "according to his information" is the man the
sentence speaks of; a recording's timestamp with seconds ("[00:01:00]") is no part of the speaker; an interview's
answers under their speaker's full name ("Aram Petrosyan: ...") are that person's words. For days: a part of the day
right after "Yesterday" is that day's ("Yesterday, at about two in the afternoon"); "earlier in the day"
after a speaker who "says" in the present is today; "By the afternoon" opening a sentence goes on from the day told
before; "on the 16th" after a sentence naming a month (and no day) is that month's; the day of a relative clause on
the subject ("The troops who crossed on Monday ... were still there on Tuesday") yields to the day of the place's own
clause. These are how reports write speakers and days, so each rule reads any article of the kind."""

import datetime as dt

from tests.helpers import claimant_of, rows


def _starts(text, gazetteer, published):
    return {c["place_name"]: c["start_date"] for c in rows(text, gazetteer, published)}


# --- who speaks ------------------------------------------------------------------------------------------------------

def test_a_paper_quoting_a_speaker_with_his_post_as_saying(gazetteer):
    text = ("THE CAUCASUS HERALD writes that fighting broke out on Tuesday. The paper quotes Levon Hakobyan, head of "
            "the community of Sotk, as saying that the ceasefire was broken near Kut as well.")
    assert claimant_of("Kut", text, gazetteer) == "Levon Hakobyan"


def test_a_paper_writing_without_quoting_keeps_its_account(gazetteer):
    text = "THE CAUCASUS HERALD, in a piece by Aram Petrosyan, writes that the ceasefire was broken near Kut."
    assert claimant_of("Kut", text, gazetteer) != "Aram Petrosyan"


def test_officials_and_villagers_are_the_officials_account(gazetteer):
    text = ("Azerbaijani troops crossed the border early on Monday near Tartar, Armenian officials and local "
            "residents said.")
    assert claimant_of("Tartar", text, gazetteer) == "Armenian government"


def test_villagers_alone_are_residents(gazetteer):
    text = "Azerbaijani troops crossed the border early on Monday near Tartar, villagers said."
    assert claimant_of("Tartar", text, gazetteer) == "residents"


def test_an_outlet_named_after_its_kind_is_the_outlet_later(gazetteer):
    text = ("Trucks were stuck on the road out of Tovuz, the Tbilisi-based outlet Caucasus Wire reported. Ganja is "
            "now linked to the border only by the road through Tovuz, the outlet added.")
    assert claimant_of("Ganja", text, gazetteer) == "Caucasus Wire"


def test_a_channel_named_before_is_the_channel_of_according_to(gazetteer):
    text = ("Frame 3. Video shown by the local channel Kapan Studio. Soldiers dug trenches at Tovuz, according to "
            "the channel.")
    assert claimant_of("Tovuz", text, gazetteer) == "Kapan Studio"


def test_a_channel_named_by_no_name_stays_unnamed(gazetteer):
    text = "Frame 3. Video shown by a local channel. Soldiers dug trenches at Tovuz, according to the channel."
    assert claimant_of("Tovuz", text, gazetteer) != "Frame"


def test_according_to_his_information_is_the_man_spoken_of(gazetteer):
    text = ("Your reporter quoted the foreign minister Ararat Mirzoyan as saying the clash at Kut was a test. He also "
            "told Radio Liberty on Wednesday that, according to his information, Russian troops were themselves "
            "surrounded near Sotk.")
    assert claimant_of("Sotk", text, gazetteer) == claimant_of("Kut", text, gazetteer)
    assert claimant_of("Sotk", text, gazetteer) != "information"


def test_according_to_information_of_a_body_is_the_bodys(gazetteer):
    text = "According to information from the Azerbaijani Defence Ministry, shells fell on Tovuz."
    assert claimant_of("Tovuz", text, gazetteer) == "Azerbaijani MoD"


def test_a_timestamp_with_seconds_is_no_part_of_the_speaker(gazetteer):
    text = ("[00:00:20] Its spokeswoman, Ani Grigoryan, said that the army shelled Tartar.\n"
            "[00:01:00] Yesterday afternoon the spokeswoman said the road near Shushi would stay shut to civilians.")
    assert claimant_of("Shusha", text, gazetteer) == "Ani Grigoryan"


def test_an_interview_answer_under_the_speakers_name_is_hers(gazetteer):
    text = ("We asked Anahit Petrosyan, a bus driver, to explain.\n"
            "Gazette: What did you see?\n"
            "Anahit Petrosyan: The police set up a post by Tovuz and stopped every lorry. Later the road to Ganja "
            "was closed to them.\n"
            "Gazette: And then?\n"
            "Anahit Petrosyan: Nothing more.")
    assert "Anahit Petrosyan" in claimant_of("Ganja", text, gazetteer)


def test_a_name_before_a_colon_once_is_no_interview(gazetteer):
    text = ("We asked Anahit Petrosyan, a bus driver, to explain.\n"
            "Anahit Petrosyan: The police set up a post by Tovuz and stopped every lorry. Later the road to Ganja "
            "was closed to them.")
    assert "Anahit Petrosyan" not in (claimant_of("Ganja", text, gazetteer) or "")


# --- which day -------------------------------------------------------------------------------------------------------

def test_a_part_of_the_day_after_yesterday_is_yesterdays(gazetteer):
    text = ("Yesterday, at about three in the afternoon, soldiers opened fire on positions near Kut, the ministry "
            "said.")
    assert _starts(text, gazetteer, "2021-05-26")["Kut"] == "2021-05-25"


def test_a_part_of_the_day_alone_is_the_days_of_publication(gazetteer):
    text = "In the afternoon soldiers opened fire on positions near Kut, the ministry said."
    assert _starts(text, gazetteer, "2021-05-26")["Kut"] == "2021-05-26"


def test_earlier_in_the_day_after_a_present_says_is_today(gazetteer):
    text = ("On Friday the president claimed the capture of Tartar.\n"
            "14:10 The defence ministry says that earlier in the day Azerbaijani forces attacked in the direction of "
            "Fuzuli.")
    assert _starts(text, gazetteer, "2020-10-10")["Fuzuli"] == "2020-10-10"


def test_earlier_in_the_day_after_a_past_said_is_the_day_told(gazetteer):
    text = ("On Friday the president claimed the capture of Tartar. The defence ministry said that earlier in the "
            "day Azerbaijani forces had attacked in the direction of Fuzuli.")
    assert _starts(text, gazetteer, "2020-10-10")["Fuzuli"] == "2020-10-09"


def test_by_the_afternoon_goes_on_from_the_day_told(gazetteer):
    text = ("The army reported on Wednesday morning that it had lost contact with its posts near Tegh.\n"
            "By the afternoon the president said that dozens of soldiers had been taken prisoner near Kornidzor.")
    assert _starts(text, gazetteer, "2020-12-18")["Kornidzor"] == "2020-12-16"


def test_the_16th_after_a_month_named_is_that_months(gazetteer):
    text = ("In the middle of September the police set up a post by Tovuz. Me, they waved on. On the 16th I came "
            "back from Ganja and saw a long line of lorries at the exit of Goris.")
    assert _starts(text, gazetteer, "2021-10-22")["Goris"] == "2021-09-16"


def test_the_16th_with_no_month_named_is_the_latest_16th(gazetteer):
    text = "On the 16th I came back from Ganja and saw a long line of lorries at the exit of Goris."
    assert _starts(text, gazetteer, "2021-10-22")["Goris"] == "2021-10-16"


def test_a_subjects_relative_clause_day_yields_to_the_places_own(gazetteer):
    text = ("The soldiers who crossed the line on Tuesday evening dug in around Kut and were still there on "
            "Wednesday, the magazine reported.")
    assert _starts(text, gazetteer, "2021-05-14")["Kut"] == "2021-05-12"


def test_a_day_before_the_place_with_no_relative_clause_keeps_it(gazetteer):
    text = ("Soldiers dug in around Kut on Tuesday evening and were still there on Wednesday, the magazine "
            "reported.")
    assert _starts(text, gazetteer, "2021-05-14")["Kut"] == "2021-05-11"
