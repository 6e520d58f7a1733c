"""Tellers named by what they are rather than by a name: a document described in an archive's note ("Typed report
dated 3 May 1994.") and then said to tell something ("It states that", "The writer says", "The later minutes
record that") is that document, its kind ("report", "minutes") kept even though "the report" alone elsewhere stands
for a source named before; a written source named again by its kind ("The account we relied on says", "the
history") is the written source named before, a clause like "we relied on" no part of it; a phone-in's turn
labelled by a first name and a role in brackets ("ARAM (caller, Aygepar): ...") is that caller's; a person who
"walks past the school and says" in a scene is the subject before the scene verb; "it said" closing a clause about
a body's own account ("the ministry's account of the clash, in which it said") is that body, not the source heard
last; and a village head named by the role alone ("according to the village head") is the head of the village the
sentence tells of, as "the village head of X" already was."""

from tests.helpers import all_claimants, claimant_of

AID = "2019-05-20"      # a finding aid published long after the papers it describes


def test_it_after_a_described_report_is_the_report(gazetteer):
    text = ("Folder 4, item 2. Typed report dated 11 May 1994, three pages. It states that shells fell on Fuzuli in "
            "the night.")
    assert claimant_of("Fuzuli", text, gazetteer, published=AID) == "report"


def test_a_described_report_is_not_the_source_heard_before(gazetteer):
    text = ("The Azerbaijani defence ministry said on 2 May 1994 that Tartar was calm.\n\n"
            "Folder 4, item 3. Report dated 12 May 1994 on the families arriving from the south. It records that "
            "Horadiz had been taken two days earlier.")
    assert claimant_of("Horadiz", text, gazetteer, published=AID) == "report"


def test_the_later_minutes_are_the_described_minutes(gazetteer):
    text = ("Folder 6, item 1. Minutes of council meetings, March 1994 to May 1995. The later minutes record that "
            "Fuzuli was shelled by Armenian forces in May 1994 and list the families who asked for help.")
    assert claimant_of("Fuzuli", text, gazetteer, published=AID) == "minutes"


def test_minutes_lost_tell_nothing(gazetteer):
    text = ("Folder 6, item 2. Minutes of council meetings, 1994. The minutes were lost when Tartar was shelled in "
            "May 1994.")
    assert claimant_of("Tartar", text, gazetteer, published=AID) in ("", None)


def test_the_account_we_relied_on_is_the_history_named_before(gazetteer):
    text = ("We wrote that Fuzuli was taken from the south. An Azerbaijani history of the war says instead that the "
            "column which took Fuzuli on 23 August 1993 came from the east.\n\n"
            "We said that the defenders of Talish were led from Baku. The account we relied on says they were a "
            "small group who took positions near Talish and struck from there.")
    assert any("history" in who for who in all_claimants(text, gazetteer)["Talish"])


def test_the_writers_own_sentence_stays_unclaimed(gazetteer):
    text = ("An Azerbaijani history of the war says that the column which took Fuzuli on 23 August 1993 came from "
            "the east.\n\nWe relied on it when we wrote that the defenders of Talish were led from Baku.")
    assert not any("history" in (who or "") for who in all_claimants(text, gazetteer)["Talish"])


def test_a_caller_labelled_with_a_role_is_that_caller(gazetteer):
    text = ("Phone-in, Radio Tavush, 3 August 2014.\n\n"
            "ARAM (caller, Aygepar): Good evening. The last houses of Aygepar stand about 400 metres from the "
            "Azerbaijani positions, and we hear the shooting every night.")
    assert claimant_of("Aygepar", text, gazetteer, published="2014-08-04") == "Aram"


def test_a_label_without_a_role_is_no_caller(gazetteer):
    text = ("NOTE (Aygepar): The last houses of Aygepar stand about 400 metres from the Azerbaijani positions.")
    assert claimant_of("Aygepar", text, gazetteer, published="2014-08-04") != "Note"


def test_a_person_who_walks_past_and_says_is_the_speaker(gazetteer):
    text = ("SC 04 (03:10-04:40) The mayor of Movses, Aram Petrosyan, walks past the clinic and says that shells "
            "hit houses in Movses on the night of 3 July.")
    assert claimant_of("Movses", text, gazetteer, published="2014-09-01") == "Aram Petrosyan"


def test_it_in_a_body_s_own_account_is_that_body(gazetteer):
    text = ("Note 6. Local officials in Berd reported no damage that week. We follow the Armenian defence ministry's "
            "own account of the clash of 4 August near Chinari, in which it said two of its soldiers were wounded.")
    assert claimant_of("Chinari", text, gazetteer, published="2015-01-01") == "Armenian MoD"


def test_it_after_another_body_s_statement_is_not_the_account_s_owner(gazetteer):
    text = ("After the Armenian defence ministry's account, the Azerbaijani defence ministry issued a statement on "
            "the clash near Chinari, in which it said two of its soldiers were wounded.")
    assert claimant_of("Chinari", text, gazetteer, published="2015-01-01") != "Armenian MoD"


def test_the_village_head_alone_is_the_head_of_the_village_told_of(gazetteer):
    text = ("At Aygepar the nearest Azerbaijani post stands some 500 metres from the school, according to the "
            "village head interviewed in 2013.")
    who = claimant_of("Aygepar", text, gazetteer, published="2015-01-01")
    assert who.startswith("local officials") and "Aygepar" in who


def test_a_village_head_of_another_village_keeps_his_village(gazetteer):
    text = "The village head of Koti said on Monday that shots hit a house in Koti."
    assert claimant_of("Koti", text, gazetteer, published="2015-01-01") == "local officials (village head of Koti)"


def test_a_village_head_telling_of_a_village_named_later_stays_local_officials(gazetteer):
    text = "The village head said on Monday that shells had fallen on Talish."
    assert claimant_of("Talish", text, gazetteer, published="2015-01-01") == "local officials"
