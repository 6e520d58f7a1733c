"""Places that only say where a caller rings from. In a phone-in's transcript the speaker tag ("NAME (caller, X):")
and the caller's own words about home or work after it ("I teach in X", "we live in Y") say where the caller is, not
that anything happened there, so the town gives no event unless the caller tells of something happening in it; a
town in brackets without a speaker's colon is no tag, and "I live in X" outside a transcript's turn is left alone."""

from tests.helpers import rows


def places(text, gazetteer, published="2014-09-02"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


# --- a caller's speaker tag and home


def test_a_callers_town_in_the_speaker_tag_is_no_place(gazetteer):
    assert places("HAYK (caller, Noyemberyan): My daughter starts school next week.", gazetteer) == set()
    assert places("Anna Sargsyan (listener, Dilijan): Thank you for the programme.", gazetteer) == set()


def test_a_caller_saying_where_they_work_is_no_place(gazetteer):
    assert places("NARINE (caller, Noyemberyan): I work in Noyemberyan.", gazetteer) == set()
    assert places("GOHAR (caller, Dilijan): We live in Dilijan, near the lake.", gazetteer) == set()


def test_a_caller_telling_of_fire_on_the_town_keeps_it(gazetteer):
    assert "Noyemberyan" in places("HAYK (caller, Noyemberyan): Last night they shelled Noyemberyan again.", gazetteer)
    assert "Noyemberyan" in places("HAYK (caller, Dilijan): Shells hit two houses in Noyemberyan yesterday.",
                                   gazetteer)


def test_a_town_in_brackets_without_a_colon_is_not_a_speaker_tag(gazetteer):
    assert "Noyemberyan" in places("The shelling (in Noyemberyan) went on all night.", gazetteer)
