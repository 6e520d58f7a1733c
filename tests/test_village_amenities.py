"""Roads listed among a village's amenities (houses, schools, utility networks) are reconstruction, not a route."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2025, 12, 11)


def test_new_roads_after_utility_networks_are_no_route(gazetteer):
    found = {c["place_name"]: c["layer"] for c in extract_text(
        "The official said Ballija now had rebuilt homes, a school, utility networks and new roads.", DAY, gazetteer)}
    assert found == {"Aygestan": "other"}          # Ballija, filed under its Armenian name
