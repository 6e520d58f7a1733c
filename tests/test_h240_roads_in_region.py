"""The roads of a whole region or province blocked or closed, the area after them ("protesters blocked roads in the
Tavush region", "roads were closed in the Syunik province"): the area's roads are the news, a corridors event at
the area; a road to a town, a road opened or other things shut in the area stay as before."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 5, 27)


def _events(text, gazetteer):
    return {e["place"]: e["layer"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_protesters_blocked_roads_in_a_region(gazetteer):
    assert _events("Protesters blocked roads in the Tavush region on Friday.", gazetteer) == {"Tavush": "corridors"}


def test_roads_closed_in_a_province(gazetteer):
    assert _events("Roads were closed in the Syunik province on Friday.", gazetteer) == {"Syunik": "corridors"}


def test_the_main_roads_blocked(gazetteer):
    assert _events("Farmers blocked the main roads in the Tavush region with tractors on Friday.", gazetteer) \
        == {"Tavush": "corridors"}


# near sentences where nothing changes

def test_a_road_to_a_town_in_the_region(gazetteer):
    assert _events("Protesters blocked the road to Ijevan in the Tavush region on Friday.", gazetteer) \
        == {"Ijevan": "checkpoints"}


def test_a_road_opened_in_the_region(gazetteer):
    assert "Tavush" not in _events("The new road in the Tavush region was opened on Friday.", gazetteer)


def test_shops_closed_in_the_region(gazetteer):
    assert "Tavush" not in _events("Shops were closed in the Tavush region on Friday.", gazetteer)


def test_protesters_gathered_in_the_region(gazetteer):
    assert "Tavush" not in _events("Protesters gathered in the Tavush region on Friday.", gazetteer)
