"""heldout152: sources named in ways the claimant rules did not read.

* an outlet named by its web address opening a sentence, whatever its verb ("Trend.az marked the day with a
  portrait"), is "the site" further on;
* "as the <work or body, in lower case> tells it" is that source's account (not a story's or a saying's);
* "The X gives another account: it says ..." is X's account, not that of the source heard before.
"""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2019, 3, 4)


def _claims(text):
    return [(e["place"], e["claimed_by"]) for e in extract_text(text, DAY)]


def test_site_after_an_address_that_opened_a_sentence():
    text = ("Trend.az marked the anniversary with a long profile of the commander. "
            "The site lists Kichan among the villages his company shelled in 1992.")
    assert _claims(text) == [("Kichan", "Azerbaijani media")]


def test_site_with_no_outlet_before_stays_unnamed_press():
    text = ("A neighbour marked the anniversary with a long profile of the commander. "
            "The site lists Kichan among the villages his company shelled in 1992.")
    assert all(claim != "Azerbaijani media" for _, claim in _claims(text))


def test_defence_az_is_azerbaijani_press():
    from geo.extract.actors import canonical_actor
    assert canonical_actor("Defence.az") == "Azerbaijani media"


def test_as_the_lower_case_source_tells_it():
    text = "Two soldiers were killed in a battle at Kichan in 1992, as the regimental history tells it."
    assert _claims(text) == [("Kichan", "regimental history")]


def test_as_the_story_tells_it_is_no_source():
    text = "Two soldiers were killed in a battle at Kichan in 1992, as the old story tells it."
    assert _claims(text) == [("Kichan", "")]


def test_it_after_a_colon_is_the_source_that_opened_the_sentence():
    text = ("Two soldiers were killed at Kichan in 1992, as the regimental history tells it. "
            "The National Heroes Encyclopedia gives another account: it says they died in the battle for Chldran.")
    assert _claims(text)[-1] == ("Chldran", "National Heroes Encyclopedia")


def test_it_after_a_colon_with_no_named_opener_keeps_the_earlier_source():
    text = ("Two soldiers were killed at Kichan in 1992, as the regimental history tells it. "
            "Its second volume gives another account: it says they died in the battle for Chldran.")
    assert _claims(text)[-1][1] != "Its"


def test_it_after_a_colon_keeps_an_owners_body():
    text = "Baku's defence ministry gave a different account: it said Armenian units fired on Kalbajar."
    assert _claims(text) == [("Kalbajar", "Azerbaijani MoD")]
