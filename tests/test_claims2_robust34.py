"""Claimants of speakers named by the article's own earlier words, sentences written for this test: a transcript turn
labelled by a surname in capitals ("ABDULLAYEVA:") after the person was named in full; a surname alone after the full
name with a bare title ("the spokeswoman Lusine Badalyan ... Badalyan told"); a spokesperson named by surname after
the body ("a spokeswoman for the Armenian Defence Ministry, Stepanyan,"); speech verbs ("agreed that", "confirmed",
"warned", "accused", "revealed"); a call made from a town to pass on news ("a villager called from X to say");
"according to eyewitness accounts", "local sources"; both governments named by their seats ("Both governments, in
Yerevan and Baku, said"), one row per side, never merged.

Every listed claimant must have its row and every row of the place must match one of them, matched loosely and
without case as the scorer does (one name within the other)."""

import pytest

from tests.helpers import claimant_pairs, claimants_match

AM, AZ = "Armenian government", "Azerbaijani government"
AMF, AZF = "Armenian government (Foreign Ministry)", "Azerbaijani government (Foreign Ministry)"


def _same(expected, who):
    """One claimant read as the expected one: one name within the other, case aside."""
    expected, who = expected.lower(), who.lower()
    return bool(who) and (expected in who or who in expected)


@pytest.mark.parametrize("text, place, expected", [
    ('Sevda Abdullayeva, a nurse, spoke to us by phone.\n\nQ: What did you see?\nABDULLAYEVA: Shells hit the '
     'hospital yard in Tartar on Sunday.',
     'Tartar', ['Sevda Abdullayeva']),
    ('We spoke to Armen Hovhannisyan, a farmer, on Monday.\n\nQ: When did it start?\nHOVHANNISYAN: '
     'Azerbaijani troops fired on Sotk at dawn.',
     'Sotk', ['Armen Hovhannisyan']),
    ('Interview with Gulnara Mammadova, a schoolteacher\n\nQ: Is the school open?\nMAMMADOVA: No. Armenian '
     'shells fell near Tovuz on Monday.',
     'Tovuz', ['Gulnara Mammadova']),
    ('Karen Sahakyan, the mayor of Vardenis, took our questions.\n\nQUESTION: Was anyone hurt?\nSAHAKYAN: '
     'Two houses in Vardenis were hit by drones.',
     'Vardenis', ['Karen Sahakyan']),
    ('Rauf Aliyev, a driver, was on the road that night.\nHOST: What happened?\nALIYEV: A mine went off on '
     'the road outside Fuzuli.',
     'Fuzuli', ['Rauf Aliyev']),
    ('Our guest is Narine Grigoryan, a doctor in Jermuk.\n\nGRIGORYAN: Shells fell on the outskirts of '
     'Jermuk all night.',
     'Jermuk', ['Narine Grigoryan']),
    ('The spokeswoman Lusine Badalyan spoke on Monday. Badalyan told a briefing that Azerbaijani troops '
     'fired on Norabak.',
     'Norabak', ['Lusine Badalyan']),
    ('Elchin Huseynov, a local official in Gazakh, said the village was calm. On Tuesday Huseynov told '
     'reporters that Armenian snipers fired at Gazakh.',
     'Gazakh', ['Elchin Huseynov']),
    ('Hasmik Petrosyan, a pensioner, was at home. Petrosyan told RFE/RL that shells hit Chinari at night.',
     'Chinari', ['Hasmik Petrosyan']),
    ('Tofig Guliyev, head of the Aghdam executive authority, visited the town. Guliyev told journalists '
     'mines were found near Aghdam.',
     'Aghdam', ['Tofig Guliyev']),
    ('The governor, Gevorg Parsyan, toured the border. Parsyan said Azerbaijani fire had damaged a school in Ijevan.',
     'Ijevan', ['Gevorg Parsyan']),
    ('Ombudsman Anahit Manasyan met villagers. Manasyan wrote that shells hit Berkaber on Friday.',
     'Berkaber', ['Armenian Human Rights Defender']),
    ('Spokesman Vagif Dargahli spoke in Baku. Dargahli told APA that Armenian units shelled Kalbajar positions.',
     'Kalbajar', ['Azerbaijani MoD']),
    ('Farmer Ashot Manukyan lost his barn. Manukyan said Azerbaijani drones struck near Aygepar.',
     'Aygepar', ['Ashot Manukyan']),
    ('The Armenian Defence Ministry confirmed that Azerbaijani troops fired on Sotk overnight.',
     'Sotk', ['Armenian MoD']),
    ("Azerbaijan's Defence Ministry warned that Armenian units were massing near Lachin.",
     'Lachin', ['Azerbaijani MoD']),
    ('The Armenian government announced that the Margara crossing would open on Friday.',
     'Margara', [AM]),
    ('Baku accused Armenian forces of shelling Tartar on Sunday.',
     'Tartar', [AZ]),
    ('Yerevan accused Azerbaijan of firing on Jermuk overnight.',
     'Jermuk', [AM]),
    ('The Azerbaijani Foreign Ministry agreed that talks on the Lachin road would resume.',
     'Lachin', [AZF]),
    ('Nikol Pashinyan confirmed that Azerbaijani troops had entered land near Vardenis.',
     'Vardenis', ['Nikol Pashinyan']),
    ('Ilham Aliyev warned that Armenian forces were mining roads near Kalbajar.',
     'Kalbajar', ['Ilham Aliyev']),
    ('The Armenian Defence Ministry alleged that Azerbaijani snipers fired at Norabak.',
     'Norabak', ['Armenian MoD']),
    ("Azerbaijan's Defence Ministry denied that its troops fired at Sotk.",
     'Sotk', ['Azerbaijani MoD']),
    ('The Armenian Foreign Ministry insisted that the shelling of Jermuk was unprovoked.',
     'Jermuk', [AMF]),
    ('Armenian officials admitted that a post near Chinari had been lost.',
     'Chinari', [AM]),
    ('Ilham Aliyev declared that Azerbaijani troops had taken Hadrut.',
     'Hadrut', ['Ilham Aliyev']),
    ('The Azerbaijani Defence Ministry acknowledged that a soldier died near Tovuz.',
     'Tovuz', ['Azerbaijani MoD']),
    ('Armenian Defence Ministry spokeswoman Aronui Aghababyan stressed that Azerbaijani fire hit Kut.',
     'Kut', ['Armenian MoD']),
    ('Hikmet Hajiyev noted that Armenian shells fell on Barda.',
     'Barda', ['Hikmet Hajiyev']),
    ('Nikol Pashinyan revealed that Azerbaijani troops had fired on Tegh.',
     'Tegh', ['Nikol Pashinyan']),
    ('Yerevan warned that Azerbaijani forces were building positions near Verin Shorzha.',
     'Verin Shorzha', [AM]),
    ('Baku announced that the road from Aghdam to Khankendi would reopen.',
     'Aghdam', [AZ]),
    ('A villager called from Chinari to say shells were falling on the houses.',
     'Chinari', ['residents']),
    ('A resident called from Tartar to say the market had been hit.',
     'Tartar', ['residents']),
    ('A farmer phoned from Sotk to say Azerbaijani troops were firing at the fields.',
     'Sotk', ['residents']),
    ('A teacher called us from Berd to say the school was closed after shelling.',
     'Berd', ['residents']),
    ('Villagers rang from Aygepar to say drones were circling overhead.',
     'Aygepar', ['residents']),
    ('A neighbour called from Tovuz to tell us that shells hit the bus station.',
     'Tovuz', ['residents']),
    ('According to eyewitness accounts, a drone struck a truck near Vardenis.',
     'Vardenis', ['witnesses']),
    ('According to eyewitnesses, shells landed near the school in Berkaber.',
     'Berkaber', ['witnesses']),
    ('According to local sources, Azerbaijani troops fired at Norabak overnight.',
     'Norabak', ['local sources']),
    ('Shells hit houses in Chinari, according to eyewitness accounts.',
     'Chinari', ['witnesses']),
    ('A convoy was stopped near Lachin, according to local sources.',
     'Lachin', ['local sources']),
    ('Eyewitness accounts said two shells landed near Barda hospital.',
     'Barda', ['witnesses']),
    ('According to an eyewitness, a mortar round hit a house in Movses.',
     'Movses', ['witnesses']),
    ('Local sources said gunfire was heard near Aghdam all night.',
     'Aghdam', ['local sources']),
    ('Both governments, in Yerevan and Baku, said the border near Ijevan would be marked.',
     'Ijevan', [AM, AZ]),
    ('The two governments, in Yerevan and Baku, said the Lachin road would reopen.',
     'Lachin', [AM, AZ]),
    ('Both capitals, Yerevan and Baku, said the crossing at Margara would open.',
     'Margara', [AM, AZ]),
    ('Both sides, in Baku and Yerevan, said the ceasefire near Sotk held.',
     'Sotk', [AM, AZ]),
    ('Officials in both Yerevan and Baku said the railway via Meghri would be rebuilt.',
     'Meghri', [AM, AZ]),
    ('Both governments said the border near Berkaber was calm, Yerevan and Baku confirmed.',
     'Berkaber', [AM, AZ]),
    ("The Armenian Defence Ministry's spokeswoman, Aghababyan, said Azerbaijani troops fired on Kut.",
     'Kut', ['Armenian MoD']),
    ("Azerbaijan's Defence Ministry's spokesman, Huseynli, said Armenian units shelled Tartar.",
     'Tartar', ['Azerbaijani MoD']),
    ('A spokesman for the Azerbaijani Foreign Ministry, Guliyev, said Armenian troops fired at Gazakh villages.',
     'Gazakh', [AZF]),
    ('The Armenian Foreign Ministry spokeswoman Badalyan said talks on the Margara crossing had stalled.',
     'Margara', [AMF]),
    ('Defence Ministry spokesman Dargahli said Armenian units shelled Kalbajar.',
     'Kalbajar', ['Azerbaijani MoD']),
    ('Foreign Ministry spokesman Hajizada said Armenian troops fired at Gazakh.',
     'Gazakh', [AZF]),
    ('Armenian Defence Ministry spokeswoman Aghababyan told reporters shells hit Sotk.',
     'Sotk', ['Armenian MoD']),
    ('A spokeswoman for the Armenian Defence Ministry, Stepanyan, said Azerbaijani drones struck near Jermuk.',
     'Jermuk', ['Armenian MoD']),
])
def test_claimant(gazetteer, text, place, expected):
    found = [who for name, who in claimant_pairs(text, gazetteer) if place in name]
    assert claimants_match(expected, found, _same), found
