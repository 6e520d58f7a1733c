"""heldout96 reading: troops closing every way into a village hold it under a cordon (checkpoints, as the older sets
file a village blockaded or encircled by troops), and a militia post is a post like a police post (checkpoints when
it comes under fire; fire told before the post names a position under attack)."""
import datetime

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = datetime.date(1991, 6, 14)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def layers(text, gazetteer):
    return {c["place_name"]: c["layer"] for c in extract_text(text, DAY, gazetteer)}


def test_every_way_into_a_village_closed_is_a_cordon(gazetteer):
    text = "On Wednesday paratroopers and interior ministry troops closed every way into Berd and let no one leave."
    assert layers(text, gazetteer).get("Berd") == "checkpoints"
    text = "Soldiers sealed the ways into Berd before dawn, the district police said."
    assert layers(text, gazetteer).get("Berd") == "checkpoints"


def test_a_road_closed_stays_the_corridor(gazetteer):
    text = "On Wednesday the police closed every road into Berd for repairs."
    assert layers(text, gazetteer).get("Berd") == "corridors"


def test_militia_post_under_fire_is_a_checkpoint(gazetteer):
    text = "The newspaper said the militia post at Berd had been fired on from a passing lorry two days earlier."
    assert layers(text, gazetteer).get("Berd") == "checkpoints"


def test_fire_on_a_militia_post_near_a_village_is_fire(gazetteer):
    text = "Gunmen opened fire on a militia post near Berd on Monday night."
    assert layers(text, gazetteer).get("Berd") == "shelling"
