"""Wordings read in the set heldout190: a clause of its own before ", then said" names its own subject; a body's own
website speaks for it; a bearing opening the sentence ("On the far side of X,") is no scene; a kinsman's posting in
a "whose" aside is who the person is; a shop closed for its keepers' trip or its machine's service is no event."""

from functools import partial

from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="2023-09-15")
claimant = partial(claimant_of, published="2023-09-15")


# --- "X first called ..., then confirmed ...": X, not "X first called"

def test_clause_before_then_names_its_subject(gazetteer):
    text = "A local official first called that story false, then confirmed that shells had fallen near Tegh."
    assert claimant("Tegh", text, gazetteer) == "local official"


def test_apposition_before_then_still_read(gazetteer):
    text = "Hikmet Hajiyev, who speaks for the president, then wrote that shells had fallen on Tegh."
    assert "Hikmet Hajiyev" in claimant("Tegh", text, gazetteer)


# --- "its website said": the body whose website it is

def test_own_website_speaks_for_the_body(gazetteer):
    text = "On Monday the European Union's mission opened a new office in Jermuk, its website said."
    assert claimant("Jermuk", text, gazetteer) == "EU"


def test_an_unnamed_site_is_still_the_press(gazetteer):
    text = "A regional website in Kapan reported that a shell had fallen near Kajaran."
    assert claimant("Kajaran", text, gazetteer) != "EU"


# --- "On the far side of X, ... near Y": X is a bearing

def test_far_side_opening_is_a_bearing(gazetteer):
    text = ("On the far side of Lake Sevan, the defence ministry said two soldiers had been wounded in fire on "
            "positions near Sotk.")
    found = layers(text, gazetteer)
    assert "Lake Sevan" not in found and found.get("Sotk") == "shelling"


def test_far_side_inside_the_clause_is_kept(gazetteer):
    text = "Shells hit the villages on the far side of Lake Sevan, near Sotk, on Monday."
    assert "Lake Sevan" in layers(text, gazetteer)


# --- "whose grandson serves in X": who the person is

def test_kinsman_serving_in_a_town_is_no_event(gazetteer):
    text = "Our member Lusine, whose grandson serves in Goris, asks everyone to send him a card."
    assert "Goris" not in layers(text, gazetteer)


def test_kinsman_wounded_in_a_town_is_kept(gazetteer):
    text = "Our member Lusine, whose grandson was wounded in Goris, asks everyone to send him a card."
    assert layers(text, gazetteer).get("Goris") == "shelling"


# --- a shop closed for the family's trip to X, or while its machine goes to Y for service

def test_closed_for_the_family_trip(gazetteer):
    text = "The workshop will be closed on Tuesday for the family's trip to Goris; we open again on Wednesday."
    assert "Goris" not in layers(text, gazetteer)


def test_closed_while_the_machine_is_serviced(gazetteer):
    text = "We will be closed next Monday because the cutting machine goes to Kapan for its yearly service."
    assert "Kapan" not in layers(text, gazetteer)


def test_closed_because_the_road_was_shelled_is_kept(gazetteer):
    text = "The shop is closed on Monday because the road to Goris was shelled overnight."
    assert "Goris" in layers(text, gazetteer)


# --- a patrol sent "to watch the traffic at the entrance to the X corridor": the corridor is only watched

def test_traffic_watched_is_no_corridor_event(gazetteer):
    text = ("The monitors sent out a patrol from Goris on Friday, to watch the traffic at the entrance to the "
            "Lachin corridor.")
    found = layers(text, gazetteer)
    assert not any(name.startswith("Lachin") for name in found) and found.get("Goris") == "other"


def test_entrance_closed_is_kept(gazetteer):
    text = "The monitors in Goris watched lorries turned back at the entrance to the Lachin corridor."
    assert layers(text, gazetteer).get("Lachin corridor") == "corridors"
