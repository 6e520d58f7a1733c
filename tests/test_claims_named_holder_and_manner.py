"""A speaker named, then the post held over a field written in lower case ("Lilit Harutyunyan, Armenia's
minister of roads and bridges, told"): the person speaks, though the field holds an "and"; and a speaker's words
given after a colon in a manner of their own ("she put it bluntly: ...") are that speaker's."""

from tests.helpers import claimants


def test_a_person_s_post_over_a_field_with_and_leaves_the_person_the_speaker(gazetteer):
    text = ("Lilit Harutyunyan, Armenia's minister of roads and bridges, later told reporters in Ijevan that the "
            "bypass around Dilijan was open.")
    assert claimants(text, gazetteer)["Dilijan"] == "Lilit Harutyunyan"


def test_a_person_s_post_over_a_field_leaves_the_person_the_speaker(gazetteer):
    text = "Samvel Grigoryan, the deputy minister of health, said that the clinic in Sisian had reopened."
    assert claimants(text, gazetteer)["Sisian"] == "Samvel Grigoryan"


def test_a_resident_named_with_his_village_is_still_a_resident(gazetteer):
    text = "Samvel Grigoryan, a resident of the village of Tegh, said that the clinic in Sisian had reopened."
    assert "residents" in claimants(text, gazetteer)["Sisian"]


def test_words_after_put_it_and_a_colon_are_the_speaker_s(gazetteer):
    text = "Grigoryan put it in plain words: the tunnel near Jermuk will never be finished."
    assert claimants(text, gazetteer)["Jermuk"] == "Grigoryan"


def test_a_thing_put_somewhere_is_no_speech(gazetteer):
    text = "The crews put it back on the lorry at Jermuk: the old crane."
    assert claimants(text, gazetteer).get("Jermuk", "") == ""
