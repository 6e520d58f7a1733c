"""Claimants told again, in wordings other than those their rules were written from: "the agency" after a person
the table files under a post, or after a wire the table lacks; an outlet known by its letters counting without "the"
("by AFP's count"); "the group" after a group that is no rights group, or after another group was named; a state
committee for family that is not Azerbaijan's."""

from functools import partial

from tests.helpers import claimant_of, claimants

claim = partial(claimant_of, published="2021-06-10")


def test_agency_after_a_person_the_table_files_is_the_outlet(gazetteer):
    text = ("Reuters reported that shelling resumed near Tartar. Hikmet Hajiyev said the shelling was deliberate. "
            "The agency added that shells also fell on Aghdam on Monday.")
    assert claim("Aghdam", text, gazetteer) == "Reuters"


def test_agency_after_a_prime_minister_is_the_outlet(gazetteer):
    text = ("Reuters reported that shelling resumed near Goris. Nikol Pashinyan said the shelling was deliberate. "
            "The agency added that shells also fell on Kornidzor on Monday.")
    assert claim("Kornidzor", text, gazetteer) == "Reuters"


def test_agency_after_a_person_quoted_by_a_wire_letters(gazetteer):
    text = ("AFP reported that shelling resumed near Goris. Aram Petrosyan, a local doctor, said three houses were "
            "hit. The agency added that shells also fell on Kornidzor on Monday.")
    assert claim("Kornidzor", text, gazetteer) == "AFP"


def test_he_after_a_prime_minister_stays_the_prime_minister(gazetteer):
    text = ("Reuters reported that shelling resumed near Goris. Nikol Pashinyan said the shelling was deliberate. "
            "He added that shells also fell on Kornidzor on Monday.")
    assert claim("Kornidzor", text, gazetteer) == "Armenian PM (Nikol Pashinyan)"


def test_a_state_agency_named_after_the_person_is_still_that_agency(gazetteer):
    text = ("Reuters reported on Thursday that 500 refugees arrived in Goris. Aram Petrosyan of the State Migration "
            "Agency said more were expected. The agency added that 200 had crossed at Kornidzor on Monday.")
    assert claim("Kornidzor", text, gazetteer) == "Armenian government (State Migration Agency)"


def test_agency_after_a_person_quoted_by_reuters(gazetteer):
    text = ("Reuters reported that shelling resumed near Goris. Aram Petrosyan, a local doctor, said three houses "
            "were hit. The agency added that shells also fell on Kornidzor on Monday.")
    assert claim("Kornidzor", text, gazetteer) == "Reuters"
