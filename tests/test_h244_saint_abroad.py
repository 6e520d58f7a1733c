"""A town abroad whose own name opens with "Saint" or "Mount", written short ("St Petersburg"), is that town."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 1, 11)


def _found(sentence):
    return [(e["place"], e["country"]) for e in extract_text(sentence, DAY)]


def test_st_is_read_as_saint_for_a_metropolis():
    found = _found("The two leaders met briefly in St Petersburg on the sidelines of the summit.")
    assert [country for _, country in found] == ["RU"]


def test_full_name_still_found():
    found = _found("The two leaders met briefly in Saint Petersburg on the sidelines of the summit.")
    assert [country for _, country in found] == ["RU"]


def test_a_plain_name_is_not_changed():
    assert _found("The two leaders met briefly in Moscow on the sidelines of the summit.") == [("Moscow", "RU")]


def test_st_inside_a_name_is_not_expanded():
    # only a name that opens with the short word is read so
    assert all(country != "RU" for _, country in _found("Shells hit Stepanakert on Tuesday, officials said."))
