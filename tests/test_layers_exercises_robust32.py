"""Layers, round 32, on sentences written for it: military exercises, manoeuvres and troop movements near borders,
official visits, ceremonies and meetings. An exercise and what troops do in it (fire at targets, lay a pontoon bridge,
cross a river) is `other`, never fire nor a way; weapons moved up to a border are a build-up, not fire; a province
or an exclave an exercise was held in, or that an official visited, is the event's place when no smaller place is
named; a unit's home base or headquarters only locates it, as does a place an exercise is named after."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import waypoint_layers

layers = partial(waypoint_layers, published=dt.date(2022, 9, 20))
S, C, K, O = "shelling", "corridors", "checkpoints", "other"


@pytest.mark.parametrize("text, place, layer", [
    ('Iranian troops held drills on the Aras river near Jolfa on Friday.', 'Julfa', O),
    ("Iran's army laid pontoon bridges across the Aras near Khoda Afarin during the exercise.", 'Khudafarin Bridges', O),
    ('Engineers practised crossing the Araks near Norduz with a pontoon bridge.', 'Norduz', O),
    ('Azerbaijan and Turkey began joint military exercises in Nakhchivan on Monday.', 'Nakhchivan', O),
    ('Russian troops at the 102nd base in Gyumri held tactical drills on Tuesday.', 'Gyumri', O),
    ('Tank crews conducted live-fire exercises at a range near Ganja.', 'Ganja', O),
    ('Armenian and American soldiers took part in the Eagle Partner exercise near Yerevan.', 'Yerevan', O),
    ('Command-staff exercises were held in the Lachin district last week.', 'Lachin District', O),
    ('Azerbaijani special forces staged manoeuvres near Shusha on Wednesday.', 'Shusha', O),
    ('The war games near Sadarak involved 2,000 troops, the ministry said.', 'Sadarak', O),
    ('Military drills took place near Kalbajar involving helicopters.', 'Kalbajar', O),
    ('Troops rehearsed river crossings on the Hakari near Zangilan.', 'Zangilan', O),
    ('Azerbaijan held snap exercises in Fuzuli and Jabrayil.', 'Fuzuli', O),
    ('Azerbaijan held snap exercises in Fuzuli and Jabrayil.', 'Jabrayil', O),
    ('During the drills, engineers built a floating bridge over the Kura near Mingachevir.', 'Mingachevir', O),
    ('The Armenian army held mobilisation drills in Syunik province.', 'Syunik Province', O),
    ('Reservists were called up for a two-week training camp in Vanadzor.', 'Vanadzor', O),
    ('CSTO peacekeeping exercises were held near Yerevan in 2019.', 'Yerevan', O),
    ('Azerbaijan moved tanks and artillery towards the border near Tovuz.', 'Tovuz', O),
    ('Armenia deployed additional troops to the border near Jermuk.', 'Jermuk', O),
    ('Russian border guards were sent to Agarak on Monday.', 'Agarak', O),
    ('Iran reinforced its units along the border near Jolfa, state media said.', 'Julfa', O),
    ('Troops were redeployed from Vardenis to the Sotk area.', 'Sotk', O),
    ('Turkish F-16s were stationed in Ganja for the exercise.', 'Ganja', O),
    ('Military equipment was concentrated near Kapan, the Armenian ministry said.', 'Kapan', O),
    ('Warplanes flew over Khankendi on Wednesday.', 'Stepanakert', O),
    ('Iranian troops massed near the border at Astara.', 'Astara', O),
    ('Ilham Aliyev visited a military unit in Jabrayil on Sunday.', 'Jabrayil', O),
    ("Armenia's defence minister inspected positions near Ijevan on Friday.", 'Ijevan', O),
    ('The chief of the general staff visited units in Tavush on Thursday.', 'Tavush Province', O),
    ('The commander of the Russian peacekeepers toured Martuni on Monday.', 'Khojavend', O),
    ('Pashinyan visited Goris and met residents on Saturday.', 'Goris', O),
    ("Iran's army chief toured units in Jolfa during the exercise.", 'Julfa', O),
    ('Zakir Hasanov inspected troops stationed in Kalbajar.', 'Kalbajar', O),
    ('The Turkish defence minister arrived in Baku on Tuesday.', 'Baku', O),
    ("The EU monitors' head visited Jermuk on Wednesday.", 'Jermuk', O),
    ('A victory parade was held in Baku on 10 December.', 'Baku', O),
    ('Soldiers marched in a parade in Stepanakert on 9 May.', 'Stepanakert', O),
    ('Officials laid wreaths at the memorial in Gyumri.', 'Gyumri', O),
    ('Aliyev raised the flag over Shusha on Sunday.', 'Shusha', O),
    ('The foreign ministers met in Tbilisi on Monday.', 'Tbilisi', O),
    ('Talks between the defence ministers took place in Sochi.', 'Sochi', O),
    ('An oath-taking ceremony for new conscripts was held in Ijevan.', 'Ijevan', O),
    ('A flag-raising ceremony was held in Lachin on Friday.', 'Lachin', O),
    ('Leaders met in Brussels to discuss the border.', 'Brussels', O),
    ('The 4th Army Corps, headquartered in Ganja, took part in the exercise near Tovuz.', 'Tovuz', O),
    ('The Nakhchivan-based Separate Combined Arms Army held drills near Julfa.', 'Julfa', O),
    ('A brigade based in Goris took part in exercises in the Sisian area.', 'Sisian', O),
    ('Units from the Baku garrison were sent to the Lachin district.', 'Lachin District', O),
    ('Troops from the Tabriz-based 21st Division moved to Jolfa.', 'Julfa', O),
    ('A Yerevan-based regiment deployed to Vardenis on Monday.', 'Vardenis', O),
    ('The drills, named after the Shusha operation, were held near Aghdam.', 'Aghdam', O),
    ('Artillery fired live rounds during drills near Jolfa.', 'Julfa', O),
    ('Mortar crews fired at targets during an exercise near Ordubad.', 'Ordubad', O),
    ('Helicopters fired rockets at mock targets near Terter during the exercise.', 'Tartar', O),
    ('Explosions heard in Meghri came from the Iranian exercise across the river, officials said.', 'Meghri', O),
    ('The military hardware was unloaded at the railway station of Julfa before the drills.', 'Julfa', O),
    ('An Iranian delegation watched the drills in Nakhchivan.', 'Nakhchivan', O),
    ("Russia's Southern Military District held drills at the Armenian range of Alagyaz and in Abkhazia.", 'Alagyaz', O),
    ('A graduation ceremony for officers took place at the military academy in Baku.', 'Baku', O),
    ('The president awarded medals to soldiers at a ceremony in Shusha.', 'Shusha', O),
    ('A memorial service for the fallen was held in Vanadzor.', 'Vanadzor', O),
    ('A new military base was opened in Hadrut on Monday.', 'Hadrut', O),
    ('The defence minister opened a new barracks in Kalbajar.', 'Kalbajar', O),
])
def test_layer(gazetteer, text, place, layer):
    assert layers(text, gazetteer).get(place) == layer


@pytest.mark.parametrize("text, place", [
    ('The 4th Army Corps, headquartered in Ganja, took part in the exercise near Tovuz.', 'Ganja'),
    ('Soldiers of the Gyumri-based 102nd base took part in drills at Kamkhud.', 'Gyumri'),
    ('The Nakhchivan-based Separate Combined Arms Army held drills near Julfa.', 'Nakhchivan'),
    ('A brigade based in Goris took part in exercises in the Sisian area.', 'Goris'),
    ('Units from the Baku garrison were sent to the Lachin district.', 'Baku'),
    ('Troops from the Tabriz-based 21st Division moved to Jolfa.', 'Tabriz'),
    ('A Yerevan-based regiment deployed to Vardenis on Monday.', 'Yerevan'),
    ('The division, whose headquarters are in Ardabil, held exercises near Bilasuvar.', 'Ardabil'),
    ('The Shamkir-based artillery brigade fired at targets on the Gazakh range.', 'Shamkir'),
    ('The drills, named after the Shusha operation, were held near Aghdam.', 'Shusha'),
])
def test_no_event(gazetteer, text, place):
    assert place not in layers(text, gazetteer)
