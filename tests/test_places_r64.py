"""Three places a sentence names without anything happening there: the district of an unnamed village that people
came from long ago ("had come from a village of the X district"), the city where a truce or a deal was brokered ("a
truce brokered in X took effect"), and a place someone only hopes to visit ("I hope to visit X"). Each is
a home, a venue or a wish; the news of the sentence, when there is any, is elsewhere."""

from tests.helpers import rows


def places(text, gazetteer, published="2020-11-03"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_the_district_of_an_unnamed_home_village_is_no_place(gazetteer):
    text = ("A rocket destroyed the house on Friday. Its owners had come from a village of the Lachin district "
            "many years ago.")
    assert "Lachin District" not in places(text, gazetteer)
    text = "The couple moved here from a small town in the Zangilan district after the first war."
    assert "Zangilan District" not in places(text, gazetteer)


def test_fleeing_a_village_under_fire_is_still_told(gazetteer):
    text = "Dozens fled from a village of the Lachin district when shells hit it on Friday."
    assert "Lachin District" in places(text, gazetteer)


def test_the_city_a_truce_was_brokered_in_is_no_place(gazetteer):
    text = "The shelling of Aghdam resumed a day after a ceasefire brokered in Moscow took effect."
    found = places(text, gazetteer)
    assert "Moscow" not in found
    assert "Aghdam" in found


def test_talks_held_in_a_city_are_not_dropped_by_the_truce_rule(gazetteer):
    text = "Shells landed on Aghdam on Friday."
    assert "Aghdam" in places(text, gazetteer)


def test_a_visit_only_hoped_for_is_no_place(gazetteer):
    assert "Aghdam" not in places("Next spring I hope to visit Aghdam, where the mayor has invited us.", gazetteer)
    assert "Shusha" not in places("My grandfather would like to return to Shusha one day.", gazetteer)


def test_a_visit_made_or_planned_is_still_a_place(gazetteer):
    assert "Aghdam" in places("On Saturday the minister visited Aghdam and met residents.", gazetteer)
    assert "Aghdam" in places("The minister plans to visit Aghdam next week.", gazetteer)
