"""A town's own name is not read as a village's old name across a border: "Sari" is the Iranian city, not
Sarigyugh of Tavush (once Sari); "Susuz" the Turkish district seat, not Tsamakasar of Shirak (once Susuz).
The villages keep their own names."""
import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

DAY = dt.date(2022, 3, 9)


@pytest.mark.parametrize("text, place, country", [
    ("Refugees were moved from Sari to Tabriz on Monday.", "Sari", "IR"),
    ("A convoy of lorries drove from Kars to Susuz on Friday.", "Susuz", "TR"),
])
def test_town_abroad_keeps_its_own_name(text, place, country):
    events = extract_text(text, DAY)
    named = [e for e in events if place in e["place_name"].split(";")]
    assert [e["country"] for e in named] == [country], events


def test_blast_in_a_town_abroad_is_no_attack_in_armenia():
    """Before, "Sari" put a blast in Sarigyugh, a village of Tavush."""
    events = extract_text("A blast hit a market in Sari on Monday, Iranian media said.", DAY)
    assert all(e["country"] != "AM" for e in events), events


@pytest.mark.parametrize("name, country", [
    ("Sari", "IR"), ("Susuz", "TR"), ("Sarigyugh", "AM"), ("Tsamakasar", "AM"),
    ("Garadagh", "AZ"), ("Sevkar", "AM"),
])
def test_each_name_on_its_side_of_the_border(name, country):
    assert load_gazetteer().resolve(name).place.country == country
