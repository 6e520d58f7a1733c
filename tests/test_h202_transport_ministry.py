"""A side's transport ministry written as such ("Azerbaijan's transport ministry told a news agency") is the ministry
the actor table lists for its roads and buses, as the sets annotate it; the full name "the Ministry of Transport"
stays the body the table lacks, as before."""

from geo.extract.actors import canonical_actor
from tests.helpers import claimant_of

MINISTRY = "Azerbaijani government (Ministry of Digital Development and Transport)"


def test_transport_ministry_of_a_side_is_its_table_row():
    assert canonical_actor("Azerbaijan's transport ministry") == MINISTRY
    assert canonical_actor("the Azerbaijani transport minister") == MINISTRY


def test_transport_ministry_claims_a_bus_route(gazetteer):
    text = ("On Monday twenty buses went along the road from Barda to Tartar for people without cars, "
            "Azerbaijan's transport ministry told reporters.")
    assert claimant_of("Tartar", text, gazetteer) == MINISTRY


def test_ministry_of_transport_in_full_is_unchanged():
    assert canonical_actor("Azerbaijan's Ministry of Transport") == "Azerbaijani government (Ministry of Transport)"


def test_a_transport_company_is_no_ministry():
    assert canonical_actor("an Azerbaijani transport company") != MINISTRY


def test_a_bare_transport_ministry_stays_its_side_s_government(gazetteer):
    text = ("YEREVAN, 5 January 2021\n\nOn Monday the road to Jermuk was shut by a snowstorm, the transport ministry "
            "said.")
    assert claimant_of("Jermuk", text, gazetteer, published="2021-01-05") == "Armenian government"
