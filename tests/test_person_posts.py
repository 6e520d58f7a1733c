"""A person's name and the seat of a person's post are no event places."""
import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published="2023-03-15"):
    return sorted({c["place_name"] for c in extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")})


@pytest.mark.parametrize("text, expected", [
    # a given name that is also a place's short name, before a surname with a particle
    ("Omar el-Amin said the talks were held in Imishli.", ["Imishli"]),
    ("Aid workers led by Omar al-Rashid reached Barda on Friday.", ["Barda"]),
    # the office a person heads only says where the post is
    ("Omar el-Amin, who then led the UN office in Baku, said the camp near Imishli was full.", ["Imishli"]),
    ("Laura Berg, head of the ICRC mission in Yerevan, said a convoy had crossed at Goris.", ["Goris"]),
])
def test_names_and_posts_are_not_places(gazetteer, text, expected):
    assert places(text, gazetteer) == expected


@pytest.mark.parametrize("text, place", [
    ("Protesters blocked the road to Baku airport on Monday.", "Baku"),
    ("Cars queued for hours at the Omar pass on Monday.", "Omar Pass"),
])
def test_a_city_or_a_pass_where_something_happens_stays(gazetteer, text, place):
    assert place in places(text, gazetteer)
