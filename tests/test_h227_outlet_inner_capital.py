"""An outlet whose name carries a second capital inside it is a source in "by X's count" as any outlet is ("by
AzerNews's count": the Azerbaijani press); a name the actor table lacks, counted, stays no one's."""

import datetime as dt

from geo.extract import extract_text


def _claims(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, dt.date(2026, 3, 6), gazetteer)}


def test_by_camel_case_outlets_count(gazetteer):
    text = "By AzerNews's count, 85 more families moved into new houses in Aghdam on 2 March."
    assert _claims(text, gazetteer).get("Aghdam") == "Azerbaijani media"


def test_by_an_unknown_camel_case_names_count_is_no_one(gazetteer):
    text = "By McDonald's count, 85 more families moved into new houses in Aghdam on 2 March."
    assert not _claims(text, gazetteer).get("Aghdam")
