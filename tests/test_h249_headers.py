"""A keeper's head names the keeper's home, not an event: kept at a tradesman's workshop ("Kept at the workshop of A B,
lute maker, Tovuz") or kept by someone of a district with no trade between ("Kept by A B, Goranboy district"), whose
name is then no village of that district. Sentences that tell harm done at the workshop or in the district keep it."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return extract_text(text, datetime.date(2020, 10, 12), gazetteer)


def _places(text, gazetteer):
    return {e["place"] for e in _events(text, gazetteer)}


def test_kept_at_a_tradesmans_workshop(gazetteer):
    assert _places("Kept at the workshop of Rauf Mammadov, lute maker, Tovuz.", gazetteer) == set()


def test_kept_by_someone_of_a_district(gazetteer):
    assert _places("Kept by Sevinj Huseynova, Goranboy district.", gazetteer) == set()


def test_written_by_someone_of_a_town_with_no_trade(gazetteer):
    assert _places("Written by Elnur Aliyev, Barda.", gazetteer) == set()


def test_the_workshop_shelled_keeps_the_town(gazetteer):
    events = _events("The workshop of Rauf Mammadov in Tovuz was hit by Armenian shelling on Sunday.", gazetteer)
    assert "Tovuz" in {e["place"] for e in events}


def test_the_district_shelled_by_name_keeps_it(gazetteer):
    text = "Shelled by Armenian units on Sunday, Goranboy district counted three houses destroyed."
    assert "Goranboy" in " ".join(_places(text, gazetteer))


def test_kept_in_a_shop_that_burned_keeps_the_town(gazetteer):
    text = "Goods kept in the shop of Rauf Mammadov were burned when a shell hit Tovuz on Sunday."
    assert "Tovuz" in _places(text, gazetteer)
