"""Claimants named indirectly, over sentences written for this test: an institution's unnamed spokesperson speaks
for the university, hospital or school the article named before; a regional news agency quoted by its short name
("Trend", "the agency Trend") is that country's media."""

import pytest

from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place, expected", [
    ('Goris State University opened a new faculty on Monday. A university spokeswoman said that '
     'students from Sisian would be given rooms in the town.',
     'Sisian', 'Goris State University'),
    ('Sisian Regional Hospital treated two shepherds on Friday. The men had been shot at near Tegh, a '
     'hospital spokesman told reporters.',
     'Tegh', 'Sisian Regional Hospital'),
    ('Kapan Medical College has taken in students from the border villages. Shelling near Khndzoresk had '
     'closed their old school, college officials said.',
     'Khndzoresk', 'Kapan Medical College'),
    ('The Lachin Music School reopened this autumn. According to a school spokesperson, pupils from '
     'Kalbajar will travel by bus each morning.',
     'Kalbajar', 'Lachin Music School'),
])
def test_an_institution_s_spokesperson_speaks_for_the_institution_named_before(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place", [
    ('Trend reported that a new school had opened in Lachin on Monday.', 'Lachin'),
    ('According to Trend, the water pipeline to Kalbajar was completed last week.', 'Kalbajar'),
    ('The Trend agency said that a bridge near Zangilan had been rebuilt.', 'Zangilan'),
    ('The agency Trend reported that the first families had moved back to Jabrayil.', 'Jabrayil'),
    ("Armenian units fired at positions near Tovuz overnight, Trend News Agency said.", 'Tovuz'),
])
def test_trend_is_azerbaijani_media(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place] == ['Azerbaijani media']
