"""Border work only mooted on a stretch named by its ends ("delimitation could begin on the section from X to Y")
names no scene; work done or set for a day is still told."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 3, 20)


def _places(sentence):
    return {p for e in extract_text(sentence, DAY) for p in e["place"].split(";")}


def test_mooted_delimitation_on_a_section_is_dropped():
    places = _places("The deputy minister said the delimitation could begin on the section from Tegh to Kornidzor.")
    assert not places & {"Tegh", "Kornidzor"}


def test_mooted_demarcation_in_a_village_is_dropped():
    assert "Berd" not in _places("Officials said demarcation might start near Berd once the maps are agreed.")


def test_work_begun_is_kept():
    assert "Tegh" in _places("The delimitation began on the section near Tegh on Monday, the commission said.")


def test_work_set_for_a_day_is_kept():
    assert "Berd" in _places("The commission said demarcation will begin in Berd on Monday.")


def test_mooted_work_kept_when_fire_is_told():
    assert "Tegh" in _places("Work could begin near Tegh, he said, though shelling hit the village on Sunday.")


def test_a_possible_attack_is_no_mooted_work():
    assert "Kornidzor" in _places("Villagers fear the troops could begin shelling Kornidzor again, a resident said.")
