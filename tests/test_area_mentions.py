"""Districts, provinces and villages named together: a long list of districts is districts, a district only
locating villages or a town's part is no event, a village of a list is the village and not the province of
its name, and "the villages of the district" are those of the district named before."""

import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2024, 2, 28)):
    return {c["place_name"] for c in extract_text(text, published, gazetteer)}


def test_a_long_list_of_districts_names_districts(gazetteer):
    found = places("Mine blasts were recorded in the Aghdam, Khojavand, Tartar, Lachin, Shusha, Jabrayil, "
                   "Kalbajar, Khojaly, Fuzuli and Tovuz districts, the agency said.", gazetteer)
    assert {"Aghdam District", "Khojavend District", "Tartar District", "Lachin District", "Tovuz District",
            "Khojaly District"} <= found, found
    assert not found & {"Aghdam", "Khojaly", "Lachin", "Tartar", "Khojavend"}, found


@pytest.mark.parametrize("text, event, not_event", [
    ("Shahmar Usubov, head of the Khojaly district executive authority, said families moved to Ballija.",
     "Aygestan", "Khojaly District"),
    ("Police of the Askeran regional department went to Khramort on Friday.", "Khramort", "Askeran"),
    # the district opens the sentence and the villages after it are the news
    ("In the Aghdara district, 70 families have moved to Hasanriz and 20 families to Talish.", "Talish",
     "Aghdara District"),
    # a town's part is the place, the town only locates it
    ("Families will be resettled in the Karkijahan settlement of Khankendi next year.", "Karkijahan",
     "Stepanakert"),
])
def test_an_area_that_only_locates_is_no_event(gazetteer, text, event, not_event):
    found = places(text, gazetteer)
    assert event in found and not_event not in found, found


def test_a_body_of_an_area_is_no_event_but_its_building_hit_is(gazetteer):
    assert "Tartar District" not in places("A case was opened by the Tartar district prosecutor's office.", gazetteer)
    assert "Tartar District" in places("A shell struck the building of the Tartar district court on Monday.",
                                       gazetteer)


@pytest.mark.parametrize("text, event, not_event", [
    ("Two shepherds were wounded near Taghavard on Sunday, the Hadrut police reported.", "Taghavard", "Hadrut"),
    ("Officers from the Askeran department drove to Karmir Shuka to take statements.", "Karmir Shuka", "Askeran"),
    # areas listed before their bodies: each is the body's, not the scene
    ("Officials of the Martakert and Askeran district administrations said shells fell on Karmir Shuka.",
     "Karmir Shuka", "Khojaly District"),
    ("Officials of the Martakert and Askeran district administrations said shells fell on Karmir Shuka.",
     "Karmir Shuka", "Martakert"),
])
def test_an_areas_own_body_is_no_event(gazetteer, text, event, not_event):
    found = places(text, gazetteer)
    assert event in found and not_event not in found, found


def test_the_building_of_an_areas_police_hit_is_an_event(gazetteer):
    assert "Khojavend" in places("A shell struck the building of the Martuni police on Monday.", gazetteer)


@pytest.mark.parametrize("text, place", [
    ("A rocket hit the Hadrut police station before dawn.", "Hadrut"),
    ("Shells landed near the Askeran municipality building overnight.", "Askeran"),
])
def test_the_building_named_after_an_areas_body_is_an_event(gazetteer, text, place):
    """'the X police station', 'the Y municipality building': the area's body names a building that was hit."""
    assert place in places(text, gazetteer)


def test_a_village_of_a_list_is_the_village_not_its_province(gazetteer):
    found = places("Shells hit the villages of Aygepar, Chinari, Movses and Tavush on Thursday.", gazetteer)
    assert {"Aygepar", "Chinari", "Movses", "Tavush (village)"} <= found, found
    assert "Tavush Province" not in found


def test_a_village_in_a_town_is_the_village_of_that_town(gazetteer):
    found = places("A civilian was killed by shellfire in the village of Aghdam in Tovuz on Tuesday.", gazetteer)
    assert "Agdam (Tovuz)" in found and "Aghdam" not in found, found


def test_the_villages_of_the_district_are_those_of_the_district_named_before(gazetteer):
    text = ("Twenty families moved to Ballija in the Khojaly district on Monday.\n"
            "Their buses left from the Garadagh district of Baku.\n"
            "The authorities plan to resettle five villages of the district this year: Ballija, Khanyurdu, "
            "Tazabina, Zorbatan and Khanabad.")
    candidates = extract_text(text, dt.date(2025, 7, 29), gazetteer)
    [made] = [c for c in candidates if c["place_name"] == "Zorbatan"]
    assert made["geo_source"] == "approximate"              # kept at the Khojaly district's point
    assert abs(made["coordinates"][0][1] - 39.91) < 0.05 and abs(made["coordinates"][0][0] - 46.79) < 0.05


def test_a_departure_from_a_capital_is_a_place(gazetteer):
    assert "Baku" in places("Forty families left Baku for Kangarli in the Aghdam district on 18 June.", gazetteer)


def test_a_name_read_in_its_area_keeps_that_reading_in_the_article(gazetteer):
    text = ("A civilian was killed by shellfire in the village of Aghdam in the Tovuz district on Tuesday.\n"
            "On Wednesday shells damaged several more houses in Aghdam, the municipal head said.")
    found = [c["place_name"] for c in extract_text(text, dt.date(2020, 7, 15), gazetteer)]
    assert found and set(found) == {"Agdam (Tovuz)"}, found


@pytest.mark.parametrize("text, place", [
    ("Fighting raged overnight in the Tovuz direction, the ministry said.", "Tovuz District"),
    ("Armenian units tried to build fortifications in the Fuzuli direction on Thursday.", "Fuzuli District"),
    ("Shells fell in the Jermuk direction overnight.", "Jermuk"),       # no district of its name: the town
])
def test_a_front_direction_is_the_district_of_its_name(gazetteer, text, place):
    assert place in places(text, gazetteer, dt.date(2020, 7, 14))


def test_fighting_in_a_province_with_no_smaller_place_named_is_there(gazetteer):
    found = extract_text("Four soldiers were killed on Friday in clashes in the eastern province of Gegharkunik, "
                         "the ministry said.", dt.date(2023, 9, 1), gazetteer)
    assert [(c["place_name"], c["layer"]) for c in found] == [("Gegharkunik Province", "shelling")]


@pytest.mark.parametrize("text, places", [
    ("Shelling hit the village of Sotk in the Gegharkunik province overnight.", {"Sotk"}),
    ("An officer was wounded in a shootout on the Nakhchivan border late on Monday.", set()),
])
def test_beside_a_smaller_place_or_as_an_exclave_border_the_area_only_locates(gazetteer, text, places):
    assert {c["place_name"] for c in extract_text(text, dt.date(2023, 9, 1), gazetteer)} == places


def test_a_dateline_or_heading_line_gives_no_event(gazetteer):
    text = ("Khankendi/Jabrayil, 28 January 2026, Report.az\n\n"
            "Forty families received the keys to new houses in Horovlu on Wednesday, the agency said.")
    found = {c["place_name"] for c in extract_text(text, dt.date(2026, 1, 28), gazetteer)}
    assert "Stepanakert" not in found and "Jabrayil" not in found


def test_the_office_of_a_representative_names_its_remit_not_an_event(gazetteer):
    text = ("Officials of the Special Representation of the President of Azerbaijan in the Jabrayil, Gubadli and "
            "Zangilan districts handed over the keys in Horovlu.")
    assert {c["place_name"] for c in extract_text(text, dt.date(2026, 1, 28), gazetteer)} == {"Horovlu"}


@pytest.mark.parametrize("text, expected", [
    ("Restorers said the Gandzasar monastery near the village of Vank had been damaged.", {"Gandzasar"}),
    ("Shells hit the village of Vank and the road to Stepanakert.", {"Vank"}),
])
def test_a_village_placing_a_named_site_is_no_event_of_its_own(gazetteer, text, expected):
    found = {c["place_name"] for c in extract_text(text, dt.date(2023, 10, 5), gazetteer)}
    assert expected <= found and ("Vank" in found) == ("Vank" in expected)


@pytest.mark.parametrize("text, martuni", [
    ("The mission has opened offices in Yeghegnadzor, Goris, Martuni, Jermuk and Kapan.", ("Martuni", "AM")),
    ("Shelling hit Martuni, Askeran, Martakert and Aghdam.", ("Khojavend", "AZ")),
])
def test_a_town_listed_among_towns_of_another_country_is_its_namesake_there(gazetteer, text, martuni):
    found = {(c["place_name"], c["country"]) for c in extract_text(text, dt.date(2023, 8, 10), gazetteer)}
    assert martuni in found


def test_a_village_picked_out_of_a_province_s_villages_is_the_place(gazetteer):
    """"several villages of the Tavush province, among them X": the fire is at X, the province only locates it."""
    text = "Troops fired on several villages of the Tavush province overnight, among them Nerkin Karmiraghbyur, officials said."
    found = {c["place_name"]: c["layer"] for c in extract_text(text, dt.date(2014, 8, 5), gazetteer)}
    assert found == {"Nerkin Karmiraghbyur": "shelling"}


@pytest.mark.parametrize("owner", ["the", "its"])
def test_a_district_of_the_named_villages_is_no_event(gazetteer, owner):
    """"six villages of its Gadabay district, A, B and C": the district only locates the villages."""
    found = places(f"Shelling damaged four villages of {owner} Gadabay district, Zamanli, Munjuglu, Kechili and "
                   "Arabachi, on Tuesday.", gazetteer)
    assert "Zamanli" in found and not any(p.startswith("Gadabay") for p in found), found


@pytest.mark.parametrize("text, read, not_read", [
    # one district, its other name in brackets
    ("The agency said mortar fire was recorded overnight in the Hadrut (Khojavend) district and nowhere else.",
     {"Hadrut Province"}, {"Hadrut", "Khojavend"}),
    # a list of districts, each with its other name in brackets
    ("Patrols drove through the Shushi (Shusha), Kashatagh (Lachin) and Martuni (Khojavend) districts on Monday.",
     {"Shusha District", "Lachin District", "Khojavend District"}, {"Shusha", "Lachin", "Khojavend"}),
    # the bracket after a town that no area word follows stays the town
    ("Traffic through Goris (Syunik) was slow on Monday after a lorry overturned.", {"Goris"}, {"Goris District"}),
])
def test_a_district_with_its_other_name_in_brackets_is_the_district(gazetteer, text, read, not_read):
    found = places("Daily report of the contingent.\n" + text, gazetteer)
    assert read <= found and not found & not_read, found


def test_a_cause_after_as_is_no_clause_of_its_own(gazetteer):
    rows = extract_text("Daily report.\nIn the Gubadli district a sapper was wounded as a result of mortar fire.",
                        dt.date(2024, 2, 28), gazetteer)
    assert [(c["place_name"], c["layer"]) for c in rows] == [("Gubadli District", "shelling")]


@pytest.mark.parametrize("text, event, not_event", [
    # the area under one side's name
    ("Shots came from positions near Dovegh in what it calls the Ijevan region.", "Dovegh", "Ijevan"),
    ("Fire was opened from Dovegh in what Baku calls the Ijevan district.", "Dovegh", "Ijevan"),
    # the area's second name in brackets, the first one explained before
    ("Garakilsa is what Azerbaijani statements call Sisian.\nThe fire came from the settlement of Shaki in the "
     "Garakilsa (Sisian) region, the ministry said.", "Shaki", "Sisian"),
    # a village the gazetteer lacks, of a community the area holds
    ("Troops fired at the villages of the Berd community in the Tavush province.", None, "Tavush Province"),
])
def test_an_area_named_otherwise_still_only_locates(gazetteer, text, event, not_event):
    found = places(text, gazetteer)
    assert (event is None or event in found) and not_event not in found, found


@pytest.mark.parametrize("text, province, event", [
    ("Soldiers stand on the hayfields of farmers in Tavush that troops entered last spring.", "Tavush Province",
     True),
    ("Troops took control of pastures in Syunik in March, the ombudsman says.", "Syunik Province", True),
    # a smaller place of the sentence is the news
    ("Troops took control of pastures near Sotk in Gegharkunik in March.", "Gegharkunik Province", False),
])
def test_a_province_troops_entered_is_the_event_when_no_smaller_place_is_named(gazetteer, text, province, event):
    assert (province in places(text, gazetteer)) == event


def test_a_village_located_in_a_former_district_is_the_one_in_it(gazetteer):
    found = extract_text("Volunteers drilled for weeks at a camp in Lusakert in the Nairi district, the court found.",
                         dt.date(2024, 2, 28), gazetteer)
    assert [c["place_name"] for c in found] == ["Argel"]


@pytest.mark.parametrize("text, town", [
    ("Houses were damaged in the villages of the Vardenis community on Sunday.", "Vardenis"),
    ("Two barns were hit in the Vardenis community, the local head said.", "Vardenis"),
])
def test_the_community_named_after_its_town_is_the_town(gazetteer, text, town):
    assert town in places(text, gazetteer)


@pytest.mark.parametrize("text, event", [
    ("Gunfire hit Sarijali and Kangarli, in the Aghdam district that Armenians call Akna, overnight.",
     {"Sarijali (Aghdam)", "Kangarli"}),
    ("Troops fired on positions near Yellija, in the Kalbajar district, which Armenians call Karvachar, on Tuesday.",
     {"Yellija"}),
])
def test_the_other_name_of_a_locating_district_is_no_event_either(gazetteer, text, event):
    assert places(text, gazetteer) == event


@pytest.mark.parametrize("text, event", [
    ("On Friday the minister stood at the ruined Horadiz station, in the Fuzuli district, and promised new trains.",
     {"Horadiz"}),
    ("Shells fell on the Tartar railway station, in the Tartar district, and on Barda.", {"Tartar", "Barda"}),
])
def test_a_district_locating_a_towns_station_is_no_event(gazetteer, text, event):
    assert places(text, gazetteer) == event


@pytest.mark.parametrize("text, district, town", [
    ("The first families went back to the villages of Kalbajar on Tuesday, officials said.",
     "Kalbajar District", "Kalbajar"),
    ("Deminers cleared fields around the settlements of Zangilan last month.", "Zangilan District", "Zangilan"),
])
def test_the_villages_of_a_town_s_name_are_its_district_s(gazetteer, text, district, town):
    """"the villages of X", with no list of villages going on: those of X's district, not the town X."""
    found = places(text, gazetteer)
    assert district in found and town not in found, found


def test_a_list_of_villages_is_still_the_villages(gazetteer):
    found = places("Troops shelled the villages of Berd and Chinari and of Aygepar overnight.", gazetteer)
    assert {"Berd", "Chinari"} <= found and not any(name.endswith("District") for name in found), found
