"""Sentences where the r72d rules misfired: a ministry that "had already issued" or "had also issued" a statement,
told by another speaker; a photo "taken from an army helicopter", "from the police station", "from a Russian
peacekeepers' post on the hill", "from the roof of the defence ministry" or "from the governor's office window", where
it was taken and no source; "the recollections of residents" and "the memoirs of families from Shusha", a group
speaking for its own record ("residents's recollections"); "the letters of a French doctor" and "the diary of an
Armenian soldier", an unnamed person whose nation is capitalised, taken for a name; and "the memoirs of the President
of Armenia" and "the journal of the Academy of Sciences", a named owner cut short before its "of"."""

from geo.extract.claims import normalise_actor
from tests.helpers import claimant_of


def test_a_statement_already_issued_is_background_to_another_speaker(gazetteer):
    for adverb in ("already", "also", "earlier"):
        text = (f"The mayor said the Azerbaijani defence ministry had {adverb} issued a statement denying fire on "
                "Tartar.")
        assert claimant_of("Tartar", text, gazetteer) == "local officials", adverb


def test_a_statement_issued_is_still_its_issuers_word(gazetteer):
    text = "The Armenian foreign ministry has issued a strongly worded statement on the shelling of Tartar."
    assert claimant_of("Tartar", text, gazetteer) == "Armenian government (Foreign Ministry)"


def test_a_photo_taken_from_a_vehicle_or_building_has_no_source(gazetteer):
    for text in ("One photo, taken from an army helicopter, shows smoke over Tartar.",
                 "The picture, taken from the roof of the defence ministry, shows fires in Tartar.",
                 "The image, taken from the police station, shows the damage in Tartar.",
                 "A photo, taken from the governor's office window, shows the square in Tartar."):
        assert claimant_of("Tartar", text, gazetteer) in ("", None), text
    text = "A photo, taken from a Russian peacekeepers' post on the hill, shows the road into Lachin."
    assert claimant_of("Lachin", text, gazetteer) in ("", None)


def test_a_photo_taken_from_a_post_by_a_ministry_is_the_ministrys(gazetteer):
    text = "One photo, taken from a Facebook post by the Armenian foreign ministry, shows the square in Tartar."
    assert claimant_of("Tartar", text, gazetteer) == "Armenian government (Foreign Ministry)"


def test_a_group_speaks_for_its_own_record():
    assert normalise_actor("the recollections of residents") == "residents"
    assert normalise_actor("the letters of villagers") == "residents"
    assert normalise_actor("the memoirs of families from Shusha") == "residents"


def test_an_unnamed_person_of_a_nation_is_no_name():
    assert normalise_actor("the letters of a French doctor") == "French doctor's letters"
    assert normalise_actor("the diary of an Armenian soldier") == "Armenian soldier's diary"
    assert normalise_actor("the memoir of one Azerbaijani refugee") == "Azerbaijani refugee's memoir"


def test_a_named_owner_keeps_its_of():
    assert normalise_actor("the memoirs of the President of Armenia") == "Armenian presidency"
    assert normalise_actor("the journal of the Academy of Sciences") == "Academy of Sciences"
    assert normalise_actor("the diary of Anna Petrosyan from Goris") == "Anna Petrosyan"
