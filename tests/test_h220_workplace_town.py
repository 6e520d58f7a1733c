"""A town told in a clause describing a person's work ("my old pupil, who teaches in X now, ...", "her brother, who
works in Y,") is where the person earns a living, no event; harm told keeps it, and so does a sentence of the
person's own telling work there ("he works in X now"), read as before."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 6, 1)


def _places(text, gazetteer):
    return {e["place"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_a_workplace_in_a_relative_clause_is_no_event(gazetteer):
    assert not _places("Our former trainee Ramil, who works in Barda now, sent his greetings.", gazetteer)
    assert not _places("Her nephew, who teaches in Tovuz, will bring the books on Saturday.", gazetteer)


def test_harm_told_keeps_the_workplace(gazetteer):
    events = extract_text("Our former trainee Ramil, who works in Barda, was wounded when shells hit the bakery.",
                          DAY, gazetteer, source="test")
    assert [(e["place"], e["layer"]) for e in events] == [("Barda", "shelling")]


def test_a_place_lived_in_is_left_to_the_older_rules(gazetteer):
    # (not a workplace: the speaker's home and the news told after it are read as before)
    assert "Tartar" in _places("A man who lives in Barda said the road to Tartar was closed.", gazetteer)


def test_the_town_told_of_again_keeps_it(gazetteer):
    # the speaker's workplace is also what the speaker tells of ("the road from the town")
    assert "Barda" in _places("Ramil Aliyev, who works in Barda, says the road out of the town has been shut since "
                              "Monday.", gazetteer)
