"""A district written after the wider area it lies in, as a second "in" phrase after a comma ("positions in
Nakhchivan, in the Shahbuz district"): the district is the place, the wider area only says where it lies."""

from tests.helpers import rows


def places(text, gazetteer):
    return {c["place_name"] for c in rows(text, gazetteer)}


def test_a_district_after_its_exclave_is_the_place(gazetteer):
    text = "The ministry said troops had fired on its posts in Nakhchivan, in the Shahbuz district, on Sunday night."
    assert places(text, gazetteer) == {"Shahbuz District"}


def test_two_districts_after_their_exclave_are_both_found(gazetteer):
    text = "Shots were fired at border units in Nakhchivan, in the Julfa and Shahbuz districts, late on Tuesday."
    assert places(text, gazetteer) == {"Julfa District", "Shahbuz District"}


def test_a_district_after_a_village_still_only_locates_it(gazetteer):
    text = "Mortar rounds hit Talish, in the Tartar district, on Wednesday morning."
    assert places(text, gazetteer) == {"Talish"}


def test_a_far_district_does_not_narrow_the_exclave(gazetteer):
    text = "The army said shots were fired at posts in Nakhchivan, in the Kalbajar district, overnight."
    assert "Shahbuz District" not in places(text, gazetteer)
    assert "Nakhchivan" in places(text, gazetteer)


def layers(text, gazetteer):
    return {c["place_name"]: c["layer"] for c in rows(text, gazetteer)}


def test_a_checkpoint_placed_only_by_its_province_is_drawn_at_the_province(gazetteer):
    text = "The minister said the government would reopen a disused border checkpoint in Syunik next spring."
    assert layers(text, gazetteer) == {"Syunik Province": "checkpoints"}


def test_a_checkpoint_at_a_named_village_keeps_the_village(gazetteer):
    text = "The government will reopen the border checkpoint at Margara in Armavir province next spring."
    assert "Armavir Province" not in layers(text, gazetteer)


def test_a_village_named_by_its_cemetery_is_found(gazetteer):
    rows_found = {r["place_name"] for r in rows("Snipers fired at a shepherd near the Movses cemetery.", gazetteer)}
    assert "Movses" in rows_found


def test_a_village_named_by_its_kindergarten_is_found(gazetteer):
    rows_found = {r["place_name"] for r in rows("Mortar fire hit the Berd kindergarten overnight.", gazetteer)}
    assert "Berd" in rows_found


def test_a_province_someone_went_to_is_the_visits_place(gazetteer):
    found = {r["place_name"]: r["layer"] for r in rows("The ombudsman travelled to Syunik after the fighting.", gazetteer)}
    assert any("Syunik" in name for name in found) and set(found.values()) == {"other"}


def test_a_province_visited_without_in_is_the_visits_place(gazetteer):
    found = {r["place_name"] for r in rows("The minister visited the Tavush province on Monday.", gazetteer)}
    assert any("Tavush" in name for name in found)
