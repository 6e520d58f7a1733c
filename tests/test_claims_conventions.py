"""Who a claim is written as, by the annotation conventions of the newer sets: a foreign ministry speaks for its
government (its body in brackets, so the ministry stays visible), the Kremlin for the Russian government, while the
president named in person stays the presidency."""

import datetime as dt

import pytest

from geo.extract import extract_text
from geo.extract.actors import canonical_actor
from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place, expected", [
    ("Georgia's foreign ministry said the Red Bridge crossing would reopen on Monday.", "Red Bridge",
     "Georgian government (Foreign Ministry)"),
    ("In a statement carried by Azertac, the foreign ministry in Baku said Armenian troops had planted new mines "
     "near Lachin.", "Lachin", "Azerbaijani government (Foreign Ministry)"),
    ("Azerbaijan's foreign ministry said an Armenian shell had hit a house in Tovuz.", "Tovuz",
     "Azerbaijani government (Foreign Ministry)"),
    ("A spokesperson for the French Foreign Ministry said talks on the Hakari bridge would resume in Paris.", "Paris",
     "French government (Foreign Ministry)"),
])
def test_a_foreign_ministry_speaks_as_its_government_s_body(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("phrase, expected", [
    ("French MFA", "French government (Foreign Ministry)"),
    ("the Georgian Foreign Ministry", "Georgian government (Foreign Ministry)"),
    ("Armenian MFA", "Armenian government (Foreign Ministry)"),
    ("Kremlin spokesman Dmitry Peskov", "Russian government (Kremlin)"),
])
def test_older_labels_of_a_ministry_read_as_the_same_actor(phrase, expected):
    assert canonical_actor(phrase) == expected


def test_the_kremlin_speaks_for_the_russian_government(gazetteer):
    found = all_claimants("The Kremlin said Russian peacekeepers would remain in Lachin until the end of the year.",
                      gazetteer)
    assert found["Lachin"] == ["Russian government (Kremlin)"]


def test_the_kremlin_s_spokesman_is_the_kremlin_and_putin_in_person_the_presidency(gazetteer):
    found = all_claimants("The Kremlin's spokesman said talks on the road through Kapan would continue. Vladimir Putin "
                      "said on Tuesday that the road through Meghri would open next year.", gazetteer)
    assert found["Kapan"] == ["Russian government (Kremlin)"]
    assert found["Meghri"] == ["Russian presidency (Vladimir Putin)"]


@pytest.mark.parametrize("text, place, expected", [
    ("\"The road to Goris has been closed since morning,\" a lorry driver told reporters.", "Goris",
     "residents (drivers)"),
    ("Refugees arriving in Goris said they had been stopped at the Hakari bridge for hours.", "Hakari Bridge",
     "residents (refugees)"),
    ("Drivers waiting at the Agarak crossing said traffic had stopped on Monday.", "Agarak", "residents (drivers)"),
    ("Evacuees leaving Martuni said the road to Stepanakert was under fire.", "Stepanakert", "residents (refugees)"),
    ("A villager said a shell had landed behind the school in Chinari.", "Chinari", "residents"),
])
def test_drivers_and_refugees_speak_as_residents_with_their_own_label_kept(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place, expected", [
    ("The head of the Tavush regional administration told reporters that Berdavan had been shelled overnight.",
     "Berdavan", "local officials (head of the Tavush regional administration)"),
    ("The regional governor said a house in Mets Masrik had been hit.", "Mets Masrik",
     "local officials (regional governor)"),
    ("The district head said shells fell on Tartar overnight.", "Tartar", "local officials (district head)"),
    ("Syunik's governor told Armenpress that a shell had hit a barn in Tegh.", "Tegh",
     "local officials (Syunik's governor)"),
])
def test_an_unnamed_head_of_a_province_or_district_is_local_officials_with_the_role_kept(gazetteer, text, place,
                                                                                        expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_a_governor_named_with_a_nation_is_not_local_government(gazetteer):
    found = all_claimants("The Armenian governor said Kapan was calm.", gazetteer)
    assert not found["Kapan"][0].startswith("local officials")


@pytest.mark.parametrize("text, place, expected", [
    ("The Georgian interior ministry said the Red Bridge crossing was closed because of snow.", "Red Bridge",
     "Georgian government (Interior Ministry)"),
    ("Iran's health ministry said two farmers were wounded in Jolfa.", "Julfa", "Iranian government (Health Ministry)"),
    ("The Kremlin press service reported that the two leaders had discussed the road through Kapan.", "Kapan",
     "Russian government (Kremlin)"),
])
def test_another_nation_s_civil_ministry_and_the_kremlin_s_press_service_speak_for_their_government(
        gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place, expected", [
    ('"Our houses in Berdavan were hit twice during the night," said Anush Grigoryan, a retired teacher.', "Berdavan",
     "residents (Anush Grigoryan)"),
    ("Aydin Guliyev, 67, said shells had fallen behind the mosque in Tartar. Guliyev added that the market in "
     "Barda was closed.", "Barda", "residents (Aydin Guliyev)"),
    ("Narine Avagyan, who lives in Chinari, said the shooting went on until dawn.", "Chinari",
     "residents (Narine Avagyan)"),
    # a first name alone, as reporters give some private people
    ("Karo, a shepherd who grazes his flock above Khndzoresk, told us the path to Tegh had been mined.", "Tegh",
     "residents (Karo)"),
    ("Sevil, 43, said the bus from Barda had not come for two days.", "Barda", "residents (Sevil)"),
])
def test_a_private_person_speaks_as_a_resident_and_keeps_the_name(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


@pytest.mark.parametrize("text, place, expected", [
    ("Samvel Tadevosyan, a local official, said Azerbaijani troops had fired at a barn outside Tegh.", "Tegh",
     "Samvel Tadevosyan"),
    ("Armen Sahakyan, a spokesman for the rescue service, said the road to Jermuk was blocked by snow.", "Jermuk",
     "Armen Sahakyan"),
    ("Hikmet Hajiyev, who visited Aghdam on Friday, said the road to Fuzuli was being rebuilt.", "Aghdam;Fuzuli",
     "Azerbaijani presidential aide (Hikmet Hajiyev)"),
])
def test_an_official_or_a_person_of_the_table_is_no_private_person(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_a_description_never_puts_a_claimant_s_brackets_inside_its_own(gazetteer):
    text = "Lorry drivers queuing at the Bagratashen crossing said the customs post had closed at noon."
    rows = [c for c in extract_text(text, dt.date(2024, 4, 2), gazetteer) if c["place_name"] == "Bagratashen"]
    assert rows and rows[0]["description"].endswith(", according to residents (lorry drivers)")
    assert "((" not in rows[0]["description"] and "))" not in rows[0]["description"]
