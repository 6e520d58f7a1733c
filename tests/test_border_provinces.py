"""The neighbours' provinces along the region's borders (Iran's Azerbaijan provinces and Ardabil, Turkey's Iğdır,
Kars, Ardahan, Artvin and Ağrı, Russia's Dagestan and North Ossetia, and Gilan by Astara) are read from GeoNames in
full: their villages and small towns resolve, while a name the region shares with one of them stays the region's."""

import datetime

import pytest

from geo.errors import AmbiguousPlace, PlaceNotFound
from geo.basemap import labels
from geo.extract import extract_text
from geo.gazetteer import BORDER_PROVINCES, Place, in_border_province, in_ring

DAY = datetime.date(2024, 5, 6)


@pytest.mark.parametrize("query, country, geonameid", [
    ("Tuzluca", "TR", "738541"),        # a district town of Iğdır, under 50,000 people
    ("Posof", "TR", "740531"),          # Ardahan, by the Georgian border
    ("Magaramkent", "RU", "532307"),    # Dagestan, on the Samur
    ("Beslan", "RU", "576697"),         # North Ossetia
    ("Kaleybar", "IR", "129201"),       # East Azerbaijan
])
def test_a_small_town_of_a_border_province_resolves_under_its_own_name(gazetteer, query, country, geonameid):
    place = gazetteer.resolve(query).place
    assert (place.country, place.ref) == (country, geonameid)
    assert in_border_province(place) and place.admin1 in BORDER_PROVINCES[country]


@pytest.mark.parametrize("query, country", [("Aslanduz", "IR"), ("Ardagan", "TR"), ("Agvaly", "RU")])
def test_an_alternate_spelling_across_the_border_resolves_with_or_without_its_country(gazetteer, query, country):
    for named in ((), (country,)):
        assert gazetteer.resolve(query, countries=named).place.country == country


@pytest.mark.parametrize("query, geonameid", [
    ("Кагызман", "744873"),             # Kağızman (Kars) in Russian letters
    ("Temir-Khan-Shura", "570479"),     # Buynaksk's old name
    ("Dvigatelstroy", "551847"),        # Kaspiysk's Soviet name
    ("Մակու", "125205"),                # Maku (West Azerbaijan) in Armenian letters
    ("Shavshat", "739950"),             # Şavşat (Artvin), a transliteration
])
def test_a_place_of_a_border_province_answers_under_its_other_names(gazetteer, query, geonameid):
    match = gazetteer.resolve(query)
    assert (match.place.ref, match.how) == (geonameid, "exact")


def test_a_name_of_two_like_villages_far_apart_across_the_border_is_asked(gazetteer):
    # two Pervomayskoye of Dagestan of about 9,000 people each, 185 km apart: no guess between them
    with pytest.raises(AmbiguousPlace):
        gazetteer.resolve("Первомайское")


@pytest.mark.parametrize("query, geonameid", [("Aslanduz", "142703"), ("Agvaly", "583973"),
                                              ("Тузлуджа", "738541"), ("Tuzludzha", "738541")])
def test_a_village_across_the_border_resolves_under_a_spelling_of_its_own_name(gazetteer, query, geonameid):
    # Aşlān Dūz of Ardabil, Agvali of Dagestan, Tuzluca of Iğdır: its own name written without the
    # diacritics, in another transliteration or in Cyrillic is as good as its own name
    assert gazetteer.resolve(query).place.ref == geonameid


@pytest.mark.parametrize("query, geonameid", [("Rezaiyeh", "121801"), ("Saujbulagh", "125446"),
                                              ("Shahpur", "117656")])
def test_a_town_of_a_border_province_big_enough_to_be_meant_answers_under_its_old_names(gazetteer, query,
                                                                                          geonameid):
    # Urmia, Mahabad and Salmas (over 50,000 people each) under the names they had before 1979
    assert gazetteer.resolve(query).place.ref == geonameid


@pytest.mark.parametrize("query, country", [("Sis", "AM"), ("Panik", "AM"), ("Samur", "AZ"), ("Julfa", "AZ")])
def test_a_village_name_the_region_shares_with_one_across_the_border_stays_the_region_s(gazetteer, query, country):
    # Sis of Ararat and Sīs of East Azerbaijan (five times its size), Panik of Shirak and of Iğdır, Samur on both
    # banks of its river: Russia, Iran and Turkey are named in most reports of the conflict
    for named in ((), ("IR", "TR", "RU")):
        assert gazetteer.resolve(query, countries=named).place.country == country


def test_an_old_name_of_a_village_across_the_border_does_not_take_a_spelling_of_the_region(gazetteer):
    # GeoNames lists "Arapkir" as an old name of a village of Kars; it spells Yerevan's Arabkir
    assert gazetteer.resolve("Arapkir", countries=("TR",)).place.name == "Arabkir"


@pytest.mark.parametrize("query, expected", [("Sarıkamış", "Sarıkamış"), ("Çıldır", "Çıldır"),
                                             ("Karakurt", "Karakurt")])
def test_a_town_across_the_border_is_no_typo_of_a_village_of_the_region(gazetteer, query, expected):
    # before these provinces were read, the nearest spelling of the region answered (Berdashen, Chldran, Karakert)
    match = gazetteer.resolve(query)
    assert (match.place.name, match.place.country, match.how) == (expected, "TR", "exact")


def test_a_town_big_enough_to_be_meant_keeps_its_name_against_a_village_of_a_border_province(gazetteer):
    # Kizlyar of Dagestan (50,564 people) and a village of its name in North Ossetia: the town, country named or not
    for named in ((), ("RU",)):
        place = gazetteer.resolve("Kizlyar", countries=named).place
        assert (place.name, place.population) == ("Kizlyar", 50564)


def test_the_khanoba_customs_post_is_a_sourced_site(gazetteer):
    for query in ("Khanoba", "Xanoba", "Khanoba customs post"):
        place = gazetteer.resolve(query).place
        assert (place.name, place.precision, place.source) == ("Khanoba", "site", "curated")
        assert "http" in place.ref


def test_a_village_across_the_border_named_without_a_crossing_word_stays_off_the_map(gazetteer):
    found = {c["place"] for c in extract_text("Relatives from Tuzluca attended a wedding in Gyumri on Sunday.",
                                              DAY, gazetteer)}
    assert "Tuzluca" not in found and "Gyumri" in found


def test_a_queue_at_a_customs_post_on_the_dagestan_border_is_read(gazetteer):
    found = {c["place_name"] for c in extract_text("About two hundred lorries waited at the Khanoba border crossing "
                                                   "on Tuesday, the customs committee said.", DAY, gazetteer)}
    assert "Khanoba" in found


def test_the_base_map_labels_no_village_read_only_for_its_border_province():
    # 600 labels at most, biggest first: a town of East Azerbaijan of 20,000 would push out a village of the region
    region = Place("Hamlet", 39.7, 46.6, "AZ", "geonames", "town", 1_500, "", "", "1")
    across = Place("Border town", 38.9, 45.6, "IR", "geonames", "town", 20_000, "", "", "2", "33")
    assert [row[2] for row in labels([region, across], limit=1)] == ["Hamlet"]


def test_a_town_across_the_border_goes_before_a_loose_reading_of_a_name_of_the_region(gazetteer):
    # "Khvoy" is Khoy of West Azerbaijan (Khūy), not the Okhchuchay river read through another language's letters
    assert gazetteer.resolve("Khvoy").place.ref == "126972"
    # a loose spelling of a village of the region that the record of its namesake across the border files as
    # written ("Баник": Panik of Shirak, Panik of Iğdır) is asked, and the report's other places choose
    with pytest.raises(AmbiguousPlace):
        gazetteer.resolve("Баник")
    assert gazetteer.resolve("Баник", near=(40.79, 43.84)).place.country == "AM"        # a report on Gyumri


@pytest.mark.parametrize("query", ["Selvana", "Tolasht"])
def test_another_name_of_a_village_across_the_border_is_no_typo_of_the_region_s_names(gazetteer, query):
    # old names of two Iranian villages (Sīlvānā, Ţowlash) were Sevan and Ashagy Aylis by a typo's guess; a name
    # GeoNames files for a place of a border province is that place, with or without Iran named
    for named in ((), ("IR",)):
        assert gazetteer.resolve(query, countries=named).place.country == "IR"


def test_a_bare_name_of_villages_filed_with_their_district_is_not_given_to_a_village_across_the_border(gazetteer):
    across = Place("Zorkhaneh", 38.8, 46.9, "IR", "geonames", "town", 700, "", "", "1", "33")
    assert gazetteer.with_places([across]).resolve("Zorkhaneh").place.country == "IR"
    region = Place("Zorkhaneh (Qubadli)", 39.3, 46.6, "AZ", "curated", "town", 0, "", "", "test")
    with pytest.raises(PlaceNotFound):      # the name is the region's village's too: asked, not the one abroad
        gazetteer.with_places([across, region]).resolve("Zorkhaneh")


@pytest.mark.parametrize("query, country", [("Kars, Turkey", "TR"), ("Sadakhlo, Georgia", "GE"),
                                            ("Magaramkent, Russia", "RU"), ("Jolfa, Iran", "IR")])
def test_a_country_after_the_comma_is_the_country(gazetteer, query, country):
    assert gazetteer.resolve(query).place.country == country


def test_a_country_after_the_comma_is_never_read_as_a_place_whose_name_resembles_it(gazetteer):
    # "Iran" is no spelling of Yerevan: with no place of the name in Iran, the answer is none, not one in Armenia
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve("Kuraneh, Iran")          # a village of Qazvin, beyond the provinces read


def test_the_stretch_of_a_province_that_meets_the_region_at_one_town_is_read(gazetteer):
    # Gilan meets Azerbaijan at Astara: Iran's Astara answers with its country, Azerbaijan's without it, and
    # Gilan's villages by the border are a border province's, those 150 km on by Rasht the ring's (ranked after)
    assert gazetteer.resolve("Astara, Iran").place.ref == "142676"
    assert gazetteer.resolve("Astara").place.country == "AZ"
    lavandevil = gazetteer.resolve("Lavandevil").place
    assert (lavandevil.ref, in_border_province(lavandevil)) == ("125790", True)
    dowgur = gazetteer.resolve("Dowgur").place
    assert (dowgur.ref, in_border_province(dowgur), in_ring(dowgur)) == ("135815", False, True)
