"""Review of the heldout111 rules: armed men clashing with police or with "officers of" a guard fight, no protest;
"That day" opening a sentence gives the year told before only to the day right after it, not to a day a speaker
said something on further on; the rules that held (a week heading, a letter signed by a first name, "once told",
a police chain, stun grenades, "had come under fire") keep their readings."""
import datetime as dt

from geo.extract.pipeline import extract_text

PUBLISHED = dt.date(2024, 5, 20)


def _events(text, gazetteer):
    return [(e["place"], e["layer"], str(e["start_date"]), e["claimed_by"])
            for e in extract_text(text, PUBLISHED, gazetteer=gazetteer)]


def _layers(text, gazetteer, place):
    return [e[1] for e in _events(text, gazetteer) if e[0] == place]


def test_troops_clashing_with_officers_of_a_guard_fight(gazetteer):
    text = ("Azerbaijani troops clashed with officers of the Armenian border guard near Tegh on Sunday, the Armenian "
            "defence ministry said.")
    assert _layers(text, gazetteer, "Tegh") == ["shelling"]


def test_soldiers_clashing_with_police_officers_fight(gazetteer):
    text = "Soldiers clashed with police officers near Kapan on Sunday, the ministry said."
    assert _layers(text, gazetteer, "Kapan") == ["shelling"]


def test_protesters_clashing_with_police_still_protest(gazetteer):
    text = "Protesters clashed with police in Yerevan on Sunday."
    assert _layers(text, gazetteer, "Yerevan") == ["other"]


def test_protesters_clashing_with_officers_still_protest(gazetteer):
    text = "Protesters clashed with officers outside the ministry in Yerevan on Sunday."
    assert _layers(text, gazetteer, "Yerevan") == ["other"]


def test_that_day_leaves_a_day_said_further_on(gazetteer):
    text = ("The village was shelled often in 1992. That day, shells hit Berd again, the head of the community said "
            "on 18 May.")
    dates = [e[2] for e in _events(text, gazetteer) if e[0] == "Berd"]
    assert dates and all(d.startswith("2024") for d in dates)


def test_that_morning_right_before_its_day_still_takes_the_year(gazetteer):
    text = "He never forgot the day the war began in 1992. That morning, on 13 June, shells hit Martakert."
    dates = [e[2] for e in _events(text, gazetteer) if e[0] == "Martakert"]
    assert dates == ["1992-06-13"]


def test_a_letter_from_a_first_name_with_its_full_name_is_no_place(gazetteer):
    text = "A letter from Ararat reached us on 18 May: the road to Kirants was closed. Ararat Petrosyan wrote it."
    assert "Ararat" not in [e[0] for e in _events(text, gazetteer)]


def test_stun_grenades_thrown_are_no_fire(gazetteer):
    text = "Police threw stun grenades at protesters near Kirants on Sunday."
    assert "shelling" not in _layers(text, gazetteer, "Kirants")


def test_a_human_chain_is_no_checkpoint(gazetteer):
    text = "Villagers formed a human chain along the road to Kirants on Sunday."
    assert "checkpoints" not in _layers(text, gazetteer, "Kirants")


def test_a_village_that_had_come_under_fire(gazetteer):
    text = "Tegh had come under Azerbaijani fire on Saturday, the Armenian defence ministry said."
    assert _events(text, gazetteer) == [("Tegh", "shelling", "2024-05-18", "Armenian MoD")]


def test_a_village_whose_first_word_is_upper_names_no_person():
    from geo.extract.frames import full_name_firsts, surnames_in
    text = "Yukhari Maralyan came under fire. Karen Hovsepyan wrote the note."
    assert full_name_firsts(text) == {"Karen"}
    assert surnames_in(text) == {"Hovsepyan"}


def test_protesters_clashing_with_police_and_security_forces_still_protest(gazetteer):
    text = "Protesters clashed with police and security forces in Yerevan on Sunday."
    assert _layers(text, gazetteer, "Yerevan") == ["other"]
