"""Place recall: a paragraph that names a company written in camel case ("GeoProMining") is story, not a trail
of breadcrumbs glued together ("HomeNewsWorld"), so its places are read (r53)."""
import datetime as dt

from geo.article import article_text, is_furniture
from geo.extract import extract_text

DAY = dt.date(2022, 5, 9)


def _places(text):
    return {name for c in extract_text(text, DAY) for name in c["place_name"].split(";")}


def test_a_sentence_naming_a_camel_case_company_is_kept():
    line = "Staff of the operator GlobalGoldCorp said the shelling of Kut on Sunday damaged two houses."
    assert not is_furniture(line)
    assert line in article_text("Border report\n" + line + "\n")


def test_places_in_a_paragraph_with_a_camel_case_company_are_found():
    text = ("Border report\n"
            "The operator GlobalGoldCorp said Azerbaijani troops shelled Verin Shorzha on Sunday evening.\n")
    assert "Verin Shorzha" in _places(article_text(text))


def test_glued_breadcrumbs_are_still_furniture():
    assert is_furniture("HomeNewsWorld")
    assert is_furniture("HomeNewsWorldCaucasus Armenia")
