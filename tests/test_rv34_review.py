"""Sentences worded apart from the sets the latest rules came from: fire at a border point, an airline named after
a capitalised opening word, an aside going by another's report with no telling after it, and weapons flown from the
exclave."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 2, 14)      # a Wednesday


def _events(text, gazetteer):
    return {e["place"]: e for e in extract_text(text, DAY, gazetteer)}


# a border point fired on is a position under fire, as a border post is; closed, it stays a checkpoint

def test_fire_at_a_border_point_is_fire(gazetteer):
    e = _events("Azerbaijani forces fired at the Armenian border point near Sotk on Monday, the Armenian defence "
                "ministry said.", gazetteer)["Sotk"]
    assert (e["layer"], e["start_date"], e["claimed_by"]) == ("shelling", "2024-02-12", "Armenian MoD")


def test_a_border_point_shelled_is_fire(gazetteer):
    e = _events("Azerbaijani troops shelled the border point in Sotk on Monday, the Armenian defence ministry said.",
                gazetteer)["Sotk"]
    assert e["layer"] == "shelling"


def test_a_border_point_closed_stays_a_checkpoint(gazetteer):
    e = _events("The Sadarak border point was closed on Monday, the ministry said.", gazetteer)["Sadarak"]
    assert (e["layer"], e["start_date"]) == ("checkpoints", "2024-02-12")


# an airline named after a capitalised word opening the sentence: the airline alone

def test_an_airline_after_an_opening_adverb_is_the_airline(gazetteer):
    e = _events("Yesterday Armenia Airways suspended flights. Flights from Yerevan to Kapan resumed on Monday, "
                "Armenpress reported, citing the airline.", gazetteer)["Yerevan;Kapan"]
    assert e["claimed_by"] == "Armenia Airways"


def test_an_airline_after_an_opening_day_is_the_table_s_airline(gazetteer):
    e = _events("On Monday Azerbaijan Airlines cancelled its flights from Baku to Moscow. The airline said flights "
                "from Baku to Ganja resumed on Tuesday.", gazetteer)["Baku;Ganja"]
    assert (e["claimed_by"], e["start_date"]) == ("Azerbaijan Airlines", "2024-02-13")


# going by another's report: the source only when the one going by it tells

def test_people_acting_on_a_report_cite_no_one(gazetteer):
    e = _events("Drivers, going by the police's reports, avoided the Lachin road on Monday.", gazetteer)["Lachin"]
    assert e["claimed_by"] != "police"


def test_an_outlet_drawing_on_a_ministry_s_data_relays_it(gazetteer):
    e = _events("Armenpress, drawing on the Armenian defence ministry's data, put the number of shells fired at Sotk "
                "on Monday at 200.", gazetteer)["Sotk"]
    assert (e["layer"], e["claimed_by"]) == ("shelling", "Armenian MoD")


def test_an_outlet_going_by_footage_still_relays_it(gazetteer):
    e = _events("TASS, going by AZTV's footage, said troops entered Shusha on Monday.", gazetteer)["Shusha"]
    assert e["claimed_by"] == "Azerbaijani media"


# weapons flown from the exclave: where the fire came from, no journey

def test_drones_flown_from_the_exclave_give_no_exclave_event(gazetteer):
    found = _events("The drones that struck Yeraskh on Monday were flown from Nakhchivan, the Armenian defence "
                    "ministry said.", gazetteer)
    assert "Nakhchivan" not in found and found["Yeraskh"]["layer"] == "shelling"


def test_flights_from_the_exclave_stay_a_journey(gazetteer):
    e = _events("Flights from Nakhchivan to Baku were cancelled on Monday because of fog, AZAL said.",
                gazetteer)["Nakhchivan;Baku"]
    assert (e["layer"], e["start_date"]) == ("corridors", "2024-02-12")
