"""Sentences where the 75pa rules misfired: "Asked about the shelling of Tegh on Monday, the spokesman said he had no
further details" and "Asked about the attack on Kapan, the minister said he could not say who was responsible" (a
question "about" an event takes the event as told, unlike one "whether" it happened); "We ask drivers on the Goris
road to stay at home, because the road was shelled overnight, a police spokesman said" (a request someone else made,
reported, is no request of the writer's to its public); "The envoy left Yerevan for Tehran on Monday for talks" (the
town left named between the verb and "for"); and "According to the Moscow News, the two ministers met in Tbilisi on
Friday" (a paper's title ending in "News")."""

from tests.helpers import rows


def places(text, gazetteer, published="2021-06-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_question_about_a_shelling_keeps_its_place(gazetteer):
    text = "Asked about the shelling of Tegh on Monday, the spokesman said he had no further details."
    assert "Tegh" in places(text, gazetteer)


def test_a_question_about_an_attack_keeps_its_place(gazetteer):
    text = "Asked about the attack on Kapan, the minister said he could not say who was responsible."
    assert "Kapan" in places(text, gazetteer)


def test_a_question_whether_a_road_was_open_still_gives_no_place(gazetteer):
    text = "Asked if the road through Goris had reopened, she said she did not know."
    assert "Goris" not in places(text, gazetteer)


def test_a_reported_request_with_news_keeps_its_place(gazetteer):
    text = ("We ask drivers on the Goris road to stay at home, because the road was shelled overnight, a police "
            "spokesman said.")
    assert "Goris" in places(text, gazetteer)


def test_the_writer_s_own_request_still_gives_no_place(gazetteer):
    assert places("We ask readers in Sisian to send us photographs of the flood.", gazetteer) == set()


def test_a_diplomat_leaving_one_town_for_a_capital_for_talks_is_there(gazetteer):
    assert "Tehran" in places("The envoy left Yerevan for Tehran on Monday for talks.", gazetteer)


def test_a_paper_named_news_is_no_place(gazetteer):
    text = "According to the Moscow News, the two ministers met in Tbilisi on Friday."
    assert places(text, gazetteer) == {"Tbilisi"}


def test_the_area_a_village_belongs_to_and_a_town_it_lies_near_are_both_asides(gazetteer):
    text = "Shelling hit Tegh, a village belonging to the Goris community, on Sunday."
    assert places(text, gazetteer) == {"Tegh"}
    text = "Troops shelled Tegh, a village belonging to Goris, and Goris itself was hit on Monday."
    assert {"Tegh", "Goris"} <= places(text, gazetteer)
