"""A drink, a syrup, a jam or sweets named after a town ("the old X summer drink", "Y quince jam") is a kitchen's
product, no event at the town; where it is made or sold ("the X jam factory") stays a place."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 12, 22)


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def test_a_towns_drink_or_preserve_is_no_event(gazetteer):
    assert not _events("A spoonful in cold water makes the old Lankaran summer drink, and in tea the winter one.",
                       gazetteer)
    assert not _events("Grandmother still keeps a jar of Shaki sweets for the guests.", gazetteer)
    assert not _events("Nothing beats a spoonful of Ordubad quince jam in winter.", gazetteer)


def test_a_factory_of_the_product_stays_a_place(gazetteer):
    events = _events("Shells hit the Lankaran jam factory on Monday.", gazetteer)
    assert [(e["place"], e["layer"], str(e["start_date"])) for e in events] == \
        [("Lankaran", "shelling", "2023-12-18")]
