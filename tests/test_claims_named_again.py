"""An organisation named once in full and then by its head noun alone ("the Fund", "the diocese", "the ministry",
"the report") is the claimant named in full last, not whoever spoke last."""

from tests.helpers import claimant_of, claimant_pairs


def test_the_fund_is_the_fund_named_in_full(gazetteer):
    text = ("In 2004 the Syunik Mountain Roads Fund paid for a new bridge on the river.\n\n"
            "Karabakh's president Bako Sahakyan opened the bridge in June.\n\n"
            "The journey from Kapan to Goris now takes forty minutes, according to the Fund.")
    # (a fund named without its side may be read as the government's of the country it works in)
    assert "Syunik Mountain Roads Fund" in claimant_of("Goris", text, gazetteer)


def test_officials_of_the_fund_speak_for_the_fund(gazetteer):
    text = ("In 2004 the Syunik Mountain Roads Fund paid for a new bridge on the river.\n\n"
            "Karabakh's president Bako Sahakyan opened the bridge in June.\n\n"
            "Officials of the Fund said on Monday that the road to Goris would be resurfaced next.")
    assert "Syunik Mountain Roads Fund" in claimant_of("Goris", text, gazetteer)


def test_the_diocese_is_the_diocese_named_with_its_church(gazetteer):
    text = ("Bishop Mikael Ajapahyan, head of the Syunik diocese of the Armenian Apostolic Church, led the "
            "procession.\n\n"
            "The diocese said hundreds of pilgrims had walked from Kapan for the feast.")
    assert ("Kapan", "Armenian Church (Syunik diocese)") in claimant_pairs(text, gazetteer)


def test_the_ministry_is_the_ministry_named_last_not_the_person_who_spoke_since(gazetteer):
    text = ("The Armenian foreign ministry summoned the Russian ambassador on Tuesday.\n\n"
            "Araz Azimov, the Azerbaijani president's envoy on the conflict, said the figures were wrong.\n\n"
            "According to the ministry, most of those now living near Lachin had fled Baku in 1990.")
    assert claimant_of("Lachin", text, gazetteer) == "Armenian government (Foreign Ministry)"


def test_the_report_is_the_mission_s_report(gazetteer):
    text = ("BAKU, 2 May. The final report of the OSCE mission has been handed to both foreign ministries.\n\n"
            "According to the report, about 900 people now live in the Lachin district.")
    assert claimant_pairs(text, gazetteer) == [("Lachin District", "OSCE Minsk Group")]


def test_a_report_cited_by_an_opening_source_is_that_source_s_reading(gazetteer):
    text = ("The final report of the OSCE mission has been handed to both foreign ministries.\n\n"
            "The Armenian foreign ministry welcomed the report on Friday.\n\n"
            "Azerbaijani officials said the report was far too mild.\n\n"
            "According to the ministry, the report concluded that most of the settlers had come from Baku.")
    assert claimant_of("Baku", text, gazetteer) == "Armenian government (Foreign Ministry)"


def test_a_body_the_actor_table_knows_by_its_full_name_keeps_that_name(gazetteer):
    text = ("The International Committee of the Red Cross sent two lorries of flour towards the border.\n\n"
            "The committee said its lorries would try to reach Stepanakert through the Lachin corridor.")
    assert ("Stepanakert;Lachin corridor", "ICRC") in claimant_pairs(text, gazetteer)


def test_a_ministry_named_with_its_country_s_possessive_is_that_ministry(gazetteer):
    text = ("Azerbaijan's Ministry of Foreign Affairs said the new post at the Hakari bridge was lawful.\n\n"
            "The ministry said trucks had carried mines through Lachin.")
    assert ("Lachin", "Azerbaijani government (Foreign Ministry)") in claimant_pairs(text, gazetteer)


def test_the_ministry_after_the_other_side_speaks_again_is_no_longer_the_denier_s(gazetteer):
    """An Armenian denial names the Armenian ministry; once the Azerbaijani side, whose defence ministry spoke
    first, speaks again, "the ministry" of this report from Baku is Azerbaijan's again."""
    text = ("Baku, 22 October (agency copy)\n\n"
            "Azerbaijan came under missile fire on Thursday morning, the Ministry of Defence said in a statement.\n\n"
            "According to the ministry, two missiles were fired towards the Yevlakh district.\n\n"
            "The Armenian Defence Ministry's spokeswoman, Shushan Stepanyan, called both reports lies and said that "
            "not a single missile had been fired in the direction of Ordubad.\n\n"
            "Earlier this month, according to the Azerbaijani side, rockets had also struck Ganja.\n\n"
            "Along the front line, the ministry said, Armenian forces were still shelling the Tartar district.")
    assert dict(claimant_pairs(text, gazetteer))["Tartar District"] == "Azerbaijani MoD"


def test_the_joint_statement_is_its_first_issuer_the_actor_table_knows(gazetteer):
    """A list of issuers that opens with a body named without its nation ("the Emergencies Department") is
    read on to the first issuer the table knows."""
    text = ("This digest draws on the daily communiqués of the Emergencies Department, the Prosecutor General's "
            "Office and ANAMA.\n\n"
            "A shepherd lost a foot to a mine near Fuzuli on Sunday, the joint statement said.")
    assert claimant_of("Fuzuli", text, gazetteer) == "Azerbaijani government (Prosecutor General's Office)"
    text = ("This digest draws on the daily communiqués of the Emergencies Department and the Rescue Service.\n\n"
            "A shepherd lost a foot to a mine near Fuzuli on Sunday, the joint statement said.")
    assert claimant_of("Fuzuli", text, gazetteer) != "Azerbaijani government (Prosecutor General's Office)"
