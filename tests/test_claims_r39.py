"""Who claims what an article does not attribute sentence by sentence: a statement printed between quote marks
after a paragraph naming its issuer, an interview's unlabelled answers after "Q." lines, a bare "the Defence
Ministry" after the article marked the other capital's ("In Baku, ..."), a digest's sections of one country's
papers, and papers named by their nation or capital and kind."""

from functools import partial

from bench.eval_extract import _loose
from tests.helpers import claimant_of

DAY = "2024-05-20"
_claimant = partial(claimant_of, published=DAY)


def test_a_quoted_statement_announced_with_its_issuer_is_the_issuer_s(gazetteer):
    text = ("Border text agreed\n"
            "The paper prints below the statement issued on Monday by the office of Deputy Prime Minister Shahin "
            "Mustafayev after the talks.\n"
            "\"The commissions met on the border on 15 May.\n"
            "They agreed the line between Kheyrimli and Kirants.\n"
            "The next meeting will be set later.\"\n"
            "Farmers in Voskepar said they would wait and see.\n")
    assert _loose(_claimant("Kirants", text, gazetteer), "Shahin Mustafayev")


def test_a_quote_announced_without_an_issuer_gives_no_claimant(gazetteer):
    text = ("Border text agreed\n"
            "The paper prints below what was read out at the meeting.\n"
            "\"The commissions agreed the line between Kheyrimli and Kirants.\"\n")
    assert _claimant("Kirants", text, gazetteer) == ""


def test_an_interview_s_unlabelled_answers_are_the_interviewee_s(gazetteer):
    text = ("A farmer on the lake\n"
            "Interview by our correspondent.\n"
            "Aram Petrosyan, 61, has kept bees above Verishen for thirty years.\n"
            "Q. What did you see that morning?\n"
            "Soldiers were digging in on the shore of Sev Lake.\n"
            "They did not fire.\n"
            "Q. And later?\n"
            "My cousin ran down from the pastures and said the track to Goris was closed.\n")
    assert _loose(_claimant("Sev Lich", text, gazetteer), "residents")
    assert _loose(_claimant("Goris", text, gazetteer), "residents")


def test_the_defence_ministry_unmarked_after_in_baku_is_the_other_side_s(gazetteer):
    text = ("Border live\n"
            "In Baku, the Defence Ministry repeated that its units near Lachin had not crossed the border.\n"
            "The Defence Ministry reports that troops remain at Sev Lake.\n")
    assert _loose(_claimant("Sev Lich", text, gazetteer), "Armenian Defence Ministry")


def test_a_digest_section_of_one_country_s_papers_is_that_press(gazetteer):
    text = ("PRESS REVIEW\n"
            "What the Russian, Georgian and Iranian papers said this week\n"
            "Compiled by the review desk.\n"
            "The border lake filled the front pages again; short summaries follow.\n"
            "RUSSIAN PRESS\n"
            "Izvestia wrote on Friday that the talks went on.\n"
            "The paper said troops stood near Sev Lake.\n"
            "IRANIAN PRESS\n"
            "One paper wrote about queues of lorries at Agarak.\n")
    assert _loose(_claimant("Sev Lich", text, gazetteer), "Russian media")


def test_papers_named_by_nation_or_capital_and_kind_are_that_press(gazetteer):
    assert _loose(_claimant("Meghri", "The Tehran daily Shargh wrote that lorries still reached Meghri.", gazetteer),
                  "Iranian media")
    assert _loose(_claimant("Goris", "The Russian papers reported that shelling near Goris had stopped.",
                            gazetteer), "Russian media")


def test_an_outlet_named_after_its_city_on_the_byline_is_that_country_s(gazetteer):
    text = ("Troops at the lake\n"
            "Yerevan Daily Online | 14 May 2021 | by the politics desk\n"
            "The Defence Ministry said Azerbaijani soldiers were still standing at Sev Lake.\n")
    assert _loose(_claimant("Sev Lich", text, gazetteer), "Armenian Defence Ministry")


def test_a_reader_s_letter_told_in_the_first_person_is_a_resident_s(gazetteer):
    text = ("LETTERS\n"
            "The bus that never comes\n"
            "Dear Editor,\n"
            "My son has not been to school in Goris since the road was closed.\n"
            "Soldiers dug trenches near Sotk last week.\n"
            "Yours faithfully,\n"
            "A reader in Vardenis\n")
    assert _loose(_claimant("Goris", text, gazetteer), "residents")
    assert _claimant("Sotk", text, gazetteer) == ""      # what the writer tells of no one's life: unattributed


def test_a_reporter_s_first_person_outside_a_letter_is_no_resident_s(gazetteer):
    text = ("On the road\n"
            "By our correspondent\n"
            "We drove to Goris on Monday and found the road closed.\n")
    assert not _loose(_claimant("Goris", text, gazetteer), "residents")


def test_the_ombudsman_s_office_speaks_for_the_ombudsman(gazetteer):
    text = ("Fires on the border\n"
            "The ombudsman said shots were fired at Kut on Sunday.\n"
            "The ombudsman's office said soldiers had set fires near Sotk.\n")
    assert _loose(_claimant("Sotk", text, gazetteer), "Arman Tatoyan")


def test_the_village_head_named_once_is_that_person_later(gazetteer):
    text = ("Road above the village\n"
            "The village head, Gagik Sargsyan, said in June that soldiers were building a road.\n"
            "In September the village head said a fire near Sotk had been put out.\n")
    assert _claimant("Sotk", text, gazetteer) == "Gagik Sargsyan"


def test_the_man_quoted_is_a_resident(gazetteer):
    assert _loose(_claimant("Ijevan", "\"The road to Ijevan is still open,\" said the man, who gave only his first "
                                      "name.", gazetteer), "residents")


def test_a_named_district_s_authorities_are_local_officials(gazetteer):
    assert _loose(_claimant("Baganis Ayrim", "The Gazakh district authorities say the road to Baghanis Ayrim will be "
                                             "rebuilt after demining.", gazetteer), "local officials")
