"""A sentence that only names more places of the document cited just before ("The same statement named A and B",
"The same list also included C") tells of them what that document told: its layer and its claimant; its date is not
carried (the sentence states no day)."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 10, 5)
FIRE = "The defence ministry in Baku said Armenian units fired on its positions near Tartar on Monday night. "


def _events(text, gazetteer):
    return {e["place"]: (e["layer"], e["claimed_by"], e["start_date"])
            for e in extract_text(text, DAY, gazetteer, source="test")}


def test_the_same_statement_named(gazetteer):
    events = _events(FIRE + "The same statement named Barda and Aghjabadi.", gazetteer)
    assert events["Barda"][:2] == events["Aghjabadi"][:2] == ("shelling", "Azerbaijani MoD")
    assert events["Barda"][2] == "2022-10-05"        # no day carried from the sentence before
    assert events["Tartar"] == ("shelling", "Azerbaijani MoD", "2022-10-03")


def test_the_same_list_also_included(gazetteer):
    events = _events(FIRE + "The same list also included Barda.", gazetteer)
    assert events["Barda"][:2] == ("shelling", "Azerbaijani MoD")


# near sentences where nothing is carried

def test_a_place_named_as_something_else(gazetteer):
    events = _events(FIRE + "The same statement named Barda as the place of the talks.", gazetteer)
    assert events["Barda"][0] == "other"


def test_another_statement(gazetteer):
    events = _events(FIRE + "A later statement named Barda and Aghjabadi.", gazetteer)
    assert events["Barda"][0] == events["Aghjabadi"][0] == "other"


def test_no_sentence_before(gazetteer):
    events = _events("The same statement named Barda and Aghjabadi.", gazetteer)
    assert events["Barda"][0] == "other"


def test_a_list_after_a_capture(gazetteer):
    events = _events("Azerbaijani troops took Hadrut on Monday, the ministry said. "
                     "The same statement named Fuzuli and Jabrayil.", gazetteer)
    assert events["Fuzuli"][0] == events["Jabrayil"][0] == "other"
