"""Names of villages and areas the news of the Nagorno-Karabakh conflict uses in both sides' forms, in short reports
written for this file: the Azerbaijani name of Armenia's Yeraskh (Arazdəyən, Arazdayan, and Arazdeyan spelled without
the schwa), the Askeran village Vardadzor as Armenian outlets spell it (Vardazor) and the Berdadzor sub-district of
the Shushi region (Hin Shen, Mets Shen, Yeghtsahogh, Lisagor)."""

import pytest

from tests.helpers import rows


def _places(text, gazetteer):
    """The names of every row's places, each waypoint on its own."""
    return {name for r in rows(text, gazetteer) for name in r["place_name"].split(";")}


@pytest.mark.parametrize("name, expected", [
    ("Arazdəyən", "Yeraskh"),
    ("Arazdayan", "Yeraskh"),
    ("Arazdeyan", "Yeraskh"),          # the schwa written as e
    ("Vardazor", "Vardadzor (Askeran)"),
    ("Berdadzor", "Berdadzor"),
])
def test_name_resolves(name, expected, gazetteer):
    match = gazetteer.resolve(name)
    assert match is not None and match.place.name == expected


@pytest.mark.parametrize("text, expected", [
    ("Border guards said mortar rounds landed on the outskirts of Arazdayan on Sunday night.", "Yeraskh"),
    ("A tractor driver came under fire near Vardazor on Monday morning, the regional police said.",
     "Vardadzor (Askeran)"),
    ("Villagers in the Berdadzor sub-district say the only road out has been closed for a week.", "Berdadzor"),
])
def test_sentence_places(text, expected, gazetteer):
    assert expected in _places(text, gazetteer)


def _layers(text, gazetteer):
    """Place → layer of its rows."""
    return {r["place_name"]: r["layer"] for r in rows(text, gazetteer)}


@pytest.mark.parametrize("text, river", [
    ("Activists said the copper mine upstream had been polluting the Voghji river for a decade.", "Okhchuchay River"),
    ("Ecologists warned that toxic waste from the new factory could end up in the Araz river.", "Araz River"),
    ("Inspectors who took samples from the Araks river last month found cadmium well above the norm.", "Araz River"),
])
def test_river_water_news_is_other_news_at_the_river(text, river, gazetteer):
    assert _layers(text, gazetteer).get(river) == "other"



@pytest.mark.parametrize("text, town", [
    ("Activists blamed the Kajaran copper-molybdenum plant for the yellow water downstream.", "Kajaran"),
    ("Inspectors found a crack in a pipe at the Metsamor nuclear power plant on Monday, the agency said.", "Metsamor"),
    ("Workers at the Kajaran combine walked out on Tuesday over unpaid wages.", "Kajaran"),
])
def test_works_named_after_its_town_is_the_town(text, town, gazetteer):
    assert town in _places(text, gazetteer)


def test_works_a_weapon_could_reach_is_no_event(gazetteer):
    assert "Metsamor" not in _places("A general warned on Monday that rockets could reach the Metsamor nuclear power "
                                     "plant within minutes.", gazetteer)
