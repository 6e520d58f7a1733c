""""Late that night" and "early that morning" are the day told before (the words before "that" are a time's, so
"that" is no conjunction); a saying verb before "that night" still reads it as a conjunction, and without a day told
before nothing is stated. A village of Syunik named in a damage count, Vaghatur, is found in the gazetteer."""

from tests.helpers import rows


def _stated(text, place, gazetteer, published="2021-05-20"):
    found = [r for r in rows(text, gazetteer, published) if place in r["place_name"].split(";")]
    assert found, text
    return found[0]["start_date"] if found[0]["date_certain"] else None


def test_late_that_night_is_the_day_told_before(gazetteer):
    text = ("The truce announced for midnight on Tuesday 11 May held for a few hours. "
            "Late that night hundreds marched in Vanadzor, and smaller rallies were held in Ijevan, a local channel said.")
    assert _stated(text, "Ijevan", gazetteer) == "2021-05-11"


def test_early_that_morning_is_the_day_told_before(gazetteer):
    text = "On 8 May the talks failed. Early that morning drones had struck Askeran, the ministry said."
    assert _stated(text, "Askeran", gazetteer) == "2021-05-08"


def test_said_that_night_raids_is_still_a_conjunction(gazetteer):
    text = "On 8 May the talks failed. The mayor said that night raids on Askeran had stopped."
    assert _stated(text, "Askeran", gazetteer) is None


def test_late_that_night_without_a_day_told_states_nothing(gazetteer):
    text = "Late that night hundreds marched in Ijevan, a local channel said."
    assert _stated(text, "Ijevan", gazetteer) is None


def test_vaghatur_is_in_the_gazetteer(gazetteer):
    found = rows("The ministry listed a damaged water main that feeds Vaghatur.", gazetteer, "2022-10-01")
    assert any(r["place_name"] == "Vaghatur" for r in found)
