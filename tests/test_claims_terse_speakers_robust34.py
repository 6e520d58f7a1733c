"""Claimants of tersely labelled speakers and personal accounts, sentences written for this test: a transcript or
interview whose turns are labelled by surname alone ("ALIYEV:", "Mirzoyan — ...", "Hajizada said" after the full
name); a reader's letter or diary in the first person; a relative's, friend's or neighbour's account ("my cousin in X
told me", "a friend in X told me", "my mother from X"); "our government" in a letter signed from one side; joint
statements of two, three or more states ("Georgia, Armenia and Azerbaijan said", "the foreign ministers of Russia,
Armenia and Azerbaijan"), one row per side, never merged; "according to villagers/witnesses", "witnesses in X";
"a source in the X ministry".

The writer's own account has no claimant ("" below); every listed claimant must have its row and every row must
match one of them, matched loosely as the scorer does (one name within the other)."""

import pytest

from tests.helpers import claimant_pairs, claimants_match

AM, AZ = "Armenian government", "Azerbaijani government"
AMF, AZF = "Armenian government (Foreign Ministry)", "Azerbaijani government (Foreign Ministry)"
RUF = "Russian government (Foreign Ministry)"


def _same(expected, who):
    """One claimant read as the expected one: none for "", else one name within the other."""
    return who == "" if expected == "" else bool(who) and (expected in who or who in expected)


@pytest.mark.parametrize("text, place, expected", [
    ('Interview with President Ilham Aliyev\n\nQ: What happened last night?\nALIYEV: Armenian units shelled '
     'our positions near Tartar.',
     'Tartar', ['Ilham Aliyev']),
    ('Interview with Foreign Minister Ararat Mirzoyan\n\nQ: Is the border calm?\nMIRZOYAN: No. Azerbaijani '
     'troops fired on Sotk on Tuesday.',
     'Sotk', [AMF]),
    ('Interview with Foreign Minister Jeyhun Bayramov\n\nQUESTION: And the border?\nBAYRAMOV: Armenian forces'
     ' fired at Tovuz villages overnight.',
     'Tovuz', [AZF]),
    ('Transcript: Prime Minister Nikol Pashinyan at a press conference\n\nPASHINYAN: Azerbaijani troops '
     'advanced near Jermuk this morning.',
     'Jermuk', ['Nikol Pashinyan']),
    ('Foreign Ministry spokesman Aykhan Hajizada spoke to reporters on Monday. Hajizada said Armenian '
     'snipers fired at Gazakh villages.',
     'Gazakh', [AZF]),
    ('Ani Badalyan, the Armenian Foreign Ministry spokeswoman, held a briefing. Badalyan said Azerbaijani '
     'forces shelled Kornidzor.',
     'Kornidzor', [AMF]),
    ('Ararat Mirzoyan met journalists in Yerevan.\nMirzoyan — Azerbaijani troops fired on Verin Shorzha at dawn.',
     'Verin Shorzha', [AMF]),
    ('Hikmet Hajiyev answered questions in Baku.\nHajiyev — Armenian forces mined roads near Kalbajar.',
     'Kalbajar', ['Hikmet Hajiyev']),
    ('Defence Minister Suren Papikyan visited Vardenis. Papikyan said Azerbaijani drones had struck a post'
     ' near Sotk.',
     'Sotk', ['Armenian MoD']),
    ('Armenian Defence Ministry spokeswoman Aronui Aghababyan briefed reporters. Aghababyan said '
     'Azerbaijani units opened fire on Norabak.',
     'Norabak', ['Armenian MoD']),
    ('RADIO TRANSCRIPT\nHOST: We turn to the border.\nHAJIZADA: Armenian units shelled Lachin district positions.',
     'Lachin District', [AZF]),
    ('Transcript of a briefing by Maria Zakharova\n\nZAKHAROVA: Russian peacekeepers escorted a convoy '
     'through Lachin on Monday.',
     'Lachin', [RUF]),
    ('Nikol Pashinyan spoke to parliament on Wednesday. Pashinyan told deputies that Azerbaijani troops '
     'had fired on Norabak.',
     'Norabak', ['Nikol Pashinyan']),
    ('Ilham Aliyev addressed the nation. Aliyev said Armenian units had shelled Aghdam overnight.',
     'Aghdam', ['Ilham Aliyev']),
    ('Jeyhun Bayramov met his Georgian counterpart in Tbilisi. Bayramov told reporters Armenian forces '
     'fired at Agdam village in Tovuz.',
     'Aghdam', [AZF]),
    ('Interview with Ararat Mirzoyan\n\nQ: And Jermuk?\nMirzoyan: Shells hit the outskirts of Jermuk on Monday.',
     'Jermuk', [AMF]),
    ('Letter to the editor\n\nI live in Sotk. On Tuesday night I saw shells fall on the village school.',
     'Sotk', ['']),
    ('Dear editor, I drove through Ijevan on Monday and saw soldiers digging trenches outside the town.',
     'Ijevan', ['']),
    ('From a reader in Tartar: last night I heard explosions near the town and saw smoke over the fields.',
     'Tartar', ['']),
    ('My diary, 12 May\n\nShells fell on Chinari again this morning. I counted eleven.',
     'Chinari', ['']),
    ('I am writing from Berd. This week I watched drones circle over Aygepar for hours.',
     'Aygepar', ['']),
    ('A letter from Ganja\n\nI saw the missile strike our street in Ganja with my own eyes.',
     'Ganja', ['']),
    ('Diary of a teacher in Martuni\n\nMonday. Gunfire near Martuni all night; we kept the children home.',
     'Khojavend', ['']),
    ('I was in Jermuk when the shelling began and hid in the hotel basement.',
     'Jermuk', ['']),
    ('We saw the smoke rising over Tovuz from our balcony on Sunday evening.',
     'Tovuz', ['']),
    ('My cousin in Tegh told me shells fell on Kornidzor overnight.',
     'Kornidzor', ['residents']),
    ('My neighbour in Berd says Azerbaijani snipers fired at Chinari on Monday.',
     'Chinari', ['residents']),
    ('My brother, who lives in Tartar, told me Armenian shells hit the market on Sunday.',
     'Tartar', ['residents']),
    ('A friend in Jermuk told me the road to the town was closed on Tuesday.',
     'Jermuk', ['residents']),
    ('My mother in Ijevan said she heard gunfire from Aygepar all night.',
     'Aygepar', ['residents']),
    ('My sister in Ganja wrote to me that a missile struck near the railway station.',
     'Ganja', ['residents']),
    ('Our neighbours in Tovuz said shells landed in Agdam village on Sunday.',
     'Aghdam', ['residents']),
    ('My uncle from Sotk told me that Azerbaijani troops had dug in above the village.',
     'Sotk', ['residents']),
    ('Letter to the editor\n\nOur Foreign Ministry says Azerbaijani troops fired on Sotk, and I believe it.'
     '\n\nAnna Petrosyan, Yerevan',
     'Sotk', [AMF]),
    ('Letter to the editor\n\nOur government claims Armenian sappers mined fields near Fuzuli.\n\nRashad '
     'Mammadov, Baku',
     'Fuzuli', [AZ]),
    ('Dear editor,\n\nOur Defence Ministry said shells hit Jermuk on Monday.\n\nGayane Hakobyan, Vanadzor',
     'Jermuk', ['Armenian MoD']),
    ('Sir,\n\nOur Defence Ministry reported that Armenian units shelled Tartar overnight.\n\nElnur Aliyev, Ganja',
     'Tartar', ['Azerbaijani MoD']),
    ('Letter to the editor\n\nOur government says Azerbaijani drones struck near Vardenis. Why is no one '
     'listening?\n\nArmen Sargsyan, Gyumri',
     'Vardenis', [AM]),
    ('Letter to the editor\n\nOur ministry of defence says Armenian troops fired at Gazakh villages.\n\nLeyla '
     'Huseynova, Gazakh',
     'Gazakh', ['Azerbaijani MoD']),
    ('In a joint statement, the foreign ministers of Armenia and Azerbaijan said the border near Ijevan '
     'would be marked this year.',
     'Ijevan', [AMF, AZF]),
    ('The foreign ministers of Armenia and Azerbaijan said in a joint statement that talks on the Lachin '
     'road would resume.',
     'Lachin', [AMF, AZF]),
    ('The three foreign ministers, of Russia, Armenia and Azerbaijan, said the road through Lachin would stay open.',
     'Lachin', [RUF, AMF, AZF]),
    ('Both governments said the crossing at Margara would open for diplomats, Armenia and Azerbaijan '
     'confirmed on Tuesday.',
     'Margara', [AM, AZ]),
    ('Armenia and Azerbaijan said in a joint statement that the village of Kirants would be handed over.',
     'Kirants', [AM, AZ]),
    ('Georgia, Armenia and Azerbaijan said in a joint statement that the Sadakhlo crossing would handle '
     'more freight.',
     'Sadakhlo', ['Georgian government', AM, AZ]),
    ('A joint statement by Armenia and Azerbaijan said the delimitation near Berkaber was complete.',
     'Berkaber', [AM, AZ]),
    ('The defence ministries of Armenia and Azerbaijan said in a joint statement that the ceasefire near Sotk held.',
     'Sotk', ['Armenian MoD', 'Azerbaijani MoD']),
    ('In a joint communiqué, Armenia and Azerbaijan said the railway through Nakhchivan would be rebuilt.',
     'Nakhchivan', [AM, AZ]),
    ('The foreign ministers of Russia, Armenia and Azerbaijan said the Lachin corridor must stay open, '
     'according to a joint statement.',
     'Lachin', [RUF, AMF, AZF]),
    ('The leaders of Russia, Armenia and Azerbaijan said in a joint statement that the railway via Meghri '
     'would reopen.',
     'Meghri', ['Russia', 'Armenia', 'Azerbaijan']),
    ('Turkey and Armenia said in a joint statement that the Margara crossing would open for third-country nationals.',
     'Margara', ['Turkish government', AM]),
    ('Iran and Azerbaijan said in a joint statement that a bridge across the Aras near Aghband would be built.',
     'Aghband', ['Iranian government', AZ]),
    ('Shells fell on Chinari overnight, according to local residents.',
     'Chinari', ['residents']),
    ('According to villagers, Azerbaijani troops fired at Aygepar on Sunday.',
     'Aygepar', ['residents']),
    ('According to witnesses, a drone struck a car near Sotk on Monday.',
     'Sotk', ['witnesses']),
    ('Villagers in Movses said gunfire continued until dawn.',
     'Movses', ['residents']),
    ('Witnesses in Tartar said two shells landed near the hospital.',
     'Tartar', ['witnesses']),
    ('Local residents told reporters that shells hit houses in Berkaber on Friday.',
     'Berkaber', ['residents']),
    ('Residents of Jermuk said they heard explosions all night.',
     'Jermuk', ['residents']),
    ('According to residents of Tovuz, Armenian shells fell on the town on Sunday.',
     'Tovuz', ['residents']),
    ('Eyewitnesses said a drone hit a bus near Vardenis on Tuesday.',
     'Vardenis', ['witnesses']),
    ('Several villagers said shots were fired at Nerkin Karmiraghbyur overnight.',
     'Nerkin Karmiraghbyur', ['residents']),
    ('A shell landed near the school in Sotk, villagers said.',
     'Sotk', ['residents']),
    ('Two houses in Chinari were damaged by gunfire, residents told RFE/RL.',
     'Chinari', ['residents']),
    ('A source in the Armenian Defence Ministry said Azerbaijani troops fired on Sotk overnight.',
     'Sotk', ['Armenian MoD']),
    ("A source in Azerbaijan's Defence Ministry told APA that Armenian units shelled Tartar.",
     'Tartar', ['Azerbaijani MoD']),
    ('A source in the Armenian Foreign Ministry said talks on the Margara crossing had stalled.',
     'Margara', [AMF]),
    ("A source at Azerbaijan's Foreign Ministry said the border near Gazakh would be marked in spring.",
     'Gazakh', [AZF]),
    ('According to a source in the Azerbaijani Defence Ministry, Armenian troops mined the road near Kalbajar.',
     'Kalbajar', ['Azerbaijani MoD']),
    ('According to a source in the Armenian Defence Ministry, Azerbaijani drones struck a post near Jermuk.',
     'Jermuk', ['Armenian MoD']),
    ('A source in the Armenian government said the crossing at Agarak would close on Friday.',
     'Agarak', [AM]),
    ('A source in the Georgian Interior Ministry said the Red Bridge crossing was shut for two hours.',
     'Red Bridge', ['Georgian government']),
    ('A source in the Iranian Foreign Ministry said the border crossing at Norduz was open.',
     'Norduz', ['Iranian government']),
    ('A Defence Ministry source in Baku said Armenian forces fired at Tovuz.',
     'Tovuz', ['Azerbaijani MoD']),
    ('A Defence Ministry source in Yerevan said Azerbaijani units shelled Verin Shorzha.',
     'Verin Shorzha', ['Armenian MoD']),
    ('A source close to the Armenian Foreign Ministry said Azerbaijani troops fired on Tegh.',
     'Tegh', [AMF]),
    ("Azerbaijan's Foreign Ministry spokesman, Hajizada, said Armenian forces had shelled Lachin.",
     'Lachin', [AZF]),
    ("Armenia's foreign minister, Mirzoyan, said shells landed in Sotk.",
     'Sotk', [AMF]),
    ("Azerbaijan's president, Aliyev, said Armenian troops had shelled Aghdam.",
     'Aghdam', ['Ilham Aliyev']),
    ("Armenia's prime minister, Pashinyan, said Azerbaijani forces fired on Jermuk.",
     'Jermuk', ['Nikol Pashinyan']),
    ('Speaking to reporters, Bayramov said Armenian forces fired at Gazakh.',
     'Gazakh', [AZF]),
    ('In an interview, Mirzoyan said Azerbaijani troops fired on Verin Shorzha.',
     'Verin Shorzha', [AMF]),
    ('Zakharova said Russian peacekeepers escorted a convoy through Lachin.',
     'Lachin', [RUF]),
    ('Hajizada told reporters that Armenian snipers fired at Agdam village in Tovuz.',
     'Aghdam', [AZF]),
    ('Asked about Tartar, Hajiyev said Armenian artillery had struck the town overnight.',
     'Tartar', ['Hikmet Hajiyev']),
    ('Pashinyan: Azerbaijani troops fired on Sotk overnight.',
     'Sotk', ['Nikol Pashinyan']),
    ('Aliyev: Armenian units shelled Fuzuli positions.',
     'Fuzuli', ['Ilham Aliyev']),
    ('Mirzoyan: shells landed near Jermuk on Sunday.',
     'Jermuk', [AMF]),
])
def test_claimant(gazetteer, text, place, expected):
    found = [who for name, who in claimant_pairs(text, gazetteer) if any(place in n for n in name.split(";"))]
    assert claimants_match(expected, found, _same), found
