"""A province's office placed by its name, and the place a speaker heads told again in the speaker's words."""

import datetime as dt

from geo.extract import extract_text
from geo.extract.claims import normalise_actor


def test_the_office_in_a_province_is_named_as_that_province_s_office():
    assert normalise_actor("The provincial office in Syunik") == "Syunik provincial office"
    assert "Tavush regional administration" in normalise_actor("the regional administration in Tavush")


def test_the_government_in_a_capital_reads_as_before():
    assert normalise_actor("the government in Baku") == normalise_actor("Baku")


def found(text, gazetteer):
    return {c["place_name"]: c["claimed_by"]
            for c in extract_text(text, dt.date(2022, 8, 20), gazetteer, source="test")}


def test_the_town_a_mayor_speaks_of_is_the_news_s_place(gazetteer):
    assert "Lachin" in found("Narek Alexanyan, the mayor of Berdzor, said 160 people had left the town.", gazetteer)
    assert "Aghavno" in found("Andranik Chavushyan, the head of the Agavno community, said nine families had "
                              "stayed in the village.", gazetteer)


def test_a_mayor_s_town_is_only_his_post_when_he_speaks_of_another(gazetteer):
    places = found("Narek Alexanyan, the mayor of Berdzor, said shells hit the village of Sus.", gazetteer)
    assert "Sus" in places and "Lachin" not in places


def test_the_same_ministry_is_the_ministry_named_before(gazetteer):
    places = found("Russia's defence ministry said its sappers had cleared the Lachin corridor. The same ministry "
                   "said 27 wrecked cars had been pulled off the Stepanakert-Goris road.", gazetteer)
    assert places["Stepanakert;Goris"] == "Russian MoD"
