"""Two web outlets the actor table now knows: Azeri Daily, an Azerbaijani site (read as the Azerbaijani media), and
commonspace.eu, written in lower case as its address, which tells its reports mid-sentence as a capitalised outlet
does; an address the table does not know stays no claimant there."""

import datetime

from geo.extract import extract_text


def _claimants(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, datetime.date(2019, 3, 7), gazetteer)}


def test_azeri_daily_is_azerbaijani_media(gazetteer):
    text = "The website Azeri Daily reported that Armenian guns had shelled Sadarak overnight."
    assert _claimants(text, gazetteer).get("Sadarak") == "Azerbaijani media"


def test_commonspace_in_lower_case_mid_sentence(gazetteer):
    text = "A shepherd was buried on Tuesday in his village of Sadarak, commonspace.eu reported, and the whole valley came."
    assert _claimants(text, gazetteer).get("Sadarak") == "commonspace.eu"


def test_unknown_address_is_no_claimant(gazetteer):
    text = "A shepherd was buried on Tuesday in his village of Sadarak, greenvalley.eu reported, and the whole valley came."
    assert _claimants(text, gazetteer).get("Sadarak") == ""
