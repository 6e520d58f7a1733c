"""Who a claim belongs to: a person an outlet quotes and then "who said" (the person, the innermost source); the
places "he named" in a relative clause (the speaker named before); people who "came in still talking about" news
(no source, and no speaker for a later "he")."""

from tests.helpers import claimants


def test_outlet_quoted_a_named_person_who_said(gazetteer):
    found = claimants("Report.az quoted Tural Gasimov, who said that shells had landed near Tartar on Monday.",
                      gazetteer)
    assert found["Tartar"] == "Tural Gasimov", found


def test_outlet_reported_a_person_who_lives_there_keeps_the_outlet(gazetteer):
    found = claimants("Report.az reported that Tural Gasimov, who lives near Tartar, had seen shells land.", gazetteer)
    assert found["Tartar"] == "Azerbaijani media", found


LIST_TOLD = ("Yesterday the Azerbaijani defence minister announced that the town of Fuzuli had been taken, together "
             "with a long list of villages in three districts.\n")


def test_places_he_named_are_his_list(gazetteer):
    found = claimants(LIST_TOLD + "Among the places he named in the Fuzuli district were Horadiz and Alkhanli.",
                      gazetteer)
    assert found["Horadiz"] == "Azerbaijani MoD", found


def test_places_he_visited_are_no_list(gazetteer):
    found = claimants(LIST_TOLD + "Among the places he visited in the Fuzuli district were Horadiz and Alkhanli.",
                      gazetteer)
    assert found["Horadiz"] == "", found


def test_people_who_came_in_talking_leave_the_next_he_to_the_speaker(gazetteer):
    found = claimants("On Sunday the Azerbaijani defence minister said that Fuzuli had been retaken, and people came "
                      "in yesterday still talking about nothing else.\nOn Monday he wrote on Twitter that Horadiz had "
                      "been taken too.", gazetteer)
    assert found["Horadiz"] == "Azerbaijani MoD", found


def test_people_still_talking_about_fire_are_its_tellers(gazetteer):
    found = claimants("Farmers were still talking about the shelling of Tartar.", gazetteer)
    assert found["Tartar"] != "", found
