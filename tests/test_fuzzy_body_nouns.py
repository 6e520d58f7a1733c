"""The English noun of a body or a building, capitalised as part of its name, is no loose spelling of a village:
"at the Institute of Archaeology" put an event at Institut, a village of Azerbaijan, before. The village written
as itself is still found."""

from tests.helpers import rows


def _places(text, gazetteer, published="2021-05-05"):
    return [r["place_name"] for r in rows(text, gazetteer, published)]


def test_a_researcher_at_the_institute_names_no_village(gazetteer):
    text = "A researcher at the Institute of Archaeology in Baku said the cave had been looted in 1993."
    assert "Institut" not in _places(text, gazetteer)


def test_staff_of_the_institute_leave_only_the_road_town(gazetteer):
    text = "Staff of the Institute said the road to Lachin was closed on Monday."
    assert _places(text, gazetteer) == ["Lachin"]


def test_a_museum_or_an_academy_is_no_village_either(gazetteer):
    for noun in ("Academy", "Museum", "University"):
        text = f"A guard at the {noun} said shells had been heard near Tartar on Monday."
        assert _places(text, gazetteer) == ["Tartar"], noun


def test_the_village_written_as_itself_is_still_found(gazetteer):
    text = "Shells fell on Institut, a village near Ganja, on Monday."
    assert "Institut" in _places(text, gazetteer)
