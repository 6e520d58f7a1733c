"""A village named like the last word of an institution's name is not read from that name."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2024, 5, 6)


def _places(text):
    return {c["place_name"] for c in extract_text(text, DAY)}


def test_bank_in_a_lenders_name_is_no_village():
    found = _places("A loan from the World Bank will pay for the new school in Ijevan, the mayor said.")
    assert found == {"Ijevan"}
    found = _places("The road to Dilijan is being rebuilt with money from the Asian Development Bank.")
    assert "Severo-Vostotchnyi Bank" not in found


def test_village_named_bank_still_read_as_a_village():
    assert "Severo-Vostotchnyi Bank" in _places("A shell hit the village of Bank in the Neftchala district.")
