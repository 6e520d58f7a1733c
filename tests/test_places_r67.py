"""Places a notice or a story names only as background, and a town told through its mayor. A travel advice ("we
advise against all travel to the A and B districts") and a contact line with a telephone number name no scene; nor
do where people stay or live ("staying ... in hotels in X", "sleeping in hotel rooms in Y", "who had been living
in Z", "went on to W, where we spent weeks in a hotel"; families staying with relatives after a flight keep the
town), the town a height is said to protect, a named operation ("the X operation of 1994"), a speech or an
association's rooms in a town, the directions a breakthrough took ("broke through in the A-B and C-D directions"), an area that only places a hill or village described before it, an area
named as a speaking office when the sentence tells of a village in it, works under way ("is building houses in
X") and monasteries a road passes near. Each is kept when the sentence tells harm at the place. The other way round,
a town named only in its mayor's title is the news's place when the mayor tells of damaged houses or people in
cellars and no other place is named."""

from tests.helpers import rows


def places(text, gazetteer, published="2016-05-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# --- a notice's advice and contact line


def test_a_travel_advice_names_no_place(gazetteer):
    text = "We advise against all but essential travel to the Tovuz and Gazakh districts and to the Ijevan area."
    assert not places(text, gazetteer)


def test_a_contact_line_with_a_telephone_number_names_no_place(gazetteer):
    text = "Citizens in Armenia may also call the honorary consul in Gyumri on +374 312 5 55 55 during office hours."
    assert "Gyumri" not in places(text, gazetteer)


def test_a_town_under_fire_in_a_notice_stays(gazetteer):
    text = "On Sunday evening the Tovuz district was shelled, the local authorities said."
    assert places(text, gazetteer)


# --- where people stay or live


def test_where_displaced_people_stay_is_no_place(gazetteer):
    assert "Goris" not in places("Most of the families are staying with cousins or in hotels in Goris.", gazetteer)
    assert "Vanadzor" not in places("The families are sleeping in hotel rooms in Vanadzor for now.", gazetteer)
    text = "Four families who had been living in Sabirabad moved back to their village last week."
    assert "Sabirabad" not in places(text, gazetteer)
    text = "From the checkpoint we drove on to Goris, where we spent the first month in a hotel."
    assert "Goris" not in places(text, gazetteer)


def test_families_staying_with_relatives_after_a_flight_keep_the_town(gazetteer):
    text = "Some families from the border villages are staying with relatives in Vanadzor until the fighting stops."
    assert "Vanadzor" in places(text, gazetteer)


def test_people_living_in_a_town_that_was_shelled_keep_it(gazetteer):
    text = "Families living in Berd spent the night in basements as shells hit the town."
    assert "Berd" in places(text, gazetteer)


# --- a town a height protects, a named operation, a speech


def test_the_town_a_height_protects_is_no_place(gazetteer):
    text = "The army says it holds the hill above Movses, which it says protects the town of Berd."
    found = places(text, gazetteer)
    assert "Berd" not in found and "Movses" in found


def test_a_named_operation_is_no_place(gazetteer):
    text = "The Goris operation of 1992 is still remembered by the older men of the village."
    assert "Goris" not in places(text, gazetteer)


def test_a_speech_in_a_capital_is_no_place(gazetteer):
    text = "In a speech in Yerevan on Monday the minister called the new school a victory."
    assert "Yerevan" not in places(text, gazetteer)


# --- directions of an offensive


def test_the_directions_of_a_breakthrough_are_no_places(gazetteer):
    text = "The ministry says its units broke through the enemy line in the Tartar-Aghdam and Fuzuli-Jabrayil directions."
    assert not places(text, gazetteer) & {"Tartar", "Aghdam", "Fuzuli", "Jabrayil"}


def test_fire_in_one_named_direction_keeps_the_town(gazetteer):
    text = "An ambulance was fired on in the Tartar-Aghdam direction on Thursday, the ministry said."
    assert places(text, gazetteer) & {"Tartar", "Aghdam"}
    text = "The command then ordered a response in the Tartar-Aghdam and Fuzuli-Jabrayil directions, it said."
    assert places(text, gazetteer) & {"Tartar", "Aghdam", "Fuzuli", "Jabrayil"}


# --- an area that only places a site, an office that speaks


def test_an_area_placing_a_described_hill_is_no_place(gazetteer):
    text = "Mount Boyuk Kirs is a height above the plain in the Shusha district."
    found = places(text, gazetteer)
    assert "Shusha District" not in found and "Mount Boyuk Kirs" in found


def test_an_office_named_by_its_district_is_no_place_when_a_village_is_told(gazetteer):
    text = "The executive authority of the Tartar district said two houses in Shikharkh had been hit overnight."
    assert "Tartar District" not in places(text, gazetteer)


# --- works and landmarks along a road


def test_works_under_way_name_no_place(gazetteer):
    text = "The ministry is building new houses for the returning families in Goris, Sisian and other towns."
    assert not places(text, gazetteer) & {"Goris", "Sisian"}


def test_troops_building_a_road_keep_its_ends(gazetteer):
    text = "The village head said Azerbaijani troops were building a road between Sotk and Kut to link their posts."
    assert places(text, gazetteer) & {"Sotk", "Kut"}


def test_monasteries_a_road_passes_near_are_no_places(gazetteer):
    text = "- The road winds through the gorge and passes near the monasteries of Tatev and Noravank."
    assert not places(text, gazetteer) & {"Tatev", "Noravank"}


# --- a town told through its mayor


def test_a_mayor_telling_of_damaged_houses_names_the_town(gazetteer):
    text = "The mayor of Berd, Arsen Hakobyan, said people spent the night in cellars and that five houses were damaged."
    assert "Berd" in places(text, gazetteer)
    text = "Arsen Hakobyan, the mayor of Berd, told reporters that several homes were damaged overnight."
    assert "Berd" in places(text, gazetteer)


def test_a_mayor_speaking_of_other_things_names_no_place(gazetteer):
    text = "The mayor of Berd, Arsen Hakobyan, said the new budget would be approved next week."
    assert "Berd" not in places(text, gazetteer)
