"""Who claims: an outlet named by a web address written with a capital ending ("quoting Oxu.Az"), a paper named
before a relative clause with its own subject ("a copy of the paper that we bought in Paris reported"), and the
person an account is given by ("according to the account that the historian X gave")."""

from functools import partial

from geo.extract.claims import find_attributions
from tests.helpers import claimant_of

claimant = partial(claimant_of, published="2018-02-22")


def _who(sentence):
    return [a.who for a in find_attributions(sentence)]


def test_a_capitalised_web_ending_is_kept():
    assert _who("Report.az, quoting Day.Az, wrote that the families of Goris were moved that week.") == ["Day.Az"]


def test_a_lower_case_web_ending_is_kept_as_before():
    assert _who("Report.az, quoting Day.az, wrote that the families of Goris were moved.") == ["Day.az"]


def test_a_sentence_end_is_no_web_ending():
    assert _who("Shells hit Tartar, according to Reuters. The town was quiet later.")[0] == "Reuters"


def test_the_paper_before_an_object_clause_speaks(gazetteer):
    text = "A copy of the Washington Post that we bought in Paris reported that police were guarding Ganja."
    assert claimant("Ganja", text, gazetteer) == "Washington Post"


def test_that_opening_what_was_said_is_no_relative_clause(gazetteer):
    # "said that they saw": the pronoun after "that" opens what the villagers said, and they speak
    text = "Villagers said that they saw shells hit Tartar on Monday."
    assert claimant("Tartar", text, gazetteer) == "residents"


def test_the_person_who_gave_the_account(gazetteer):
    text = "Crowds marched on Ganja that night, according to the account that the historian Thomas de Waal gave."
    assert "Thomas de Waal" in claimant("Ganja", text, gazetteer)


def test_an_account_no_one_is_named_for(gazetteer):
    text = "Crowds marched on Ganja that night, according to the account that was published later."
    assert claimant("Ganja", text, gazetteer) == ""


def test_a_verb_before_that_keeps_its_speaker():
    # "posted online that she had ...": "that" opens what was said, not a clause of a thing before it
    who = _who("The mayor of Goris, Anna Petrosyan, posted online that she had seen the fire near Tegh.")
    assert "posted online" not in who


def test_a_video_that_he_said_was_filmed():
    # "a video that he said was filmed in X": the one who speaks, not the video
    assert _who("The ombudsman published a video that he said was filmed in Sotk on Monday.") == ["ombudsman"]


def test_a_call_to_an_agency_to_say(gazetteer):
    text = ("A refugee telephoned a foreign newspaper on Monday to say that soldiers had burnt houses in Tegh; "
            "the local police denied it.")
    assert "refugees" in claimant("Tegh", text, gazetteer)


def test_a_call_for_talks_is_no_claim(gazetteer):
    text = "The governor telephoned the minister to discuss the road to Goris."
    assert claimant("Goris", text, gazetteer) == ""
