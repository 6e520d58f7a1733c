"""Fire at a list of positions, fire at a house taken up again, posts put up at a village."""
import datetime as dt

from geo.extract import extract_text


def _events(text):
    return [(name, e["layer"]) for e in extract_text(text, dt.date(2017, 3, 18)) for name in e["place"].split(";")]


def test_positions_at_a_long_list_of_villages_that_came_under_fire_are_fired_on():
    text = ("The ministry said on Friday that its positions at Berdavan, Koti and Nerkin Karmiraghbyur, in the "
            "Tavush province, had come under fire.")
    events = _events(text)
    for village in ("Berdavan", "Koti", "Nerkin Karmiraghbyur"):
        assert (village, "shelling") in events


def test_a_list_of_villages_named_far_from_a_later_fire_in_another_clause_stays_a_mention():
    # negative case: the fire is told of another place after a clause break
    text = ("The ministry said on Friday that its officers visited Berdavan, Koti and Nerkin Karmiraghbyur; "
            "elsewhere a post near Gazakh came under fire.")
    events = _events(text)
    assert ("Berdavan", "shelling") not in events


def test_a_house_named_with_its_village_and_taken_up_again_as_set_alight_is_fire_there():
    text = ("The army said that an old man was hurt in his house in Chinari, in the Tavush province, and that "
            "incendiary bullets set the house on fire.")
    assert ("Chinari", "shelling") in _events(text)


def test_a_house_named_with_its_village_and_taken_up_again_as_repaired_is_no_fire():
    # negative case: what befell the house is no fire
    text = "The army said that an old man was hurt in his house in Chinari, and that the house was repaired later."
    assert ("Chinari", "shelling") not in _events(text)


def test_posts_that_had_been_put_up_at_a_village_are_checkpoints():
    text = "The commander told the minister that four such posts had been put up at Koti."
    assert ("Koti", "checkpoints") in _events(text)


def test_posters_put_up_at_a_village_are_no_checkpoint():
    # negative case: not a post
    text = "The commander said that four posters had been put up at Koti."
    assert ("Koti", "checkpoints") not in _events(text)
