"""Review of the heldout106 rules: a speaker's day told with its own part of the day ("told reporters yesterday
evening") is the day "the same evening" follows; patrols on routes in a region that were stopped keep the route."""

from tests.helpers import place_layer_pairs, rows


def _dates(text, gazetteer, published):
    return {r["place_name"]: r["start_date"] for r in rows(text, gazetteer, published)}


def test_same_evening_after_a_spoken_evening_is_that_evening(gazetteer):
    text = ("On Tuesday evening the artillery opened fire on Hadrut.\n"
            "Civilians had left the town, the mayor told reporters yesterday evening.\n"
            "The same evening, shells hit Askeran.")
    assert _dates(text, gazetteer, "2020-10-09")["Askeran"] == "2020-10-08"


def test_same_morning_after_a_plain_spoken_day_still_the_morning_told(gazetteer):
    # the rule itself holds: "told reporters yesterday" has no morning of its own
    text = ("On Sunday morning last week the artillery shelled Hadrut.\n"
            "Two homes were destroyed in Hadrut, the district head told reporters yesterday.\n"
            "The same morning, rockets hit Askeran.")
    assert _dates(text, gazetteer, "2020-10-23")["Askeran"] == "2020-10-18"


def test_patrols_stopped_on_routes_in_a_district_keep_the_route(gazetteer):
    text = ("Russian patrols along the routes in the Lachin district were stopped after fire from Azerbaijani "
            "positions.")
    assert dict(place_layer_pairs(text, gazetteer, "2021-09-20")).get("Lachin") != "other"
