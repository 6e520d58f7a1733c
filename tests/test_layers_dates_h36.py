"""Stated dates and layers of heldout36's kinds, from new sentences: a day told with its weekday and its day of the
month in words ("Tuesday the thirteenth"), a day and month with the year named in words ("on 3 March last year")."""

import pytest

from tests.helpers import place_layer_pairs, rows

PUBLISHED = "2024-05-23"      # a Thursday


def _date_of(place, text, gazetteer):
    found = [r for r in rows(text, gazetteer, PUBLISHED) if place in (r["place"], r["place_label"]) or place in r["place_name"].split(";")]
    assert found, f"no event at {place}"
    return found[0]["start_date"] if found[0]["date_certain"] else None


@pytest.mark.parametrize("text, place, stated", [
    ("On the night of Monday the sixth, the ministry said, troops fired mortars at houses in Sotk.", "Sotk",
     "2024-05-06"),
    ("On Thursday, the 9th, an army post near Sotk came under small-arms fire, the ministry said.", "Sotk",
     "2024-05-09"),
    ("Troops shelled positions near Sotk on Sunday the twenty-first of April, the ministry said.", "Sotk",
     "2024-04-21"),
])
def test_weekday_with_day_of_month_is_that_day(text, place, stated, gazetteer):
    assert _date_of(place, text, gazetteer) == stated


@pytest.mark.parametrize("text, place, stated", [
    ("Residents recall that on 3 March last year soldiers fired on farm buildings in Sotk.", "Sotk", "2023-03-03"),
    ("Mortar rounds fired on March 8 last year hit the school in Sotk.", "Sotk", "2023-03-08"),
])
def test_day_with_last_year_in_words_is_last_years_day(text, place, stated, gazetteer):
    assert _date_of(place, text, gazetteer) == stated


@pytest.mark.parametrize("text, place", [
    ("The ministry said on Monday that the dismantling of the temporary posts in the Kalbajar district had been "
     "completed.", "Kalbajar District"),
    ("Two temporary posts outside Sotk were taken down on Sunday as the troops pulled back, the ministry said.", "Sotk"),
    ("Hauliers say the checks at the entrance to Goris now take less than ten minutes.", "Goris"),
])
def test_posts_taken_down_and_checks_at_an_entrance_are_checkpoints(text, place, gazetteer):
    assert (place, "checkpoints") in place_layer_pairs(text, gazetteer, PUBLISHED)


@pytest.mark.parametrize("text, place", [
    ("A car parked outside Sotk was damaged by shrapnel during the shelling.", "Sotk"),
    ("Two lorries standing outside Sotk were struck during Monday's firing, drivers said.", "Sotk"),
])
def test_vehicle_standing_where_fire_hit_it_is_shelling(text, place, gazetteer):
    pairs = place_layer_pairs(text, gazetteer, PUBLISHED)
    assert (place, "shelling") in pairs
    assert (place, "corridors") not in pairs
