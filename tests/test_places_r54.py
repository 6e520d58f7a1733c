"""Places the gazetteer lacked or the finder dropped: a height named with the singular "height" ("the X height"),
the height above Parukh in the Askeran area (kept apart from the Vayots Dzor village of its name), and "Furukh", the
Russian defence ministry's spelling of Parukh."""

from tests.helpers import rows


def places(text, gazetteer):
    return {c["place_name"] for c in rows(text, gazetteer)}


def points(text, gazetteer):
    """Place → its (lon, lat), as the row draws it."""
    return {c["place_name"]: tuple(c["coordinates"][0]) for c in rows(text, gazetteer)}


def test_a_height_named_with_the_singular_word_is_found(gazetteer):
    text = ("Troops moved into Parukh on Thursday, the army said. "
            "Overnight, two soldiers were hurt by mortar fire on the Karaglukh height.")
    assert "Karaglukh (Askeran)" in places(text, gazetteer)


def test_fighting_for_a_height_is_found(gazetteer):
    text = "Parukh was entered on Thursday. Fighting for the Karaglukh height went on all Friday."
    assert "Karaglukh (Askeran)" in places(text, gazetteer)


def test_the_height_near_parukh_is_not_the_village_in_armenia(gazetteer):
    text = ("Troops crossed into Parukh on Thursday, local officials said. "
            "A drone hit a trench on the Karaglukh height that night.")
    found = points(text, gazetteer)
    lon, lat = found["Karaglukh (Askeran)"]
    assert lon > 46.5                       # in Karabakh, not Vayots Dzor (45.27 E)
    assert "Karaglukh" not in found


def test_a_height_word_after_a_town_without_a_height_keeps_the_town(gazetteer):
    assert "Goris" in places("Shells fell on the Goris height on Monday, the ministry said.", gazetteer)


def test_the_russian_ministrys_spelling_of_parukh_is_parukh(gazetteer):
    found = places("Moscow said drones had struck two trenches near Furukh overnight.", gazetteer)
    assert found == {"Parukh"}


def test_the_military_cemetery_in_yerevan_is_drawn_at_the_cemetery(gazetteer):
    found = points("A second soldier was buried at the Yerablur military cemetery in Yerevan on Tuesday.", gazetteer)
    assert set(found) == {"Yerablur"}
    lon, lat = found["Yerablur"]
    assert abs(lon - 44.454) < 0.01 and abs(lat - 40.160) < 0.01   # the western hill, not the city centre


def test_the_cemetery_named_alone_is_found(gazetteer):
    assert places("Relatives laid flowers at Yerablur on the anniversary.", gazetteer) == {"Yerablur"}
