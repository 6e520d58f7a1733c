"""Places named only to describe, rank or sign. A landmark named by a capitalised common noun and what it honours
("the Alley of Heroes", "Square of Martyrs") is not the foreign town GeoNames spells like that noun; a place a
settlement is ranked after ("the second largest town of the region after X") only measures it; people described in
an apposition as "now living near X" are told by their home, not by an event there; the town a reporter set out
from ("Our reporter drove to A by road from B") is the outlet's journey; and the town of a body's branch closing a
letterhead ("the Union of Teachers, Ganja branch") is the sender's, not a scene."""

from tests.helpers import rows


def places(text, gazetteer, published="2015-04-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_landmark_named_alley_of_is_not_a_town(gazetteer):
    found = places("The poet was laid to rest yesterday in the Alley of Heroes in Ganja.", gazetteer)
    assert "Aley" not in found and "Ganja" in found


def test_a_place_ranked_after_is_not_an_event(gazetteer):
    assert "Ganja" not in places("In those years Tartar was the third largest market town of the plain after Ganja.",
                                 gazetteer)


def test_a_place_named_after_a_clash_still_counts(gazetteer):
    assert "Ganja" in places("Shells fell on Ganja after midnight, the ministry said.", gazetteer)


def test_people_now_living_near_a_town_are_described_not_placed(gazetteer):
    assert "Sumgayit" not in places("Three former teachers, now living near Sumgayit, recall the winter of the siege.",
                                    gazetteer)


def test_shelling_of_people_living_near_a_town_stays(gazetteer):
    assert "Sumgayit" in places("Three families now living near Sumgayit were shelled on Monday.", gazetteer)


def test_the_town_a_reporter_drove_from_is_not_the_scene(gazetteer):
    found = places("Our reporter travelled to Tartar by road from Ganja.", gazetteer)
    assert "Ganja" not in found


def test_a_journey_of_refugees_from_a_town_keeps_it(gazetteer):
    assert "Ganja" in places("Refugees travelled to Tartar by road from Ganja.", gazetteer)


def test_a_branch_closing_a_letterhead_is_the_sender(gazetteer):
    assert "Ganja" not in places("From the Union of Displaced Teachers, Ganja branch", gazetteer)


def test_a_branch_hit_is_still_the_town(gazetteer):
    assert "Ganja" in places("A shell hit the Ganja branch of the bank on Monday.", gazetteer)
