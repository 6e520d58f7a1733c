"""An outlet's written piece ("..., News.az wrote") is the report a later "the same report" names, as its
reported piece is."""

import datetime as dt

from geo.extract import extract_text


PUBLISHED = dt.date(2023, 6, 5)


def claimants(text, gazetteer):
    """{place: claimant} of the events a user sees for ``text``."""
    return {e["place"]: e["claimed_by"] for e in extract_text(text, PUBLISHED, gazetteer)}


def test_the_same_report_after_an_outlet_wrote_is_that_outlet(gazetteer):
    found = claimants("On Friday the president visited Kalbajar, Vestnik Kavkaza reported. "
                      "He opened a school in Lachin, News.az wrote. "
                      "The same report said a clinic had opened in Istisu.", gazetteer)
    assert found["Istisu"] == "Azerbaijani media"


def test_the_same_report_after_an_outlet_writes_is_that_outlet(gazetteer):
    found = claimants("On Friday the president visited Kalbajar, Vestnik Kavkaza reported. "
                      "News.az writes that he opened a school in Lachin. "
                      "According to the same report, a clinic had opened in Istisu.", gazetteer)
    assert found["Istisu"] == "Azerbaijani media"


def test_the_same_report_after_one_outlet_only_stays_with_it(gazetteer):
    found = claimants("On Friday the president visited Kalbajar, Vestnik Kavkaza reported. "
                      "The same report said a clinic had opened in Istisu.", gazetteer)
    assert found["Istisu"] == "Russian media (Vestnik Kavkaza)"


def test_an_official_who_wrote_is_no_report(gazetteer):
    found = claimants("On Friday the president visited Kalbajar, Vestnik Kavkaza reported. "
                      "The defence minister wrote on social media that a school had opened in Lachin. "
                      "The same report said a clinic had opened in Istisu.", gazetteer)
    assert found["Istisu"] == "Russian media (Vestnik Kavkaza)"


def test_a_villager_who_told_an_outlet_leaves_the_report_before(gazetteer):
    found = claimants("On Friday the president visited Kalbajar, Vestnik Kavkaza reported. "
                      "A villager told News.az that a school had opened in Lachin. "
                      "The same report said a clinic had opened in Istisu.", gazetteer)
    assert found["Istisu"] == "Russian media (Vestnik Kavkaza)"
