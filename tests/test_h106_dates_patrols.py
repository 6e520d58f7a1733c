"""Readings from heldout106: "the same morning" after a sentence whose only day is the one its speaker spoke ("...,
the ombudsman told reporters yesterday") is the morning told just before it, not the day of the telling; patrols sent
along unnamed routes placed in a region are the patrols' presence there (other), not a road used."""

from tests.helpers import place_layer_pairs, rows


def _dates(text, gazetteer, published):
    return {r["place_name"]: r["start_date"] for r in rows(text, gazetteer, published)}


def test_same_morning_after_a_spoken_day_is_the_morning_told(gazetteer):
    text = ("On Tuesday morning the artillery opened fire on villages across the region, and Hadrut was among them.\n"
            "Three houses burned in Hadrut during the attack, the district head told journalists yesterday.\n"
            "In a message sent the same morning the district head said that Askeran had also been hit by rockets.")
    assert _dates(text, gazetteer, "2020-10-09")["Askeran"] == "2020-10-06"


def test_same_morning_after_a_day_of_the_event_keeps_that_day(gazetteer):
    # negative: the sentence before tells the event's own day, which "the same morning" follows
    text = ("On Tuesday morning the artillery opened fire on villages across the region, and Hadrut was among them.\n"
            "Three houses burned in Hadrut yesterday.\n"
            "In a message sent the same morning the district head said that Askeran had also been hit by rockets.")
    assert _dates(text, gazetteer, "2020-10-09")["Askeran"] == "2020-10-08"


def test_patrols_along_routes_in_regions_are_a_presence(gazetteer):
    text = ("According to the ministry, the contingent sends mobile patrols every day along four routes in the "
            "Askeran and Hadrut regions.")
    layers = dict(place_layer_pairs(text, gazetteer, "2021-09-20"))
    assert layers.get("Askeran") == "other" and layers.get("Hadrut") == "other"


def test_convoys_along_routes_in_regions_keep_the_route(gazetteer):
    # negative: no patrol, the routes are roads used
    text = "Aid convoys travel along three routes in the Askeran and Hadrut regions."
    assert "corridors" in {layer for _, layer in place_layer_pairs(text, gazetteer, "2021-09-20")}
