"""Claimants named by a title or a role rather than by name, and speakers followed by a list of places: "the
ombudsman said" after others spoke, "a monitor" of a mission heard before, "data gathered by his office", a
community's unnamed official, and a speaker whose apposition holds a relative clause listing villages."""

import pytest

from tests.helpers import claimant_of


@pytest.mark.parametrize("text, place, expected", [
    # the title names the ombudsman heard before, not the villagers quoted since
    ("Armenia's ombudswoman Anahit Manasyan said troops had fired on Tegh. "
     "Villagers said the orchards of Kornidzor had burned. "
     "A new fire was reported near Khndzoresk, the ombudsman said.",
     'Khndzoresk', 'Armenian Human Rights Defender'),
    ("Armenia's Human Rights Defender said Azerbaijani troops had fired on Sotk. "
     "Farmers told us that the hay in Kut had burned. "
     "Grass near Norabak was set alight overnight, according to the ombudsman.",
     'Norabak', 'Armenian Human Rights Defender'),
    # no ombudsman heard: the ombudsman of the side whose land the place is in
    ("Farmers told us that the hay in Kut had burned. "
     "Fires set on the border have burned pastures near Sotk, according to the ombudsman.",
     'Sotk', 'Armenian Human Rights Defender'),
])
def test_the_ombudsman_is_the_ombudsman_heard_before(gazetteer, text, place, expected):
    assert claimant_of(place, text, gazetteer) == expected


@pytest.mark.parametrize("text, place", [
    ("The EU mission opened a base in Kapan on Monday, its head said. Residents welcomed the news. "
     "The mission's patrols drive the road between Goris and Sisian, according to a monitor who asked not to be "
     "named.",
     'Sisian'),
    ("The EU monitoring mission said it had patrolled near Tegh. A shepherd said the night was quiet. "
     "One of the monitors said the patrols also reach Khndzoresk every week.",
     'Khndzoresk'),
])
def test_an_unnamed_monitor_speaks_for_the_mission_heard_before(gazetteer, text, place):
    assert claimant_of(place, text, gazetteer) == "EU"


@pytest.mark.parametrize("text, place, expected", [
    ("Armenia's ombudswoman Anahit Manasyan said troops had fired on Tegh. About 30 hectares had burned near "
     "Kornidzor, according to the data gathered by her regional office.",
     'Kornidzor', 'Armenian Human Rights Defender'),
    ("About 12 hectares had burned near Tegh, according to figures collected by the Armenian Defence Ministry.",
     'Tegh', 'Armenian MoD'),
])
def test_records_gathered_by_a_source_are_its_claim(gazetteer, text, place, expected):
    assert claimant_of(place, text, gazetteer) == expected


@pytest.mark.parametrize("text, place", [
    ("A community official, who asked not to be named, told reporters that the road to Khndzoresk was open.",
     'Khndzoresk'),
    ("Two community officials said shots had hit houses in Tegh.", 'Tegh'),
    ("According to the community administration, the school in Chinari reopened on Monday.", 'Chinari'),
])
def test_a_community_s_unnamed_official_is_local_officials(gazetteer, text, place):
    assert claimant_of(place, text, gazetteer).startswith("local officials")


def test_a_community_head_named_by_name_stays_that_person(gazetteer):
    text = ("Community head Samvel Harutyunyan said houses in Tegh had been damaged. "
            "The road to Kornidzor was closed as a precaution, Harutyunyan added.")
    assert "local officials" not in claimant_of("Kornidzor", text, gazetteer)


@pytest.mark.parametrize("text, place, expected", [
    ("Hakob Avetyan, the head of the community, which includes Sotk, Kut and Azat, confirmed that the grass "
     "was burning.",
     'Kut', 'Hakob Avetyan'),
    ("On Friday Vardan Ghukasyan, the head of the enlarged community, which includes Tegh, Kornidzor, Khnatsakh "
     "and Khndzoresk, confirmed to reporters that the pastures were burning.",
     'Tegh', 'Vardan Ghukasyan'),
    ("Armen Sargsyan, the head of the district, which covers Aygepar and Movses, said shells had hit houses in "
     "Chinari on Monday.",
     'Chinari', 'Armen Sargsyan'),
])
def test_a_list_in_a_relative_clause_is_not_the_speaker(gazetteer, text, place, expected):
    assert claimant_of(place, text, gazetteer) == expected


@pytest.mark.parametrize("text, place, expected", [
    ("The staff of Armenia's Human Rights Defender had received reports that Azerbaijani servicemen had been "
     "setting fires near Tegh and Kornidzor.",
     'Kornidzor', 'Armenian Human Rights Defender'),
    ("The Armenian Defence Ministry has received information that Azerbaijani units are massing near Sotk.",
     'Sotk', 'Armenian MoD'),
])
def test_a_body_that_received_reports_passes_them_on(gazetteer, text, place, expected):
    assert claimant_of(place, text, gazetteer) == expected


def test_receiving_no_reports_names_no_claimant(gazetteer):
    text = "Hospitals in Goris received many wounded soldiers on Monday."
    assert claimant_of("Goris", text, gazetteer) == ""
