"""Place mentions: villages the supplement now holds (sourced rows), and an Armenian "Nor" ("new") that makes
another village's name ("Nor Erkej" is not Erkej)."""

import datetime as dt

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2022, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


def test_villages_of_the_former_shahumyan_district(gazetteer):
    found = places("Troops entered the villages of Buzluk and Erkej in the spring.", gazetteer)
    assert {"Buzluk", "Erkej"} <= found and "Agarak" not in found, found


def test_chaylu_is_the_tartar_village_chayli(gazetteer):
    found = places("Soldiers traded fire overnight near the village of Chaylu.", gazetteer)
    assert "Chayli (Tartar)" in found, found


def test_nor_makes_another_village(gazetteer):
    found = places("A shepherd went missing on Monday near the village of Nor Erkej.", gazetteer)
    assert "Erkej" not in found, found


def test_a_rail_crossing_on_the_georgian_border(gazetteer):
    found = places("Some 900 wagons were held at the Boyuk Kesik crossing on Tuesday.", gazetteer)
    assert "Boyuk Kesik" in found, found


def test_a_ministry_speaking_in_its_capital(gazetteer):
    found = places("In Yerevan, the Defence Ministry said Azerbaijani units had fired at Tegh overnight.", gazetteer)
    assert "Tegh" in found and "Yerevan" not in found, found


def test_a_foreign_ministry_in_another_capital_is_not_the_capitals_own(gazetteer):
    found = places("In Baku, the Russian Foreign Ministry said its envoy would visit Lachin.", gazetteer)
    assert "Lachin" in found, found


def test_a_second_capital_after_officials_in(gazetteer):
    found = places("Azerbaijani troops shelled positions near Kapan on Monday; officials in Baku and Yerevan gave no comment.", gazetteer)
    assert "Kapan" in found and not {"Baku", "Yerevan"} & found, found


def test_an_armenian_district_named_after_its_town_is_the_town(gazetteer):
    """Armenia's districts (raions) were abolished in 1995: "the Meghri district" is read as the town, like
    "the Goris district"; the enlarged municipality keeps its own name."""
    found = places("The railway to Nakhchivan through Armenia's Meghri district was cut in 1992.", gazetteer)
    assert "Meghri" in found and "Meghri Municipality" not in found, found


def test_four_districts_listed_are_all_places(gazetteer):
    found = places("Armenian units fired at villages of the Gazakh, Tovuz, Shamkir and Gadabay districts on Monday.",
                   gazetteer)
    assert {"Gazakh District", "Tovuz District", "Gadabay District"} <= found, found


def test_a_rivers_course_is_geography(gazetteer):
    found = places("The Hakari itself flows south past Lachin and then through the Gubadli district into the Araks.",
                   gazetteer)
    assert not found, found


def test_a_river_sentence_with_an_event_keeps_its_places(gazetteer):
    found = places("Azerbaijani troops shelled Kapan on Monday as the river flows past the town.", gazetteer)
    assert "Kapan" in found, found


def test_what_a_place_is_among_its_kind_is_geography(gazetteer):
    found = places("Lake Parz, whose northern shore the trail follows from Dilijan, is the deepest lake of Tavush.",
                   gazetteer)
    assert not found, found
    found = places("Martakert, the largest town of the district, was shelled on Monday.", gazetteer)
    assert "Martakert" in found, found


def test_a_syllable_more_is_another_village(gazetteer):
    from geo.extract.mentions import finder_for
    finder = finder_for(gazetteer)
    assert finder.fuzzy("Vardanidzor") is None           # not Vardadzor, two letters shorter


def test_a_water_tunnel_is_named_after_its_waters(gazetteer):
    found = places("Water from the Kechut reservoir flowed again on Friday through the Arpa–Sevan tunnel into "
                   "Lake Sevan, the ministry said.", gazetteer)
    assert "Areni" not in found and "Sevan" not in found, found


def test_a_variant_the_named_district_confirms_is_no_far_guess(gazetteer):
    text = ("A soldier was killed on Monday near the village of Chayli in the Tartar district, the ministry said.\n\n"
            "Azerbaijani troops also shelled Kapan on Monday, Armenian officials said.")
    found = places(text, gazetteer)
    assert {"Chayli (Tartar)", "Kapan"} <= found, found


def test_a_given_name_before_an_arabic_particle_is_a_person(gazetteer):
    found = places("Omar al-Faruq, a UN engineer, said 40 families had returned to Imishli on Friday.", gazetteer)
    assert "Omar Pass" not in found, found


def test_an_office_in_a_capital_is_an_institution(gazetteer):
    found = places("Lena Ortiz, who ran the UNHCR office in Yerevan, said 300 families had reached Goris.", gazetteer)
    assert "Yerevan" not in found and "Goris" in found, found


def test_a_soldiers_home_district_is_no_event(gazetteer):
    found = places("Two soldiers were killed near Talish on Sunday: Elvin Huseynov, 21, who had been conscripted "
                   "from the Zardab district, and Orkhan Gasimov, 20, from the Imishli district.", gazetteer)
    assert "Talish" in found and not {"Zardab District", "Imishli District", "Imishli", "Zardab"} & found, found


def test_people_named_by_their_district(gazetteer):
    found = places("Refugees from the Zangilan district told reporters that tanks had shelled Minjivan on Monday.",
                   gazetteer)
    assert "Minjivan" in found and "Zangilan District" not in found, found


def test_what_kind_of_place_and_where_is_geography(gazetteer):
    assert not places("Sos, also written Sus, is a large village on the road between Martuni and Karmir Shuka.",
                      gazetteer)
    assert not places("The Lachin district borders Armenia's Goris area along the Hakari valley.", gazetteer)
