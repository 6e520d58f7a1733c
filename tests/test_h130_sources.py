"""Who makes the claim, written several ways:

* "the reports from Baku": that side's reports ("Azerbaijani reports"), as "Azerbaijani reports" are, and the capital
  they come from is no event place; "reports mention no dead" is the reports' account too;
* a guidebook named by its title ("the X guide") is the source, not a tour guide among the residents; "the same
  guide" is that book again;
* a source that puts the dead at a number, or the fall of a place on a day, makes that claim;
* Femida.az is one of the Azerbaijani media."""

from geo.extract.claims import canonical_actor
from tests.helpers import claimant_of, rows

PUBLISHED = "1992-08-12"


def test_reports_from_a_capital_are_that_sides_reports(gazetteer):
    text = "The reports from Baku speak of forty soldiers killed at Tegh."
    assert claimant_of("Tegh", text, gazetteer, PUBLISHED) == "Azerbaijani reports"
    assert "Baku" not in {r["place"] for r in rows(text, gazetteer, PUBLISHED)}


def test_reports_that_mention_no_dead_are_still_the_reports_account(gazetteer):
    text = "The reports from Yerevan mention no dead, but they say that ten men from Khndzoresk were taken away."
    assert claimant_of("Khndzoresk", text, gazetteer, PUBLISHED) == "Armenian reports"


def test_reports_from_a_village_keep_the_village(gazetteer):
    text = "Reports from Tegh speak of heavy shelling overnight."
    assert "Tegh" in {r["place"] for r in rows(text, gazetteer, PUBLISHED)}
    assert claimant_of("Tegh", text, gazetteer, PUBLISHED) != "Armenian reports"


def test_the_government_in_the_capital_is_still_the_government(gazetteer):
    text = "Baku said that Tegh had been shelled overnight."
    assert claimant_of("Tegh", text, gazetteer, PUBLISHED) == "Azerbaijani government"


def test_a_guidebook_by_its_title_is_the_source(gazetteer):
    text = ("About 300 families were taken out of Khndzoresk in 1992, according to the Lonely Planet guide. "
            "The same guide puts the dead of the fighting for Tegh at nine soldiers.")
    assert claimant_of("Khndzoresk", text, gazetteer, PUBLISHED) == "Lonely Planet guide"
    assert claimant_of("Tegh", text, gazetteer, PUBLISHED) == "Lonely Planet guide"


def test_a_tour_guide_is_still_one_of_the_residents(gazetteer):
    for who in ("our guide", "an Armenian guide"):
        text = f"Shells fell on Tegh in the night, {who} said."
        assert claimant_of("Tegh", text, gazetteer, PUBLISHED) == "residents"
    text = "Our guide said that shells had hit Tegh in the night."
    assert claimant_of("Tegh", text, gazetteer, PUBLISHED) == "residents"


def test_a_source_putting_the_fall_of_a_place_on_a_day_claims_it(gazetteer):
    text = "Azerbaijani accounts put the fall of Tegh on 18 May."
    assert claimant_of("Tegh", text, gazetteer, PUBLISHED) == "Azerbaijani accounts"


def test_putting_a_town_under_curfew_is_no_claim(gazetteer):
    text = "Armenian troops took control of Tegh on 29 February and put the town under curfew."
    assert claimant_of("Tegh", text, gazetteer, PUBLISHED) == ""


def test_femida_az_is_azerbaijani_media():
    assert canonical_actor("Femida.az") == "Azerbaijani media"
    assert canonical_actor("Femida") is None
