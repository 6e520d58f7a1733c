"""Who claims, from heldout133's wordings: a named spokesman of a ministry written without its nation speaks for that
ministry; a person "of the town council" is named by name, not as unnamed local officials; "its news release said"
is its body's release, the body that owns the sentence's subject ("The mission's patrol ..., its news release said");
EU observers' body is "the mission" later; "the release added" goes on with the body heard before, as "the statement
added" does."""

import datetime as dt

from geo.extract import extract_text
from geo.extract.actors import canonical_actor


def _claimants(text, published, place):
    return [e["claimed_by"] for e in extract_text(text, dt.date.fromisoformat(published))
            if place in e["place"].split(";")]


def test_spokesman_of_a_ministry_without_its_nation_speaks_for_the_ministry():
    text = ("Armenia's government said the border was calm.\n"
            "Anna Sahakyan, the spokeswoman of the emergencies ministry, told reporters that a fire broke out near "
            "Sisian after shells hit the forest on Tuesday.")
    assert [canonical_actor(c) or c for c in _claimants(text, "2022-09-15", "Sisian")] == \
        ["Armenian government (Ministry of Emergency Situations)"]


def test_a_spokesman_of_someone_else_stays_the_person():
    # (not a ministry: the police spokesman is himself, as the older sets file him)
    text = "Ashot Melkonyan, the police spokesman, told reporters that shells hit Sisian on Tuesday."
    assert _claimants(text, "2022-09-15", "Sisian") == ["Ashot Melkonyan"]


def test_a_member_of_the_town_council_is_named_by_name():
    text = "Shells hit Sisian on Tuesday, Anahit Gevorgyan of the town council wrote on Facebook."
    assert _claimants(text, "2022-09-15", "Sisian") == ["Anahit Gevorgyan"]


def test_the_town_council_itself_stays_local_officials():
    text = "Shells hit Sisian on Tuesday, the town council said."
    assert _claimants(text, "2022-09-15", "Sisian") == ["local officials"]


MISSION = ("European Union observers were on patrol near Sotk yesterday, Armenia's defence ministry said.\n"
           "Baku's defence ministry said its soldiers had not fired.\n")


def test_its_news_release_is_the_release_of_the_body_owning_the_subject():
    text = MISSION + "The mission's new patrol set out from its base in Sisian on 20 July, its news release said."
    assert [canonical_actor(c) for c in _claimants(text, "2023-08-16", "Sisian")] == ["EU"]


def test_its_news_release_after_another_subject_is_not_the_mission():
    # (no body owns the subject: "its" is the speaker heard before, as for "its statement")
    text = ("Baku's defence ministry spoke of shooting near Zangilan.\n"
            "Its soldiers answered the fire near Zangilan on Monday, its news release said.")
    assert [canonical_actor(c) for c in _claimants(text, "2023-08-16", "Zangilan")][-1] == "Azerbaijani MoD"


def test_the_release_added_in_a_new_paragraph_goes_on_with_its_body():
    text = (MISSION + "The mission's new patrol set out from its base in Sisian on 20 July, its news release said.\n"
            "In its first months, the release added, the mission patrolled from its hubs in Jermuk and Goris.")
    assert [canonical_actor(c) for c in _claimants(text, "2023-08-16", "Goris")] == ["EU"]


def test_the_release_of_prisoners_is_no_speaker():
    text = "The release of prisoners was agreed in Goris on Monday, the ministry of Armenia said."
    assert "release" not in _claimants(text, "2023-08-16", "Goris")
