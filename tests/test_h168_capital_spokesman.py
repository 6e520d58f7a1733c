"""A sentence opening "In <capital>," followed by a ministry's spokesman ("a defence ministry spokesman said",
"the defence ministry spokesman X told") names where the government speaks, not a place of the event."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 5)


def _places(text):
    return {p for e in extract_text(text, DAY) for p in e["place"].split(";")}


def test_a_ministry_spokesman_in_the_capital_locates_the_statement():
    places = _places("In Baku, a defence ministry spokesman said on Monday that the army had lost two posts.")
    assert "Baku" not in places
    places = _places("In Yerevan, the defence ministry spokesman Tigran Avagyan told reporters that drones had "
                     "struck Berd overnight.")
    assert "Yerevan" not in places and "Berd" in places


def test_a_ministry_building_hit_in_the_capital_stays():
    # the ministry's building is the thing struck, not a speaker
    assert "Baku" in _places("In Baku, a defence ministry building was hit by a drone.")
