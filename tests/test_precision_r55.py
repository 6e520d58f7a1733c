"""Places that only locate, read on heldout55 (r55p): a transcript's speaker label in capitals that is also a
village's name ("ARPI: ..."), a person after a rank written before an area ("Colonel X Y in the Z district"), a
caller's or a letter writer's place ("on the line from A", "I write from B"), a namesake told apart ("not to be
confused with the town of C") and a glossary's verbless description of a place ("A village of Tavush province.")
give no event; fire denied as an act not done ("had not launched any attacks") is read as a denial."""
import datetime as dt

from geo.extract import extract_text
from geo.extract.cues import cue_hits


def _places(text, day=dt.date(2020, 7, 20)):
    return [name for c in extract_text(text, day) for name in c["place_name"].split(";")]


def test_recurring_speaker_label_is_no_place():
    text = ("ARPI: Welcome back to the evening programme.\n"
            "ARPI: The ministry says its posts near Chinari came under mortar fire overnight.\n"
            "SEDA: We heard it all night.")
    places = _places(text)
    assert "Arpi" not in places
    assert "Chinari" in places


def test_place_heading_once_with_a_colon_is_still_read():
    text = "GORIS: Shells hit two houses on the edge of Goris on Monday, the town's mayor said."
    assert "Goris" in _places(text)


def test_person_after_a_rank_before_a_district_is_no_village():
    text = ("Shelling on Monday killed Lieutenant Colonel Rashad Guliyev and Captain Elnur Abbasov in the Tovuz "
            "district, the ministry said.")
    places = _places(text)
    assert "Elnur Abbasov" not in places and "Rashad Guliyev" not in places


def test_unknown_village_before_a_district_is_still_read():
    assert "Garayusifli" in _places("Shells hit Garayusifli in the Barda district on Monday.")


def test_callers_place_is_no_event():
    text = ("Our next caller is Anush, who is on the line from Goris.\n"
            "Now Vardan, calling from Yerevan about his pension.\n"
            "Sir, I write from Tovuz town, where I teach history.")
    assert _places(text) == []


def test_callers_place_with_fire_told_there_stays():
    text = "Our correspondent is on the line from Goris, where shells hit two houses last night."
    assert "Goris" in _places(text)


def test_namesake_told_apart_is_no_event():
    text = "Yukhari Askipara, not to be confused with the village of Ashagi Askipara, was shelled on Monday."
    places = _places(text)
    assert "Ashagi Askipara" not in places
    assert places == ["Yukhari Askipara"]


def test_glossary_description_of_a_place_is_no_event():
    text = ("A village of Tavush province.\n"
            "A small Gazakh village.\n"
            "A village of Tavush province, opposite Tovuz.\n"
            "A village of the Gazakh district of Azerbaijan, not to be confused with the town of Aghdam east of "
            "Karabakh.")
    assert _places(text) == []


def test_description_with_a_verb_and_fire_is_still_an_event():
    assert _places("A village of Tavush province was shelled on Monday.")


def test_attacks_not_launched_are_a_denial():
    hits = cue_hits("The ministry said the army had not launched any attacks near Gazakh.")
    assert [h.kind for h in hits if h.layer == "shelling"] == ["denial"]


def test_bare_name_again_after_its_bracketed_area_is_the_same_village():
    text = ("Agdam (Tovuz): the district office said on 20 July that Agdam was among the villages hit by shelling "
            "that week.")
    found = _places(text)
    assert "Aghdam" not in found
    assert found == ["Agdam (Tovuz)"]


def test_area_written_before_villages_only_locates_them():
    text = "Shells damaged houses in Dondar Gushchu, one of the four Tovuz villages hit on Monday."
    places = _places(text)
    assert "Tovuz" not in places and "Tovuz District" not in places
    assert places == ["Dondar Quşçu"]


def test_damage_counted_across_a_province_is_fire_not_a_route():
    text = ("The governor said on Friday that Azerbaijani fire had caused 40 cases of damage across Tavush, counting "
            "houses, roofs, cars and cattle.")
    found = {c["place_name"]: c["layer"] for c in extract_text(text, dt.date(2020, 7, 20))}
    assert found == {"Tavush Province": "shelling"}


def test_trucks_driving_across_a_bridge_are_still_a_route():
    found = {c["place_name"]: c["layer"] for c in
             extract_text("Trucks drove across the Hakari bridge into Lachin on Monday.", dt.date(2020, 7, 20))}
    assert set(found.values()) == {"corridors"}
