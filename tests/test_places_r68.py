"""Places a story names only for where people come from, where a matter was talked about or which way a road leaves
a town. The area a border is named by after the village it locates ("the last village before the border with X"),
the homes protesters or settlers came from ("came from A, B and other places"), a family's past ("whose parents
left C"), where a matter was talked about ("talked about in D, in E"), the start of a generic drive or road to no
named end ("drives down from F to our valley", "the road from G to the south of the country"), a province given as
the kind of the town before it ("Kapan, the Syunik town ..."), an office's address line ("the editorial office,
H."), an exclave a village is claimed as part of and the home of residents whose cars may cross are no scenes; each
is kept when the sentence tells fire, harm or a blockade. A road named by its ends and then shut "where it passes
through" a village happened at that village, not at the road's ends."""

from tests.helpers import rows


def places(text, gazetteer, published="2024-05-02"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# --- the side a border is named by


def test_the_side_of_a_border_after_its_village_is_no_place(gazetteer):
    text = "Berd is the first Armenian town before the long border with the Tovuz district, and shells fell there."
    found = places(text, gazetteer)
    assert "Berd" in found and "Tovuz District" not in found


# --- homes


def test_the_homes_protesters_came_from_are_no_places(gazetteer):
    text = "The demonstrators came from Ijevan, Berd, Dilijan and other places, organisers said on Tuesday."
    assert not places(text, gazetteer) & {"Ijevan", "Berd", "Dilijan"}


def test_the_homes_of_settlers_in_a_list_closed_by_other_places_are_no_places(gazetteer):
    text = "Many of the residents of Kornidzor are families who came from Shamkir, Barda and other towns."
    found = places(text, gazetteer)
    assert not found & {"Shamkir", "Barda"}


def test_a_family_s_past_is_no_place(gazetteer):
    text = "At the meeting Ani Hakobyan, whose parents left Shamkir in 1988, spoke about the new school in Goris."
    assert "Shamkir" not in places(text, gazetteer)


def test_people_who_came_from_a_shelled_village_keep_it(gazetteer):
    text = "The families came from Berd and other villages after shells hit their houses on Sunday."
    assert "Berd" in places(text, gazetteer)


# --- talk, drives and roads


def test_where_a_matter_was_talked_about_is_no_place(gazetteer):
    text = "All spring the new road has been talked about in Goris, in Kapan and in every village along it."
    assert not places(text, gazetteer) & {"Goris", "Kapan"}


def test_the_start_of_a_generic_drive_is_no_place(gazetteer):
    text = "Anyone who drives down from Gyumri to our valley passes the old church at the bend."
    assert "Gyumri" not in places(text, gazetteer)
    text = "The old road from Vanadzor to the south of the province crosses a pass and passes by the village of Lori Berd."
    assert "Vanadzor" not in places(text, gazetteer)


def test_a_road_from_a_town_to_a_named_village_keeps_the_town(gazetteer):
    text = "The governor says a road from Ijevan to the village will be built this year."
    assert "Ijevan" in places(text, gazetteer)


# --- a province as the kind of a town, an address line, a claim and residents


def test_a_province_as_the_kind_of_the_town_before_it_is_no_place(gazetteer):
    text = "In March the minister sent an adviser to Kapan, the Syunik town where the new plant would be built."
    found = places(text, gazetteer)
    assert "Syunik Province" not in found


def test_a_province_after_a_town_in_a_list_stays(gazetteer):
    text = "Shells hit Kapan, the Syunik capital, and villages around it overnight."
    assert "Kapan" in places(text, gazetteer)


def test_an_address_line_is_no_place(gazetteer):
    assert "Ijevan" not in places("Send your letters to the editorial office, Ijevan.", gazetteer)


def test_an_exclave_a_village_is_claimed_as_part_of_is_no_place(gazetteer):
    text = "The highway passes the village of Artsvashen, which Baku claims as part of its Gazakh district."
    assert "Gazakh District" not in places(text, gazetteer)


def test_the_home_of_residents_whose_cars_may_cross_is_no_place(gazetteer):
    text = "The gate at Julfa reopened on 3 March only for cars belonging to residents of Ordubad, the service said."
    assert "Ordubad" not in places(text, gazetteer)


# --- a road shut where it passes through a village


def test_a_road_shut_where_it_passes_through_a_village_is_at_the_village(gazetteer):
    text = "Police said the Yerevan-Goris road had also been closed where it passes through Areni."
    found = places(text, gazetteer)
    assert "Areni" in found and not found & {"Yerevan", "Goris"}


def test_a_road_shut_with_no_village_keeps_its_ends(gazetteer):
    text = "Police said the Yerevan-Goris road had also been closed on Tuesday."
    assert places(text, gazetteer) & {"Yerevan", "Goris"}
