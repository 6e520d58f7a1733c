"""Who claims: a count owned by a plural body ("by the prosecutors' count"); prosecutors named without their side,
of a town on a side's own land, are that side's; a body that "named" places "among the districts" hit gives that
list; a closing "as he told the agency" is the one person the sentence names before it."""

from functools import partial

from tests.helpers import claimants

PROSECUTORS = "Azerbaijani government (Prosecutor General's Office)"
FOREIGN = "Azerbaijani government (Foreign Ministry)"

claims = partial(claimants, published="2020-10-20")


def test_a_plural_body_s_count_is_its_claim(gazetteer):
    text = "By the prosecutors' count, two rockets landed in Yevlakh on Sunday night."
    assert claims(text, gazetteer).get("Yevlakh") == PROSECUTORS


def test_a_count_owned_by_no_body_stays_unclaimed(gazetteer):
    text = "By the shelter's count, two rockets landed in Yevlakh on Sunday night."
    assert claims(text, gazetteer).get("Yevlakh") == ""


def test_bare_prosecutors_of_a_town_on_azerbaijan_s_own_land(gazetteer):
    text = "A shell wounded two men at the bus station in Yevlakh on Sunday, prosecutors said."
    assert claims(text, gazetteer).get("Yevlakh") == PROSECUTORS


def test_bare_prosecutors_of_a_town_in_karabakh_stay_unread(gazetteer):
    text = "A shell wounded two men at the bus station in Stepanakert on Sunday, prosecutors said."
    assert claims(text, gazetteer).get("Stepanakert") != PROSECUTORS


def test_places_named_among_the_districts_hit(gazetteer):
    text = "The foreign ministry in Baku named Yevlakh and Tartar among the districts shelled on Sunday."
    found = claims(text, gazetteer)
    assert found.get("Yevlakh") == FOREIGN and found.get("Tartar") == FOREIGN


def test_a_town_named_among_prize_winners_is_no_claim(gazetteer):
    text = "The jury named Yevlakh among the winners of the tidiest-town prize, before the shelling began."
    assert claims(text, gazetteer).get("Yevlakh", "") == ""


def test_as_he_told_the_agency_is_the_person_named_before(gazetteer):
    text = "A rocket wrecked Samir Guliyev's shop in Yevlakh on Sunday, as he told the agency later."
    assert claims(text, gazetteer).get("Yevlakh") == "Samir Guliyev"


def test_as_he_told_with_no_person_named_stays_unclaimed(gazetteer):
    text = "A rocket wrecked the bakery in Yevlakh on Sunday, as he told the agency later."
    assert claims(text, gazetteer).get("Yevlakh") == ""
