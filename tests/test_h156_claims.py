"""Who claims it: a leader naming some of a district's villages ("He named four of the district's villages: A and
B") names them in his own list, told on a line of its own too; a surname after a lower-case particle closing the
sentence ("..., el-Said said") is a speaker; agencies that speak for themselves ("relief agencies say") are the
claimant; a paper the writer heard through someone ("The X, as a friend heard it quoted on the radio,
reported") still reports it; and a nation's reports with no other word ("Azerbaijani news reports say") are its press."""

from functools import partial

from geo.extract.actors import canonical_actor
from tests.helpers import claimant_of

claimant = partial(claimant_of, published="2020-10-21")


def test_some_of_the_districts_villages_named_on_a_line_of_their_own(gazetteer):
    text = ("President Ilham Aliyev said on Tuesday that the army had retaken the town of Zangilan.\n"
            "He named three of the district's villages retaken with it: Sharifan, Mammadbayli and Aghband.")
    assert "Aliyev" in claimant("Sharifan", text, gazetteer)


def test_villages_named_after_someone_are_no_list_of_his(gazetteer):
    text = ("The president spoke in the capital on Tuesday.\n"
            "The council named two of the district's streets after fallen soldiers in Sharifan.")
    assert "Aliyev" not in claimant("Sharifan", text, gazetteer)


def test_a_surname_after_a_particle_closing_the_sentence_speaks(gazetteer):
    text = "Those who reach the far bank are driven about 100 kilometres to Imishli, el-Masri said."
    assert claimant_of("Imishli", text, gazetteer, published="1993-10-28") == "el-Masri"


def test_a_lower_case_word_closing_the_sentence_is_no_speaker(gazetteer):
    text = "Those who reach the far bank are driven about 100 kilometres to Imishli, the road said."
    assert claimant_of("Imishli", text, gazetteer, published="1993-10-28") == ""


def test_relief_agencies_closing_the_sentence_claim_it(gazetteer):
    text = "Some 10,000 people were taken back across the border to a camp near Imishli, relief agencies say."
    assert claimant_of("Imishli", text, gazetteer, published="1993-11-01") == "relief agencies"


def test_relief_agencies_after_an_opening_time_phrase_claim_it(gazetteer):
    text = "Early in the week, relief agencies said that 30,000 more people were on their way to the camps at Imishli."
    assert claimant_of("Imishli", text, gazetteer, published="1993-11-13") == "relief agencies"


def test_a_nations_reports_are_its_press():
    assert canonical_actor("Azerbaijani news reports") == "Azerbaijani media"
    assert canonical_actor("Armenian reports") == "Armenian media"


def test_a_bodys_reports_stay_the_bodys():
    assert canonical_actor("Armenian government reports") == "Armenian government"
    assert canonical_actor("news reports") is None


def test_a_paper_heard_through_a_friend_still_reports_it(gazetteer):
    text = ("The Boston Globe, as a neighbour heard it quoted on the radio, reported that troops took Zangilan on "
            "Friday.")
    assert "Boston Globe" in claimant_of("Zangilan", text, gazetteer, published="1993-11-01")


def test_a_thing_heard_described_is_no_report(gazetteer):
    text = "The road, as a neighbour heard it described, was closed near Zangilan on Friday."
    assert "road" not in claimant_of("Zangilan", text, gazetteer, published="1993-11-01").lower()


def test_a_nations_reports_of_the_day_are_its_press():
    assert canonical_actor("Armenian reports at the time") == "Armenian media"
