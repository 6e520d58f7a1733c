"""Place recall: a sentence that tells where villages lie and then what has held since a recent day is news, not
the lie of the land; a pronoun after a preposition ("the path to it runs along ...") is not the subject that lies
somewhere (r52)."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 4, 25)


def _places(text):
    return {name for c in extract_text(text, DAY) for name in c["place_name"].split(";")}


def test_villages_beyond_a_bridge_cut_off_since_a_weekday():
    found = _places("Hin Shen and Mets Shen sit on the far side of the river, and since Saturday they can reach "
                    "neither Goris nor Kapan.")
    assert {"Hin Shen", "Mets Shen"} <= found


def test_village_on_a_ridge_without_power_since_a_date():
    found = _places("Yeghtsahogh sits on a ridge above the gorge, and since 3 May it has had no electricity.")
    assert "Yeghtsahogh" in found


def test_lie_of_the_land_alone_is_still_background():
    assert not _places("Hin Shen and Mets Shen lie on the far side of the river from Goris.")


def test_a_lasting_state_since_a_year_is_still_background():
    assert not _places("Mets Shen sits on a hill above the river, and since 1995 it has had a school.")


def test_the_path_to_it_runs_along_a_closed_road():
    found = _places("The well was out of use, as the lane to it runs beside the road from Kornidzor, where troops "
                    "now stand.")
    assert "Kornidzor" in found


def test_a_place_that_runs_along_is_still_background():
    assert not _places("The monastery stands above the gorge, and the path to it runs along the river below "
                       "Kornidzor.")
