"""Places that only locate, read where they still carry news: a venue the sentence opens with after a time, people
treated or sheltering at a venue, villages between a town and the border that were shelled, a village the gazetteer
lacks shelled with its address. Each beside a case that still only locates."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2022-09-20")


def test_venue_opening_the_sentence_after_a_time_stays(gazetteer):
    assert "Sisian" in layers("On Tuesday the bakery in Sisian was requisitioned by the army.", gazetteer)


def test_venue_thanked_after_a_time_still_only_locates(gazetteer):
    assert "Sisian" not in layers("On Tuesday we thank the bakery in Sisian for the bread.", gazetteer)


def test_wounded_treated_at_a_medical_centre_keep_the_town(gazetteer):
    text = "Two wounded soldiers were treated at the medical centre in Vardenis, the ministry said."
    assert "Vardenis" in layers(text, gazetteer)


def test_displaced_sheltering_in_a_club_keep_the_town(gazetteer):
    text = "Displaced families from the border villages are sleeping in the sports club in Goris."
    assert "Goris" in layers(text, gazetteer)


def test_someone_working_in_a_studio_only_locates(gazetteer):
    assert "Chambarak" not in layers("Her sister now works in a small studio in Chambarak.", gazetteer)


def test_villages_between_a_town_and_the_border_shelled_keep_the_town(gazetteer):
    text = "The villages between Goris and the border were shelled on Tuesday, the ministry said."
    assert layers(text, gazetteer).get("Goris") == "shelling"


def test_villages_between_two_towns_shelled_keep_both(gazetteer):
    found = layers("The villages between Goris and Kapan were shelled on Tuesday, the ministry said.", gazetteer)
    assert found.get("Goris") == "shelling" and found.get("Kapan") == "shelling"


def test_unknown_village_shelled_keeps_its_address(gazetteer):
    text = "A shell hit Khoznavar, in the Tegh community near Goris, on Tuesday, the ministry said."
    assert layers(text, gazetteer).get("Tegh") == "shelling"


def test_known_village_shelled_takes_no_address(gazetteer):
    found = layers("Shells hit Aghitu, in the Sisian community near Goris, on Tuesday.", gazetteer)
    assert found.get("Aghitu") == "shelling" and "Sisian" not in found and "Goris" not in found


def test_journey_hoped_for_in_the_past_is_no_event(gazetteer):
    assert "Goris" not in layers("Ministers hoped to travel via Goris later in the week.", gazetteer)


def test_journey_planned_on_a_road_shelled_stays(gazetteer):
    text = "They had planned to drive back via Goris, but the road was shelled on Tuesday."
    assert "Goris" in layers(text, gazetteer)


def test_clause_naming_a_list_after_as_is_a_new_clause(gazetteer):
    text = ("The ministry said Azerbaijani troops shelled Jermuk on Tuesday, as residents named Vayk, Goris and "
            "Kapan as quiet.")
    found = layers(text, gazetteer)
    assert found.get("Jermuk") == "shelling" and found.get("Goris") != "shelling"


def test_name_aside_keeps_the_cue_for_the_place_after_it(gazetteer):
    text = "Azerbaijani forces shelled Vardenis, as Baku calls Basarkechar, and Sotk on Tuesday, the ministry said."
    found = layers(text, gazetteer)
    assert found.get("Vardenis") == "shelling" and found.get("Sotk") == "shelling"


def test_venue_looted_or_occupied_by_troops_keeps_the_town(gazetteer):
    assert "Shusha" in layers("Azerbaijani troops looted the museum in Shusha after the town fell.", gazetteer)
    assert "Martakert" in layers("Soldiers occupied the library in Martakert on Tuesday.", gazetteer)


def test_people_gathered_at_a_venue_keep_the_town(gazetteer):
    text = "Volunteers handed out blankets to the displaced at the sports club in Goris."
    assert "Goris" in layers(text, gazetteer)


def test_variant_spelling_before_a_place_noun_or_a_time_stays(gazetteer):
    assert layers("Mataghis village came under fire on Tuesday, the ministry said.", gazetteer)
    assert layers("Mataghis today lies in ruins after the shelling.", gazetteer)
    assert not layers("Dogs sleep in the porch.", gazetteer)


def test_headline_dated_in_its_bracket_is_news(gazetteer):
    assert "Sotk" in layers('Update: "Residents return to Sotk" (Armenpress, 14 September)', gazetteer)
    assert layers('Armenpress: "Lachin road reopened after two days" (13 September)', gazetteer) == {
        "Lachin corridor": "corridors"}


def test_a_venue_doing_what_the_sentence_tells_keeps_its_town(gazetteer):
    # the venue is the agent of the passive: the examination happened in its town
    assert "Kapan" in layers("The ministry said the examination was being done by its medical centre in Kapan.", gazetteer)
    # a venue only sent to still gives its town no row
    assert "Kapan" not in layers("The ministry sent the findings to its medical centre in Kapan.", gazetteer)
