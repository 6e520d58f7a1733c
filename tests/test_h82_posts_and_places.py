"""Posts on roads, journeys past them, places that only locate, and a capital's ministry at war.

* Waiting "at" a keeper's post on a road named by its end towns is held at a checkpoint (both ends); waiting "in
  front of" it still stands on the road, as the older sets file it.
* A vehicle that "passed the checkpoint and went on to X", and an "it" (a vehicle just named) that "entered X", are on
  their way to X (corridors).
* "the ministry in Baku", no ministry named before, is the defence ministry when the sentence tells of the war, its
  government otherwise; "an official of" a society by its own name speaks for that society.
* A reporter's turn that asks, a club's home ground, a guest's studio, readers' advice and a risk note's own rating
  only locate.
"""

from tests.helpers import claimant_pairs, rows


def _layers(text, gazetteer, published="2023-09-20"):
    return [(c["place_name"], c["layer"]) for c in rows(text, gazetteer, published)]


def _places(text, gazetteer, published="2023-09-20"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# -- posts and journeys ----------------------------------------------------------------------------------------------

def test_people_waiting_at_a_keepers_post_on_a_road_are_held_at_a_checkpoint(gazetteer):
    text = ("Its drivers and staff had been waiting at the Armenian police post on the Goris–Kapan road "
            "for five days, the society said.")
    got = _layers(text, gazetteer)
    assert ("Goris", "checkpoints") in got and ("Kapan", "checkpoints") in got, got


def test_waiting_in_front_of_the_post_stays_on_the_road(gazetteer):
    text = ("Three lorries had been waiting in front of the Russian peacekeepers' post on the Goris–Kapan road "
            "for five days, the society said.")
    got = _layers(text, gazetteer)
    assert got and all(layer == "corridors" for _, layer in got), got


def test_a_post_office_is_no_post(gazetteer):
    got = _layers("Three lorries had been waiting at the Goris post office for a day.", gazetteer)
    assert ("Goris", "checkpoints") not in got, got


def test_a_lorry_that_passed_the_checkpoint_and_went_on_is_on_its_way(gazetteer):
    text = ("On Friday at about six a truck of the Armenian Red Cross passed the Azerbaijani border checkpoint and "
            "went on to Goris, according to a driver.")
    assert ("Goris", "corridors") in _layers(text, gazetteer), _layers(text, gazetteer)


def test_a_named_checkpoint_passed_is_still_a_checkpoint(gazetteer):
    got = _layers("The bus passed the Lachin checkpoint and went on to Goris on Monday.", gazetteer)
    assert ("Goris", "corridors") in got and ("Goris", "checkpoints") not in got, got


def test_troops_that_passed_the_checkpoint_and_moved_on_are_on_no_way(gazetteer):
    got = _layers("Troops passed the checkpoint and moved on to Lachin, taking the town by evening.", gazetteer)
    assert got and all(layer != "corridors" for _, layer in got), got


def test_a_vehicle_that_drove_on_under_fire_is_fire(gazetteer):
    got = _layers("The ambulance passed the checkpoint and drove on to Stepanakert under fire.", gazetteer, "2020-10-05")
    assert ("Stepanakert", "shelling") in got, got


def test_it_that_entered_a_town_after_a_vehicle_is_on_its_way(gazetteer):
    text = ("A local official said villagers first refused to let the truck pass and then gave way, and that it "
            "entered Martuni with a police escort.")
    got = _layers(text, gazetteer)
    assert got and all(layer == "corridors" for _, layer in got), got


def test_it_that_entered_a_town_after_troops_is_not_a_journey(gazetteer):
    got = _layers("Troops escorted the truck, and it entered Martuni on Monday.", gazetteer)
    assert got and all(layer != "corridors" for _, layer in got), got


def test_trucks_entering_a_town_with_soldiers_watching_far_before_are_on_their_way(gazetteer):
    text = "Soldiers on the hill above the road watched on Monday as the ICRC trucks entered Martuni."
    got = _layers(text, gazetteer, "2020-10-05")
    assert got and all(layer == "corridors" for _, layer in got), got


# -- claimants -------------------------------------------------------------------------------------------------------

def test_the_ministry_in_a_capital_at_war_is_its_defence_ministry(gazetteer):
    text = "The ministry in Yerevan said Azerbaijani units fired at positions near Goris on Monday."
    assert ("Goris", "Armenian MoD") in claimant_pairs(text, gazetteer, "2022-09-14"), \
        claimant_pairs(text, gazetteer, "2022-09-14")


def test_the_ministry_in_a_capital_without_war_is_its_government(gazetteer):
    text = "The ministry in Yerevan said the new school in Goris would open on Monday."
    assert ("Goris", "Armenian government") in claimant_pairs(text, gazetteer, "2022-09-14"), \
        claimant_pairs(text, gazetteer, "2022-09-14")


def test_the_ministry_in_a_capital_telling_of_aid_alone_is_its_government(gazetteer):
    text = "The ministry in Baku said humanitarian aid was delivered to Barda on Monday."
    got = claimant_pairs(text, gazetteer, "2020-10-05")
    assert ("Barda", "Azerbaijani government") in got, got


def test_the_ministry_in_a_capital_after_another_ministry_named_is_that_one(gazetteer):
    text = ("Azerbaijan's Emergency Ministry opened shelters. "
            "The ministry in Baku said Armenian forces shelled Tartar.")
    got = claimant_pairs(text, gazetteer, "2020-10-05")
    assert got and all(claimant != "Azerbaijani MoD" for _, claimant in got), got


def test_an_official_of_a_named_society_speaks_for_it(gazetteer):
    text = ("Yesterday morning a lorry passed the checkpoint and went on to Goris, according to an official of the "
            "Armenian Relief Society.")
    got = claimant_pairs(text, gazetteer, "2023-09-20")
    assert ("Goris", "Armenian Relief Society") in got, got


def test_an_official_of_a_ministry_is_still_its_government(gazetteer):
    text = "Shells hit Tovuz on Monday, according to an official of the Azerbaijani Foreign Ministry."
    got = claimant_pairs(text, gazetteer, "2020-07-14")
    assert got and all("Relief" not in claimant and claimant != "Foreign Ministry" for _, claimant in got), got


# -- places that only locate -----------------------------------------------------------------------------------------

def test_a_reporters_question_names_no_event(gazetteer):
    text = ("MODERATOR: Next question, please.\n\n"
            "REPORTER (Ani Melikyan, Regional Daily): What about the medicine from Yerevan that is still outside "
            "Goris?\n\n"
            "SPOKESPERSON: The lorries were shelled near Goris on Monday.\n")
    got = _places(text, gazetteer)
    assert "Yerevan" not in got and "Goris" in got, got


def test_a_reporters_report_with_no_question_is_kept(gazetteer):
    text = "REPORTER: Shells hit Goris this morning, the ministry says.\n"
    assert "Goris" in _places(text, gazetteer), _places(text, gazetteer)


def test_a_clubs_home_ground_only_locates(gazetteer):
    text = ("Rebels took the town of Fuzuli in 1993, and the club has played its home games in Ganja ever since.")
    got = _places(text, gazetteer)
    assert "Ganja" not in got and "Fuzuli" in got, got


def test_a_match_played_in_a_town_is_kept(gazetteer):
    assert "Ganja" in _places("The team played in Ganja on Sunday.", gazetteer)


def test_a_guest_joining_from_a_capital_only_locates(gazetteer):
    text = "Our guest is a historian of the region who has followed the talks since May; she joined us from Baku."
    assert "Baku" not in _places(text, gazetteer)


def test_a_guest_joining_from_a_capital_where_something_happened_keeps_it(gazetteer):
    text = "He joined us from Yerevan, where protesters blocked the government building on Monday."
    assert "Yerevan" in _places(text, gazetteer, "2020-10-05")


def test_a_guest_joining_from_a_capital_where_nothing_fell_only_locates(gazetteer):
    text = "She joined us from Baku, where shells have never fallen."
    assert "Baku" not in _places(text, gazetteer, "2020-10-05")


def test_a_speaker_on_the_phone_from_a_capital_where_he_attends_a_meeting_only_locates(gazetteer):
    text = "The hay burned this week, the village head said by telephone from Yerevan, where he was attending a meeting."
    assert "Yerevan" not in _places(text, gazetteer, "2020-10-05")


def test_readers_who_want_something_are_advised_not_told(gazetteer):
    text = "Hikers who want to see the old church will, for now, have to drive to Goris."
    assert "Goris" not in _places(text, gazetteer)


def test_readers_who_want_to_pass_a_closed_road_are_told_news(gazetteer):
    text = "Drivers who want to reach Goris have to wait because the road is closed."
    assert "Goris" in _places(text, gazetteer)


def test_a_risk_notes_rating_for_routes_only_rates(gazetteer):
    text = ('We keep our rating for the routes through Ganja and Tovuz at "moderate", but we recommend that '
            "drivers avoid night travel.")
    got = _places(text, gazetteer)
    assert "Ganja" not in got and "Tovuz" not in got, got


def test_a_rating_raised_after_fire_keeps_the_place(gazetteer):
    text = "Our rating for Ganja was raised after shells hit the city on Monday."
    assert "Ganja" in _places(text, gazetteer, "2020-10-20")
