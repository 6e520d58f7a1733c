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


def test_town_naming_a_newspaper_is_no_place_of_the_event():
    found = _places("Shopkeepers writing to a Goris newspaper said the road from Kapan to Kajaran was shut on Friday.")
    assert found == {"Kapan;Kajaran"}
    assert "Ganja" not in _places("Farmers told the Ganja weekly that the canal road near Tovuz was flooded.")
    assert "Ijevan" not in _places("A regional Ijevan news site said the bridge at Dilijan had reopened.")


def test_a_newspapers_building_or_a_paper_mill_is_still_a_place():
    assert "Tartar" in _places("A shell hit the Tartar paper mill on Monday night.")
    assert "Ganja" in _places("A rocket struck the Ganja newspaper offices on Sunday.")


def test_the_first_word_of_an_outlets_title_after_its_kind_is_no_place():
    assert _places("The weekly Goris Herald reported shelling near Tegh.") == {"Tegh"}
    assert _places("A regional news site Ijevan Today said the road to Berd was closed.") == {"Berd"}


def test_a_town_after_an_outlets_kind_but_not_in_its_title_is_still_a_place():
    assert "Goris" in _places("The paper said Goris was calm after the shelling.")
    assert "Kapan" in _places("The daily Hraparak wrote that Kapan was shelled overnight.")
