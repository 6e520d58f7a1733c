"""An outlet's interview with a person named in full ("the agency carried an interview with X Y, the head of Z") makes
X Y the "he" or "she" of the next sentence ("He told the agency ...", "According to him, ..."), in the next paragraph
too: an outlet is no he or she. A person who only refused an interview, an interview given to an outlet, or a "he"
that is not the next sentence's opening leaves the claim as before."""

import datetime

from geo.extract import extract_text


def _claims(text, gazetteer, published="2022-06-10"):
    return [(e["place"], e["claimed_by"]) for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)]


def test_he_after_an_interview_the_agency_carried(gazetteer):
    got = _claims("On Tuesday Armenpress carried an interview with Arsen Mkrtchyan, the head of Karmir Shuka.\n"
                  "He told the agency that forty families had come back to Karmir Shuka.", gazetteer)
    assert got == [("Karmir Shuka", "Arsen Mkrtchyan")]


def test_according_to_her_after_a_published_interview(gazetteer):
    got = _claims("The weekly published a long interview with Gayane Hovhannisyan, a teacher from Taghavard.\n"
                  "According to her, the school in Taghavard reopened in the autumn.", gazetteer)
    # (a teacher from the village is one of its residents, named)
    assert [p for p, _ in got] == ["Taghavard"] and "Gayane Hovhannisyan" in got[0][1]


def test_the_same_paragraph_too(gazetteer):
    got = _claims("The radio aired an interview with Vardan Sargsyan, the mayor of Martuni. He said that a new well "
                  "is being dug in Martuni.", gazetteer)
    assert [c for _, c in got] == ["Vardan Sargsyan"]


# --- near sentences where the rule must not fire ---

def test_refused_interview_names_no_speaker(gazetteer):
    got = _claims("Arsen Mkrtchyan refused an interview with Lilit Sargsyan of the local paper.\n"
                  "He told the agency that forty families had come back to Karmir Shuka.", gazetteer)
    assert got and all(c != "Lilit Sargsyan" for _, c in got)


def test_interview_with_an_outlet_is_no_person(gazetteer):
    got = _claims("On Tuesday the minister gave an interview with Reuters in Yerevan.\n"
                  "The agency said that forty families had come back to Karmir Shuka.", gazetteer)
    assert got and all(c != "Reuters" for _, c in got)


def test_no_pronoun_next_keeps_its_own_speaker(gazetteer):
    got = _claims("On Tuesday Armenpress carried an interview with Arsen Mkrtchyan, the head of Karmir Shuka.\n"
                  "The defence ministry said that Karmir Shuka came under fire at night.", gazetteer)
    assert got and all(c != "Arsen Mkrtchyan" for _, c in got)


def test_a_later_sentence_is_not_the_interviews(gazetteer):
    got = _claims("On Tuesday Armenpress carried an interview with Arsen Mkrtchyan, the head of Karmir Shuka.\n"
                  "The weather was cold.\n"
                  "The police said that a car had overturned near Taghavard.", gazetteer)
    assert all(c != "Arsen Mkrtchyan" for _, c in got)
