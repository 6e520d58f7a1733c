"""Readings added after heldout144: patients moved to a hospital abroad, and a presidency named bare after the
president's aide spoke."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2023, 10, 3)


def _found(text):
    return [(e["place"], e["claimed_by"]) for e in extract_text(text, DAY)]


def test_patients_driven_to_a_hospital_abroad_end_there():
    places = [p for p, _ in _found("Two injured patients were driven from the airfield to Sofia's main hospital "
                                   "at dawn.")]
    assert places == ["Sofia"]


def test_patients_transferred_to_a_town_abroad():
    places = [p for p, _ in _found("Five patients were transferred by ambulance to Sofia overnight.")]
    assert places == ["Sofia"]


def test_an_official_driven_to_a_town_abroad_is_no_evacuation():
    assert _found("The deputy minister was driven from the airfield to Sofia in the evening.") == []


def test_presidential_administration_after_the_aide_is_the_presidency():
    found = _found("Hikmet Hajiyev wrote that the road was open. The presidential administration said that "
                   "firemen had put out a fire near Aghdam on Monday.")
    assert found == [("Aghdam", "Azerbaijani presidency (Ilham Aliyev)")]


def test_the_aide_named_by_title_stays_the_aide():
    found = _found("Hikmet Hajiyev, the presidential aide, wrote that the road was open. The aide said that "
                   "firemen had put out a fire near Aghdam on Monday.")
    assert found == [("Aghdam", "Azerbaijani presidential aide (Hikmet Hajiyev)")]
