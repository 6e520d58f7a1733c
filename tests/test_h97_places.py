"""A name before "song" or "poem" after an article or a number is the work's author ("sang a Sayat-Nova song"), no
place; a town before another noun ("a Shusha school") is still the town."""

from tests.helpers import place_layers


def test_a_poet_s_song_is_no_place(gazetteer):
    text = "At the reception in Ganja the students sang us two Sayat-Nova songs and a Komitas melody."
    assert set(place_layers(text, gazetteer)) <= {"Ganja"}


def test_a_town_before_another_noun_is_the_town(gazetteer):
    text = "Shells hit a Shusha school on Monday."
    assert "Shusha" in place_layers(text, gazetteer)
