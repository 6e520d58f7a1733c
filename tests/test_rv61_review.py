"""Sentences worded otherwise than the sets the rules came from: where they must fire and where they must not."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 9, 20)


def _events(sentence):
    return extract_text(sentence, DAY)


def _by_place(sentence):
    return {p: e for e in _events(sentence) for p in e["place"].split(";")}


def test_people_from_a_list_who_came_under_fire_keep_their_homes():
    events = _by_place("People from Sotk, Kut and other villages came under fire on Tuesday as they tried to reach "
                       "Vardenis.")
    assert {"Sotk", "Kut"} <= set(events)
    assert events["Sotk"]["layer"] == "shelling"
    assert events["Sotk"]["start_date"] == "2022-09-20"


def test_people_from_a_list_whose_homes_were_shelled_keep_them():
    events = _by_place("Residents from Tegh, Kornidzor and other villages arrived in Goris after Azerbaijani "
                       "shelling destroyed their homes.")
    assert {"Tegh", "Kornidzor"} <= set(events)


def test_mooted_border_work_keeps_a_section_where_something_happened():
    events = _by_place("The demarcation could begin on the section from Tegh to Kornidzor, where Azerbaijani troops "
                       "advanced on Tuesday.")
    assert {"Tegh", "Kornidzor"} <= set(events)
    assert "Kirants" in _by_place("The delimitation may start near Kirants, where the road has been blocked since "
                                  "Tuesday.")


def test_mooted_border_work_alone_still_drops_the_section():
    assert not _events("The demarcation could begin on the section from Tegh to Kornidzor next spring, officials said.")


def test_a_stretch_is_still_a_road_beside_border_guards():
    events = _events("Trucks on the stretch from Goris to Kornidzor were stopped as the border guards checked them.")
    assert [(e["place"], e["layer"]) for e in events] == [("Goris;Kornidzor", "corridors")]
    events = _events("The stretch from Goris to Kapan was closed on Tuesday, the Border Guard Service said.")
    assert [(e["place"], e["layer"]) for e in events] == [("Goris;Kapan", "corridors")]


def test_a_stretch_of_the_front_is_no_road():
    events = _by_place("Azerbaijani positions along the stretch from Tegh to Kornidzor were shelled on Tuesday.")
    assert {"Tegh", "Kornidzor"} <= set(events)
    assert events["Tegh"]["layer"] == "shelling"


def test_an_outlet_s_own_head_or_board_is_the_outlet():
    events = _events("RT head Margarita Simonyan said Azerbaijani troops shelled Jermuk on Tuesday.")
    assert [e["claimed_by"] for e in events] == ["Russian media"]
    events = _events("APA council members said Armenian forces fired on Kalbajar on Tuesday.")
    assert [e["claimed_by"] for e in events] == ["Azerbaijani media"]


def _story(text):
    return extract_text(text, DAY)


def test_the_mayor_named_in_full_stays_the_mayor_beside_a_former_or_deputy_mayor_or_staff():
    opening = "The mayor of Kapan, Gevorg Parsyan, visited the town hall on Monday. "
    closing = " Shells fell on Shikahogh on Tuesday, according to the mayor."
    for middle in ("Former mayor Ashot Hayrapetyan was also there.", "Deputy mayor Ashot Hayrapetyan was also there.",
                   "Anna Grigoryan, the mayor's spokeswoman, was also there."):
        events = _story(opening + middle + closing)
        assert [(e["place"], e["claimed_by"]) for e in events] == [("Shikahogh", "Gevorg Parsyan")], middle


def test_a_seat_s_bracketed_name_in_another_spelling_is_no_place():
    events = _events("The defence ministry in Baku (Baki) said Armenian forces shelled Tovuz on Tuesday.")
    assert [(e["place"], e["claimed_by"]) for e in events] == [("Tovuz", "Azerbaijani MoD")]
    # the seat's building struck stays
    assert "Stepanakert" in _by_place("Azerbaijani drones struck the parliament in Stepanakert (Khankendi), the "
                                      "ministry said.")
