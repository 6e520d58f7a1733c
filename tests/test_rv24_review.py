"""Review of the rules on a relative clause's "what", "the same group", a closing "she said" after "asked her",
"will have heard already", "told ... today that X had been shelled yesterday" and a place emptied in the fighting:
wording near theirs that they must leave alone, and the cases they were made for."""

import datetime

from geo.dates import FUTURE_TENSE
from geo.extract import extract_text

FRIDAY = datetime.date(2021, 3, 12)


def _rows(text):
    return [(e["place"], e["layer"], str(e["start_date"]), e["claimed_by"]) for e in extract_text(text, FRIDAY)]


def _layers(text):
    return [(e["place"], e["layer"]) for e in extract_text(text, FRIDAY)]


def _claims(text):
    return [e["claimed_by"] for e in extract_text(text, FRIDAY)]


def _dates(text):
    return [str(e["start_date"]) for e in extract_text(text, FRIDAY)]


# -- "what" inside a "which/who" clause (kept gains)

def test_which_clause_with_what_keeps_the_body():
    text = "The Azerbaijani ministry, which denied what Yerevan said, says Tartar was shelled."
    assert _claims(text) == ["Azerbaijani ministry"]


def test_which_clause_reports_what_it_sees():
    assert _claims("The monitoring mission, which reports what it sees, said Goris was quiet.") == ["monitoring mission"]


# -- "the same group"

def test_soldiers_from_the_same_group_are_no_source_cited_again():
    # "from the same group" names the soldiers' unit, not a group quoted before
    assert _claims("Soldiers from the same group said Martuni was shelled.") == ["Soldiers from the same group"]


def test_same_group_after_two_groups_is_the_latest():
    text = ("Amnesty said Stepanakert was struck by cluster bombs. Human Rights Watch said Tartar was hit. "
            "The same group says Barda was also struck.")
    assert _claims(text)[-1] == "Human Rights Watch"


# -- a closing "she said" after "asked her"

def test_kin_of_a_named_woman_asked_her_she_is_the_speaker():
    # two women named: "Anna Petrosyan's son asked her" makes her Anna Petrosyan, not the woman heard first
    text = ("Lilit Sargsyan told the BBC that Anna Petrosyan stayed in Martuni. "
            "Anna Petrosyan's son asked her why she had stayed in Shushi, she said.")
    assert _claims(text)[-1] == "Anna Petrosyan"


def test_named_man_who_asked_him_is_not_the_speaker():
    text = ("Arman Grigoryan said he left Hadrut. "
            "Vardan Harutyunyan asked him why he stayed in Martuni, he said.")
    assert _claims(text)[-1] != "Vardan Harutyunyan"


# -- "will have heard/seen already"

def test_will_have_seen_already_then_a_coming_day_looks_ahead():
    text = "The observers will have seen already the new positions near Lachin when they arrive on Monday."
    assert _dates(text) == ["2021-03-15"]
    assert _dates("The refugees will have heard already on Monday whether they can return to Hadrut.") == ["2021-03-15"]


def test_will_have_seen_already_with_a_colon_looks_back():
    assert _dates("Observers in Goris will have seen already: on Wednesday a drone hit Martuni.") == \
        ["2021-03-10", "2021-03-10"]
    assert not FUTURE_TENSE.search("The monitors in Goris will have heard already that the road is closed.")


# -- "told ... today that X had been shelled yesterday"

def test_told_today_shelled_the_day_before_yesterday():
    text = "The mayor told reporters today that Martuni had been shelled the day before yesterday."
    assert _dates(text) == ["2021-03-10"]


def test_told_yesterday_that_shelled_today_keeps_its_reading():
    # the stated day is not before the telling: no day of its own
    assert _dates("The mayor told journalists yesterday that Martuni had been shelled today.") == ["2021-03-11"]


def test_yesterday_of_another_clause_is_not_the_places():
    text = "The ministry told reporters today that Martuni had been shelled, after a ceasefire agreed yesterday collapsed."
    assert _dates(text) == ["2021-03-12"]


# -- a place emptied or evacuated in the fighting

def test_evacuation_in_another_clause_leaves_the_fighting_fire():
    text = "Civilians were evacuated from Martuni, and Hadrut was caught in the fighting."
    assert ("Hadrut", "shelling") in _layers(text)
    assert ("Hadrut", "shelling") in _layers("Martuni was evacuated, but soldiers stayed in the fighting at Hadrut.")


def test_emptied_magazines_in_the_fighting_at_a_place_stay_fire():
    assert _layers("Magazines were emptied in the fighting at Martuni.") == [("Martuni", "shelling")]


def test_emptied_of_shells_and_evacuated_after_shelling_unchanged():
    assert _layers("The depots in Martuni were emptied of shells in the fighting.") == [("Martuni", "shelling")]
    assert _layers("Martuni was evacuated after shelling hit the village.") == [("Martuni", "other")]


def test_emptied_in_the_fighting_is_the_leaving():
    assert _layers("Martuni was emptied in the autumn fighting.") == [("Martuni", "other")]
    assert _layers("When the fighting came, Hadrut was evacuated.") == [("Hadrut", "other")]
    assert _layers("In the September fighting, the village of Martuni was emptied, residents said.") == \
        [("Martuni", "other")]
