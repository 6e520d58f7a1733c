"""Villages counted as some of a larger number of a district's villages ("A, B and C, three of the seven villages of
the X district he named"): the district only says where the villages are, as "three villages of the X district"
already does. Fire told on the villages of a district counted so keeps the district."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 5, 10)


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def test_the_district_of_villages_counted_among_more_is_no_event(gazetteer):
    events = _events("He said troops had also entered Dedeli, Juvarli and Gochahmadli, three of the nine villages of "
                     "the Fuzuli district that he listed.", gazetteer)
    assert sorted(e["place"] for e in events) == ["Dedeli", "Gochahmadli", "Juvarli"]
    assert {e["layer"] for e in events} == {"other"}


def test_a_count_that_does_not_fit_the_list_keeps_the_district(gazetteer):
    # two villages named, "three of the nine" counted: the count is not the list's
    events = _events("He said troops had also entered Dedeli and Juvarli, three of the nine villages of the Fuzuli "
                     "district that he listed.", gazetteer)
    assert "Fuzuli District" in {e["place_name"] for e in events}


def test_villages_shelled_in_a_clause_of_their_own_keep_the_district(gazetteer):
    events = _events("The army held Dedeli and Juvarli, and three of the nine villages of the Fuzuli district were "
                     "shelled.", gazetteer)
    assert ("Fuzuli District", "shelling") in {(e["place_name"], e["layer"]) for e in events}
