"""People told by their homes in a list closed by "and other places", then their coming, name no scene."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 6, 14)


def _events(sentence):
    return extract_text(sentence, DAY)


def _places(sentence):
    return {p for e in _events(sentence) for p in e["place"].split(";")}


def test_homes_of_people_who_came_are_dropped_beside_a_blocked_road():
    events = _events("Farmers had blocked the highway between Berd and Chinari, and people from Ijevan, Dilijan, "
                     "Noyemberyan and other towns came to support them.")
    places = {p for e in events for p in e["place"].split(";")}
    assert {"Berd", "Chinari"} <= places
    assert not places & {"Ijevan", "Dilijan", "Noyemberyan"}
    assert all(e["layer"] == "corridors" for e in events)


def test_homes_of_villagers_who_gathered_are_dropped():
    places = _places("Villagers from Tegh, Khnatsakh and other villages gathered outside the council in Goris on "
                     "Sunday, residents said.")
    assert "Tegh" not in places and "Khnatsakh" not in places


def test_home_list_kept_without_other_places():
    # no "and other places": the list may be the news
    assert "Dilijan" in _places("People from Ijevan and Dilijan came under fire on the road, the police said.")


def test_home_list_kept_without_a_coming():
    # what befell the places, not people coming from them
    places = _places("Residents from Berd, Chinari and other villages were evacuated after the shelling.")
    assert "Berd" in places


def test_places_people_went_to_are_kept():
    assert "Chinari" in _places("Troops from the capital were sent to Chinari and other villages after the shelling "
                                "on Monday.")
