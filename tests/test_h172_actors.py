"""Karabakh's emergency service spokesman is read as that service."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 10, 20)


def _claims(sentence):
    return {e["place"]: e["claimed_by"] for e in extract_text(sentence, DAY)}


def test_the_emergency_service_spokesman_named_with_his_service():
    claims = _claims("Two rockets hit Martuni before dawn, Hunan Tadevosyan of the emergency service told reporters.")
    assert claims.get("Martuni") == "Nagorno-Karabakh authorities"


def test_another_man_of_the_same_surname_is_not_the_service():
    claims = _claims("Two rockets hit Martuni before dawn, Armen Tadevosyan of the water company told reporters.")
    assert claims.get("Martuni") != "Nagorno-Karabakh authorities"
