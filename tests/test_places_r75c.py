"""A running order's timed slot, a trip report's practical notes and what any visitor who drives a road today finds
are no events: "19:02:10 LEAD: GORIS (2'40")" is a heading of the programme, "Practical notes: fill up in X" is advice
and "the visitor who drives the A–B road today passes Y" a standing fact of the place. Crowds pulling down a
frontier's fences and watchtowers, told with no weapon, are their protest there, and the exclave named as where it
happened is the place ("attacks on the frontier installations in Nakhchivan", "along the frontier between Nakhchivan
and Iran"); an agency that "has continued to report" something reports it, and claims it. (The writers' own journey,
"we drove from A to B", and a name one side gives a route, "which Baku calls the Z corridor", stay places: the
annotated sets keep both.)"""

from tests.helpers import claimant_of, rows


def places(text, gazetteer, published="2021-06-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def layer_of(place, text, gazetteer):
    return next(c["layer"] for c in rows(text, gazetteer) if place in c["place_name"].split(";"))


def test_a_running_orders_timed_slot_is_no_event(gazetteer):
    assert places("19:05:20 REACTION: GORIS (2'15\") - street interviews, three voices", gazetteer) == set()
    assert places("21:12 LEAD: SISIAN (1'40\") - reporter Ani Petrosyan", gazetteer) == set()
    # the item read under it is news
    assert "Sisian" in places("Presenter reads: Shells fell on Sisian on Monday night, the ministry said.", gazetteer)


def test_practical_notes_to_readers_are_advice(gazetteer):
    text = "Practical notes: fill up in Sisian, as there are few stations beyond it; carry cash for the guesthouses."
    assert places(text, gazetteer) == set()
    # a note that tells what happened is no advice
    text = "Practical notes were handed out before the road through Sisian was closed by a landslide."
    assert "Sisian" in places(text, gazetteer)


def test_what_any_visitor_who_drives_a_road_finds_is_no_event(gazetteer):
    text = "The visitor who drives the Goris–Sisian road today passes the old customs house without noticing it."
    assert places(text, gazetteer) == set()
    text = "The visitor who drives the Goris–Sisian road today passes a checkpoint where soldiers stop every car."
    assert places(text, gazetteer)


def test_frontier_fences_pulled_down_in_the_exclave_are_a_protest_there(gazetteer):
    text = "Through January crowds kept pulling down fences and watchtowers along the frontier between Nakhchivan and Iran."
    assert "Nakhchivan" in places(text, gazetteer)
    text = "The agency has continued to report the attacks on the border installations in the Nakhchivan Autonomous Republic."
    assert layer_of("Nakhchivan", text, gazetteer) == "other"
    # attacks with arms stay fire
    text = "Drones attacked the border fortifications near Ordubad on Tuesday, the ministry said."
    assert layer_of("Ordubad", text, gazetteer) == "shelling"


def test_an_agency_that_continued_to_report_claims_it(gazetteer):
    text = "TASS has continued to report the shelling of Ordubad in sharp terms."
    assert claimant_of("Ordubad", text, gazetteer) == "Russian media"
    # a wish to report is no report
    text = "Villagers want to report the shelling of Ordubad to the police."
    assert claimant_of("Ordubad", text, gazetteer) != "Russian media"


def test_practical_notes_that_open_with_a_noun_are_not_read_as_advice(gazetteer):
    from geo.extract.pipeline import _PRACTICAL_NOTES
    assert _PRACTICAL_NOTES.match("Practical notes: fuel up in Goris before the pass.")
    assert not _PRACTICAL_NOTES.match("Practical notes: fuel is cheap in Goris, and the road is slow after dark.")
