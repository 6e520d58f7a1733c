"""Sentences where the 75c rules misfired: a mayor who "gave a speech in Goris as the day drew to a close", soldiers
who "put sandbags around Tegh as the day began" and officials who "gave reporters a tour of Tegh as the day ended"
were read as sources dating an event, no day given; "The Boston Globe service reported" at a sentence's start kept
"The" in the paper's name, and a paper's news service near a place in Armenia ("according to the New York Times
service", "the Washington Post news service") was read as a state service of the Armenian government; "the Karabakh
Post service" was taken for a paper's wire service; "a reporter at the radio station Radio Van" was not read as that
station's reporter; and a farmer who "argues with the soldiers" or an ombudsman who "argues for a new road" was made
a speaker."""

from tests.helpers import claimant_of

DAY = "2021-06-10"


def test_no_day_given_as_the_day_ends_is_no_dating_source(gazetteer):
    text = "The mayor gave a speech in Goris as the day drew to a close, and soldiers patrolled Tegh."
    assert claimant_of("Tegh", text, gazetteer, DAY) == ""
    text = "Soldiers put sandbags around Tegh as the day began."
    assert claimant_of("Tegh", text, gazetteer, DAY) == ""
    text = "Officials gave reporters a tour of Tegh as the day ended."
    assert claimant_of("Tegh", text, gazetteer, DAY) == ""


def test_sources_giving_a_day_as_the_date_still_claim_it(gazetteer):
    text = ("The historian said that Azerbaijani sources give 3 March 1992 as the date on which troops entered "
            "Tegh.")
    assert claimant_of("Tegh", text, gazetteer, DAY) == "Azerbaijani government"


def test_a_papers_service_opening_a_sentence(gazetteer):
    text = "The Boston Globe service reported that soldiers were patrolling Tegh."
    assert claimant_of("Tegh", text, gazetteer, DAY) == "Boston Globe News Service"


def test_a_papers_news_service_is_no_state_service(gazetteer):
    text = "According to the New York Times service, soldiers were patrolling Tegh."
    assert claimant_of("Tegh", text, gazetteer, DAY) == "New York Times News Service"
    text = "The Washington Post news service reported that soldiers were patrolling Tegh."
    assert claimant_of("Tegh", text, gazetteer, DAY) == "Washington Post News Service"


def test_a_post_service_is_no_papers_wire(gazetteer):
    text = "The rail line through Ijevan was closed, the Karabakh Post service said."
    assert "News Service" not in claimant_of("Ijevan", text, gazetteer, DAY)


def test_a_reporter_at_a_radio_station(gazetteer):
    text = "A reporter at the radio station Radio Van said that shots were fired near Tegh."
    assert claimant_of("Tegh", text, gazetteer, DAY) == "Radio Van reporter"


def test_one_who_argues_with_or_for_something_gives_no_account(gazetteer):
    text = "A farmer argues with the soldiers at the Tegh checkpoint every day."
    assert claimant_of("Tegh", text, gazetteer, DAY) == ""
    text = "The ombudsman argues for a new road through Tegh."
    assert claimant_of("Tegh", text, gazetteer, DAY) == ""
    text = "The defence ministry argues that soldiers never entered Tegh."
    assert claimant_of("Tegh", text, gazetteer, DAY) == "MoD"
