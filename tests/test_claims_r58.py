"""Claimants and the scorer's date line: "By evening the ombudsman was saying" is the ombudsman's claim; a table's row
"place / who reported it / what" is its middle column's; an outlet's report closed by "according to" a body is that
body's; "Smaller protests broke out" names no speaker, and a later "the site reported" is the outlet heard before;
a place "among the places the ministry listed" is the ministry's; a date the text does not state is shown as the
publication day in the scorer's misses, not as a day read."""

import datetime as dt
import importlib.util
from pathlib import Path

from tests.helpers import claimant_of

PROJECT = Path(__file__).resolve().parent.parent


def test_a_part_of_the_day_reached_opens_the_sentence_before_its_speaker(gazetteer):
    text = ("Thursday, 3 March. By nightfall the Human Rights Defender was saying that families had left their homes "
            "in Tegh and Khoznavar.")
    # (the title read as Armenia's, the one side with that title whose land Tegh is in)
    assert claimant_of("Tegh", text, gazetteer, "2022-03-10") == "Armenian Human Rights Defender"
    text = "Thursday, 3 March. By evening the ombudsman was saying that families had left their homes in Tegh."
    assert claimant_of("Tegh", text, gazetteer, "2022-03-10") == "Armenian Human Rights Defender"


def test_the_middle_column_of_a_table_row_reports_it(gazetteer):
    text = ("THE WEEK (place / source / event)\n\n"
            "Kapan / Armenian Defence Ministry / Mortar fire on the outskirts late on 2 March.\n\n"
            "Goris / Human Rights Defender / Two houses damaged by shelling.")
    assert claimant_of("Kapan", text, gazetteer, "2022-03-10") == "Armenian MoD"
    assert claimant_of("Goris", text, gazetteer, "2022-03-10") == "Armenian Human Rights Defender"


def test_an_outlet_s_report_closed_by_its_source_is_the_source_s(gazetteer):
    text = ("Interfax reported that since dawn on Monday Azerbaijani units had been firing mortars at positions near "
            "Tegh and the village of Khoznavar, according to the Defence Ministry in Yerevan.")
    assert claimant_of("Tegh", text, gazetteer, "2022-03-10") == "Armenian MoD"


def test_the_site_is_the_outlet_heard_before_not_the_first_word(gazetteer):
    text = ("Late last night, Eurasianet wrote, the prime minister announced a deal on the border.\n\n"
            "Larger protests broke out in Vanadzor and in Goris, the site reported.")
    assert claimant_of("Vanadzor", text, gazetteer, "2022-03-10") == "Eurasianet"


def test_a_place_among_those_a_body_listed_is_the_body_s(gazetteer):
    text = ("Tegh, a village close to the frontier, was among the first places the Armenian Defence Ministry listed "
            "when the shelling started on 1 March.")
    assert claimant_of("Tegh", text, gazetteer, "2022-03-10") == "Armenian MoD"


def _scorer():
    spec = importlib.util.spec_from_file_location("eval_extract", PROJECT / "bench" / "eval_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_publication_day_the_text_does_not_state_is_shown_as_such(gazetteer, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The ministry named a second area as well, the town of Goris.\n", encoding="utf-8")
    event = {"text": "Goris", "place": "Goris", "layer": "shelling", "date": "2022-03-10", "claimed_by": None,
             "quote": "The ministry named a second area as well, the town of Goris."}
    result = _scorer().score([{"path": article, "published": dt.date(2022, 3, 10), "events": [event]}], gazetteer)
    assert any("none stated (publication day 2022-03-10)" in line for line in result["misses"])
