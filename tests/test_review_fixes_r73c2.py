"""Sentences where the r73c2 rules misfired: a described report "says" one place was calm "but villagers told us"
or "while Colonel X said" another was shelled (the later teller's place was given to the report); "In Tavush the
village head said" (a province made a village with a head); "UPDATE (reader note): ..." (a heading read as a
caller's name); a caller "ARMEN (caller, Berd)" in an article that also names "Armen Street" (the street taken for
the caller's full name); and a caller labelled in ordinary capitals, "Lilit (caller, Berd): ...", not read as the
caller at all."""

from tests.helpers import claimant_of, rows

AID = "2019-01-01"


def pairs(text, gazetteer, published="2021-01-01"):
    return [(c["place_name"], c["claimed_by"]) for c in rows(text, gazetteer, published)]


def test_a_later_teller_after_the_described_report_keeps_its_own_place(gazetteer):
    text = ("Box 3, file 9. Report dated 3 March 1993. The report says Tegh was calm, but villagers told us shells "
            "hit Berd.")
    assert pairs(text, gazetteer, AID) == [("Tegh", "report"), ("Berd", "residents")]
    text = ("Box 3, file 9. Report dated 3 March 1993. The report says Tegh was calm, while Colonel Ara Mkrtchyan "
            "said shells hit Berd.")
    assert pairs(text, gazetteer, AID) == [("Tegh", "report"), ("Berd", "Colonel Ara Mkrtchyan")]


def test_a_named_body_after_the_described_report_is_not_the_report(gazetteer):
    text = ("Box 3, file 9. Report dated 3 March 1993. The report says Tegh was calm, while the Azerbaijani defence "
            "ministry said shells hit Berd.")
    assert pairs(text, gazetteer, AID) == [("Tegh", "report"), ("Berd", "Azerbaijani MoD")]


def test_a_province_opening_the_sentence_has_no_village_head(gazetteer):
    text = "In Tavush the village head said shells hit houses overnight."
    assert claimant_of("Tavush Province", text, gazetteer, "2021-01-01") == "local officials"


def test_a_heading_with_a_note_in_brackets_is_no_caller(gazetteer):
    text = "Phone-in.\n\nUPDATE (reader note): Shooting near Berd was reported overnight."
    assert claimant_of("Berd", text, gazetteer, "2021-01-01") != "Update"


def test_a_street_named_for_the_caller_s_first_name_is_not_the_caller(gazetteer):
    text = ("Phone-in with residents of Armen Street.\n\n"
            "ARMEN (caller, Berd): We hear shooting near Berd every night.")
    assert claimant_of("Berd", text, gazetteer, "2021-01-01") == "Armen"


def test_a_caller_labelled_in_ordinary_capitals_is_that_caller(gazetteer):
    text = "Phone-in.\n\nLilit (caller, Berd): We hear shooting near Berd every night."
    assert claimant_of("Berd", text, gazetteer, "2021-01-01") == "Lilit"
    text = "Phone-in.\n\nMariam (listener): Shells fell on Koti last night."
    assert claimant_of("Koti", text, gazetteer, "2021-01-01") == "Mariam"
