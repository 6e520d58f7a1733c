"""A congratulation on what was won tells that it was won: the one who congratulates claims it ("she congratulated
the nation on Instagram on the liberation of X", "the minister congratulated the troops on retaking Y"). The "on" of
the means is not what was won, and a congratulation on nothing named tells nothing (the winners of a tournament held
at a place, newly-weds)."""

from tests.helpers import claimants


def test_congratulated_the_nation_on_a_place_freed(gazetteer):
    found = claimants("Mehriban Aliyeva congratulated the nation on Instagram on the liberation of Jabrayil and of "
                      "the villages around it.", gazetteer)
    assert found["Jabrayil"] == "Azerbaijani presidency (Ilham Aliyev)", found


def test_congratulated_the_troops_on_retaking(gazetteer):
    found = claimants("The Azerbaijani defence minister congratulated the troops on retaking the heights above "
                      "Fuzuli.", gazetteer)
    assert found["Fuzuli"] == "Azerbaijani MoD", found


def test_winners_of_a_tournament_held_at_a_place_are_no_claim(gazetteer):
    found = claimants("President Aliyev congratulated the winners of the chess tournament held in Shusha.", gazetteer)
    assert found["Shusha"] == "", found


def test_a_wedding_congratulated_is_no_claim(gazetteer):
    found = claimants("Relatives gathered in Barda to congratulate the newly-weds.", gazetteer)
    assert found["Barda"] == "", found
