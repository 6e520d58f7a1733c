"""Places that only frame the news, and news a framing line still tells: a readers' question keeps a place when a
clause of its own tells what happened there ("the court in X, which was hit on 28 September"); a possessive after a
village ("Trend's correspondent") is no village; a press release's numbered notes to editors are background; a
distance measured to a town, the outlet's spelling rule for a name, a person's workplace or the outlet's own desk, a
family's roots, a request to the audience and the districts a road's course runs through name no event there; and a
district only says where the villages are when the sentence counts and names them ("A, B and C, three villages of
the X district", "two villages of the Y district, D and E", "four villages of Z, among them F")."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="2020-10-20"):
    return {r["place_name"] for r in rows(text, gazetteer, published)}


# -- a readers' question that also tells what happened -----------------------------------------------------------

def test_a_readers_question_about_a_building_hit_on_a_day_keeps_the_town(gazetteer):
    text = "Readers have asked about the music school in Barda, which was shelled on 5 October."
    assert place_layers(text, gazetteer, "2020-10-20") == {"Barda": "shelling"}


def test_a_readers_question_alone_names_no_event(gazetteer):
    assert places("Readers have asked about the music school in Barda.", gazetteer) == set()


# -- a possessive after a village ---------------------------------------------------------------------------------

def test_an_agency_s_possessive_after_an_unknown_village_is_no_second_village(gazetteer):
    text = "In the Tartar district, two shells fell on the village of Shikharkh, Report's local correspondent said."
    found = places(text, gazetteer)
    assert not any("Report" in name for name in found)
    assert found                                            # the village itself is still placed


# -- a press release's notes to editors -----------------------------------------------------------------------------

RELEASE = ("The Caucasus Transport Society met on Tuesday to discuss the new roads of the south.\n\n"
           "ENDS\n\n"
           "NOTES TO EDITORS\n"
           "1. The society was founded in 1998.\n"
           "2. The new highway runs from Horadiz through Jabrayil to Zangilan and Aghband.\n")


def test_numbered_notes_to_editors_name_no_event(gazetteer):
    assert places(RELEASE, gazetteer, "2022-05-04") == set()


def test_a_paragraph_after_a_one_paragraph_note_is_news_again(gazetteer):
    text = ("The ministry reported shooting on the border on Monday.\n\n"
            "NOTE FOR EDITORS\n\n"
            "The ministry publishes its bulletins every morning.\n\n"
            "Residents of Tovuz said shells fell on the edge of the town on Monday evening.")
    assert "Tovuz" in places(text, gazetteer, "2020-07-14")


# -- a distance measured to a town ----------------------------------------------------------------------------------

def test_a_distance_by_road_to_two_towns_names_no_event(gazetteer):
    text = "Distance by road to Lachin about 60 kilometres; to Ganja about 250 kilometres."
    assert places(text, gazetteer, "2021-11-01") == set()


def test_a_road_shelled_at_a_distance_from_a_town_keeps_the_road_s_town(gazetteer):
    text = "Shells fell on the road to Tartar about 20 kilometres away, the ministry said."
    assert "Tartar" in places(text, gazetteer)


# -- the outlet's spelling rule -------------------------------------------------------------------------------------

def test_the_outlet_s_spelling_rule_for_a_name_is_no_event(gazetteer):
    text = 'Please keep "Terter" as read on air, although our written style is Tartar.'
    assert places(text, gazetteer) == set()


def test_the_house_spelling_named_beside_news_does_not_hide_the_news(gazetteer):
    text = "Shells hit Terter overnight, the district police said; our house spelling is Tartar."
    assert "Tartar" in places(text, gazetteer)


# -- a workplace, the outlet's desk ---------------------------------------------------------------------------------

def test_where_a_speaker_teaches_is_no_scene(gazetteer):
    text = ("Leyla Aliyeva, who left the village as a child and now teaches at a school in Sumgayit, watched the "
            "news with her father.")
    assert "Sumgayit" not in places(text, gazetteer)


def test_the_outlet_s_desk_is_no_scene(gazetteer):
    text = "Our desk in Ganja, where the story was revised, has written a new rule on how to give times."
    assert places(text, gazetteer) == set()


def test_a_school_hit_in_a_town_is_still_the_scene(gazetteer):
    assert place_layers("A shell hit a school in Tartar on Monday.", gazetteer) == {"Tartar": "shelling"}


def test_one_s_studies_in_a_city_are_not_a_workplace(gazetteer):
    text = "The student had been on his way to continue his studies at a university in Yerevan."
    assert "Yerevan" in places(text, gazetteer, "2020-11-20")


# -- a family's roots, a request to the audience --------------------------------------------------------------------

def test_the_district_a_community_has_roots_in_is_no_scene(gazetteer):
    text = ("Many of the families who come to our Sunday school in Hamburg have roots in the Lachin district, and the "
            "last month has brought them much news.")
    assert places(text, gazetteer) == set()


def test_roots_in_one_town_leave_the_place_where_the_families_gathered(gazetteer):
    text = "Families with roots in Lachin gathered in Goris on Sunday."
    assert places(text, gazetteer) == {"Goris"}


def test_members_asked_to_bring_photographs_of_a_district_is_a_request(gazetteer):
    text = "Members are asked to bring old photographs of the Kalbajar district to the meeting next week."
    assert places(text, gazetteer) == set()


def test_a_request_reported_as_the_police_s_keeps_the_road_shelled(gazetteer):
    text = "Readers are asked to avoid the Tartar road, which was shelled overnight, police said."
    assert "Tartar" in places(text, gazetteer)


# -- the districts of a road's course -------------------------------------------------------------------------------

def test_the_districts_a_road_runs_through_are_its_course(gazetteer):
    text = ("The highway is about 120 kilometres long and runs through the Gubadli, Lachin and Zangilan districts, "
            "the road agency said.")
    assert places(text, gazetteer, "2022-03-01") == set()


def test_a_convoy_moving_through_districts_is_still_told(gazetteer):
    text = "A convoy passed through the Tartar and Barda districts on Monday."
    assert places(text, gazetteer) == {"Tartar District;Barda District"} or \
        {"Tartar District", "Barda District"} <= places(text, gazetteer)


def test_a_highway_opened_through_a_district_is_still_told(gazetteer):
    text = "The new highway runs through the Gubadli district and was opened on Friday."
    assert places(text, gazetteer, "2022-03-01") == {"Gubadli District"}


# -- a district counted with its named villages -----------------------------------------------------------------------

def test_a_district_after_a_counted_list_of_its_villages_only_locates_them(gazetteer):
    text = ("The minister said his troops had taken Sugovushan, Talish and Madagiz, three villages of the Tartar "
            "district.")
    found = places(text, gazetteer, "2020-10-04")
    assert "Tartar District" not in found
    assert {"Talish", "Madagiz"} <= found


def test_a_count_of_villages_named_after_their_district_only_locates_them(gazetteer):
    text = "He said that two villages of the Fuzuli district, Garakhanbeyli and Kend Horadiz, had also been taken."
    found = places(text, gazetteer)
    assert "Fuzuli District" not in found
    assert "Kend Horadiz" in found


def test_villages_counted_and_one_named_among_them_leave_the_district_out(gazetteer):
    text = "The minister claimed that five villages of the Jabrayil district had been taken, among them Karkhulu."
    assert "Jabrayil District" not in places(text, gazetteer, "2020-10-04")


def test_villages_counted_with_none_named_are_the_district_s_event(gazetteer):
    assert "Tartar District" in places("Two villages of the Tartar district were shelled overnight.", gazetteer)
