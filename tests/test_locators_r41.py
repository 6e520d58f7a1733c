"""Places a sentence names only to say where something else lies or who speaks, not where anything happened: a
town that gives the bearing of named districts, a town opening a radio station's name, and the correspondent's town
when the sentence only promises a report from there. The Armenian name of a hill, written with "hill", is the hill."""

from tests.helpers import place_layers, rows


def test_a_town_giving_the_bearing_of_named_districts_is_no_event(gazetteer):
    found = place_layers("Two rockets were fired at the Goranboy and Tartar districts west of Barda on Monday, "
                         "the ministry said.", gazetteer)
    assert "Barda" not in found, found


def test_a_town_is_kept_when_the_sentence_names_nothing_else(gazetteer):
    found = place_layers("Shells fell on villages south of Tartar on Monday, the ministry said.", gazetteer)
    assert found.get("Tartar") == "shelling", found


def test_a_radio_station_named_after_a_town_is_no_place(gazetteer):
    assert "Sevan" not in place_layers("You are listening to Radio Sevan International.", gazetteer)


def test_the_correspondent_s_town_with_a_report_to_come_is_no_event(gazetteer):
    assert rows("Our correspondent in Goris will file a report on the convoy this evening.", gazetteer) == []


def test_what_the_correspondent_says_happened_there_is_still_news(gazetteer):
    found = place_layers("Our correspondent in Goris says shells fell on the edge of the town overnight.", gazetteer)
    assert found.get("Goris") == "shelling", found


def test_the_armenian_name_of_a_hill_with_its_noun_is_the_hill(gazetteer):
    assert gazetteer.resolve("Varazatumb hill").place.name == "Lalatapa"



def test_no_report_of_fire_at_a_place_is_no_event(gazetteer):
    assert rows("We have had no reports of anything falling on Goris since the morning.", gazetteer) == []


def test_no_report_of_casualties_keeps_the_fire(gazetteer):
    found = place_layers("There were no reports of casualties in Tartar, where shells damaged three houses.", gazetteer)
    assert found.get("Tartar") == "shelling", found


def test_what_a_works_is_to_the_country_is_no_event(gazetteer):
    text = "The dam and the Sarsang reservoir are vital to the region's irrigation and power."
    assert "Sarsang Reservoir" not in place_layers(text, gazetteer)


def test_a_bulletin_s_forecast_is_no_event(gazetteer):
    assert rows("PRESENTER: The weather: cloudy and cool in Goris, 12 degrees.", gazetteer) == []


def test_weather_that_closes_a_road_is_news(gazetteer):
    found = place_layers("Weather: Snow closed the pass road near Goris on Sunday morning.", gazetteer)
    assert "Goris" in found, found


def test_readers_asked_to_write_to_the_outlet_s_office_is_no_event(gazetteer):
    assert rows("Write to our office in Goris, or call the desk on weekday mornings.", gazetteer) == []


def test_the_absheron_district_is_a_place(gazetteer):
    found = place_layers("Two rockets were fired at the Absheron district overnight, the ministry said.", gazetteer)
    assert found.get("Absheron District") == "shelling", found
