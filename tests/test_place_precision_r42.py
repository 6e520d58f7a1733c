"""Places a sentence names only as background: villages counted again as "the first three" and told where they lie, a
base's site, a weather outlook, a word of caution to drivers, the outlet's photographer at work, and a person's
family history in a "whose" aside. The news in the same sentences or next to them is still found."""

from tests.helpers import place_layers, rows


def test_places_counted_again_and_told_where_they_lie_are_no_events(gazetteer):
    assert rows("The first three lie in the Askeran region; Chartar is in Martuni and Kichan in Martakert.",
                gazetteer) == []


def test_a_headquarters_standing_somewhere_is_no_event(gazetteer):
    assert rows("The mission's headquarters stands in the village of Ivanyan, next to the Stepanakert airport.",
                gazetteer) == []


def test_the_evacuation_before_the_background_is_still_news(gazetteer):
    found = place_layers("People were evacuated from Chartar and Khramort on Tuesday, the ombudsman said.", gazetteer)
    assert "Chartar" in found and "Khramort" in found, found


def test_a_weather_outlook_is_no_event(gazetteer):
    assert rows("Sunny in the valleys tomorrow; snow expected on the Sotk pass in the evening.", gazetteer) == []


def test_a_road_closed_by_snow_is_still_news(gazetteer):
    found = place_layers("Snow closed the road through the Sotk pass on Tuesday, the police said.", gazetteer)
    assert found, found


def test_a_word_of_caution_to_drivers_is_no_event(gazetteer):
    assert rows("Motorists heading for Goris should drive carefully tonight.", gazetteer) == []


def test_the_photographer_at_work_is_no_event(gazetteer):
    assert rows("Our photographer spent three days in the villages around Martuni.", gazetteer) == []


def test_a_family_history_in_a_whose_aside_is_no_event(gazetteer):
    found = place_layers("A woman named Anahit, whose parents had come from Talish, was wounded when a shell hit "
                         "her house in Martakert, the ministry said.", gazetteer)
    assert "Talish" not in found and found.get("Martakert") == "shelling", found


def test_the_district_a_place_once_belonged_to_is_no_event(gazetteer):
    found = place_layers("Shells hit Papravend on Monday; in Soviet times the village was part of the Aghdam "
                         "district.", gazetteer)
    assert "Aghdam District" not in found and "Papravend" in found, found


def test_a_battle_that_was_part_of_the_fighting_for_a_town_is_still_news(gazetteer):
    found = place_layers("The clashes at Talish were part of the fighting for Martakert, the ministry said.",
                         gazetteer)
    assert "Martakert" in found, found
