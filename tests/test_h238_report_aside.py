"""An outlet's report set off between commas before the clause it reports ("On Monday, Azg reported, X stood at Y and
told reporters that ... there"): the speaker named in that clause, who goes on to speak of the place, is the innermost
source; the outlet only carries the words. Words of something else leave what the speaker did to the outlet. The daily
Azg is filed as Armenian media."""

import datetime

from geo.extract import extract_text


def _claimant(text, gazetteer, place, published="2019-07-02"):
    events = extract_text(text, datetime.date.fromisoformat(published), gazetteer)
    return next(e["claimed_by"] for e in events if e["place"] == place)


def test_outlet_aside_after_a_day_then_a_named_person_speaks(gazetteer):
    text = ("On Tuesday, Azg reported, Samvel Grigoryan walked through the new school in Goris and told reporters "
            "that classes would begin there in May.")
    assert _claimant(text, gazetteer, "Goris") == "Samvel Grigoryan"


def test_wire_aside_opening_the_sentence_then_a_titled_speaker(gazetteer):
    text = "Reuters reported, the governor of Syunik stood on the bridge in Kapan and said that the road there was open."
    assert "governor" in _claimant(text, gazetteer, "Kapan")


def test_azg_alone_is_armenian_media(gazetteer):
    text = "Azg reported that a school opened in Sisian."
    assert _claimant(text, gazetteer, "Sisian") == "Armenian media"


def test_aside_before_a_clause_with_no_speaker_stays_the_outlet(gazetteer):
    # no one in the reported clause speaks: the outlet's own report
    text = "On Tuesday, Azg reported, shells hit Berd."
    assert _claimant(text, gazetteer, "Berd") == "Armenian media"


def test_speaker_in_a_later_clause_leaves_the_first_to_the_outlet(gazetteer):
    # the governor speaks in a clause of his own, not in the one the outlet opened with
    text = "On Tuesday, Azg reported, shells hit Berd, and the governor of Tavush told reporters that two houses burned."
    assert _claimant(text, gazetteer, "Berd") == "Armenian media"


def test_outlet_reporting_that_a_person_acted_is_the_outlet(gazetteer):
    # "reported that": the outlet tells of the person, who says nothing
    text = "Azg reported that Samvel Grigoryan opened a school in Goris."
    assert _claimant(text, gazetteer, "Goris") == "Armenian media"


def test_words_of_something_else_leave_the_deed_to_the_outlet(gazetteer):
    # the speaker's words are not of the place: what he did there is the outlet's report
    text = ("On Tuesday, Azg reported, Samvel Grigoryan walked up to the old walls in Goris and said from there that "
            "the country would build more museums.")
    assert _claimant(text, gazetteer, "Goris") == "Armenian media"
