"""The displaced kept in a town, a crowd shouting in one, fire told by a village's people, posts along a corridor, and
whose account a sentence gives: a crowd shouting or chanting there is a protest (other); people who arrived in, wait
in or are housed in a town are its displaced (other), whatever road's closure keeps them there, unlike vehicles
waiting there; residents who told a named service that fire came "from the nearby positions" tell of fire at their
village; personnel deployed along a corridor are its posts; "By its own count the X had ..." is X's claim; a court's
observation is its finding; "in the X ministry's account" is that ministry's; a claim with its denial set off before
"that" is the claimant's; a person's own account opening a sentence, or a relative named by name, is whom the next
"he" or "she" means."""

from functools import partial

from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="2023-03-10")
claimant = partial(claimant_of, published="2023-03-10")


def test_people_waiting_in_a_town_for_the_road_are_its_displaced(gazetteer):
    text = "By the end of winter, the mayor said, 90 people were still waiting in Sisian for the highway to reopen."
    assert layers(text, gazetteer)["Sisian"] == "other"


def test_people_who_arrived_when_the_road_closed_are_housed_there(gazetteer):
    text = "When the highway was first shut, families arrived in Kapan at night and were housed in the school."
    assert layers(text, gazetteer)["Kapan"] == "other"


def test_buses_waiting_in_a_town_stay_the_route(gazetteer):
    text = "On Friday, 20 buses were waiting in Kapan for clearance to drive to Stepanakert."
    assert layers(text, gazetteer)["Kapan;Stepanakert"] == "corridors"


def test_residents_telling_a_service_of_fire_from_the_nearby_positions(gazetteer):
    text = "Villagers of Sotk told the BBC's Russian service that the shooting from the nearby enemy positions went on for an hour."
    assert layers(text, gazetteer)["Sotk"] == "shelling"


def test_residents_telling_of_explosions_in_a_nearby_village_are_not_shelled(gazetteer):
    text = "Residents of Sotk told reporters that the explosions in a nearby village had gone on for an hour."
    assert layers(text, gazetteer)["Sotk"] != "shelling"


def test_personnel_deployed_along_a_corridor_are_its_posts(gazetteer):
    text = "Yerevan asked the judges to make Baku pull back the personnel it has deployed along the Lachin corridor since May."
    assert layers(text, gazetteer)["Lachin corridor"] == "checkpoints"


def test_aid_workers_travelling_the_corridor_are_no_posts(gazetteer):
    text = "Aid personnel travelled along the Lachin corridor on Monday."
    assert layers(text, gazetteer)["Lachin corridor"] == "corridors"


def test_by_its_own_count_the_body_named_after_it(gazetteer):
    text = "By its own count, the Norwegian Refugee Council had moved 200 families through the Lachin corridor since May."
    assert claimant("Lachin corridor", text, gazetteer) == "Norwegian Refugee Council"


def test_by_his_count_is_still_the_person_named_before(gazetteer):
    text = ("Arman Sargsyan, the head of the village, spoke to us on Sunday.\n"
            "By his count 30 houses of Tegh came under fire.")
    assert claimant("Tegh", text, gazetteer) == "Arman Sargsyan"


def test_a_courts_observation_is_its_finding(gazetteer):
    text = "The International Court of Justice observed that the road through the Lachin corridor had been blocked since May."
    assert claimant("Lachin corridor", text, gazetteer) == "ICJ"


def test_a_ministrys_account_named_by_its_owner(gazetteer):
    text = "On 2 May, in the Azerbaijani defence ministry's account, Armenian units fired on positions near Lachin."
    assert claimant("Lachin", text, gazetteer) == "Azerbaijani MoD"


def test_an_unknown_owners_account_names_no_claimant(gazetteer):
    text = "On 2 May, in the shepherd's account, units fired on positions near Tegh."
    assert claimant("Tegh", text, gazetteer) == ""


def test_a_claim_with_its_denial_set_off(gazetteer):
    text = "The chronicle repeats the Armenian claim, denied by Baku, that Azerbaijani units shelled Kapan in June."
    assert claimant("Kapan", text, gazetteer) == "Armenian government"


def test_a_persons_own_account_is_whom_he_means(gazetteer):
    text = ("Elchin Amirbayov wrote that he had visited the post near Lachin.\n"
            "Armen Davtyan's memoir of a winter spent driving aid lorries. "
            "He describes how the column stood for a week outside Kapan.")
    assert claimant("Kapan", text, gazetteer) == "Armen Davtyan"


def test_a_bodys_own_account_is_no_person(gazetteer):
    text = ("Elchin Amirbayov wrote that he had visited the post near Lachin.\n"
            "The Red Cross's account of a winter spent driving aid lorries. "
            "He describes how the column stood for a week outside Kapan.")
    assert claimant("Kapan", text, gazetteer) not in ("The Red Cross", "Armen Davtyan")


def test_a_relative_named_is_whom_she_means(gazetteer):
    text = ("Protesters who call themselves farmers have stood on the road near Lachin since Monday.\n\n"
            "Friday 3 March\nPhoned my cousin Lusine. She says the power went off in Kapan tonight.")
    assert claimant("Kapan", text, gazetteer) == "Lusine"


def test_someone_elses_relative_is_not_she(gazetteer):
    text = "Her cousin Lusine lives in Goris. She says the power went off in Kapan tonight."
    assert claimant("Kapan", text, gazetteer) != "Lusine"


def test_a_crowd_shouting_outside_a_base_is_a_protest(gazetteer):
    text = "On the news tonight: a crowd outside the Russian base in Gyumri, chanting for the soldiers to open the road."
    assert layers(text, gazetteer)["Gyumri"] == "other"


def test_a_crowd_of_drivers_waiting_stays_the_route(gazetteer):
    text = "A crowd of drivers waited at Kornidzor for the road to open."
    assert layers(text, gazetteer)["Kornidzor"] == "corridors"


def test_by_its_count_before_a_side_is_the_body_that_spoke(gazetteer):
    text = ("The Azerbaijani defence ministry spoke on Tuesday. "
            "By its count, the Armenian side fired on Lachin twelve times.")
    assert claimant("Lachin", text, gazetteer) == "Azerbaijani MoD"


def test_a_ministrys_account_of_the_other_sides_version_is_not_its_claim(gazetteer):
    text = "In the Armenian defence ministry's account of the Azerbaijani version, Armenian units fired on Lachin."
    assert claimant("Lachin", text, gazetteer) != "Armenian MoD"


def test_a_places_story_names_no_teller(gazetteer):
    text = "Lachin Corridor's story is one of closure. He says the checkpoint at the Hakari bridge was shut."
    assert claimant("Hakari Bridge", text, gazetteer) == ""
    text = "New York's account of the conflict differs. He says troops shelled Sotk."
    assert claimant("Sotk", text, gazetteer) == ""


def test_an_account_another_tells_is_not_the_named_persons(gazetteer):
    text = "Anna Petrosyan's account of what her brother saw. He says the soldiers fired on Sotk."
    assert claimant("Sotk", text, gazetteer) != "Anna Petrosyan"
    text = "The minister spoke on Monday.\nArmen Davtyan's diary was found by his son. He says shells fell on Kapan."
    assert claimant("Kapan", text, gazetteer) != "Armen Davtyan"


def test_a_listed_persons_account_keeps_the_tables_name(gazetteer):
    text = "Nikol Pashinyan's account of the talks was brief. He said Azerbaijani troops fired on Sotk."
    assert claimant("Sotk", text, gazetteer) == "Armenian PM (Nikol Pashinyan)"


def test_a_relative_named_before_another_speaker_is_not_the_claimant(gazetteer):
    text = "Called my sister Anahit. The ministry says shells hit Kapan."
    assert claimant("Kapan", text, gazetteer) != "Anahit"
    text = "Called my sister Anahit. She was crying. The ministry says shells hit Kapan."
    assert claimant("Kapan", text, gazetteer) != "Anahit"


def test_she_is_not_a_relative_of_the_other_sex_or_named_before_another(gazetteer):
    text = "Visited my friend Aram and his wife. She says shells hit Kapan last night."
    assert claimant("Kapan", text, gazetteer) != "Aram"
    text = "Met my cousin Lusine and her husband Vardan. He says the checkpoint near Kornidzor closed."
    assert claimant("Kornidzor", text, gazetteer) != "Lusine"
    text = "Called my brother Armen. She says shells hit Kapan."
    assert claimant("Kapan", text, gazetteer) != "Armen"


def test_a_brother_named_is_whom_he_means(gazetteer):
    text = "Called my brother Armen in Goris. He says the road to Kornidzor is closed."
    assert claimant("Kornidzor", text, gazetteer) == "Armen"


def test_what_a_court_notes_another_side_asked_stays_that_sides(gazetteer):
    text = "The International Court of Justice observed that Armenia's application concerned the shelling of Jermuk."
    assert claimant("Jermuk", text, gazetteer) != "ICJ"


def test_according_to_her_after_a_relative_named(gazetteer):
    text = "Phoned my cousin Lusine. According to her, the power went off in Kapan tonight."
    assert claimant("Kapan", text, gazetteer) == "Lusine"


def test_by_its_own_count_before_a_place_names_no_claimant(gazetteer):
    text = "By its own count, the Lachin corridor was closed for 200 days."
    assert claimant("Lachin corridor", text, gazetteer) == ""
    text = "By its own count, the Kapan hospital treated 40 wounded from Stepanakert."
    assert claimant("Kapan", text, gazetteer) == ""
    text = "The mayor spoke on Monday. By its own count, the Stepanakert bakery had flour for two days."
    assert claimant("Stepanakert", text, gazetteer) != "Nagorno-Karabakh authorities"


def test_by_its_own_count_before_a_listed_body(gazetteer):
    text = "By its own count the ICRC had taken 200 patients from Stepanakert to Goris."
    assert claimant("Stepanakert", text, gazetteer) == "ICRC"
