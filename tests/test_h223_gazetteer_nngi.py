"""Nngi (Cəmiyyət), a village of the Khojavend district, resolves to its own point under both names."""

import datetime

from tests.helpers import place_layers


def test_nngi_under_both_names(gazetteer):
    for name in ("Nngi", "Jamiyyat", "Cəmiyyət"):
        place = gazetteer.resolve(name).place
        assert place.name == "Nngi"
        assert abs(place.lat - 39.794) < 0.01 and abs(place.lon - 46.888) < 0.01


def test_fire_on_nngi_is_found(gazetteer):
    layers = place_layers("Rockets hit the village of Nngi on Monday, the emergency service said.", gazetteer,
                          published=datetime.date(2020, 10, 20))
    assert layers["Nngi"] == "shelling"
