"""A city that only places a speaker, and a sports fixture line, name no scene."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 3, 10)


def _places(sentence):
    return [e["place"] for e in extract_text(sentence, DAY)]


def test_city_placing_a_speaker_about_elsewhere_is_dropped():
    places = _places("In Yerevan, the Armenian foreign ministry's spokeswoman, Anna Naghdalyan, wrote on Facebook that "
                     "clashes were still going on in Martuni.")
    assert "Yerevan" not in places
    assert "Martuni" in places


def test_city_placing_a_named_person_who_shared_a_film_is_dropped():
    places = _places("In Baku, a blogger, Elvin Mammadov, shared a video that he said showed drones "
                     "striking positions near Fuzuli.")
    assert "Baku" not in places


def test_city_kept_when_the_statement_names_no_other_place():
    assert "Stepanakert" in _places("In Stepanakert, the mayor said the water supply had been cut by the shelling.")


def test_city_kept_when_the_speaker_is_an_aside():
    assert "Barda" in _places("In Barda, the ministry said, rockets fell near the market and wounded four people "
                              "from Tartar.")


def test_city_kept_when_residents_speak():
    assert "Tartar" in _places("In Tartar, residents told reporters that shells fired from Aghdam had hit two houses.")


def test_fixture_line_names_no_place():
    assert _places("14 March: Gyumri against Kapan, Sisian against Goris.") == []
    assert _places("Sunday: Ijevan v Dilijan.") == []


def test_fire_against_a_town_is_not_a_fixture():
    assert "Kapan" in _places("On 14 March troops opened fire against Kapan.")
