"""The speaker after an opening phrase that ends in a day: "In a speech on Friday Anna Hakobyan said",
"Yes: in the interview with the BBC aired on 4 March she said" (the pronoun then the speaker named before)."""

from tests.helpers import claimants


def test_a_name_after_a_speech_and_its_day_is_the_speaker(gazetteer):
    text = "In a speech on Friday Anna Hakobyan said the school in Berd would reopen."
    assert claimants(text, gazetteer)["Berd"] == "Anna Hakobyan"


def test_a_pronoun_after_an_interview_and_its_date_is_the_speaker_named_before(gazetteer):
    text = ("HOST: Anna Hakobyan warned about this last year.\n\n"
            "CORRESPONDENT: Yes: in the interview with the BBC aired on 4 March she said the school in Berd "
            "would reopen.")
    assert claimants(text, gazetteer)["Berd"] == "Anna Hakobyan"


def test_a_day_that_ends_the_subject_leaves_the_subject_whole(gazetteer):
    text = "The regional governor on Friday said the school in Berd would reopen."
    assert claimants(text, gazetteer)["Berd"].startswith("local officials")
