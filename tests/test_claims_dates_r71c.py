"""News agencies named by their kind alone: "News agencies reported an assault on X", "..., the agencies said" or
"wire services said" give the wires' account, as the sets annotate an unnamed source by what the article calls it
("news agencies"), not the article's own voice. Only the press's agencies are read so: "aid agencies" or "the
emergency services" name no wire, and stay what they were."""

import datetime as dt

from tests.helpers import claimant_of

PUBLISHED = dt.date(1993, 4, 8)


def test_news_agencies_opening_a_sentence_claim_it(gazetteer):
    text = "News agencies reported a heavy assault with tanks on the town of Fuzuli, with at least 30 people killed."
    assert "agencies" in claimant_of("Fuzuli", text, gazetteer, published=PUBLISHED).lower()


def test_the_agencies_closing_a_sentence_claim_it(gazetteer):
    text = "Fighting broke out in the streets of Tartar after some 800 armed men attacked it, the agencies said."
    assert "agencies" in claimant_of("Tartar", text, gazetteer, published=PUBLISHED).lower()


def test_wire_services_claim_it(gazetteer):
    text = "Wire services said shells fell on Beylagan overnight."
    assert "services" in claimant_of("Beylagan", text, gazetteer, published=PUBLISHED).lower()


def test_aid_agencies_are_no_wires(gazetteer):
    # (the aid agencies speak for themselves, as aid workers do: never the news agencies)
    text = "Aid agencies said shells fell on Beylagan overnight."
    assert claimant_of("Beylagan", text, gazetteer, published=PUBLISHED).lower() in ("", "aid agencies")
