""""X has written on Facebook that ...": X's claim, as "X has written that" is (heldout153 reading round)."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 10, 5)


def _claims(text):
    return [e["claimed_by"] for e in extract_text(text, DAY)]


def test_has_written_on_facebook_that():
    assert _claims("Hayk Sargsyan has written on Facebook that mortar rounds fell on Martakert.") == ["Hayk Sargsyan"]


def test_had_written_on_his_blog_that():
    assert _claims("Hayk Sargsyan had written on his blog that a drone struck Martakert.") == ["Hayk Sargsyan"]


def test_written_on_a_wall_is_no_claim():
    assert _claims("Hayk Sargsyan had written on the wall of the school in Martakert that he would be back.") == [""]
