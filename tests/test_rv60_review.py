"""Sentences worded apart from the sets the rules came from: each rule fires where it should and no further."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 9, 1)


def _events(text, gazetteer):
    return extract_text(text, DAY, gazetteer, source="test")


def _found(text, gazetteer):
    return [(e["place"], e["layer"]) for e in _events(text, gazetteer)]


# a mayor named once in full: not a place in apposition, nor another holder of the title

def test_place_apposed_to_the_mayor_is_no_mayor(gazetteer):
    events = _events("The mayor of Kapan, Syunik Province's capital, said the town was shelled on Tuesday.\n"
                     "Goris was shelled on Wednesday, the mayor said.", gazetteer)
    goris = [e for e in events if e["place"] == "Goris"]
    assert goris and "Province" not in goris[0]["claimed_by"]


def test_former_mayor_is_not_the_mayor_named(gazetteer):
    events = _events("Mayor Arush Arushanyan said Goris was calm. The former mayor said Goris was shelled on Tuesday.",
                     gazetteer)
    shelled = [e for e in events if e["layer"] == "shelling"]
    assert shelled and shelled[0]["claimed_by"] != "Arush Arushanyan"


def test_mayor_named_once_then_title(gazetteer):
    events = _events("The mayor of Kapan, Gevorg Parsyan, visited the town on Monday.\n"
                     "Kapan was shelled on Tuesday, the mayor said.", gazetteer)
    assert [(e["place"], e["claimed_by"]) for e in events] == [("Kapan", "Gevorg Parsyan")]


# the places something is said to matter for: the fire at a thing that matters to a place, or a siege told after it,
# keeps the place

def test_shelled_positions_important_to_a_village(gazetteer):
    events = _events("Azerbaijani forces shelled positions that are important to Sotk on Tuesday.", gazetteer)
    assert [(e["place"], e["layer"], e["start_date"]) for e in events] == [("Sotk", "shelling", "2021-08-31")]


def test_crucial_for_a_town_under_blockade(gazetteer):
    assert _found("The water supply is crucial for Stepanakert, which has been under blockade since Tuesday.",
                  gazetteer) == [("Stepanakert", "corridors")]


def test_matters_for_still_drops_the_places_alone(gazetteer):
    assert _found("The road matters for Kapan and for the nearby villages of Tegh and Kornidzor.", gazetteer) == []
    assert _found("The decision is important for Goris, residents said.", gazetteer) == []


# a person from the area of a town: fire at the area told in a clause of its own keeps the area

def test_area_of_origin_told_as_shelled(gazetteer):
    events = _events("A resident from the Tegh area, where shells fell on Tuesday, said he fled to Goris.", gazetteer)
    assert ("Tegh", "shelling", "2021-08-31") in [(e["place"], e["layer"], e["start_date"]) for e in events]


def test_area_of_origin_with_another_scene_still_dropped(gazetteer):
    assert [e["place"] for e in _events("A volunteer from the Goris area said Tegh was shelled on Tuesday.",
                                        gazetteer)] == ["Tegh"]


# an outlet's one-word name shared with a place: the place's people or offices stay the place's

def test_district_residents_are_no_channel(gazetteer):
    events = _events("Kentron residents said a shell fell on the district on Tuesday.", gazetteer)
    assert [(e["place"], e["claimed_by"]) for e in events] == [("Kentron", "residents")]


def test_district_administration_is_no_channel(gazetteer):
    events = _events("Tegh was shelled on Tuesday, according to the Kentron administration.", gazetteer)
    assert [e["place"] for e in events] == ["Tegh"] and events[0]["claimed_by"] != "Armenian media"


def test_channel_heard_as_source_stays(gazetteer):
    events = _events("Tegh was shelled on Tuesday, according to Kentron.", gazetteer)
    assert [(e["place"], e["claimed_by"]) for e in events] == [("Tegh", "Armenian media")]


# a list after "said": the first name is what is said only where "said" closes the subject's apposition

def test_inverted_speaker_before_a_list_keeps_the_claim(gazetteer):
    events = _events("Azerbaijani troops shelled Sotk, said Tatoyan, Tegh and Kornidzor have been spared.", gazetteer)
    sotk = [e for e in events if e["place"] == "Sotk"]
    assert sotk and sotk[0]["claimed_by"] == "Armenian Human Rights Defender"


def test_inverted_role_before_a_list_keeps_the_claim(gazetteer):
    events = _events("Karabakh was cut off, said the ombudsman, Gegham Stepanyan, Martakert and Askeran had no gas.",
                     gazetteer)
    assert [e["claimed_by"] for e in events] == ["Nagorno-Karabakh Ombudsman"]


def test_list_said_after_the_mayor_apposed(gazetteer):
    events = _events("The mayor, Arush Arushanyan, said Tegh, Kornidzor and Khndzoresk were under blockade.", gazetteer)
    assert [(e["place"], e["claimed_by"]) for e in events] == [("Tegh;Kornidzor;Khndzoresk", "Arush Arushanyan")]


# "the same posts" as the source told before: not the posts soldiers hold

def test_soldiers_manning_the_same_posts_are_no_online_source(gazetteer):
    events = _events("Online reports said Sotk was shelled on Monday. Soldiers manning the same posts said Tegh was "
                     "shelled on Tuesday.", gazetteer)
    tegh = [e for e in events if e["place"] == "Tegh"]
    assert tegh and tegh[0]["claimed_by"] != "media (online reports)"


def test_troops_who_hold_the_same_posts_are_no_online_source(gazetteer):
    events = _events("Online reports said Sotk was shelled on Monday. Armenian soldiers who hold the same posts said "
                     "Tegh was shelled on Tuesday.", gazetteer)
    tegh = [e for e in events if e["place"] == "Tegh"]
    assert tegh and tegh[0]["claimed_by"] != "media (online reports)"


def test_the_same_posts_after_online_reports(gazetteer):
    events = _events("Reports circulating online said Kapan was shelled on Tuesday. The same posts said Goris was hit "
                     "too.", gazetteer)
    assert [(e["place"], e["claimed_by"]) for e in events] == [("Kapan", "media (online reports)"),
                                                               ("Goris", "media (online reports)")]


# fire told with an adverb placing it earlier: not a person's fire of words

def test_under_fire_from_critics_is_no_shelling(gazetteer):
    assert not [e for e in _events("Davit Bek had previously come under fire from critics for his stance.", gazetteer)
                if e["place"] == "Davit Bek"]


def test_twice_under_shelling_stays(gazetteer):
    events = [e for e in _events("Davit Bek has twice come under heavy shelling this month.", gazetteer)
              if e["place"] == "Davit Bek"]
    assert events and events[0]["layer"] == "shelling"


# a stretch told by its two ends is a road only where no front or border is told

def test_positions_along_a_stretch_are_shelled_at_its_ends(gazetteer):
    assert _found("Azerbaijani positions along the stretch from Sotk to Kut were shelled on Tuesday.", gazetteer) \
        == [("Sotk", "shelling"), ("Kut", "shelling")]


def test_stretch_of_the_border_from_to_is_no_road(gazetteer):
    events = _events("The ministry said the stretch from Sotk to Kut of the border was calm on Tuesday.", gazetteer)
    assert all(e["layer"] != "corridors" for e in events)


def test_troops_advancing_along_a_stretch_is_no_road(gazetteer):
    events = _events("Azerbaijani troops advanced along a stretch from Sotk to the village of Kut on Tuesday.",
                     gazetteer)
    assert all(e["layer"] != "corridors" for e in events)


def test_stretch_closed_by_snow_stays_a_road(gazetteer):
    assert _found("Snow closed the stretch from Goris to the town of Kapan on Tuesday.", gazetteer) \
        == [("Goris;Kapan", "corridors")]


def test_another_towns_mayor_told_otherwise_is_not_the_mayor_named(gazetteer):
    events = _events("The mayor of Kapan, Gevorg Parsyan, said Kapan was calm. Goris mayor Arush Arushanyan visited "
                     "Tegh on Monday.\nGoris was shelled on Tuesday, the mayor said.", gazetteer)
    goris = [e for e in events if e["place"] == "Goris"]
    assert goris and goris[0]["claimed_by"] != "Gevorg Parsyan"
