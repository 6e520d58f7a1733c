"""heldout94 reading: a sourced row for Nor Aygestan (Mollalar of the Agdam District) and the
Armenian Unified Information Centre read as the Armenian government, as older sets name it."""
import datetime

import pytest

from geo.errors import PlaceNotFound
from geo.extract import extract_text
from geo.extract.actors import canonical_actor
from geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_nor_aygestan_row(gazetteer):
    match = gazetteer.resolve("Nor Aygestan")
    assert match.place.name == "Nor Aygestan"
    assert abs(match.place.lat - 40.07) < 0.05 and abs(match.place.lon - 46.83) < 0.05


def test_bare_mollalar_stays_unresolved(gazetteer):
    # several villages bear the name (one in the Lachin district): the bare name must not pick this one
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve("Mollalar")


def test_nor_aygestan_found_in_a_list(gazetteer):
    text = "On Wednesday the families of Nor Karmiravan and Nor Aygestan were ordered to pack up and go within two days."
    names = {c["place_name"] for c in extract_text(text, datetime.date(2020, 11, 21), gazetteer)}
    assert "Nor Aygestan" in names


@pytest.mark.parametrize("name", ["Armenian Unified Information Centre", "Armenian Unified Information Center",
                                  "Armenian Unified Infocenter"])
def test_armenian_unified_centre_is_the_government(name):
    assert canonical_actor(name) == "Armenian government"


def test_bare_information_centre_stays_karabakh():
    # the unqualified centre of older Karabakh reports keeps its own actor
    assert canonical_actor("unified information centre") == "Nagorno-Karabakh authorities"
