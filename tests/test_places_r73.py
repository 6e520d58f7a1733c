"""Places that only locate, left out of a sentence's events: the town an attacking force set out from when the
sentence names the place it took ("a column advancing from X seized Y"), a capital where something is "seen" or
"regarded as" a thing, even alone ("still regarded in Yerevan as a turning point"), a capital named as the seat of a
decree that joined other places, the town a reader "wrote to us from", a name given "under the name of" X, and the
places of the outlet's plan to "bring you the commemorations in X". Each names where a person, a force or a judgement
is, not where the event told happened; a sentence telling harm at the writer's town, or a force attacking from a
town with no other place named, keeps the town."""

from tests.helpers import place_layers


def names(text, gazetteer, published="2022-06-12"):
    return set(place_layers(text, gazetteer, published))


def test_the_town_an_attacking_column_set_out_from_only_locates_it(gazetteer):
    text = ("On 3 August 1993 a second column, advancing from Fizuli, seized the village of Hadrut after a day "
            "of fighting.")
    found = names(text, gazetteer)
    assert "Hadrut" in found
    assert "Fizuli" not in found


def test_a_force_attacking_from_a_town_with_no_other_place_keeps_the_town(gazetteer):
    text = "Troops attacking from Aghdam were beaten back on Monday, the ministry said."
    assert "Aghdam" in names(text, gazetteer)


def test_a_capital_where_the_battle_is_regarded_as_something_is_no_event_place(gazetteer):
    text = "The battle is still regarded in Yerevan as the turning point of the whole war."
    assert "Yerevan" not in names(text, gazetteer)


def test_a_capital_shelled_is_still_an_event_place(gazetteer):
    text = "Rockets were seen in Yerevan as they fell on the outskirts, residents said."
    assert "Yerevan" in names(text, gazetteer)


def test_a_reader_who_wrote_to_us_from_a_town_is_only_located_there(gazetteer):
    text = "A reader, Gohar Petrosyan, 68, wrote to us from Gyumri about the winter her family left their village."
    assert "Gyumri" not in names(text, gazetteer)


def test_a_reader_writing_from_a_town_under_fire_keeps_the_town(gazetteer):
    text = "A reader wrote to us from Berd that shells had fallen on her street overnight."
    assert "Berd" in names(text, gazetteer)


def test_a_decree_in_the_capital_that_joined_districts_is_no_event_in_the_capital(gazetteer):
    text = "In 1930 a decree in Baku joined the villages around Kalbajar to a new district."
    assert "Baku" not in names(text, gazetteer)


def test_a_name_given_under_the_name_of_is_not_a_place_of_the_event(gazetteer):
    text = "The two collective farms near Martuni were merged in 1960 under the name of Tegh."
    found = names(text, gazetteer)
    assert "Tegh" not in found


def test_the_outlet_s_plan_to_bring_you_the_commemorations_names_no_event(gazetteer):
    text = "We will bring you the commemorations in Gyumri and Vanadzor throughout the afternoon."
    found = names(text, gazetteer)
    assert "Gyumri" not in found and "Vanadzor" not in found


def test_the_outlet_s_plan_that_tells_of_shelling_keeps_its_places(gazetteer):
    text = "We will bring you the reactions to the shelling of Tavush villages near Berd as they come in."
    assert "Berd" in names(text, gazetteer)


def test_people_moving_from_one_town_toward_another_keep_both_towns(gazetteer):
    text = "Witnesses said units advancing from Aghdam towards Askeran shelled the road all night."
    found = names(text, gazetteer)
    assert "Aghdam" in found and "Askeran" in found


def test_the_side_a_column_attacked_from_told_after_its_town_still_only_locates_it(gazetteer):
    text = "The column that took Hadrut on 9 October was attacking from Fizuli, to the south."
    found = names(text, gazetteer)
    assert "Hadrut" in found and "Fizuli" not in found
