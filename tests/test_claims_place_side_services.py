"""A police force, a rescue service or border guards named without their side speak for the side whose own land
the place is in, not for the side whose ministry spoke last; Karabakh's places keep the older reading."""

import pytest

from tests.helpers import claimant_of


@pytest.mark.parametrize("text, place, expected", [
    # the other side's ministry spoke last: the place's own side's service all the same
    ("The Azerbaijani Emergency Situations Ministry said rescuers worked near Tovuz. "
     "A fire burned near Vardenis on Monday, the regional emergency service said.",
     'Vardenis', 'Armenian government (Ministry of Emergency Situations)'),
    ("Azerbaijan's defence ministry said Armenian troops fired at Tovuz. "
     "A car was hit by gunfire near Berd, the district police said.",
     'Berd', 'Armenian government (Interior Ministry)'),
    ("Armenian Defence Ministry said Azerbaijani troops fired at Khndzoresk. "
     "A fire broke out near Tovuz, the regional emergency service said.",
     'Tovuz', 'Azerbaijani government (Ministry of Emergency Situations)'),
    # bare border guards are a speaker, of the place's side
    ("Azerbaijan's defence ministry said Armenian troops fired at Tovuz. "
     "Shots were fired at Berd overnight, border guards said.",
     'Berd', 'Armenian government (National Security Service)'),
    ("Armenian officials said troops fired at Berd. A lorry was stopped near Gazakh, the border guards said.",
     'Gazakh', 'Azerbaijani government (State Border Service)'),
])
def test_a_service_without_its_side_is_the_place_s_side(gazetteer, text, place, expected):
    assert claimant_of(place, text, gazetteer) == expected


@pytest.mark.parametrize("text, place, expected", [
    # guards at a crossing named by its kind alone: the border guards of the place's side
    ("Border guards at the crossing said a lorry was stopped near Agarak.",
     'Agarak', 'Armenian government (National Security Service)'),
    ("Baku said its troops were calm. The guards at the border post said two drivers were turned back at Sadarak.",
     'Sadarak', 'Azerbaijani government (State Border Service)'),
])
def test_guards_at_a_crossing_are_its_side_s_border_guards(gazetteer, text, place, expected):
    assert claimant_of(place, text, gazetteer) == expected
