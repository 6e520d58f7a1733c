"""Claims attributed in the many ways news words them (sentences written for these tests): "according to",
"told reporters", "told Reuters", a statement, a spokesperson, "per", the verbs of claiming, posts on Telegram, X or
Facebook, a press service, the inverted "said X", an outlet relaying a speaker ("quoting", "quoted X as saying",
"cited by ... as saying": the speaker claims), passive charges ("was blamed by X"), "the claim, made by X", "said a
statement from X"; a denial stays the denier's; "said nothing about" and "no comment on reports" claim nothing."""

import pytest

from tests.helpers import all_claimants

AM, AZ = "Armenian MoD", "Azerbaijani MoD"
AMFA, AZMFA = "Armenian government (Foreign Ministry)", "Azerbaijani government (Foreign Ministry)"


@pytest.mark.parametrize("text, place, expected", [
    ("According to the Armenian Defence Ministry, Azerbaijani drones struck a depot near Vardenis.", "Vardenis", AM),
    ("According to Azerbaijan's defence ministry, Armenian artillery shelled Tartar overnight.", "Tartar", AZ),
    ("The Azerbaijani Defence Ministry said on Tuesday that Armenian units had fired on Tovuz.", "Tovuz", AZ),
    ("Shushan Stepanyan told reporters that Azerbaijani forces had shelled Chambarak.", "Chambarak", AM),
    ("Vagif Dargahli told Reuters that Armenian troops had fired on positions near Fuzuli.", "Fuzuli", AZ),
    ("In a statement, the Armenian Foreign Ministry said Azerbaijani troops had crossed into Jermuk.", "Jermuk", AMFA),
    ("The Azerbaijani Defence Ministry's spokesperson said Armenian forces had shelled Barda.", "Barda", AZ),
    ("A spokesman for the Armenian Defence Ministry said Azerbaijani drones had hit Goris.", "Goris", AM),
    ("Azerbaijani units shelled Kapan overnight, per the Armenian Defence Ministry.", "Kapan", AM),
    ("The Azerbaijani Defence Ministry alleged that Armenian forces had shelled Aghdam.", "Aghdam", AZ),
    ("The Armenian Defence Ministry claimed Azerbaijani troops had fired on Sotk.", "Sotk", AM),
    ("Baku insisted that Armenian units had fired first near Kalbajar.", "Kalbajar", "Azerbaijani government"),
    ("The Armenian Foreign Ministry maintained that Azerbaijani forces were still "
     "shelling Stepanakert.", "Stepanakert", AMFA),
    ("The Azerbaijani Defence Ministry reported that Armenian artillery had struck Horadiz.", "Horadiz", AZ),
    ("The Armenian Defence Ministry announced that Azerbaijani drones had been shot down over Ijevan.", "Ijevan", AM),
    ("The Azerbaijani Foreign Ministry accused Armenia of shelling Ganja.", "Ganja", AZMFA),
    ("Anar Eyvazov wrote on Telegram that Armenian forces had fired at Terter.", "Tartar", AZ),
    ("Aram Torosyan wrote on X that Azerbaijani troops had shelled Sisian.", "Sisian", AM),
    ("Hikmet Hajiyev wrote on Facebook that Armenian missiles had hit "
     "Mingachevir.", "Mingachevir", "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    ("The Armenian Defence Ministry's press service reported that Azerbaijani units had fired on Tegh.", "Tegh", AM),
    ("The Azerbaijani Defence Ministry's Telegram channel posted that Armenian forces "
     "had shelled Jabrayil.", "Jabrayil", AZ),
    ("Armenian artillery shelled Beylagan overnight, said the Azerbaijani Defence Ministry.", "Beylagan", AZ),
    ("Azerbaijani drones struck a car near Berdzor, said Shushan Stepanyan.", "Lachin", AM),
    ("The Armenian Defence Ministry said in a statement quoted by TASS that "
     "Azerbaijani forces had shelled Vardenis.", "Vardenis", AM),
    ("TASS, quoting the Azerbaijani Defence Ministry, said Armenian units had fired on Tovuz.", "Tovuz", AZ),
    # a ministry the outlet quotes without naming its side is the outlet's side's
    ("Drones hit a depot near Sisian, Armenian media reported, quoting the Defence Ministry.", "Sisian", AM),
    ("Azerbaijani outlets, quoting the Defence Ministry, said Armenian fire had reached Aghjabadi.", "Aghjabadi", AZ),
    # (not a body whose name places it on the other side: it keeps its own)
    ("Armenian outlets, quoting the Defence Ministry in Baku, said Armenian units had fired on Tovuz.", "Tovuz", AZ),
    ("Armenpress, quoting the Azerbaijani side, said Armenian fire had hit Aghdam.", "Aghdam",
     "Azerbaijani government"),
    ("Citing the Foreign Ministry, Armenpress said Azerbaijani troops had crossed near Jermuk.", "Jermuk", AMFA),
    # ... and an outlet of neither side keeps the claim when the ministry it quotes is nobody's in particular
    ("Interfax, quoting the Defence Ministry, said shells had fallen near Berd.", "Berd", "Russian media"),
    ("Armenian forces shelled Aghjabadi, as reported by the Azerbaijani Defence Ministry.", "Aghjabadi", AZ),
    ("The claim, made by the Armenian Defence Ministry, was that Azerbaijani troops had shelled Jermuk.", "Jermuk", AM),
    ("Azerbaijani troops fired on Sotk, the Armenian Defence Ministry said, cited by Armenpress.", "Sotk", AM),
    ("The Azerbaijani Defence Ministry confirmed that Armenian shells had landed in Tartar.", "Tartar", AZ),
    ("Residents said shells fell near the market in Martakert.", "Martakert", "residents"),
    ("Villagers told AFP that drones had struck houses in Talish.", "Talish", "residents"),
    ("The ICRC said its team had delivered aid to Stepanakert.", "Stepanakert", "ICRC"),
    ("According to the International Committee of the Red Cross, food reached Goris on Monday.", "Goris", "ICRC"),
    ("Russian peacekeepers reported that a shot had been fired near Shusha.", "Shusha", "Russian peacekeepers"),
    ("A spokesman for the Russian peacekeeping contingent said the road through "
     "Lachin was open.", "Lachin", "Russian peacekeepers"),
    ("Armenpress reported that Azerbaijani drones had struck Vardenis.", "Vardenis", "Armenian media"),
    ("According to APA, Armenian troops fired on Tovuz overnight.", "Tovuz", "Azerbaijani media"),
    ("It was reported by the Armenian Defence Ministry that Azerbaijani units had shelled Kapan.", "Kapan", AM),
    ("Armenia was blamed by the Azerbaijani Defence Ministry for the shelling of Barda.", "Barda", AZ),
    ("Ilham Aliyev said in a televised address that Azerbaijani troops had entered "
     "Jabrayil.", "Jabrayil", "Azerbaijani presidency (Ilham Aliyev)"),
    ("Nikol Pashinyan told parliament that Azerbaijani troops had advanced near "
     "Jermuk.", "Jermuk", "Armenian PM (Nikol Pashinyan)"),
    ("Maria Zakharova told a briefing that the situation near Lachin was "
     "calm.", "Lachin", "Russian government (Foreign Ministry)"),
    ("Jeyhun Bayramov said Armenian forces had shelled Aghdam the day before.", "Aghdam", AZMFA),
    ("Ararat Mirzoyan accused Azerbaijan of shelling Sotk.", "Sotk", AMFA),
    ("The Azerbaijani Defence Ministry insisted that Armenian units had opened fire on Lachin.", "Lachin", AZ),
    ("Shells fell on Tartar on Monday, the Azerbaijani Defence Ministry alleged.", "Tartar", AZ),
    ("Shells hit Goris, the Armenian Defence Ministry's spokeswoman Shushan Stepanyan wrote on Facebook.", "Goris", AM),
    ("Speaking to journalists, Vagif Dargahli said Armenian forces had fired on Tovuz.", "Tovuz", AZ),
    ("In a post on Telegram, the Armenian Defence Ministry said Azerbaijani drones had attacked Jermuk.", "Jermuk", AM),
    ("Citing the Azerbaijani Defence Ministry, APA reported that Armenian artillery had struck Terter.", "Tartar", AZ),
    ("Azerbaijani forces shelled Meghri, according to a statement by the Armenian Defence Ministry.", "Meghri", AM),
    ("The Armenian Foreign Ministry's spokeswoman Ani Badalyan said Azerbaijani "
     "troops had fired on Tegh.", "Tegh", AMFA),
    ("Azerbaijani troops shelled Kapan, Armenia's Defence Ministry said in a statement on Sunday.", "Kapan", AM),
    ("Armenian units fired on Fuzuli, the Azerbaijani Defence Ministry told the Anadolu agency.", "Fuzuli", AZ),
    ("Reports by the Armenian Defence Ministry said Azerbaijani forces had shelled Vardenis.", "Vardenis", AM),
    ("The Armenian Defence Ministry denied that its units had shelled Tartar.", "Tartar", AM),
    ("Residents of Ganja told reporters that a missile had struck the city.", "Ganja", "residents"),
    ("Local residents reported heavy shelling in Martakert on Sunday.", "Martakert", "residents"),
    ("TASS quoted Vagif Dargahli as saying that Armenian forces had shelled Gadabay.", "Gadabay", AZ),
    ("Shushan Stepanyan was quoted by Armenpress as saying that Azerbaijani units had "
     "fired on Chambarak.", "Chambarak", AM),
    ("In an interview with Interfax, Jeyhun Bayramov said Armenian troops had mined "
     "roads near Lachin.", "Lachin", AZMFA),
    ("Vagif Dargahli was cited by APA as saying that Armenian units had shelled Tartar.", "Tartar", AZ),
    ("Armenpress, citing the Armenian Defence Ministry, reported that Azerbaijani "
     "drones had struck Sisian.", "Sisian", AM),
    ("The Azerbaijani Defence Ministry blamed Armenian forces for shelling Goranboy.", "Goranboy", AZ),
    ("Armenian troops were accused by the Azerbaijani Defence Ministry of shelling Aghdam.", "Aghdam", AZ),
    ("Aram Torosyan, the Armenian Defence Ministry's spokesman, said Azerbaijani "
     "forces had fired on Ijevan.", "Ijevan", AM),
    ("The Armenian Defence Ministry's spokesman, Aram Torosyan, said Azerbaijani "
     "forces had fired on Berd.", "Berd", AM),
    ("The Azerbaijani Defence Ministry, in a statement, said Armenian units had fired on Tovuz.", "Tovuz", AZ),
    ("The Armenian Defence Ministry says Azerbaijani forces are shelling Jermuk.", "Jermuk", AM),
    ("The Azerbaijani Defence Ministry has said Armenian units shelled Fuzuli.", "Fuzuli", AZ),
    ("The Armenian Defence Ministry charged that Azerbaijani troops had shelled Vardenis.", "Vardenis", AM),
    ("The Azerbaijani Defence Ministry asserted that Armenian forces had shelled Barda.", "Barda", AZ),
    ("The Armenian Defence Ministry acknowledged that Azerbaijani troops had taken "
     "positions near Jermuk.", "Jermuk", AM),
    ("Hikmet Hajiyev tweeted that Armenian missiles had hit "
     "Ganja.", "Ganja", "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    ("Footage released by the Azerbaijani Defence Ministry showed strikes near Martakert.", "Martakert", AZ),
    ("A source in the Armenian Defence Ministry told Armenpress that Azerbaijani "
     "forces had shelled Goris.", "Goris", AM),
    ("The Azerbaijani Defence Ministry's press office said Armenian units had fired on Tovuz.", "Tovuz", AZ),
    ("A statement from the Armenian Foreign Ministry said Azerbaijani troops had "
     "shelled Stepanakert.", "Stepanakert", AMFA),
    ("Armenian units shelled Tartar, said a statement from the Azerbaijani Defence Ministry.", "Tartar", AZ),
    ("The Azerbaijani Defence Ministry had earlier reported that Armenian forces fired on Gadabay.", "Gadabay", AZ),
    ("Azerbaijani forces shelled Kapan, Armenian media reported, citing local residents.", "Kapan", "Armenian media"),
    ("Residents in Sisian said on social media that drones had been seen overhead.", "Sisian", "residents"),
    ("The Russian peacekeepers' command said a convoy had passed through Lachin.", "Lachin", "Russian peacekeepers"),
    ("The Red Cross said on Monday it had evacuated wounded from Stepanakert.", "Stepanakert", "ICRC"),
    ("Ganja came under missile fire, the Azerbaijani Defence Ministry reported on Sunday.", "Ganja", AZ),
    ("Armenian forces shelled Tovuz, Azerbaijan claimed.", "Tovuz", "Azerbaijani government"),
    ("The shelling of Tartar, which the Azerbaijani Defence Ministry blamed on "
     "Armenian forces, lasted all night.", "Tartar", AZ),
    ("Stepanakert was shelled again, the Karabakh authorities said.", "Stepanakert", "Nagorno-Karabakh authorities"),
    ("Armenian media reported, citing the Armenian Defence Ministry, that Azerbaijani "
     "drones hit Vardenis.", "Vardenis", AM),
    ("Drones hit a school in Martakert, according to Artsakh's human rights "
     "ombudsman.", "Martakert", "Nagorno-Karabakh Ombudsman"),
    ("Per Armenpress, Azerbaijani troops shelled Sotk on Friday.", "Sotk", "Armenian media"),
    ("As the Azerbaijani Defence Ministry put it, Armenian units shelled Tovuz.", "Tovuz", AZ),
    ("Azerbaijani forces, the Armenian Defence Ministry said, shelled Jermuk overnight.", "Jermuk", AM),
    ("Armenian units, according to Baku, shelled Tartar.", "Tartar", "Azerbaijani government"),
    ("Baku says Armenian troops shelled Tovuz; Yerevan says Azerbaijani troops fired "
     "on Chambarak.", "Chambarak", "Armenian government"),
    ("The Armenian Defence Ministry's statement said that Azerbaijani units had shelled Vardenis.", "Vardenis", AM),
    ("The Azerbaijani Defence Ministry's spokesman Vagif Dargahli told APA that "
     "Armenian units had shelled Gadabay.", "Gadabay", AZ),
    ("Armenian forces shelled Barda, Azerbaijani presidential aide Hikmet Hajiyev "
     "told CNN.", "Barda", "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    ("Azerbaijani troops shelled Kapan, Pashinyan told parliament on "
     "Wednesday.", "Kapan", "Armenian PM (Nikol Pashinyan)"),
    ("Armenian units shelled Tartar, the Azerbaijani Defence Ministry announced on Telegram.", "Tartar", AZ),
    ("Azerbaijani units shelled Berd, Armenia's defence ministry said in a Facebook post.", "Berd", AM),
    ("Citing local residents, Armenpress said Azerbaijani drones had struck Sisian.", "Sisian", "Armenian media"),
    ("The peacekeepers said that the convoy had reached Stepanakert.", "Stepanakert", "Russian peacekeepers"),
    ("The Russian Defence Ministry said peacekeepers had escorted buses through Lachin.", "Lachin", "Russian MoD"),
    ("ICRC spokeswoman Zara Amatuni said aid had reached Stepanakert.", "Stepanakert", "ICRC"),
    ("According to the ICRC's delegation in Baku, a body was handed over near Aghdam.", "Aghdam", "ICRC"),
    ("Armenian forces fired on Aghdam, the Azerbaijani Defence Ministry alleged on Twitter.", "Aghdam", AZ),
    ("Armenian artillery shelled Tartar, APA reported, citing the Azerbaijani Defence Ministry.", "Tartar", AZ),
    ("The Azerbaijani Defence Ministry has accused Armenia of shelling Goranboy.", "Goranboy", AZ),
    ("Yerevan accused Baku of shelling Vardenis.", "Vardenis", "Armenian government"),
    ("Azerbaijan accused Armenian forces of firing on Tovuz.", "Tovuz", "Azerbaijani government"),
    ("In remarks carried by Armenpress, Suren Papikyan said Azerbaijani forces had shelled Jermuk.", "Jermuk", AM),
    ("Quoting a villager, Armenpress said shells had fallen on Berd.", "Berd", "residents"),
    ("The residents of Tegh, quoted by Armenpress, said drones had flown over the village.", "Tegh", "residents"),
    ("Villagers in Chinari told a local reporter that shells had hit their gardens.", "Chinari", "residents"),
    ("Shells hit Ganja overnight, Azerbaijan's foreign ministry stated.", "Ganja", AZMFA),
    ("Armenian forces violated the ceasefire near Fuzuli, the Azerbaijani Defence Ministry maintained.", "Fuzuli", AZ),
    ("Armenian forces shelled Tartar, Azerbaijan's defence ministry insisted on Monday.", "Tartar", AZ),
    ("Azerbaijan's defence ministry on Monday reported Armenian fire on Tovuz.", "Tovuz", AZ),
    ("The Armenian Defence Ministry reported Azerbaijani shelling of Vardenis.", "Vardenis", AM),
])
def test_each_wording_gives_the_one_who_claims(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place", [
    ("The Armenian Defence Ministry made no comment on reports of fire near Sotk.", "Sotk"),
    ("A reporter asked the Armenian Defence Ministry about Jermuk, but it gave no answer.", "Jermuk"),
    ("Shells fell on Goris overnight. The Azerbaijani Defence Ministry said nothing about the town.", "Goris"),
    ("A convoy reached Kapan on Monday; the Armenian Foreign Ministry declined to comment.", "Kapan"),
    ("Armenia's Foreign Ministry said nothing about Tegh.", "Tegh"),
    ("The Azerbaijani Defence Ministry gave no details about Fuzuli.", "Fuzuli"),
])
def test_words_that_claim_nothing_give_no_claimant(gazetteer, text, place):
    assert all_claimants(text, gazetteer).get(place, [""]) == [""]


@pytest.mark.parametrize("text, place, expected", [
    ("The Azerbaijani Defence Ministry said nothing had been hit in Gadabay.", "Gadabay", AZ),
    ("The Armenian Defence Ministry said little damage was done in Vardenis.", "Vardenis", AM),
])
def test_a_claim_in_the_negative_keeps_its_claimant(gazetteer, text, place, expected):
    """'said nothing had been hit in X' is a claim, unlike 'said nothing about X'."""
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_outlet_that_printed_an_interview_is_not_the_claimant():
    """'an interview with TASS published on Monday': the participle says when the outlet printed it, not who spoke."""
    import datetime as dt
    from geo.extract import extract_text
    found = extract_text("In an interview with Reuters published on Tuesday, the minister said troops had entered Sotk.",
                         dt.date(2023, 5, 10))
    assert found and all("media" not in c["claimed_by"] and "Reuters" not in c["claimed_by"] for c in found)
    found = extract_text("In an interview with TASS, Pashinyan said the shelling of Jermuk had to stop.",
                         dt.date(2023, 5, 10))
    assert [c["claimed_by"] for c in found] == ["Armenian PM (Nikol Pashinyan)"]
