"""A body that "called that story" false has spoken: a later "the same ministry" is that body, not the radio whose
story it called false (not a ministry that "called that evening" for calm)."""

from tests.helpers import claimant_of

PUBLISHED = "1993-08-24"


def test_a_ministry_that_called_that_report_a_lie_is_heard(gazetteer):
    text = ("Television reports from Yerevan said that planes had bombed the town of Goris on Thursday. "
            "On Friday the defence ministry in Baku called that report propaganda, aimed at hiding the offensive. "
            "By Sunday the same ministry had admitted that Kalbajar was lost.")
    assert claimant_of("Kalbajar", text, gazetteer, PUBLISHED) != "Armenian television reports"
    assert "Azerbaijan" in claimant_of("Kalbajar", text, gazetteer, PUBLISHED)


def test_called_that_evening_is_no_account(gazetteer):
    from geo.extract.lexicon import ATTRIB_VERB
    assert ATTRIB_VERB.search("the defence ministry called that report propaganda")
    assert not ATTRIB_VERB.search("the defence ministry called that evening for calm")
