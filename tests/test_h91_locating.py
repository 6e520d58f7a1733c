"""Places that only locate: the venue of a briefing or news conference where a speaker tells of another named place
("told a briefing in X that Y had been lost"); a readership or membership named by where it lives ("goes to 300
former students in X, Y and Z"); a person's home told as "now 84 and living in X". The venue stays when nothing else
is named, and harm told at the place keeps it."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2021-06-15")


def test_briefing_venue_locates_when_news_is_elsewhere(gazetteer):
    text = "The ministry's spokesman told a briefing in Baku that the village of Tegh had been shelled overnight."
    found = layers(text, gazetteer)
    assert "Baku" not in found and "Tegh" in found


def test_news_conference_venue_locates(gazetteer):
    text = "The governor admitted at a news conference in Yerevan that Hadrut had been lost in the fighting."
    found = layers(text, gazetteer)
    assert "Yerevan" not in found and "Hadrut" in found


def test_briefing_venue_alone_is_kept(gazetteer):
    text = "The minister told a news conference in Yerevan that the talks would go on."
    assert "Yerevan" in layers(text, gazetteer)


def test_readership_by_its_towns_locates(gazetteer):
    text = "This bulletin goes to 300 former students in Ganja, Shirvan and Barda, and each year it brings news."
    found = layers(text, gazetteer)
    assert not {"Ganja", "Shirvan", "Barda"} & set(found)


def test_students_wounded_keep_their_town(gazetteer):
    text = "Two students in Goris were wounded by shelling on Sunday."
    assert layers(text, gazetteer).get("Goris") == "shelling"


def test_aged_and_living_in_is_a_home(gazetteer):
    text = "The old club has found its football coach, now 79 and living in Sheki."
    assert "Sheki" not in layers(text, gazetteer)


def test_aged_and_living_in_with_harm_is_kept(gazetteer):
    text = "Two brothers, now 30 and living in Goris, were wounded by shelling."
    assert layers(text, gazetteer).get("Goris") == "shelling"


def test_the_years_since_spent_elsewhere_locate(gazetteer):
    text = ("The village had been held by the other side since 1992, and most of its people had spent the years since "
            "in Ganja, Barda and the camps near the river.")
    found = layers(text, gazetteer)
    assert not {"Ganja", "Barda"} & set(found)


def test_people_returning_to_a_town_are_kept(gazetteer):
    text = "Most of its people returned to Barda last week after the years in the camps."
    assert "Barda" in layers(text, gazetteer)


def test_speaking_at_a_news_conference_on_a_day_is_kept(gazetteer):
    text = ("Speaking at a news conference in Baku on Monday, the minister said the army would not object as long as "
            "the Lachin corridor stayed open.")
    assert "Baku" in layers(text, gazetteer)


def test_pupils_of_one_town_doing_something_there_are_an_event(gazetteer):
    """Pupils in a town who go back to their lessons are news of that town, not a readership's address."""
    assert "Sisian" in layers("Pupils in Sisian went back to their lessons on Tuesday.", gazetteer)
