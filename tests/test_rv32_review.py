"""Review of the rules of the rounds on heldout201 to heldout203: wordings near each rule that it must not change (a
misfire mended by narrowing it), and the cases it was written for, kept."""
import datetime

from geo.extract import extract_text


def _found(text, day=datetime.date(2023, 9, 20)):
    return {p: e for e in extract_text(text, day) for p in e["place"].split(";")}


# an aircraft down at a place abroad: the aircraft itself, not what is counted or sold of it; and what it came down
# in on the way ("into the sea", "in fog in the mountains") does not hide the place
def test_ticket_prices_that_went_down_are_no_crash():
    assert "Tabriz" not in _found("Prices of plane tickets went down in Tabriz after the new route opened.")


def test_a_count_of_planes_that_went_down_is_no_crash():
    assert "Tabriz" not in _found("The number of flights and planes at the airport went down in Tabriz last year.")


def test_a_plane_down_in_the_sea_near_a_town_abroad():
    found = _found("The plane crashed into the sea near Aktau on Wednesday.")
    assert found["Aktau"]["layer"] == "other" and found["Aktau"]["start_date"] == "2023-09-20"


def test_a_helicopter_down_on_a_mountain_near_a_town_abroad():
    assert _found("The helicopter crashed on a mountain near Tabriz on Sunday.")["Tabriz"]["start_date"] == \
        "2023-09-17"


def test_a_crash_abroad_worded_otherwise_is_kept():
    assert _found("A passenger plane bound for Tabriz crashed near Ardabil on Monday.")["Ardabil"]["layer"] == "other"
