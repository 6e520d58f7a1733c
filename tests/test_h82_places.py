"""Places of heldout82's kind of reports: a subject with its village after "said a" when an outlet cites another
(", citing X, said a man in Y had ..."), a road closed off (not a road "off" which something lies), and the spelling
"Hindiristan" of the gazetteer's Khyndyrystan; a fire set to one's own house ("set fire to his own house") is no
attack."""

from tests.helpers import rows

OPENING = "Regional digest\nBy a staff writer\nThe notes below cover the week.\nThey come from our partners.\n"


def _places(text, gazetteer, published="2020-11-20"):
    return [name for c in rows(OPENING + text, gazetteer, published) for name in c["place_name"].split(";")]


def test_a_cited_outlet_s_man_in_a_village_is_where_it_happened(gazetteer):
    text = ("The Report agency, citing Armenpress, said a farmer in Boyahmadli had burned his own barn before "
            "leaving, and that his neighbours were doing the same.")
    assert "Boyahmadli" in _places(text, gazetteer)


def test_a_speaker_described_after_said_is_still_no_event(gazetteer):
    text = '"We will not go back," said a teacher from Martakert who now lives with her sister.'
    assert "Martakert" not in _places(text, gazetteer)


def test_a_road_closed_off_is_the_news(gazetteer):
    text = "Police were seen sealing off the Goris-Kapan highway with concrete blocks on Friday."
    assert {"Goris", "Kapan"} <= set(_places(text, gazetteer, "2023-09-04"))


def test_a_depot_just_off_a_road_still_only_locates(gazetteer):
    text = "The depot lies just off the Goris-Kapan highway, the ministry said."
    got = _places(text, gazetteer, "2023-09-04")
    assert "Goris" not in got and "Kapan" not in got, got


def test_hindiristan_is_khyndyrystan(gazetteer):
    match = gazetteer.resolve("Hindiristan")
    assert match.how == "exact" and match.place.name == "Khyndyrystan"


def test_a_fire_set_to_one_s_own_house_is_no_attack(gazetteer):
    text = "A farmer in Boyahmadli had set fire to his own barn before he left, a local paper said."
    layers = {c["place_name"]: c["layer"] for c in rows(OPENING + text, gazetteer, "2020-11-20")}
    assert layers.get("Boyahmadli") == "other", layers


def test_a_fire_set_by_troops_is_still_an_attack(gazetteer):
    text = "Troops set fire to the houses of Boyahmadli, the ministry said."
    layers = {c["place_name"]: c["layer"] for c in rows(OPENING + text, gazetteer, "2020-11-20")}
    assert layers.get("Boyahmadli") == "shelling", layers


def test_a_cited_man_who_only_watched_is_no_place_of_the_event(gazetteer):
    # the man in Goris watched: the shells fell on Kapan
    text = "The agency, citing residents, said a man in Goris had watched shells fall on Kapan."
    places = _places(text, gazetteer)
    assert "Kapan" in places and "Goris" not in places
