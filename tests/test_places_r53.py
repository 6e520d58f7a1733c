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


# "positions in the X district, near A and B": the villages named after the district with "near" lie in it; the
# gazetteer lacks them, so they are kept at the district, approximate (the names below are made up)

def test_villages_near_after_a_district_are_kept():
    found = _places("Baku said Armenian units had fired at Azerbaijani positions in the Tartar district, near "
                    "Qoxulu and Sarlanbey, on Tuesday evening.")
    assert {"Qoxulu", "Sarlanbey"} <= found


def test_one_village_near_after_a_district_at_the_end():
    assert "Qoxulu" in _places("Armenian troops shelled positions in the Tartar district, near Qoxulu.")


def test_a_possessive_after_near_is_no_village():
    found = _places("Shells fell in the Tartar district, near Armenia's border, on Monday.")
    assert not any("'" in name for name in found)
