"""A railway junction in an apposition only says what the place is ("X, the railway junction on the line along the
frontier, was back in our hands"): the railway is no news of a route there; a train service to the place still is."""

from tests.helpers import place_layers


def test_place_described_as_a_railway_junction_is_not_a_route(gazetteer):
    text = ("The ministry said that Kurdamir, the railway junction on the line to the west, was back in "
            "government hands after the rebels pulled out.")
    assert place_layers(text, gazetteer, "1993-07-01")["Kurdamir"] == "other"


def test_train_services_to_a_junction_are_still_a_route(gazetteer):
    text = "Train services to Kurdamir, the railway junction on the line to the west, were suspended."
    assert place_layers(text, gazetteer, "1993-07-01")["Kurdamir"] == "corridors"
