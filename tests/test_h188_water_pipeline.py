"""The towns that name a water main ("the A-B-C water pipeline") only locate it when a missile was aimed at it, as
the oil and gas lines already do; the main told cut is still a cut at its end towns."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2020, 10, 25)


def _places(text):
    return {e["place"] for e in extract_text(text, _DAY)}


def test_ends_of_a_water_pipeline_aimed_at_only_locate():
    text = ("The prosecutors said the rocket was aimed at the Ganja-Goranboy-Yevlakh water pipeline, "
            "which serves the farms of the plain.")
    assert not _places(text) & {"Ganja", "Goranboy", "Yevlakh"}


def test_a_water_pipeline_cut_is_news_at_its_ends():
    text = "The Ganja-Yevlakh water pipeline was cut by shelling on Friday."
    assert {"Ganja", "Yevlakh"} <= _places(text)


def test_a_town_shelled_beside_the_named_pipeline_is_kept():
    text = ("Rockets hit Tartar on Friday, the ministry said, a day after a missile fell near the Ganja-Yevlakh "
            "water pipeline.")
    assert "Tartar" in _places(text)
