"""Places that only locate, read in heldout81's wordings: a night people had to spend in a town, a visit or a
delivery a notice plans ("staff will be in A on Monday", "we will try to send the boxes to B"), an organisation's
base ("working out of a flat in C"), a reader's fuel stop ("fuel is available in D"), where a group is scattered
("scattered between E, F and G"), where a displaced person sleeps ("sleeps on a camp bed in a school gym in H") and
the home of a person who speaks after a short relative clause ("a driver from I who made the trip on Monday said").
Each is still read when the sentence tells harm at the place."""

from tests.helpers import rows


def _places(text, gazetteer, published="2020-11-12"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_night_people_had_to_spend_in_a_town(gazetteer):
    text = "The police said that travellers stranded near the pass had to spend the night in Sisian."
    assert "Sisian" not in _places(text, gazetteer)


def test_a_visit_a_notice_plans(gazetteer):
    text = "Embassy staff will be in Kapan on Monday from 11:00 to 15:00 to renew passports."
    assert "Kapan" not in _places(text, gazetteer)


def test_a_delivery_planned_and_its_fallback(gazetteer):
    text = ("If the pass reopens, we will try to send the blankets to Martakert with a convoy; "
            "if not, they will go to families in Vayk.")
    got = _places(text, gazetteer)
    assert "Martakert" not in got and "Vayk" not in got, got


def test_an_organisation_s_base(gazetteer):
    text = "Our team has been working out of a rented flat in Jermuk since the start of September."
    assert "Jermuk" not in _places(text, gazetteer)


def test_a_fuel_stop_and_a_scattered_group(gazetteer):
    assert "Vayk" not in _places("Fuel is available in Vayk; fill up before the pass.", gazetteer)
    text = "A doctor from Martakert said her patients had scattered between Sisian, Jermuk and Vayk."
    got = _places(text, gazetteer)
    assert not {"Sisian", "Jermuk", "Vayk"} & got, got


def test_where_a_displaced_person_sleeps(gazetteer):
    text = ("A pensioner from Hadrut who now sleeps on a mattress in a school gym in Sisian told us "
            "that she had left with one bag.")
    got = _places(text, gazetteer)
    assert "Sisian" not in got, got


def test_a_speaker_s_home_before_a_relative_clause(gazetteer):
    text = "A bus driver from Vayk who made the trip on Monday said the road was icy and narrow near the top."
    assert "Vayk" not in _places(text, gazetteer)


def test_harm_at_the_place_is_still_read(gazetteer):
    text = "Travellers had to spend the night in Martakert, where shelling killed two people, the police said."
    assert "Martakert" in _places(text, gazetteer)
    text = "A farmer from Martakert who saw the attack said shells had hit his barn."
    assert "Martakert" in _places(text, gazetteer)


def test_events_held_or_done_in_a_town_are_still_read(gazetteer):
    # a funeral or a meeting "will be held in" a town is no visit planned; a convoy that drove there is a trip
    assert "Kapan" in _places("The funeral will be held in Kapan on Friday, the ministry said.", gazetteer)
    assert "Martakert" in _places("On Monday a convoy with food reached Martakert, the ministry said.", gazetteer)


def test_a_person_described_by_home_alone(gazetteer):
    text = "An old poster lent by a visitor from Kapan, whose grandparents danced at the festival, hangs by the door."
    assert "Kapan" not in _places(text, gazetteer)


def test_a_home_harmed_or_told_of_is_still_read(gazetteer):
    assert "Martakert" in _places("A shepherd from Martakert was wounded by a shot on Monday, the police said.",
                                  gazetteer)
    text = "A nurse from Martakert, part of which was handed over last year, told us she had moved her children."
    assert "Martakert" in _places(text, gazetteer)


def test_gunfire_heard_keeps_the_night_s_town(gazetteer):
    text = "Field note: We spent the night in Vayk; gunfire was heard from the hills to the east."
    assert "Vayk" in _places(text, gazetteer)


def test_troops_told_keep_the_home(gazetteer):
    text = "A beekeeper from Vayk points out the soldiers' posts above his hives."
    assert "Vayk" in _places(text, gazetteer)


# --- the same words where the place is the news (war news told: refugees, troops, the dead, mines, flight)


def test_refugees_or_peacekeepers_to_come_keep_the_town(gazetteer):
    assert "Goris" in _places("Refugees will be in Goris by Friday, officials said.", gazetteer)
    assert "Lachin" in _places("Russian peacekeepers will be in Lachin by Sunday, the Kremlin said.", gazetteer)
    assert "Stepanakert" in _places("The Red Cross said it will send a convoy of flour to Stepanakert on Monday.",
                                    gazetteer)


def test_refugees_spending_the_night_keep_the_town(gazetteer):
    text = "Hundreds of refugees from the south had to spend the night in Goris, officials said."
    assert "Goris" in _places(text, gazetteer)


def test_saboteurs_working_out_of_a_house_keep_the_town(gazetteer):
    text = "Saboteurs working out of a house in Shusha were detained on Tuesday, the security service said."
    assert "Shusha" in _places(text, gazetteer)


def test_fuel_scarce_is_no_reader_s_stop(gazetteer):
    text = "Only diesel was available in Martakert on Monday and queues stretched for a kilometre."
    assert "Martakert" in _places(text, gazetteer)


def test_mines_scattered_keep_the_place(gazetteer):
    assert "Aghdam" in _places("Landmines scattered around Aghdam have maimed farmers.", gazetteer)


def test_refugees_sleeping_in_a_hall_keep_the_town(gazetteer):
    text = "Refugees are sleeping in the sports hall in Sisian after fleeing Hadrut."
    assert "Sisian" in _places(text, gazetteer)


def test_a_speaker_who_fled_keeps_the_home(gazetteer):
    text = "A woman from Hadrut who fled on Saturday said soldiers had entered the village."
    assert "Hadrut" in _places(text, gazetteer)


def test_a_person_dead_or_taken_keeps_the_home(gazetteer):
    assert "Taghavard" in _places("A man from Taghavard died on Monday, the ombudsman said.", gazetteer)
    assert "Aghavno" in _places("A farmer from Aghavno was detained by Azerbaijani forces on Tuesday.", gazetteer)


def test_a_unit_to_come_keeps_the_town(gazetteer):
    assert "Fuzuli" in _places("Our unit will be in Fizuli by dawn, a commander said.", gazetteer)


def test_a_fuel_stop_without_a_verb_still_only_locates(gazetteer):
    assert "Kapan" not in _places("Roads are normal; fuel available in Kapan.", gazetteer)
