"""An exclave written out in full, the people of an exclave acting in it, and a report's list of sources. "The
Nakhchivan Autonomous Republic" is one place with "Nakhchivan", the exclave the news names by its capital, so it is
read and drawn the same way (positions or a rail link in it keep it, as they do for the short name); a sentence
telling that crowds, protesters or residents in the exclave did something there makes the exclave the place of it,
as a town would be (people there who only say or live something give none); and a closing "Sources:" line names
where the writer's informants are, not where anything happened, so its towns give no event."""

from tests.helpers import place_layers, rows

DAY = "1991-03-11"


def places(text, gazetteer):
    return {name for c in rows(text, gazetteer, DAY) for name in c["place_name"].split(";")}


# --- the exclave written in full is the exclave named by its capital


def test_the_exclave_in_full_is_read_as_its_short_name(gazetteer):
    text = "The ministry said drones had flown over its positions in the Nakhchivan Autonomous Republic and in Fuzuli."
    assert "Nakhchivan" in places(text, gazetteer)
    assert "Nakhchivan Autonomous Republic" not in places(text, gazetteer)


def test_a_rail_link_to_the_exclave_in_full_keeps_the_short_name(gazetteer):
    text = "Freight trains again ran from Gazakh to the Nakhchivan Autonomous Republic last week, the railway said."
    assert {"Gazakh", "Nakhchivan"} <= places(text, gazetteer)
    assert "Nakhchivan Autonomous Republic" not in places(text, gazetteer)


# --- the people of an exclave acting in it


def test_crowds_in_the_exclave_acting_there_keep_it(gazetteer):
    assert "Nakhchivan" in places("On Sunday protesters in Nakhchivan blocked the railway for six hours.", gazetteer)
    assert "Nakhchivan" in places("Villagers in the Nakhichevan Autonomous Republic of Soviet Azerbaijan tore down "
                                  "two watchtowers on the river bank overnight.", gazetteer)


def test_people_in_the_exclave_only_saying_or_living_give_no_place(gazetteer):
    assert "Nakhchivan" not in places("People in Nakhchivan say the bread queues are longer this month.", gazetteer)
    assert "Nakhchivan" not in places("Most residents in Nakhchivan work on small farms.", gazetteer)


# --- a report's list of sources


def test_a_sources_line_gives_no_place(gazetteer):
    assert places("Sources: Reuters, 3 March 1991; telephone contacts in Ganja and Goris.", gazetteer) == set()
    assert places("Source: an interview with a farmer in Berd.", gazetteer) == set()


def test_sources_named_inside_a_sentence_still_tell_the_event(gazetteer):
    assert place_layers("Sources in Ganja said Berd was shelled overnight.", gazetteer, DAY).get("Berd") == "shelling"
