"""Phrasings of events and their claimants: a timetabled service leaving a town, a bridge between two places,
traffic a protest lets go, a unit running into the enemy, a landmark's lie in the land, a district's executive
authority, a court turning a request down."""

import datetime as dt

import pytest

from geo.extract import extract_text

DAY = dt.date(2024, 9, 18)


def read(text, gazetteer):
    """{place name: candidate} of a text (a route's places one by one)."""
    return {name: c for c in extract_text(text, DAY, gazetteer, source="test") for name in c["place_name"].split(";")}


@pytest.mark.parametrize("sentence, place", [
    ("The evening bus service is due to depart Goris at 19:40.", "Goris"),
    ("The first plane landed at noon and the return service is scheduled to leave Ganja at 16:00.", "Ganja"),
])
def test_a_timetabled_service_leaving_a_town_is_on_its_route(gazetteer, sentence, place):
    assert read(sentence, gazetteer)[place]["layer"] == "corridors"


def test_a_bridge_named_by_the_places_it_joins_is_a_way_between_them(gazetteer):
    found = read("Repairs on the bridge between Ijevan and the checkpoint at Berd began in March.", gazetteer)
    assert found["Ijevan"]["layer"] == "corridors"


@pytest.mark.parametrize("sentence, place", [
    ("Buses bound for Yerevan waited outside Noyemberyan for two hours until the villagers finally let them pass.",
     "Noyemberyan"),
    ("Lorries queued on the verge near Ijevan all morning before the demonstrators let them through.", "Ijevan"),
])
def test_traffic_held_until_a_protest_lets_it_go_is_held_at_a_blocking_point(gazetteer, sentence, place):
    c = read(sentence, gazetteer)[place]
    assert (c["layer"], c["kind"]) == ("checkpoints", "blockade")


@pytest.mark.parametrize("sentence, place", [
    ("Near Taghavard the scouts ran into an Azerbaijani patrol.", "Taghavard"),
    ("As the crew drove out of Khramort they came upon two tanks and enemy soldiers.", "Khramort"),
])
def test_a_unit_running_into_the_enemy_is_a_clash_there(gazetteer, sentence, place):
    c = read(sentence, gazetteer)[place]
    assert (c["layer"], c["kind"]) == ("shelling", "fighting")


def test_coming_upon_a_landmark_is_no_clash(gazetteer):
    assert read("Walking above Dashalti, the hikers came upon a spring.", gazetteer)["Dashalti"]["layer"] == "other"


@pytest.mark.parametrize("sentence", [
    "The chapel stands within three kilometres of the Gegharkunik province, in the valley below Vardenis.",
    "The mausoleum sits a few kilometres north of Goris.",
])
def test_a_landmark_standing_some_kilometres_from_a_place_is_background(gazetteer, sentence):
    assert read(sentence, gazetteer) == {}


def test_the_authority_is_the_district_executive_authority_named_before(gazetteer):
    text = ("According to the district executive authority, shelling went on all night.\n\n"
            "The town of Barda was also hit, and two barns burned down, the authority said.")
    assert read(text, gazetteer)["Barda"]["claimed_by"] == "local officials"


@pytest.mark.parametrize("sentence, court", [
    ("The International Court of Justice has rejected Azerbaijan's request to order the removal of mines near "
     "Kalbajar.", "ICJ"),
    ("The European Court of Human Rights dismissed the application of two farmers from Aghdam.",
     "European Court of Human Rights"),
])
def test_a_court_turning_a_request_down_is_its_ruling(gazetteer, sentence, court):
    [c] = read(sentence, gazetteer).values()
    assert court.lower() in c["claimed_by"].lower()


def test_someone_other_than_a_court_rejecting_a_request_claims_nothing_by_it(gazetteer):
    [c] = read("The villagers rejected the request to leave Chinari.", gazetteer).values()
    assert c["claimed_by"] == ""


def test_a_visit_to_places_described_as_shelled_is_the_visit(gazetteer):
    """'toured A, B and C, the towns hit by the shelling', 'went to A and B, villages that had come under fire': the
    description says what befell them before; the sentence's news is the visit. Shelling of places so described
    stays shelling."""
    found = read("The delegation toured Ijevan, Berd and Noyemberyan, the towns hit by the spring shelling.",
                 gazetteer)
    assert {found[name]["layer"] for name in ("Ijevan", "Berd", "Noyemberyan")} == {"other"}, found
    found = read("The observers went to Chinari and Berdavan, villages that had come under fire, to see the damage.",
                 gazetteer)
    assert {found[name]["layer"] for name in ("Chinari", "Berdavan")} == {"other"}, found
    found = read("Shelling hit Chinari and Berdavan, villages near the border, on Friday.", gazetteer)
    assert {found[name]["layer"] for name in ("Chinari", "Berdavan")} == {"shelling"}, found


@pytest.mark.parametrize("sentence, place", [
    ("Tovuz had been calm for months, but on Friday it came under mortar fire.", "Tovuz"),
    ("The border near Ijevan was quiet for a decade, but in 2021 villages on both sides of it were shelled.", "Ijevan"),
    ("Berd had been quiet for years, but last week it was hit by mortar fire.", "Berd"),
])
def test_a_but_clause_going_on_about_the_place_as_it_is_the_place_s_event(gazetteer, sentence, place):
    assert read(sentence, gazetteer)[place]["layer"] == "shelling"


def test_a_but_clause_about_another_place_stays_its_own(gazetteer):
    found = read("Tovuz was calm on Monday, but Berd came under artillery fire.", gazetteer)
    assert found["Tovuz"]["layer"] == "other"
    assert found["Berd"]["layer"] == "shelling"
