"""Readings from heldout104 (articles looking back on 1989-1992): a full date after a place's apposition dates the
event, not the day the report was made; a full date in the place's own relative clause beats the day of a
commemoration held for it; an old history goes on into the next sentence even when a page sets each sentence in a
paragraph of its own; "that winter" points back to the year named before."""

from tests.helpers import rows


def _dates(text, gazetteer, published):
    return {r["place_name"]: r["start_date"] for r in rows(text, gazetteer, published)}


def test_full_date_after_an_apposition_beats_the_report_day(gazetteer):
    text = "Report.az wrote on Saturday that Armenian units captured Talish, near Madagiz, on 3 October 1992."
    assert _dates(text, gazetteer, "2020-12-14")["Talish"] == "1992-10-03"


def test_report_day_kept_without_a_year_after_the_apposition(gazetteer):
    text = "Report.az wrote on Saturday that Armenian units captured Talish, near Madagiz, on 3 October."
    assert _dates(text, gazetteer, "2020-12-14")["Talish"] == "2020-12-12"


def test_full_date_in_the_places_own_relative_clause(gazetteer):
    text = ("The community held a meeting on Thursday for Khojavend, which the community said had been seized by "
            "Armenian units on 2 October 1992.")
    assert _dates(text, gazetteer, "2015-12-05")["Khojavend"] == "1992-10-02"


def test_old_history_goes_on_into_the_next_one_sentence_paragraph(gazetteer):
    text = ("The road to the village had been cut since November 1991.\n\n"
            "The last lorry to Shusha was stopped on 20 January 1992, the paper recalled.\n\n"
            "On 4 February shells hit Aghdam, the paper wrote.")
    assert _dates(text, gazetteer, "2021-02-12")["Aghdam"] == "1992-02-04"


def test_news_of_the_month_after_a_distant_paragraph_stays_todays(gazetteer):
    text = ("The last lorry to Shusha was stopped on 20 January 1992, the paper recalled.\n\n"
            "The shop opens late on Mondays.\n\n"
            "On 4 February shells hit Aghdam, the paper wrote.")
    assert _dates(text, gazetteer, "2021-02-12")["Aghdam"] == "2021-02-04"


def test_that_winter_points_back_to_the_year_named(gazetteer):
    text = ("In 1993 the school's cellar was a shelter for the street.\n\n"
            "In a letter written that winter, a teacher said Martuni had been shelled since 12 January.")
    assert _dates(text, gazetteer, "2013-05-10")["Khojavend"] == "1993-01-12"


def test_without_that_winter_the_day_is_read_against_publication(gazetteer):
    text = ("In 1993 the school's cellar was a shelter for the street.\n\n"
            "In a letter written on Monday, a teacher said Martuni had been shelled since 12 January.")
    assert _dates(text, gazetteer, "2013-05-10")["Khojavend"] != "1993-01-12"


def test_a_history_not_told_as_recalled_does_not_carry_into_the_next_paragraph(gazetteer):
    text = ("The last lorry to Shusha was stopped on 20 January 1992.\n\n"
            "On 4 February shells hit Aghdam, the paper wrote.")
    assert _dates(text, gazetteer, "2021-02-12")["Aghdam"] == "2021-02-04"
