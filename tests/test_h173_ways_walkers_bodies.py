"""Vehicles through a post with both ends named, visitors named by their home, and two bodies' names.

* Vehicles that "went through the checkpoint from A to B" are on their way: A and B are the way's ends (corridors);
  a post passed with no ends named, or troops going through, stay as they were.
* "two walkers from X", "a photographer from Y": who the visitors are, no event at their home (as older sets leave
  them); the same people hurt are still news there.
* The Karabakh assembly's deputies are read as the Karabakh authorities, however the assembly is written.
"""

from geo.extract.actors import canonical_actor
from tests.helpers import rows


def _layers(text, gazetteer, published="2023-09-20"):
    return [(c["place_name"], c["layer"]) for c in rows(text, gazetteer, published)]


def _places(text, gazetteer, published="2023-09-20"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# -- a post passed on the way from A to B ------------------------------------------------------------------------------

def test_ambulances_through_a_post_from_one_town_to_another_are_on_their_way(gazetteer):
    got = _layers("On Tuesday four ambulances went through the border checkpoint from Stepanakert to Goris.", gazetteer)
    assert got and all(layer == "corridors" for _, layer in got), got


def test_lorries_passed_through_a_named_post_from_a_to_b(gazetteer):
    got = _layers("Aid lorries had passed through the Aghavno checkpoint from Khankendi to Kornidzor, the agency said.",
                  gazetteer)
    layers = dict(got)
    assert any("Stepanakert" in p and layer == "corridors" for p, layer in got), got
    assert any("Kornidzor" in p and layer == "corridors" for p, layer in got), layers


def test_a_post_passed_with_no_ends_named_stays_a_post(gazetteer):
    got = _layers("On Tuesday four ambulances went through the checkpoint near Stepanakert.", gazetteer)
    assert ("Stepanakert", "checkpoints") in got, got


def test_troops_through_a_post_from_a_to_b_are_no_journey(gazetteer):
    got = _layers("On Tuesday troops went through the checkpoint from Stepanakert to Goris.", gazetteer)
    assert got and all(layer != "corridors" for _, layer in got), got


# -- visitors named by their home --------------------------------------------------------------------------------------

def test_walkers_named_by_their_home_only_locate(gazetteer):
    assert "Ganja" not in _places("Guests at the hut this month: three walkers from Ganja and a lost dog.", gazetteer)


def test_a_photographer_named_by_his_home_only_locates(gazetteer):
    assert "Gyumri" not in _places("A photographer from Gyumri slept in the barn on Tuesday.", gazetteer)


def test_walkers_hurt_are_still_news_at_their_home(gazetteer):
    assert "Ganja" in _places("Two walkers from Ganja were hurt when shells hit the town on Monday.", gazetteer)


# -- bodies written several ways ---------------------------------------------------------------------------------------

def test_the_karabakh_assembly_written_several_ways_is_one_body():
    assert canonical_actor("deputies of the Karabakh assembly") == "Nagorno-Karabakh authorities"
    assert canonical_actor("the Artsakh assembly") == canonical_actor("Artsakh National Assembly")


def test_an_assembly_of_another_country_is_no_karabakh_body():
    assert canonical_actor("the Karabakh assembly") != canonical_actor("the Armenian parliament")
