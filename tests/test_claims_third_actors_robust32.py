"""Claimants of third countries' bodies, written for this test: an ambassador speaks for his country's foreign
ministry (wherever he serves, and when the sentence calls him "its ambassador" after naming the country), a state
news agency citing an unnamed ministry cites its own country's, a surname alone after the full name and title is the
same official, and Iran's Revolutionary Guards, Iran's army and Georgia's foreign ministry have rows of their own."""

import pytest

from tests.helpers import all_claimants

IR_MFA = 'Iranian government (Foreign Ministry)'
RU_MFA = 'Russian government (Foreign Ministry)'
TR_MFA = 'Turkish government (Foreign Ministry)'
GE_MFA = 'Georgian government (Foreign Ministry)'


@pytest.mark.parametrize("text, place, expected", [
    # an ambassador speaks for his own foreign ministry, not for the host country's
    ('The Iranian ambassador in Yerevan said a new customs terminal would open at Agarak.', 'Agarak', [IR_MFA]),
    ("Russia's ambassador in Baku said the peacekeepers had left Khankendi on schedule.", 'Stepanakert', [RU_MFA]),
    ('The Turkish ambassador to Armenia said the Alican crossing would open for diplomats.',
     'Alican border gate', [TR_MFA]),
    ("Georgia's ambassador in Yerevan said lorries were again crossing at Bagratashen.", 'Bagratashen', [GE_MFA]),
    # "its ambassador", "its foreign ministry": the country the sentence opens with
    ('Iran, which has a consulate in Kapan, wants the road through Meghri kept open, its ambassador said in Yerevan.',
     'Yerevan', [IR_MFA]),
    ('Russia, whose border guards still serve in Armenia, will keep a post at Agarak, its ambassador said in '
     'Yerevan.', 'Agarak', [RU_MFA]),
    ('Turkey, which shares a border with Nakhchivan, will finish the railway to Sadarak, its ambassador said in Baku.',
     'Baku', [TR_MFA]),
    ('Iran, a neighbour of both countries, sent rescuers to Tovuz, its foreign ministry said.', 'Tovuz', [IR_MFA]),
    # a third country's state agency citing "the Foreign Ministry" or "the Defence Ministry": its own country's
    ('Citing the Foreign Ministry, IRNA said a delegation had visited Kapan.', 'Kapan', [IR_MFA]),
    ('Citing the Defence Ministry, Anadolu reported that Turkish and Azerbaijani commandos had trained near Ordubad.',
     'Ordubad', ['Turkish MoD']),
    ('Anadolu Agency said, citing the Foreign Ministry, that Turkish diplomats would visit Shusha.', 'Shusha', [TR_MFA]),
    ('TASS reported, citing the Foreign Ministry, that Russian diplomats had visited Goris.', 'Goris', [RU_MFA]),
    ('Iranian state television, citing the Foreign Ministry, said the consulate in Kapan would open in spring.',
     'Kapan', [IR_MFA]),
    # a private agency relays any side's ministry: whose it is stays unknown, the agency claims
    ('Interfax, citing the Defence Ministry, said shells had hit a farm near Ijevan.', 'Ijevan', ['Russian media']),
    # the surname alone, after the full name with a capitalised title
    ('Georgian Foreign Minister Ilia Darchiashvili arrived in Yerevan on Tuesday. Darchiashvili said the Sadakhlo '
     'crossing would stay open.', 'Sadakhlo', [GE_MFA]),
    ("Iran's new Foreign Minister Hossein Amirabdollahian arrived in Baku. Amirabdollahian said the bridge at "
     'Aghband would be built.', 'Aghband', [IR_MFA]),
    ('Turkish Ambassador Ali Kaan Orbay met local officials on Monday. Orbay said the Margara crossing would reopen '
     'soon.', 'Margara crossing', [TR_MFA]),
    # Iran's Revolutionary Guards and their ground force; Iran's army and its ground forces
    ('The Islamic Revolutionary Guard Corps said its engineers had put a pontoon bridge across the Aras near '
     'Khoda Afarin.', 'Khudafarin Bridges', ['Iranian IRGC']),
    ("Iran's Revolutionary Guards held drills near Jolfa, the IRGC said in a statement.", 'Julfa', ['Iranian IRGC']),
    ('IRGC Ground Force commander Mohammad Pakpour said the drills near Jolfa had ended.', 'Julfa', ['Iranian IRGC']),
    ('The ground forces of the Iranian army said their tanks had reached Jolfa.', 'Julfa', ['Iranian Army']),
    ('Iranian Army Ground Force commander Kiomars Heydari said the drills near Jolfa were routine.',
     'Julfa', ['Iranian Army']),
    # Georgia's foreign ministry, by its name and its ministers
    ('A statement from the Georgian Foreign Ministry said the Red Bridge crossing would stay open.',
     'Red Bridge', [GE_MFA]),
    ('Georgian Foreign Minister Maka Bochorishvili said trucks were again crossing at Sadakhlo.', 'Sadakhlo', [GE_MFA]),
])
def test_third_country_body_claimant(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == expected
