"""A vehicle or a load that joined a column at a place is on the way there; a column of smoke, or a paper's, is
no way."""

from tests.helpers import place_layers


def test_a_lorry_that_joined_the_column_at_a_town(gazetteer):
    found = place_layers("The mayor said a fourth lorry, loaded with medicine, had joined the column at Goris.",
                         gazetteer)
    assert found["Goris"] == "corridors", found


def test_buses_that_joined_the_aid_column_at_a_town(gazetteer):
    found = place_layers("Two buses joined the column at Kapan on Tuesday.", gazetteer)
    assert found["Kapan"] == "corridors", found


def test_a_column_of_smoke_is_no_way(gazetteer):
    found = place_layers("A column of smoke rose over Goris on Tuesday.", gazetteer)
    assert found.get("Goris") != "corridors", found


def test_a_writer_joining_a_papers_column_is_no_way(gazetteer):
    found = place_layers("A young poet from Kapan joined the column at the weekly in March.", gazetteer)
    assert found.get("Kapan") != "corridors", found
