"""An outlet with an aside saying where and on which day it wrote from ("Reuters, writing from X on 5 May,
counted") is the claimant, not the aside."""

from tests.helpers import claimant_of


def test_an_outlet_writing_from_a_town_on_a_day(gazetteer):
    who = claimant_of("Lachin corridor", "Interfax, writing from Goris on 4 May, counted thirty lorries standing at the "
                                "entrance of the Lachin corridor.", gazetteer)
    assert who == "Russian media", who


def test_the_same_aside_without_a_day(gazetteer):
    who = claimant_of("Lachin corridor", "Interfax, writing from Goris, counted thirty lorries standing at the entrance of "
                                "the Lachin corridor.", gazetteer)
    assert who == "Russian media", who


def test_a_body_with_its_bulletin_of_a_day_between_commas(gazetteer):
    who = claimant_of("Goris", "Armenia's defence ministry, in its bulletin of 4 May, said shells hit Goris.", gazetteer)
    assert who == "Armenian MoD", who


def test_no_outlet_before_the_aside_gives_no_claimant(gazetteer):
    who = claimant_of("Lachin corridor", "Writing from Goris on 4 May, we counted thirty lorries at the entrance of "
                                         "the Lachin corridor.", gazetteer)
    assert "Goris" not in who, who
