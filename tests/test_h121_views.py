"""A mountain named in a described view ("the slopes of X to the north") is scenery, not an event."""
import datetime as dt

from geo.extract import extract_text


def _places(text):
    return {name for e in extract_text(text, dt.date(2023, 9, 27)) for name in e["place"].split(";")}


def test_mountain_seen_to_the_south_is_scenery():
    text = "From the terrace, on a fine morning, you can make out the snows of Ararat to the south."
    assert "Ararat" not in _places(text)


def test_slopes_seen_to_the_north_are_scenery():
    text = "From the bell room the slopes of Aragats to the north-west fill the window."
    assert "Aragats" not in _places(text)


def test_troops_on_a_slope_are_no_view():
    # negative case: no direction of a view; the troops' position is told
    text = "The ministry said its troops had dug in on the slopes of Aragats overnight."
    assert "Aragats" in _places(text)
