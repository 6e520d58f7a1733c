"""Sentences where the r66 rules misfired: a regional hospital in a town that took in families from elsewhere, a town
hall evacuated after an earthquake and buses of refugees that drove to a town every day (dropped as where people go
about their lives), a bus line that will run between two towns (read as a border line's course), a suspect taken to a
town under guard (read as land taken under guard), a fire already under control (read as ground under a side's
control), and "He lived in X for ten years" after a trip on a weekday (given that day)."""

from tests.helpers import place_layers, rows


def test_a_hospital_that_took_in_families_keeps_its_town(gazetteer):
    text = "The regional hospital in Goris took in thirty families from Karabakh overnight."
    assert "Goris" in place_layers(text, gazetteer)


def test_a_town_hall_evacuated_keeps_its_town(gazetteer):
    text = "The town hall in Kapan was evacuated after the earthquake."
    assert "Kapan" in place_layers(text, gazetteer)


def test_buses_of_refugees_that_drove_to_a_town_every_day_keep_it(gazetteer):
    text = "Buses with refugees drove to Goris every day, the ministry said."
    assert "Goris" in place_layers(text, gazetteer, "2023-09-28")


def test_a_bus_line_that_will_run_between_towns_is_no_border_line(gazetteer):
    text = "The new bus line will run between Goris and Kapan from May."
    assert place_layers(text, gazetteer).get("Goris;Kapan") == "corridors"


def test_a_suspect_taken_to_a_town_under_guard_is_no_post(gazetteer):
    text = "The suspect was taken to Goris under guard on Monday."
    assert place_layers(text, gazetteer).get("Goris") == "other"


def test_a_fire_already_under_control_is_no_post(gazetteer):
    text = "The fire in the Goris market was already under control by morning."
    assert place_layers(text, gazetteer).get("Goris") == "other"


def test_where_he_lived_takes_no_day_from_the_sentence_before(gazetteer):
    text = ("The governor travelled to the north of the province on Tuesday. He lived in Goris for ten years.")
    found = [str(c["start_date"]) for c in rows(text, gazetteer) if c["place_name"] == "Goris"]
    assert found and not found[0].startswith("2021-06-08")
