"""Sentences where the newest rules misfired: "Houses in Tegh were razed by bulldozers to build a new road" (houses
pulled down for works read as an attack), "The Ijevan-Dilijan pipeline was closed for repairs" (a line shut for
maintenance read as cut at both its ends), "The goods were carried off to Goris by the traders" (goods carried off
read as men taken prisoner), "Refugees were taken to Goris, where they were held back by snow" (people slowed by
the snow read as detained), "Villagers said Tegh had been burnt down by the troops" (the villagers who told of the
fire read as those who set it) and "Twenty-five years ago, troops shelled Goris, and today the town remembers" (a
count of years past ten left unread, so that the shelling was dated to the day of publication). Each is set beside
a near sentence that is still read as before."""

from tests.helpers import place_layers, rows, waypoint_layers


def test_houses_razed_for_a_new_road_are_no_attack(gazetteer):
    text = "Houses in Tegh were razed by bulldozers to build a new road."
    assert place_layers(text, gazetteer, "1992-03-02").get("Tegh") != "shelling"


def test_a_village_razed_by_troops_is_still_an_attack(gazetteer):
    assert place_layers("Troops razed Tegh.", gazetteer, "1992-03-02") == {"Tegh": "shelling"}
    assert place_layers("Tegh was razed by the troops.", gazetteer, "1992-03-02") == {"Tegh": "shelling"}


def test_a_pipeline_closed_for_repairs_is_no_cut_line(gazetteer):
    for why in ("repairs", "maintenance", "inspection"):
        text = f"The Ijevan-Dilijan pipeline was closed for {why}."
        assert "corridors" not in waypoint_layers(text, gazetteer, "1992-03-02").values(), why


def test_a_pipeline_closed_is_still_a_cut_line(gazetteer):
    layers = waypoint_layers("The Ijevan-Dilijan pipeline was closed.", gazetteer, "1992-03-02")
    assert layers == {"Ijevan": "corridors", "Dilijan": "corridors"}


def test_goods_carried_off_to_a_town_are_no_capture(gazetteer):
    text = "The goods were carried off to Goris by the traders."
    assert "capture" not in [c["kind"] for c in rows(text, gazetteer, "1992-03-02")]


def test_villagers_carried_off_to_a_town_are_still_captives(gazetteer):
    text = "The villagers were carried off to Goris by the troops."
    assert [(c["place_name"], c["kind"]) for c in rows(text, gazetteer, "1992-03-02")] == [("Goris", "capture")]


def test_people_held_back_by_snow_are_not_detained(gazetteer):
    text = "Refugees were taken to Goris, where they were held back by snow."
    assert "capture" not in [c["kind"] for c in rows(text, gazetteer, "1992-03-02")]


def test_people_held_where_they_were_taken_are_still_captives(gazetteer):
    text = "Refugees were taken to Goris, where they were held by the troops."
    assert [(c["place_name"], c["kind"]) for c in rows(text, gazetteer, "1992-03-02")] == [("Goris", "capture")]


def test_a_village_burnt_down_by_troops_is_arson_whoever_tells_it(gazetteer):
    assert place_layers("Villagers said Tegh had been burnt down by the troops.", gazetteer, "1992-03-02") \
        == {"Tegh": "shelling"}
    assert place_layers("Tegh had been burnt down by the troops.", gazetteer, "1992-03-02") == {"Tegh": "shelling"}


def test_a_village_burnt_down_by_its_villagers_is_still_no_arson(gazetteer):
    text = "Tegh had been burnt down by the villagers before they left."
    assert place_layers(text, gazetteer, "1992-03-02").get("Tegh") != "shelling"


def test_twenty_five_years_ago_is_dated_to_that_year_not_today(gazetteer):
    text = "Twenty-five years ago, troops shelled Goris, and today the town remembers."
    [row] = rows(text, gazetteer, "2021-04-30")
    assert (row["start_date"][:4], row["date_precision"]) == ("1996", "year")


def test_ten_years_ago_is_still_dated_to_that_year(gazetteer):
    text = "Ten years ago, troops shelled Goris, and today the town remembers."
    [row] = rows(text, gazetteer, "2021-04-30")
    assert (row["start_date"][:4], row["date_precision"]) == ("2011", "year")
