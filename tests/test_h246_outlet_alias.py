"""The Russian agency Rosbalt is read as the Russian press, by its name alone or after its nation and kind."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 7, 4)


def _claims(text):
    return [(e["place"], e["claimed_by"]) for e in extract_text(text, DAY)]


def test_outlet_by_its_name():
    assert _claims("Rosbalt wrote that Azerbaijani soldiers had fired on Martuni.") == [("Martuni", "Russian media")]


def test_outlet_after_its_nation_and_kind():
    assert _claims("According to the Russian agency Rosbalt, Azerbaijani troops shelled Martuni.") == \
        [("Martuni", "Russian media")]


def test_a_name_that_only_begins_alike_is_not_the_outlet():
    assert _claims("Rosa Balyan wrote that Azerbaijani soldiers had fired on Martuni.") != \
        [("Martuni", "Russian media")]


def test_another_outlet_stays_itself():
    assert _claims("Armenpress wrote that Azerbaijani soldiers had fired on Martuni.") == \
        [("Martuni", "Armenian media")]


def test_the_outlets_own_news_of_a_place_is_no_claim_of_others():
    assert _claims("Azerbaijani soldiers fired on Martuni, the Karabakh authorities said.") != \
        [("Martuni", "Russian media")]
