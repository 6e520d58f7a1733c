"""Review of the claim rules from heldout97: a bare "the army" after another side's defence ministry spoke is that
ministry still, not an army named earlier as a target; Robert Kocharyan's full name out of his term (an opposition
leader in 2021) is not the Armenian presidency, while "President Kocharyan" in his term still is."""

from tests.helpers import claimant_of


def test_the_army_after_another_side_s_ministry_spoke_is_that_ministry(gazetteer):
    text = ("Azerbaijani troops attacked the Defence Army's positions near Talish on Friday, Azerbaijan's defence "
            "ministry said the next day. The army said that shells also fell on Madaghis.")
    assert claimant_of("Madagiz", text, gazetteer, "2014-08-02") == "Azerbaijani MoD"


def test_the_army_after_a_target_named_then_a_ministry_sentence(gazetteer):
    text = ("The Defence Army's positions near Talish came under fire on Friday. Azerbaijan's defence ministry said "
            "the next day that Armenian troops had shelled Tartar. The army said that shells also fell on Madaghis.")
    assert claimant_of("Madagiz", text, gazetteer, "2014-08-02") == "Azerbaijani MoD"


def test_the_army_s_press_service_after_the_defence_army_still_holds(gazetteer):
    # positive: the army named in full is the one that speaks
    text = ("Azerbaijani troops fired on the Defence Army's posts near Talish, the army's press service said.")
    assert claimant_of("Talish", text, gazetteer, "2014-08-02") == "Nagorno-Karabakh authorities"


def test_robert_kocharyan_as_opposition_leader_is_not_the_presidency(gazetteer):
    text = "Azerbaijani troops shelled Talish overnight, opposition leader Robert Kocharyan said at a rally."
    assert not claimant_of("Talish", text, gazetteer, "2021-06-10").startswith("Armenian presidency")


def test_president_kocharyan_in_his_term_is_his_presidency(gazetteer):
    text = "Azerbaijani troops shelled Talish on Sunday, President Kocharyan said."
    assert claimant_of("Talish", text, gazetteer, "2005-05-10") == "Armenian presidency (Robert Kocharyan)"


def test_the_army_after_two_sides_armies_in_one_sentence_is_not_picked(gazetteer):
    text = "The Azerbaijani Army attacked the Defence Army's posts near Talish, the army's press service said."
    assert claimant_of("Talish", text, gazetteer, "2016-04-05") != "Nagorno-Karabakh authorities"


def test_the_army_after_two_sides_armies_in_a_sentence_before_is_not_the_last_named(gazetteer):
    text = ("On Saturday the Azerbaijani Army launched an offensive near Talish, and the Armenian Army answered with "
            "artillery. The army's press service said that Madaghis was shelled overnight.")
    assert claimant_of("Madagiz", text, gazetteer, "2016-04-05") != "Armenian MoD"
