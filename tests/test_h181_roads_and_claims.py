"""Roads listed after a colon by their end towns, the perfect "had written" as a claim verb, and a body's long
name with commas inside a speaker's apposition."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 6, 1)


def _events(text, day=DAY):
    return extract_text(text, day)


def _layers(text):
    out = {}
    for e in _events(text):
        for name in e["place"].split(";"):
            out[name] = e["layer"]
    return out


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in _events(text)}


def test_roads_listed_after_colon_are_corridors():
    layers = _layers("The minister also checked the progress on two roads: Lachin–Kalbajar and Aghdam–Fuzuli.")
    assert all(layers[p] == "corridors" for p in ("Lachin", "Kalbajar", "Aghdam", "Fuzuli")), layers


def test_town_visited_then_roads_shown_stays_the_visit():
    layers = _layers("He opened a school in Lachin and was shown work on two roads: Lachin–Kalbajar and "
                     "Aghdam–Fuzuli.")
    assert layers["Lachin"] == "other"


def test_colon_without_dashed_pairs_is_no_road_list():
    layers = _layers("He toured the new roads: Aghdam and Fuzuli were both visited.")
    assert layers.get("Aghdam") != "corridors" and layers.get("Fuzuli") != "corridors"


def test_had_written_that_names_the_writer():
    claims = _claims("Ilham Aliyev had written on Twitter on 3 May that the army had taken Hadrut.")
    assert "Aliyev" in claims["Hadrut"]


def test_written_in_the_passive_is_no_claim():
    claims = _claims("Slogans had been written on the walls of the school in Hadrut.")
    assert claims["Hadrut"] == ""


def test_body_name_with_commas_in_apposition_keeps_the_speaker():
    claims = _claims("Dr Anna Hakobyan, director of the Institute of Geology, Botany and Zoology, told reporters "
                     "that a survey had been started near Hadrut.")
    assert claims["Hadrut"] == "Dr Anna Hakobyan"


def test_list_of_names_as_the_speaker_is_unchanged():
    claims = _claims("Dr Anna Hakobyan, director of the institute, told reporters that a survey had been started "
                     "near Hadrut.")
    assert claims["Hadrut"] == "Dr Anna Hakobyan"
