"""Claimants heldout105 showed: a day part before a named subject ("Later that day Armenia said"), an organisation
named again by its seat ("the Geneva organisation") or by its noun after an outlet reported it, a channel named by
its medium and kind ("the X television channel") and named again as "the channel"."""

from tests.helpers import claimant_of


def test_later_that_day_a_named_subject(gazetteer):
    text = "Later that day Armenia said Azerbaijani troops had fired on its positions near Sotk."
    assert claimant_of("Sotk", text, gazetteer) in ("Armenia", "Armenian government")


def test_a_seated_organisation_is_the_body_named_before(gazetteer):
    text = ("The International Committee of the Red Cross said on Tuesday that it had visited detainees. "
            "A wounded man was handed over near Kapan the same evening, the Geneva organisation added.")
    assert claimant_of("Kapan", text, gazetteer) == "ICRC"


def test_the_organisation_after_an_outlet_reported_it(gazetteer):
    text = ("The Red Cross said it had helped the two sides. "
            "The Voice of America, reporting that statement, noted that talks went on. "
            "Years earlier a body was handed over near Fuzuli under its auspices, the organisation said.")
    assert claimant_of("Fuzuli", text, gazetteer) == "ICRC"


def test_an_outlet_is_no_organisation(gazetteer):
    text = ("The Voice of America reported on the talks. "
            "A body was handed over near Tegh, the Geneva organisation said.")
    assert claimant_of("Tegh", text, gazetteer) != "Voice of America"


def test_the_channel_named_by_its_medium_and_kind(gazetteer):
    text = ("The Western Armenia television channel reported that talks had resumed. "
            "When troops took Taghavard they captured eleven men, the channel recalled.")
    assert claimant_of("Taghavard", text, gazetteer) == "Western Armenia TV"


def test_quoting_a_web_outlet_in_lower_case(gazetteer):
    text = "Dozens of students picketed outside the UN office in Stepanakert on Monday, Artsakhpress wrote, quoting news.am."
    assert claimant_of("Stepanakert", text, gazetteer) == "Armenian media"


def test_a_nation_is_no_seat_of_an_organisation(gazetteer):
    # "the Armenian organisation" is a body of that side, not "the Geneva organisation" pointing back to the ICRC
    text = ("The International Committee of the Red Cross said on Tuesday that it had visited detainees. "
            "Shells fell near Kapan the same evening, the Armenian organisation said.")
    assert claimant_of("Kapan", text, gazetteer) != "ICRC"
