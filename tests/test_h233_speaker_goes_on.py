"""A speaker going on ("He added that ...") keeps the claim when an outlet closes the sentence ("..., according to
X"): the outlet only carried his words, as after "he said that"."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 5, 10)


def _claims(text, gazetteer):
    return {e["place_name"]: e["claimed_by"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_he_added_then_according_to_an_outlet(gazetteer):
    claims = _claims("Hikmet Hajiyev told a forum in Baku on Monday that works had begun in Aghdam. He added that "
                     "families had moved back to Talish and Madagiz, according to Azertac.", gazetteer)
    assert claims["Talish"] == claims["Madagiz"]
    assert "Hikmet Hajiyev" in claims["Talish"]


def test_the_ministry_added_on_a_day_that(gazetteer):
    claims = _claims("The Azerbaijani defence ministry added on Tuesday that mines had been cleared near Talish, "
                     "according to Azertac.", gazetteer)
    assert claims["Talish"] == "Azerbaijani MoD"


def test_an_outlet_alone_keeps_its_report(gazetteer):
    # (no speaker going on: the outlet is the source)
    claims = _claims("Families had moved back to Talish, according to Azertac.", gazetteer)
    assert claims["Talish"] == "Azerbaijani media"


def test_added_to_a_list_is_no_speaking(gazetteer):
    # ("added" of a thing, with "that" a relative pronoun further on: the closing source stays the claimant)
    claims = _claims("The agency added two villages to the list that it had drawn up for Talish, according to "
                     "Azertac.", gazetteer)
    assert claims.get("Talish") != "agency"
