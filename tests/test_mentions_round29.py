"""Place mentions, round 29: a capital a visit goes to is a place ("visited Baku, Guba and Ganja", "visited Baku on
15 May and Yerevan on 16 May"), not its government."""

import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2024, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, cities", [
    ("Last spring four students from Tbilisi visited Baku, Shaki and Ganja for a week.", {"Baku"}),
    ("The co-chairs visited Yerevan on 3 March and Baku on 5 March before returning to Vienna.", {"Yerevan", "Baku"}),
    ("The singer, who had visited Yerevan twice before, gave a concert at the stadium.", {"Yerevan"}),
    ("The delegation will be visiting Baku and Yerevan next week.", {"Baku", "Yerevan"}),
])
def test_a_capital_a_visit_goes_to_is_a_place(gazetteer, text, cities):
    found = places(text, gazetteer)
    assert cities <= found, found


def test_a_capital_talked_with_is_still_its_government(gazetteer):
    found = places("The envoy said talks with Baku would go on and visited no one.", gazetteer)
    assert "Baku" not in found, found
