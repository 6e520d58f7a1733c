"""Claimants: a bare "the defence ministry" telling of missiles aimed at towns of its own side is that side's ministry,
even when the article later quotes the other side's spokeswoman denying it; a town of Azerbaijan far from every
district the supplement holds (Gabala) is on Azerbaijan's own land all the same."""

from tests.helpers import all_claimants, claimant_of


def test_missiles_aimed_at_a_town_are_told_by_its_own_side_s_ministry(gazetteer):
    text = ("Early on Friday, the defence ministry said, two missiles were aimed at the Siyazan district. Later "
            "Shushan Stepanyan of the Armenian defence ministry called the report a fabrication.")
    assert claimant_of("Siyazan", text, gazetteer, "2020-10-23") == "Azerbaijani MoD"


def test_a_town_far_from_the_held_districts_is_on_its_side_s_own_land(gazetteer):
    text = ("At dawn, the defence ministry said, one missile was aimed at Gabala. Shushan Stepanyan of the Armenian "
            "defence ministry said nothing had been fired.")
    assert claimant_of("Qabala", text, gazetteer, "2020-10-23") == "Azerbaijani MoD"  # the test gazetteer's name


def test_the_denier_named_in_full_keeps_the_denial(gazetteer):
    text = ("At dawn, the defence ministry said, one missile was aimed at Gabala. Shushan Stepanyan of the Armenian "
            "defence ministry said no missile had been aimed at Gabala.")
    assert sorted(all_claimants(text, gazetteer, "2020-10-23")["Qabala"]) == ["Armenian MoD", "Azerbaijani MoD"]


def test_the_ministry_reporting_its_own_fire_is_not_moved(gazetteer):
    # negative: nothing aimed at the town, the ministry's own side's fire: the resolution stays as before
    text = ("The Armenian defence ministry said on Monday that its units had pushed back an attack. The defence "
            "ministry said its artillery fired on positions near Vardenis.")
    assert claimant_of("Vardenis", text, gazetteer, "2020-10-23") == "Armenian MoD"
