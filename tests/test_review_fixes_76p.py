"""Sentences where the heldout76 place rules misfired: a town bare before a post and a surname alone ("Goris deputy
mayor Hakobyan said") was still read as a place; a town locating a village in an aside was kept when the village's
kind had two words before it ("a small border village two kilometres from Goris") or its size after it ("a village of
900 people near Goris"); a first name introduced by a kin word and a comma ("My cousin, Narek, wrote") was still read
as the village; and a kin-introduced first name was dropped where the sentence tells a deed done to the place
("Azerbaijani troops shelled Narek", "troops entered Narek", "Armenian troops shelled Lachin")."""

from tests.helpers import rows

DAY = "2021-06-10"


def places(text, gazetteer):
    return {name for c in rows(text, gazetteer, DAY) for name in c["place_name"].split(";")}


def test_a_town_before_a_post_and_a_surname_alone_is_no_place(gazetteer):
    assert places("Goris deputy mayor Hakobyan said drones flew over Tegh.", gazetteer) == {"Tegh"}


def test_a_town_bare_before_a_post_and_a_full_name_still_is_no_place(gazetteer):
    assert "Berd" not in places("Berd community head Arman Tovmasyan said shells struck a house in Chinari.",
                                gazetteer)


def test_a_village_of_two_described_kinds_is_located_by_the_town(gazetteer):
    text = "Residents of Tegh, a small border village two kilometres from Goris, said soldiers fired at a car."
    assert places(text, gazetteer) == {"Tegh"}


def test_a_village_and_its_size_is_located_by_the_town(gazetteer):
    text = "Residents of Tegh, a village of 900 people near Goris, said soldiers fired at a car."
    assert places(text, gazetteer) == {"Tegh"}
    text = "Residents of Tegh, a village of about 900 people two kilometres from Goris, said soldiers fired at a car."
    assert places(text, gazetteer) == {"Tegh"}


def test_a_town_shelled_after_a_sized_village_is_kept(gazetteer):
    assert "Goris" in places("Shells hit Tegh, a village of 900 people near Goris, and then Goris itself.", gazetteer)


def test_a_kin_name_after_a_comma_is_the_person(gazetteer):
    text = "My cousin, Narek, wrote to us. Our thanks to Narek for the photographs."
    assert "Narek" not in places(text, gazetteer)


def test_a_village_shelled_or_entered_keeps_a_kin_name(gazetteer):
    assert "Narek" in places("Our classmate Narek came home. Azerbaijani troops shelled Narek on Monday.", gazetteer)
    assert "Narek" in places("Our classmate Narek came home. Azerbaijani troops entered Narek on Monday.", gazetteer)
    assert "Lachin" in places("My son Lachin serves in the army. Armenian troops shelled Lachin on Monday.",
                              gazetteer)


def test_a_kin_name_thanked_again_is_still_the_person(gazetteer):
    text = "My son Lachin serves in the army. Our thanks to Lachin for the photographs."
    assert "Lachin" not in places(text, gazetteer)
