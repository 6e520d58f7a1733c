"""Fire told at a building "by" which it fell ("two rounds were fired towards the ground by the school in X", "a shell
exploded by the hospital in Y") is fire at the place: ``shelling``. "By" before a building or a feature of the land
named by its noun says beside it, not who did it; a building only named by a deed of peace stays ``other``."""

import datetime

from geo.extract import extract_text


def _layers(text, gazetteer, published="2022-03-12"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_rounds_fired_towards_ground_by_school(gazetteer):
    assert _layers("The police said that on Friday three mortar rounds were fired towards the ground by the school in "
                   "Martuni.", gazetteer)["Martuni"] == "shelling"


def test_shell_landed_by_hospital(gazetteer):
    assert _layers("A shell landed by the hospital in Martakert on Friday night, officials said.",
                   gazetteer)["Martakert"] == "shelling"


def test_rounds_hit_ground_by_kindergarten(gazetteer):
    assert _layers("Two mortar rounds hit the ground by the kindergarten in Askeran, the police reported.",
                   gazetteer)["Askeran"] == "shelling"


# --- near sentences where the rule must not fire ---

def test_sheltering_by_school(gazetteer):
    assert _layers("Families sheltered by the school in Askeran, the police said.", gazetteer)["Askeran"] == "other"


def test_school_built_by_villagers(gazetteer):
    assert _layers("The school in Martakert was built by the villagers, the police said.",
                   gazetteer)["Martakert"] == "other"


def test_bread_handed_out_by_the_bakery(gazetteer):
    assert _layers("Bread was handed out by the bakery in Martuni on Friday, officials said.",
                   gazetteer)["Martuni"] == "other"


def test_way_taken_by_the_road(gazetteer):
    assert _layers("The monitors entered the district by the road from Martuni on Friday.",
                   gazetteer)["Martuni"] == "corridors"
