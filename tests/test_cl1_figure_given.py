"""A figure given is its giver's account, as "said" is: one figure with what it counts after it ("the agency gave a
far higher figure: ...", "gave its first number for the fighting", "gave a figure of 14 dead"), a count alone ("gave
21 dead"), and a number put at a count with a long account between ("put the number evacuated from X by bus, train
and car at about 5,000"). A number of things, a tour, a lift or a place on a list given is no count."""

from tests.helpers import claimants


def test_agency_gave_a_higher_figure(gazetteer):
    found = claimants("Late on Monday Interfax gave a far higher figure: about 3,000 people evacuated from Tartar "
                      "since the weekend.", gazetteer)
    assert found["Tartar"] == "Russian media", found


def test_official_gave_a_figure_of_dead(gazetteer):
    found = claimants("The district governor gave a figure of 14 dead in Barda after the strike.", gazetteer)
    assert found["Barda"].startswith("local officials"), found


def test_agency_gave_its_first_number_for(gazetteer):
    found = claimants("On Tuesday the agency TASS gave its first number for the fighting in Fuzuli: 12 soldiers "
                      "killed.", gazetteer)
    assert found["Fuzuli"] == "Russian media", found


def test_office_gave_a_count_of_dead(gazetteer):
    found = claimants("The prosecutor's office gave 21 dead in Barda, most of them shoppers.", gazetteer)
    assert "Prosecutor General" in found["Barda"], found


def test_number_put_at_after_a_long_account(gazetteer):
    found = claimants("By Friday the Azerbaijani defence ministry put the number evacuated from Tartar by bus, train "
                      "and car at about 5,000.", gazetteer)
    assert found["Tartar"] == "Azerbaijani MoD", found


def test_a_number_of_reasons_is_no_count(gazetteer):
    found = claimants("Trend gave a number of reasons for the road closure near Lachin.", gazetteer)
    assert found["Lachin"] == "", found


def test_a_tour_or_a_lift_given_is_no_account(gazetteer):
    assert claimants("The mayor gave a tour of Barda to visiting diplomats.", gazetteer)["Barda"] == ""
    assert claimants("The lorry driver gave a lift to four soldiers from Tartar.", gazetteer)["Tartar"] == ""
