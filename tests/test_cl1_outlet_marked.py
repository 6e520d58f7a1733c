"""An outlet marking an anniversary tells what the day recalls ("AzerNews marked the day as the anniversary of the
fall of X", "Trend marked a year since the taking of Y with a piece"); people, a body or a nation marking a day
commemorate it and tell nothing."""

from tests.helpers import claimants


def test_outlet_marked_the_day_as_an_anniversary(gazetteer):
    found = claimants("AzerNews marked the day as the anniversary of the fall of Lachin to Armenian forces.", gazetteer)
    assert found["Lachin"] == "Azerbaijani media", found


def test_outlet_marked_a_year_since_with_a_piece(gazetteer):
    found = claimants("Earlier this month Trend marked a year since the taking of Fuzuli with a piece on the villages "
                      "around it.", gazetteer)
    assert found["Fuzuli"] == "Azerbaijani media", found


def test_veterans_marking_an_anniversary_tell_nothing(gazetteer):
    found = claimants("Veterans marked the anniversary of the battle for Shusha at a memorial in Baku.", gazetteer)
    assert found["Shusha"] == "", found


def test_a_nation_or_a_consulate_marking_a_day_tells_nothing(gazetteer):
    assert claimants("Azerbaijan marked the anniversary of the fall of Shusha.", gazetteer)["Shusha"] == ""
    assert claimants("The consulate in Kapan marked its third anniversary with a reception.", gazetteer)["Kapan"] == ""
