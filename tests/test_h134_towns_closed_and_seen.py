"""A capital closed to the people who would come in is the city, barred (checkpoints); a capital that "saw" a
demonstration is where it was held, not its government; a village refugees were moved on to is not placed in the
area they fled, which the article named before."""

from functools import partial

from tests.helpers import place_layers, rows

layers = partial(place_layers, published="1990-02-10")


def test_capital_closed_to_people_coming_in(gazetteer):
    text = "The party secretary said he closed Yerevan to people coming in from the provinces."
    assert layers(text, gazetteer).get("Yerevan") == "checkpoints"


def test_capital_closed_to_outsiders(gazetteer):
    text = "The commandant sealed Baku to outsiders for three days."
    assert layers(text, gazetteer).get("Baku") == "checkpoints"


def test_a_street_closed_to_traffic_is_no_town_closed(gazetteer):
    text = "Police closed Nizami Street to traffic for the parade."
    assert layers(text, gazetteer).get("Baku") is None


def test_capital_that_saw_a_demonstration(gazetteer):
    text = "On the same day Yerevan saw a large demonstration against the decision, the paper says."
    assert layers(text, gazetteer).get("Yerevan") == "other"


def test_capital_that_saw_a_statement_is_the_government(gazetteer):
    text = "Baku saw the statement as a provocation, the paper says."
    assert "Baku" not in layers(text, gazetteer)


def test_refugees_moved_on_to_a_village_are_not_placed_in_the_area_they_left(gazetteer):
    text = ("Hundreds of families had been driven out of the Goris district that winter.\n"
            "The secretary said he had the Goris refugees moved out to the village of Qarabeyli.")
    found = [r for r in rows(text, gazetteer, "1990-02-10") if r["place"] == "Qarabeyli"]
    assert not found


def test_a_village_of_the_area_named_before_is_still_placed_there(gazetteer):
    text = ("Hundreds of families had been driven out of the Goris district that winter.\n"
            "The secretary said shots were fired at the village of Qarabeyli.")
    found = [r for r in rows(text, gazetteer, "1990-02-10") if r["place"] == "Qarabeyli"]
    assert found and found[0]["geo_source"] == "approximate"
