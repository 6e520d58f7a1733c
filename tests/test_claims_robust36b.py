"""Claimants of words an outlet relays, over sentences written for this test: "he" or "she" after "according to the
same agency" is the person an earlier sentence named, not the agency; the outlet keeps a claim when no person was
named before."""

import pytest

from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place, expected", [
    ('Nikol Pashinyan addressed a forum in Gyumri on Tuesday, the Armenpress agency reported. According to the same '
     'agency, he said that the road to Meghri would be rebuilt by next spring.',
     'Meghri', 'Armenian PM (Nikol Pashinyan)'),
    ('Ilham Aliyev spoke to students in Ganja on Monday, Trend reported. According to the same agency, he said that '
     'new houses in Fuzuli were almost ready.',
     'Fuzuli', 'Azerbaijani presidency (Ilham Aliyev)'),
    ('Defence Minister Zakir Hasanov visited units near Terter, the APA agency reported. He told officers that '
     'Armenian troops had fired on Goranboy overnight, according to the same agency.',
     'Goranboy', 'Azerbaijani MoD'),
    ('Nikol Pashinyan met farmers on Saturday, the Aravot newspaper wrote. He said, the same paper added, that '
     'the irrigation canal near Sisian would be repaired.',
     'Sisian', 'Armenian PM (Nikol Pashinyan)'),
])
def test_he_after_the_same_agency_is_the_person_named_before(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place, expected", [
    ('The Azatutyun paper published a long report on Thursday. According to the same paper, shelling had hit '
     'Vardenis the night before.',
     'Vardenis', 'RFE/RL Armenian Service'),
    ('A new bus line opened in Lachin, the Trend agency reported. According to the same agency, a second line to '
     'Kalbajar will open in May.',
     'Kalbajar', 'Azerbaijani media'),
])
def test_the_same_agency_keeps_the_claim_when_no_person_speaks(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place, expected", [
    ('Nikol Pashinyan addressed parliament on Monday. The agency quoted him as saying that Azerbaijani troops had '
     'fired on Sotk.',
     'Sotk', 'Armenian PM (Nikol Pashinyan)'),
    ('Ilham Aliyev visited Shusha on Friday. Trend quoted him as saying that the road to Kalbajar was finished.',
     'Kalbajar', 'Azerbaijani presidency (Ilham Aliyev)'),
    ('Nikol Pashinyan toured a school in Vanadzor, the Armenpress agency reported. The agency quoted him as saying '
     'that the border road near Ijevan would be widened.',
     'Ijevan', 'Armenian PM (Nikol Pashinyan)'),
    ('Ilham Aliyev opened a factory in Sumgait, APA reported. In an interview with the agency, he said that the new '
     'town of Aghali would grow.',
     'Aghali', 'Azerbaijani presidency (Ilham Aliyev)'),
    ('Ilham Aliyev opened a bridge in Shamkir, Trend reported. He told the agency that the water line to Kalbajar '
     'was finished.',
     'Kalbajar', 'Azerbaijani presidency (Ilham Aliyev)'),
])
def test_the_person_an_outlet_quotes_or_interviews_speaks(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place, expected", [
    ('Ilham Aliyev spent an hour with the guests in Gabala. A local site reported that he praised the hotels. '
     'According to the same paper, he spoke of new roads to what he calls Western Zangezur, which is what we call '
     'Syunik.',
     'Syunik Province', 'Azerbaijani presidency (Ilham Aliyev)'),
    ('Ilham Aliyev met the guests in Gabala. A regional website wrote that the talks lasted two hours. According to '
     'the same paper, he said that the railway to Horadiz would open in the autumn.',
     'Horadiz', 'Azerbaijani presidency (Ilham Aliyev)'),
])
def test_he_after_an_outlet_noun_no_outlet_resolved_is_the_person(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]
