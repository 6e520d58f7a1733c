"""A capital standing for its government is no event place ("In return, Yerevan gave maps"); a capital or a
city abroad where people meet is one, also second in a list ("talks in Sochi and Brussels")."""

import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2022, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, event, government", [
    ("In return, Yerevan handed over maps of minefields in the Aghdam district.", "Aghdam District", "Yerevan"),
    ("Prisoners were freed in Lachin in an exchange in which Baku received two soldiers.", "Lachin", "Baku"),
    ("Shots were fired near Tegh, according to Yerevan.", "Tegh", "Yerevan"),
    ("Officials say the shelling of Sotk is meant to put pressure on Yerevan.", "Sotk", "Yerevan"),
    ("Families returned to Fuzuli after an invitation was sent to Baku.", "Fuzuli", "Baku"),
    ("In Baku the road through Zangilan is described as a corridor.", "Zangilan", "Baku"),
])
def test_a_capital_for_its_government_is_no_place(gazetteer, text, event, government):
    found = places(text, gazetteer)
    assert event in found and government not in found, found


@pytest.mark.parametrize("text, cities", [
    ("The leaders met for talks in Sochi and Brussels last year.", {"Sochi", "Brussels"}),
    ("The commissions held two sessions, the second of them in Brussels in May.", {"Brussels"}),
    ("The summit opened on Monday in the Azerbaijani capital Baku.", {"Baku"}),
])
def test_a_city_where_people_meet_is_a_place(gazetteer, text, cities):
    assert cities <= places(text, gazetteer)


def test_a_capitals_road_is_its_governments_project(gazetteer):
    found = places("The Aras route: Baku's road to Nakhchivan through Iran", gazetteer)
    assert "Baku" not in found, found


def test_a_town_of_a_dashed_chain_under_another_name_is_that_town(gazetteer):
    found = extract_text("Its units can now watch the Irevan–Yeghegnadzor–Gorus–Lachin highway, the army said.",
                         dt.date(2018, 6, 21), gazetteer)
    [road] = [c for c in found if c["layer"] == "corridors"]
    assert road["place_name"].split(";") == ["Yerevan", "Yeghegnadzor", "Goris", "Lachin"]


@pytest.mark.parametrize("text, towns", [
    ("Work on the Horadiz-Aghband railway is 67 per cent complete, the agency said.", ["Horadiz", "Aghband"]),
    ("Construction of the Aghdam-Khankendi railway is under way.", ["Aghdam", "Stepanakert"]),
])
def test_a_railway_named_by_the_regions_towns_is_a_route(gazetteer, text, towns):
    [road] = [c for c in extract_text(text, dt.date(2025, 8, 30), gazetteer) if c["layer"] == "corridors"]
    assert road["place_name"].split(";") == towns


def test_a_pipeline_named_by_towns_is_still_no_place(gazetteer):
    assert places("The Baku-Tbilisi-Ceyhan pipeline carried oil as usual.", gazetteer) == set()


@pytest.mark.parametrize("text, city", [
    ("A ceasefire announced in Moscow was to take effect at noon, though few on the front believed it.", "Moscow"),
    ("The court's provisional order was read out in The Hague on Wednesday.", "The Hague"),
    ("The judgment, adopted by a large majority, was delivered in The Hague.", "The Hague"),
    ("In Brussels the European Parliament adopted, with a large majority, a declaration on missing persons.",
     "Brussels"),
    ("A resolution on the displaced was adopted in Strasbourg by a wide margin.", "Strasbourg"),
])
def test_where_a_truce_was_announced_or_a_court_gave_its_ruling_abroad_is_an_event(gazetteer, text, city):
    assert city in places(text, gazetteer)


def test_a_statement_made_in_a_capital_abroad_is_still_no_event(gazetteer):
    assert places("The statement was issued in Moscow late on Monday.", gazetteer) == set()


@pytest.mark.parametrize("text, expected", [
    ("Trains with Kazakh wheat crossed Azerbaijan to reach Armenia.", set()),
    ("Trains carrying Kazakh and Russian grain reached the border.", set()),
    ("Shelling hit Kazakh on Monday.", {"Gazakh"}),
    ("Armenian units fired at Kazakh villages overnight.", {"Gazakh"}),
    # a language's name is never read as a village it resembles
    ("Pilgrims near Ijevan found slabs with Armenian and Greek letters on them.", {"Ijevan"}),
    ("A slab found near Ijevan bears an inscription in Greek.", {"Ijevan"}),
])
def test_a_place_named_like_another_nation_is_that_nation_before_a_common_noun(gazetteer, text, expected):
    assert places(text, gazetteer) == expected


def test_the_places_abroad_a_route_passes_through_are_on_it(gazetteer):
    found = places("Until now the grain came by sea through the Georgian ports of Poti and Batumi.", gazetteer)
    assert {"Poti", "Batumi"} <= {p for name in found for p in name.split(";")}


def test_a_journey_abroad_with_no_route_named_is_no_place(gazetteer):
    assert places("The delegation flew home through Istanbul on Sunday.", gazetteer) == set()


@pytest.mark.parametrize("text, city, event", [
    # a body briefed in a city abroad: people met there
    ("On Tuesday the mediators briefed the permanent council here in Geneva on their visit.", "Geneva", True),
    ("The envoy briefed ambassadors in Brussels after returning from the region.", "Brussels", True),
    # a city abroad that no meeting or briefing is held in stays no event
    ("Her brother studies medicine in Brussels.", "Brussels", False),
])
def test_a_briefing_given_abroad_is_held_there(gazetteer, text, city, event):
    assert (city in places("Daily report.\n" + text, gazetteer)) is event


@pytest.mark.parametrize("text, seat", [
    ("Reports from our Stepanakert bureau, compiled overnight by the night desk.", "Stepanakert"),
    ("Live updates from our Goris newsroom.", "Goris"),
    ("We compared the wording of news agencies in Baku and Yerevan with the ministry's statement.", "Baku"),
    ("We compared the wording of news agencies in Baku and Yerevan with the ministry's statement.", "Yerevan"),
])
def test_a_newsrooms_seat_is_no_place(gazetteer, text, seat):
    assert seat not in places(text, gazetteer)


@pytest.mark.parametrize("text, expected", [
    # a nation's or a language's word is never a guessed spelling of a village, wherever it stands
    # (their home town only says who they are: the news is where they camp)
    ("Volunteers from Sisian pitched their tents near Chechen fighters outside Vardenis.", {"Vardenis"}),
    ("Armenian and Chechen-Korean film crews reached Sisian on Friday.", {"Sisian"}),
    ("Shops near Goris sold Persian carpets and Georgian wine all winter.", {"Goris"}),
    ("Turkish lorries queued near Kapan while Russian peacekeepers watched.", {"Kapan"}),
    ("A stone with Latin letters was dug up near Ijevan.", {"Ijevan"}),
    # a village whose name the people's name spells is still the village where the text means the place
    ("Shelling hit Talysh on Monday.", {"Talish"}),
    ("Fighting went on in Talysh through the night.", {"Talish"}),
])
def test_a_nations_word_is_no_guessed_place(gazetteer, text, expected):
    assert places(text, gazetteer) == expected



@pytest.mark.parametrize("text, city", [
    ("On the margins of the Vienna Energy Forum, the two ministers met for an hour.", "Vienna"),
    ("Both leaders spoke at the Antalya Diplomacy Forum on Saturday.", "Antalya"),
])
def test_the_town_a_named_gathering_is_held_in_is_a_place(gazetteer, text, city):
    assert city in places(text, gazetteer)


@pytest.mark.parametrize("text, city", [
    ("The Minsk Group co-chairs issued a statement on Friday.", "Minsk"),
    ("The envoy praised the idea of a Minsk Conference.", "Minsk"),
])
def test_a_name_with_no_gathering_words_keeps_its_town_out(gazetteer, text, city):
    assert city not in places(text, gazetteer)
