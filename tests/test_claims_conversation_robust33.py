"""Claimants in first-person and conversational genres, sentences written for this test: a speaker told reporters,
a briefing or wrote on X, Telegram or Facebook; a speaker signing a quote after a dash ("— Hikmet Hajiyev"); a person
named once and then "the minister", "she" or "according to him"; an interview in questions and answers, headed
"Interview with X" or with the answerer in brackets ("A (Ararat Mirzoyan): ..."); a radio or podcast transcript
("[Name, ministry] ..."); a column whose byline gives the city it is written from, where "our government" and
"our Foreign Ministry" are that country's.

The writer's own account and a host's introduction have no claimant ("" below); a person speaks for the body the
actors table files them under ("Armenian government (Foreign Ministry)" for its spokeswoman), matched loosely as
the scorer does."""

import pytest

from tests.helpers import claimant_pairs


def _matches(expected, found):
    """Every row of the place has the expected claimant: none for "", else one name within the other."""
    return bool(found) and all(who == "" if expected == "" else who and (expected in who or who in expected)
                               for who in found)


@pytest.mark.parametrize("text, place, expected", [
    ('Armenian Defence Ministry spokeswoman Aronui Aghababyan told reporters that Azerbaijani troops fired on '
     'Sotk overnight.',
     'Sotk', 'Armenian MoD'),
    ("Azerbaijan's Defence Ministry spokesman Anar Eyvazov told a briefing in Baku that Armenian units shelled "
     "Kalbajar on Monday.",
     'Kalbajar', 'Azerbaijani MoD'),
    ("Armenia's Foreign Minister Ararat Mirzoyan told reporters in Yerevan that Azerbaijani forces had "
     "advanced near Jermuk.",
     'Jermuk', 'Armenian government (Foreign Ministry)'),
    ('Hikmet Hajiyev told journalists that Armenian forces fired missiles at Ganja overnight.',
     'Ganja', 'Hikmet Hajiyev'),
    ('Leyla Abdullayeva told a weekly briefing that Armenian snipers fired at Tovuz villages.',
     'Tovuz', 'Azerbaijani government (Foreign Ministry)'),
    ('Ani Badalyan told reporters on Tuesday that Azerbaijani drones struck a farm near Kapan.',
     'Kapan', 'Armenian government (Foreign Ministry)'),
    ('Maria Zakharova told a briefing in Moscow that Russian peacekeepers had escorted convoys through Lachin.',
     'Lachin', 'Russian government (Foreign Ministry)'),
    ('Nikol Pashinyan told a news conference that Azerbaijani troops had entered Armenian territory near Vardenis.',
     'Vardenis', 'Nikol Pashinyan'),
    ('The governor of Syunik told reporters in Goris that shells fell near Tegh at dawn.',
     'Tegh', 'local officials'),
    ('Hikmet Hajiyev wrote on X that Armenian artillery had shelled Tartar again.',
     'Tartar', 'Hikmet Hajiyev'),
    ('Nikol Pashinyan wrote on Facebook that Azerbaijani units opened fire on Sotk.',
     'Sotk', 'Nikol Pashinyan'),
    ("Armenia's Defence Ministry wrote on Telegram that Azerbaijani forces fired at positions near Verin Shorzha.",
     'Verin Shorzha', 'Armenian MoD'),
    ("Azerbaijan's Defence Ministry said in a statement posted on its website that Armenian troops fired on "
     "Lachin district positions.",
     'Lachin District', 'Azerbaijani MoD'),
    ('In a statement posted on Telegram, the Armenian Defence Ministry said Azerbaijani drones attacked Jermuk.',
     'Jermuk', 'Armenian MoD'),
    ('In a post on X, Ani Badalyan said Azerbaijani troops fired at Davit Bek.',
     'Davit Bek', 'Armenian government (Foreign Ministry)'),
    ('Ararat Mirzoyan wrote on X that shells landed in Sotk on Sunday.',
     'Sotk', 'Armenian government (Foreign Ministry)'),
    ('Jeyhun Bayramov wrote on X that Armenian forces mined roads near Kalbajar.',
     'Kalbajar', 'Azerbaijani government (Foreign Ministry)'),
    ("The Azerbaijani Defence Ministry posted on Telegram that Armenian units fired on Nakhchivan's Sadarak district.",
     'Sadarak District', 'Azerbaijani MoD'),
    ("Azerbaijan's Foreign Ministry said in a statement published on its website that Armenian sabotage groups "
     "entered Kalbajar.",
     'Kalbajar', 'Azerbaijani government (Foreign Ministry)'),
    ('Armenian artillery shelled Tartar and Aghdam overnight, killing two civilians. — Hikmet Hajiyev',
     'Tartar', 'Hikmet Hajiyev'),
    ('"Our positions near Sotk came under fire at 2 a.m." — Aronui Aghababyan, Armenian Defence Ministry',
     'Sotk', 'Armenian MoD'),
    ('"Armenian units fired on our posts in Kalbajar." — Azerbaijani Defence Ministry',
     'Kalbajar', 'Azerbaijani MoD'),
    ('"The shells hit Sotk\'s school." — Nikol Pashinyan',
     'Sotk', 'Nikol Pashinyan'),
    ('"Our peacekeepers escorted lorries through Lachin all day." — Maria Zakharova',
     'Lachin', 'Russian government (Foreign Ministry)'),
    ('Armenian Defence Ministry spokeswoman Aronui Aghababyan spoke on Monday. The spokeswoman said '
     'Azerbaijani troops fired on Sotk.',
     'Sotk', 'Armenian MoD'),
    ('Jeyhun Bayramov met the press in Baku on Friday. The minister said Armenian troops had shelled Tovuz villages.',
     'Tovuz', 'Azerbaijani government (Foreign Ministry)'),
    ('Ararat Mirzoyan arrived in Brussels on Tuesday. He said Azerbaijani shells had fallen near Jermuk.',
     'Jermuk', 'Armenian government (Foreign Ministry)'),
    ('Leyla Abdullayeva spoke after the talks. She said Armenian snipers fired on Gazakh villages overnight.',
     'Gazakh', 'Azerbaijani government (Foreign Ministry)'),
    ('Hikmet Hajiyev visited the front on Thursday. He told reporters that Armenian missiles hit Barda.',
     'Barda', 'Hikmet Hajiyev'),
    ('Ani Badalyan held her weekly briefing. The spokeswoman said Azerbaijani troops had fired at Davit Bek.',
     'Davit Bek', 'Armenian government (Foreign Ministry)'),
    ('Armenian Prime Minister Nikol Pashinyan met villagers on Monday. The prime minister said Azerbaijani '
     'troops shelled Sotk.',
     'Sotk', 'Nikol Pashinyan'),
    ("Azerbaijan's Defence Minister Zakir Hasanov flew to Nakhchivan on Friday. The minister said Armenian "
     "troops had fired on Sadarak.",
     'Sadarak', 'Azerbaijani MoD'),
    ('Ani Badalyan spoke on Tuesday. She did not give casualty figures. She said shells had fallen on Verin Shorzha.',
     'Verin Shorzha', 'Armenian government (Foreign Ministry)'),
    ('Q: Minister, what happened in Jermuk?\nA (Ararat Mirzoyan): Azerbaijani shells fell on Jermuk overnight.',
     'Jermuk', 'Armenian government (Foreign Ministry)'),
    ('Interview with Hikmet Hajiyev.\nQ: Where did the missiles land?\nA: Armenian missiles hit Ganja and '
     'Mingachevir last night.',
     'Ganja', 'Hikmet Hajiyev'),
    ('An interview with the governor of Syunik.\nQ: Is Kapan safe?\nA: Shells fell on Kapan on Monday.',
     'Kapan', 'local officials'),
    ('Q: What did the ministry say about Sotk?\nA (Aronui Aghababyan, Armenian MoD spokeswoman): Our positions '
     'at Sotk came under fire.',
     'Sotk', 'Armenian MoD'),
    ('Q: What is happening in Tartar?\nA (Anar Eyvazov, Azerbaijani Defence Ministry): Armenian units fired on '
     'Tartar at dawn.',
     'Tartar', 'Azerbaijani MoD'),
    ('QUESTION: Where are the refugees going?\nANI BADALYAN: Thousands crossed the Hakari bridge to Kornidzor.',
     'Kornidzor', 'Armenian government (Foreign Ministry)'),
    ('INTERVIEWER: Tell us about Tovuz.\nLEYLA ABDULLAYEVA: Armenian forces fired on villages in Tovuz '
     'district on Saturday.',
     'Tovuz District', 'Azerbaijani government (Foreign Ministry)'),
    ("HOST: Today I'm joined by Hikmet Hajiyev.\nHIKMET HAJIYEV: Armenian artillery fired on Tartar this morning.",
     'Tartar', 'Hikmet Hajiyev'),
    ("[Host] Let's go to the border.\n[Aronui Aghababyan, Armenian Defence Ministry] Azerbaijani units fired "
     "on Sotk at dawn.",
     'Sotk', 'Armenian MoD'),
    ("HOST: Let's turn to Kapan, where shells fell last week.\nGUEST: I was there last month.",
     'Kapan', ''),
    ('PRESENTER: Anar Eyvazov joins us from Baku.\nEYVAZOV: Armenian forces fired on Kalbajar district '
     'positions overnight.',
     'Kalbajar District', 'Azerbaijani MoD'),
    ('By Armen Sargsyan, Yerevan\nLast week our Foreign Ministry said Azerbaijani troops had fired on Sotk.',
     'Sotk', 'Armenian government (Foreign Ministry)'),
    ('OPINION | Elchin Mammadov, Baku\nOur Defence Ministry said on Monday that Armenian forces fired on Kalbajar.',
     'Kalbajar', 'Azerbaijani MoD'),
    ('Column by Armen Sargsyan (Yerevan)\nOur government says Azerbaijani troops shelled Jermuk on Friday. I '
     'believe it.',
     'Jermuk', 'Armenian government'),
    ('OPINION | Elchin Mammadov, Baku\nOur government says Armenian forces fired on Tovuz on Friday.',
     'Tovuz', 'Azerbaijani government'),
    ('I was in Sisian when the market reopened on Tuesday.',
     'Sisian', ''),
    ('"Azerbaijani troops fired on Sotk," Pashinyan told parliament on Wednesday.',
     'Sotk', 'Nikol Pashinyan'),
    ('"Armenian units shelled Tartar overnight," Hajiyev told Reuters.',
     'Tartar', 'Hikmet Hajiyev'),
    ('"Shells fell on Jermuk," the Armenian Defence Ministry said in a statement posted on its website.',
     'Jermuk', 'Armenian MoD'),
    ('Shells fell on Kapan, Armenian Foreign Ministry spokeswoman Ani Badalyan wrote on X.',
     'Kapan', 'Armenian government (Foreign Ministry)'),
    ("Armenian forces fired at Tovuz villages, Azerbaijan's Defence Ministry said on Telegram.",
     'Tovuz', 'Azerbaijani MoD'),
    ("Armenian troops shelled Sadarak overnight, Nakhchivan's State Border Service told APA.",
     'Sadarak', 'Azerbaijani government'),
    ('Azerbaijani forces fired on Jermuk, the Armenian Defence Ministry said on its Telegram channel.',
     'Jermuk', 'Armenian MoD'),
    ('Armenian forces shelled Aghdam, Hikmet Hajiyev said in a post on X.',
     'Aghdam', 'Hikmet Hajiyev'),
    ('Speaking to reporters in Baku, Hikmet Hajiyev said Armenian artillery had hit Barda.',
     'Barda', 'Hikmet Hajiyev'),
    ('Speaking at a briefing in Yerevan, Ani Badalyan said shells had fallen near Kapan.',
     'Kapan', 'Armenian government (Foreign Ministry)'),
    ('According to a post by the Armenian Defence Ministry on Facebook, Azerbaijani troops fired at Verin Shorzha.',
     'Verin Shorzha', 'Armenian MoD'),
    ('In a video posted on Facebook, Nikol Pashinyan said Azerbaijani forces had attacked Jermuk.',
     'Jermuk', 'Nikol Pashinyan'),
    ('Hajiyev, in a tweet, said Armenian forces fired on Tartar.',
     'Tartar', 'Hikmet Hajiyev'),
    ('Armenian Foreign Minister Ararat Mirzoyan met the EU envoy in Yerevan on Monday. They discussed the '
     'peace treaty. Mirzoyan said Azerbaijani troops had fired on Sotk.',
     'Sotk', 'Armenian government (Foreign Ministry)'),
    ('Hikmet Hajiyev gave interviews on Tuesday. Asked about the ceasefire, the aide said Armenian units '
     'shelled Aghdam.',
     'Aghdam', 'Hikmet Hajiyev'),
    ('Anar Eyvazov, the Azerbaijani Defence Ministry spokesman, spoke on Friday. According to him, Armenian '
     'forces fired on Kalbajar.',
     'Kalbajar', 'Azerbaijani MoD'),
    ('Ani Badalyan gave a briefing on Monday. According to her, Azerbaijani troops fired at Sotk.',
     'Sotk', 'Armenian government (Foreign Ministry)'),
    ('Nikol Pashinyan spoke in parliament on Wednesday. In his words, Azerbaijani forces had shelled Jermuk overnight.',
     'Jermuk', 'Nikol Pashinyan'),
    ("Georgia's Interior Ministry told reporters that lorries queued at Sadakhlo for two days.",
     'Sadakhlo', 'Georgian government'),
    ("Iran's Foreign Ministry spokesman told a weekly briefing that stray shells landed near Jolfa.",
     'Julfa', 'Iranian government'),
    ('Iranian Foreign Ministry spokesman Nasser Kanaani wrote on X that shells fell near Khoda Afarin.',
     'Khudafarin Bridges', 'Iranian government'),
    ('The governor of Kars told reporters that the Alican crossing would stay closed.',
     'Alican border gate', 'local officials'),
])
def test_claimant(text, place, expected, gazetteer):
    found = [who for name, who in claimant_pairs(text, gazetteer) if place in name.split(";")]
    assert _matches(expected, found), found
