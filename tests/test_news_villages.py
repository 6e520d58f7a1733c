"""Villages and sites the news names (Aghdam, Shusha, Kalbajar, the Tavush border, Turkey by Nakhchivan): each
spelling lands on the coordinates its row's source gives, and a name other places share stays with them."""

import pytest

from geo.errors import PlaceNotFound
from geo.gazetteer import distance_km

# (query, sourced latitude, longitude): the coordinates read in the row's source, not the index's answer
SOURCED = [
    # Aghdam: Sarıcalı of the Sarıcalı unit, 6 km east of Aghdam (ru/az Wikipedia 40°00′11″N 46°59′10″E)
    ("Sarijali (Aghdam)", 40.00306, 46.98611), ("Sarıcalı (Ağdam)", 40.00306, 46.98611),
    ("Sarijali, Aghdam", 40.00306, 46.98611), ("Сарыджалы (Агдамский район)", 40.00306, 46.98611),
    # Shusha: Qaybalı / Ghaybalushen (ru Wikipedia 'Гайбалу' 39°46′40″N 46°43′45″E)
    ("Ghaibalu", 39.77778, 46.72917), ("Qaybalı", 39.77778, 46.72917), ("Ghaybalushen", 39.77778, 46.72917),
    ("Ղայբալուշեն", 39.77778, 46.72917), ("Гайбалу", 39.77778, 46.72917), ("Keybaly", 39.77778, 46.72917),
    # the Shusha–Lachin road settlement, as the news spells it (ru Wikipedia 'Зарыслы' 39°43′02″N 46°40′34″E)
    ("Zarasli", 39.71722, 46.67611), ("Zarıslı", 39.71722, 46.67611),
    # Iğdır Province: the town of the Aras corridor (Wikipedia 'Aralık' 39°52′22″N 44°31′09″E)
    ("Aralık", 39.87278, 44.51917), ("Aralik", 39.87278, 44.51917), ("Aralıq", 39.87278, 44.51917),
    ("Аралык", 39.87278, 44.51917),
    # the Turkey–Nakhchivan crossing at the Umut bridge over the Aras (Wikipedia 'Umut Bridge' 39°39′19″N 44°48′12″E)
    ("Dilucu", 39.65528, 44.80333), ("Diluju", 39.65528, 44.80333), ("Dilucu border gate", 39.65528, 44.80333),
    ("Дилуджу", 39.65528, 44.80333), ("Umut Bridge", 39.65528, 44.80333),
]


@pytest.mark.parametrize("query, lat, lon", SOURCED)
def test_each_spelling_lands_on_the_sourced_point(gazetteer, query, lat, lon):
    place = gazetteer.resolve(query).place
    assert place.source == "curated" and "http" in place.ref
    assert distance_km(place.lat, place.lon, lat, lon) <= 2.0


def test_aralik_is_the_turkish_town_not_an_armenian_village(gazetteer):
    assert gazetteer.resolve("Aralık").place.country == "TR"
    # Aralikh, the old name of Yerazgavors (Shirak), stays with it
    assert gazetteer.resolve("Aralikh").place.country == "AM"


def test_the_dilucu_gate_is_a_site_in_turkey(gazetteer):
    place = gazetteer.resolve("Dilucu").place
    assert (place.country, place.precision) == ("TR", "site")


def test_the_lok_fortress_is_the_lekh_castle_by_qanlikend(gazetteer):
    # Wikipedia 'Lekh Castle' (Löh qalası), west of Qanlıkənd, is filed under Handaberd
    assert gazetteer.resolve("Lok fortress").place == gazetteer.resolve("Löh qalası").place
    assert gazetteer.resolve("Lok fortress").place.precision == "site"


@pytest.mark.parametrize("bare", ["Sarijali", "Sarıcalı"])
def test_a_name_of_three_villages_is_not_given_to_the_aghdam_one(gazetteer, bare):
    # Aghdam has two Sarıcalı and Agjabadi a bigger one: only the qualified form names the Sarıcalı-unit village
    try:
        place = gazetteer.resolve(bare).place
    except PlaceNotFound:
        return
    assert place.name != "Sarijali (Aghdam)"


@pytest.mark.parametrize("query, country, lat, lon", [
    ("Voskepar", "AM", 41.06472, 45.05750),      # Wikipedia 'Voskepar' 41°03′53″N 45°03′27″E
    ("Ոսկեպար", "AM", 41.06472, 45.05750),
    ("Baghanis", "AM", 41.11667, 45.06667),      # ru Wikipedia 'Баганис' 41°07′N 45°04′E
    ("Kirants", "AM", 41.05028, 45.10139),
])
def test_border_places_the_news_names_already_resolve(gazetteer, query, country, lat, lon):
    place = gazetteer.resolve(query).place
    assert place.country == country and distance_km(place.lat, place.lon, lat, lon) <= 2.0


@pytest.mark.parametrize("query, expected, country", [
    ("Kars", "Kars", "TR"), ("Iğdır", "Iğdır", "TR"),
    ("Tsaghkadzor", "Tsaghkadzor", "AM"),        # bare, the Kotayk resort town (no Lachin namesake is filed)
])
def test_a_bare_town_name_is_the_known_town(gazetteer, query, expected, country):
    place = gazetteer.resolve(query).place
    assert (place.name, place.country) == (expected, country)


@pytest.mark.parametrize("bare", ["Qayalı", "Sarıcalı"])
def test_the_bare_name_of_a_village_filed_only_qualified_is_no_typo_of_another(gazetteer, bare):
    # Qayalı is filed as 'Qayalı (Qubadlı)' only; one letter from Qaybalı (Shusha), it is still not that village
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve(bare)
