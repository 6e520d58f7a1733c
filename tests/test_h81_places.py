"""A road named by its towns joined with hyphens, one of the towns a name of two words: "the A-Karin Tak section of
the road", "the A-Krasny Bazar-C section of highway". The hyphens bind the two-word town to its neighbours in one
run of capitalised words, so the chain is read across the words (each stop must be a place, a stop the gazetteer
lacks being skipped as on any named road); a compound followed by no road word ("the Nagorno-Karabakh Defence
Army") is read as before. Also the spelling "Chanakchi" of the village Avetaranots (Chanakhchi)."""

from tests.helpers import rows, waypoint_layers


def _places(text, gazetteer, published="2022-12-20"):
    return [c["place_name"] for c in rows(text, gazetteer, published)]


def test_a_section_named_by_a_town_and_a_two_word_village(gazetteer):
    text = "On Tuesday villagers said soldiers had closed the Stepanakert-Mets Shen section of the road for six hours."
    got = _places(text, gazetteer)
    assert any("Stepanakert" in p and "Mets Shen" in p for p in got), got


def test_three_stops_with_a_two_word_town_in_the_middle(gazetteer):
    text = "Military police escorted a convoy of lorries along the Askeran-Karmir Shuka-Martuni section of highway."
    got = ";".join(_places(text, gazetteer))
    assert "Askeran" in got and "Karmir Shuka" in got


def test_a_plain_road_named_so_is_read_too(gazetteer):
    text = "On Friday the police closed the Shushi-Mets Shen road after a landslide, the ministry said."
    layers = waypoint_layers(text, gazetteer, "2022-12-20")
    assert layers.get("Mets Shen") == "corridors" and layers.get("Shusha") == "corridors"


def test_a_hyphenated_name_before_no_road_word_is_no_chain(gazetteer):
    text = "The Nagorno-Karabakh Defence Army said on Monday that the situation was calm."
    assert _places(text, gazetteer) == []


def test_chanakchi_is_avetaranots(gazetteer):
    text = "Within a few days the troops had taken the village of Chanakchi, the ministry said."
    assert "Avetaranots" in _places(text, gazetteer, "2020-11-06")
