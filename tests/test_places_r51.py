"""Places the extractor missed: small villages listed after "villages," or after "beside", two districts sharing one
plural noun after terrain where fighting happened, and Yukhari Oratagh, a village of the Aghdara District."""

from tests.helpers import place_layers, waypoint_layers


def places(text, gazetteer):
    return set(waypoint_layers(text, gazetteer))


def test_small_villages_listed_after_a_plural_noun_are_places(gazetteer):
    text = "The deal on the line concerns three of their villages, Voskepar, Baghanis and Kirants, officials said."
    assert {"Voskepar", "Baghanis", "Kirants"} <= places(text, gazetteer)


def test_small_villages_listed_after_a_colon_are_places(gazetteer):
    assert {"Voskepar", "Baghanis"} <= places("Guards took over two communities: Voskepar and Baghanis.", gazetteer)


def test_a_small_village_inside_a_list_after_beside_is_a_place(gazetteer):
    text = "Border troops now stand beside Berkaber, Voskepar and Baghanis, the service said on Friday."
    assert {"Berkaber", "Voskepar", "Baghanis"} <= places(text, gazetteer)


def test_districts_whose_mountains_saw_fighting_are_its_scene(gazetteer):
    text = "Heavy fighting was reported on Tuesday in the mountains between the Kalbajar and Lachin districts."
    found = place_layers(text, gazetteer)
    assert found.get("Kalbajar District") == "shelling" and found.get("Lachin District") == "shelling"


def test_districts_a_height_lies_between_only_locate_it(gazetteer):
    text = "Troops tried to take a peak which lies on the mountains between the Kalbajar and Lachin districts."
    found = places(text, gazetteer)
    assert "Kalbajar District" not in found and "Lachin District" not in found


def test_yukhari_oratagh_under_both_names(gazetteer):
    for name in ("Yukhari Oratagh", "Verin Horatagh"):
        assert "Yukhari Oratagh" in places(f"A drone struck two artillery lorries in {name} on Wednesday.", gazetteer)
