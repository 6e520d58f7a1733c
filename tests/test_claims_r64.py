"""Claimants: bare "officials" with no side heard yet are the government of the side whose own land the place is in,
when the article names that side most; "official counts" of fire on a town outside Karabakh are its own side's, and
later sentences hear that government; a toll "put at" a number or "these figures" given are their giver's account;
"its crisis experts" are the body the sentence before named; "we were met by X" makes X the "he" of the next sentence; posts "shared thousands of
times" are social media posts, not the side the posts say denies it."""

from tests.helpers import claimant_of


def test_bare_officials_with_no_side_heard_are_the_place_s_own_government(gazetteer):
    text = ("The head of the district, Rauf Guliyev, spoke to reporters in Aghjabadi about the schools of Azerbaijan "
            "and the roads to Baku. Officials said Barda was shelled again overnight.")
    assert claimant_of("Barda", text, gazetteer, "2020-10-20") == "Azerbaijani government"


def test_officials_after_a_side_spoke_stay_that_side_s(gazetteer):
    text = ("Yerevan said on Monday that its positions had been fired on near Jermuk. Officials said Vardenis was "
            "also shelled.")
    assert claimant_of("Vardenis", text, gazetteer, "2020-10-20") == "Armenian government"


def test_later_official_counts_of_a_town_are_its_own_side_s_government(gazetteer):
    text = ("Yerevan denied most of the reports. Ganja was hit on 4, 8, 11 and 17 October, according to later "
            "official counts.")
    assert claimant_of("Ganja", text, gazetteer, "2022-01-10") == "Azerbaijani government"


def test_prosecutors_after_official_counts_are_the_same_side_s(gazetteer):
    text = ("Yerevan denied most of the reports. Ganja was hit on 4, 8, 11 and 17 October, according to later "
            "official counts. The Azerbaijani Defence Ministry reported fire on Tovuz, and prosecutors reported "
            "shells on Aghdam on 9 October.")
    assert claimant_of("Aghdam", text, gazetteer, "2022-01-10") == \
        "Azerbaijani government (Prosecutor General's Office)"


def test_a_toll_put_at_a_number_is_its_giver_s_account(gazetteer):
    text = ("The Prosecutor General's Office in Baku gave a first count at noon. The prosecutors later put the toll "
            "at 12 civilians killed in Ganja.")
    assert claimant_of("Ganja", text, gazetteer, "2020-10-11") == \
        "Azerbaijani government (Prosecutor General's Office)"


def test_figures_given_are_their_giver_s_account(gazetteer):
    text = "The Azerbaijani Health Ministry gave these figures on Sunday: 9 people killed and 30 wounded in Ganja."
    assert claimant_of("Ganja", text, gazetteer, "2020-10-12") == "Azerbaijani government (Ministry of Health)"


def test_a_wall_put_up_is_no_account(gazetteer):
    text = "Workers put the last panels at the school in Ganja on Monday."
    assert claimant_of("Ganja", text, gazetteer, "2020-10-11") == ""


def test_its_crisis_experts_are_the_body_named_before(gazetteer):
    text = ("Human Rights Watch said on Monday that rockets had hit Ganja. Amnesty International reached the same "
            "view two days later. Its crisis experts studied the photographs and said the rockets had fallen on "
            "Mingachevir too.")
    assert claimant_of("Mingachevir", text, gazetteer, "2020-10-20") == "Amnesty International"


def test_the_host_who_met_the_visitors_is_the_next_he(gazetteer):
    text = ("On the way, a driver who joined us, Kamal, showed us the craters by the road. In Aghdam we were met "
            "by Emin Huseynov, the district's deputy head. He told us that 40 houses had been destroyed in Barda "
            "by the rockets.")
    assert claimant_of("Barda", text, gazetteer, "2021-05-10") == "Emin Huseynov"


def test_a_name_after_met_with_is_no_passive_host(gazetteer):
    text = ("A driver who joined us, Kamal, showed us the craters by the road. We later met with Emin Huseynov "
            "over tea. He told us that 40 houses had been destroyed in Barda by the rockets.")
    assert claimant_of("Barda", text, gazetteer, "2021-05-10") != "Emin Huseynov"


def test_posts_shared_widely_are_social_media_posts_not_the_side_they_say_denies(gazetteer):
    text = ('Posts shared thousands of times say that Ganja is shelled "every night" and that Armenian forces deny '
            "it.")
    assert claimant_of("Ganja", text, gazetteer, "2020-10-20") == "social media posts"


def test_border_posts_are_no_social_media(gazetteer):
    text = "Two border posts near Ganja were moved last year, the ministry said."
    assert claimant_of("Ganja", text, gazetteer, "2020-10-20") != "social media posts"
