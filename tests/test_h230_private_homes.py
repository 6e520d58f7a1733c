"""Where a private person lives, works or comes from says who the person is, not where anything happened: a
craftsman named by his town ("the plasterer in X"), a member who moved to a town, a member whose father farmed near
a town, a family that lived for years in a hostel in a town, a man who is from a village of a district. A harm told
there, families moving home, kin killed there stay events."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 5, 15)


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_a_craftsman_named_by_his_town(gazetteer):
    assert _places("We cut forty boards for the mason in Shamkir and sent them on the Tuesday lorry.", gazetteer) == set()


def test_a_member_who_moved_away(gazetteer):
    assert _places("The new chess clocks, sent by a friend who moved to Sumgayit, are in the cupboard.",
                   gazetteer) == set()


def test_a_member_whose_father_worked_near_a_town(gazetteer):
    assert _places("Anar, whose father worked near Aghjabadi, brought the tea.", gazetteer) == set()


def test_years_in_a_hostel(gazetteer):
    assert _places("Our cook comes from a family that lived for twenty years in a dormitory in Mingachevir.",
                   gazetteer) == set()


def test_a_man_from_a_village_of_a_district(gazetteer):
    assert _places("The carter is from a village in the Aghjabadi district and sells us his hay.", gazetteer) == set()


# near sentences where nothing is dropped

def test_the_craftsman_hurt_at_home_stays(gazetteer):
    assert "Shamkir" in _places("The mason in Shamkir was wounded when a shell hit his yard.", gazetteer)


def test_families_who_moved_stay(gazetteer):
    assert "Sumgayit" in _places("Forty families who moved to Sumgayit on Monday were given flats.", gazetteer)


def test_a_father_killed_there_stays(gazetteer):
    assert "Aghjabadi" in _places("Anar, whose father was killed near Aghjabadi by a shell in 1993, brought the tea.",
                                  gazetteer)


def test_a_hostel_shelled_stays(gazetteer):
    assert "Mingachevir" in _places("A rocket hit a dormitory in Mingachevir where families had lived for twenty years.",
                                    gazetteer)
