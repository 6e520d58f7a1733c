"""A village namesake the gazetteer files only with its area ("Agdam (Tovuz)") is the one a report means when its
other places cluster around it and none lies near the first reading (the Karabakh town of Aghdam); a report on
Karabakh keeps the town. Two villages added with a cited point answer there under their qualified names."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.errors import GeoError
from geo.gazetteer import distance_km

DAY = dt.date(2020, 7, 16)
NEAR_KM = 2


def _places(text, gazetteer):
    return {name for c in extract_text(text, DAY, gazetteer) for name in c["place_name"].split(";")}


def test_a_tovuz_border_report_reads_aghdam_as_the_tovuz_village(gazetteer):
    text = ("Shelling resumed on the border of the Tovuz district on Tuesday, the ministry said.\n\n"
            "In Dondar Gushchu two barns burned down after a shell hit the farm, villagers said.\n\n"
            "A shell also hit a school in Aghdam overnight, the head of the village told reporters.\n")
    found = _places(text, gazetteer)
    assert "Agdam (Tovuz)" in found, found
    assert "Aghdam" not in found, found


def test_a_karabakh_report_keeps_the_town_of_aghdam(gazetteer):
    text = ("Mine clearers worked near Khankendi and Askeran on Monday, the agency said.\n\n"
            "A shell left from the war exploded in Aghdam, injuring a deminer, the agency reported.\n")
    found = _places(text, gazetteer)
    assert "Aghdam" in found, found
    assert not found & {"Agdam (Tovuz)", "Hakaku"}, found


def test_a_report_naming_only_the_capital_keeps_the_town(gazetteer):
    text = ("Officials in Baku said on Friday that a shell had hit a house in Aghdam, the ministry said.\n")
    found = _places(text, gazetteer)
    assert "Aghdam" in found, found


@pytest.mark.parametrize("name, point", [
    ("Hajili (Jabrayil)", (39.35194, 47.06556)),     # ru.wikipedia 'Гаджылы (Джебраильский район)'
    ("Hacılı (Cəbrayıl)", (39.35194, 47.06556)),
    ("Gunashli (Khojavend)", (39.50000, 47.08333)),  # Wikipedia 'Günəşli, Khojavend'
    ("Günəşli (Xocavənd)", (39.50000, 47.08333)),
])
def test_an_added_village_answers_at_its_cited_point(gazetteer, name, point):
    place = gazetteer.resolve(name).place
    assert distance_km(place.lat, place.lon, *point) <= NEAR_KM, place


def test_bare_gunashli_is_not_made_the_hadrut_village(gazetteer):
    """Günəşli is also an oil field and other villages: only the qualified name is the Hadrut village."""
    with pytest.raises(GeoError):
        gazetteer.resolve("Gunashli")
