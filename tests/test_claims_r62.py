"""Claimants: "the Karabakh side says" is the Karabakh authorities; a defence ministry named without its side but
with "there", after a sentence about one side's capital, is that side's, whichever side's ministry spoke before; a
person who gave the reporter only a first name and is the subject of a sentence is the "he" of the next; the actor
table knows Armenia's Unified Infocenter, ANAMA's operations chief and Armenia's defence minister of 2016."""

from tests.helpers import claimant_of


def test_the_karabakh_side_says_is_the_karabakh_authorities(gazetteer):
    text = "Since Monday the fighting has been heaviest in the east, around Khojavend, the Karabakh side says."
    assert claimant_of("Khojavend", text, gazetteer, "2016-04-05") == "Nagorno-Karabakh authorities"


def test_the_defence_ministry_there_is_the_capital_s_just_spoken_of(gazetteer):
    text = ("Azerbaijan's Defence Ministry said on Monday that its positions near Tovuz had come under fire.\n\n"
            "Yerevan tells another story. The Defence Ministry there says its units held every post near Chinari "
            "through the night.")
    assert claimant_of("Chinari", text, gazetteer, "2020-07-14") == "Armenian MoD"


def test_a_subject_who_gave_only_a_first_name_is_the_next_he(gazetteer):
    text = ("The shepherd, who asked to be called only Vardan, led us up to the pasture above the village. Shells that "
            "fell on Chinari before dawn on Sunday set two haystacks alight, he said.")
    assert claimant_of("Chinari", text, gazetteer, "2020-07-14") == "residents (Vardan)"


def test_armenia_s_unified_infocenter_is_the_armenian_government(gazetteer):
    text = "On Monday three houses in Askeran caught fire after a rocket attack, Armenia's Unified Infocenter reported."
    assert claimant_of("Askeran", text, gazetteer, "2020-10-20") == "Armenian government"


def test_anama_s_operations_chief_speaks_for_anama(gazetteer):
    text = ("Idris Ismayilov told a briefing on Monday that the road between Aghdam and Khindirstan had been cleared "
            "of mines.")
    assert claimant_of("Aghdam", text, gazetteer, "2020-12-02") == "Azerbaijani government (ANAMA)"


def test_seyran_ohanyan_speaks_for_armenia_s_defence_ministry(gazetteer):
    text = "Seyran Ohanyan said on Wednesday that Azerbaijani troops had shelled Berd overnight."
    assert claimant_of("Berd", text, gazetteer, "2016-04-06") == "Armenian MoD"
