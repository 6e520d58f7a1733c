"""A first name the article uses as the maker of a craft ("and Narek has modelled the tents") is a person, not the
village of that name, wherever the article names them again without a place's preposition."""
import datetime

from geo.extract import extract_text
from geo.extract.frames import kin_named_in

DAY = datetime.date(2024, 5, 2)


def _places(text):
    return {p for e in extract_text(text, DAY) for p in e["place"].split(";")}


def test_a_maker_of_a_craft_is_a_person():
    assert "Gurgen" in kin_named_in("The road was blocked, and Gurgen has painted the barricade for our layout.")
    assert "Narek" in kin_named_in("Narek has sculpted the old bridge in plaster.")


def test_a_craft_done_to_a_name_keeps_it_a_place():
    # a passive, or no craft at all: nothing read as a person
    assert "Gurgen" not in kin_named_in("The road was blocked, and Gurgen has been painted on the map.")
    assert "Gurgen" not in kin_named_in("Gurgen has received new trucks of aid.")


def test_a_named_maker_no_longer_takes_over_the_route():
    text = ("Since Monday residents have been blocking the Ijevan–Noyemberyan stretch of the highway, and Gurgen "
            "has modelled the barricade and the lorries at the roadside.")
    places = _places(text)
    assert "Ijevan" in places and "Noyemberyan" in places
