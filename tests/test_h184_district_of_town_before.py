""""The villages of the district", no district named yet in the article, after a sentence naming a district's
town: that town's district, as "the same district" is; a village the gazetteer files only with that district in
brackets is then read there."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2020, 10, 22)


def _places(text):
    return {e["place"] for e in extract_text(text, _DAY)}


def test_villages_of_the_district_after_its_town():
    text = ("Troops took back the town of Zangilan on Tuesday, the ministry said. A later list named Mughanli among "
            "the villages of the district that had been taken.")
    assert any(p.startswith("Mughanli") for p in _places(text))


def test_villages_of_the_district_with_no_town_before():
    text = ("Troops advanced on Tuesday, the ministry said. A later list named Mughanli among the villages of the "
            "district that had been taken.")
    assert not any(p.startswith("Mughanli") for p in _places(text))


def test_villages_of_the_district_long_after_the_town():
    text = ("Troops took back the town of Zangilan on Tuesday. The roads were quiet. The weather was cold. The shops "
            "were shut. A later list named Mughanli among the villages of the district that had been taken.")
    assert not any(p.startswith("Mughanli") for p in _places(text))
