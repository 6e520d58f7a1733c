"""A ministry cited again as "the same ministry" after "according to" is the ministry named before, as "the same
ministry said" is; an outlet the actor table does not know that wrote a story "quoting" its teller is heard too, so a
later "the same paper" is that outlet, not the body it quoted."""

from tests.helpers import claimant_of


def test_according_to_the_same_ministry_is_the_ministry_named_before(gazetteer):
    text = ("Azerbaijan's defence ministry said that Armenian troops had fired on its positions near Horadiz. "
            "According to the same ministry, the positions near Talish also came under fire on Monday.")
    assert claimant_of("Talish", text, gazetteer) == "Azerbaijani MoD"


def test_according_to_the_same_paper_stays_a_paper(gazetteer):
    text = ("The Lori Courier reported that troops had shelled Talish on Monday. "
            "According to the same paper, Horadiz was also hit that night.")
    assert claimant_of("Horadiz", text, gazetteer) == claimant_of("Talish", text, gazetteer)


def test_the_same_paper_after_wrote_quoting_is_the_outlet(gazetteer):
    text = ("Two soldiers died when troops raided a post near Talish, the Lori Courier wrote, quoting Armenia's "
            "defence ministry. The same paper recalled that an earlier raid had struck near Horadiz.")
    assert claimant_of("Talish", text, gazetteer) == "Armenian MoD"
    assert claimant_of("Horadiz", text, gazetteer) == "Lori Courier"


def test_a_ministry_said_without_quoting_is_no_outlet(gazetteer):
    # negative: no "wrote, quoting", so the paper is not made up from a ministry that spoke itself
    text = ("Troops raided a post near Talish, Armenia's defence ministry said. "
            "The ministry said that an earlier raid had struck near Horadiz.")
    assert claimant_of("Horadiz", text, gazetteer) == "Armenian MoD"


def test_the_army_s_press_service_is_the_army_named_in_full(gazetteer):
    text = ("Early on Monday troops attacked the Defence Army's posts near Talish and held one of them for an hour, "
            "the army's press service said. According to the army, shells also fell on Horadiz.")
    assert claimant_of("Talish", text, gazetteer) == "Nagorno-Karabakh authorities"
    assert claimant_of("Horadiz", text, gazetteer) == "Nagorno-Karabakh authorities"


def test_a_bare_army_with_no_army_named_is_left_as_before(gazetteer):
    # negative: no army named in full, so the bare "army" is not made the Defence Army
    text = "Early on Monday troops attacked the posts near Talish, the army said."
    assert claimant_of("Talish", text, gazetteer) != "Nagorno-Karabakh authorities"


def test_president_kocharyan_speaks_as_himself(gazetteer):
    text = "Later President Kocharyan said that heavy artillery had been used near Talish."
    assert claimant_of("Talish", text, gazetteer, "2008-03-09") == "Armenian presidency (Robert Kocharyan)"


def test_another_kocharyan_is_not_the_president(gazetteer):
    # negative: a bare surname of another Kocharyan is not read as the president
    text = "Shells fell on Talish on Monday, Karen Kocharyan said."
    assert claimant_of("Talish", text, gazetteer, "2022-03-09") != "Armenian presidency (Robert Kocharyan)"
