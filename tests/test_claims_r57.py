"""Dates and claimants: "the same day" under a chronology's dated entry is the entry's day, not an older day the piece
told before it; "he wrote" after a sentence opening with a member of parliament named in full is that member, not an
earlier speaker; a side that "lists" a place "under" a village files it there and tells no event, so the source the
sentence opens with ("According to X, ...") keeps the claim."""

from geo.extract.claims import find_attributions
from tests.helpers import claimant_of, rows

CHRONOLOGY = ("Border road chronology, published on 20 December 2022.\n\n"
              "This chronology follows the mountain highway, which changed hands last December.\n\n"
              "MARCH\n\n"
              "Tuesday 8 March. Police said soldiers had put up a post near Sisian on the highway and were stopping "
              "lorries there; the same day customs officers began to charge a fee.\n")


def _dates(text, place, gazetteer, published):
    return [(c["start_date"], c["date_certain"]) for c in rows(text, gazetteer, published)
            if place in c["place_name"].split(";")]


def test_the_same_day_under_a_dated_entry_is_the_entry_s_day(gazetteer):
    assert _dates(CHRONOLOGY, "Sisian", gazetteer, "2022-12-20") == [("2022-03-08", True)]


def test_he_wrote_is_the_member_of_parliament_the_sentence_before_opened_with(gazetteer):
    text = ("Lusine Sahakyan, an opposition member of parliament, told reporters on Monday that new work had started "
            "near Sisian.\n\n"
            "Gagik Avetisyan, a lawmaker from the ruling party, drove along the highway on Friday. He wrote "
            "afterwards that the stretch just outside Goris had become a building site.")
    assert claimant_of("Goris", text, gazetteer, "2022-10-12") == "Gagik Avetisyan"


def test_a_place_filed_under_a_village_is_no_claim():
    found = find_attributions("According to the police, the lorries were stopped on the stretch that the other side "
                              "lists under the village of Sisian.")
    assert [a.who for a in found] == ["the police"]


def test_a_ministry_that_listed_the_villages_still_claims(gazetteer):
    found = find_attributions("The ministry listed the villages hit overnight: Sisian and Goris.")
    assert [a.who for a in found] == ["ministry"]


def test_a_lister_alone_keeps_the_claim():
    found = find_attributions("Forty families moved to Sisian, which the same ministry lists under Goris.")
    assert [a.who for a in found] == ["ministry"]
