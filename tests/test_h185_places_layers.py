"""A vehicle let on into a town is traffic on its way there (corridors), not one kept out; a town named after a site
with "and in" is a second place of the list, not the area the site lies in."""

from functools import partial

from tests.helpers import place_layers, rows

layers = partial(place_layers, published="2023-09-12")


def test_a_lorry_let_into_a_town_is_on_its_way(gazetteer):
    text = "The head of the community said the guards had let the lorry into Stepanakert on Monday evening."
    assert layers(text, gazetteer).get("Stepanakert") == "corridors"


def test_a_lorry_allowed_into_a_town_is_on_its_way(gazetteer):
    text = "The community head said the lorry was allowed into Stepanakert after midnight."
    assert layers(text, gazetteer).get("Stepanakert") == "corridors"


def test_people_let_into_a_town_are_no_traffic(gazetteer):
    text = "The community head said the guards let the journalists into Stepanakert on Monday."
    assert layers(text, gazetteer).get("Stepanakert") != "corridors"


def test_a_lorry_refused_entry_is_not_let_in(gazetteer):
    text = "The community head said the guards refused to let the lorry into Stepanakert on Monday."
    assert layers(text, gazetteer).get("Stepanakert") != "corridors"


def test_a_town_after_a_site_and_in_is_a_place_of_its_own(gazetteer):
    text = "The president laid flowers by the Sarsang reservoir and in Martakert on Sunday, his office said."
    names = {r["place_name"] for r in rows(text, gazetteer, "2023-10-16")}
    assert "Martakert" in names


def test_a_town_right_after_a_site_only_locates_it(gazetteer):
    text = "The president laid flowers by the Sarsang reservoir in Martakert on Sunday, his office said."
    names = {r["place_name"] for r in rows(text, gazetteer, "2023-10-16")}
    assert "Martakert" not in names
