"""Places of the neighbours' border provinces and of Georgia's south written the many ways the news writes them
(Latin with and without diacritics, Azerbaijani Latin, Persian, Georgian, Armenian and Cyrillic letters): each
answers within a few kilometres of its GeoNames point, never a namesake of the region far off. In a report, a town
of a border province where stray fire came down is read like one of the region's, and a curated town abroad
named as itself is never a region village that GeoNames once called so."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.gazetteer import distance_km

DAY = dt.date(2025, 3, 14)
KM = 15                                   # a town's GeoNames point and the answer lie this close


@pytest.mark.parametrize("name, lat, lon", [
    ('Poldasht', 39.348, 45.071),
    ('Pars Abad', 39.648, 47.917),
    ('Aslan Duz', 39.444, 47.406),
    ('Aslanduz', 39.444, 47.406),
    ('Khomarlu', 39.159, 47.033),
    ('Kaleybar', 38.865, 47.039),
    ('Kalibar', 38.865, 47.039),
    ('Norduz', 38.860, 46.228),
    ('Nurduz', 38.860, 46.228),
    ('Marand', 38.433, 45.775),
    ('Ahar', 38.477, 47.070),
    ('Meshgin Shahr', 38.399, 47.682),
    ('Meshkinshahr', 38.399, 47.682),
    ('Meshginshahr', 38.399, 47.682),
    ('Bileh Savar', 39.380, 48.355),
    ('Germi', 39.022, 48.080),
    ('Ardabil', 38.250, 48.293),
    ('Tabriz', 38.080, 46.292),
    ('Urmia', 37.553, 45.076),
    ('Orumiyeh', 37.553, 45.076),
    ('Khoy', 38.550, 44.952),
    ('Khvoy', 38.550, 44.952),
    ('Maku', 39.290, 44.460),
    ('Bazargan', 39.392, 44.388),
    ('Siah Cheshmeh', 39.065, 44.384),
    ('Namin', 38.427, 48.484),
    ('Sarein', 38.150, 48.071),
    ('Hadishahr', 38.848, 45.662),
    ('Hadi Shahr', 38.848, 45.662),
    ('پارس\u200cآباد', 39.648, 47.917),
    ('اردبیل', 38.250, 48.293),
    ('تبریز', 38.080, 46.292),
    ('کلیبر', 38.865, 47.039),
    ('مشگین\u200cشهر', 38.399, 47.682),
    ('بیله\u200cسوار', 39.380, 48.355),
    ('مرند', 38.433, 45.775),
    ('اهر', 38.477, 47.070),
    ('اصلاندوز', 39.444, 47.406),
    ('Aralik', 39.873, 44.519),
    ('Aralık, Iğdır', 39.873, 44.519),
    ('Dilucu', 39.655, 44.803),
    ('Tuzluca', 40.039, 43.652),
    ('Akyaka', 40.741, 43.614),
    ('Iğdır', 39.924, 44.045),
    ('Igdir', 39.924, 44.045),
    ('Kars', 40.598, 43.085),
    ('Ardahan', 41.109, 42.702),
    ('Çıldır', 41.125, 43.136),
    ('Cildir', 41.125, 43.136),
    ('Posof', 41.511, 42.729),
    ('Doğubayazıt', 39.547, 44.084),
    ('Dogubayazit', 39.547, 44.084),
    ('Sarikamis', 40.328, 42.587),
    ('Kagizman', 40.157, 43.134),
    ('Karakoyunlu', 39.870, 43.630),
    ('Իգդիր', 39.924, 44.045),
    ('Կարս', 40.598, 43.085),
    ('Igdır', 39.924, 44.045),
    ('Marneuli', 41.488, 44.798),
    ('Bolnisi', 41.451, 44.538),
    ('Gardabani', 41.460, 45.090),
    ('Dmanisi', 41.332, 44.203),
    ('Tsalka', 41.598, 44.091),
    ('Tetritskaro', 41.544, 44.462),
    ('Tetri Tskaro', 41.544, 44.462),
    ('Akhalkalaki', 41.405, 43.486),
    ('Ninotsminda', 41.267, 43.590),
    ('Akhaltsikhe', 41.640, 42.986),
    ('Aspindza', 41.573, 43.248),
    ('Adigeni', 41.676, 42.703),
    ('Sadakhlo', 41.240, 44.789),
    ('მარნეული', 41.488, 44.798),
    ('ახალქალაქი', 41.405, 43.486),
    ('ნინოწმინდა', 41.267, 43.590),
    ('Ахалкалаки', 41.405, 43.486),
    ('Марнеули', 41.488, 44.798),
    ('Ախալքալաք', 41.405, 43.486),
    ('Նինոծմինդա', 41.267, 43.590),
    ('Derbent', 42.066, 48.288),
    ('Дербент', 42.066, 48.288),
    ('Magaramkent', 41.615, 48.346),
    ('Магарамкент', 41.615, 48.346),
    ('Rutul', 41.534, 47.424),
    ('Tlyarata', 42.106, 46.354),
    ('Təbriz', 38.080, 46.292),
    ('Ərdəbil', 38.250, 48.293),
    ('Mərənd', 38.433, 45.775),
    ('Əhər', 38.477, 47.070),
    ('Xoy', 38.550, 44.952),
    ('Urmiya', 37.553, 45.076),
    ('Ərdahan', 41.109, 42.702),
    ('İğdır', 39.924, 44.045),
    ('Թավրիզ', 38.080, 46.292),
])
def test_name_form_answers_its_town(gazetteer, name, lat, lon):
    place = gazetteer.resolve(name).place
    assert distance_km(lat, lon, place.lat, place.lon) < KM, (name, place.name, place.country)


def _points(text, gazetteer):
    return [(r["place_name"], r["coordinates"][0][1], r["coordinates"][0][0], r["layer"])
            for r in extract_text(text, DAY, gazetteer, source="test")]


@pytest.mark.parametrize("text, lat, lon", [
    ('Stray shells from the fighting landed in Poldasht, Iran, on Monday, wounding a farmer.', 39.348, 45.071),
    ("Azerbaijani shells landed in Iran's Parsabad on Monday, Iranian media reported.", 39.648, 47.917),
    ("Several rockets fell on the village of Khomarlu in Iran's Ardabil province on Monday.", 39.159, 47.033),
    ('Two mortar rounds exploded in Bileh Savar, Iran, late on Monday.', 39.380, 48.355),
    ('An Armenian drone crashed near Tuzluca in Turkey on Monday.', 40.039, 43.652),
    ('A shell fired from Armenia landed in Karakoyunlu, Turkey, on Monday.', 39.870, 43.630),
    ("Rockets fired during the fighting hit Magaramkent in Russia's Dagestan on Monday.", 41.615, 48.346),
])
def test_fire_come_down_across_the_border_is_an_event(gazetteer, text, lat, lon):
    found = _points(text, gazetteer)
    assert any(distance_km(lat, lon, y, x) < KM and layer == "shelling" for _, y, x, layer in found), found


@pytest.mark.parametrize("text", [
    "Iranian artillery fired near Parsabad during the drills on Monday.",
    "Iranian officials in Parsabad said on Monday that trade with Azerbaijan had grown.",
])
def test_border_town_abroad_without_fire_come_down_is_no_event(gazetteer, text):
    assert _points(text, gazetteer) == []


def test_curated_town_abroad_before_region_village_of_its_old_name(gazetteer):
    text = "A shell fired from Armenia landed in the Aralik district of Igdir on Monday, Turkish officials said."
    assert all(name != "Yerazgavors" for name, *_ in _points(text, gazetteer))
