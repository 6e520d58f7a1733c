"""Fire told after those coming back from a post near a village is the fire's news at the village."""
import datetime as dt

from geo.extract import extract_text


def _events(text, day=dt.date(2023, 10, 5)):
    return [(name, e["layer"], e["claimed_by"]) for e in extract_text(text, day) for name in e["place"].split(";")]


def _layers(text):
    return {(name, layer) for name, layer, _ in _events(text)}


# fire on those coming back from a post, told after the post's place

def test_fire_told_after_the_way_back_from_a_post():
    rows = _layers("The army said a jeep of its engineers, coming back from an observation post near Chankatagh, "
                   "came under heavy fire at dusk.")
    assert ("Chankatagh", "shelling") in rows


def test_fire_told_after_the_way_back_without_commas():
    rows = _layers("The ministry said a patrol car returning from an observation post near Chankatagh came under "
                   "mortar fire.")
    assert ("Chankatagh", "shelling") in rows


def test_way_back_from_a_post_with_no_fire_is_not_shelling():
    # negative case: no fire at all, the post stays what is told
    rows = _layers("Peacekeepers returning from an observation post near Chankatagh said the night had been quiet.")
    assert ("Chankatagh", "shelling") not in rows
