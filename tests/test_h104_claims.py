"""Readings from heldout104: Express Chronicle, the Moscow human rights weekly, is read as the Russian press (as
Kommersant is); Helsinki Watch, the division that became Human Rights Watch, is that group."""

from tests.helpers import claimant_of

DAY = "2021-02-12"


def test_express_chronicle_is_the_russian_press(gazetteer):
    text = "On 3 March shells hit Aghdam, the weekly Express-Chronicle reported at the time."
    assert claimant_of("Aghdam", text, gazetteer, DAY) == "Russian media"


def test_helsinki_watch_is_human_rights_watch(gazetteer):
    text = "Helsinki Watch reported that Armenian units had shelled Fizuli in early March 1992."
    assert claimant_of("Fuzuli", text, gazetteer, DAY) == "Human Rights Watch"


def test_another_capitals_paper_keeps_its_own_press(gazetteer):
    text = "On 3 March shells hit Aghdam, the Tehran daily Hamshahri reported."
    assert claimant_of("Aghdam", text, gazetteer, DAY) == "Iranian media"
