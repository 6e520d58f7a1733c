"""'By the Armenian ministry's account' is that side's ministry named before, as 'the Armenian ministry said' is."""
import datetime as dt

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = dt.date(2023, 5, 10)


def test_nation_ministry_account_is_the_ministry_before():
    found = extract_text("The Armenian defence ministry said Azerbaijani units fired at posts near Yeraskh on 8 May. "
                         "By the Armenian ministry's account, a shell then hit a barn in Yeraskh.", DAY)
    second = [e for e in found if "barn" in e["quote"]]
    assert [e["place"] for e in second] == ["Yeraskh"]
    assert canonical_actor(second[0]["claimed_by"]) == canonical_actor("Armenian Defence Ministry")


def test_other_owner_is_not_a_ministry():
    found = extract_text("By the new ministry's account, a shell hit a barn in Yeraskh.", DAY)
    assert found[0]["claimed_by"] == ""
