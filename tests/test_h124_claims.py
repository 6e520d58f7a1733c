"""Three claimants: an inverted attribution whose speaker is a role then a name set off by commas ("..., said its head,
A B") is that person's; one who "recalled the fighting at X" (or the shelling, the attack) is the claimant of it, as
one who "recalled that" is; and a named town's seat ("the Goris municipality", "the Vardenis town hall") is that town's
officials with its name kept, as a named community's office is."""

from functools import partial

from tests.helpers import claimant_of

claimant = partial(claimant_of, published="2021-03-02")


# ..., said its head, A B

def test_said_its_head_then_the_name_is_the_named_person(gazetteer):
    text = "Two shells hit the school in Tegh on Monday morning, said its head, Narek Avagyan."
    assert claimant("Tegh", text, gazetteer) == "Narek Avagyan"


def test_said_the_village_head_then_the_name_is_the_named_person(gazetteer):
    text = "Soldiers set up a new post at the edge of Tegh on Monday, said the village head, Narek Avagyan; nobody was hurt."
    assert claimant("Tegh", text, gazetteer) == "Narek Avagyan"


def test_said_a_name_alone_is_still_that_name(gazetteer):
    text = "Two shells hit the school in Tegh on Monday morning, said Narek Avagyan."
    assert claimant("Tegh", text, gazetteer) == "Narek Avagyan"


def test_said_the_ministry_adding_is_no_role_and_name(gazetteer):
    text = "Two shells hit the school in Tegh on Monday morning, said the ministry, adding that nobody was hurt."
    assert "Avagyan" not in (claimant("Tegh", text, gazetteer) or "")


# X recalled the fighting at Y

def test_one_who_recalled_the_fighting_at_a_place_claims_it(gazetteer):
    text = "Speaking on the radio on Monday, Narek Avagyan, the head of our village, recalled the heavy fighting at Tegh."
    assert claimant("Tegh", text, gazetteer) == "Narek Avagyan"


def test_one_who_recalled_the_shelling_of_a_place_claims_it(gazetteer):
    text = "On Monday Narek Avagyan recalled the shelling of Tegh in the autumn."
    assert claimant("Tegh", text, gazetteer) == "Narek Avagyan"


def test_a_state_that_recalled_its_ambassador_claims_no_fire(gazetteer):
    text = "On Monday Armenia recalled its ambassador after the shelling of Tegh."
    assert claimant("Tegh", text, gazetteer) != "Armenia"


# the Goris municipality

def test_a_named_municipality_is_its_towns_officials_named(gazetteer):
    text = "On Sunday a new flag was raised in Shurnukh, the Goris municipality said."
    assert claimant("Shurnukh", text, gazetteer) == "local officials (Goris municipality)"


def test_a_named_town_hall_is_its_towns_officials_named(gazetteer):
    text = "On Sunday shells hit Sotk, a spokesman for the Vardenis town hall said."
    assert claimant("Sotk", text, gazetteer) == "local officials (Vardenis town hall)"


def test_an_unnamed_town_hall_stays_local_officials(gazetteer):
    text = "On Sunday shells hit Sotk, the town hall said."
    assert claimant("Sotk", text, gazetteer) == "local officials"
