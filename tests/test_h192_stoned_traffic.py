"""Stones thrown at lorries, buses or their drivers are an attack where they hit them (`shelling`), in Georgia as in
the two countries; a Georgian village named with its part's word before it ("Kvemo", "Zemo") is named as itself; and
Ponichala, on the Tbilisi–Rustavi highway, is known under its old Azerbaijani name too."""

import datetime

from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

_DAY = datetime.date(2021, 3, 10)


def _events(text):
    return {e["place"]: e for e in extract_text(text, _DAY)}


def test_stones_thrown_at_lorries_by_a_georgian_village_are_an_attack_there():
    events = _events("Masked youths hurled stones at a column of Armenian trucks near Kvemo Ponichala on Monday, "
                     "the drivers said.")
    assert "Kvemo Ponichala" in events and events["Kvemo Ponichala"]["layer"] == "shelling"
    assert str(events["Kvemo Ponichala"]["start_date"]) == "2021-03-08"


def test_stones_said_to_have_been_thrown_at_buses_in_the_region_are_an_attack():
    events = _events("Stones were thrown at two buses outside Ijevan late on Sunday, police said.")
    assert events["Ijevan"]["layer"] == "shelling"


def test_the_stoning_of_lorries_is_an_attack():
    assert _events("The stoning of lorries outside Marneuli has alarmed the hauliers.")["Marneuli"]["layer"] == "shelling"


def test_stones_thrown_at_the_police_stay_a_protest():
    events = _events("Protesters threw stones at police in Yerevan on Monday.")
    assert all(e["layer"] != "shelling" for e in events.values())


def test_a_georgian_village_only_mentioned_stays_out():
    assert "Kvemo Ponichala" not in _events("A baker from Kvemo Ponichala sells bread in the market.")


def test_ponichala_is_found_under_its_old_azerbaijani_name():
    gazetteer = load_gazetteer()
    for name in ("Soğanlıq", "Soganlyk", "Kvemo Ponichala", "Ponichala"):
        place = gazetteer.resolve(name).place
        assert place.name == "Ponichala" and abs(place.lat - 41.64) < 0.05
