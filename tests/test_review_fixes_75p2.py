"""Sentences where the 75p2 rules misfired: a live blog's timed entry whose item tells of fire ("09:40 UPDATE: GORIS -
shells hit the market overnight"), travel advice or practical notes that also tell of shelling ("Travel advice: avoid
Goris, where shelling continued on Monday", "Practical notes: fill up in Goris; the road past Sisian was shelled on
Monday"), what the visitor who drives a road today passes when it was hit by rockets last week (strikes, rockets and
hits were not read as something happening there), an attack that soldiers or troops mounted on a border fence or on
border fortifications (read as a protest), and an exclave kept as where fences were pulled down when it is only
where a delegation or officials came from ("A delegation from Nakhchivan visited Yerevan, where protesters had torn
down fences at an embassy")."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="2021-06-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_timed_live_entry_that_tells_of_fire_is_news(gazetteer):
    text = "09:40 UPDATE: GORIS - shells hit the market overnight, the ministry says."
    assert place_layers(text, gazetteer).get("Goris") == "shelling"
    # the bare slot heading stays none
    assert places("21:12 LEAD: SISIAN (1'40\") - reporter Ani Petrosyan", gazetteer) == set()


def test_advice_that_tells_of_shelling_is_news(gazetteer):
    assert place_layers("Travel advice: avoid Goris, where shelling continued on Monday.", gazetteer).get("Goris") \
        == "shelling"
    text = "Practical notes: fill up in Goris; the road past Sisian was shelled on Monday."
    assert place_layers(text, gazetteer).get("Sisian") == "shelling"


def test_what_the_visitor_passes_that_rockets_hit_last_week_is_news(gazetteer):
    text = "The visitor who drives the Goris–Kapan road today passes Shurnukh, hit by rockets last week."
    assert place_layers(text, gazetteer).get("Shurnukh") == "shelling"


def test_an_attack_soldiers_mounted_on_a_border_fence_is_no_protest(gazetteer):
    text = "Armenian soldiers mounted an attack on the border fence near Ordubad on Monday."
    assert place_layers(text, gazetteer).get("Ordubad") == "shelling"
    text = "Azerbaijani troops launched an attack on the border fortifications near Tegh at dawn, the ministry said."
    assert place_layers(text, gazetteer).get("Tegh") == "shelling"
    # crowds, or no one armed, still protest
    text = "Villagers went on with attacks on the fences near Ordubad all week."
    assert place_layers(text, gazetteer).get("Ordubad") == "other"


def test_an_exclave_a_delegation_came_from_is_not_where_fences_came_down(gazetteer):
    text = "A delegation from Nakhchivan visited Yerevan, where protesters had torn down fences at an embassy."
    assert "Nakhchivan" not in places(text, gazetteer)
    text = "Officials from Nakhchivan met Iranian diplomats in Yerevan after farmers near Yeraskh cut a fence."
    assert "Nakhchivan" not in places(text, gazetteer)
    # the frontier of the exclave is where they came down
    text = "Protesters cut the barbed wire along the border of Nakhchivan with Iran."
    assert "Nakhchivan" in places(text, gazetteer)
