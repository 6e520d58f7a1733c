"""A capital opening a sentence in which an office of the state speaks ("In Yerevan, the Security Council confirmed
...", "In Baku, A B, the president's aide, answered ...") is the office's seat, no event there; a rally or harm told
in the capital, and a leader named by title alone, keep it."""

import datetime
from functools import partial

from tests.helpers import place_layer_pairs

_rows = partial(place_layer_pairs, published=datetime.date(2024, 9, 20))


def _places(text, gazetteer):
    return {name for name, _ in _rows(text, gazetteer)}


def test_an_office_speaking_in_the_capital_is_no_event(gazetteer):
    assert "Yerevan" not in _places("In Yerevan, the State Revenue Committee confirmed that customs duties on the "
                                    "border would not change.", gazetteer)
    assert "Baku" not in _places("In Baku, Elnur Mammadov, an adviser to the foreign minister, replied that the talks "
                                 "had stalled over wording.", gazetteer)
    assert "Baku" not in _places("PRESENTER: In Baku, the ministry's spokesman, Ayhan Hajizada, rejected the claim.",
                                 gazetteer)
    assert "Moscow" not in _places("09:30 In Moscow, diplomats say a meeting of the foreign ministers is possible "
                                   "next week.", gazetteer)


def test_the_place_the_office_speaks_of_stays(gazetteer):
    assert "Sotk" in _places("In Yerevan, Karen Sargsyan of the defence ministry told reporters that Azerbaijani "
                             "mortar fire had hit positions near Sotk on Tuesday night.", gazetteer)


def test_a_rally_or_a_leader_named_by_title_alone_keeps_the_capital(gazetteer):
    assert "Yerevan" in _places("In Yerevan, the police spokesman, Ashot Aghababyan, said some two thousand people had "
                                "rallied outside parliament on Sunday evening.", gazetteer)
    assert "Baku" in _places("In Baku, Foreign Minister Jeyhun Bayramov said the talks had stalled over wording.",
                             gazetteer)
    # the capital as the scene, no office speaking
    assert "Yerevan" in _places("In Yerevan, families of the missing soldiers waited outside the ministry all night.",
                                gazetteer)
