"""Routes the news names as things: the Zangezur corridor, and lines named by their towns, at home and abroad."""

import datetime as dt

import pytest

from geo.extract import extract_text


def extract(text, published, gazetteer):
    return extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")


def corridors(candidates):
    return [c for c in candidates if c["layer"] == "corridors"]


# -- the Zangezur corridor -----------------------------------------------------------------------

def test_a_route_never_draws_two_waypoints_at_one_point(gazetteer):
    # the corridor's record is Meghri's point: "by way of Meghri the Zangezur corridor" is no line of no length
    # but two points, the town and the corridor
    found = corridors(extract("Officials in Baku keep calling the road by way of Meghri the Zangezur corridor.",
                              "2025-09-01", gazetteer))
    assert found
    for c in found:
        points = c["coordinates"]
        assert all(a != b for a, b in zip(points, points[1:])), c["place_name"]
    assert any(c["place_name"] == "Zangezur corridor" and len(c["coordinates"]) == 1
               and c["road_id"] == "corridor-nakhchivan-2020-11-10-planned" for c in found)
    assert any(c["place_name"] == "Meghri" for c in found)
    # a route of distinct towns keeps them all
    [road] = corridors(extract("Lorries drove the road from Goris to Kapan on Monday.", "2025-09-01", gazetteer))
    assert road["place_name"] == "Goris;Kapan" and len(road["coordinates"]) == 2


@pytest.mark.parametrize("sentence", [
    "Baku wants the Zangezur corridor to open by 2028.",
    "Turkey's minister called the new line a step towards the Zangezur corridor.",
    "Azerbaijani officials still speak of the Zangazur corridor.",
])
def test_the_zangezur_corridor_is_a_route_of_its_own_not_syunik(gazetteer, sentence):
    [c] = extract(sentence, "2025-09-01", gazetteer)
    assert (c["place_name"], c["layer"]) == ("Zangezur corridor", "corridors")
    # both sides' words for it on the map, and the planned route of the corridors layer it names
    assert c["place_label"] == "Meghri route/Zangezur corridor"
    assert c["road_id"] == "corridor-nakhchivan-2020-11-10-planned"


def test_zangezur_alone_is_still_the_province(gazetteer):
    [c] = extract("Azerbaijan wants a road through Zangezur to link the mainland with Nakhchivan.", "2021-05-20",
                  gazetteer)
    assert (c["place_name"], c["layer"]) == ("Syunik Province;Nakhchivan", "corridors")


# -- lines named by their towns, at home and abroad ------------------------------------------------

def test_a_line_from_a_town_through_towns_to_a_gate_is_one_route_through_them(gazetteer):
    text = ("On Friday Turkey held a ceremony to launch construction of the railway from Kars through Igdir and "
            "Aralik to the Dilucu border gate, on the border of Azerbaijan's Nakhchivan exclave.")
    [c] = corridors(extract(text, "2025-08-25", gazetteer))
    # every town of the line, in order, and not the exclave the last clause only places the gate by
    assert c["place_name"] == "Kars;Iğdır;Aralık;Dilucu border gate"
    assert c["tier"] == "neighbour" and c["country"] == "TR"           # the answer says it lies abroad
    assert all(how.startswith("exact") for how in c["match"].split(";"))


@pytest.mark.parametrize("text, places", [
    ("Turkish officials said the Baku–Tbilisi–Kars railway carried a record tonnage in 2024.", "Baku;Tbilisi;Kars"),
    ("Turkey says work on the Kars–Dilucu line will begin in August.", "Kars;Dilucu border gate"),
    ("The Igdir–Nakhchivan gas pipeline was inaugurated on 5 March 2025.", "Iğdır;Nakhchivan"),
    ("Turkey and Azerbaijan agreed that a railway from Kars to Nakhchivan would be built.", "Kars;Nakhchivan"),
    ("Work began on a gas pipeline from the Turkish province of Igdir to Nakhchivan.", "Iğdır Province;Nakhchivan"),
    ("Azerbaijan has been building the Horadiz–Aghband railway along the Aras towards the Armenian border at "
     "Zangilan.", "Horadiz;Aghband;Zangilan"),
])
def test_a_line_named_by_its_towns_is_a_route_through_each_of_them(gazetteer, text, places):
    # one route; a joint subject ("Turkey and Azerbaijan agreed") gives it once per side, never merged
    assert {c["place_name"] for c in corridors(extract(text, "2025-09-01", gazetteer))} == {places}


def test_a_line_being_built_is_news_beside_words_saying_where_something_lies(gazetteer):
    text = ("The other half of the link lies in the east, where Azerbaijan has been building the Horadiz–Aghband "
            "railway along the Aras towards the Armenian border at Zangilan.")
    assert [c["place_name"] for c in corridors(extract(text, "2025-09-01", gazetteer))] == ["Horadiz;Aghband;Zangilan"]
    # a sentence that only says where places lie still gives none
    assert not extract("Aghband lies on the Aras, on the Horadiz–Aghband railway east of Meghri.", "2025-09-01",
                       gazetteer)


def test_a_small_town_abroad_is_read_as_a_stop_of_a_line_named_by_its_towns(gazetteer):
    # Kars (about 90,000 people) named alone needs its country in the text: no far-away guess...
    alone = extract("A convoy left Agarak for Kars on Monday.", "2025-09-01", gazetteer)
    assert all("Kars" not in c["place_name"].split(";") for c in alone), alone
    # ...but a stop of a line named by its towns is that line's town, the country named or not
    for text in ("Freight on the Baku–Tbilisi–Kars railway doubled last year.",
                 "Freight on the Baku–Tbilisi–Kars railway doubled last year, Turkish officials said."):
        assert [c["place_name"] for c in corridors(extract(text, "2025-09-01", gazetteer))] == ["Baku;Tbilisi;Kars"]


@pytest.mark.parametrize("text", [
    "Police said a depot beside the Stepanakert–Askeran highway was burgled on Monday.",
    "The fire broke out at the depot near the Stepanakert-Askeran road, officials said.",
])
def test_a_road_that_only_places_something_gives_nothing_at_its_ends(gazetteer, text):
    found = {name for c in extract(text, "2024-09-09", gazetteer) for name in c["place_name"].split(";")}
    assert not {"Stepanakert", "Askeran"} & found, found


# -- the exclave named by its capital ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Erdogan and Aliyev also opened a modernised military complex in Nakhchivan, Turkish officials said.",
    "Erdogan flew to Azerbaijan's Nakhchivan exclave on Monday for talks with Aliyev.",
])
def test_what_is_done_in_the_exclave_is_an_event_there(gazetteer, sentence):
    [c] = extract(sentence, "2023-09-25", gazetteer)
    assert (c["place_name"], c["layer"], c["geo_precision"]) == ("Nakhchivan", "other", "region")


@pytest.mark.parametrize("sentence", [
    "An officer was wounded in a shootout on the Nakhchivan border late on Monday.",
    "Two workers were wounded at a plant in Yeraskh, on Armenia's border with the Nakhchivan exclave.",
])
def test_the_exclave_s_border_only_locates(gazetteer, sentence):
    assert all("Nakhchivan" not in c["place_name"] for c in extract(sentence, "2023-09-25", gazetteer))


def test_a_locating_road_s_near_end_already_reported_is_where_it_happened(gazetteer):
    text = ("Twenty people have died after an explosion at a fuel depot on the outskirts of Stepanakert, the health "
            "department reported.\n"
            "The blast happened on Monday evening at a depot beside the Stepanakert–Askeran highway.")
    found = extract(text, "2023-09-26", gazetteer)
    second = [c["place_name"] for c in found if c["sentence"] == 1]
    assert second == ["Stepanakert"], found                       # the near end, not the far one (Askeran)
