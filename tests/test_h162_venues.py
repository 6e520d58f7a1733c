"""Places that only say where a speaker spoke, an address line under a title, and a name asked about settled by
the town it lies by (sentences written for these rules)."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(1993, 7, 7)


def places(text):
    return {e["place"]: e for e in extract_text(text, DAY)}


def test_said_in_town_before_words_of_another_place_drops_the_town():
    found = places("An aid worker said in Goris on Monday that she had driven into Kapan and seen houses burning.")
    assert "Kapan" in found and "Goris" not in found


def test_said_in_town_alone_keeps_the_town():
    assert "Goris" in places("The minister said in Goris that the old bridge was too narrow.")


def test_said_in_town_whose_words_tell_of_the_town_keeps_it():
    found = places("An aid worker said in Goris that the town had been shelled and Kapan too.")
    assert "Goris" in found and "Kapan" in found


def test_from_town_speaker_opening_drops_the_town():
    found = places("From Stepanakert, the army spokesman claimed that Azerbaijani troops had shelled Martuni.")
    assert "Martuni" in found and "Stepanakert" not in found


def test_from_town_route_opening_keeps_the_town():
    found = places("From Goris, the convoy drove on to Kapan.")
    assert any("Goris" in p for p in found)


def test_from_town_speaker_telling_of_the_town_itself_keeps_it():
    found = places("From Taghavard, the prosecutor's office says bullets struck the walls of several houses.")
    assert "Taghavard" in found


WEIR = ("THE OLD WEIR KEEPERS\nWinter rota of watches, Wednesday 5 October 2022\n{line}\n\n"
        "Watches on the weir\nMonday: the upper gate, keeper on duty, Aram.\n\n"
        "In 2020 many families came across the hills to Goranboy when Lachin was handed over.")


def _quotes(text):
    return [(e["place"], e["quote"]) for e in extract_text(text, datetime.date(2022, 10, 5))]


def test_area_line_under_a_title_is_no_place():
    found = _quotes(WEIR.format(line="Goranboy district"))
    assert not any(q.startswith("Goranboy district") for _, q in found)
    assert any("Goranboy" in p for p, _ in found)


def test_area_line_with_news_under_a_title_is_kept():
    found = _quotes(WEIR.format(line="Goranboy district shelled"))
    assert any(q.startswith("Goranboy district shelled") for _, q in found)


def test_asked_name_settled_by_the_town_it_lies_south_of():
    found = places("Shells hit Shelli, south of Agdam, on Sunday.")
    assert found["Shelli"]["coordinates"][0][1] < 40.0       # the Aghdam village, not Vahagni of Lori


def test_asked_name_settled_by_another_town():
    found = places("Shells hit Shelli, east of Vanadzor, on Sunday.")
    assert found["Shelli"]["coordinates"][0][1] > 40.5


def test_asked_name_without_a_town_stays_asked():
    assert "Shelli" not in places("Shells hit Shelli and Agdam on Sunday.")


def test_kin_who_comes_from_a_district_is_a_home():
    text = "Many of you know that the baker's wife comes from the Fuzuli district, and on Monday we closed at two."
    assert not places(text)


def test_kin_who_comes_from_a_town_to_another_is_a_trip():
    assert "Fuzuli" in places("The baker's wife comes from Fuzuli to Barda every week to sell bread.")


def test_told_reporters_in_town_keeps_the_town():
    found = places("A ministry official told reporters in Goris that raiders trying to enter Kapan had been driven back.")
    assert "Goris" in found
