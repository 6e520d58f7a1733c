"""Routes the news names as things: the Zangezur corridor, and lines named by their towns, at home and abroad."""

import datetime as dt

import pytest

from geo.extract import extract_text


def extract(text, published, gazetteer):
    return extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")


def corridors(candidates):
    return [c for c in candidates if c["layer"] == "corridors"]


# -- the Zangezur corridor -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Baku wants the Zangezur corridor to open by 2028.",
    "Turkey's minister called the new line a step towards the Zangezur corridor.",
    "Azerbaijani officials still speak of the Zangazur corridor.",
])
def test_the_zangezur_corridor_is_a_route_of_its_own_not_syunik(gazetteer, sentence):
    [c] = extract(sentence, "2025-09-01", gazetteer)
    assert (c["place_name"], c["layer"]) == ("Zangezur corridor", "corridors")
    # both sides' words for it on the map, and the planned route of the corridors layer it names
    assert c["place_label"] == "Meghri route/Zangezur corridor"
    assert c["road_id"] == "corridor-nakhchivan-2020-11-10-planned"


def test_zangezur_alone_is_still_the_province(gazetteer):
    [c] = extract("Azerbaijan wants a road through Zangezur to link the mainland with Nakhchivan.", "2021-05-20",
                  gazetteer)
    assert (c["place_name"], c["layer"]) == ("Syunik Province;Nakhchivan", "corridors")
