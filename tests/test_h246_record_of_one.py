"""A body's record counted as one ("the ministry recorded one breach near X") is that body's claim, as a record of
two or of "a" breach already is, also when an outlet relays it."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2022, 6, 15)


def _events(text):
    return [(e["place"], e["layer"], e["claimed_by"]) for e in extract_text(text, DAY)]


def test_relayed_record_of_one_breach_is_the_bodys():
    assert _events("Interfax reported that the Russian defence ministry had recorded one breach of the ceasefire "
                   "near Shusha, with one soldier wounded.") == [("Shusha", "shelling", "Russian MoD")]


def test_registered_one_violation_is_the_bodys():
    assert _events("TASS wrote that the Russian defence ministry registered one violation of the ceasefire "
                   "near Martuni.") == [("Martuni", "shelling", "Russian MoD")]


def test_passive_record_stays_the_outlets():
    assert _events("Interfax reported that one breach of the ceasefire was recorded near Shusha.") == \
        [("Shusha", "shelling", "Russian media")]


def test_record_of_one_without_a_body_stays_the_outlets():
    assert [(e["place"], e["claimed_by"]) for e in extract_text(
        "Interfax reported that one ceasefire breach had been recorded near Shusha overnight.", DAY)] == \
        [("Shusha", "Russian media")]


def test_one_of_a_kind_in_the_outlets_own_words():
    assert _events("Interfax reported that one shell hit a house near Shusha.") == \
        [("Shusha", "shelling", "Russian media")]
