"""A village the gazetteer files only with its district in brackets ("Sarijali (Aghdam)", "Hajili (Jabrayil)") is
found under its bare name when the sentence or the article before it names that district; another district
named leaves the name alone, and nothing is made up for it."""

from tests.helpers import rows


def _places(text, gazetteer):
    return {name for c in rows(text, gazetteer) for name in c["place_name"].split(";")}


def test_a_village_after_the_district_that_opens_the_sentence(gazetteer):
    found = _places("In the Aghdam district, a shell hit the school of Sarijali on Saturday night.", gazetteer)
    assert "Sarijali (Aghdam)" in found


def test_a_village_of_the_district_the_article_named_before(gazetteer):
    text = ("Deminers returned to the Jabrayil district this week.\n\n"
            "On Tuesday a tractor driver was wounded by a mine on the edge of Hajili, the agency said.")
    assert "Hajili (Jabrayil)" in _places(text, gazetteer)


def test_another_district_named_leaves_the_bare_name_alone(gazetteer):
    found = _places("In the Tartar district, a shell hit the school of Sarijali on Saturday night.", gazetteer)
    assert "Sarijali (Aghdam)" not in found


def test_the_bracketed_village_still_found_when_written_with_its_district(gazetteer):
    found = _places("The school of Sarijali in the Aghdam district was hit by a shell on Saturday.", gazetteer)
    assert "Sarijali (Aghdam)" in found
