"""'The town' after a sentence that names another town only to locate a person ("lent by a visitor from A, whose
uncle drove a bus"): that naming is no place the noun refers back to, and it does not hide the town named before;
a town the sentence between tells an event at is still the one the noun means."""

from tests.helpers import rows


def _events(text, gazetteer):
    return [(c["place_name"], c["quote"][:12]) for c in rows(text, gazetteer, "2020-10-20")]


def test_a_person_s_home_between_does_not_hide_the_town(gazetteer):
    text = ("Drones struck Martakert on Monday, the ministry said. The photographs on this wall were lent by a "
            "visitor from Vayk, whose uncle drove a bus. Troops shelled the town again on Tuesday, the ministry said.")
    got = _events(text, gazetteer)
    assert ("Martakert", "Troops shell") in got and not any(p == "Vayk" for p, _ in got), got


def test_a_town_with_an_event_between_is_the_one_meant(gazetteer):
    text = ("Drones struck Martakert on Monday, the ministry said. Shells also hit Askeran that night, the ministry "
            "said. Troops shelled the town again on Tuesday, the ministry said.")
    got = _events(text, gazetteer)
    assert ("Askeran", "Troops shell") in got and ("Martakert", "Troops shell") not in got, got
