"""Who claims, after a web site named by its address: "the same account" told after another speaker is that
speaker's, "the same piece" stays the site's, and a later "the paper said" is never the site."""

from tests.helpers import rows

PUBLISHED = "2017-06-20"
SITE = "The Armenian site razm.info says units shelled Tegh on 3 March.\n\n"


def _claims(text, gazetteer):
    return dict((r["place_name"], r["claimed_by"]) for r in rows(text, gazetteer, PUBLISHED))


def test_the_same_account_after_a_soldier_is_his(gazetteer):
    text = (SITE + "A soldier, Aram Petrosyan, said rockets hit Hadrut on 6 March. "
            "The same account claims that shells fell on Goris on 7 March.")
    assert _claims(text, gazetteer)["Goris"] == "Aram Petrosyan"


def test_the_same_account_after_a_ministry_is_the_ministry_s(gazetteer):
    text = (SITE + "The Azerbaijani defence ministry said Armenian shells hit Shusha on 5 March.\n\n"
            "The same account claims that Grad rockets hit Hadrut on 6 March.")
    assert _claims(text, gazetteer)["Hadrut"] == "Azerbaijani MoD"


def test_the_same_piece_after_a_villager_stays_the_site_s(gazetteer):
    text = (SITE + "A villager, Aram Petrosyan, said shells hit Goris on 5 March.\n\n"
            "The same piece claims that rockets hit Hadrut on 6 March.")
    assert _claims(text, gazetteer)["Hadrut"] == "razm.info"


def test_the_paper_said_is_not_the_site(gazetteer):
    text = SITE + "The Yerevan daily Azg reported that shells hit Goris on 5 March, the paper said."
    assert _claims(text, gazetteer)["Goris"] != "razm.info"
    text = SITE + "The daily Azg said shells hit Shusha on 4 March.\n\nShells hit Goris on 5 March, the paper said."
    assert _claims(text, gazetteer)["Goris"] == "Armenian media"      # Azg, read through the actor table


def test_the_same_account_right_after_the_site_is_still_its_piece(gazetteer):
    text = SITE + "The same account claims that shells fell on Goris on 7 March."
    assert _claims(text, gazetteer)["Goris"] == "razm.info"
