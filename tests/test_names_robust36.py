"""Names of round 36: towns of the neighbour countries typed in plain ASCII ("Ercis" for Erciş), which are those
towns, not a variant spelling or typo of a village of the region; the region's own names stay the region's."""

import pytest


@pytest.mark.parametrize("query, country, name", [
    ("Ercis", "TR", "Erciş"),          # not Archis of Tavush, a variant spelling
    ("Corlu", "TR", "Çorlu"),          # not Choratan, a fuzzy match
    ("Ardesen", "TR", "Ardeşen"),      # not Hartashen, a variant spelling
    ("Sirnak", "TR", "Şırnak"),        # not Shirak, a fuzzy match
])
def test_ascii_typed_neighbour_town_is_that_town(gazetteer, query, country, name):
    match = gazetteer.resolve(query)
    assert (match.place.country, match.place.name) == (country, name)
    assert match.tier == "neighbour"


@pytest.mark.parametrize("query, country", [
    ("Archis", "AM"), ("Hartashen", "AM"), ("Shirak", "AM"), ("Agarak", "AM"), ("Ararat", "AM"),
])
def test_region_name_stays_regional(gazetteer, query, country):
    assert gazetteer.resolve(query).place.country == country


# a namesake far across a border is read when the words beside the name say outright which country it lies in;
# the bare name keeps the region's reading
from tests.helpers import rows  # noqa: E402


def _countries(text, gazetteer):
    return {r["place_name"]: r["country"] for r in rows(text, gazetteer)}


@pytest.mark.parametrize("text, place, country", [
    ("Hundreds of families from Kalbajar were housed in Karayazi, in Turkey's Erzurum province, in 1993.",
     "Karayazı", "TR"),
    ("The delegation laid flowers at a monument in Karayazi, Turkey, on Sunday.", "Karayazı", "TR"),
    ("A rally for the displaced was held in the Iranian city of Shirvan on Friday.", "Shīrvān", "IR"),
    ("Refugees from Zangilan were sheltered in Shirvan, in Iran, in the winter of 1993.", "Shīrvān", "IR"),
])
def test_namesake_abroad_said_outright(gazetteer, text, place, country):
    assert _countries(text, gazetteer).get(place) == country


@pytest.mark.parametrize("text, country", [
    ("Azerbaijani forces shelled Shirvan on Monday, the Armenian Defence Ministry said.", "AZ"),
    ("Refugees from Kalbajar were sheltered in Karayazi in 1993.", None),
])
def test_bare_namesake_stays_regional(gazetteer, text, country):
    found = rows(text, gazetteer)
    assert all(r["country"] in ("AM", "AZ", "GE") for r in found if r["place_name"] not in ("Kalbajar",))
    if country:
        assert any(r["country"] == country for r in found)


# a quarter named with the town it is part of lies in that town, not at a village of its name elsewhere
# ("Nizami" is also a village of Ararat province)
def _near(text, gazetteer, lat, lon, km=15):
    from geo.gazetteer import distance_km
    found = rows(text, gazetteer)
    return bool(found) and all(distance_km(y, x, lat, lon) <= km for r in found for x, y in r["coordinates"])


BAKU, GANJA = (40.37767, 49.89201), (40.68157, 46.36134)


@pytest.mark.parametrize("text, town", [
    ("A missile hit a nine-storey building in the Nizami district of Baku overnight, the Azerbaijani Prosecutor "
     "General's Office said.", BAKU),
    ("Families from Kalbajar were housed in Baku's Nizami district in 1993.", BAKU),
    ("A drone was shot down over Baku's Nizami district on Monday, the Azerbaijani Defence Ministry said.", BAKU),
    ("Ganja's Nizami district was hit by a missile on Sunday, the Azerbaijani Defence Ministry said.", GANJA),
])
def test_quarter_of_a_town_stays_in_the_town(gazetteer, text, town):
    assert _near(text, gazetteer, *town)


def test_bare_village_name_stays_the_village(gazetteer):
    assert [r["country"] for r in rows("Azerbaijani forces shelled Nizami on Monday, the Armenian Defence Ministry "
                                       "said.", gazetteer)] == ["AM"]
