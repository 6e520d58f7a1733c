"""Claimants: a pronoun after an opening phrase of lower-case words ("In the same statement it said") is the pronoun
of the body heard before; an outlet opening a sentence with its capital and kind ("The Baku agency Turan recalls
...") is that outlet, whose "it wrote" follows, not the capital's government; an agency told by its nation, kind
and name ("the French agency AFP") keeps its name when the actor table lists no press of that nation (a listed one,
"the Russian agency TASS", is that press); Sputnik Armenia is Sputnik, of the Russian press; a body quoted in the
sentence before and named again by its bare noun as it keeps a rule in force ("For now the service allows only ...")
tells that rule itself. News reports and press reviews name their sources this way."""

from geo.extract.actors import canonical_actor
from tests.helpers import claimant_of


def _same(found, expected):
    return (canonical_actor(found) or found) == (canonical_actor(expected) or expected)


def test_it_after_an_opening_phrase_is_the_ministry_heard_before(gazetteer):
    text = ("On Thursday evening Azerbaijani positions near Aghdam came under fire, the ministry in Baku said.\n\n"
            "In the same statement it said its positions near Gadabay were fired on from Chambarak.")
    assert claimant_of("Gadabay", text, gazetteer, "2023-05-10") == \
        claimant_of("Aghdam", text, gazetteer, "2023-05-10") != ""


def test_people_after_an_opening_phrase_are_not_the_ministry(gazetteer):
    text = ("On Thursday evening Azerbaijani positions near Aghdam came under fire, the ministry in Baku said.\n\n"
            "In the same hours villagers said shells had fallen on Berd.")
    assert claimant_of("Berd", text, gazetteer, "2023-05-10") == "residents"


def test_an_outlet_named_by_its_capital_and_kind_is_the_it_that_wrote(gazetteer):
    text = ("The Tbilisi agency Interpressnews recalls how the dispute started. On the night of 3 May dozens of "
            "farmers blocked the road between Sadakhlo and Bagratashen, it wrote.")
    assert claimant_of("Sadakhlo", text, gazetteer, "2023-05-10") == "Georgian media"
    text = ("The Baku agency Turan recalls how the protest began. On the night of 2 May villagers blocked the road "
            "between Ijevan and Dilijan, it wrote.")
    assert _same(claimant_of("Ijevan", text, gazetteer, "2023-05-10"), "Turan")


def test_a_capital_s_government_opening_a_sentence_stays_the_government(gazetteer):
    text = ("The Baku government recalls how the protest began. On the night of 2 May villagers blocked the road "
            "between Ijevan and Dilijan, it said.")
    assert claimant_of("Ijevan", text, gazetteer, "2023-05-10") == "Azerbaijani government"


def test_an_agency_named_by_its_nation_kind_and_name_keeps_its_name(gazetteer):
    text = "According to the French agency AFP, 80 families from Karabakh found refuge in Goris."
    assert claimant_of("Goris", text, gazetteer, "2023-10-20") == "AFP"
    text = "The Italian agency ANSA counted 80 families from Karabakh who had found refuge in Goris."
    assert claimant_of("Goris", text, gazetteer, "2023-10-20") == "ANSA"


def test_an_agency_of_a_listed_press_is_that_press(gazetteer):
    text = "According to the Russian agency TASS, 80 families from Karabakh found refuge in Goris."
    assert claimant_of("Goris", text, gazetteer, "2023-10-20") == "Russian media"


def test_an_agency_named_by_its_nation_alone_is_its_nation_s_press(gazetteer):
    text = "According to the French agency, 80 families from Karabakh found refuge in Goris."
    assert claimant_of("Goris", text, gazetteer, "2023-10-20") == "French media"


def test_france_s_president_is_no_french_outlet(gazetteer):
    text = "French President Emmanuel Macron said 80 families from Karabakh had found refuge in Goris."
    assert claimant_of("Goris", text, gazetteer, "2023-10-20") not in ("AFP", "French media")


def test_the_agency_after_sputnik_armenia_is_sputnik_armenia(gazetteer):
    text = ("Protesters blocked the Ijevan-Dilijan road on Thursday, Sputnik Armenia reported.\n\n"
            "Sputnik added that police had come to the site.\n\n"
            "The agency reminded readers that protesters had already closed the road at Berd on Tuesday.")
    assert _same(claimant_of("Berd", text, gazetteer, "2024-04-26"), "Sputnik Armenia")


def test_a_service_keeping_its_rule_after_it_spoke_tells_it(gazetteer):
    text = ("The land border reopened on Monday, according to Azerbaijan's State Border Service.\n"
            "For now the service allows only private cars to cross through the Astara customs checkpoint.")
    assert _same(claimant_of("Astara", text, gazetteer, "2023-02-03"), "Azerbaijani State Border Service")


def test_a_service_after_another_body_spoke_is_not_that_body(gazetteer):
    text = ("Azerbaijan's Defence Ministry said the border was calm on Monday.\n"
            "For now the service allows only private cars to cross through the Astara customs checkpoint.")
    assert claimant_of("Astara", text, gazetteer, "2023-02-03") == ""


def test_a_service_that_acted_in_the_past_tells_no_rule(gazetteer):
    text = ("The land border reopened on Monday, according to Azerbaijan's State Border Service.\n"
            "Last year the service closed the Astara customs checkpoint for a month.")
    assert claimant_of("Astara", text, gazetteer, "2023-02-03") == ""
