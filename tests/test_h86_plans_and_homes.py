"""A tour operator's itineraries named by their places and called off are no events; a counted group's homes ("Most
come from A; others are from B", "Several of them come from the villages around C") only say who the people are; a
place the sentence says nothing happened to is no event, and a later event there is still found; a state body's
capital seat is also where it says people were handed over or held "there"; an appeal's "Where to give" section
is no news; a firm's own guide or drivers "in" a town only locate them; ", on the road to Y," after a site only
locates it; a depot "on" the A–B road is at the end the article already reported it at; an obituary's survivors'
homes are no events; an offer put to the reader ("If you ...") or a request to guests names no events; someone's
job "in" a town only locates them; comrades named by their homes beside another place only say who they are."""

from tests.helpers import rows


def _places(text, gazetteer, published="2023-10-08"):
    return {p for r in rows(text, gazetteer, published) for p in r["place_name"].split(";")}


def test_cancelled_itineraries_name_no_events(gazetteer):
    text = ("Itineraries SY-2 (Goris, Tatev and Jermuk) and SY-4 (the Sisian rock art walk) are cancelled until "
            "the spring.")
    assert not _places(text, gazetteer) & {"Goris", "Tatev", "Jermuk", "Sisian"}


def test_tours_called_off_after_fire_there_keep_the_fire(gazetteer):
    text = "Tours to Jermuk were cancelled after shelling hit Jermuk on Monday."
    assert "Jermuk" in _places(text, gazetteer)


def test_a_counted_groups_homes_only_say_who_they_are(gazetteer):
    assert not _places("Most come from Goris; others are from Sisian, Kapan and the villages around them.",
                       gazetteer) & {"Goris", "Sisian", "Kapan"}
    assert "Kapan" not in _places("Several of the new pupils come from the villages around Kapan.", gazetteer)


def test_a_group_coming_from_one_town_to_another_is_a_journey(gazetteer):
    assert {"Goris", "Kapan"} <= _places("Most come from Goris to Kapan by bus.", gazetteer)


def test_nothing_happened_to_a_town_is_no_event_and_a_later_event_there_is_found(gazetteer):
    text = ("Nothing has happened to Sisian itself, and the market is open. "
            "A field kitchen was set up in Sisian for the new arrivals.")
    found = [r for r in rows(text, gazetteer, "2023-10-08") if r["place_name"] == "Sisian"]
    assert found and all("field kitchen" in r["quote"] for r in found)


def test_a_capital_seat_where_people_were_handed_over_there(gazetteer):
    text = "The Security Service in Yerevan said the two men had been handed over to the police there."
    assert "Yerevan" in _places(text, gazetteer)


def test_a_capital_seat_alone_stays_a_seat(gazetteer):
    assert "Yerevan" not in _places("The Security Service in Yerevan said the border was calm.", gazetteer)
    assert "Baku" not in _places("The ministry in Baku said it had hit positions there.", gazetteer)


def test_an_appeals_where_to_give_section_is_no_news(gazetteer):
    text = ("APPEAL FOR DONORS\nBlood Centre - Vanadzor\nTuesday 3 October 2023, 10:00\n\n"
            "We ask every healthy adult to give blood today.\n\n"
            "Why now\n\nShells hit the market in Berd last night, and many people were wounded.\n\n"
            "Where to give\n\n- In Ijevan: the regional hospital, today from 9:00 to 16:00.\n"
            "- In Dilijan and Sevan: the town clinics, during normal hours.\n\n"
            "Who can give\n\nYou can give blood if you are between 18 and 65.")
    found = _places(text, gazetteer, "2023-10-03")
    assert "Berd" in found
    assert not found & {"Ijevan", "Dilijan", "Sevan"}


def test_a_firms_own_guide_or_drivers_in_a_town_only_locate_them(gazetteer):
    text = ("Our guide in Goris, who has worked with us since 2016, is safe; we have not been able to reach our "
            "drivers in Sisian.")
    assert not _places(text, gazetteer) & {"Goris", "Sisian"}


def test_a_firms_drivers_hit_in_a_town_are_news_there(gazetteer):
    assert "Sisian" in _places("Our drivers in Sisian were wounded when shells hit the depot.", gazetteer)


def test_the_road_to_a_town_in_an_aside_only_locates_the_site(gazetteer):
    text = "Last night a fuel depot exploded outside Goris, on the road to Sisian, while cars were queuing there."
    found = _places(text, gazetteer, "2023-09-26")
    assert "Goris" in found and "Sisian" not in found


def test_a_convoy_on_the_road_to_a_town_keeps_its_route(gazetteer):
    assert {"Goris", "Sisian"} <= _places("The convoy left Goris on the road to Sisian on Monday.", gazetteer)


def test_a_depot_on_a_road_is_at_the_end_already_reported(gazetteer):
    text = ("A fuel depot exploded outside Goris on Monday. On Monday evening he was standing in the long queue at "
            "the depot on the Goris–Sisian road, where petrol was being handed out free, when the tanks exploded.")
    found = [r for r in rows(text, gazetteer, "2023-09-27") if "long queue" in r["quote"]]
    assert {p for r in found for p in r["place_name"].split(";")} == {"Goris"}


def test_a_post_on_a_road_keeps_both_ends(gazetteer):
    text = "Lorries waited for days in front of a police post on the Goris–Sisian road."
    assert {"Goris", "Sisian"} <= _places(text, gazetteer)


def test_an_obituarys_survivors_homes_are_no_events(gazetteer):
    text = ("She is also survived by her brother Vahe in Sisian, from whom the family has had no news since Monday, "
            "by her sister in Kapan and by two grandchildren.")
    assert not _places(text, gazetteer, "2023-09-30") & {"Sisian", "Kapan"}


def test_a_death_told_before_the_survivors_keeps_its_place(gazetteer):
    found = _places("He was killed in Goris and is survived by his wife in Sisian.", gazetteer, "2023-09-30")
    assert "Goris" in found and "Sisian" not in found


def test_an_offer_put_to_the_reader_names_no_events(gazetteer):
    text = ("If you would prefer to move your booking, we will waive the difference for the Jermuk and Sisian "
            "programme and the Ijevan wine route.")
    assert not _places(text, gazetteer, "2023-09-21") & {"Jermuk", "Sisian", "Ijevan"}


def test_a_request_to_guests_names_no_events(gazetteer):
    text = ("We ask guests on these tours to be patient: Jermuk may become very busy in the coming days, and we may "
            "need to move some groups to hotels in Sisian.")
    assert not _places(text, gazetteer, "2023-09-21") & {"Jermuk", "Sisian"}


def test_a_reported_condition_keeps_its_news(gazetteer):
    text = "If you drive to Sisian, expect delays: shells hit the bridge at Sisian overnight, police said."
    assert "Sisian" in _places(text, gazetteer, "2023-09-21")


def test_someones_job_in_a_town_only_locates_them(gazetteer):
    text = "My cousin is a nurse in Kapan and she has not slept properly since the burned patients started coming in."
    assert "Kapan" not in _places(text, gazetteer, "2023-10-08")


def test_a_job_in_a_town_named_again_as_the_scene_stays_news(gazetteer):
    text = "He was a teacher in Goris and was wounded there when shells hit the school."
    assert "Goris" in _places(text, gazetteer, "2023-10-08")


def test_comrades_named_by_their_homes_beside_another_place(gazetteer):
    text = ("The union sends its condolences to the families of our comrades from Sisian and Kapan whose sons were "
            "killed on 19 September, and to the families of those who died in the blast at the depot outside Goris.")
    found = _places(text, gazetteer, "2023-10-06")
    assert "Goris" in found and not found & {"Sisian", "Kapan"}


def test_fire_or_weapons_counted_by_where_they_come_from_keep_the_place(gazetteer):
    assert "Aghdam" in _places("Most of the shelling comes from Aghdam, the Armenian defence ministry says.",
                               gazetteer, "2023-09-25")
    assert "Shusha" in _places("Several of the shells are from the villages near Shushi, officials say.",
                               gazetteer, "2023-09-25")


def test_a_vehicle_on_the_road_to_a_town_keeps_the_town(gazetteer):
    assert "Goris" in _places("A convoy, on the road to Goris, was hit by a drone on Tuesday.", gazetteer,
                              "2023-09-25")
    found = _places("Shells fell on Askeran, on the road to Aghdam, and on Khojaly on Tuesday.", gazetteer,
                    "2023-09-25")
    assert {"Askeran", "Khojaly"} <= found and "Aghdam" not in found


def test_there_after_another_place_is_not_the_capital_seat(gazetteer):
    for text in ("The Defence Ministry in Baku said Armenian forces fired on positions in Shusha and that they had "
                 "been moved there.",
                 "The government in Baku said a shell had hit Askeran and residents were moved there."):
        assert "Baku" not in _places(text, gazetteer, "2023-09-25")
    assert "Baku" in _places("The State Security Service in Baku said the two men had been handed over to the State "
                             "Security Service there.", gazetteer, "2023-09-25")


def test_an_attack_told_under_an_appeals_practical_heading_is_news(gazetteer):
    text = ("Donate now\n\nWhere to give:\n\nGive blood at the clinic in Goris from 9:00 to 16:00.\n\n"
            "Opening hours\n\nThe blood bank in Stepanakert was hit by a drone on 19 September.")
    found = _places(text, gazetteer, "2023-09-21")
    assert "Stepanakert" in found and "Goris" not in found


def test_the_road_of_the_aside_taken_up_again_keeps_its_destination(gazetteer):
    text = "Fighting broke out near Shushi, on the road to Lachin, and the road was blocked for the day."
    assert "Lachin" in _places(text, gazetteer, "2023-09-25")
