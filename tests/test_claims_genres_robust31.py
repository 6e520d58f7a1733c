"""Claimants across genres, seventy sentences written for this test: a radio or podcast transcript with speaker
turns, an interview in questions and answers, a reader's letter and a column in the first person, a travel blog by
days, an NGO's field diary, a logistics update in bullet points, a fact box, a digest of several outlets, a communiqué
in numbered paragraphs and a bulletin with local times.

The writer's own account, a correspondent's and an outlet's own reporting have no claimant; a body, a person or the
people a sentence names as its source have it ("residents (drivers)" counts as residents, as the scorer's loose
match does)."""

import pytest

from tests.helpers import claimant_pairs


def _matches(expected, found):
    """Every row of the place has the expected claimant: none for "", else one name within the other."""
    return bool(found) and all(who == "" if expected == "" else who and (expected in who or who in expected)
                               for who in found)


@pytest.mark.parametrize("text, place, expected", [
    ('HOST: Good evening. Tonight we go to the south.\nCORRESPONDENT (Meghri): Shells landed near Agarak '
     'this afternoon, the Armenian Defence Ministry said.',
     'Agarak', 'Armenian MoD'),
    ('HOST: Good evening.\nCORRESPONDENT (Meghri): I am standing on the bridge and the road to Agarak is '
     'closed to lorries tonight.',
     'Agarak', ''),
    ('PRESENTER: Our correspondent is in Goris.\nCORRESPONDENT: Buses from Kornidzor arrived here all day.',
     'Kornidzor', ''),
    ('HOST: What are people telling you?\nANNA PETROSYAN: Villagers in Tegh say shots were fired at the '
     'school on Monday night.',
     'Tegh', 'residents'),
    ('HOST: Welcome back.\nCORRESPONDENT (Tartar): The Azerbaijani Defence Ministry says Armenian '
     'artillery fired on Tartar overnight.',
     'Tartar', 'Azerbaijani MoD'),
    ('PRESENTER: Let us turn to Tavush.\nCORRESPONDENT: The head of the Chinari community told me the '
     'orchards were shelled again.',
     'Chinari', 'local officials'),
    ("HOST: And the border?\nCORRESPONDENT (Ijevan): Azerbaijan's Defence Ministry accused Armenian units "
     'of firing on Gazakh district villages.',
     'Gazakh District', 'Azerbaijani MoD'),
    ('HOST: Where are you now?\nCORRESPONDENT: I am in Sisian, where the market reopened this morning.',
     'Sisian', ''),
    ('PRESENTER: The news from the north.\nCORRESPONDENT (Berd): Drivers told us the road through Movses '
     'was shut for three hours.',
     'Movses', 'residents'),
    ('HOST: Briefly, the Nakhchivan border.\nCORRESPONDENT: The Nakhchivan State Border Service said '
     'Armenian troops fired on Sadarak.',
     'Sadarak', 'Azerbaijani government'),
    ("HOST: Let's hear from the south.\nCORRESPONDENT (Barda): The Azerbaijani Foreign Ministry said "
     'Armenian mines were found near Fuzuli.',
     'Fuzuli', 'Azerbaijani government (Foreign Ministry)'),
    ('HOST: Tell us about the convoy.\nCORRESPONDENT (Kornidzor): The ICRC said its lorries crossed the '
     'Hakari bridge on Tuesday.',
     'Hakari Bridge', 'ICRC'),
    ("PRESENTER: Next, Julfa.\nCORRESPONDENT: Nakhchivan's Defence Ministry said a border post near Julfa "
     'came under fire.',
     'Julfa', 'Azerbaijani MoD'),
    ('Q: Where were you when it started?\nA: At home in Khndzoresk. The shells hit the road above the '
     'village.',
     'Khndzoresk', ''),
    ('Anna Petrosyan, a teacher, spoke to us.\nQ: What happened?\nA: The Azerbaijani posts fired on Sotk '
     'all night.',
     'Sotk', 'Anna Petrosyan'),
    ('We spoke to Rauf Aliyev, a farmer.\nQ: When did the shooting start?\nA: Around midnight, from the '
     'hills above Tovuz.',
     'Tovuz', 'Rauf Aliyev'),
    ('Q: What did you see on Sunday?\nA: Drones flew over Vardenis all afternoon.',
     'Vardenis', ''),
    ('I drove through Agarak last week and the customs yard was full of Iranian lorries.',
     'Agarak', ''),
    ('Last month I took the bus from Yerevan to Kapan; the road was open all the way.',
     'Kapan', ''),
    ("Sir, Armenia's Defence Ministry says the shooting on Aygepar has stopped. It has not.",
     'Aygepar', 'Armenian MoD'),
    ('We in Chinari heard the guns again on Friday night.',
     'Chinari', ''),
    ('As a mother in Ijevan, I ask the government why the shelter in our school is still locked.',
     'Ijevan', ''),
    ('When I visited Fuzuli in May, the new airport was already receiving flights.',
     'Fuzuli', ''),
    ('Dear editor, I write from Goris. The Armenian government says the Kornidzor road will reopen on '
     'Friday.',
     'Kornidzor', 'Armenian government'),
    ('Day two. The guesthouse owner told us the road to Goris was closed after a landslide.',
     'Goris', 'residents'),
    ('Day three, Wednesday. We drove from Ijevan to Dilijan through the forest.',
     'Dilijan', ''),
    ('Day four. In Meghri, the border guards checked our passports twice.',
     'Meghri', ''),
    ('Day five, Friday. The mayor of Ordubad told us the road to Julfa was rebuilt last year.',
     'Julfa', 'local officials'),
    ('12 April. In the morning we delivered blankets in Movses, where families said shots were fired at '
     'the houses overnight.',
     'Movses', 'residents'),
    ('14 April. Our team reached Aygepar; the village head said the school had been hit twice that week.',
     'Aygepar', 'local officials'),
    ('15 April. We drove back to Berd in the afternoon.',
     'Berd', ''),
    ('16 April. The Armenian Defence Ministry reported fire on Nerkin Karmiraghbyur during the night.',
     'Nerkin Karmiraghbyur', 'Armenian MoD'),
    ('13 May. Our psychologist stayed in Tegh; a teacher said the children slept in the basement after '
     'the shelling.',
     'Tegh', 'residents'),
    ('13 May. In the evening we heard shooting from the direction of Khnatsakh.',
     'Khnatsakh', ''),
    ('- The Bagratashen crossing remains open to cargo, according to the Armenian State Revenue Committee.',
     'Bagratashen', 'Armenian government'),
    ('- Lorries are queuing at Upper Lars for up to three days, drivers report.',
     'Upper Lars', 'residents'),
    ('- Convoys to Kapan should leave Yerevan before dawn.',
     'Kapan', ''),
    ('- The Lagodekhi crossing is closed until further notice, the Georgian Foreign Ministry said.',
     'Lagodekhi', 'Georgian government'),
    ('- Our warehouse in Goris received 12 tonnes of flour on Tuesday.',
     'Goris', ''),
    ('- Shelling near Tegh was reported overnight by the Armenian Defence Ministry.',
     'Tegh', 'Armenian MoD'),
    ('- Fuel deliveries to Stepanakert (Khankendi) are suspended, Russian peacekeepers said.',
     'Stepanakert', 'Russian peacekeepers'),
    ('KEY NUMBERS\n44 prisoners flown to Yerevan on Monday, according to the Armenian government.',
     'Yerevan', 'Armenian government'),
    ('FACT BOX: The Agarak crossing handled 1,200 lorries in March, the Armenian State Revenue Committee '
     'said.',
     'Agarak', 'Armenian government'),
    ('From the Azerbaijani press: APA reports that Armenian forces fired on Gadabay district villages.',
     'Gadabay District', 'Azerbaijani media'),
    ('From the Armenian press: News.am writes that shots were fired at Sotk on Sunday.',
     'Sotk', 'Armenian media'),
    ("Trend, citing Azerbaijan's Defence Ministry, said Armenian units had shelled Zangilan.",
     'Zangilan', 'Azerbaijani MoD'),
    ('According to Armenpress, the Armenian Defence Ministry reported fire on Davit Bek.',
     'Davit Bek', 'Armenian MoD'),
    ('Digest. According to Report.az, the Azerbaijani Defence Ministry said Armenian units fired on '
     'Kalbajar.',
     'Kalbajar', 'Azerbaijani MoD'),
    ('1. The Ministry of Foreign Affairs of Armenia condemns the shelling of Jermuk on 13 September.',
     'Jermuk', 'Armenian government (Foreign Ministry)'),
    ('3. The Azerbaijani side states that Armenian forces fired on Kalbajar district positions.',
     'Kalbajar District', 'Azerbaijani government'),
    ('2. The Parties note the reopening of the Lachin corridor on 1 December.',
     'Lachin corridor', ''),
    ('At 21:40 local time, Armenian units fired on positions near Tovuz, the Azerbaijani Defence Ministry '
     'said.',
     'Tovuz', 'Azerbaijani MoD'),
    ('At 01:15 (local time) Azerbaijani forces opened fire on Sotk, the Armenian Defence Ministry '
     'reported.',
     'Sotk', 'Armenian MoD'),
    ("At 04:30 local time Azerbaijan's State Border Service reported gunfire near Astara.",
     'Astara', 'Azerbaijani government'),
    ('I wrote last week that the shelling of Hadrut had stopped.',
     'Hadrut', ''),
    ('We reported on Monday that Martakert, or Aghdara, had been shelled.',
     'Martakert', ''),
    ('In my letter last month I wrote that the Agarak customs post was closed at night.',
     'Agarak', ''),
    ('In our last update we noted that the Sadakhlo crossing was open only to cargo.',
     'Sadakhlo', ''),
    ('Last week I said the Lagodekhi crossing had reopened; it had not.',
     'Lagodekhi', ''),
    ("We noted in Tuesday's diary that shots were fired on Berkaber.",
     'Berkaber', ''),
    ('- Fire on Aygepar was reported late yesterday by the Armenian Defence Ministry.',
     'Aygepar', 'Armenian MoD'),
    ("Shelling of Tartar was reported again by Azerbaijan's Defence Ministry on Friday.",
     'Tartar', 'Azerbaijani MoD'),
    ('Explosions near Jermuk were reported earlier by the Armenian Defence Ministry.',
     'Jermuk', 'Armenian MoD'),
    ('Gunfire near Ordubad was confirmed today by the Nakhchivan State Border Service.',
     'Ordubad', 'Azerbaijani government'),
    ('A drone strike near Sotk was first reported by Armenian media.',
     'Sotk', 'Armenian media'),
    ('Levon Hakobyan, a shepherd, talked to me.\nQ: Where were you?\nA: In the pastures above Sotk when the '
     'drones came.',
     'Sotk', 'Levon Hakobyan'),
    ('Narmin Guliyeva spoke with us by phone.\nQ: What happened?\nA: Shells hit the cotton fields near '
     'Tartar on Sunday.',
     'Tartar', 'Narmin Guliyeva'),
    ('Hovik Sargsyan, 61, a driver from Ijevan, spoke to us.\nQ: And the road?\nA: The lorries to '
     'Noyemberyan stopped running on Monday.',
     'Noyemberyan', 'Hovik Sargsyan'),
    ('The shop owner told us the bread lorry from Goris had not come for two days.',
     'Goris', 'residents'),
    ('A cafe owner said the road to Meghri was closed after the landslide.',
     'Meghri', 'residents'),
    ('Day three. The hotel owner warned us that shots were fired at Berd overnight.',
     'Berd', 'residents'),
])
def test_each_genre_s_claimant(gazetteer, text, place, expected):
    found = sorted({who for name, who in claimant_pairs(text, gazetteer) if place in name.split(";")})
    assert _matches(expected, found), found
