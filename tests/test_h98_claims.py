"""Claims of heldout98's kind: a prosecutor's office or the police named without their side, of a place in Karabakh,
after Karabakh's own army spoke, are Karabakh's; "the same government" is the government named before."""

import datetime as dt

from tests.helpers import claimant_of

PUBLISHED = dt.date(2022, 3, 20)


def test_bare_prosecutors_after_karabakh_army_are_karabakh_s(gazetteer):
    text = ("On Friday the Defence Army reported that enemy units had fired at the fields of Chartar. "
            "On Sunday the prosecutor general's office said that Khnapat and Aknaghbyur had come under fire.")
    assert claimant_of("Khnapat", text, gazetteer, PUBLISHED) == "Nagorno-Karabakh authorities"


def test_bare_police_after_karabakh_army_are_karabakh_s(gazetteer):
    text = ("On Friday the Defence Army reported that enemy units had fired at the fields of Chartar. "
            "On Sunday the police said that Khnapat had been under mortar fire all afternoon.")
    assert claimant_of("Khnapat", text, gazetteer, PUBLISHED) == "Nagorno-Karabakh authorities"


def test_bare_prosecutors_after_baku_s_ministry_stay_azerbaijani(gazetteer):
    # negative: the last side heard is Azerbaijan's, so the bare office keeps the table's reading
    text = ("On Friday Azerbaijan's defence ministry reported that its positions near Aghdam had come under fire. "
            "On Sunday the prosecutor general's office said that Khnapat had been shelled.")
    assert claimant_of("Khnapat", text, gazetteer, PUBLISHED).startswith("Azerbaijani")


def test_the_same_government_is_the_government_named_before(gazetteer):
    text = ("For a week the other side kept the repair crews away from the line, the Karabakh government said. "
            "Today the same government announced that the repair near Shushi had begun.")
    assert claimant_of("Shusha", text, gazetteer, PUBLISHED) == "Nagorno-Karabakh authorities"


def test_the_same_government_of_armenia_stays_armenia_s(gazetteer):
    # negative: "the same government" after Armenia's government is Armenia's, not any side's heard later
    text = ("Crews worked on the road all week, the Armenian government said. "
            "The same government announced on Monday that the road near Goris would reopen.")
    assert claimant_of("Goris", text, gazetteer, PUBLISHED) == "Armenian government"
