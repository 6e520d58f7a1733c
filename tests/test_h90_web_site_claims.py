"""Who claims: a web outlet named by its lower-case address after its kind ("the Armenian site razm.info") and the
same site named again ("the site writes", "the same site says", "in the same site's account", "The same account
claims that", "The same piece claims that"); an opening period "In the first days of January 1994" before the
subject; a photograph's agency with "taken that same month" after it."""

from geo.extract.claims import find_attributions
from tests.helpers import rows

PUBLISHED = "2017-06-20"


def _who(sentence):
    return [a.who for a in find_attributions(sentence)]


def _claims(text, gazetteer):
    return [(r["place_name"], r["claimed_by"]) for r in rows(text, gazetteer, PUBLISHED)]


def test_a_lower_case_address_after_the_kind_is_the_claimant(gazetteer):
    text = "The Armenian website razm.info, in a long feature, says its units shelled Tegh on 3 March."
    assert _claims(text, gazetteer) == [("Tegh", "razm.info")]


def test_a_listed_outlet_named_so_stays_its_press(gazetteer):
    # (the negative case: an outlet the actor table lists keeps its canonical name)
    text = "The Armenian website News.am says its units shelled Tegh on 3 March."
    assert _claims(text, gazetteer) == [("Tegh", "Armenian media")]


def test_the_site_named_again_is_that_site(gazetteer):
    text = ("Notes on the spring.\n\n"
            "The Armenian site razm.info places the start of the attack on 4 March 1993, in fog near Tegh.\n\n"
            "In the days that followed, the same site says, Armenian units took the road to Goris.\n\n"
            "By 9 March, the site writes, Shusha was in Armenian hands.\n\n"
            "The only way out was a track below Hadrut, where, in the same site's account, rockets hit the columns.")
    claims = dict(_claims(text, gazetteer))
    assert claims["Goris"] == "razm.info"
    assert claims["Shusha"] == "razm.info"
    assert claims["Hadrut"] == "razm.info"


def test_the_same_account_claims_that_is_the_site_s_piece(gazetteer):
    text = ("The Armenian site razm.info says the attack began near Tegh.\n\n"
            "The same account claims that soldiers who broke out near Hadrut died of cold.\n\n"
            "The same piece claims that rockets fell on the columns near Goris.")
    claims = dict(_claims(text, gazetteer))
    assert claims["Hadrut"] == "razm.info"
    assert claims["Goris"] == "razm.info"


def test_a_site_unnamed_before_is_no_address(gazetteer):
    # (the negative case: with no site named, "the site says" stays the press, unnamed)
    text = "By 9 March, the site says, Shusha was in Armenian hands."
    assert _claims(text, gazetteer) == [("Shusha", "media")]


def test_according_to_an_address_with_no_comma_after_it():
    assert _who("Then, according to razm.info the road from Tegh to Goris was cut within two days.") == ["razm.info"]


def test_media_reports_said_is_still_a_noun_and_its_verb():
    # (the negative case: "reports" after "the same media" is the noun, "said" the verb)
    assert _who("The same media reports said that shells hit Hadrut.") == ["same media reports"]


def test_an_opening_period_of_days_of_a_month_is_no_subject():
    assert _who("In the first days of March 1993 the ministry in Yerevan announced that troops took Tegh.") \
        == ["ministry in Yerevan"]
    assert _who("In the last week of May the Azerbaijani defence ministry said that shells hit Tegh.") \
        == ["Azerbaijani defence ministry"]


def test_a_span_of_days_still_opens_the_clause():
    # (the negative case: "For three days" is a span, the subject after it)
    assert _who("For three days Baku complained that Tegh was shelled.") == ["Baku"]


def test_that_same_month_after_a_photograph_is_a_time(gazetteer):
    text = "A Reuters photograph taken that same month shows families queuing for water in the town of Goris."
    assert "Reuters" in dict(_claims(text, gazetteer))["Goris"]


def test_that_still_opens_a_relative_clause():
    assert _who("The photograph that Reuters published shows families in Goris.") == ["Reuters"]


def test_a_bare_that_morning_still_ends_the_clause_before_the_speaker(gazetteer):
    # (the negative case: "that morning" without "same" keeps its stop; the speaker named after the quote speaks)
    text = ('"My brother drove out of Goris that morning and told our father he would be back by noon," said Anahit '
            'Petrosyan, a nurse whose brother was one of the drivers.')
    claimant = dict(_claims(text, gazetteer))["Goris"]
    assert "Anahit Petrosyan" in claimant and "brother" not in claimant
