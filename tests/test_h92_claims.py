"""A person named in full once and later called by an honorific and a surname that opens with a lower-case Arabic
article ("Dr al-Amin said") is the same person, named in full; a surname without a full name stays as written."""

from tests.helpers import claimant_of


def test_honorific_with_arabic_article_is_the_full_name(gazetteer):
    text = ("The head of the relief agency in Ganja, Yusuf al-Amin, visited the camps in the spring. "
            "Dr al-Amin also said that the families had been moved to a camp at Sabirabad after the shelling of "
            "Horadiz.")
    assert claimant_of("Horadiz", text, gazetteer) == "Yusuf al-Amin"


def test_honorific_without_a_full_name_stays_as_written(gazetteer):
    text = "Dr al-Amin said that the town of Horadiz had been shelled overnight."
    assert claimant_of("Horadiz", text, gazetteer) in ("Dr al-Amin", "al-Amin")


def test_bracketed_aside_between_speaker_and_verb(gazetteer):
    text = ("Mr Rauf Guliyev (block 7) said that his yard had been shelled for a week and that by 9 August "
            "Jabrayil was nearly cut off.")
    assert claimant_of("Jabrayil", text, gazetteer) == "Mr Rauf Guliyev"


def test_bracketed_aside_without_a_speech_verb_gives_no_speaker(gazetteer):
    text = "The Guliyev family (block 7) left Jabrayil in August after the town was shelled."
    assert claimant_of("Jabrayil", text, gazetteer) == ""
