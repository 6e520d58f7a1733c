"""Claimants: an outlet that quotes a person before a colon gives that person's words, and a later "He confirmed" is
that person, not the outlet named before; "the service said" after "the emergency service in <seat>" in the same
sentence is that service; a soldier killed with no side named, "according to Baku", is Baku's defence ministry's
count; an investigator that places footage's scene in a town states a finding; "the research group Bellingcat" is
Bellingcat."""

from tests.helpers import claimant_of


def test_a_person_an_outlet_quotes_before_a_colon_is_the_later_he(gazetteer):
    text = ("The agency APA gives the longest account. APA notes that the ministry has not commented on the losses.\n\n"
            "ARMENPRESS quotes Foreign Minister Ararat Mirzoyan, speaking to reporters: as far as Yerevan knows, he "
            "said, the talks will go on. He confirmed reports of new shelling near Tegh and said the army had "
            "answered.")
    assert claimant_of("Tegh", text, gazetteer, "2022-05-10") == "Armenian government (Foreign Ministry)"


def test_the_service_said_after_the_service_named_with_its_seat_is_that_service(gazetteer):
    text = ("Nerses Avagyan, who kept the village shop for thirty years, died on Sunday.\n\n"
            "Nerses Avagyan followed the searches closely. On Monday the rescuers of the emergency service in "
            "Stepanakert searched the fields near Askeran for the remains of soldiers, the service said; the searches "
            "go on.")
    assert claimant_of("Askeran", text, gazetteer, "2021-04-24") == "Nagorno-Karabakh authorities"


def test_a_soldier_killed_with_no_side_according_to_baku_is_its_defence_ministry(gazetteer):
    text = "Earlier, on 3 May, a soldier was killed and a driver badly hurt near Tovuz, according to Baku."
    assert claimant_of("Tovuz", text, gazetteer, "2022-05-10") == "Azerbaijani MoD"


def test_an_investigator_placing_the_scene_in_a_town_states_its_finding(gazetteer):
    text = ("Bellingcat, which studied the clip, placed the scene in Shushi, which would mean that troops were in "
            "the town by then.")
    assert claimant_of("Shusha", text, gazetteer, "2020-11-05") == "Bellingcat"


def test_the_research_group_bellingcat_is_bellingcat(gazetteer):
    text = "The research group Bellingcat concluded that the video was filmed in Askeran."
    assert claimant_of("Askeran", text, gazetteer, "2020-11-05") == "Bellingcat"
