"""A name read two ways far apart with nothing in it to choose between is asked, never a far-away guess: a loose
spelling of a place of the region against a place across the border whose own name it spells and whose GeoNames
record files it ("Seray": Saray of Absheron, Sarāy of East Azerbaijan), and a curated river against a town across
the border that bears its name ("Arpaçay": the Arpa, the town of Kars). The report's other places choose."""

import datetime as dt

import pytest

from geo.errors import AmbiguousPlace
from geo.extract import extract_text
from geo.gazetteer import distance_km

NEAR_KM = 5
SARAY_IR = (38.2252, 46.9311)        # GeoNames 'Sarāy', East Azerbaijan
SARAY_AZ = (40.5328, 49.7133)        # GeoNames 'Saray', Absheron
ARPACAY_TOWN = (40.84522, 43.32747)  # GeoNames 'Arpaçay', Kars
NAKHCHIVAN = (39.2089, 45.4122)      # the Arpa's lower course (GeoNames 'Nakhchivan')
KARS = (40.6013, 43.0975)            # GeoNames 'Kars'


def _near(place, point):
    return distance_km(place.lat, place.lon, *point) <= NEAR_KM


@pytest.mark.parametrize("name", ["Seray", "Arpaçay", "Арпачай", "Arpacay"])
def test_a_name_of_two_places_far_apart_is_asked(gazetteer, name):
    with pytest.raises(AmbiguousPlace):
        gazetteer.resolve(name)


def test_the_reports_places_choose_the_loose_spelling_or_the_place_abroad(gazetteer):
    assert _near(gazetteer.resolve("Seray", near=SARAY_IR).place, SARAY_IR)
    assert gazetteer.resolve("Seray", near=(40.41, 49.87)).place.country == "AZ"


def test_the_reports_places_choose_the_river_or_the_town(gazetteer):
    assert _near(gazetteer.resolve("Arpaçay", near=KARS).place, ARPACAY_TOWN)
    assert gazetteer.resolve("Arpaçay", near=NAKHCHIVAN).place.name == "Arpa River"


def test_a_river_under_its_english_name_stays_the_river(gazetteer):
    assert gazetteer.resolve("Arpa River").place.name == "Arpa River"


def test_an_old_name_abroad_still_leaves_the_region_its_loose_spelling(gazetteer):
    # "Argach" is an old name of Aşağı Erhacı of Iğdır that spells no own name there: Erkej's reading stands
    assert gazetteer.resolve("Argach").place.country == "AZ"


def test_a_report_from_east_azerbaijan_does_not_place_seray_by_baku(gazetteer):
    text = "Two mortar rounds fell in Seray, near Tabriz, on Sunday night."
    found = [r["coordinates"][0] for r in extract_text(text, dt.date(2024, 9, 2), gazetteer, source="test")]
    assert all(distance_km(lat, lon, *SARAY_AZ) > 50 for lon, lat in found), found


# the feature words of the region's neighbours' languages: Turkish köprü(sü) and Azerbaijani körpü (bridge), the
# Armenian օդակայան and Turkish havalimanı (airport); a Russian-style y for the Azerbaijani ı ("Synyq", Sınıq)
@pytest.mark.parametrize("name, expected", [
    ("Synyq Köprüsü", "Red Bridge"),
    ("Kırmızı Köprü", "Red Bridge"),
    ("Ստեփանակերտի օդակայան", "Stepanakert Airport"),
    ("Xocalı havalimanı", "Stepanakert Airport"),
])
def test_a_feature_word_of_a_neighbours_language_names_the_site(gazetteer, name, expected):
    match = gazetteer.resolve(name)
    assert match.place.name == expected and match.how != "fuzzy", match
