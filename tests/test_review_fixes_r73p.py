"""Sentences where the r73p rules misfired: a town troops attacked or fired from with no capture told ("Troops
attacking from Kalbajar shelled the village of Talish", "Artillery striking from Aghdam hit Askeran", "Troops
attacking from Aghdam were beaten back near Askeran"), a town people came from whose own capture is told ("She came
from Shusha, which was seized in November, to Yerevan"), a capital where something was sighted while something else
went on ("Drones were seen in Yerevan as the sirens sounded"), a capital where people protested against a decree
("Thousands protested against the decree in Baku on Sunday") and, the other way, a decree in Yerevan that joined
villages (the capital was looked up as written, and the capitals are kept by their name keys), a caller's own town
whose harm the caller tells with no other place ("HAYK (caller, Berd): They shelled our street again last night",
"Shelling (Berd): two houses were hit overnight"), and the name of a treaty read as the village of that name ("the
Treaty of Gulistan of 1813"). The two rules dropping the town a force set out from are now one: a capture must be
told, a way on to another place or the town's own capture keeps it, a day after the town ("from X on Monday") does
not."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="2021-06-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# --- the town a force set out from (one rule)


def test_a_town_troops_fired_from_with_no_capture_told_is_kept(gazetteer):
    found = places("Troops attacking from Kalbajar shelled the village of Talish through the night.", gazetteer)
    assert {"Kalbajar", "Talish"} <= found
    assert {"Aghdam", "Askeran"} <= places("Artillery striking from Aghdam hit Askeran overnight.", gazetteer)


def test_a_town_an_attack_came_from_when_nothing_was_taken_is_kept(gazetteer):
    found = places("Troops attacking from Aghdam were beaten back near Askeran on Monday.", gazetteer)
    assert "Aghdam" in found


def test_a_town_whose_own_capture_is_told_is_not_a_starting_point(gazetteer):
    assert "Shusha" in places("She came from Shusha, which was seized in November, to Yerevan.", gazetteer)


def test_a_column_that_set_out_on_a_day_still_only_locates_its_start(gazetteer):
    found = places("A column advancing from Fizuli on Monday seized Hadrut.", gazetteer)
    assert "Hadrut" in found and "Fuzuli" not in found
    found = places("Tanks attacking from the direction of Aghdam took Askeran.", gazetteer)
    assert "Askeran" in found and "Aghdam" not in found


# --- a capital where something was seen, a decree in the capital


def test_something_sighted_in_the_capital_while_something_went_on_is_an_event_there(gazetteer):
    assert "Yerevan" in places("Drones were seen in Yerevan as the sirens sounded late on Friday.", gazetteer)
    assert "Baku" in places("Smoke was seen in Baku as a fire spread through the port, residents said.", gazetteer)


def test_a_judgement_held_in_the_capital_is_still_no_event_there(gazetteer):
    assert "Baku" not in places("The retreat is still seen in Baku as a calculated move.", gazetteer)


def test_a_protest_against_a_decree_in_the_capital_is_an_event_there(gazetteer):
    text = "Thousands protested against the decree in Baku on Sunday as shelling went on near Tartar."
    assert "Baku" in places(text, gazetteer)


def test_a_decree_in_the_capital_that_had_joined_villages_is_no_event_there(gazetteer):
    text = "In 1962 a decree in Yerevan had joined the villages near Berd to the Tavush district."
    assert "Yerevan" not in places(text, gazetteer)
    text = "In 1930 a decree in Yerevan joined the villages around Kalbajar to a new district."
    assert "Yerevan" not in places(text, gazetteer)


# --- a caller's town in the speaker tag


def test_a_caller_telling_of_shelling_with_no_other_place_speaks_of_the_own_town(gazetteer):
    assert place_layers("HAYK (caller, Berd): They shelled our street again last night.", gazetteer).get("Berd") \
        == "shelling"


def test_a_heading_in_brackets_before_a_colon_is_no_caller(gazetteer):
    assert "Berd" in places("Shelling (Berd): two houses were hit overnight.", gazetteer)


def test_a_caller_s_tag_with_nothing_happening_is_still_no_place(gazetteer):
    assert "Berd" not in places("ARMEN (Berd): My son serves near the border.", gazetteer)


# --- a treaty's name


def test_a_treaty_named_after_a_village_is_no_place(gazetteer):
    assert "Gulistan" not in places("Under the Treaty of Gulistan of 1813, Karabakh passed to Russia.", gazetteer)
    assert "Gulistan" not in places("The Gulistan treaty of 1813 ended the war.", gazetteer)
    assert "Gulistan" in places("Troops shelled Gulistan overnight, the ministry said.", gazetteer)
