"""A press digest of one country's papers: its unnamed voices of the press ("the papers wrote", "a local reporter
wrote", "commentators recalled") are that country's media; a digest of several countries' papers, or an article
that is no digest, keeps them as they are."""

from tests.helpers import claimants

DIGEST = ("PRESS REVIEW — the Armenian dailies, translated from Armenian\n\n"
          "Week ending 12 June 2022\n\n"
          "1. A local reporter wrote that lorries were queuing at the checkpoint near Kornidzor on Monday.\n\n"
          "2. Commentators recalled that the road through Goris was rebuilt in 2019.\n\n"
          "3. Villagers near Tegh complained about the new post, the regional governor said.\n")


def test_a_digest_s_unnamed_reporter_is_its_country_s_media(gazetteer):
    assert claimants(DIGEST, gazetteer)["Kornidzor"] == "Armenian media"


def test_a_digest_s_commentators_are_its_country_s_media(gazetteer):
    assert claimants(DIGEST, gazetteer)["Goris"] == "Armenian media"


def test_a_named_official_in_a_digest_keeps_his_office(gazetteer):
    assert claimants(DIGEST, gazetteer)["Tegh"] != "Armenian media"


def test_a_digest_of_several_countries_papers_names_no_one_press(gazetteer):
    text = ("MEDIA DIGEST: translated from the Armenian and Azerbaijani press\n\n"
            "1. A local reporter wrote that lorries were queuing at the checkpoint near Kornidzor on Monday.\n")
    assert claimants(text, gazetteer)["Kornidzor"] != "Armenian media"


def test_a_report_that_is_no_digest_keeps_its_reporter(gazetteer):
    text = ("Queues on the southern road\n\n"
            "A local reporter wrote that lorries were queuing at the checkpoint near Kornidzor on Monday, "
            "as the Armenian press reported.\n")
    assert claimants(text, gazetteer)["Kornidzor"] != "Armenian media"
