"""Claimants over a hundred attribution wordings written for this test (wire and regional-outlet style, both sides,
Russia and its peacekeepers, EU monitors, the ICRC, the UN, local officials, residents, people named and then named
again, a side's parliament and its members): each sentence gives its one claimant, two sides' claims in one
paragraph stay apart, and a headline that only says both sides blame each other claims nothing."""

import pytest

from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place, expected", [
    ('Azerbaijani forces opened fire on positions near Norabak, the Armenian Defence Ministry said in '
     'a statement on Telegram.',
     'Norabak', 'Armenian MoD'),
    ("The Azerbaijani Defence Ministry's press service said Armenian units had fired mortars at "
     'Kalbajar district positions late on Friday.',
     'Kalbajar District', 'Azerbaijani MoD'),
    ('"Our positions near Sotk came under fire," the ministry\'s spokeswoman said, adding that nobody '
     'was hurt. The Armenian Defence Ministry later confirmed it.',
     'Sotk', ''),
    ('"The enemy shelled Tartar," Vagif Dargahli told journalists, "and we responded."',
     'Tartar', 'Azerbaijani MoD'),
    ('According to sources in the Armenian Defence Ministry, drones were seen over Jermuk.',
     'Jermuk', 'Armenian MoD'),
    ('Sources in Baku said Armenian saboteurs had been detained near Lachin.',
     'Lachin', 'Azerbaijani government'),
    ("Armenian forces fired on Aghdam overnight, Azerbaijan's Defence Ministry said, while Armenia's "
     'Defence Ministry said Azerbaijani troops had shelled Tegh.',
     'Aghdam', 'Azerbaijani MoD'),
    ("Armenian forces fired on Aghdam overnight, Azerbaijan's Defence Ministry said, while Armenia's "
     'Defence Ministry said Azerbaijani troops had shelled Tegh.',
     'Tegh', 'Armenian MoD'),
    ('EUMA monitors reported that shots were fired near Verin Shorzha on Sunday.',
     'Verin Shorzha', 'EU'),
    ('The European Union Mission in Armenia said in a post on X that it had patrolled near Jermuk.',
     'Jermuk', 'EU'),
    ('UN refugee agency spokesman said some 20,000 people had reached Goris by Tuesday.',
     'Goris', 'UN'),
    ('A UN team visited Khankendi on Sunday, the United Nations said in a statement.',
     'Stepanakert', 'UN'),
    ('According to the UNHCR, refugees continued to arrive in Goris.',
     'Goris', 'UN'),
    ('The OSCE Minsk Group co-chairs said they were alarmed by the fighting around Hadrut.',
     'Hadrut', 'OSCE Minsk Group'),
    ('The International Committee of the Red Cross said on Thursday it had transferred patients from '
     'Stepanakert to Armenia.',
     'Stepanakert', 'ICRC'),
    ('ICRC spokesperson told AFP that a convoy had crossed the Hakari bridge.',
     'Hakari Bridge', 'ICRC'),
    ('Russian peacekeepers recorded shooting in the Shusha district, according to the Russian Defence '
     "Ministry's daily bulletin.",
     'Shusha District', 'Russian MoD'),
    ('According to the Russian peacekeepers, the situation around Lachin remained tense.',
     'Lachin', 'Russian peacekeepers'),
    ("Gegharkunik's governor told Armenpress that shells had landed near Vardenis.",
     'Vardenis', "local officials (Gegharkunik's governor)"),
    ('Villagers in Dovegh told RFE/RL that a shell had damaged a barn.',
     'Dovegh', 'residents'),
    ('Farmers in Tovuz said they could not reach their fields because of the shooting.',
     'Tovuz', 'residents'),
    ('Local people in Berd said the firing continued until morning.',
     'Berd', 'residents'),
    ('A woman in Jermuk, speaking by phone, said the hotels were empty.',
     'Jermuk', 'residents'),
    ('Armenian Foreign Minister Ararat Mirzoyan said on Monday that Azerbaijani troops had occupied '
     'heights near Jermuk. Mirzoyan called on the international community to react.',
     'Jermuk', 'Armenian government (Foreign Ministry)'),
    ('Azerbaijani Foreign Minister Jeyhun Bayramov met his counterpart in Almaty. Bayramov told '
     'reporters that Armenian forces had mined roads near Kalbajar.',
     'Kalbajar', 'Azerbaijani government (Foreign Ministry)'),
    ('Armenian Defence Minister Suren Papikyan visited Jermuk on Saturday. He said Azerbaijani troops '
     'had fired on army positions overnight.',
     'Jermuk', ''),
    ('Zakir Hasanov inspected units near Fuzuli. The minister said Armenian saboteurs had been '
     'repelled near Horadiz.',
     'Horadiz', 'Azerbaijani MoD'),
    ('Hikmet Hajiyev, an aide to President Ilham Aliyev, said Armenian missiles had struck Barda.',
     'Barda', 'Azerbaijani presidential aide (Hikmet Hajiyev)'),
    ('President Ilham Aliyev said in an address to the nation that Azerbaijani troops had liberated '
     'Jabrayil.',
     'Jabrayil', 'Azerbaijani presidency (Ilham Aliyev)'),
    ('Prime Minister Nikol Pashinyan told a cabinet meeting that Azerbaijani forces had shelled Sotk.',
     'Sotk', 'Armenian PM (Nikol Pashinyan)'),
    ('Pashinyan, speaking in parliament, said Azerbaijani troops had advanced near Vardenis.',
     'Vardenis', 'Armenian PM (Nikol Pashinyan)'),
    ('Shells hit Martuni on Tuesday, the Artsakh Defence Army said.',
     'Khojavend', 'Nagorno-Karabakh authorities'),
    ('The de facto authorities in Stepanakert said Azerbaijani fire had killed two people in '
     'Martakert.',
     'Martakert', 'Nagorno-Karabakh authorities'),
    ("Karabakh's emergency service said a gas pipeline near Shusha had been damaged.",
     'Shusha', 'Nagorno-Karabakh authorities'),
    ("Gegam Stepanyan, Artsakh's human rights ombudsman, said on Facebook that a shell had hit a "
     'kindergarten in Stepanakert.',
     'Stepanakert', 'Nagorno-Karabakh Ombudsman'),
    ("Armenia's Human Rights Defender Anahit Manasyan said Azerbaijani troops had fired on a village "
     'near Kapan.',
     'Kapan', 'Armenian Human Rights Defender'),
    ("Azerbaijan's Ombudsman said Armenian shelling had damaged houses in Terter.",
     'Tartar', 'Azerbaijani Ombudsman'),
    ("Azerbaijan's Prosecutor General's Office said civilians had been killed in Ganja.",
     'Ganja', "Azerbaijani government (Prosecutor General's Office)"),
    ("Armenia's Investigative Committee said it was looking into the shelling of Jermuk.",
     'Jermuk', 'Armenian government (Investigative Committee)'),
    ("Azerbaijan's State Border Service said smugglers had been detained near Astara.",
     'Astara', 'Azerbaijani government (State Border Service)'),
    ("Azerbaijan's Ministry of Emergency Situations said fires near Tartar had been put out.",
     'Tartar', 'Azerbaijani government (Ministry of Emergency Situations)'),
    ("Armenia's Health Ministry said wounded had been brought to Goris hospital.",
     'Goris', 'Armenian government (Ministry of Health)'),
    ('ANAMA said its deminers had cleared 200 mines near Aghdam last month.',
     'Aghdam', 'Azerbaijani government (ANAMA)'),
    ('The HALO Trust said its teams had cleared fields near Martakert.',
     'Martakert', 'HALO Trust'),
    ('Human Rights Watch said cluster munitions had been used in Barda.',
     'Barda', 'Human Rights Watch'),
    ('Amnesty International said a strike on Ganja had killed civilians.',
     'Ganja', 'Amnesty International'),
    ('The Kremlin said Putin had discussed the situation around Lachin with Pashinyan.',
     'Lachin', 'Russian government (Kremlin)'),
    ('Kremlin spokesman Dmitry Peskov told reporters that the peacekeepers were working in Lachin.',
     'Lachin', 'Russian government (Kremlin)'),
    ('Russian Foreign Ministry spokeswoman Maria Zakharova said the road through Lachin must stay '
     'open.',
     'Lachin', 'Russian government (Foreign Ministry)'),
    ("Turkey's Defence Ministry said Turkish officers were monitoring the ceasefire from Aghdam.",
     'Aghdam', 'Turkish MoD'),
    ("Iran's Foreign Ministry said shells had landed in Iranian villages near Khoda Afarin.",
     'Khudafarin Bridges', 'Iranian government (Foreign Ministry)'),
    ('The US State Department said it was concerned about reports of fighting near Sotk.',
     'Sotk', 'US State Department'),
    ('Armenian troops shelled Dashkasan overnight, Azerbaijani media reported.',
     'Dashkasan', 'Azerbaijani media'),
    ('APA, citing a source in the Defence Ministry, said Armenian drones had been downed near Tovuz.',
     'Tovuz', 'MoD'),
    ('News.am reported that Azerbaijani troops had opened fire on Khnatsakh.',
     'Khnatsakh', 'Armenian media'),
    ('Report.az said Armenian forces had shelled Gadabay.',
     'Gadabay', 'Azerbaijani media'),
    ('Azerbaijani drones struck near Sisian, Armenian news site Hetq reported.',
     'Sisian', 'Armenian media'),
    ('TASS reported, citing the Russian Defence Ministry, that peacekeepers had escorted a convoy to '
     'Stepanakert.',
     'Stepanakert', 'Russian MoD'),
    ("Armenia's Defence Ministry denied Azerbaijani claims that its forces had shelled Lachin.",
     'Lachin', 'Armenian MoD'),
    ('Baku accused Yerevan of shelling Aghdam; Yerevan denied the charge.',
     'Aghdam', 'Azerbaijani government'),
    ('The Armenian side said Azerbaijani troops had fired on Tegh.',
     'Tegh', 'Armenian government'),
    ('The Azerbaijani side reported that Armenian units had fired at Gadabay.',
     'Gadabay', 'Azerbaijani government'),
    ('Yerevan said Azerbaijani troops had fired on Verin Shorzha, while Baku said Armenian troops had '
     'fired first near Kalbajar.',
     'Kalbajar', 'Azerbaijani government'),
    ('Yerevan said Azerbaijani troops had fired on Verin Shorzha, while Baku said Armenian troops had '
     'fired first near Kalbajar.',
     'Verin Shorzha', 'Armenian government'),
    ('Azerbaijani troops shelled Ararat province, Armenian officials said.',
     'Ararat Province', 'Armenian government'),
    ('Azerbaijani officials said Armenian troops had fired on Zangilan.',
     'Zangilan', 'Azerbaijani government'),
    ('Officials in Baku said Armenian snipers had fired on Shusha.',
     'Shusha', 'Azerbaijani government'),
    ('Officials in Yerevan said Azerbaijani drones had been seen over Jermuk.',
     'Jermuk', 'Armenian government'),
    ("Armenia's parliament speaker Alen Simonyan said Azerbaijani troops had occupied land near "
     'Jermuk.',
     'Jermuk', 'Armenian parliament (Alen Simonyan)'),
    ("A member of Armenia's National Assembly said Azerbaijani troops had fired on Tegh.",
     'Tegh', 'Armenian parliament'),
    ("A member of Azerbaijan's Milli Majlis said Armenian saboteurs had been seen near Lachin.",
     'Lachin', 'Azerbaijani parliament'),
    ('Azerbaijani lawmaker Rasim Musabayov said Armenian forces had shelled Tovuz.',
     'Tovuz', 'Azerbaijani parliament (Rasim Musabayov)'),
    ("Shells fell on Tartar, said Vagif Dargahli, the Azerbaijani Defence Ministry's spokesman.",
     'Tartar', 'Azerbaijani MoD'),
    ("It was not immediately possible to verify the claim, made by Azerbaijan's defence ministry, "
     'that Armenian forces had shelled Lachin.',
     'Lachin', 'Azerbaijani MoD'),
    ("Armenian units shelled Tartar, Azerbaijan's defence ministry said on its website.",
     'Tartar', 'Azerbaijani MoD'),
    ('In a statement released on Monday evening, the Armenian Defence Ministry said Azerbaijani '
     'forces had fired on Sotk.',
     'Sotk', 'Armenian MoD'),
    ('The Armenian Defence Ministry, in a statement on its Facebook page, said shells had hit '
     'Norabak.',
     'Norabak', 'Armenian MoD'),
    ('Azerbaijan says Armenian troops shelled Tovuz.',
     'Tovuz', 'Azerbaijani government'),
    ('Armenia says Azerbaijani drones struck Vardenis.',
     'Vardenis', 'Armenian government'),
    ('Eyewitnesses told Reuters that fires were burning in Martakert.',
     'Martakert', 'witnesses'),
    ('A Reuters reporter in Stepanakert heard explosions overnight.',
     'Stepanakert', 'Reuters reporter'),   # a reporter's own hearing: his outlet's account
    ('Armenian troops shelled Tovuz, an Azerbaijani defence ministry statement said.',
     'Tovuz', 'Azerbaijani MoD'),
    ('Azerbaijani troops shelled Kapan, a statement by the Armenian Foreign Ministry said.',
     'Kapan', 'Armenian government (Foreign Ministry)'),
    ("The Azerbaijani defence ministry's spokesman Anar Eyvazov said Armenian forces had shelled "
     'Fuzuli. Eyvazov added that there were no losses.',
     'Fuzuli', 'Azerbaijani MoD'),
    ('The Armenian Defence Ministry said Azerbaijani troops had opened fire on Norabak. The ministry '
     'said there were no casualties in Vardenis.',
     'Vardenis', 'Armenian MoD'),
    ('As the Armenian Defence Ministry has said, Azerbaijani units shelled Jermuk.',
     'Jermuk', 'Armenian MoD'),
    ('Armenian forces, said Azerbaijani presidential aide Hikmet Hajiyev, had targeted Ganja.',
     'Ganja', 'Azerbaijani presidential aide (Hikmet Hajiyev)'),
    ("Russia's Defence Ministry said in its daily bulletin that no violations were recorded near "
     'Lachin.',
     'Lachin', 'Russian MoD'),
    ("Armenia's ombudsman said Azerbaijani fire had hit a school in Sotk.",
     'Sotk', 'Armenian Human Rights Defender'),
    ('PACE said in a resolution that the Lachin road had to be reopened.',
     'Lachin corridor', 'PACE'),
])
def test_each_wording_gives_its_claimant(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place, expected", [
    # a side's parliament speaks as that side's parliament; a member named keeps his name under it
    ("A member of Armenia's National Assembly said Azerbaijani troops had fired on Ijevan.", "Ijevan",
     "Armenian parliament"),
    ("Azerbaijani MPs said Armenian units had shelled Aghdam.", "Aghdam", "Azerbaijani parliament"),
    ("Azerbaijani lawmaker Elnur Mammadli said Armenian forces had shelled Gadabay.", "Gadabay",
     "Azerbaijani parliament (Elnur Mammadli)"),
    ("Armenian MP Vahe Sargsyan said drones had flown over Sisian.", "Sisian", "Armenian parliament (Vahe Sargsyan)"),
    # unnamed sources in a capital are its government's
    ("Sources in Yerevan said Azerbaijani troops had fired on Berd.", "Berd", "Armenian government"),
    ("Diplomatic sources in Baku said Armenian units had fired on Gadabay.", "Gadabay", "Azerbaijani government"),
    # an opposition's sources are not its government's
    ("Armenian opposition sources said Azerbaijani troops had fired on Chambarak.", "Chambarak",
     "Armenian opposition sources"),
    # unnamed people told by the town they are in are its residents
    ("An elderly man in Vardenis said shells had fallen near Vardenis all night.", "Vardenis", "residents"),
    ("Local people in Tovuz told a reporter that the firing stopped at dawn.", "Tovuz", "residents"),
])
def test_parliaments_sources_and_townspeople(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_a_headline_of_mutual_blame_claims_nothing(gazetteer):
    text = "Armenia, Azerbaijan trade blame over shelling near Tegh"
    assert all_claimants(text, gazetteer).get("Tegh", [""]) == [""]

