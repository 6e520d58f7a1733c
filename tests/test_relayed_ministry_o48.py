"""An outlet passing on a ministry's statement or list: the ministry claims, not the outlet; a known Russian
outlet is Russian media."""

from tests.helpers import claimants


def test_ministry_statement_carried_after_an_outlet_spoke(gazetteer):
    text = ("Press reports relied on statements of the Azerbaijani Defence Ministry. "
            "One site added, again citing the ministry, that it was the third night of fire. "
            "A news portal carried a ministry statement saying that on Tuesday Armenian units fired at positions "
            "near Havush in the Sharur district.")
    assert claimants(text, gazetteer)["Havush"] == "Azerbaijani MoD"


def test_ministry_list_carried_by_named_outlet(gazetteer):
    text = ("Trend quoted the Azerbaijani MoD as saying that Armenian forces had fired at army units in the "
            "Lachin district. Azernews carried the ministry's list of villages it said came under fire on "
            "Monday, among them Gosha in the Tovuz district.")
    assert claimants(text, gazetteer)["Gosha"] == "Azerbaijani MoD"


def test_ministrys_account_relayed(gazetteer):
    text = ("Press reports relied on statements of the Azerbaijani Defence Ministry. "
            "An Iranian agency also relayed the ministry's account that shots had hit positions near Havush "
            "in the Sharur district.")
    assert claimants(text, gazetteer)["Havush"] == "Azerbaijani MoD"


def test_outlets_own_words_stay_its_own(gazetteer):
    text = "Azernews reported that a new school opened in Aghdam on Monday."
    assert claimants(text, gazetteer)["Aghdam"] == "Azerbaijani media"


def test_vestnik_kavkaza_is_russian_media(gazetteer):
    text = "The Vestnik Kavkaza portal reported that more than sixty mine blasts were recorded in Aghdam."
    assert claimants(text, gazetteer)["Aghdam"] == "Russian media (Vestnik Kavkaza)"
