"""The State Road Transport Service, which runs Azerbaijan's bus routes under the transport ministry, is its own
claimant, by its name or as "the transport ministry's road service"; the ministry itself, another body's road
service and the roads agency stay who they are."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 4, 20)
SERVICE = "Azerbaijani government (State Road Transport Service)"


def _claims(text, gazetteer):
    return [(e["place"], e["layer"], e["claimed_by"]) for e in extract_text(text, DAY, gazetteer, source="test")]


def test_the_service_by_its_name(gazetteer):
    found = _claims("The State Road Transport Service said 400 people had ridden the bus from Barda to Aghdam.",
                    gazetteer)
    assert found and all(claimant == SERVICE for _, _, claimant in found)
    assert {layer for _, layer, _ in found} == {"corridors"}


def test_the_service_as_the_ministry_s_road_service(gazetteer):
    found = _claims("The transport ministry's road service said on Monday that 900 passengers had taken the bus "
                    "from Baku to Shusha.", gazetteer)
    assert found and all(claimant == SERVICE for _, _, claimant in found)


def test_the_ministry_itself_is_not_the_service(gazetteer):
    found = _claims("The transport ministry said on Monday that 900 passengers had taken the bus from Baku to Shusha.",
                    gazetteer)
    assert found and all(claimant != SERVICE for _, _, claimant in found)


def test_a_city_s_road_service_is_not_the_service(gazetteer):
    found = _claims("The city's road service said the bus from Baku to Shusha had been cancelled.", gazetteer)
    assert found and all(claimant != SERVICE for _, _, claimant in found)


def test_the_roads_agency_is_not_the_service(gazetteer):
    found = _claims("The State Agency of Azerbaijan Automobile Roads said the road from Fuzuli to Shusha was shut "
                    "for repairs.", gazetteer)
    assert found and all(claimant != SERVICE for _, _, claimant in found)
