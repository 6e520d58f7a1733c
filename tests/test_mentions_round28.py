"""Place mentions, round 28: where a gathering abroad is held ("rounds in Geneva", "a gala held in Paris", "the next
session is scheduled for Vienna"); a body abroad named with its seat ("the Supreme Soviet in Moscow") only where
it sat or had a text put before it; newspapers or experts in a capital work there ("newspapers in Baku wrote");
a landmark named with the town it stands in is the town's ("the old mosque in Shusha"); a river a road follows is
on the road."""

import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2024, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, city", [
    ("The third round is scheduled for Vienna in the autumn.", "Vienna"),
    ("A gala held in Paris in 2019 paid for the new school roof.", "Paris"),
    ("The diaspora fundraiser organised in Los Angeles brought in two million dollars.", "Los Angeles"),
    ("The deputies, meeting in Strasbourg, condemned the destruction of the cemetery.", "Strasbourg"),
    ("Both foreign ministers travelled home after three rounds in Geneva.", "Geneva"),
    ("The mission's findings were presented to the OSCE Permanent Council in Vienna on Monday.", "Vienna"),
    ("The delegation will report at a sitting of the organisation's Permanent Council in Vienna next week.", "Vienna"),
])
def test_where_a_gathering_abroad_is_held_is_a_place(gazetteer, text, city):
    found = places(text, gazetteer)
    assert city in found, found


def test_a_meeting_place_abroad_the_supplement_adds_is_read(gazetteer):
    found = places("The presidents held their talks in Key West, in the Florida Keys, over four days.", gazetteer)
    assert "Key West" in found, found
    found = places("After a short meeting in Yalta, the two leaders flew home.", gazetteer)
    assert "Yalta" in found, found


@pytest.mark.parametrize("text", [
    "At its session the assembly also appealed to the Supreme Soviet of the USSR in Moscow for support.",
    "The appeal of the session went to the Central Committee in Moscow a week later.",
])
def test_a_body_abroad_named_with_its_seat_is_no_place(gazetteer, text):
    found = places(text, gazetteer)
    assert "Moscow" not in found, found


@pytest.mark.parametrize("text, city", [
    ("The UN Security Council in New York held an emergency session on the corridor on Thursday.", "New York"),
    ("The European Court of Human Rights in Strasbourg ordered Baku to let the detainees call their families.",
     "Strasbourg"),
    ("The Parliamentary Assembly in Strasbourg debated the report on the displaced late on Wednesday.", "Strasbourg"),
    ("Lawyers for both states argued before the International Court of Justice in The Hague for two days.",
     "The Hague"),
    ("Hearings opened at the International Court of Justice in The Hague on Monday.", "The Hague"),
])
def test_a_body_abroad_that_sat_where_its_seat_is_named_is_placed_there(gazetteer, text, city):
    found = places(text, gazetteer)
    assert city in found, found


def test_a_statement_abroad_is_still_no_place(gazetteer):
    found = places("Moscow insists that the talks must go on, the ministry said.", gazetteer)
    assert "Moscow" not in found, found


@pytest.mark.parametrize("text, capital, other", [
    ("Newspapers in Baku have written that the road through Lachin may reopen.", "Baku", "Lachin"),
    ("Forensic experts in Yerevan examined the remains brought from Jermuk.", "Yerevan", "Jermuk"),
    ("Analysts in Baku and Yerevan doubt that the Sotk road will be opened soon.", "Yerevan", "Sotk"),
])
def test_people_working_in_a_capital_do_not_make_it_a_place(gazetteer, text, capital, other):
    found = places(text, gazetteer)
    assert other in found and capital not in found, found


def test_a_landmark_named_with_its_town_is_the_towns_event(gazetteer):
    found = places("Two shells struck the Ghazanchetsots cathedral in Shushi on Thursday night.", gazetteer)
    assert "Shusha" in found and "Ghazanchetsots Cathedral" not in found, found
    found = places("Two shells struck the Ghazanchetsots cathedral on Thursday night.", gazetteer)
    assert "Ghazanchetsots Cathedral" in found, found


def test_a_river_whose_valley_a_road_follows_is_on_the_route(gazetteer):
    found = places("North of Stepanakert the new highway runs up the valley of the Khachen river towards Vank.",
                   gazetteer)
    assert "Khachen River" in found, found


def test_a_river_that_only_locates_a_village_is_no_place(gazetteer):
    found = places("The shelled hamlet lies in the valley of the Khachen river, below Vank.", gazetteer)
    assert "Khachen River" not in found, found


@pytest.mark.parametrize("text, city, placed", [
    # a court named in lower case is such a body too: placed where it sat, not where it only is
    ("The court in The Hague ordered Baku on Tuesday to let the detainees call their families.", "The Hague", True),
    ("Lawyers for both states argued before the court in The Hague for two days.", "The Hague", True),
    ("A spokesman for the court in The Hague said the detainees had been moved to Baku.", "The Hague", False),
])
def test_a_court_in_lower_case_is_a_body_with_its_seat(gazetteer, text, city, placed):
    found = places(text, gazetteer)
    assert (city in found) == placed, found
