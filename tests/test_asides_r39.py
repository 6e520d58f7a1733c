"""Places named only to locate another, to name a threat or a person's home, and lines that report nothing (a
publisher's note, a programme host's question), in sentences written for these tests.

Conventions followed (heldout39's README, and the older sets where they speak to it): a height "in front of" or
"opposite" a town, a plain it overlooks and the districts a place faces across the line only say where it is; a
place "threatened" from a height is no event there; a farmer, a woman or families "from" a village are named by
their home; a translator's or editor's note and a host's question are no news. A town a height overlooks and the
villages positions face stay (the older sets file them as what is fired on).
"""

from tests.helpers import rows, waypoint_layers


def _places(text, gazetteer):
    return {name for c in rows(text, gazetteer) for name in c["place_name"].split(";")}


def test_a_town_in_front_of_a_height_taken_only_locates_it(gazetteer):
    found = _places("Troops took the Lalatapa height in front of the town of Horadiz, the ministry said.", gazetteer)
    assert "Horadiz" not in found, found


def test_a_village_opposite_another_only_locates_it(gazetteer):
    found = waypoint_layers("The army said it lost ground near Talish opposite Tap Qaraqoyunlu on Monday.", gazetteer)
    assert "Talish" in found and "Tapgaraghoyunlu" not in found, found


def test_the_plain_a_height_overlooks_is_geography(gazetteer):
    found = _places("Officers say the hills at Talish overlooked the plain of Goranboy and Naftalan.", gazetteer)
    assert not found & {"Goranboy", "Naftalan"}, found


def test_districts_a_place_faces_are_no_event(gazetteer):
    found = _places("Troops entered Seysulan on Monday, a village that faces the Goranboy and Tartar districts, the "
                    "ministry said.", gazetteer)
    assert "Seysulan" in found, found
    assert not found & {"Goranboy District", "Tartar District"}, found


def test_a_town_a_height_overlooks_stays(gazetteer):
    found = _places("Azerbaijani forces captured Shusha, the town that overlooks Stepanakert, on Sunday.", gazetteer)
    assert "Stepanakert" in found, found


def test_places_threatened_from_a_height_are_no_event(gazetteer):
    found = _places("The army took the hills near Talish, from which enemy units had threatened the town of "
                    "Naftalan, the ministry said.", gazetteer)
    assert "Talish" in found and "Naftalan" not in found, found
    found = _places("An officer said the enemy had once threatened from those hills to strike the Mingachevir "
                    "reservoir.", gazetteer)
    assert "Mingachevir Reservoir" not in found, found


def test_a_province_describing_a_town_only_locates_it(gazetteer):
    found = _places("In Masis, a town of some 20,000 people in Ararat province, 9,000 refugees have registered.",
                    gazetteer)
    assert "Masis" in found and "Ararat Province" not in found, found


def test_homes_of_people_are_not_where_the_news_is(gazetteer):
    found = _places("A shepherd from Astghashen, who gave only his first name, reached Goris on a tractor.", gazetteer)
    assert "Goris" in found and "Astghashen" not in found, found
    found = _places("In Masis, families from Drmbon have rented small flats.", gazetteer)
    assert "Drmbon" not in found, found
    found = _places("She showed me the villages the families had come from: Drmbon, Vank, Askeran.", gazetteer)
    assert not found & {"Drmbon", "Vank", "Askeran"}, found


def test_a_journey_from_home_and_a_home_left_stay(gazetteer):
    found = _places("Families from Hadrut fled to Goris on Sunday.", gazetteer)
    assert {"Hadrut", "Goris"} <= found, found
    found = _places("Villagers from Tegh said shells hit their houses.", gazetteer)
    assert "Tegh" in found, found


def test_a_publishers_note_reports_nothing(gazetteer):
    text = ("Azerbaijani forces shelled Martuni on Monday, the Defence Army said.\n\n"
            "Editor's note: the town is called Khojavend in Azerbaijan. Kapan is spelt Qafan in some reports.\n")
    found = _places(text, gazetteer)
    assert "Khojavend" in found or "Martuni" in found, found
    assert "Kapan" not in found, found


def test_a_hosts_question_reports_nothing(gazetteer):
    text = ("PRESENTER: What happened at the border today?\n\n"
            "REPORTER: A lorry of aid crossed at Kornidzor this morning.\n\n"
            "PRESENTER: And in Kapan?\n")
    found = _places(text, gazetteer)
    assert "Kornidzor" in found and "Kapan" not in found, found


def test_the_settlement_of_a_village_is_the_village(gazetteer):
    found = _places("The settlement of Seysulan was also taken, the ministry added.", gazetteer)
    assert "Seysulan" in found, found
    found = _places("The Karkijahan settlement of Khankendi was shelled on Monday.", gazetteer)
    assert "Karkijahan" in found, found


def test_a_town_before_its_district_office_speaking_stays_the_town(gazetteer):
    found = _places("A farmer was treated at the hospital in Goranboy, the district health office said.", gazetteer)
    assert "Goranboy" in found and "Goranboy District" not in found, found
