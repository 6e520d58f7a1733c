"""Places a sentence names only to credit, to launch fire from or to say where a site stands. A credits line that
opens with people named by their homes ("Doctors and writers from A, B and C; photographs from ...") lists
contributors, nothing happened in those towns; rockets or shells "fired from" a town that fall on another place
named in the sentence make the target the scene, not the launch site; and a site said to stand "on the road that
linked A and B with C" is placed by that road, whose towns see nothing. Each is kept when the sentence tells harm
(or, for a launch site, when no target is named apart), since then the town may be the scene."""

from tests.helpers import rows


def places(text, gazetteer, published="2017-05-12"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_credits_line_names_no_place(gazetteer):
    found = places("Doctors and writers from Ganja, Sumgayit and Tartar; photographs from the state archive.",
                   gazetteer)
    assert not found & {"Ganja", "Sumgayit", "Tartar"}


def test_people_from_a_town_hurt_keep_the_scene(gazetteer):
    assert "Tartar" in places("Journalists from Ganja were wounded by fire near Tartar.", gazetteer)


def test_the_launch_site_of_rockets_is_not_the_target(gazetteer):
    found = places("Shells fired from Shusha landed around the hospital in Stepanakert, the ministry said.",
                   gazetteer)
    assert "Shusha" not in found and "Stepanakert" in found


def test_a_launch_site_alone_stays(gazetteer):
    assert "Shusha" in places("Shells were fired from Shusha overnight, the ministry said.", gazetteer)


def test_the_towns_of_the_road_a_site_stands_on_are_not_scenes(gazetteer):
    found = places("The inn lay on the road that connected Lachin and Kalbajar with Goris.", gazetteer)
    assert not found & {"Lachin", "Kalbajar", "Goris"}


def test_a_road_that_was_hit_keeps_its_towns(gazetteer):
    assert "Lachin" in places("Shells hit the road that connected Lachin with Goris.", gazetteer)
