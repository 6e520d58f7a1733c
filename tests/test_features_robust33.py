"""Named features in running text read as the feature the text names: a feature word written after a name
("bridge", "reservoir", "lake", "pass", "monastery", "waterfall", "dam") selects a place of that kind, or no place,
never a feature of another kind ("the Sarsang bridge" is no Sarsang Reservoir, "the Hakari reservoir" no Hakari
Bridge). A monastery, fortress or dam named after the village it stands in is that village's, with or without
"the" before it; a waterfall, like a cave, lies apart from its village. Sentences written for this test."""

import pytest

from tests.helpers import rows

# (sentence, the place it names or None, places it must not be read as)
SENTENCES = [
    ('Soldiers guarded the Akhurian bridge on Monday, officials in Gyumri said.', None, ['Akhurian Reservoir']),
    ('Shelling damaged the Sarsang bridge on Monday.', None, ['Sarsang Reservoir']),
    ('Water levels in the Akhurian reservoir fell sharply in July, farmers in Shirak said.', 'Akhurian Reservoir', []),
    ('Farmers complained that the Sarsang reservoir had not released water on Monday.', 'Sarsang Reservoir', []),
    ('Azerbaijani officials said the Sarsang dam was inspected on Tuesday.', 'Sarsang Reservoir', []),
    ('Engineers found a crack in the Sugovushan reservoir wall on Monday.', 'Sugovushan Reservoir', []),
    ('Water from the Madagiz reservoir reached fields in Tartar on Monday.', 'Sugovushan Reservoir', []),
    ('The Khudafarin reservoir was filled for the first time on Monday.', 'Khudafarin Reservoir', []),
    ('Workers cleared the Khudafarin bridges on Monday.', 'Khudafarin Bridges', ['Khudafarin Reservoir']),
    ('Trucks crossed the Hakari bridge on Monday.', 'Hakari Bridge', []),
    ('Azerbaijan set up a checkpoint at the Hakari bridge on Sunday.', 'Hakari Bridge', []),
    ('Georgian police reopened the Red Bridge crossing on Monday.', 'Red Bridge', []),
    ('The Kechut reservoir overflowed after heavy rain on Monday.', 'Kechut Reservoir', []),
    ('The Spandaryan reservoir was drained for repairs on Monday.', 'Spandaryan Reservoir', []),
    ('Fish died in the Mingachevir reservoir in July, ecologists said.', 'Mingachevir Reservoir', []),
    ('The Giz Galasi reservoir on the Araz was completed on Monday.', 'Giz Galasi Reservoir', []),
    ('Snow closed the Sotk pass on Monday, the emergencies ministry said.', 'Sotk Pass', []),
    ('Snow closed the Selim pass on Monday.', 'Selim Pass', []),
    ('Lorries were stuck on the Vardenyats pass on Monday.', 'Selim Pass', []),
    ('Azerbaijani troops took the Omar pass on Monday.', 'Omar Pass', []),
    ('Drones struck near the Murov pass on Monday.', None, []),
    ('Pilgrims gathered at the Tatev monastery on Sunday.', 'Tatev', []),
    ('Pilgrims gathered at Tatev monastery on Sunday.', 'Tatev', []),
    ('Armenian clergy held a service at the Dadivank monastery on Sunday.', 'Dadivank', []),
    ('Armenian clergy held a service at Dadivank on Sunday.', 'Dadivank', []),
    ('A service was held at the Amaras monastery on Sunday.', 'Amaras Monastery', []),
    ('Restorers visited the Gandzasar monastery on Monday.', 'Gandzasar', []),
    ('Visitors returned to the Haghartsin monastery on Sunday.', 'Haghartsin Monastery', []),
    ('Gunfire was heard near the Kirants monastery on Monday.', 'Kirants Monastery', []),
    ('Pilgrims walked to the Noravank monastery on Sunday.', 'Noravank', []),
    ('Monks returned to Sevanavank on Sunday.', 'Sevanavank', []),
    ('Fishermen on Lake Sevan reported a large catch on Monday.', None, []),
    ('Tourists flocked to Lake Parz on Sunday.', 'Lake Parz', []),
    ('Tourists flocked to Lake Goygol on Sunday.', 'Lake Goygol', []),
    ('Boats sailed on the Goygol lake on Sunday.', 'Lake Goygol', []),
    ('Azerbaijani soldiers reached the Boyuk Alagol lake on Monday.', 'Boyuk Alagol', []),
    ('Tourists visited Maral-gol on Sunday.', 'Maral-gol', []),
    ('Flood waters rose on the Vorotan river on Monday.', None, ['Vorotan']),
    ('Troops patrolled the Akhurian river on Monday.', None, ['Akhurian Reservoir', 'Akhuryan']),
    ('Trucks queued at the Margara crossing on Monday.', 'Margara crossing', []),
    ('Trucks queued at the Margara bridge on Monday.', 'Margara crossing', []),
    ('Tourists climbed to the Shaki waterfall on Sunday.', 'Shaki Waterfall', []),
    ('Archaeologists worked in the Azykh cave on Monday.', 'Azykh Cave', []),
    ('Archaeologists worked in the Taghlar cave on Monday.', 'Taghlar Cave', []),
    ('Soldiers fortified the Shahbulag castle on Monday.', 'Shahbulag Castle', []),
    ('Azerbaijani troops were seen at the Askeran fortress on Monday.', 'Askeran', []),
    ('Pilgrims visited the Yukhari Govhar Agha mosque on Friday.', 'Yukhari Govhar Agha Mosque', []),
    ('Tourists visited Ani on Monday, Turkish media said.', None, ['Khoni']),
    ('Residents left Chaykend in the Kalbajar district on Monday.', None, ['Dprabak']),
    ('Flights landed at Zvartnots airport on Monday.', 'Zvartnots International Airport', []),
    ('Workers paved the runway of the Fuzuli airport on Monday.', 'Fuzuli International Airport', []),
    ('The Kechut dam was inspected on Monday.', 'Kechut', []),
    ('The Sarsang lake was low on Monday, residents said.', 'Sarsang Reservoir', []),
    ('Workers repaired the Sugovushan bridge on Monday.', None, ['Sugovushan Reservoir']),
    ('Police closed the Kechut bridge on Monday.', None, ['Kechut Reservoir']),
    ('Troops moved across the Khudafarin bridge on Monday.', 'Khudafarin Bridges', ['Khudafarin Reservoir']),
    ('Snow blocked the Sarsang pass on Monday.', None, ['Sarsang Reservoir']),
    ('Divers searched the Hakari reservoir on Monday.', None, ['Hakari Bridge']),
    ('Protesters blocked the Tatev bridge on Monday.', None, ['Tatev Monastery']),
    ('Ranchers grazed cattle near the Mingachevir dam on Monday.', 'Mingachevir Hydroelectric Power Plant', []),
    ('Shells landed near the Shaki waterfall on Monday.', 'Shaki Waterfall', []),
    ('Shells landed near the Sarsang pass on Monday.', None, ['Sarsang Reservoir']),
    ('Shells landed near the Hakari reservoir on Monday.', None, ['Hakari Bridge']),
    ('Shells landed near the Tatev monastery on Monday.', 'Tatev', []),
    ('Shells landed near the Kelbajar pass on Monday.', 'Sotk Pass', []),
    ('Shells landed near the Sevan lake on Monday.', 'Lake Sevan', []),
]


@pytest.mark.parametrize("text, place, never", SENTENCES)
def test_a_named_feature_is_read_as_its_kind(gazetteer, text, place, never):
    found = {name for row in rows(text, gazetteer) for name in row["place_name"].split(";")}
    assert place is None or place in found, (text, found)
    assert not found & set(never), (text, found)
