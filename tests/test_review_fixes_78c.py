"""Sentences where the 78c rules misfired: "The government named seven villages of Tartar after fallen soldiers" (a
renaming read as the government naming villages taken), "according to Armenian government reporting" and "Azerbaijani
official reporting" (a body's reporting read as its nation's press), "The minister said the plan and the villagers
feared an attack on Berd" (the villagers' own fear read as the minister's words), and "Neighbours at the same
address said shells hit Goris" (a house's address read as the speech named before)."""

from tests.helpers import claimant_of

_SPEECH = "Prime Minister Nikol Pashinyan said on Monday that Sotk had been shelled.\n"


def test_villages_named_after_soldiers_are_no_claim(gazetteer):
    assert claimant_of("Tartar", "The government named seven villages after soldiers who died near Tartar.",
                       gazetteer) in ("", None)
    assert claimant_of("Tartar", "The government named the villages after soldiers who died near Tartar.",
                       gazetteer) in ("", None)


def test_villages_named_as_shelled_are_still_the_speakers(gazetteer):
    text = ("Prime Minister Nikol Pashinyan spoke on Monday.\n"
            "The prime minister named four villages as shelled, among them Sotk.")
    assert claimant_of("Sotk", text, gazetteer) == "Armenian PM (Nikol Pashinyan)"


def test_a_bodys_reporting_is_the_bodys(gazetteer):
    assert claimant_of("Berd", "Shells fell on Berd, according to Armenian government reporting.", gazetteer) == \
        "Armenian government"
    assert claimant_of("Berd", "Shells fell on Berd, according to Azerbaijani official reporting.", gazetteer) == \
        "Azerbaijani government"


def test_a_nations_bare_reporting_is_its_press(gazetteer):
    assert claimant_of("Berd", "Shells fell on Berd, as Azerbaijani reporting put it.", gazetteer) == \
        "Azerbaijani media"


def test_a_belief_in_a_clause_of_its_own_is_not_the_speakers(gazetteer):
    text = "The minister said the plan and the villagers feared an attack on Berd."
    assert claimant_of("Berd", text, gazetteer) == "residents"


def test_neighbours_at_the_same_address_speak_for_themselves(gazetteer):
    for text in (_SPEECH + "Neighbours at the same address said shells hit Goris.",
                 _SPEECH + "Two men living at the same address said Goris was shelled too."):
        assert claimant_of("Goris", text, gazetteer) != "Armenian PM (Nikol Pashinyan)"


def test_the_same_speech_is_still_the_speakers(gazetteer):
    text = _SPEECH + "The same speech said Goris was shelled too."
    assert claimant_of("Goris", text, gazetteer) == "Armenian PM (Nikol Pashinyan)"
