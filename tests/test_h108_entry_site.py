"""Troops entering a village after fire told first in the same breath are the attack on it (shelling): "after a
heavy bombardment, army units entered X"; fire that had stopped, or an entry told in a clause of its own later, is
not. A web outlet named as "the website X" is "the site" further on ("The site said that ..."), and an outlet
written with its domain ending is the outlet ("PanARMENIAN.Net")."""

from functools import partial

from geo.extract.actors import canonical_actor
from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="2013-04-10")
claim = partial(claimant_of, published="2013-04-10")


def test_entered_after_a_bombardment(gazetteer):
    text = "On 3 May 1992, after a heavy bombardment, Armenian army units entered Talish from the north."
    assert layers(text, gazetteer).get("Talish") == "shelling"


def test_entered_after_a_night_of_shelling(gazetteer):
    text = "After a night of shelling, the troops entered Talish."
    assert layers(text, gazetteer).get("Talish") == "shelling"


def test_entered_after_the_shelling_stopped(gazetteer):
    text = "After the shelling stopped, the troops entered Talish."
    assert layers(text, gazetteer).get("Talish") != "shelling"


def test_entered_in_a_clause_of_its_own(gazetteer):
    text = "The villagers left after the shelling, and the troops entered Talish a week later."
    assert layers(text, gazetteer).get("Talish") != "shelling"


def test_the_website_is_the_site_further_on(gazetteer):
    text = ("On Monday the website Vestnik Kavkaza published a long piece on the war. "
            "The site said that twelve houses had been shelled in Talish on 3 May 1992.")
    assert claim("Talish", text, gazetteer) == "Russian media (Vestnik Kavkaza)"


def test_an_unnamed_site_stays_unnamed(gazetteer):
    text = ("On Monday a reader sent us a long piece on the war. "
            "The site said that twelve houses had been shelled in Talish on 3 May 1992.")
    assert claim("Talish", text, gazetteer) != "Russian media (Vestnik Kavkaza)"


def test_an_outlet_with_its_domain():
    assert canonical_actor("PanARMENIAN.Net") == canonical_actor("PanArmenian")
