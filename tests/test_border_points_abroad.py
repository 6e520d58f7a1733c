"""A border crossing named after a place on the far side of the border (Iran's Norduz opposite Armenia's Agarak)
is where the region's traffic is stopped or let through: it is read as an event place, while a town abroad
named without such a word stays out of the map."""

import datetime

from geo.extract import extract_text
from geo.gazetteer import distance_km

DAY = datetime.date(2024, 5, 6)


def _places(text, gazetteer):
    return {(c["place"], c["layer"]) for c in extract_text(text, DAY, gazetteer)}


def test_a_customs_point_abroad_is_read_as_a_crossing_not_a_meeting_place(gazetteer):
    found = _places("Lorries from Tabriz queued overnight at the Norduz customs point before entering Armenia.",
                    gazetteer)
    assert {layer for place, layer in found if place == "Norduz"} & {"checkpoints", "corridors"}
    assert not any(place == "Tabriz" for place, _ in found)


def test_both_sides_of_a_dashed_border_crossing_are_read(gazetteer):
    found = {place for place, _ in _places("Drivers waited for hours on the Meghri-Norduz crossing last week.",
                                           gazetteer)}
    assert {"Meghri", "Norduz"} <= found


def test_a_place_abroad_without_a_crossing_word_is_still_left_out(gazetteer):
    found = {place for place, _ in _places("A trade delegation from Norduz visited Meghri on Monday.", gazetteer)}
    assert "Norduz" not in found


def test_norduz_is_no_typo_of_an_armenian_village(gazetteer):
    match = gazetteer.resolve("Norduz")
    assert (match.place.name, match.place.country) == ("Norduz", "IR")


def test_the_lakes_of_goygol_park_are_not_the_town_of_goygol(gazetteer):
    assert gazetteer.resolve("Lake Göygöl").place.name == "Lake Goygol"
    assert gazetteer.resolve("Maral Gol").place.name == "Maral-gol"
    assert gazetteer.resolve("Goygol").place.name == "Goygol"


def test_the_turkish_side_and_the_bridge_of_the_margara_crossing(gazetteer):
    # Alican is what Turkey calls its side of the crossing, a border point abroad at the same spot; the crossing
    # itself is the bridge over the border river
    for name in ("Alican", "Alican border gate"):
        match = gazetteer.resolve(name)
        assert (match.place.name, match.place.country) == ("Alican border gate", "TR")
        crossing = gazetteer.resolve("Margara crossing").place
        assert distance_km(match.place.lat, match.place.lon, crossing.lat, crossing.lon) < 2
    assert gazetteer.resolve("Margara bridge").place.name == "Margara crossing"
    assert gazetteer.resolve("Margara").place.name == "Margara"      # the village beside it stays a village


def test_a_town_abroad_a_convoy_passes_through_is_a_waypoint_of_its_route(gazetteer):
    found = _places("The lorries will drive from Margara through Turkey's Kars province on their way south.",
                    gazetteer)
    assert {layer for place, layer in found if "Kars" in place} == {"corridors"}


def test_entering_a_country_at_a_border_crossing_is_passing_its_checkpoint(gazetteer):
    found = _places("Five lorries entered Turkey at the Alican border gate on Saturday morning.", gazetteer)
    assert found == {("Alican", "checkpoints")}


def test_a_lorry_rolling_over_a_border_bridge_is_on_a_route(gazetteer):
    found = _places("Cameras followed the first lorry as it rolled over the Margara bridge at noon.", gazetteer)
    assert {layer for _, layer in found} == {"corridors"}


def test_troops_entering_a_region_at_a_bridge_take_it(gazetteer):
    for text in ("Azerbaijani units entered Lachin through the Hakari bridge on Wednesday.",
                 "Azerbaijani units entered the corridor at the Hakari bridge and seized the post."):
        assert ("Hakari", "other") in _places(text, gazetteer), text


def test_border_guards_at_a_place_abroad_man_its_crossing(gazetteer):
    found = _places("Iranian border guards at Norduz turned back three lorries on Friday.", gazetteer)
    assert found == {("Norduz", "checkpoints")}


def test_border_guards_at_a_post_who_fire_are_still_firing(gazetteer):
    found = _places("Azerbaijani border guards at Lachin fired on a tractor on Friday.", gazetteer)
    assert {layer for _, layer in found} == {"shelling"}


def test_a_village_beside_a_crossing_is_not_the_crossing(gazetteer):
    found = _places("Police in Igdir province said a farmer from the village of Alican was injured by a tractor.",
                    gazetteer)
    assert not any(place == "Alican" for place, _ in found), found


def test_the_crossing_at_a_village_abroad_is_read_as_the_crossing(gazetteer):
    found = {place for place, _ in _places("Relief lorries passed through the crossing at Alican into Turkey.",
                                           gazetteer)}
    assert "Alican" in found


def test_both_sides_of_the_margara_crossing_are_its_border_points(gazetteer):
    found = {c["place_name"] for c in extract_text("Customs staff were added on the Margara-Alican crossing "
                                                   "last month.", DAY, gazetteer)}
    assert {"Margara crossing", "Alican border gate"} <= found, found


def test_a_crossing_manned_by_border_guards_is_a_checkpoint(gazetteer):
    found = _places("Since June, Armenian border guards have been on duty at the Margara crossing, officials said.",
                    gazetteer)
    assert ("Margara", "checkpoints") in found, found
