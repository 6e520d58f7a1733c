"""A private person named by the village or town they come from, who tells of fire or harm there: "a farmer from A
said shells hit his barn", "a builder from the village of B said his house was shelled". A speaker's home usually
only says who speaks, and stays out; but when the harm is told of the speaker's own house, barn, school or street,
with no other place named in the sentence, the home is where it fell, and the older read sets file it so (under the
person as claimant). With another place named, that place is the scene and the home still stays out; a speaker who
tells of no fire gives no place either."""

from tests.helpers import claimant_of, place_layers, rows


def places(text, gazetteer):
    return {name for c in rows(text, gazetteer) for name in c["place_name"].split(";")}


def test_a_speaker_tells_of_shelling_at_his_own_house(gazetteer):
    text = "A builder from the village of Areni said his house was shelled on Tuesday."
    assert place_layers(text, gazetteer) == {"Areni": "shelling"}
    found = rows(text, gazetteer)[0]
    assert found["start_date"] == "2021-06-08"
    assert "builder" in claimant_of("Areni", text, gazetteer)    # the person who tells it


def test_shells_on_a_barn_or_a_school_name_the_speaker_s_home(gazetteer):
    assert place_layers("A shepherd from Khndzoresk said mortar shells fell on his sheepfold at night.",
                        gazetteer) == {"Khndzoresk": "shelling"}
    assert place_layers("A nurse from Vazashen said the clinic was damaged by gunfire.",
                        gazetteer) == {"Vazashen": "shelling"}


def test_another_place_named_is_the_scene_not_the_home(gazetteer):
    found = places("A neighbour from Sisian told us that Kapan had been shelled.", gazetteer)
    assert "Kapan" in found
    assert "Sisian" not in found


def test_a_speaker_who_tells_of_no_fire_gives_no_place(gazetteer):
    assert places("A farmer from Areni said the harvest would be late this year.", gazetteer) == set()
    assert "Areni" not in places("A worker from Areni said she had moved to Vanadzor for a job.", gazetteer)


def test_residents_of_a_village_hearing_fire_elsewhere_keep_that_place(gazetteer):
    assert "Noyemberyan" in places("Villagers of Koghb said they heard gunfire near Noyemberyan.", gazetteer)
