"""Villages listed as the homes of displaced people or as where fighting was, some of them unknown to the gazetteer.

* A home written in two words does not cut the list of homes short: "children from Nerkin Hand, A and B" are all
  homes of the group, and none is dropped as the home of people the sentence tells of elsewhere.
* A village the gazetteer lacks, placed at the province the sentence names ("families from X in Syunik"), is no
  province: "families from X" is not read as "families from the province".
* "fighting around A, B and C" with A and B known neighbours keeps C beside them, also when the sentence names a
  province (the speaker's title) far from them.
* Aghitu, the Sisian village, has its own row.
"""
import datetime

import pytest

from geo.extract.pipeline import extract_text

PUBLISHED = datetime.date(2022, 9, 15)


def _places(text):
    return [e["place"] for e in extract_text(text, PUBLISHED)]


def test_a_two_word_home_does_not_cut_the_list_of_homes_short():
    places = _places("The office counted children from Nerkin Hand, Shikahogh and Aghitu in Syunik among the "
                     "displaced.")
    assert places == ["Nerkin Hand", "Shikahogh", "Aghitu"]


def test_a_village_placed_at_its_province_is_not_the_province():
    events = extract_text("Families from Tandzaver in Syunik left their homes on Tuesday.", PUBLISHED)
    assert [(e["place"], e["layer"]) for e in events] == [("Tandzaver", "other")]


def test_people_of_a_province_still_name_no_event_there():
    # the negative: "families from the Syunik province" are people of the province, not an event in it
    assert _places("Families from the Syunik province took shelter in Goris.") == ["Goris"]


def test_a_village_listed_with_two_known_neighbours_is_kept_beside_them_despite_a_far_province():
    events = extract_text("On Monday the governor of Gegharkunik, Gnel Sanosyan, told reporters that shells fell "
                          "around Kut, Verin Shorzha and Arpunk.", PUBLISHED)
    assert [e["place"] for e in events] == ["Kut", "Verin Shorzha", "Arpunk"]
    arpunk = next(e for e in events if e["place"] == "Arpunk")
    shorzha = next(e for e in events if e["place"] == "Verin Shorzha")
    assert arpunk["layer"] == "shelling" and arpunk["coordinates"] == shorzha["coordinates"]


def test_a_list_only_talked_about_adds_no_unknown_village():
    # the negative: no "around", "near" or "in" before the list and nothing told of it as an event there
    places = _places("On Monday the governor of Gegharkunik, Gnel Sanosyan, told reporters that Kut, Verin Shorzha "
                     "and Arpunk were calm.")
    assert "Arpunk" not in places


@pytest.mark.parametrize("text", ["A shell damaged a barn in Aghitu.",
                                  "Shells fell on Aghudi on Tuesday."])
def test_aghitu_has_its_own_point(text):
    # (the old name is kept as written, at the village's point)
    assert [e["coordinates"] for e in extract_text(text, PUBLISHED)] == [[[46.08083, 39.51528]]]


def test_a_list_ending_on_districts_adds_no_unknown_village():
    # the negative: "the A, B and C districts" are districts; the one the gazetteer lacks is no village beside the
    # others (with a province named elsewhere in the sentence, as above)
    places = _places("The governor of Syunik said shelling had also been reported in the Noyemberyan, Ijevan and "
                     "Shamshadin districts.")
    assert "Shamshadin" not in places
