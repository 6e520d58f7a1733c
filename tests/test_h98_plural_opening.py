"""A plural noun opening a sentence before a "that" or "who" clause with a plural verb ("Dogs that sleep outside")
is no village, whatever spelling of a village it matches; a town in -s opening a sentence with a singular verb in
its clause stays a place."""

from tests.helpers import rows


def _places(text, gazetteer):
    return {r["place_name"] for r in rows(text, gazetteer)}


def test_plural_noun_before_that_clause_is_no_place(gazetteer):
    text = "Dogs that stay in the yard should be brought indoors when the frost comes."
    assert "Doghs" not in _places(text, gazetteer)


def test_plural_noun_before_who_clause_is_no_place(gazetteer):
    text = "Dogs who bark at night must be kept in the house until the shooting stops."
    assert "Doghs" not in _places(text, gazetteer)


def test_town_with_singular_verb_in_its_clause_stays(gazetteer):
    # negative: "lies" is singular, so the town opening the sentence is still read
    text = "Goris that lies on the main road was shelled on Monday, officials said."
    assert "Goris" in _places(text, gazetteer)
