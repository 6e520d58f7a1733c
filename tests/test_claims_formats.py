"""Claims in the forms news gives them beyond the plain sentence: a live blog's entries opening with their time,
a press conference's transcript whose answers are the speaker's, and two sides named with "both" that accuse each
other (one claim per side, never one for both)."""

import pytest

from geo.extract.claims import bodies_named, briefing_speaker
from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place, expected", [
    ("11:15 — Armenia's defence ministry rejects this and says Azerbaijani drones struck a post near Jermuk.",
     "Jermuk", "Armenian MoD"),
    ("[14:05] The Azerbaijani Defence Ministry denies this and says its positions near Lachin came under fire.",
     "Lachin", "Azerbaijani MoD"),
    ("9.15am: Residents of Tartar tell AFP that shells fell near the market.", "Tartar", "residents"),
])
def test_a_live_blog_entry_s_time_is_not_part_of_its_speaker(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_a_transcript_s_answers_are_the_briefing_speaker_s(gazetteer):
    text = ("Transcript of the briefing by Armenian Defence Ministry spokesman Aram Torosyan.\n\n"
            "Q: Was Tegh shelled last night?\n\n"
            "A: Yes. Azerbaijani units fired mortars at the outskirts of Tegh at about 2 a.m.; nobody was hurt.")
    assert all_claimants(text, gazetteer)["Tegh"] == ["Armenian MoD"]      # the question reports nothing


def test_the_question_s_source_stays_the_question_s(gazetteer):
    text = ("Excerpts from the news conference given by Foreign Minister Jeyhun Bayramov.\n\n"
            "Q: Armenian media say Azerbaijani troops fired on Sotk. Is that so?\n\n"
            "A: Armenian units opened fire on our positions near Kalbajar first.")
    found = all_claimants(text, gazetteer)
    assert found["Sotk"] == ["Armenian media"]
    assert found["Kalbajar"] == ["Azerbaijani government (Foreign Ministry)"]


def test_an_a_that_is_no_answer_line_takes_no_speaker(gazetteer):
    text = ("The news conference of Foreign Minister Ararat Mirzoyan ended at noon.\n\n"
            "A convoy of lorries reached Goris in the evening.")
    assert all_claimants(text, gazetteer)["Goris"] == [""]


@pytest.mark.parametrize("text, place", [
    ("Both Baku and Yerevan accused each other of opening fire near Sotk first.", "Sotk"),
    ("Both Yerevan and Baku blamed each other for the shooting near Kut.", "Kut"),
])
def test_both_sides_named_claim_one_row_each(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place] == ["Armenian government", "Azerbaijani government"]


@pytest.mark.parametrize("text, place, expected", [
    ("Russia's defence ministry said in its daily bulletin that peacekeepers had recorded a ceasefire violation near "
     "Shusha.", "Shusha", "Russian MoD"),
    ("The Armenian Defence Ministry told journalists on Friday that its observers had registered mortar fire near "
     "Khoznavar and Sotk.", "Sotk", "Armenian MoD"),
    ("The ombudswoman Anahit Manasyan stated in her report that villagers had reported looting in Tegh.", "Tegh",
     "Armenian Human Rights Defender"),
])
def test_what_a_speaker_says_others_reported_is_the_speaker_s_claim(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_an_outlet_relaying_a_speaker_leaves_the_claim_to_the_speaker(gazetteer):
    text = "Armenpress reported that the Armenian Defence Ministry said Azerbaijani troops fired at Sotk."
    assert all_claimants(text, gazetteer)["Sotk"] == ["Armenian MoD"]


@pytest.mark.parametrize("text, place, expected", [
    ('"They fired at Sotk all night," said one resident.', "Sotk", "residents"),
    ('"A shell fell behind the school in Tegh," said another villager. "We hid in the cellar."', "Tegh", "residents"),
    ('"The road to Kapan is shut again," said a lorry driver, waiting in the queue.', "Kapan", "residents (drivers)"),
])
def test_one_of_a_group_named_after_the_quotation_speaks_for_the_group(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place, expected", [
    ("The de facto authorities in Stepanakert denied that their forces had fired on Aghdam and said Azerbaijani "
     "troops had shelled Askeran.", "Askeran", "Nagorno-Karabakh authorities"),
    ("The Azerbaijani Defence Ministry insisted that its soldiers had held their fire and said Armenian units had "
     "shelled Zangilan.", "Zangilan", "Azerbaijani MoD"),
])
def test_a_denial_and_a_second_statement_are_one_speaker_s(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_an_interview_s_answers_are_the_interviewee_s(gazetteer):
    text = ("We spoke to Gohar Petrosyan, 61, a baker who has lived in the village since childhood.\n\n"
            "Q: What happened on Tuesday?\n"
            "A: Shells hit two houses in Sotk after midnight.\n\n"
            "Q: And the road?\n"
            "A: The buses to Vardenis stopped running for two days.")
    found = all_claimants(text, gazetteer)
    assert found["Sotk"] == ["residents (Gohar Petrosyan)"]
    assert found["Vardenis"] == ["residents (Gohar Petrosyan)"]


def test_an_interview_s_answers_are_the_person_its_introduction_presents(gazetteer):
    text = ("The pass was closed for most of that winter. Narine Hakobyan, now 68, was a bus driver in Ijevan.\n\n"
            "Q: What do you remember?\n"
            "A: The buses to Dilijan stopped in December.\n\n"
            "Q: And after that?\n"
            "A: Lorries came through Noyemberyan again in March.")
    found = all_claimants(text, gazetteer)
    assert "Narine Hakobyan" in found["Dilijan"][0]
    assert "Narine Hakobyan" in found["Noyemberyan"][0]


def test_a_person_presented_with_an_age_inside_an_answer_does_not_take_it_over(gazetteer):
    text = ("We spoke to Gohar Petrosyan, 61, a baker in the village.\n\n"
            "Q: Who else stayed?\n"
            "A: My neighbour Ashot Sargsyan, 70, was a driver. The buses to Vardenis stopped running for two days.")
    assert all_claimants(text, gazetteer)["Vardenis"] == ["residents (Gohar Petrosyan)"]


def test_a_person_presented_with_an_age_between_answers_does_not_replace_the_briefing_s_speaker(gazetteer):
    text = ("Transcript of the briefing by Azerbaijani Defence Ministry spokesman Anar Eyvazov.\n\n"
            "Q: Was Tartar hit?\n\n"
            "A: Mortar rounds landed near Tartar before dawn.\n\n"
            "Rustam Aliyev, 45, a farmer from the district, watched the briefing on television.\n\n"
            "Q: And Aghjabadi?\n\n"
            "A: Drones were seen over Aghjabadi at noon.")
    found = all_claimants(text, gazetteer)
    assert found["Tartar"] == ["Azerbaijani MoD"]
    assert found["Aghjabadi"] == ["Azerbaijani MoD"]


def test_a_spokesperson_s_answer_runs_over_the_lines_of_its_block(gazetteer):
    text = ("The OSCE Minsk Group co-chairs met the press in Paris. The answers were given by a spokesman for the "
            "co-chairs' team.\n\n"
            "QUESTION (a French daily): Where did the co-chairs go?\n"
            "SPOKESMAN: First to Baku.\n"
            "Then the co-chairs drove on to Shusha and spent a day in Lachin.\n\n"
            "A convoy of lorries reached Goris in the evening.")
    found = all_claimants(text, gazetteer)
    assert found["Shusha"] == ["OSCE Minsk Group"]
    assert found["Lachin"] == ["OSCE Minsk Group"]
    assert found["Goris"] == [""]          # after a blank line: the article's own words again


@pytest.mark.parametrize("sentence, speaker", [
    ("The news conference hosted by Defence Ministry spokeswoman Lilit Avetisyan, on Monday, was short.",
     "Defence Ministry spokeswoman Lilit Avetisyan"),
    ("After the briefing the questions were answered by Deputy Foreign Minister Elnur Mammadov, who took ten.",
     "Deputy Foreign Minister Elnur Mammadov"),
    ("I interviewed Narine Sargsyan in her shop in the market.", "Narine Sargsyan"),
    # the speaker's name ends where the sentence goes on
    ("The press conference hosted by the mayor of Gavar lasted forty minutes.", "the mayor of Gavar"),
    ("A briefing given by the deputy governor yesterday dealt with the roads.", "the deputy governor"),
    ("The people of Tegh talked about the winter.", ""),        # no briefing, no interview
])
def test_a_briefing_s_speaker_in_other_words(sentence, speaker):
    assert briefing_speaker(sentence) == speaker


@pytest.mark.parametrize("sentence", [
    "The Armenian Foreign Ministry hasn't replied to the request.",
    "The State Border Service of Azerbaijan did not respond to questions.",
    "The Azerbaijani Defence Ministry was not available for comment.",
])
def test_a_body_that_kept_silent_is_not_the_one_a_later_noun_names(sentence):
    """A body named only to say it kept silent, in any wording, is not what a later "the ministry said" stands for."""
    assert bodies_named(sentence) == {}


def test_a_body_that_spoke_is_the_one_a_later_noun_names():
    assert bodies_named("The Armenian Foreign Ministry said the request had arrived.") == {
        "ministry": "Armenian government (Foreign Ministry)"}


@pytest.mark.parametrize("text, place", [
    ("My cousin in Sisian wrote that the road to Goris was shelled twice in March.", "Goris"),
    ("My brother in Ijevan said the bus to Vardenis had not come for a week.", "Vardenis"),
    ("His sister said the bus to Vardenis had not come for a week.", "Vardenis"),
    ("Her neighbour told us that shells fell near the school in Tegh.", "Tegh"),
    ("My uncle wrote that the road to Berd was closed again.", "Berd"),
])
def test_an_unnamed_relative_or_neighbour_speaks_as_a_resident(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place][0].startswith("residents (")


def test_our_neighbours_are_no_residents(gazetteer):
    """"Our neighbours" in a speech is a state as often as the people next door: no residents' claim."""
    assert all_claimants("Our neighbours said artillery had hit Berd overnight.", gazetteer)["Berd"] == [""]


def test_a_capital_only_for_the_sentence_is_still_no_relative(gazetteer):
    """A plain noun phrase opening the sentence stays no speaker: only a relative or a neighbour is one."""
    assert all_claimants("Two previous truces announced in Sochi had collapsed near Tegh.", gazetteer)["Tegh"] == [""]
