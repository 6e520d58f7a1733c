"""A name before "song" or "poem" after an article or a number is the work's author ("sang a Sayat-Nova song"), no
place; a town before another noun ("a Shusha school") is still the town."""

from tests.helpers import place_layers


def test_a_poet_s_song_is_no_place(gazetteer):
    text = "At the reception in Ganja the students sang us two Sayat-Nova songs and a Komitas melody."
    assert set(place_layers(text, gazetteer)) <= {"Ganja"}


def test_a_town_before_another_noun_is_the_town(gazetteer):
    text = "Shells hit a Shusha school on Monday."
    assert "Shusha" in place_layers(text, gazetteer)


def test_a_part_of_a_district_after_a_village_only_locates_it(gazetteer):
    text = "The paper recalled that the raid had struck closer to Talish, in the same part of the Tartar district."
    assert set(place_layers(text, gazetteer)) == {"Talish"}


def test_a_part_of_a_district_on_its_own_is_the_place(gazetteer):
    # negative: with no village before it, the district's part is where the shells fell
    text = "Shells hit the northern part of the Tartar district on Monday."
    assert "Tartar District" in place_layers(text, gazetteer)
