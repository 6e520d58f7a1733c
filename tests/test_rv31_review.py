"""Review of the rules of the rounds on heldout194 to heldout205: wordings near each rule that it must not change (a
misfire mended by narrowing it), and the cases it was written for, kept."""
import datetime

from geo.extract import extract_text


def _found(text, day=datetime.date(2023, 9, 20)):
    return {e["place"]: e for e in extract_text(text, day)}


def _at(text, place, day=datetime.date(2023, 9, 20)):
    """The events at ``place``, alone or in a group of places ("A;B")."""
    return [e for e in extract_text(text, day) if place in e["place"].split(";")]


# corridors only as the subject of a gathering: a day after "on" is no topic, and traffic told after it stays
def test_traffic_told_after_talks_on_a_day_is_kept():
    events = _at("Negotiations over the Lachin road continued on Monday as trucks waited at Kornidzor.", "Kornidzor")
    assert [e["layer"] for e in events] == ["corridors"]


def test_corridors_only_a_conference_topic_stay_dropped():
    found = _found("A conference on the transport corridors of the region was held in Baku on Monday.")
    assert found["Baku"]["layer"] == "other"


# the places where the writer's people have kin: dropped, the whole list, unless a clause after it tells their news
def test_kin_places_whose_news_a_clause_tells_are_kept():
    found = _found("Many of our customers have family in the Kapan and Goris districts, where the gas was cut off "
                   "on Monday.")
    assert {"Kapan", "Goris"} <= {p for e in found for p in e.split(";")}


def test_kin_places_handed_over_are_kept():
    found = _found("Our driver has family in Lachin and Kalbajar, which were handed over to Azerbaijan on Monday.")
    assert {"Lachin", "Kalbajar"} <= set(found)


def test_kin_list_alone_is_still_dropped():
    assert not _found("Many of our customers have family in the Tartar and Aghdam districts.")


# a private journey told as a habit or a memory names no event, in its own clause only: a return, a flight or a road
# closed told after it stays
def test_return_told_after_a_habit_is_kept():
    found = _found("My father used to go to Lachin; on Monday he returned to Lachin with the first convoy of "
                   "returnees.")
    assert found["Lachin"]["start_date"] == "2023-09-18"


def test_flight_told_after_a_memory_is_kept():
    found = _found("Her parents used to take the train to Nakhchivan; in 1992 they fled Kalbajar on foot.")
    assert "Nakhchivan" not in found and found["Kalbajar"]["layer"] == "other"


def test_road_closed_after_a_habit_is_kept():
    found = _found("My brother used to drive to Goris, and on Monday the road to Goris was closed.")
    assert found["Goris"]["layer"] == "corridors"


def test_blockade_said_by_a_member_of_a_memory_is_kept():
    found = _found("One of our members, who once went by bus to Stepanakert, said the Lachin corridor was blocked "
                   "on Monday.")
    assert "Stepanakert" not in found and found["Lachin"]["layer"] == "corridors"


def test_habit_alone_is_still_dropped():
    assert not _found("My uncle used to drive a lorry to Shusha and Aghdam before the war.")


# a bridge named by the two banks it joins names its bank abroad only when the other bank is the region's, near it
def test_bridge_between_two_towns_abroad_names_no_side():
    assert not _found("A bridge between Tabriz and Marand was repaired on Monday.")


def test_bridge_as_a_figure_of_speech_names_no_side():
    found = _found("Engineers inspected the bridge between Yerevan and Moscow on Monday.")
    assert "Moscow" not in found


def test_border_bridge_names_its_side_abroad():
    assert _at("Work began on Monday on a new bridge between Ordubad and Siyahrud over the Aras.", "Siyahrud")


# "As X describes it": the source's account, not a day's report, and a plural possessive is the source's too
def test_a_days_report_describing_it_names_no_source():
    found = _found("As Monday's report described it, drones struck Sotk.")
    assert found["Sotk"]["claimed_by"] != "Monday"


def test_plural_possessive_report_describing_it_is_the_source():
    found = _found("As Reuters' report described it, shells hit Tartar on Monday.")
    assert found["Tartar"]["claimed_by"] == "Reuters"


# a television named as such is "the channel" further on: not a closed-circuit camera, and without its owner's name
def test_cctv_footage_is_no_channel():
    found = _found("CCTV footage from a checkpoint was released on Monday. The channel said shells had hit Tartar "
                   "overnight.")
    assert found["Tartar"]["claimed_by"] != "CCTV"


def test_owner_named_before_a_television_is_not_its_name():
    found = _found("Footage posted by the Defence Ministry's Zvezda TV on Monday showed the strike. The channel said "
                   "drones had struck Sotk.")
    assert found["Sotk"]["claimed_by"] == "Zvezda TV"


# troops or posts sent into, set up in or withdrawn from a province: not housing or firefighters' units, not job posts
# or a post office
def test_housing_units_set_up_in_a_province_are_no_force():
    assert not _found("Two hundred housing units were set up in Syunik for the displaced on Monday.")


def test_firefighters_units_sent_to_a_province_are_no_force():
    assert not _found("The government sent two units of firefighters to Syunik on Monday.")


def test_post_office_closed_is_no_checkpoint():
    found = _found("The village post office was closed on Monday in Tegh.")
    assert all(e["layer"] != "checkpoints" for e in found.values())


def test_job_posts_set_up_are_no_checkpoint():
    found = _found("Two new job posts were set up in Kapan's hospital on Monday.")
    assert all(e["layer"] != "checkpoints" for e in found.values())


def test_military_posts_withdrawn_from_provinces_are_kept():
    found = _found("The ministry said on Monday its military posts would be withdrawn from Tavush and Gegharkunik.")
    assert found["Tavush"]["layer"] == found["Gegharkunik"]["layer"] == "checkpoints"


# the tradesman a shop deals with, named by his town, only locates: his own return to the town is told there
def test_tradesman_returning_to_his_town_keeps_it():
    found = _found("The smith in Shusha returned to his forge on Monday for the first time since 1992.")
    assert found["Shusha"]["start_date"] == "2023-09-18"


def test_tradesman_only_named_by_his_town_is_still_dropped():
    assert not _found("The smith in Tartar charged the same as last year.")


# a unit named by its home in an aside is described by it, unless it is told hit there, no other place named
def test_unit_stationed_in_a_town_and_shelled_keeps_the_town():
    found = _found("The regiment, which was stationed in Shusha, was shelled on Monday.")
    assert found["Shusha"]["layer"] == "shelling"


def test_unit_based_in_a_town_struck_by_drones_keeps_the_town():
    found = _found("Drones struck the brigade, which is based in Aghdam, on Monday.")
    assert found["Aghdam"]["layer"] == "shelling"


def test_unit_home_with_drills_is_still_dropped():
    assert not _found("The 102nd base, which is stationed in Gyumri, held drills on Monday.")


# rescue work abroad: the town opening the sentence after its day, or as where the rescuers worked, is the scene
def test_rescue_town_after_the_opening_day_is_the_scene():
    found = _found("On Tuesday, in Antakya, Azerbaijani rescuers dug a boy out of the rubble.")
    assert found["Antakya"]["start_date"] == "2023-09-19"


def test_rescue_town_where_the_team_worked_is_the_scene():
    found = _found("Working in Antakya, the Armenian team pulled a woman out alive on Tuesday.")
    assert found["Antakya"]["layer"] == "other"


def test_corridors_of_two_kinds_only_a_conference_topic_stay_dropped():
    found = _found("On Thursday the town of Zangilan hosted a conference on the transport and energy corridors of the "
                   "region.")
    assert found["Zangilan"]["layer"] == "other"
