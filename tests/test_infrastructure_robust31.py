"""Layers of infrastructure and borders, round 31, on sentences written for it in many wordings: railways and roads
built, rebuilt, financed or planned (`corridors` along their towns); border crossings and customs posts built,
rebuilt, modernised, visited or opened for trade, and vehicles queuing at them however long the wait or the line
(`checkpoints`); agreements and working groups on routes (`other` where the meeting is); the displaced returning to
rebuilt villages, a town that "welcomed" them included (`other`); airports opened or built (`other`)."""

import datetime as dt
from functools import partial

import pytest

from tests.helpers import waypoint_layers

layers = partial(waypoint_layers, published=dt.date(2023, 5, 10))
C, K, O = "corridors", "checkpoints", "other"


@pytest.mark.parametrize("text, place, layer", [
    ('Azerbaijan Railways said the Horadiz–Aghband line was 70 percent complete.', 'Horadiz', C),
    ('Azerbaijan Railways said the Horadiz–Aghband line was 70 percent complete.', 'Aghband', C),
    ('Construction of the Barda–Aghdam railway is 40 percent complete, the ministry said.', 'Aghdam', C),
    ('Rails have been laid on the section between Horadiz and Minjivan.', 'Minjivan', C),
    ('Work began on Monday on the Kars–Igdir–Nakhchivan railway.', 'Iğdır', C),
    ('Work began on Monday on the Kars–Igdir–Nakhchivan railway.', 'Nakhchivan', C),
    ('Turkey and Azerbaijan broke ground on the Kars–Nakhchivan railway on Tuesday.', 'Kars', C),
    ('The Asian Development Bank signed a loan for the Sisian–Kajaran road.', 'Sisian', C),
    ('The Asian Development Bank signed a loan for the Sisian–Kajaran road.', 'Kajaran', C),
    ('The government signed a $150 million loan agreement to rebuild the Ijevan–Dilijan highway.', 'Dilijan', C),
    ('A groundbreaking ceremony was held for the Fuzuli–Hadrut road.', 'Hadrut', C),
    ('The foundation was laid for the Tovuz–Gazakh highway on Friday.', 'Gazakh', C),
    ('Repairs on the Vardenis–Martakert road were finished this week.', 'Vardenis', C),
    ('The Goris–Stepanakert highway is being widened near Kornidzor.', 'Goris', C),
    ('The Ahmadbeyli–Fuzuli–Shusha road was opened to traffic by the president.', 'Fuzuli', C),
    ('Asphalt is being laid on the road from Lachin to Kalbajar.', 'Kalbajar', C),
    ('Engineers are restoring the old railway from Yeraskh to Julfa.', 'Julfa', C),
    ('The rebuilt line from Gyumri to Akhalkalaki reopened to freight trains.', 'Akhalkalaki', C),
    ('Georgian Railways finished modernising the line between Tbilisi and Sadakhlo.', 'Sadakhlo', C),
    ('A tunnel on the Meghri–Kapan road was completed ahead of schedule.', 'Meghri', C),
    ('Trains will run from Baku to Aghdam from next month, Azerbaijan Railways said.', 'Aghdam', C),
    ('The first freight train from Baku reached Horadiz on Saturday.', 'Horadiz', C),
    ('The road linking Kapan with Meghri was closed for repairs after a landslide.', 'Meghri', C),
    ('Traffic on the Yerevan–Gyumri highway was restricted because of road works.', 'Gyumri', C),
    ('The reconstruction of the Lachin–Shusha road will take two years.', 'Lachin', C),
    ('China will finance the upgrade of the M6 road from Vanadzor to Bagratashen.', 'Bagratashen', C),
    ('A second lane is being added to the road between Jermuk and Vayk.', 'Vayk', C),
    ('The North–South highway section from Talin to Gyumri is to be tendered this year.', 'Talin', C),
    ('A new bus terminal was opened in Shusha.', 'Shusha', O),
    ('A road bridge over the Araks between Aghband and Kalaleh is under construction.', 'Aghband', C),
    ('Armenia began rebuilding the Bagratashen border checkpoint with EU funds.', 'Bagratashen', K),
    ('The modernised Meghri checkpoint on the Iranian border was opened on Thursday.', 'Meghri', K),
    ('A new checkpoint is being built at Margara on the Turkish border.', 'Margara', K),
    ('The old customs building at Sadakhlo was demolished to make way for a new terminal.', 'Sadakhlo', K),
    ('The prime minister visited the Bagratashen checkpoint on Friday.', 'Bagratashen', K),
    ('Azerbaijan and Iran opened the Aghband border crossing for trade.', 'Aghband', K),
    ('The Sadarak border crossing between Nakhchivan and Turkey was modernised last year.', 'Sadarak', K),
    ('A new customs terminal opened at Red Bridge on the Georgian border.', 'Red Bridge', K),
    ('Lorries queued for 10 kilometres at the Upper Lars crossing.', 'Upper Lars', K),
    ('Hundreds of trucks were stuck at the Bagratashen customs point on Monday.', 'Bagratashen', K),
    ('A line of lorries stretched back from the Agarak border post.', 'Agarak', K),
    ('Work on the Margara checkpoint is 80 percent complete, the State Revenue Committee said.', 'Margara crossing', K),
    ('Iran opened a new customs post at Norduz, opposite Agarak.', 'Norduz', K),
    ('A checkpoint at Julfa on the Iranian border was renovated.', 'Julfa', K),
    ('The Tavush governor inspected the new border checkpoint at Bagratashen.', 'Bagratashen', K),
    ('Turkey said it would build a customs post at Alican opposite Margara.', 'Alican border gate', K),
    ('The Kazakh MP visited the Lachin checkpoint at the Hakari bridge.', 'Hakari Bridge', O),  # a visit: other, 6 to 1 in the sets
    ('Azerbaijan rebuilt its checkpoint at the Hakari bridge in concrete.', 'Hakari Bridge', K),
    ('The Armenian checkpoint at Kornidzor was dismantled after the exodus.', 'Kornidzor', K),
    ('A new border crossing point opened at Sadakhlo for pedestrians.', 'Sadakhlo', K),
    ('The planned route would run through Meghri along the Araks.', 'Meghri', C),
    ('Baku wants a road through Syunik to link it with Nakhchivan.', 'Nakhchivan', C),
    ('The proposed transit route from Zangilan to Ordubad would cross Armenian territory.', 'Ordubad', C),
    ('The trilateral working group on transport links met in Moscow on Friday.', 'Moscow', O),
    ('Deputy prime ministers of Armenia, Azerbaijan and Russia met in Moscow to discuss unblocking transport links.', 'Moscow', O),
    ('Armenia and Iran signed an agreement in Tehran on a new road to Agarak.', 'Tehran', O),
    ('The two sides agreed in Brussels to restore the railway through Meghri.', 'Brussels', O),
    ('The two sides agreed in Brussels to restore the railway through Meghri.', 'Meghri', C),
    ('Officials met in Tbilisi to discuss the transit of Armenian lorries through Georgia.', 'Tbilisi', O),
    ('Azerbaijan and Iran agreed to build a road through Iran from Aghband to Nakhchivan.', 'Nakhchivan', C),
    ('The Kars–Gyumri railway could reopen if the border is opened, officials said.', 'Kars', C),
    ('The Crossroads of Peace project envisages a rail link from Gyumri to Kars.', 'Kars', C),
    ('Forty families returned to the rebuilt village of Aghali in Zangilan.', 'Aghali', O),
    ('The first former residents moved back to Talish, where 150 new houses were built.', 'Talish', O),
    ('Displaced families received keys to new homes in Lachin on Monday.', 'Lachin', O),
    ('Former residents returned to Shusha after 30 years.', 'Shusha', O),
    ('Twenty families were resettled in the village of Zabukh.', 'Aghavno', O),
    ('The rebuilt town of Fuzuli welcomed its first returning residents.', 'Fuzuli', O),
    ('Residents of Tegh moved into houses rebuilt after the shelling.', 'Tegh', O),
    ('The international airport in Zangilan opened on Thursday.', 'Zangilan', O),
    ('A new airport is being built near Lachin.', 'Lachin', O),
    ('Flights from Baku to Fuzuli began on Monday.', 'Fuzuli', C),
    ('The airport at Kapan reopened after reconstruction.', 'Kapan', O),
    ('The Stepanakert airport was rebuilt but never opened.', 'Stepanakert Airport', O),
    ('Construction of the Lachin international airport is 90 percent complete.', 'Lachin', O),
    ('Lorries carrying Iranian goods travel from Agarak to Kajaran on the mountain road.', 'Kajaran', C),
    ('The road from Goris to Kapan via Tatev was asphalted this summer.', 'Tatev', C),
    ('Armenia built a new road from Kornidzor to Tegh bypassing the corridor.', 'Kornidzor', C),
    ('The Lachin bypass road via Sus was opened by Azerbaijan.', 'Sus', C),
    ('The new road from Stepanakert to Goris via Sus replaced the old corridor.', 'Sus', C),
    ('Construction of a railway from Gyumri to Kars is part of the normalisation talks.', 'Gyumri', C),
    ('The Julfa–Ordubad section of the railway will be rebuilt first.', 'Ordubad', C),
    ('Azerbaijan opened the Aghdam–Fuzuli highway.', 'Aghdam', C),
    ('A new road was built from Hadrut to Jabrayil.', 'Jabrayil', C),
    ('The Kalbajar–Lachin road tunnel under the Murovdag range is being bored.', 'Kalbajar', C),
    ('Trucks waited for three days at the Agarak border post.', 'Agarak', K),
    ('Cars were queuing for several hours at the Bagratashen checkpoint.', 'Bagratashen', K),
    ('Lorries waited for more than 12 kilometres at the Sadakhlo crossing.', 'Sadakhlo', K),
    ('Jabrayil welcomed its first returning residents on Sunday.', 'Jabrayil', O),
    ('The rebuilt village of Aghali welcomed 20 families.', 'Aghali', O),
    ('The rebuilt town of Fuzuli welcomed its first returning residents.', 'Fuzuli', O),
    ('Former residents began returning to Kalbajar after the houses were rebuilt.', 'Kalbajar', O),
])
def test_layer_of_a_place(gazetteer, text, place, layer):
    found = layers(text, gazetteer)
    assert found.get(place) == layer, found
