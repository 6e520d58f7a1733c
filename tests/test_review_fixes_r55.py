"""Variants and misfires of the round-55 rules: a district after its exclave without "the"; a later clause's day
after a place told after "said on Monday that"; a bracket telling of a person, not citing one; a caller "joins us now
from" or writing "to you from" a place; a namesake's aside ending at its comma; a joined rank before a person; a
glossary entry after its headword; an area before counted villages when the other place is not one of them."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 4, 25)


def _events(text):
    return extract_text(text, DAY)


def _places(text):
    return {e["place_name"] for e in _events(text)}


def test_district_after_exclave_without_the_is_the_place():
    events = _events("Armenian forces shelled positions in Nakhchivan, in Ordubad district, on Monday.")
    assert [e["place_name"] for e in events] == ["Ordubad District"]


def test_a_later_clause_day_after_the_place_is_not_the_place_day():
    events = _events("The governor said on Monday that shells had hit Berd and that he would meet the minister "
                     "on Friday.")
    assert [e["start_date"] for e in events if e["place"] == "Berd"] == ["2023-04-24"]


def test_a_bracket_telling_of_a_person_names_no_claimant():
    events = _events("Shells damaged a school in Berd on Monday (built under former president Serzh Sargsyan).")
    assert [e["claimed_by"] for e in events] == [""]
    events = _events("Shells damaged the house of a teacher in Berd on Monday (the widow of colonel Ashot Sargsyan).")
    assert [e["claimed_by"] for e in events] == [""]
    events = _events("Ten houses were damaged in Chinari on Monday (village head Ashot Sargsyan).")
    assert [e["claimed_by"] for e in events] == ["Ashot Sargsyan"]   # (a title and a name alone still cite)


def test_callers_and_writers_with_a_word_before_from_name_no_place():
    assert _places("Our correspondent joins us now from Berd.") == set()
    assert _places("Narine is on the phone now from Berd.") == set()
    assert _places("Sir, I write to you from Berd.") == set()


def test_a_place_after_a_namesake_aside_is_meant():
    places = _places("Troops shelled Chinari, not to be confused with the town of Berd, and Movses on Monday.")
    assert "Movses" in places and "Berd" not in places


def test_a_person_after_a_joined_rank_is_no_village():
    events = _events("Lieutenant-Colonel Ilgar Mirzayev in the Tovuz district was killed on Monday.")
    assert not any("Mirzayev" in e["place_name"] for e in events)


def test_a_glossary_entry_after_its_headword_reports_nothing():
    assert _places("Chinari: a village of Tavush province.") == set()
    assert _places("Chinari - a village of Tavush province.") == set()


def test_an_area_before_counted_villages_stays_when_the_other_place_is_not_one_of_them():
    places = _places("Shells hit two Tovuz villages and the town of Berd on Monday.")
    assert places == {"Tovuz", "Berd"}


def test_a_letter_writers_place_whose_bus_rarely_comes_stays(gazetteer):
    from tests.helpers import place_layers
    found = place_layers("Sir, I write from Movses, where the pupils wait each morning for a bus that rarely comes.",
                         gazetteer)
    assert "Movses" in found


def test_a_letter_writers_place_where_they_teach_is_no_event(gazetteer):
    from tests.helpers import place_layers
    assert "Movses" not in place_layers("Sir, I write from Movses, where I teach history.", gazetteer)
