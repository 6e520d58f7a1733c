"""Days and tellers of documents described one by one, as an archive's finding aid or a court's summary describes
its papers: a sentence that describes a document by the day it is dated ("Typed letter dated 3 May 1994.") makes
that day the one its paragraph's "yesterday", "the previous day" and "two days earlier" count from (with a "the
same day" after such a count on the counted day), not the day the description was published; "It states that" and
"The writer says that" after the description are that document's telling; and a history, a chronicle or a body that
"records that" something happened gives its own account, not that of the source named in the sentence before."""

import datetime as dt

from tests.helpers import claimant_of, rows

AID = "2019-05-20"      # a finding aid published long after the papers it describes


def _starts(text, gazetteer, published=AID):
    return {c["place_name"]: c["start_date"] for c in rows(text, gazetteer, published)}


def test_yesterday_in_a_dated_document_counts_from_its_date(gazetteer):
    text = "Folder 2, item 5. Letter dated 3 May 1994, one page. The writer states that shells hit Tartar yesterday."
    assert _starts(text, gazetteer)["Tartar"] == "1994-05-02"


def test_the_previous_day_in_a_dated_document_counts_from_its_date(gazetteer):
    text = ("Folder 2, item 6. Telegram dated 9 May 1994. It states that the villagers of Tartar had left their homes "
            "the previous day.")
    assert _starts(text, gazetteer)["Tartar"] == "1994-05-08"


def test_days_earlier_and_the_same_day_count_from_the_document(gazetteer):
    text = ("Folder 3, item 1. Report dated 20 May 1994 on the families arriving from the east. It records that "
            "Fuzuli had been taken three days earlier, and that Horadiz had been occupied on the same day.")
    starts = _starts(text, gazetteer)
    assert starts["Fuzuli"] == "1994-05-17"
    assert starts["Horadiz"] == "1994-05-17"


def test_yesterday_without_a_dated_document_stays_the_day_before_publication(gazetteer):
    text = "Folder 2, item 5. A letter from 1994, one page. Shells hit Tartar yesterday, the ministry said."
    assert _starts(text, gazetteer)["Tartar"] == "2019-05-19"


def test_a_dated_document_does_not_reach_the_next_paragraph(gazetteer):
    text = "Folder 2, item 5. Letter dated 3 May 1994, one page.\n\nShells hit Tartar yesterday, the ministry said."
    assert _starts(text, gazetteer)["Tartar"] == "2019-05-19"


def test_days_before_another_event_are_not_counted_from_the_document(gazetteer):
    text = ("Folder 3, item 1. Report dated 20 May 1994. It records that Fuzuli had been taken two days before the "
            "ceasefire.")
    assert _starts(text, gazetteer)["Fuzuli"] != "1994-05-18"


def test_it_after_a_described_letter_is_the_letter(gazetteer):
    text = "Folder 2, item 6. Typed letter dated 9 May 1994. It states that shells fell on Tartar in the night."
    assert claimant_of("Tartar", text, gazetteer, published=AID) == "letter"


def test_the_writer_of_a_described_letter_is_the_letter(gazetteer):
    text = "Folder 2, item 5. Letter dated 3 May 1994, one page. The writer says that shells fell on Tartar."
    assert claimant_of("Tartar", text, gazetteer, published=AID) == "letter"


def test_the_writer_without_a_described_document_is_no_letter(gazetteer):
    text = "The writer spent a week in the region. He says that shells fell on Tartar."
    assert claimant_of("Tartar", text, gazetteer, published=AID) != "letter"


def test_a_history_that_records_that_is_the_claimant(gazetteer):
    text = ("A report of the BBC puts the number who fled Tartar at 3,000. An Azerbaijani chronicle of the war "
            "records that Fuzuli was captured on 23 August 1993.")
    assert "chronicle" in claimant_of("Fuzuli", text, gazetteer)


def test_a_record_that_as_a_noun_names_no_one(gazetteer):
    text = "The record that the ministry kept was lost when shells hit Tartar on 3 May."
    assert claimant_of("Tartar", text, gazetteer) in ("", None)
