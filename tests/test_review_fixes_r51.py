"""Review of round 51's rules: ordinary news sentences the new rules read wrongly."""

from tests.helpers import claimants, place_layers, waypoint_layers


def places(text, gazetteer):
    return set(place_layers(text, gazetteer)) | set(waypoint_layers(text, gazetteer))


def test_a_villages_former_name_is_description(gazetteer):
    found = places("The village of Tegh was called Getashen until 1967. Shells fell on Kornidzor on Monday.", gazetteer)
    assert "Tegh" not in found and "Kornidzor" in found


def test_a_villages_news_after_the_sight_named_for_it_stays_the_village(gazetteer):
    text = ("On Friday the walkers slept at Kirants Monastery. "
            "On Sunday Azerbaijani troops shelled Kirants, damaging three houses, the village head said.")
    assert "Kirants" in places(text, gazetteer)
    text = ("On Friday the walkers slept at Kirants Monastery. "
            "On Sunday they walked on to Kirants, where the villagers fed them.")
    assert "Kirants" in places(text, gazetteer)


def test_a_town_a_sight_stands_in_stays_the_town(gazetteer):
    text = "On Friday the tourists visited the Shusha Fortress. On Sunday Azerbaijani troops entered Shusha."
    found = places(text, gazetteer)
    assert "Shusha" in found and "Shusha fortress" in found
    text = "On Friday the tourists visited the Askeran Fortress. On Sunday Armenian troops shelled Askeran."
    assert "Askeran" in places(text, gazetteer)


def test_a_sights_bare_name_is_still_the_sight(gazetteer):
    text = ("On Friday the walkers slept at Haghartsin Monastery. "
            "On Sunday a liturgy was served at Haghartsin for the pilgrims.")
    found = places(text, gazetteer)
    assert "Haghartsin Monastery" in found and "Haghartsin" not in found


def test_a_town_after_in_before_its_local_media_is_the_scene(gazetteer):
    assert "Kapan" in places("In Kapan local media reported explosions overnight on Friday.", gazetteer)
    assert "Stepanakert" not in places("Stepanakert's own papers report on Friday that shells fell near Tegh.",
                                       gazetteer)


def test_a_line_a_relative_clause_describes_is_no_claim(gazetteer):
    found = claimants("Azerbaijani forces broke through the Armenian army's line that ran near Tegh on Monday.",
                      gazetteer)
    assert found.get("Tegh") == ""
    found = claimants("Most outlets use the Azerbaijani army's version that Armenian troops shelled Tegh on Monday.",
                      gazetteer)
    assert found.get("Tegh")


def test_a_road_fired_on_from_the_heights_above_it_stays(gazetteer):
    assert "Lachin corridor" in places("Snipers shot at drivers from the positions overlooking the Lachin road on "
                                       "Monday.", gazetteer)
    assert "Lachin corridor" not in places("On Friday troops took several heights that overlook the Lachin road, "
                                           "among them Saribaba.", gazetteer)
