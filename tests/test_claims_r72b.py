"""Who speaks through a statement issued and through an exhibit drawn from a source: a body or office that "issued a
statement" (or "issues a warning", "a communiqué") gives its words, as one that "released a statement" does, and the
President of the Security Council speaks for the UN Security Council, which the actor table files under the UN (the
Armenian Security Council keeps its nation); a caption, passage or photo whose source is told in an aside before its
verb ("One caption, drawn from the memoir of a reporter, describes ...") gives that source's account, not the
exhibit's or the article's, and a person's own record whose owner is unnamed is named as that person's record ("the
diary of a nurse" is "nurse's diary"), while a named owner speaks for it. A photo "taken from a hill" names where it
was taken, no source, and a statement that is only mentioned names no speaker of the sentence's events."""

from geo.extract.actors import canonical_actor
from geo.extract.claims import normalise_actor
from tests.helpers import claimant_of


def test_an_issued_statement_is_its_issuers_word(gazetteer):
    text = ("On 2 March 1994 the President of the Security Council issued a statement voicing deep concern at the "
            "shelling of Tartar.")
    assert claimant_of("Tartar", text, gazetteer) == "UN"


def test_a_statement_issued_in_the_present_tense(gazetteer):
    text = "The same week the Azerbaijani defence ministry issues a warning about fire on Tovuz."
    assert claimant_of("Tovuz", text, gazetteer) == "Azerbaijani MoD"


def test_the_security_council_and_its_president_are_the_un():
    for phrase in ("the President of the Security Council", "the Security Council president",
                   "the United Nations Security Council", "the President of the UN Security Council"):
        assert normalise_actor(phrase) == "UN", phrase
    assert canonical_actor("Armenia's Security Council") == "Armenian Security Council"


def test_issued_passports_is_no_statement(gazetteer):
    text = "The town hall issued passports to families from Tartar on Monday."
    assert claimant_of("Tartar", text, gazetteer) in ("", None)


def test_a_caption_drawn_from_a_memoir_is_the_memoirs(gazetteer):
    text = ("One label, taken from the diary of a nurse who worked in the hospital, describes families who crossed "
            "the Murov mountains on foot for four days.")
    assert claimant_of("Murovdag", text, gazetteer) == "nurse's diary"


def test_a_passage_based_on_a_named_report_is_the_reporters(gazetteer):
    text = ("The second panel, based on a report by Human Rights Watch, tells of families fleeing Tartar under fire "
            "in April.")
    assert claimant_of("Tartar", text, gazetteer) == "Human Rights Watch"


def test_a_photo_taken_from_a_hill_has_no_source(gazetteer):
    text = "One photo, taken from a hill above the town, shows smoke rising over Tartar after the shelling."
    assert (claimant_of("Tartar", text, gazetteer) or "") not in ("hill", "a hill above the town")


def test_a_persons_record_is_named_by_its_owner():
    assert normalise_actor("the memoir of a reporter") == "reporter's memoir"
    assert normalise_actor("the letters of a soldier at the front") == "soldier's letters"
    assert normalise_actor("the diary of Anna Petrosyan") == "Anna Petrosyan"


def test_a_statement_issued_before_is_background_to_another_speaker(gazetteer):
    text = ("Armenia's Human Rights Defender, Anahit Manasyan, on Friday published photographs of burnt fields. "
            "Manasyan said the photographs were published because the Azerbaijani Defence Ministry had issued a "
            "statement on Thursday rejecting her account. On Saturday the fire near Sotk could not be put out "
            "because of the wind, she said.")
    assert "Azerbaijani" not in (claimant_of("Sotk", text, gazetteer) or "")
