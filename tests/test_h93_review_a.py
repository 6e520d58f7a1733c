"""Where the date, place and stock rules must hold back: the same day in two years is not the first year's alone;
investigators in Stepanakert who find a rocket's fragments tell fire there (not a state's seat); crops or a harvest
from a place, harmed there, are news there, while stock brought from a town only locates."""

from tests.helpers import place_layers, rows


def _dates(place, text, gazetteer, published):
    return [c["start_date"] for c in rows(text, gazetteer, published) if place in c["place_name"].split(";")]


def test_that_day_in_two_years_is_not_the_first_years_day(gazetteer):
    text = ("On 27 September rockets struck Stepanakert. "
            "That day in 1992 and again in 2020, shells fell on Shusha.")
    assert "1992-09-27" not in _dates("Shusha", text, gazetteer, "2020-10-20")


def test_that_morning_in_one_year_still_is_the_day_told(gazetteer):
    text = ("Last Tuesday, 4 October, was two years since the first rockets reached our streets. "
            "On that morning in 2020 rockets struck Barda shortly before noon.")
    assert _dates("Barda", text, gazetteer, "2022-10-06") == ["2020-10-04"]


def test_investigators_in_stepanakert_finding_fragments_is_news_there(gazetteer):
    text = "Investigators in Stepanakert found fragments of a Smerch rocket in a courtyard on Sunday."
    assert place_layers(text, gazetteer, "2020-10-20").get("Stepanakert") == "shelling"


def test_prosecutors_in_baku_remain_a_seat(gazetteer):
    text = "According to the prosecutors in Baku, shells hit Tartar on Monday, killing two."
    layers = place_layers(text, gazetteer, "2020-10-20")
    assert layers.get("Tartar") == "shelling" and "Baku" not in layers


def test_crops_from_a_town_destroyed_by_shelling_keep_the_town(gazetteer):
    text = "Crops from Tartar were destroyed by shelling on Monday."
    assert place_layers(text, gazetteer, "2020-10-20").get("Tartar") == "shelling"


def test_stock_brought_from_a_town_only_locates(gazetteer):
    text = "Our stock from Goris never arrived after shells hit Tartar on Monday."
    places = place_layers(text, gazetteer, "2020-10-20")
    assert "Goris" not in places and "Tartar" in places
