"""A road named by its towns joined with hyphens, one of the towns a name of two words: "the A-Karin Tak section of
the road", "the A-Krasny Bazar-C section of highway". The hyphens bind the two-word town to its neighbours in one
run of capitalised words, so the chain is read across the words (each stop must be a place, a stop the gazetteer
lacks being skipped as on any named road); a compound followed by no road word ("the Nagorno-Karabakh Defence
Army") is read as before. Also the spelling "Chanakchi" of the village Avetaranots (Chanakhchi)."""

from tests.helpers import rows, waypoint_layers


def _places(text, gazetteer, published="2022-12-20"):
    return [c["place_name"] for c in rows(text, gazetteer, published)]


def test_a_section_named_by_a_town_and_a_two_word_village(gazetteer):
    text = "On Tuesday villagers said soldiers had closed the Stepanakert-Mets Shen section of the road for six hours."
    got = _places(text, gazetteer)
    assert any("Stepanakert" in p and "Mets Shen" in p for p in got), got


def test_three_stops_with_a_two_word_town_in_the_middle(gazetteer):
    text = "Military police escorted a convoy of lorries along the Askeran-Karmir Shuka-Martuni section of highway."
    got = ";".join(_places(text, gazetteer))
    assert "Askeran" in got and "Karmir Shuka" in got


def test_a_plain_road_named_so_is_read_too(gazetteer):
    text = "On Friday the police closed the Shushi-Mets Shen road after a landslide, the ministry said."
    layers = waypoint_layers(text, gazetteer, "2022-12-20")
    assert layers.get("Mets Shen") == "corridors" and layers.get("Shusha") == "corridors"


def test_a_hyphenated_name_before_no_road_word_is_no_chain(gazetteer):
    text = "The Nagorno-Karabakh Defence Army said on Monday that the situation was calm."
    assert _places(text, gazetteer) == []


def test_chanakchi_is_avetaranots(gazetteer):
    text = "Within a few days the troops had taken the village of Chanakchi, the ministry said."
    assert "Avetaranots" in _places(text, gazetteer, "2020-11-06")


def test_an_agenda_item_title_of_minutes_is_a_heading(gazetteer):
    text = ("Minutes of the meeting of the residents' council, held on Thursday.\n"
            "Present: nine members and the secretary.\n"
            "Apologies: one member, who was at work.\n"
            "The chair opened the meeting at seven.\n"
            "Item 2. Families from Martakert staying in Ijevan\n"
            "The secretary said the hotels were full and the council agreed to open the school gym.")
    assert "Ijevan" not in _places(text, gazetteer, "2020-10-20")


def test_a_full_sentence_after_an_item_number_is_still_read(gazetteer):
    text = ("Minutes of the meeting of the residents' council, held on Thursday.\n"
            "Present: nine members and the secretary.\n"
            "Apologies: one member, who was at work.\n"
            "The chair opened the meeting at seven.\n"
            "Item 2. The chair said shells had hit Ijevan on Wednesday night.")
    assert "Ijevan" in _places(text, gazetteer, "2020-10-20")


def test_a_donor_named_by_her_town_gives_no_event(gazetteer):
    text = "The store room now holds the blankets a donor in Ijevan sent us last month."
    assert _places(text, gazetteer, "2020-11-06") == []


def test_a_donor_who_tells_of_shelling_at_home_still_gives_it(gazetteer):
    text = "A donor in Ijevan said shells had hit the school in Ijevan on Monday."
    assert "Ijevan" in _places(text, gazetteer, "2020-11-06")


def _bare(text, gazetteer, published="2021-02-10"):
    return [c["place_name"] for c in rows(text, gazetteer, published) if "backref" in c["match"]]


def test_towns_naming_a_road_do_not_hide_the_town_named_before(gazetteer):
    text = ("Work on a new road to Martuni went on all winter, the ministry said.\n\n"
            "Until it was ready, the town was supplied by other routes: peacekeepers escorted convoys along the "
            "Askeran-Karmir Shuka section of highway.\n\n"
            "Building materials were also brought to the town along the unfinished road, the agency reported.")
    found = _bare(text, gazetteer)
    assert len(found) == 2 and all("Khojavend" in p.split(";") for p in found), found


def test_a_town_named_on_its_own_still_competes(gazetteer):
    text = ("Work on a new road to Martuni went on all winter, the ministry said.\n\n"
            "Meanwhile peacekeepers escorted convoys to Askeran.\n\n"
            "Building materials were also brought to the town along the unfinished road, the agency reported.")
    assert not any("Khojavend" in p.split(";") for p in _bare(text, gazetteer))


def test_a_donor_the_news_befell_is_still_its_place(gazetteer):
    # one donor is who she is only as the giver of what she sent: a donor killed or whose house was hit is news there
    text = "A shell killed a donor in Martuni on Monday, the Armenian defence ministry said."
    assert "Khojavend" in _places(text, gazetteer, "2022-12-20")
    text = "Shells hit the house of a donor in Martuni on Monday, the ministry said."
    assert "Khojavend" in _places(text, gazetteer, "2022-12-20")


def test_a_dash_that_breaks_the_sentence_after_a_town_is_no_road_s_name(gazetteer):
    # "Martuni—Armenian soldiers ...": a break in the sentence, no "A-B road", so "the town" after it is Martuni
    text = ("We drove into Martuni—Armenian soldiers were everywhere. The town was shelled on Monday night, "
            "officials said.")
    assert "Khojavend" in _bare(text, gazetteer, "2022-12-20")
