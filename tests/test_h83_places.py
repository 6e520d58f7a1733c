"""Places read after heldout83 (the northern border): a road closed by fire named as the closure's subject gives
events at both its ends; a small village is a place when visited or listed after "together with"; a capital after
"in" followed by a participle is where the crowd is; a district that is itself shelled is news besides the village
named after it; a village list keeps its unknown names beside the known ones even with one far namesake in it, and
"villages of the district" with no district named reads the district the known ones lie in; lines told together by
their course are background. Each with a case showing the rule does not over-fire."""

from geo.extract.claims import find_attributions
from tests.helpers import rows


def _places(text, gazetteer, published="2021-05-10"):
    return {name: r for r in rows(text, gazetteer, published) for name in r["place_name"].split(";")}


def test_fire_as_the_subject_of_a_closure_gives_the_road_ends(gazetteer):
    found = _places("Machine-gun fire from the heights closed the Koti–Dovegh road for an hour.", gazetteer)
    assert found["Koti"]["layer"] == "corridors" and found["Dovegh"]["layer"] == "corridors"
    found = _places("Gunfire from the other side closed the Koti-Dovegh motorway for twenty minutes in May 2019.",
                    gazetteer)
    assert {"Koti", "Dovegh"} <= set(found)


def test_fire_elsewhere_in_the_sentence_is_no_cause_of_the_closure(gazetteer):
    found = _places("Sniper fire hit Koti overnight and the police closed the Koti–Dovegh road in the morning.",
                    gazetteer)
    assert found["Koti"]["layer"] == "shelling"


def test_reports_at_the_time_keep_the_reports_as_source():
    who = [a.who for a in find_attributions("Shells hit Koti, according to Azerbaijani reports at the time.")]
    assert who and "reports" in who[0] and who[0] != "at the time"
    who = [a.who for a in find_attributions("The radio said Baku reported shelling near Koti.")]
    assert "Baku" in who


def test_a_small_village_visited_or_listed_after_together_with_is_a_place(gazetteer):
    assert "Dovegh" in _places("The governor later visited Dovegh, where he met the village head.", gazetteer)
    found = _places("Troops opened fire at Khashtarak together with Paravakar, Dovegh and Koti on Monday.",
                    gazetteer)
    assert {"Khashtarak", "Paravakar", "Dovegh", "Koti"} <= set(found)


def test_a_small_village_with_no_context_stays_unread(gazetteer):
    assert "Dovegh" not in _places("Dovegh said nothing more about the talks.", gazetteer)


def test_a_capital_after_in_with_a_participle_is_where_the_crowd_is(gazetteer):
    assert "Yerevan" in _places("Thousands rallied in central Yerevan demanding a new government.", gazetteer)


def test_a_capital_demanding_is_still_its_government(gazetteer):
    assert "Yerevan" not in _places("Yerevan demanding guarantees, the talks stalled on Monday near Koti.",
                                    gazetteer)


def test_a_district_shelled_itself_is_news_besides_the_village_named_after_it(gazetteer):
    found = _places("Across the border, the villages of the Shamkir district came under fire as well, and a "
                    "shepherd was wounded in the village of Dallar.", gazetteer)
    assert "Shamkir District" in found and "Dallar" in found


def test_a_district_that_only_locates_its_village_gives_no_event(gazetteer):
    found = _places("Shells fell on the village of Dallar in the Shamkir district on Monday.", gazetteer)
    assert "Dallar" in found and "Shamkir District" not in found


def test_a_village_list_with_one_far_namesake_keeps_its_unknown_names(gazetteer):
    found = _places("Border guards now stand in Koti, Voskevan, Aslanbeyli and Mahmudlu, the office said.", gazetteer)
    assert "Aslanbeyli" in found


def test_a_list_with_no_neighbourhood_places_no_unknown_name(gazetteer):
    found = _places("Border guards now stand in Koti, Aslanbeyli and Mahmudlu, the office said.", gazetteer)
    assert "Aslanbeyli" not in found


def test_villages_of_the_district_with_no_district_named_read_the_known_villages_district(gazetteer):
    found = _places("Inspectors listed damaged roofs in four villages of the district: Chinarli, Dallar, "
                    "Aslanbeyli and Ashagi Salahli.", gazetteer)
    assert {"Chinarli", "Dallar", "Aslanbeyli", "Ashagi Salahli"} <= set(found)


def test_villages_of_the_district_spread_over_two_districts_read_none(gazetteer):
    found = _places("Inspectors listed damaged roofs in three villages of the district: Chinarli, Yanigli and "
                    "Aslanbeyli.", gazetteer)
    assert "Aslanbeyli" not in found


def test_lines_told_together_by_their_course_are_background(gazetteer):
    found = _places("The Yerevan–Gyumri railway and the main gas pipeline both run through the Ashtarak area.",
                    gazetteer)
    assert not {"Yerevan", "Gyumri"} & set(found)
    found = _places("The oil pipelines and the railway to Gyumri all pass through Ashtarak.", gazetteer)
    assert not {"Gyumri", "Ashtarak"} & set(found)


def test_lines_running_through_a_town_that_was_shelled_keep_it(gazetteer):
    found = _places("The pipelines all pass through Shamkir, where shells hit a pumping station on Monday.",
                    gazetteer)
    assert "Shamkir" in found


def test_a_note_to_a_capital_demanding_is_still_its_government(gazetteer):
    found = _places("Azerbaijan sent a note to Yerevan demanding an end to the shelling of Tovuz villages.", gazetteer)
    assert "Yerevan" not in found and "Tovuz" in found


def test_a_name_visited_with_a_possessive_is_a_person(gazetteer):
    found = _places("The governor visited Vahan's family after the shelling of Berd.", gazetteer)
    assert "Vahan" not in found and "Berd" in found


def test_villages_of_the_district_by_a_lake_read_no_lake_as_their_district(gazetteer):
    found = _places("Azerbaijani troops shelled villages of the district overnight: Jil, Vahan, Chambarak and "
                    "Shorzhavan, the ministry said.", gazetteer)
    assert "Chambarak" in found and "Shorzhavan" not in found


def test_a_name_listed_next_to_the_far_village_only_is_not_placed_by_the_neighbours(gazetteer):
    found = _places("Border guards now stand in Koti, Voskevan, Jermuk and Ashotavan, the office said.", gazetteer)
    assert {"Koti", "Voskevan", "Jermuk"} <= set(found) and "Ashotavan" not in found
    found = _places("Border guards now stand in Koti, Voskevan, Ashotavan and Jermuk, the office said.", gazetteer)
    assert "Ashotavan" in found


def test_vehicles_that_all_pass_through_a_town_are_no_lines_told_by_their_course(gazetteer):
    found = _places("The roads were closed on Monday and the trucks all pass through Goris now, officials said.",
                    gazetteer)
    assert "Goris" in found
