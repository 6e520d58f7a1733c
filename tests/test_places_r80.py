""""The same district" read back over a line break or to a town's district, and a newsroom's own people located:
a digest that puts each item on a line of its own still means the district of the line
before when it says "shells landed on X in the same district", and "freed the town of X" followed by "six villages
of the same district, naming A, B and C" means X's district, so the villages the gazetteer lacks are kept there and
the ones it files only with that district in brackets are read as those; "Our photographer is in Y", "Duty editor
in Z until 23:00" and "the Z desk" only say where the newsroom's people sit (unless the sentence tells fire or harm;
"Our correspondent in X says the families left" tells of X and keeps it)."""

from tests.helpers import rows


def places(text, gazetteer, published="2020-10-21"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_the_same_district_on_the_next_line_locates_a_village_the_gazetteer_lacks(gazetteer):
    text = ("Rockets hit the village of Shikhlar in the Barda district on Monday, the prosecutors said.\n"
            "The prosecutors said a farmer was hurt when a shell landed on Tazakhut in the same district.\n")
    found = {c["place_name"]: c for c in rows(text, gazetteer)}
    assert "Tazakhut" in found
    assert found["Tazakhut"]["geo_source"] == "approximate"
    assert "Barda District" not in {c["place_name"] for c in rows(text, gazetteer)
                                    if c["quote"].startswith("The prosecutors said a farmer")}


def test_the_same_district_after_a_town_is_that_towns_district(gazetteer):
    text = ("The minister said on television that the army had entered the town of Gubadli.\n"
            "The channel then repeated the statement for its viewers.\n"
            "He said four villages of the same district had been taken too, naming Tazakhut, Ishigli and Khanlig.\n")
    found = {c["place_name"]: c for c in rows(text, gazetteer)}
    assert {"Tazakhut", "Khanlig"} <= set(found)
    assert any(name.startswith("Ishigli") for name in found)
    assert found["Tazakhut"]["geo_source"] == "approximate"


def test_the_same_district_with_no_town_or_district_before_makes_no_village(gazetteer):
    text = ("The minister spoke on television on Tuesday evening.\n"
            "He said four villages of the same district had been taken too, naming Tazakhut and Gorluk.\n")
    assert not {"Tazakhut", "Gorluk"} & places(text, gazetteer)


def test_a_town_named_long_before_is_not_the_same_district(gazetteer):
    text = ("The army entered the town of Gubadli, the minister said.\n"
            "The channel repeated the statement.\n"
            "A singer performed a song.\n"
            "The host thanked the audience.\n"
            "He said villages of the same district had been taken, naming Tazakhut and Gorluk.\n")
    assert not {"Tazakhut", "Gorluk"} & places(text, gazetteer)


def test_a_newsrooms_people_only_say_where_they_sit(gazetteer):
    assert "Tartar" not in places("Our photographer is in Tartar and is filing through the Ganja desk.", gazetteer)
    assert places("Our cameraman is in Barda and will send pictures after dark.", gazetteer) == set()
    assert places("Night editor in Ganja until 22:00; after that, the early desk.", gazetteer) == set()
    assert "Ganja" not in places("The photographs were sent through the Ganja desk.", gazetteer)


def test_a_reporter_telling_fire_or_what_he_saw_keeps_the_town(gazetteer):
    assert "Tartar" in places("Our correspondent in Tartar says most families left the town in the first week.",
                              gazetteer)
    assert "Tartar" in places("Our photographer is in Tartar, where shells hit the market on Monday.", gazetteer)
    assert "Tartar" in places("A reporter in Tartar said shells hit the town's market on Monday.", gazetteer)
    assert "Tartar" in places("Shells hit the market in Tartar on Monday, the ministry said.", gazetteer)

