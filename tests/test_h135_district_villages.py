"""A district that only says where the villages named right after it lie ("..., A and B among them") is no event."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 10, 20)


def _events(text, day=DAY):
    return extract_text(text, day)


def _places(text):
    return {name for e in _events(text) for name in e["place_name"].split(";")}


def _event(text, name):
    return next(e for e in _events(text) if name in e["place_name"].split(";"))


# a district that only says where the villages named after it lie ("..., A and B among them")

def test_counted_villages_of_a_district_with_one_named_among_them_after_a_comma_is_no_district_event():
    text = "On Sunday the army said three villages of the Jabrayil district had been retaken, Horovlu among them."
    places = _places(text)
    assert "Horovlu" in places and "Jabrayil District" not in places


def test_more_villages_of_a_district_with_two_named_among_them_is_no_district_event():
    text = "The president listed more villages of the Fuzuli district as retaken, Horovlu and Aghtapa among them."
    places = _places(text)
    assert {"Horovlu", "Aghtapa"} <= places and "Fuzuli District" not in places


def test_villages_of_a_district_told_in_a_clause_of_their_own_before_among_them_keep_the_district():
    # negative case: a whole clause between the district and the names; the district's villages are news too
    text = ("The paper recalled that five villages of the Gazakh district were overrun by Armenian forces in the "
            "early nineties, Baganis Ayrum among them.")
    assert "Gazakh District" in _places(text)


def test_a_district_named_with_no_count_of_villages_before_among_them_stays():
    # negative case: no villages counted before the district
    text = "Shells fell across the Tovuz district, Aghdam and Dondar Gushchu among them."
    assert "Tovuz District" in _places(text)
