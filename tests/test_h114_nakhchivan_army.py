"""The army in Nakhchivan (the Separate Combined-Arms Army of the autonomous republic) speaks for Azerbaijan's
defence ministry, whose army it is."""

from functools import partial

from geo.extract.actors import canonical_actor
from tests.helpers import claimant_of

claim = partial(claimant_of, published="2019-04-03")


def test_the_nakhchivan_army_is_the_defence_ministry():
    assert canonical_actor("the press service of the Nakhchivan army") == "Azerbaijani MoD"


def test_the_nakhchivan_army_claims_a_shelling(gazetteer):
    text = "The press service of the Nakhchivan army said on Monday that Armenian units had shelled Sadarak."
    assert claim("Sadarak", text, gazetteer) == "Azerbaijani MoD"


def test_an_armenian_army_press_service_is_not_nakhchivan(gazetteer):
    text = "The press service of the Armenian army said on Monday that Azerbaijani units had shelled Yeraskh."
    assert claim("Yeraskh", text, gazetteer) != "Azerbaijani MoD"
