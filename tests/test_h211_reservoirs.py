"""A reservoir built at a village of the Lachin district, which the gazetteer files as a site of its own."""

from tests.helpers import place_layers


def test_the_reservoir_resolves_near_its_village(gazetteer):
    match = gazetteer.resolve("Zabukhchay reservoir")
    assert match.place.name == "Zabukhchay Reservoir"
    assert abs(match.place.lat - 39.59) < 0.05 and abs(match.place.lon - 46.54) < 0.05


def test_works_at_the_reservoir_are_news_there(gazetteer):
    text = "Engineers said on Monday that the dam of the Zabukhchay reservoir had been finished."
    assert place_layers(text, gazetteer).get("Zabukhchay Reservoir") == "other"


def test_the_village_alone_stays_the_village(gazetteer):
    text = "Families moved back to Zabukh on Monday."
    found = place_layers(text, gazetteer)
    assert "Zabukhchay Reservoir" not in found and "Aghavno" in found, found
