"""Claimants heldout138 read wrongly: a side's education ministry, an outlet's bureau named with the place it works
from, a television that filmed what it reports (and "the same report" after it), and an unnamed reporter writing for
an outlet."""

import datetime as dt

from geo.extract import extract_text
from geo.extract.actors import canonical_actor
from geo.extract.claims import find_attributions

DAY = dt.date(2016, 5, 3)


def _claims(text):
    return {(e["place"], e["claimed_by"]) for e in extract_text(text, DAY)}


def test_a_sides_education_ministry_is_its_row():
    assert canonical_actor("Baku's education ministry") == "Azerbaijani government (Ministry of Education)"
    assert canonical_actor("the Azerbaijani Ministry of Education") == "Azerbaijani government (Ministry of Education)"


def test_an_education_ministry_without_its_side_is_nobodys():
    assert canonical_actor("the education ministry") is None
    assert canonical_actor("Armenia's education ministry") != "Azerbaijani government (Ministry of Education)"


def test_an_outlets_bureau_is_the_outlet_wherever_it_sits():
    assert canonical_actor("APA's Karabakh bureau") == "Azerbaijani media"
    assert canonical_actor("Armenpress's Stepanakert correspondent") == "Armenian media"


def test_a_nations_bureau_is_no_outlet():
    assert canonical_actor("Azerbaijan's Karabakh bureau") != "Azerbaijani media"


def test_a_television_that_filmed_it_tells_it():
    text = "Meydan TV once filmed the burned school in Tartar after the night of shelling."
    assert ("Tartar", "Meydan TV") in _claims(text)


def test_someone_who_filmed_is_no_outlet():
    found = find_attributions("Rashad once filmed the burned school in Tartar after the night of shelling.")
    assert not any(a.who.strip() == "Rashad" for a in found)


def test_the_same_report_after_a_filmed_piece_is_that_outlets():
    text = ("APA reported that a shell fell in Aghjabadi.\n"
            "Meydan TV filmed the school in Tartar that had been shelled.\n"
            "Families in Tartar, the same report said, sleep in the basement while the shelling lasts.")
    claims = [e["claimed_by"] for e in extract_text(text, DAY) if e["place"] == "Tartar"]
    assert claims and all(c == "Meydan TV" for c in claims)


def test_an_unnamed_reporter_writing_for_an_outlet_tells_the_outlets_piece():
    found = find_attributions("A journalist from Ganja wrote in her diary for JAMnews that shells hit houses in Tartar.")
    assert [a.who for a in found] == ["JAMnews"]


def test_a_named_writer_tells_it_herself():
    found = find_attributions("Leyla Aliyeva wrote for JAMnews that shells hit houses in Tartar.")
    assert [a.who for a in found] == ["Leyla Aliyeva"]
