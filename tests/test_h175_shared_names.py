"""The fortress by Aghdam is filed under its bare name Shahbulag too, which the Sharur village bears: the name is
read by the report's other places, and asked when nothing settles it; never answered 157 km off."""

import datetime as dt

import pytest

from geo.errors import PlaceNotFound
from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

AGHDAM = (39.99, 46.93)
SHARUR = (39.55, 44.98)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize("name", ["Shahbulag", "Shahbulagh"])
def test_bare_shared_name_is_asked_without_context(gazetteer, name):
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve(name)


@pytest.mark.parametrize("name", ["Shahbulag", "Shahbulagh", "Shah-Bulagh"])
def test_shared_name_read_by_the_report_places(gazetteer, name):
    assert gazetteer.resolve(name, near=AGHDAM).place.name == "Shahbulag Castle"
    assert gazetteer.resolve(name, near=SHARUR).place.name == "Shahbulag"


def test_qualified_name_is_not_asked(gazetteer):
    # negative: the fortress's full name is one place only
    assert gazetteer.resolve("Shahbulag Castle").place.name == "Shahbulag Castle"


def test_variant_of_a_single_curated_place_is_still_answered(gazetteer):
    # negative: a spelling meeting one curated place only is answered, not asked
    assert gazetteer.resolve("Akdam").place.name == "Aghdam"


def test_sharur_village_in_text():
    text = "Shells fell on the Sharur villages of Sadarak and Shahbulag overnight, local officials said."
    places = {e["place"] for e in extract_text(text, dt.date(1993, 4, 2))}
    assert "Shahbulag" in places and "Shahbulag Castle" not in places
