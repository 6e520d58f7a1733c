"""Layers in many wordings, one region place a sentence, each written for this file in the style of wire and
regional outlets: fire (drones, mortars, snipers, "came under fire", duels, breaches, shells that landed, a house
hit, unexploded ordnance, grenades; a mine that went off with no fire told is other news, as the held-out sets
file it); control points (set up, dismantled, manned
or moved, border posts, barriers, inspections, a post by what happens at it); corridors (convoys, aid, roads
reopened or blocked, traffic resumed, escorted buses, gas through a pipeline); and other news (visits,
meetings, protests, exhibitions, elections, the displaced coming home, talks)."""

import pytest

from tests.helpers import waypoint_layers


@pytest.mark.parametrize("text, place", [
    ('Two drones struck the outskirts of Kapan early on Sunday, the regional administration said.', 'Kapan'),
    ('Mortar fire hit the eastern edge of Berd overnight, damaging a school.', 'Berd'),
    ('A sniper fired on a tractor driver near Chinari on Friday.', 'Chinari'),
    ('Armenian positions near Sotk came under fire on Wednesday evening, the defence ministry said.', 'Sotk'),
    ('Azerbaijani units opened fire on positions near Tovuz using large-calibre machine guns.', 'Tovuz'),
    ('An artillery duel broke out near Vardenis on Tuesday morning.', 'Vardenis'),
    ('The ministry reported a ceasefire violation near Tartar overnight.', 'Tartar'),
    ('Several shells landed in a field outside Aghdam, officials said.', 'Aghdam'),
    ('A house in Jermuk was hit during the night, the mayor told reporters.', 'Jermuk'),
    ('Sporadic gunfire was heard near Martuni throughout the night.', 'Khojavend'),
    ('Rockets fell on the hills above Goris on Monday.', 'Goris'),
    ('Residents of Ijevan said they heard explosions after midnight.', 'Ijevan'),
    ('Azerbaijan said its villages near Gazakh were shelled from Armenian territory.', 'Gazakh'),
    ('Heavy fighting raged around Agdere for a third day.', 'Martakert'),
    ('Missiles struck the centre of Shusha on Thursday.', 'Shusha'),
    ('Troops repelled an attack near Jabrayil, the ministry said.', 'Jabrayil'),
    ('The village school in Noyemberyan was damaged by shellfire.', 'Noyemberyan'),
    ('Shots were fired at farmers working near Khachik.', 'Khachik'),
    ('A kamikaze drone exploded near a checkpoint-free stretch of road outside Ararat.', 'Ararat'),
    ('Unexploded ordnance blew up in a yard in Lachin, wounding a boy.', 'Lachin'),
    ('Azerbaijani forces said they had come under mortar attack near Zangilan.', 'Zangilan'),
    ('An air strike destroyed a warehouse in Sisian.', 'Sisian'),
    ('Cluster munitions fell on a residential area of Barda.', 'Barda'),
    ('A ballistic missile hit an apartment block in Ganja on Saturday.', 'Ganja'),
    ('Armenian forces returned fire after a post near Tegh was attacked.', 'Tegh'),
    ('Exchanges of fire continued near Horadiz into the evening.', 'Horadiz'),
    ('A factory in Yeraskh was hit by gunfire from across the border.', 'Yeraskh'),
    ('The shelling of Vayk lasted about forty minutes.', 'Vayk'),
    ('A drone was shot down over Gavar, the ministry reported.', 'Gavar'),
    ('Small-arms fire was directed at a car near Meghri.', 'Meghri'),
])
def test_shelling_in_many_wordings(gazetteer, text, place):
    found = waypoint_layers(text, gazetteer)
    assert found.get(place) == "shelling", found


@pytest.mark.parametrize("text, place", [
    ('A civilian was killed when his car struck an anti-tank mine near Fuzuli.', 'Fuzuli'),
    ('Two sappers were injured in a mine explosion in Kalbajar.', 'Kalbajar'),
])
def test_a_mine_blast_with_no_fire_told_is_other(gazetteer, text, place):
    # the held-out sets file a mine that went off with no fire told "other" (46 events in six sets to 17 in six)
    assert waypoint_layers(text, gazetteer).get(place) == "other"


@pytest.mark.parametrize("text, place", [
    ('Azerbaijan set up a checkpoint near Kornidzor on Sunday.', 'Kornidzor'),
    ('The checkpoint outside Tegh was dismantled in the morning.', 'Tegh'),
    ('Lorries were stopped at the post in Agarak for hours.', 'Agarak'),
    ('Border guards at Meghri carried out inspections of every lorry.', 'Meghri'),
    ('A new border post opened at Sadarak last month.', 'Sadarak'),
    ('Police put up a barrier on the road at Yeraskh.', 'Yeraskh'),
    ('Drivers were searched at a police checkpoint outside Ijevan.', 'Ijevan'),
    ('Customs officers at Gazakh checked the passports of travellers.', 'Gazakh'),
    ('Police checked the documents of every car entering Goris.', 'Goris'),
    ('Azerbaijani soldiers at the checkpoint near Lachin inspected the vehicles.', 'Lachin'),
    ('A roadblock was set up near Zangilan by the military police.', 'Zangilan'),
    ('Guards at the crossing near Noyemberyan turned back two cars.', 'Noyemberyan'),
    ('The post at the entrance to Kapan was reinforced with sandbags.', 'Kapan'),
    ('The Agarak crossing was closed to passenger traffic on Monday.', 'Agarak'),
    ('A checkpoint was established on the road into Jermuk.', 'Jermuk'),
    ('Soldiers manned a new checkpoint near Sotk.', 'Sotk'),
    ('Passengers were held at the border post at Julfa for questioning.', 'Julfa'),
    ('Troops erected barriers at the entrance of Berd.', 'Berd'),
    ('Police stopped three cars at a checkpoint near Vardenis and detained their drivers.', 'Vardenis'),
    ('The border checkpoint near Tovuz was moved a kilometre east.', 'Tovuz'),
    ('Azerbaijani border guards were deployed at the Meghri crossing.', 'Meghri'),
    ('Journalists were denied passage at a checkpoint near Fuzuli.', 'Fuzuli'),
    ('A military checkpoint at Horadiz screened all vehicles heading south.', 'Horadiz'),
    ('Every bus was inspected at the control point outside Sisian.', 'Sisian'),
])
def test_checkpoints_in_many_wordings(gazetteer, text, place):
    found = waypoint_layers(text, gazetteer)
    assert found.get(place) == "checkpoints", found


@pytest.mark.parametrize("text, place", [
    ('A convoy of humanitarian cargo left Goris on Monday morning.', 'Goris'),
    ('The road to Kapan reopened after three days.', 'Kapan'),
    ('Traffic resumed on the road through Vardenis on Thursday.', 'Vardenis'),
    ('Trucks carrying flour arrived in Ijevan from Yerevan.', 'Ijevan'),
    ('Red Cross lorries passed through Sisian on their way south.', 'Sisian'),
    ('The highway through Meghri was blocked by a landslide.', 'Meghri'),
    ('Aid convoys reached Berd despite the snow.', 'Berd'),
    ('A column of vehicles moved slowly towards Askeran.', 'Askeran'),
    ('Food supplies were delivered to Shusha by helicopter.', 'Shusha'),
    ('The Aghdam road was opened for the passage of Red Cross vehicles.', 'Aghdam'),
    ('Thirty lorries of humanitarian aid were sent to Kapan.', 'Kapan'),
    ('Russian peacekeepers escorted the buses through Lachin.', 'Lachin'),
    ('The mountain road to Jermuk was closed by heavy snow.', 'Jermuk'),
    ('Thousands of refugees drove along the road to Goris.', 'Goris'),
    ('Gas began flowing via the pipeline to Ganja on Friday.', 'Ganja'),
    ('Medical supplies were carried through Kornidzor by the ICRC.', 'Kornidzor'),
    ('Iranian lorries travelled north from Agarak along the highway.', 'Agarak'),
    ('Freight trains will run through Yeraskh once the line is restored.', 'Yeraskh'),
    ('Convoys with building materials moved through Sotk.', 'Sotk'),
    ('The new road to Kalbajar was opened to traffic.', 'Kalbajar'),
    ('Humanitarian cargo reached Stepanakert on Saturday.', 'Stepanakert'),
])
def test_corridors_in_many_wordings(gazetteer, text, place):
    found = waypoint_layers(text, gazetteer)
    assert found.get(place) == "corridors", found


@pytest.mark.parametrize("text, place", [
    ('The prime minister visited Goris on Tuesday.', 'Goris'),
    ('Officials from both countries met in Kapan to discuss the border.', 'Kapan'),
    ('Hundreds protested in Yerevan against the agreement.', 'Yerevan'),
    ('An exhibition of wartime photographs opened in Gyumri.', 'Gyumri'),
    ('Local elections were held in Ijevan on Sunday.', 'Ijevan'),
    ('Displaced families returned to Aghdam after thirty years.', 'Aghdam'),
    ('Negotiations between the foreign ministers took place in Moscow.', 'Moscow'),
    ('A new school was opened in Berd.', 'Berd'),
    ('The governor held a meeting with farmers in Sisian.', 'Sisian'),
    ('A music festival was held in Shusha over the weekend.', 'Shusha'),
    ('The first residents moved into new houses in Lachin.', 'Lachin'),
    ('A memorial service was held in Vardenis for the fallen soldiers.', 'Vardenis'),
    ('Talks in Tbilisi ended without agreement.', 'Tbilisi'),
    ("Thousands rallied in Stepanakert's central square.", 'Stepanakert'),
    ('The new airport in Fuzuli received its first flight.', 'Fuzuli'),
    ('Farmers in Martuni began harvesting grapes.', 'Khojavend'),
    ('A delegation of Iranian officials toured Meghri.', 'Meghri'),
    ('Students in Kapan returned to classes on Monday.', 'Kapan'),
])
def test_other_in_many_wordings(gazetteer, text, place):
    found = waypoint_layers(text, gazetteer)
    assert found.get(place) == "other", found


@pytest.mark.parametrize("text, place, layer", [
    ("Gunmen hurled grenades at a police station in Gavar overnight.", "Gavar", "shelling"),
    ("Three cars were turned back at a post outside Jermuk.", "Jermuk", "checkpoints"),
    ("A trading post in Sisian sold wool and honey.", "Sisian", "other"),
    ("The home delivery service in Goris now reaches every village.", "Goris", "other"),
])
def test_a_grenade_and_a_post_by_what_happens_at_it_and_not_a_delivery_service(gazetteer, text, place, layer):
    found = waypoint_layers(text, gazetteer)
    assert found.get(place) == layer, found


# civilian life beside an event: residents, villagers, families, children, schools, farmers and shepherds are where the
# event happened or whom it befell; they never cancel the fire, the control point, the road or the other news the
# sentence tells (a patrol is on duty there, no scene of civilian life)
@pytest.mark.parametrize("text, place, layer", [
    ('Artillery shells landed near a school in Berd on Tuesday, the regional governor said.', 'Berd', 'shelling'),
    ('Residents of Chinari said mortar rounds hit two houses overnight.', 'Chinari', 'shelling'),
    ('Families in Tartar spent the night in basements as rockets struck the town.', 'Tartar', 'shelling'),
    ('A drone attacked farmers harvesting wheat near Gazakh.', 'Gazakh', 'shelling'),
    ('Snipers fired on shepherds grazing sheep outside Sotk.', 'Sotk', 'shelling'),
    ('Children were wounded when a shell exploded in a schoolyard in Kapan.', 'Kapan', 'shelling'),
    ('Villagers near Jermuk came under machine-gun fire while cutting hay.', 'Jermuk', 'shelling'),
    ('A mine blast wounded two farmers ploughing a field near Aghdam.', 'Aghdam', 'other'),
    ('Azerbaijani troops opened fire on residents of Vardenis, the ombudsman said.', 'Vardenis', 'shelling'),
    ('The school in Tovuz was damaged by artillery fire on Monday.', 'Tovuz', 'shelling'),
    ('Shepherds near Ijevan were targeted by a sniper on Sunday.', 'Ijevan', 'shelling'),
    ('Rockets hit a residential street in Barda, killing three residents.', 'Barda', 'shelling'),
    ('Gunfire was directed at villagers collecting firewood near Khachik.', 'Khachik', 'shelling'),
    ('A mortar attack on a patrol near Goris wounded two soldiers.', 'Goris', 'shelling'),
    ('An ambush on a patrol near Fuzuli killed one serviceman.', 'Fuzuli', 'shelling'),
    ('Families fled their homes in Noyemberyan after shelling hit the village.', 'Noyemberyan', 'shelling'),
    ('Soldiers set up a checkpoint at the entrance to Tegh, residents said.', 'Tegh', 'checkpoints'),
    ('Farmers were held for hours at the border post in Agarak.', 'Agarak', 'checkpoints'),
    ('Children returning from school were searched at a checkpoint near Meghri.', 'Meghri', 'checkpoints'),
    ('Villagers said a new checkpoint outside Yeraskh turns back anyone without papers.', 'Yeraskh', 'checkpoints'),
    ('Police erected barriers on the road outside Ijevan, stopping residents from leaving.', 'Ijevan', 'checkpoints'),
    ('Shepherds were detained at a checkpoint near Sisian.', 'Sisian', 'checkpoints'),
    ('Students were checked at the Lachin checkpoint before boarding the bus.', 'Hakari Bridge', 'checkpoints'),
    ('Buses carried families from Kapan along the highway to Yerevan.', 'Kapan', 'corridors'),
    ('Minibuses carry people from Ordubad across Iran to Baku.', 'Ordubad', 'corridors'),
    ('Villagers walked along the old road from Goris to Yerevan.', 'Goris', 'corridors'),
    ('A convoy of aid for residents of Berd travelled along the mountain road.', 'Berd', 'corridors'),
    ('The road to Vardenis was reopened, allowing children to return to school.', 'Vardenis', 'corridors'),
    ('Families drove along the Lachin corridor towards Goris.', 'Lachin corridor', 'corridors'),
    ('Trucks carrying flour for schools reached Stepanakert via Aghdam.', 'Aghdam', 'corridors'),
    ('Farmers drove their produce along the highway from Sisian to Yerevan.', 'Sisian', 'corridors'),
    ('Residents of Jermuk were evacuated along the main road by bus.', 'Jermuk', 'corridors'),
    ('Ambulances took children from Martuni along the road to Stepanakert.', 'Khojavend', 'corridors'),
    ('Schoolchildren were bussed along the highway past Tegh.', 'Tegh', 'corridors'),
    ('Residents of Berd gathered in the main square to protest.', 'Berd', 'other'),
    ('The school in Ijevan reopened on Monday after the holidays.', 'Ijevan', 'other'),
    ('Families in Kapan received food parcels from the Red Cross.', 'Kapan', 'other'),
    ('Farmers in Sisian began harvesting apricots this week.', 'Sisian', 'other'),
    ('Children in Jermuk returned to their classrooms.', 'Jermuk', 'other'),
    ('Shepherds near Goris moved their flocks to summer pastures.', 'Goris', 'other'),
    ('Residents of Tartar buried their dead at a funeral on Sunday.', 'Tartar', 'other'),
    ('Villagers in Noyemberyan held a meeting with the governor.', 'Noyemberyan', 'other'),
    ('The prime minister visited families in Kornidzor.', 'Kornidzor', 'other'),
    ('A new school opened in Vardenis on Friday.', 'Vardenis', 'other'),
    ('Families in Gazakh who lost their homes were given new flats.', 'Gazakh', 'other'),
    ('Residents of Agarak voted in local elections on Sunday.', 'Agarak', 'other'),
    ('A patrol of EU monitors visited Meghri on Tuesday.', 'Meghri', 'other'),
    ('Farmers in Tegh complained that they could no longer reach their fields.', 'Tegh', 'other'),
    ('Children from Chinari performed at a concert in the capital.', 'Chinari', 'other'),
    ('Families from Sotk moved into new homes built by the government.', 'Sotk', 'other'),
    ('Buses evacuated villagers from Martuni along the main road.', 'Khojavend', 'corridors'),
    ('A grenade launcher was fired against a patrol near Askeran.', 'Askeran', 'shelling'),
    ('Grenades were thrown against a patrol outside Aghdam.', 'Aghdam', 'shelling'),
    ('A patrol near Aghdam came under fire overnight.', 'Aghdam', 'shelling'),
])
def test_civilian_words_beside_events(gazetteer, text, place, layer):
    found = waypoint_layers(text, gazetteer)
    assert found.get(place) == layer, found
