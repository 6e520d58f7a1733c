"""Claimants whose office is told with more than a name, over sentences written for this test: the places an
office covers, listed before the verb, are not the speaker; a person of a body whose proper name lists its tasks
with commas is that person, not the tail of the body's name."""

import pytest

from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place", [
    ("Rauf Nabiyev, the head of the ministry's office in Lachin, Kalbajar and Zangilan, told journalists on "
     "Monday that 300 families will move to Lachin this year.", "Lachin"),
    ("Rauf Nabiyev, the president's envoy to Lachin, Kalbajar and Zangilan, said that 300 families will move "
     "to Lachin this year.", "Lachin"),
    ("A new school has opened in Kalbajar, Rauf Nabiyev of the State Housing Agency in Lachin, Kalbajar and Zangilan "
     "told reporters.", "Kalbajar"),
])
def test_the_places_an_office_covers_are_not_the_speaker(gazetteer, text, place):
    [who] = all_claimants(text, gazetteer)[place]
    assert who.startswith("Rauf Nabiyev")


@pytest.mark.parametrize("text, place", [
    ("Samir Aliyev of the Restoration, Construction and Management Service said that 40 houses in Khojaly "
     "were finished.", "Khojaly"),
    ("Forty houses in Khojaly were finished, Samir Aliyev of the Restoration, Construction and Management "
     "Service in Khojaly, Shusha and Lachin told reporters.", "Khojaly"),
])
def test_a_person_of_a_body_with_a_listed_name_is_the_claimant(gazetteer, text, place):
    [who] = all_claimants(text, gazetteer)[place]
    assert who.startswith("Samir Aliyev")


@pytest.mark.parametrize("text, place", [
    ("The Minval news agency said that 60 families had moved back to Jabrayil on Monday.", "Jabrayil"),
    ("According to Minval, the water pipeline to Kalbajar was completed last week.", "Kalbajar"),
])
def test_minval_is_azerbaijani_media(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place] == ["Azerbaijani media"]
