"""Dates: the day right after a document's signing ("the decree signed yesterday") dates the document, not the place
the sentence tells of, when the sentence states another day; a decree's day alone still dates its place."""

from tests.helpers import rows


def _dates(text, gazetteer, published):
    return {r["place_name"]: r["start_date"] for r in rows(text, gazetteer, published)}


def test_the_day_a_decree_was_signed_yields_to_the_curfew_s_own_day(gazetteer):
    text = ("Starting tonight, under the emergency decree signed yesterday, a night curfew is in force in Ganja and "
            "Barda.")
    found = _dates(text, gazetteer, "2020-09-28")
    assert found["Ganja"] == "2020-09-28" and found["Barda"] == "2020-09-28"


def test_an_order_issued_on_a_weekday_yields_too(gazetteer):
    text = "Under the order issued on Sunday, checkpoints went up around Ganja today."
    assert _dates(text, gazetteer, "2020-09-29")["Ganja"] == "2020-09-29"


def test_a_decree_s_day_alone_still_dates_its_place(gazetteer):
    # negative: no other day in the sentence, the signing day is the only one told
    text = "A decree signed yesterday put Ganja under a night curfew."
    assert _dates(text, gazetteer, "2020-09-28")["Ganja"] == "2020-09-27"


def test_a_day_after_a_place_not_a_document_keeps_its_reading(gazetteer):
    # negative: "shelled yesterday" is the place's own day, not a document's signing
    text = "Ganja was shelled yesterday, and tonight a curfew starts in Barda."
    assert _dates(text, gazetteer, "2020-10-05")["Ganja"] == "2020-10-04"
