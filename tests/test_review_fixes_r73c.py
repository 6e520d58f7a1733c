"""Sentences where the r73 and r74 rules of documents, records and yearless days misfired: "In a letter dated 3 May,
the mayor of Tovuz asked for help. Shells hit Tartar yesterday, police said." and "The ministry published a statement
dated 2 May. Shells hit Tartar yesterday, police said." (yesterday was counted from the letter's or the statement's
day, not publication's); "Hospital records that survived the shelling of Tartar show 40 wounded." and "The ministry
keeps records that list every shell that fell on Tartar." (the noun "records" before a clause of its own was read
as a telling verb, with "Hospital" and "ministry keeps" as claimants); and "Since 2016 the market in Chinari has been
shelled. The governor is expected in Chinari on 2 July." and "... The checkpoint near Chinari reopens on 2 July."
(a plan told in the present, days after publication, was put back a year because an earlier year was written)."""

from tests.helpers import claimant_of, rows


def _starts(text, gazetteer, published):
    return {c["place_name"]: str(c["start_date"]) for c in rows(text, gazetteer, published)}


def test_a_letter_dated_a_day_inside_a_clause_is_no_description(gazetteer):
    text = "In a letter dated 3 May, the mayor of Tovuz asked for help. Shells hit Tartar yesterday, police said."
    assert _starts(text, gazetteer, "2020-05-05")["Tartar"] == "2020-05-04"


def test_another_s_telling_after_a_dated_statement_counts_from_publication(gazetteer):
    text = "The ministry published a statement dated 2 May. Shells hit Tartar yesterday, police said."
    assert _starts(text, gazetteer, "2020-05-05")["Tartar"] == "2020-05-04"


def test_another_s_telling_after_a_described_letter_counts_from_publication(gazetteer):
    text = "Typed letter dated 3 May 1994, one page. Shells hit Tartar yesterday, police said."
    assert _starts(text, gazetteer, "2020-05-05")["Tartar"] == "2020-05-04"


def test_records_that_survived_are_no_telling(gazetteer):
    text = "Hospital records that survived the shelling of Tartar show 40 wounded."
    assert "Hospital" not in (claimant_of("Tartar", text, gazetteer, "2020-05-05") or "")


def test_records_that_a_body_keeps_are_no_telling(gazetteer):
    text = "The ministry keeps records that list every shell that fell on Tartar."
    assert "keeps" not in (claimant_of("Tartar", text, gazetteer, "2020-05-05") or "")


def test_a_chronicle_that_records_that_still_tells(gazetteer):
    text = "An Armenian chronicle of the war records that Tartar was shelled on 3 May."
    assert "chronicle" in claimant_of("Tartar", text, gazetteer, "2020-05-05")


def test_a_plan_told_in_the_present_after_an_earlier_year_stays_ahead(gazetteer):
    text = "Since 2016 the market in Chinari has been shelled. The governor is expected in Aygepar on 2 July."
    assert _starts(text, gazetteer, "2020-06-25")["Aygepar"] == "2020-07-02"
    text = "Since 2016 the market in Chinari has been shelled. The checkpoint near Aygepar reopens on 2 July."
    assert _starts(text, gazetteer, "2020-06-25")["Aygepar"] == "2020-07-02"


def test_a_past_day_after_an_earlier_year_is_still_that_year_s(gazetteer):
    text = "Since 2016 the market in Chinari has been shelled. Shells fell on Aygepar on 2 July."
    assert _starts(text, gazetteer, "2020-06-25")["Aygepar"] == "2019-07-02"
