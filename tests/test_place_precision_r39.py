"""Places that only say who someone is or where something lies are no events: a page's routine sections (police
notes, court notices, letters, a diary), its contents line and a bulletin's other news; helpers and speakers named by
their home town; the head of an enlarged community; a town set between commas to locate the place before it; the ends
of a road rerouted near a village; a capital's statement, its reading of events and a columnist's town; a match's
venue; the seat of an office that speaks of villages."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 9, 20)


def _places(text, gazetteer, day=DAY):
    return {name for c in extract_text(text, day, gazetteer) for name in c["place_name"].split(";")}


def _rows(text, gazetteer, day=DAY):
    return [(c["place_name"], c["layer"]) for c in extract_text(text, day, gazetteer)]


def test_police_notes_and_letters_of_a_page_are_not_news(gazetteer):
    text = ("LAKE DISTRICT COURIER\n\nShots near the line\n\n"
            "Azerbaijani troops fired on Sotk overnight, the village head said on Monday.\n\n"
            "POLICE NOTES\n\nA bicycle was stolen from a yard in Vardenis.\n\n"
            "A driver was fined in Gavar for parking on the pavement.\n\n"
            "LETTERS\n\nA reader in Martuni asks when the bus stop will get a roof.\n")
    found = _places(text, gazetteer)
    assert "Sotk" in found, found
    assert not found & {"Vardenis", "Gavar", "Khojavend", "Martuni"}, found


def test_a_section_after_the_notes_is_news_again(gazetteer):
    text = ("REGIONAL PAGE\n\nNews from the lake shore\n\nThe ferry timetable changes on Monday.\n\n"
            "POLICE NOTES\n\nA calf went missing in Gavar.\n\n"
            "THE BORDER\n\nAzerbaijani forces shelled Sotk on Sunday, the ministry said.\n")
    found = _places(text, gazetteer)
    assert "Sotk" in found and "Gavar" not in found, found


def test_a_contents_line_and_a_diary_are_not_news(gazetteer):
    text = ("FREIGHT NOTES\n\nIn this issue: the Ijevan detours; Dilijan roadworks; diary.\n\n"
            "Azerbaijani troops fired at lorries near Berd on Monday, drivers said.\n\n"
            "4. DIARY\n\n14 October: drivers' meeting in Dilijan.\n")
    found = _places(text, gazetteer)
    assert "Berd" in found, found
    assert not found & {"Ijevan", "Dilijan"}, found


def test_firefighters_from_towns_are_not_where_the_fire_was(gazetteer):
    text = ("Firefighters from Gavar and Vardenis worked for two nights on the burning pastures above Sotk, the "
            "rescue service said.")
    found = _places(text, gazetteer)
    assert "Sotk" in found and not found & {"Gavar", "Vardenis"}, found


def test_officers_from_a_base_taking_part_are_not_an_event_there(gazetteer):
    text = ("Azerbaijani troops stayed on the shore of Sev Lake; Russian officers from the base at Gyumri are taking "
            "part in the talks.")
    assert "Gyumri" not in _places(text, gazetteer)


def test_a_friend_from_a_village_who_speaks_is_a_speaker(gazetteer):
    text = "On Monday a friend from Akner told me that soldiers had dug in at Sev Lake."
    found = _places(text, gazetteer)
    assert "Akner" not in found, found


def test_a_person_from_a_village_that_was_handed_over_keeps_the_village(gazetteer):
    text = "A teacher from Shurnukh, half of which was handed to Azerbaijan in December, said the school is now closed."
    assert "Shurnukh" in _places(text, gazetteer)


def test_the_head_of_an_enlarged_community_is_an_office(gazetteer):
    text = ("The fires near Sotk and Kut are out, the head of the enlarged Geghamasar community told reporters on "
            "Monday.")
    found = _places(text, gazetteer)
    assert {"Sotk", "Kut"} <= found and "Geghamasar" not in found, found


def test_a_town_between_commas_locates_the_village_before_it(gazetteer):
    text = ("Residents of Khachik, about ten kilometres from Areni, said Azerbaijani soldiers fired at the village "
            "on Monday.")
    found = _places(text, gazetteer)
    assert "Khachik" in found and "Areni" not in found, found
    text = "Villagers in Yelpin, near Yeghegnadzor, said a bullet hit a parked car on Monday."
    found = _places(text, gazetteer)
    assert "Yelpin" in found and "Yeghegnadzor" not in found, found


def test_a_road_rerouted_near_a_village_is_news_at_the_village(gazetteer):
    text = "Officials said the Ijevan-Noyemberyan road will be rerouted near Kirants this summer."
    found = _places(text, gazetteer)
    assert "Kirants" in found and not found & {"Ijevan", "Noyemberyan"}, found


def test_a_capital_statement_and_a_columnist_town_are_no_events(gazetteer):
    text = "There was no statement from Baku about the shooting at Sotk, the ministry noted."
    found = _places(text, gazetteer)
    assert "Baku" not in found and "Sotk" in found, found
    text = "One columnist in Yerevan wrote that the shelling of Jermuk was a warning."
    found = _places(text, gazetteer)
    assert "Yerevan" not in found and "Jermuk" in found, found


def test_an_office_seat_speaking_of_villages_is_no_event(gazetteer):
    text = "In Gavar, the regional administration says it has no plans to move anyone out of Sotk and Kut."
    found = _places(text, gazetteer)
    assert "Gavar" not in found and "Sotk" in found, found
    text = "In Goris, officials said shelling had damaged two houses on the edge of town."
    assert "Goris" in _places(text, gazetteer)


def test_a_bulletin_s_other_news_is_not_the_news(gazetteer):
    text = "PRESENTER: In other news tonight, the heat wave continues, with 41 degrees expected in Artashat."
    assert "Artashat" not in _places(text, gazetteer)
    text = "Meghri: the heat wave continued, with 39 degrees recorded on Wednesday in the town centre."
    assert "Meghri" in _places(text, gazetteer)


def test_a_capital_that_remembers_or_reads_is_no_event(gazetteer):
    text = "The shelling of Tartar in 1993 is remembered in Baku every year."
    found = _places(text, gazetteer)
    assert "Baku" not in found and "Tartar" in found, found
    text = "Azerbaijani rockets hit a school in Yerevan, the ministry reported in a statement."
    assert "Yerevan" in _places(text, gazetteer)


def test_a_match_venue_is_no_event(gazetteer):
    text = "And in football, the Goris youth team lost two-nil in Yerevan on Sunday."
    assert "Yerevan" not in _places(text, gazetteer)
    text = "In football, Tavush's under-17 team won 3-1 in Gyumri."
    assert not _places(text, gazetteer) & {"Tavush Province", "Gyumri"}
