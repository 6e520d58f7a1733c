"""Fire said to have been there, troops on a town's streets, gatherings banned and order kept by the police and
the army, and bullet-proof vests (which fire nothing)."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2009, 5, 6)


def _layers(text, place):
    return [e["layer"] for e in extract_text(text, DAY) if e["place"] == place]


def test_there_was_fire_from_near_a_village_is_shelling():
    assert _layers("The ministry said that around midnight there was renewed fire from near Seysulan "
                   "in the Tartar district.", "Seysulan") == ["shelling"]


def test_there_had_already_been_fire_from_positions_is_shelling():
    assert _layers("By dawn, the spokesman said, there had already been fire from positions north of Javahirli "
                   "in the Aghdam district.", "Javahirli") == ["shelling"]


def test_a_blaze_from_a_stove_is_no_fire_from_positions():
    assert "shelling" not in _layers("In Seysulan there was a fire from an old stove in the club house "
                                     "last winter.", "Seysulan")


def test_troops_on_the_streets_of_a_town_are_checkpoints():
    assert _layers("Soldiers and armoured vehicles were on the central streets of Gyumri all night, "
                   "the agency reported.", "Gyumri") == ["checkpoints"]


def test_soldiers_in_bullet_proof_vests_on_street_corners_are_no_fire():
    assert _layers("In Gyumri, soldiers in bullet-proof vests stand on the street corners of the old town, "
                   "a local paper wrote.", "Gyumri") == ["checkpoints"]


def test_a_parade_on_the_streets_is_no_checkpoint():
    assert "checkpoints" not in _layers("Soldiers marched in the main streets of Gyumri on Victory Day.", "Gyumri")


def test_police_and_army_keep_order_in_a_town_are_checkpoints():
    assert _layers("The governor said that the police and the army will keep order in Gyumri "
                   "until the vote is over.", "Gyumri") == ["checkpoints"]


def test_a_teacher_keeping_order_in_a_town_school_is_no_checkpoint():
    assert "checkpoints" not in _layers("The old teacher kept order in Gyumri's music school for forty years.",
                                        "Gyumri")


def test_gatherings_forbidden_in_a_town_are_checkpoints():
    assert _layers("Rallies and gatherings have been banned in Gyumri since Monday, the mayor said.",
                   "Gyumri") == ["checkpoints"]
