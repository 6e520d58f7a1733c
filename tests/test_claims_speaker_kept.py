"""The speaker a sentence names keeps its claim: a participle after a list of places, a plan or a promise
of a body, a body named by a short form of its name."""

import datetime as dt

from geo.extract import extract_text


def claimants(text, gazetteer, published="2021-06-10"):
    return {c["place_name"]: c["claimed_by"] for c in extract_text(text, dt.date.fromisoformat(published),
                                                                   gazetteer, source="test")}


def test_a_participle_after_a_list_of_districts_is_the_speaker_s(gazetteer):
    text = ("Azerbaijan's defence ministry said on Monday that its positions had come under fire.\n"
            "The ministry reported more Armenian fire overnight at villages of the Gadabay, Tovuz and Aghstafa districts, "
            "saying no soldier had been wounded.")
    found = claimants(text, gazetteer, "2014-08-04")
    assert found["Tovuz District"] == "Azerbaijani MoD"
