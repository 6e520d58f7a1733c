"""A prosecutor named by name ("the prosecutor Yusif Agayev told a historian that ...", "the Azerbaijani prosecutor X
Y says") is that person, as older sets file him, not the prosecutor's office of the side named before; the Prosecutor
General named, and prosecutors unnamed, still speak for the office."""

from geo.extract.claims import normalise_actor
from tests.helpers import claimant_of


def test_a_named_prosecutor_is_the_person(gazetteer):
    text = ("Armenian units took Horadiz on 22 August 1993. The prosecutor Rauf Mammadov told a historian that he was "
            "in Fuzuli that month when the tanks rolled in behind the Armenian attack.")
    assert "Rauf Mammadov" in claimant_of("Fuzuli", text, gazetteer, "2014-02-15")


def test_a_named_prosecutor_with_a_nation_is_the_person():
    assert "Rauf Mammadov" in normalise_actor("The Azerbaijani prosecutor Rauf Mammadov")


def test_the_prosecutor_general_named_speaks_for_the_office():
    assert normalise_actor("Azerbaijani Prosecutor General Kamran Aliyev") == \
        "Azerbaijani government (Prosecutor General's Office)"


def test_unnamed_prosecutors_speak_for_the_office(gazetteer):
    text = "Azerbaijani prosecutors said that shells hit Horadiz on Tuesday."
    assert claimant_of("Horadiz", text, gazetteer, "2014-02-15") == \
        "Azerbaijani government (Prosecutor General's Office)"
