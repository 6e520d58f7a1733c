"""The day a record covers is no claimant ("the ministry's figures for 3 March showed"); "since the start of the
fighting" only dates what a sentence tells (people evacuated is no fire); evacuees who reached a place arrived
there, on the way out."""

from functools import partial

from tests.helpers import claimants, place_layers

layers = partial(place_layers, published="2023-03-20")


def test_the_day_a_record_covers_is_no_claimant(gazetteer):
    text = "The government's figures for 3 March showed 420 displaced people in hotels in Goris."
    who = claimants(text, gazetteer, "2023-03-20").get("Goris") or ""
    assert "March" not in who and "government" in who.lower()


def test_a_record_without_a_day_still_names_its_body(gazetteer):
    text = "The government's figures showed 420 displaced people in hotels in Goris."
    assert "government" in (claimants(text, gazetteer, "2023-03-20").get("Goris") or "").lower()


def test_evacuated_since_the_start_of_the_fighting_is_no_fire(gazetteer):
    text = ("The peacekeepers said they had evacuated about 900 civilians from the Hadrut district to their base "
            "since the start of the fighting.")
    assert "shelling" not in layers(text, gazetteer).values()


def test_fire_told_after_the_dating_phrase_is_still_fire(gazetteer):
    text = "Since the start of the fighting, shells have fallen on Tovuz every night."
    assert layers(text, gazetteer).get("Tovuz") == "shelling"


def test_evacuees_who_reached_a_place_arrived_there(gazetteer):
    text = "The agency reported that the first group of about fifty evacuees reached the reception centre in Goris on Monday."
    assert layers(text, gazetteer).get("Goris") == "corridors"


def test_soldiers_who_reached_a_place_did_not_arrive_on_the_way_out(gazetteer):
    text = "The ministry said its soldiers had reached Goris on Monday."
    assert layers(text, gazetteer).get("Goris") != "corridors"


# the rules read from heldout86 keep to their own readings: a report after "If you ...", news a request passes on,
# a job in the town that is also the scene, a survivor's town that the sentence tells of again

def test_a_report_after_a_condition_put_to_the_reader_stays_news(gazetteer):
    assert list(layers("If you ask the residents of Martuni, the shelling never stopped.", gazetteer).values()) \
        == ["shelling"]
    text = "If you had been in Stepanakert that night, you would have seen shells hit the central market."
    assert layers(text, gazetteer).get("Stepanakert") == "shelling"
    assert layers("If you drive to Goris, note the new checkpoint at Kornidzor.", gazetteer).get("Kornidzor") \
        == "checkpoints"


def test_an_offer_after_a_condition_still_names_no_events(gazetteer):
    assert not layers("If your relatives reached Goris, register them at the theatre.", gazetteer)
    assert not layers("If you wish to stay in Jermuk, we can move your booking to the Sisian hotel.", gazetteer)


def test_a_request_that_passes_on_news_keeps_it(gazetteer):
    text = "We ask guests to note that Azerbaijani forces shelled Shusha on Tuesday and the road is closed."
    assert layers(text, gazetteer).get("Shusha") == "shelling"
    text = "We ask passengers to avoid the Lachin corridor, where a convoy was shelled near Kornidzor yesterday."
    assert layers(text, gazetteer).get("Kornidzor") == "shelling"
    assert not layers("We ask travellers to Goris to register at the theatre on arrival.", gazetteer)


def test_a_job_in_the_town_that_is_the_scene_stays_news(gazetteer):
    text = "She was a teacher in Martuni and was killed when a shell hit the school."
    assert list(layers(text, gazetteer).values()) == ["shelling"]
    text = "Armen, who was a teacher in Askeran, was wounded in the shelling of Askeran on 19 September."
    assert layers(text, gazetteer).get("Askeran") == "shelling"
    assert not layers("He is a student in Yerevan.", gazetteer)


def test_a_survivors_town_told_of_again_stays_news(gazetteer):
    text = "He is survived by his wife in Goris, who was wounded in the shelling of Goris."
    assert layers(text, gazetteer).get("Goris") == "shelling"
    assert "Stepanakert" not in layers("He is survived by his mother in Stepanakert.", gazetteer)


def test_a_post_at_a_station_on_a_road_is_at_both_its_towns(gazetteer):
    text = "Azerbaijani troops set up a checkpoint at a petrol station on the Lachin–Goris road."
    found = layers(text, gazetteer)
    assert found.get("Goris") == "checkpoints" and len(found) == 2


def test_a_site_struck_on_a_road_at_the_end_already_reported_is_fire_there(gazetteer):
    text = ("Askeran was shelled on 19 March. Shells hit a warehouse on the Stepanakert–Askeran road on "
            "20 March.")
    assert set(layers(text, gazetteer).values()) == {"shelling"}
