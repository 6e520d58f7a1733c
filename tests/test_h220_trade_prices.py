"""A trade's line with its prices names no event: each price may follow its item with "at" ("X shop, 12 jars at 5
manat; the Y grocer, two jars at 6 manat"), and nuts sold "in shell" tell no fire. A shell that hits, shelling told
or a single price in news keep the place."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 4, 14)


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def test_an_accounts_line_with_prices_after_at_is_no_event(gazetteer):
    assert not _events("Still owed: Barda shop, 12 jars at 5 manat; the Tartar grocer, two jars at 6 manat.", gazetteer)


def test_nuts_in_shell_sold_at_a_price_are_no_event(gazetteer):
    assert not _events("The rest of the walnuts, 80 kilos in shell, went to the baker in Barda at 7 manat a kilo.",
                       gazetteer)
    assert not _events("Almonds in the shell went to the grocer in Gabala at 9 manat a kilo.", gazetteer)


def test_a_shell_that_hits_keeps_the_place(gazetteer):
    events = _events("The walnuts went to the baker in Barda at 7 manat a kilo, a day before a shell hit his yard.",
                     gazetteer)
    assert [e["place"] for e in events] == ["Barda"]
    events = _events("Shelling in Tartar, 80 kilos at 7 manat a kilo lost.", gazetteer)
    assert [e["place"] for e in events] == ["Tartar"]
