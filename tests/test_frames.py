"""Places a sentence names only to describe someone or something (a speaker's home, a birthplace, an office's
remit, an exception, a past event) are no events on the map; the events of the same sentences still are."""

import datetime as dt

import pytest

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2021, 5, 12)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("text, event, not_events", [
    # where a speaker lives, works or comes from
    ('"We waited thirty years for this," said Leyla Huseynova, 58, a nurse from Barda who now lives in Sumgayit, '
     'as the first families arrived in Aghdam.', {"Aghdam"}, {"Barda", "Sumgayit"}),
    ('"Nobody told us anything," said Arman Sahakyan, who runs a bakery in Goris, after the shelling of Tegh.',
     {"Tegh"}, {"Goris"}),
    ('Fuzuli has new streets now, "but no neighbours yet," said a pensioner from Tartar who has lived in Ganja '
     'since 1994.', {"Fuzuli"}, {"Tartar", "Ganja"}),
    ('"Half the valley is mined now," complained Gohar Aslanyan, a beekeeper from Sisian, at the market in Berd.',
     {"Berd"}, {"Sisian"}),
    ('"We drive past the posts every day," joked Vardan Asatryan, a taxi driver from Goris, at a cafe in Tegh.',
     {"Tegh"}, {"Goris"}),
    # where someone runs a business or a body, told in a relative clause before the news
    ("Ashot Grigoryan, who owns a fleet of twelve buses in Abovyan, said his drivers had been stopped at the "
     "checkpoint near Kornidzor.", {"Kornidzor"}, {"Abovyan"}),
    ("Lusine Avagyan, who runs a small guesthouse in Jermuk, said drones struck Sotk overnight.",
     {"Sotk"}, {"Jermuk"}),
    # a birthplace
    ("The detained man, who was born in 1971 in Vardenis, was handed over in Lachin on Tuesday.",
     {"Lachin"}, {"Vardenis"}),
    ("Born in 1948 into a farming family in a village of Tavush province, Petrosyan trained as an engineer and "
     "was wounded in the shelling of Berd.", {"Berd"}, {"Tavush (village)", "Tavush Province"}),
    # an office's remit
    ("The Restoration Service for Khankendi and the Aghdara and Khojaly districts said 20 families had moved to "
     "Ballija.", {"Aygestan"}, {"Stepanakert", "Aghdara District", "Khojaly District", "Khojaly"}),
    ("The agency that manages Khankendi said ten families arrived in Shusha.", {"Shusha"}, {"Stepanakert"}),
    # an exception
    ("Keys were handed over in every liberated district except the Shusha district, the committee said, "
     "starting in Fuzuli.", {"Fuzuli"}, {"Shusha District", "Shusha"}),
    # a past event named after a place
    ("Loudspeakers near Khramort played songs about the Khojaly massacre, residents said.",
     {"Khramort"}, {"Khojaly"}),
])
def test_places_that_only_describe_are_no_events(gazetteer, text, event, not_events):
    found = places(text, gazetteer)
    assert event <= found, found
    assert not found & not_events, found


@pytest.mark.parametrize("text, event", [
    # what the speaker went through is news
    ('"We took only the children," said Anahit, 54, who left Berdzor on Thursday for Goris.', "Goris"),
    ('"The shelling went on all night," said Garik, a farmer, speaking by telephone from Sisian.', "Sisian"),
    ('"Nobody can leave," said a spokesman, adding that 1,100 people were stranded in Goris.', "Goris"),
    # the route a speaker drives or carries goods on for a living
    ('"The queue moved fast," said Tigran, who drives a minibus between Vanadzor and Tbilisi.', "Vanadzor"),
    ('"The queue moved fast," said Tigran, who drives a minibus between Vanadzor and Tbilisi.', "Tbilisi"),
    ('"We lost a day," said Samvel, a driver who carries apricots from Ijevan to Tbilisi.', "Ijevan"),
    # a capital at one end of one vehicle's run is the town, not its government
    ('"Nothing moves at night," said Leyla, who drives a van between Baku and Ganja.', "Baku"),
    # a birth in the news is a place of the news: the clause of the birth ends at its comma
    ("Azer Mammadov, born in 1966, stepped on a mine near the village of Khramort on Monday.", "Khramort"),
])
def test_a_speakers_journey_and_events_after_a_birth_year_stay(gazetteer, text, event):
    assert event in places(text, gazetteer)


@pytest.mark.parametrize("text, event, not_events", [
    # a road named only to locate or by its old name gives nothing at its end towns
    ("The new road starts at Ahmadbeyli, at the 149th kilometre of the Horadiz-Aghband highway, and runs to "
     "Shusha.", {"Shusha"}, {"Horadiz", "Aghband"}),
    ("The hand-over took place near the village of Balajafarli in the Gazakh district, on the road that used to "
     "be called the Gazakh-Ijevan highway.",
     {"Balajafarli"}, {"Gazakh", "Ijevan"}),
    # a person's home when the sentence says where it happened
    ("A resident of the village of Khramort was wounded during farm work in the Martakert district on Tuesday.",
     {"Aghdara District"}, {"Khramort"}),
    # Azerbaijan's economic region is no Syunik
    ("Families are moving to towns in Karabakh and Eastern Zangezur, starting with Lachin.", {"Lachin"},
     {"Syunik Province"}),
    ("Foreign military attachés accredited in Baku were taken to Alkhanli on Thursday.", {"Alkhanli"}, {"Baku"}),
    # the areas a border runs between, after the place said to lie on it
    ("Shells hit Berd, on the border between Armenia's Tavush province and Azerbaijan's Tovuz district, on Tuesday.",
     {"Berd"}, {"Tovuz District", "Tavush Province"}),
])
def test_roads_homes_and_regions_that_only_locate(gazetteer, text, event, not_events):
    found = places(text, gazetteer)
    assert event <= found, found
    assert not found & not_events, found


def test_an_area_on_a_border_with_no_place_named_on_it_is_where_it_happened(gazetteer):
    found = places("Shells hit villages on the border between Armenia's Tavush province and Azerbaijan's Tovuz "
                   "district on Tuesday.", gazetteer)
    assert "Tovuz District" in found, found


def test_a_residents_town_alone_is_where_it_happened(gazetteer):
    assert "Shusha" in places("A resident of Shusha was killed by mortar fire on the town.", gazetteer)


@pytest.mark.parametrize("text", [
    "The Karvachar district, which Azerbaijanis call Kalbajar, lies between Armenia's Gegharkunik province and "
    "Karabakh, and a road across it from Vardenis is the second route linking Armenia with Stepanakert.",
    "Armenia's border with Iran runs for about 40 kilometres along the Araks south of Meghri, between the "
    "Nakhchivan exclave and Zangilan.",
])
def test_a_sentence_saying_where_places_lie_gives_no_events(gazetteer, text):
    assert places(text, gazetteer) == set()


def test_where_a_side_says_a_disputed_place_lies_is_its_claim(gazetteer):
    text = ("In a statement, the ministry said the lake, which Azerbaijanis call Qaragol, lies on the border line "
            "shown on Soviet-era maps.")
    assert places(text, gazetteer)


@pytest.mark.parametrize("text, expected", [
    ("Families from Gubadli who have lived for almost three decades in settlements for displaced people in "
     "Sumgayit and Baku cheered the news.", set()),
    ("She said the family had spent three decades in a former school building in Sabirabad.", set()),
    ("Shelling hit Barda, where families had lived for years in tents.", {"Barda"}),
])
def test_where_displaced_people_lived_for_years_is_no_event(gazetteer, text, expected):
    found = {c["place_name"] for c in extract_text(text, dt.date(2020, 10, 26), gazetteer)}
    assert found - {"Gubadli"} == expected


@pytest.mark.parametrize("text, expected", [
    ("The first forty families moved back to Hadrut this week; the governor said they had until now lived in "
     "Ganja, Yevlakh and in other villages of the Beylagan district.", {"Hadrut"}),
    ("Thousands left Gubadli that autumn, and most of them spent the next twenty years in the neighbouring "
     "Beylagan and Aghjabadi districts.", {"Gubadli"}),
    ("Mortar rounds struck Barda on Sunday, the ministry said.", {"Barda"}),
])
def test_where_people_lived_in_the_meantime_is_no_event(gazetteer, text, expected):
    found = {c["place_name"] for c in extract_text(text, dt.date(2023, 5, 2), gazetteer)}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("We lived in Martuni, which Azerbaijan calls Khojavend, until the war of 2020. Now we rent a flat in Sevan.",
     {"Sevan"}),
    ("My parents used to live in Hadrut until 2020, and now they live in Abovyan.", {"Abovyan"}),
    ("Her brother lived in the village of Tegh until last spring.", set()),
    # where people had lived and left from on the day of the news is news
    ("Most of the families who had lived in Lachin left on Thursday.", {"Lachin"}),
    ("We lived in Goris for a week while the road was closed.", {"Goris"}),
])
def test_a_home_left_before_the_news_is_no_event(gazetteer, text, expected):
    assert places(text, gazetteer, dt.date(2024, 5, 2)) == expected


def test_the_surname_of_someone_named_in_full_is_no_place(gazetteer):
    """Ashotsk was called Ghukasyan in Soviet times: the president's surname alone must not put a point there."""
    text = ("Arkadi Ghukasyan, the region's leader, was shot at in Stepanakert on Wednesday evening.\n\n"
            "Ghukasyan was taken to hospital with leg wounds.")
    assert places(text, gazetteer, dt.date(2000, 3, 24)) == {"Stepanakert"}


def test_what_a_square_was_named_after_is_no_place(gazetteer):
    """ "named after Lenin": the man, though a village was once called Lenin too."""
    text = "The square in front of the government building, named after Lenin until 1991, filled with protesters in Baku."
    assert places(text, gazetteer, dt.date(2020, 1, 20)) == {"Baku"}


@pytest.mark.parametrize("text, events, not_events", [
    ("The foreign minister has never visited Tbilisi, his spokeswoman said.", set(), {"Tbilisi"}),
    ("Pashinyan had not travelled to Moscow or Minsk since the summit, and shelling hit Jermuk on Friday.",
     {"Jermuk"}, {"Moscow", "Minsk"}),
    ("The envoy hasn't been to Stepanakert since June.", set(), {"Stepanakert"}),
    ("Aliyev did not visit Shusha on Monday, as had been rumoured; he flew to Ganja instead.", {"Ganja"}, {"Shusha"}),
    # a visit made is one
    ("The delegation did not only visit Goris but also Kapan.", {"Goris", "Kapan"}, set()),
    ("Many families have still not returned to Martuni, where shelling damaged the school in April.", {"Khojavend"},
     set()),
])
def test_a_visit_said_not_to_have_been_made_is_no_event(gazetteer, text, events, not_events):
    found = places(text, gazetteer)
    assert events <= found and not found & not_events, found


@pytest.mark.parametrize("text, events, not_events", [
    ("No volunteers are to travel to the districts of Aghdam or Fuzuli, or to the Syunik border villages, until "
     "further notice.", set(), {"Aghdam District", "Fuzuli District", "Syunik Province"}),
    ("The embassy urged citizens not to travel to Goris, after shelling hit Kapan on Sunday.", {"Kapan"}, {"Goris"}),
    ("Our office advised against all travel to Tartar and Barda this week.", set(), {"Tartar", "Barda"}),
    # travel that happened is news
    ("Monitors travelled to Tartar on Monday to see the damage.", {"Tartar"}, set()),
])
def test_an_instruction_not_to_travel_is_no_event(gazetteer, text, events, not_events):
    found = places(text, gazetteer)
    assert events <= found and not found & not_events, found


@pytest.mark.parametrize("text, place", [
    # a way barred is news on it, not a visit not made
    ("Monitors could not travel to Lachin because the road was closed.", "Lachin"),
    ("Aid workers couldn't go to Lachin for a week.", "Lachin"),
    # what happened at the place, told after it
    ("The envoy never came to Berd, where drones struck on Monday.", "Berd"),
])
def test_a_way_barred_or_an_event_at_the_place_not_visited_is_kept(gazetteer, text, place):
    assert place in places(text, gazetteer)


def test_a_business_town_alone_is_where_it_happened(gazetteer):
    found = places("Narine Hakobyan, who runs the only bakery in Berd, said shelling hit her street on Monday.",
                   gazetteer)
    assert "Berd" in found, found


@pytest.mark.parametrize("text, events, not_events", [
    # the area across a border from a place named first is where the border runs
    ("Shells hit a pasture near Khnatsakh, on the border with the Lachin district, on Monday.",
     {"Khnatsakh"}, {"Lachin District"}),
    ("Mortar rounds landed near Verin Shorzha, along the border with Azerbaijan's Kalbajar district.",
     {"Verin Shorzha"}, {"Kalbajar District"}),
])
def test_the_area_across_a_border_from_a_place_is_no_event(gazetteer, text, events, not_events):
    found = places(text, gazetteer)
    assert events <= found and not found & not_events, found


def test_an_area_across_the_border_alone_is_where_it_happened(gazetteer):
    found = places("Shelling was reported on the border with the Kalbajar district on Monday.", gazetteer)
    assert "Kalbajar District" in found, found
