"""A loose spelling of a curated place's own name filed with no population goes before a loose spelling of a small
village's old name, never before an old name some record writes letter for letter.

"Kyzylbulag" and "Kyzylbulaq" spell Qızılbulaq, the Gyzylbulag mine at Drmbon (filed with no population), and only
loosely Kyzyl-bulag, an old name of Nerkin Karmiraghbyur, a Tavush village of 834, 130 km away; "Кизиль-булаг", which
that village's record writes as such, stays the village; a town's old name stays the town ("Azizbekov" is Vayk).
"""

import pytest

from geo.gazetteer import distance_km


@pytest.mark.parametrize("name", ["Kyzylbulag", "Kyzylbulaq"])
def test_a_loose_spelling_of_the_mines_own_name_is_the_mine(gazetteer, name):
    place = gazetteer.resolve(name).place
    assert distance_km(place.lat, place.lon, 40.14667, 46.6075) < 1


@pytest.mark.parametrize("name", ["Кизиль-булаг", "Kizil'-bulag"])
def test_an_old_name_written_as_such_stays_the_village(gazetteer, name):
    assert gazetteer.resolve(name).place.name == "Nerkin Karmiraghbyur"


def test_a_towns_old_name_stays_the_town(gazetteer):
    assert gazetteer.resolve("Azizbekov").place.name == "Vayk"
