"""Places a sentence names only to say what they belong to or who speaks: a district one side counts a village as part
of, and a reader named by the town they come from who "put it this way". The news in sentences like them is still
found."""

from tests.helpers import place_layers


def test_the_district_one_side_regards_a_village_as_part_of_is_no_event(gazetteer):
    found = place_layers("Baku regards Talish as part of its Tartar district, and shelling hit Talish on Sunday.",
                         gazetteer)
    assert "Tartar District" not in found, found
    assert "Talish" in found, found


def test_the_district_a_village_was_made_part_of_is_no_event(gazetteer):
    found = place_layers("After the war Azerbaijan made it part of its Gadabay district, and Artsvashen was renamed.",
                         gazetteer)
    assert "Gadabay District" not in found, found


def test_regions_one_side_considers_villages_part_of_are_no_event(gazetteer):
    found = place_layers("Families left villages that Armenians consider part of the Askeran and Martakert regions, "
                         "officials said.", gazetteer)
    assert "Askeran" not in found and "Martakert" not in found, found


def test_a_district_shelled_is_still_news(gazetteer):
    found = place_layers("The ministry said the Tartar district was shelled overnight.", gazetteer)
    assert "Tartar District" in found, found


def test_a_reader_from_a_town_who_put_it_a_way_is_no_event(gazetteer):
    found = place_layers('A reader from Sisian, writing to us last spring, put it this way: "We knew those roads."',
                         gazetteer)
    assert "Sisian" not in found, found
