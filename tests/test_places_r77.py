"""Places named only to say where other places or the outlet's staff are: a district after a list of villages set
apart by a counting apposition ("A and B, two villages of the C district", "A and B, villages of the C district")
only says where the villages lie, as "A, a village of the C district" already did, so the district is no event of its
own; and the outlet's team, crew or stringer named with their towns in a line that promises the coverage to come
("Our team in A and our stringer in B will bring you the latest") says where the reports will come from, as the
correspondent's line of the same kind already did. A district the sentence names for something of its own, or a
staff line that goes on to report fire, is still told."""

from tests.helpers import rows


def places(text, gazetteer):
    return {name for c in rows(text, gazetteer, "2020-12-18") for name in c["place_name"].split(";")}


def test_a_district_after_two_villages_counted_only_locates_them(gazetteer):
    text = ("On Monday the ministry reported attempts by Azerbaijani troops to enter Karmir Shuka and Taghavard, "
            "two villages of the Martuni district.")
    found = places(text, gazetteer)
    assert {"Karmir Shuka", "Taghavard"} <= found
    assert "Khojavend District" not in found


def test_a_district_after_villages_with_a_bare_plural_only_locates_them(gazetteer):
    text = "Soldiers were seen moving towards Karmir Shuka and Taghavard, small villages of the Martuni district."
    found = places(text, gazetteer)
    assert {"Karmir Shuka", "Taghavard"} <= found
    assert "Khojavend District" not in found


def test_a_district_whose_own_villages_are_the_news_is_still_told(gazetteer):
    text = "Shells hit Karmir Shuka, and the villages of the Martuni district were without power."
    assert {"Karmir Shuka", "Khojavend District"} <= places(text, gazetteer)


def test_the_outlets_team_and_stringer_with_coverage_to_come_are_no_scene(gazetteer):
    text = "Our team in Baku and our stringer in Ganja will bring you the latest through the day."
    assert places(text, gazetteer) == set()


def test_the_outlets_crew_alone_with_coverage_to_come_is_no_scene(gazetteer):
    assert places("Our crew in Tartar will send more pictures this evening.", gazetteer) == set()


def test_the_outlets_team_reporting_fire_still_names_the_place_hit(gazetteer):
    text = "Our team in Baku says shells hit Tartar overnight."
    assert "Tartar" in places(text, gazetteer)


def test_a_district_counted_as_a_list_item_after_a_town_is_still_told(gazetteer):
    text = ("Resettlement is under way in the Lusavan quarter of Askeran, six villages of the Martuni district and "
            "four villages of the Hadrut district.")
    assert "Khojavend District" in places(text, gazetteer)
