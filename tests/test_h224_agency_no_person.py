"""A bare "the agency" after a person the outlet quoted ("..., according to X Y, who heads the department. ...,
the agency added") is the outlet heard before, not the person: an agency is no person. With no outlet heard, or
after a body, it stays as it was."""

from functools import partial

from tests.helpers import claimant_of

claim = partial(claimant_of, published="2022-08-20")


def test_agency_after_a_quoted_person_is_the_outlet(gazetteer):
    text = ("Armenpress reported on Thursday that crews were widening the road near Goris. "
            "The work should be finished by winter, according to Aram Petrosyan, who runs the regional roads office. "
            "Work on the stretch towards Kornidzor began on 2 August, the agency added.")
    assert claim("Kornidzor", text, gazetteer) == "Armenian media"


def test_he_after_the_person_stays_the_person(gazetteer):
    text = ("Armenpress reported on Thursday that crews were widening the road near Goris. "
            "The work should be finished by winter, according to Aram Petrosyan, who runs the regional roads office. "
            "Work on the stretch towards Kornidzor began on 2 August, he added.")
    assert "Aram Petrosyan" in claim("Kornidzor", text, gazetteer)
