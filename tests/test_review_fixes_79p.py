"""Sentences where the r79 rules misfired: a man "at his desk in Stepanakert when the sirens sounded" was read as an
outlet's desk; "Mark Grigoryan showed Kalbajar on a map" and "On the map, Mark Grigoryan traced the road ... out of
Kalbajar" were read as a worksheet's map task, while "Mark on the outline map the towns of A, B and C" was not; a
question to "you" that tells of shelling ("How could you sleep in Tartar when shells were falling all night?") lost
its place; "The bridge, which links Horadiz with Aghband, was shelled overnight" lost the bridge's ends (the harm
after the clause's comma was not looked at); and "the town near the Azeri border" (or "the Persian border") was
still blocked as if "Azeri" were an unknown village, the nation adjectives being a short list of their own instead
of the lexicon's."""

from tests.helpers import place_layers, rows


def _names(text, gazetteer, published="2021-06-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_man_at_his_desk_in_a_town_is_no_outlet_s_seat(gazetteer):
    text = "He was at his desk in Stepanakert when the sirens sounded and the lights went out."
    assert "Stepanakert" in _names(text, gazetteer, "2020-10-06")


def test_a_first_name_before_a_map_is_no_map_task(gazetteer):
    text = "Mark Grigoryan showed Kalbajar on a map to reporters on Monday."
    assert "Kalbajar" in _names(text, gazetteer)
    text = "On the map, Mark Grigoryan traced the road he took out of Kalbajar in 1993."
    assert "Kalbajar" in _names(text, gazetteer)


def test_a_map_task_with_the_map_right_after_the_verb(gazetteer):
    assert not _names("Mark on the outline map the towns of Goris, Sisian and Kapan.", gazetteer)
    assert not _names("Mark the towns of Goris and Sisian on the map.", gazetteer)


def test_a_question_to_you_that_tells_of_shelling_keeps_its_place(gazetteer):
    text = "How could you sleep in Tartar when shells were falling all night?"
    assert place_layers(text, gazetteer, "2020-10-06").get("Tartar") == "shelling"
    text = "Shelling in Tartar went on all night; how can you call that a ceasefire?"
    assert place_layers(text, gazetteer, "2020-10-06").get("Tartar") == "shelling"


def test_a_bridge_shelled_after_its_links_clause_keeps_its_ends(gazetteer):
    text = "The bridge, which links Horadiz with Aghband, was shelled overnight, the ministry said."
    assert {"Horadiz", "Aghband"} <= _names(text, gazetteer, "2020-10-20")


def test_any_nation_s_adjective_does_not_block_the_town(gazetteer):
    for adjective in ("Azeri", "Persian"):
        text = ("The army said it had captured the town of Zangilan on Tuesday.\n\n"
                f"Shells fell on the town near the {adjective} border on Wednesday, the ministry said.")
        bare = [c["place_name"] for c in rows(text, gazetteer, "2020-10-22") if "backref" in c["match"]]
        assert bare == ["Zangilan"]
