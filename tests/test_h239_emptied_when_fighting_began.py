"""A place emptied or its people evacuated, with the fighting named only as the time it began ("when the fighting
broke out", "as the offensive began"): the leaving is the place's news (layer other), the fire no event there. Fire
told at the place itself, or outside such a time clause, stays shelling."""

import datetime

from geo.extract import extract_text


def _layers(text, gazetteer, published="2020-10-05"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_village_emptied_when_fighting_broke_out(gazetteer):
    got = _layers("Officials said the village of Hadrut was emptied on Sunday night, when the fighting broke out.",
                  gazetteer)
    assert got.get("Hadrut") == "other"


def test_list_evacuated_as_offensive_began(gazetteer):
    got = _layers("On Monday, as the Azerbaijani offensive began, the residents of Talish and Martakert were "
                  "evacuated, the regional head said.", gazetteer)
    assert got.get("Talish") == "other" and got.get("Martakert") == "other"


# --- near sentences where the rule must not fire ---

def test_shelled_as_offensive_began_stays_shelling(gazetteer):
    got = _layers("Talish was shelled on Monday as the offensive began, the regional head said.", gazetteer)
    assert got.get("Talish") == "shelling"


def test_evacuated_when_fighting_began_and_shells_hit_stays_shelling(gazetteer):
    got = _layers("Martakert was evacuated when the fighting began, and shells hit its school.", gazetteer)
    assert got.get("Martakert") == "shelling"


def test_fighting_began_without_leaving_is_not_read(gazetteer):
    got = _layers("Shells hit Hadrut on Sunday night, when the fighting broke out.", gazetteer)
    assert got.get("Hadrut") == "shelling"


def test_emptied_with_fire_at_the_place_stays_shelling(gazetteer):
    got = _layers("Talish was emptied when the war broke out and was shelled all night.", gazetteer)
    assert got.get("Talish") == "shelling"
