"""A group named by its home town tells no event there; "the same Sunday" after a state lasting "since" a day."""
import datetime as dt

from geo.extract import extract_text


def _places(text, published=dt.date(2023, 5, 9)):
    return [(e["place"], e["layer"], e["start_date"]) for e in extract_text(text, published)]


def test_guest_by_trade_from_town_is_home():
    text = "Our guest potter from Goris, Levon Hakobyan, cannot come to the fair this spring."
    assert not any(p == "Goris" for p, _, _ in _places(text))


def test_touring_company_from_town_is_home():
    text = "The visiting dance company from Goris will not be able to perform on Friday 12 May, as planned."
    assert not any(p == "Goris" for p, _, _ in _places(text))


def test_sister_choir_in_town_planned_visit_is_home():
    text = "The members of our sister club in Goris had planned to visit us, but the road is not safe."
    assert not any(p == "Goris" for p, _, _ in _places(text))


def test_company_from_town_that_travelled_keeps_place():
    # negative case: fire told at the town stays an event
    text = "Azerbaijani forces shelled Goris on Sunday, the Armenian defence ministry said."
    assert any(p == "Goris" and layer == "shelling" for p, layer, _ in _places(text))


def test_same_weekday_is_the_one_told_not_one_before_since_day():
    text = ("On Sunday soldiers of Azerbaijan set up a post at the bridge, the Armenian government said. "
            "The government said the post kept the road closed since 3 January. "
            "The same Sunday, the Armenian defence ministry said, Azerbaijani fire on a position near Tegh wounded "
            "a soldier.")
    rows = [r for r in _places(text) if r[0] == "Tegh"]
    assert rows and rows[0][2] == "2023-05-07"


def test_same_weekday_after_a_told_day_counts_back_from_it():
    # negative case: a day told (not a state's start) stays the anchor
    text = ("On Tuesday 2 May soldiers set up a post near Tegh, the Armenian government said. "
            "The same Sunday, the Armenian defence ministry said, Azerbaijani fire near Sotk wounded a soldier.")
    rows = [r for r in _places(text) if r[0] == "Sotk"]
    assert rows and rows[0][2] == "2023-04-30"
