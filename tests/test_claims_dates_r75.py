"""Who tells an account, read from the way sources are named: a journalist of a paper named after its kind ("a
reporter at the Goris weekly Syunik Echo") speaks as that paper's journalist, the paper named first, and a paper's
wire service ("the Washington Post service") is that paper's news service; reference works ("reference works say",
"encyclopaedias in other languages give 1993 as the year") are a source of their own, and a source that gives a day
"as the date" of an event makes the claim even inside another speaker's words ("the historian said that Armenian
sources give 2 April as the date"); unnamed reports "from the south of the country" are the press, where they came
from no source; a present-tense "argues that" opens a speaker's words as "argued" does, so "He writes" after it is
that writer; and the people a clause "made fear that" something would follow are no speakers."""

from tests.helpers import claimant_of


def test_journalist_of_a_paper_named_after_its_kind(gazetteer):
    text = ("A reporter at the Goris weekly Syunik Echo told the agencies on Sunday that soldiers were patrolling "
            "the roads around Kornidzor.")
    who = claimant_of("Kornidzor", text, gazetteer, published="2021-06-10")
    assert who == "Syunik Echo reporter"


def test_correspondent_for_a_named_daily(gazetteer):
    text = "A correspondent for the daily Caucasus Courier said on Sunday that shots were fired near Tegh."
    assert "Caucasus Courier" in claimant_of("Tegh", text, gazetteer, published="2021-06-10")


def test_a_paper_itself_is_not_made_a_journalist(gazetteer):
    text = "The daily Caucasus Courier reported on Sunday that shots were fired near Tegh."
    assert "correspondent" not in (claimant_of("Tegh", text, gazetteer, published="2021-06-10") or "")


def test_a_papers_wire_service_is_its_news_service(gazetteer):
    text = ("The rail line through Ijevan was closed to freight on Sunday night, according to the Boston Globe "
            "service.")
    assert claimant_of("Ijevan", text, gazetteer, published="2021-06-10") == "Boston Globe News Service"


def test_reference_works_say(gazetteer):
    text = "The road runs past a small village, and reference works say Armenian forces have held Karki since 1992."
    who = claimant_of("Karki", text, gazetteer, published="2021-06-10")
    assert who and "reference works" in who.lower()


def test_encyclopaedias_give_the_year(gazetteer):
    text = "Encyclopaedias in other languages give April 1993 as the date on which Armenian forces took Kalbajar."
    who = claimant_of("Kalbajar", text, gazetteer, published="2021-06-10")
    assert who and who.lower().startswith("encyclopaedias")


def test_sources_that_date_an_event_inside_a_speakers_words(gazetteer):
    text = ("The historian told the panel that Armenian sources give 2 April 1993 as the date on which the "
            "fighting reached Kalbajar.")
    assert claimant_of("Kalbajar", text, gazetteer, published="2021-06-10") == "Armenian government"


def test_a_speaker_relaying_plain_words_stays_the_speaker(gazetteer):
    text = "The historian told the panel that the fighting reached Kalbajar on 2 April 1993."
    assert "Armenian" not in (claimant_of("Kalbajar", text, gazetteer, published="2021-06-10") or "")


def test_reports_from_a_region_are_the_press(gazetteer):
    text = "According to reports from the south of the country, angry crowds in Fuzuli forced officials to flee."
    assert claimant_of("Fuzuli", text, gazetteer, published="2021-06-10") == "media"


def test_reports_from_a_ministry_stay_the_ministrys(gazetteer):
    text = ("According to reports from the Azerbaijani defence ministry, two soldiers were wounded near Fuzuli "
            "on Sunday.")
    assert claimant_of("Fuzuli", text, gazetteer, published="2021-06-10") == "Azerbaijani MoD"


def test_argues_then_he_writes_is_the_writer(gazetteer):
    text = ("In 2019 a police colonel, Artur Vardanyan, told reporters that the road had reopened. In a new "
            "essay the historian Samir Guliyev argues that the blockade of Ordubad began earlier. He writes that "
            "the trains through Julfa were stopped for weeks.")
    assert "Samir Guliyev" in claimant_of("Julfa", text, gazetteer, published="2021-06-10")


def test_people_made_to_fear_are_no_speakers(gazetteer):
    text = ("A teacher, Lilit Hakobyan, told the agency that the posts were gone. She added that soldiers were "
            "patrolling the pastures near Sadarak, which made people fear that force would follow.")
    assert "Lilit Hakobyan" in claimant_of("Sadarak", text, gazetteer, published="2021-06-10")
