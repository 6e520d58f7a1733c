"""Places of air services, truces, a city's own airport and quarters, advisories and water works. A service named by
its two ends with a plain hyphen ("its Minsk-Baku flights") is a route between both towns, the city abroad included,
as it already was with an en dash; a truce announced in a city abroad ("In Geneva, the ministers announced a truce")
is news there, as one agreed there was; a capital's airport named after someone ("Baku's Heydar Aliyev International
Airport") is the city's, not its government's; a quarter the gazetteer lacks ("the Kapaz district of Ganja") leaves
its town as the place; an advisory's imperative ("Postpone non-essential travel to A, B and C") is advice, no event;
and what a dam or reservoir does as a lasting work ("holds back the X reservoir", "supplies the irrigation canals") is
background, as older annotated sets leave it."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="2020-10-20"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_service_named_by_its_ends_with_a_hyphen_is_a_route_to_the_city_abroad(gazetteer):
    found = place_layers("Belavia suspended its Minsk-Baku flights on 2 October, the carrier said.", gazetteer,
                         "2020-10-05")
    assert found == {"Minsk;Baku": "corridors"}
    assert place_layers("Azerbaijan Airlines suspended its Baku-Nakhchivan flights on 28 September.", gazetteer,
                        "2020-10-05") == {"Baku;Nakhchivan": "corridors"}


def test_a_town_abroad_in_a_hyphenated_word_that_is_no_service_stays_out(gazetteer):
    assert places("A Moscow-based carrier said it would keep flying.", gazetteer) == set()


def test_a_truce_announced_in_a_city_abroad_is_news_there(gazetteer):
    found = place_layers("In Geneva, the two foreign ministers announced a humanitarian truce on Friday.", gazetteer)
    assert found == {"Geneva": "other"}


def test_a_city_abroad_where_only_figures_were_announced_is_no_place(gazetteer):
    assert places("In Geneva, officials announced new figures on Friday.", gazetteer) == set()


def test_a_capitals_airport_named_after_someone_is_the_citys(gazetteer):
    assert "Baku" in places("Baku's Heydar Aliyev International Airport suspended night departures on 3 October.",
                            gazetteer)


def test_a_capitals_office_is_still_its_government(gazetteer):
    assert places("Baku's Foreign Ministry Press Office said the talks were over.", gazetteer) == set()


def test_a_quarter_the_gazetteer_lacks_leaves_its_town_as_the_place(gazetteer):
    assert place_layers("Rockets struck the Kapaz district of Ganja overnight.", gazetteer) == {"Ganja": "shelling"}


def test_a_known_part_of_a_town_is_still_the_place(gazetteer):
    found = places("Shells hit the Karkijahan settlement of Khankendi on Monday.", gazetteer)
    assert "Karkijahan" in found
    assert "Stepanakert" not in found and "Khankendi" not in found


def test_an_advisorys_imperative_not_to_travel_is_no_event(gazetteer):
    assert places("Postpone non-essential travel to Goris, Kapan and Meghri for now.", gazetteer) == set()
    assert places("Avoid all non-essential travel to Tovuz and Gazakh until further notice.", gazetteer) == set()


def test_travel_that_resumed_is_still_news(gazetteer):
    assert "Goris" in places("Travel to Goris resumed on Monday after the road reopened.", gazetteer)


def test_what_a_dam_or_reservoir_does_as_a_lasting_work_is_background(gazetteer):
    assert places("Its dam holds back the Sarsang reservoir, the largest in the region.", gazetteer) == set()
    assert places("The Kechut reservoir also supplies the irrigation canals of the valley below.", gazetteer) == set()


def test_fire_near_a_reservoir_is_still_an_event(gazetteer):
    assert place_layers("Shells fell near the Sarsang reservoir on Tuesday.", gazetteer) == {
        "Sarsang Reservoir": "shelling"}
