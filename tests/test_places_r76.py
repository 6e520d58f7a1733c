"""Places a sentence names only to say who someone is or where an aside lies, never where something happened. A town
written bare before an official's post and name ("Sisian deputy mayor Armen Petrosyan said") is the post's, as
"Sisian's deputy mayor" already was; a town in an aside after a village that gives the village's kind and its
distance ("Shurnukh, a village two kilometres from Goris, said") only locates the village; a trip, visit or outing the
sentence calls off ("the choir's trip to Tatev is postponed") went nowhere; commentators named by the town they
speak from ("opposition politicians in Yerevan point out that ...") say who speaks; and a first name the article
introduced by a kin word ("our classmate Narek") is that person when the article names them again without a word
that makes it a place ("our thanks to Narek")."""

from tests.helpers import rows

DAY = "2021-06-10"


def places(text, gazetteer):
    return {name for c in rows(text, gazetteer, DAY) for name in c["place_name"].split(";")}


# --- a town written bare before a post and its holder's name


def test_a_town_before_a_post_and_a_name_is_no_place(gazetteer):
    text = "Sisian deputy mayor Armen Petrosyan told reporters that troops had crossed near Kut."
    assert places(text, gazetteer) == {"Kut"}
    text = "Kapan mayor Gevorg Sargsyan said on Monday that soldiers had dug trenches near Shurnukh."
    assert "Kapan" not in places(text, gazetteer)


def test_the_same_town_where_the_official_was_hurt_is_kept(gazetteer):
    text = "The Sisian mayor Armen Petrosyan was wounded in Sisian on Monday."
    assert "Sisian" in places(text, gazetteer)


# --- a town in an aside giving a village's kind and distance


def test_a_town_giving_a_villages_distance_is_no_place(gazetteer):
    text = "Residents of Shurnukh, a village two kilometres from Goris, said soldiers fired at a car at dawn."
    assert "Goris" not in places(text, gazetteer)
    assert "Shurnukh" in places(text, gazetteer)


def test_a_town_shelled_after_the_aside_is_kept(gazetteer):
    text = "Shells hit Shurnukh, a village two kilometres from Goris, and later Goris itself on Monday."
    assert "Goris" in places(text, gazetteer)


# --- an outing called off


def test_a_trip_called_off_goes_nowhere(gazetteer):
    assert places("The choir's trip to Tatev is postponed.", gazetteer) == set()
    assert places("We have cancelled the school visit to Sisian.", gazetteer) == set()


def test_a_trip_made_or_a_place_shelled_is_kept(gazetteer):
    assert "Tatev" in places("The choir went on a trip to Tatev on Sunday.", gazetteer)
    assert "Tatev" in places("The trip to Tatev was postponed after shells hit Tatev on Monday.", gazetteer)


# --- commentators named by their town


def test_commentators_in_a_capital_who_speak_are_no_place(gazetteer):
    text = "Opposition politicians in Yerevan point out that most of the country's trade passes through Georgia."
    assert "Yerevan" not in places(text, gazetteer)


def test_politicians_detained_in_a_capital_keep_it(gazetteer):
    assert "Yerevan" in places("Politicians in Yerevan were detained by police on Monday.", gazetteer)


# --- a first name introduced by a kin word


def test_a_classmates_name_said_again_is_the_person(gazetteer):
    text = ("We spoke to the mother of our classmate Narek about the winter. "
            "Our thanks to Narek for the photographs.")
    assert "Narek" not in places(text, gazetteer)


def test_the_village_of_the_same_name_shelled_is_kept(gazetteer):
    text = ("We spoke to the mother of our classmate Narek about the winter. "
            "Shells fell on Narek on Monday.")
    assert "Narek" in places(text, gazetteer)
    assert "Narek" in places("Shells fell near Narek on Monday.", gazetteer)
