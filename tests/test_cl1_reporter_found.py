"""What an outlet's one writer found on the way is the outlet's report, as what its team or crew found is, also with
how the writer went set off after him ("X's reporter, driving down through A and B, found ...", "X's correspondent A
B, with the first crew to reach C, found ..."). A writer who was found (dead, hurt) tells nothing, and what a speaker
says the writer found stays the speaker's."""

from tests.helpers import claimants


def test_reporter_with_his_route_set_off_found(gazetteer):
    found = claimants("Kommersant's reporter, driving down through Tartar and Barda, found schools in Barda turned "
                      "into shelters.", gazetteer)
    assert found["Tartar;Barda"] == "Russian media", found


def test_named_correspondent_with_an_aside_found(gazetteer):
    found = claimants("Euronews's correspondent Anna Weber, with the first crew to reach Talish, found many houses "
                      "in ruins.", gazetteer)
    assert found["Talish"] == "Euronews", found


def test_correspondent_found_a_place_quiet(gazetteer):
    found = claimants("Kommersant's correspondent found Barda quiet again on Sunday.", gazetteer)
    assert found["Barda"] == "Russian media", found


def test_a_reporter_found_dead_tells_nothing(gazetteer):
    found = claimants("Kommersant's reporter was found dead near Barda on Sunday.", gazetteer)
    assert found["Barda"] != "Russian media", found


def test_an_envoy_on_his_way_is_no_outlet(gazetteer):
    found = claimants("Armenia's envoy, on his way to Tartar, found the road closed.", gazetteer)
    assert found["Tartar"] == "", found


def test_what_a_ministry_says_the_reporter_found_stays_the_ministrys(gazetteer):
    found = claimants("The Azerbaijani defence ministry said Kommersant's reporter found nothing in Tartar.", gazetteer)
    assert found["Tartar"] == "Azerbaijani MoD", found
