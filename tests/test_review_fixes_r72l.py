"""Sentences where the r72 layer rules misfired: an internet, satellite or mobile connection with a town "cut" read
as its road cut; a link said to have "reportedly" or "also" been cut not read as cut at all; mountains crossed
"over" ("crossed over the X mountains") or a named range crossed ("crossed the X range") not read as the way taken;
a walk "over to" a ministry to collect "press passes", and press passes "passed out", read as a pass crossed, as was
a boy who "climbed up on the roof to watch the convoy pass"; and families who "tries to", "attempted to", "tried
desperately to" or "failed to" board helicopters in a town read as a journey made there."""

import datetime as dt
from functools import partial

from tests.helpers import place_layers


layers = partial(place_layers, published=dt.date(1993, 4, 12))


def test_an_internet_satellite_or_mobile_connection_cut_is_no_road(gazetteer):
    for text in ("The internet connection with Sisian had been cut since Monday.",
                 "Satellite communications with Berd were severed by the storm.",
                 "Mobile connection with Berd was cut overnight."):
        assert "corridors" not in layers(text, gazetteer).values(), text


def test_a_link_reportedly_or_also_cut_is_the_road_cut(gazetteer):
    assert layers("Communications with Sisian had reportedly been cut by Friday.", gazetteer).get("Sisian") == \
        "corridors"
    assert layers("The connection with Jermuk has also been cut.", gazetteer).get("Jermuk") == "corridors"


def test_mountains_crossed_over_or_a_range_crossed_are_the_way_taken(gazetteer):
    assert layers("Refugees crossed over the Murov mountains in the snow.", gazetteer).get("Murovdag") == "corridors"
    assert layers("Refugees crossed the Murov range in the snow.", gazetteer).get("Murovdag") == "corridors"


def test_a_range_of_subjects_is_no_range_crossed(gazetteer):
    assert layers("The talks in Sisian crossed a wide range of subjects.", gazetteer).get("Sisian") != "corridors"


def test_press_passes_are_no_mountain_pass(gazetteer):
    text = "Journalists walked over to the ministry in Shusha to collect their press passes."
    assert layers(text, gazetteer).get("Shusha") != "corridors"
    text = "The officials in Shusha passed out press passes to the visiting reporters."
    assert layers(text, gazetteer).get("Shusha") != "corridors"


def test_a_convoy_seen_to_pass_is_no_mountain_pass(gazetteer):
    text = "A boy in Sisian climbed up on the roof to watch the convoy pass."
    assert layers(text, gazetteer).get("Sisian") != "corridors"


def test_a_pass_walked_over_is_still_the_way_taken(gazetteer):
    assert layers("Two men trekked over a high pass above Vardenis.", gazetteer).get("Vardenis") == "corridors"
    assert layers("Refugees walked up towards the Sotk pass in the snow.", gazetteer).get("Sotk Pass") == "corridors"


def test_other_attempts_to_board_helicopters_are_no_journey(gazetteer):
    for text in ("Families tries to board helicopters in Hadrut.",
                 "Families attempted to board helicopters in Hadrut on Tuesday.",
                 "Families tried desperately to board helicopters in Hadrut on Tuesday.",
                 "Families failed to board helicopters in Hadrut on Tuesday."):
        assert layers(text, gazetteer).get("Hadrut") != "corridors", text
