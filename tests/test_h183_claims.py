"""A body owned by "its" after a capital's or country's account ("Baku's reply came later: its defence ministry
said ...") is that country's body."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 9, 20)


def claimants(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_capitals_account_owns_its_ministry():
    got = claimants("Baku's reply followed within the hour: its defence ministry said Armenian troops had shelled "
                    "its posts near Lachin.")
    assert got["Lachin"] == "Azerbaijani MoD"


def test_countrys_account_owns_its_ministry():
    got = claimants("Yerevan's story was different: its defence ministry said Azerbaijani guns had opened fire "
                    "on Sotk.")
    assert got["Sotk"] == "Armenian MoD"


def test_capital_as_subject_unchanged():
    # negative: the capital itself as subject was read so already and stays so
    got = claimants("Baku put it the other way: its defence ministry said Armenian troops had shelled its posts "
                    "near Lachin.")
    assert got["Lachin"] == "Azerbaijani MoD"


def test_possessive_of_non_country_not_a_nation():
    # negative: a possessive that names no country gives no nation to "its"
    got = claimants("The farmer's account came later: its defence ministry said Armenian troops had shelled "
                    "Lachin.")
    assert got.get("Lachin") != "Armenian MoD"
