"""Stated dates and claimants read on heldout52 (r52): "the same Sunday" is the Sunday told before it."""
import datetime as dt

from geo.dates import find_dates
from geo.extract import extract_text


def test_the_same_weekday_is_the_day_told():
    told = dt.date(2022, 7, 10)              # a Sunday
    spans = find_dates("The same Sunday evening a shepherd was wounded.", dt.date(2022, 7, 13), told=told)
    assert [d.start for d in spans] == [told]
    spans = find_dates("On the same Sunday two houses burned.", dt.date(2022, 7, 13), told=told)
    assert [d.start for d in spans] == [told]


def test_the_following_weekday_is_still_the_next_one():
    told = dt.date(2022, 7, 10)
    spans = find_dates("On the following Sunday the road reopened.", dt.date(2022, 7, 30), told=told)
    assert [d.start for d in spans] == [dt.date(2022, 7, 17)]


def test_the_same_sunday_in_an_article_dates_its_place():
    text = ("On Sunday, 10 July, the road to Goris was closed by the police. "
            "The same Sunday morning the army said its posts near Sisian had come under fire.")
    found = {c["place_name"]: c["start_date"] for c in extract_text(text, dt.date(2022, 7, 13))}
    assert found["Sisian"] == "2022-07-10"


def _claims_of(text, day=dt.date(2022, 9, 20)):
    return {c["place_name"]: c["claimed_by"] for c in extract_text(text, day)}


_SUBHEAD_INTERVIEW = """A farmer's view of the border

Village life under fire
Interview by Mariam Sahakyan
Tuesday, 20 September 2022

Ashot Grigoryan keeps sheep on the slopes above Jermuk. We spoke to Ashot Grigoryan at his farm.

What happened on the night of the fighting?

We woke to explosions. Shells fell on the outskirts of Jermuk all night and two barns burned.

Is it quiet now?

Mostly. We still keep the children indoors.
"""


def test_an_answer_after_a_question_subhead_is_the_interviewees():
    assert _claims_of(_SUBHEAD_INTERVIEW)["Jermuk"] == "Ashot Grigoryan"


def test_an_answer_naming_its_own_source_keeps_it():
    text = _SUBHEAD_INTERVIEW.replace("all night and two barns burned", "all night, Armenia's Defence Ministry said")
    assert _claims_of(text)["Jermuk"] == "Armenian MoD"


def test_a_question_subhead_without_an_interviewee_claims_nothing():
    text = ("Border explainer\n\nWhat happened on the night of the fighting?\n\n"
            "Shells fell on the outskirts of Jermuk all night and two barns burned.\n")
    assert _claims_of(text).get("Jermuk", "") == ""


_PRESENTED_INTERVIEW = """A driver's year on the road

Interview by Mariam Sahakyan
Tuesday, 20 September 2022

For ten years Levon Hakobyan, 51, drove a lorry between Goris and Kapan. We sat in his kitchen.

What changed this week?

Everything. On Monday soldiers stopped every lorry at a new checkpoint near Kapan.
"""


def test_a_person_presented_after_an_opening_of_time_answers():
    assert "Levon Hakobyan" in _claims_of(_PRESENTED_INTERVIEW)["Kapan"]


def test_a_bare_defence_ministry_telling_its_sides_dead_is_that_sides():
    text = ("Azerbaijan's defence ministry said its posts were quiet. "
            "Two Armenian soldiers were killed near Jermuk on Monday, the Defence Ministry said.")
    assert _claims_of(text)["Jermuk"] == "Armenian MoD"
    text = ("Armenia's Defence Ministry said its posts were quiet. "
            "Three Azerbaijani servicemen have been wounded near Tovuz, the Defence Ministry said.")
    assert _claims_of(text)["Tovuz"] == "Azerbaijani MoD"


def test_both_sides_dead_leave_the_bare_ministry_to_the_one_heard_last():
    text = ("Azerbaijan's defence ministry said its posts were quiet. "
            "Two Armenian soldiers were killed and three Azerbaijani soldiers were wounded near Jermuk, "
            "the Defence Ministry said.")
    assert _claims_of(text)["Jermuk"] != "Armenian MoD"


def test_a_ministry_read_from_its_place_is_the_one_heard_next():
    text = ("Russia's defence ministry said the peacekeepers were on alert. "
            "A soldier was wounded near Goris, Russia's defence ministry said. "
            "A farmer told us he heard gunfire from the hills near Jermuk. "
            "The ministry later confirmed that mortars were used near Jermuk. "
            "By evening the shooting near Jermuk had eased, the Defence Ministry said.")
    rows = [c for c in extract_text(text, dt.date(2022, 9, 20)) if c["place_name"] == "Jermuk"]
    assert rows[-1]["claimed_by"] == rows[-2]["claimed_by"] == "Armenian MoD"
