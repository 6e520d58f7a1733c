"""A transliteration variant reads the places its regular spelling reads: when "Shahbulag" asks between the
Sharur village and the castle by Aghdam, 157 km apart, "Shakhbulag", "Shahboulagh" and "Schahbulag" ask the
same question, and take the same answer when the text says where (a district after a comma, or the other
places of the report)."""

import pytest

from geo.errors import AmbiguousPlace
from geo.gazetteer import distance_km

VILLAGE = (39.65306, 45.14611)       # Şahbulaq of Sharur, Nakhchivan
CASTLE = (40.06874, 46.90596)        # Shahbulag castle by Aghdam


def km(match, point):
    return distance_km(match.place.lat, match.place.lon, *point)


@pytest.mark.parametrize("name", ["Shahbulag", "Shakhbulag", "Shahboulagh", "Schahbulag"])
def test_a_spelling_of_two_namesakes_far_apart_is_asked(gazetteer, name):
    with pytest.raises(AmbiguousPlace) as asked:
        gazetteer.resolve(name)
    assert asked.value.query == name
    assert len(asked.value.suggestions) == 2


@pytest.mark.parametrize("name", ["Shakhbulag", "Shahboulagh"])
def test_the_report_s_other_places_settle_a_variant_as_they_settle_its_regular_spelling(gazetteer, name):
    assert km(gazetteer.resolve(name, near=(40.0, 46.95)), CASTLE) < 2
    assert km(gazetteer.resolve(name, near=(39.6, 45.1)), VILLAGE) < 2
    assert km(gazetteer.resolve("Shahbulag", near=(40.0, 46.95)), CASTLE) < 2


def test_a_district_after_a_comma_settles_a_variant(gazetteer):
    assert km(gazetteer.resolve("Shakhbulag, Aghdam"), CASTLE) < 2
    assert km(gazetteer.resolve("Shakhbulag, Sharur"), VILLAGE) < 2


def test_a_variant_whose_closest_spelling_names_one_place_keeps_it(gazetteer):
    # "Akhmedbeyli" is Ahmedbeyli of Fuzuli as the row writes it, though the looser Əhmədbəyli is also the
    # name of a GeoNames village 80 km away
    match = gazetteer.resolve("Akhmedbeyli")
    assert distance_km(match.place.lat, match.place.lon, 39.56278, 47.55111) < 2


def test_a_variant_of_the_castle_s_own_name_stays_the_castle(gazetteer):
    assert km(gazetteer.resolve("Shakhbulag castle"), CASTLE) < 2
