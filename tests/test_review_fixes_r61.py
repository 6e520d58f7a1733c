"""Second look at the heldout61 round's rules: peacekeepers who reach an agreement or reach out deploy nowhere, a
body that is no army entering a village as fighting flares is no fire there, a thief's break into a school is no
assault, a closing "he said" after an outlet quotes a person before a colon is that person, the day of a "when"
clause that tells of the fire itself dates the fire, and a sentence that opens "Compiled by" but tells what someone
said is no credit line."""

import datetime as dt
from functools import partial

from tests.helpers import claimant_of, place_layers, rows

layers = partial(place_layers, published=dt.date(2021, 6, 14))


def _date_of(place, text, gazetteer, published):
    return next(str(c["start_date"]) for c in rows(text, gazetteer, published) if c["place_name"] == place)


def test_peacekeepers_who_reached_an_agreement_with_villagers_are_not_posted_there(gazetteer):
    text = "Russian peacekeepers reached an agreement with the villagers of Taghavard."
    assert layers(text, gazetteer).get("Taghavard") != "checkpoints"


def test_peacekeepers_who_reached_out_to_villagers_are_not_posted_there(gazetteer):
    text = "The peacekeepers reached out to the people of Karmir Shuka."
    assert layers(text, gazetteer).get("Karmir Shuka") != "checkpoints"


def test_a_commission_entering_a_village_when_fighting_flared_is_no_fire_there(gazetteer):
    text = "Fighting flared on Monday, when the commission entered Taghavard."
    assert layers(text, gazetteer).get("Taghavard") != "shelling"


def test_thieves_trying_to_break_into_a_school_is_no_assault(gazetteer):
    text = "Thieves tried to break into the school in Martuni overnight."
    assert layers(text, gazetteer).get("Khojavend") != "shelling"


def test_a_break_into_the_town_tried_stays_an_assault(gazetteer):
    text = "The enemy tried to break into the town of Martuni overnight."
    assert layers(text, gazetteer).get("Khojavend") == "shelling"


def test_a_closing_he_said_after_an_outlet_quotes_a_person_before_a_colon_is_that_person(gazetteer):
    text = ("Armenpress quotes Defence Minister Suren Papikyan, speaking in Yerevan: the talks will go on, he said. "
            "He confirmed that Sotk was shelled.")
    assert claimant_of("Sotk", text, gazetteer, "2022-05-10") == "Armenian MoD"


def test_the_day_of_a_when_clause_telling_of_the_fire_itself_dates_the_fire(gazetteer):
    text = "On Tuesday the ministry said Tegh was shelled again when the ceasefire of 12 October collapsed."
    assert _date_of("Tegh", text, gazetteer, "2022-10-14").startswith("2022-10-12")


def test_a_sentence_opening_compiled_by_that_tells_what_someone_said_is_no_credit_line(gazetteer):
    text = ("Compiled by staff in Goris from statements by soldiers who said they had seen shells falling on the "
            "village of Tegh on Tuesday.")
    assert "Tegh" in {c["place_name"] for c in rows(text, gazetteer, "2023-06-20")}
