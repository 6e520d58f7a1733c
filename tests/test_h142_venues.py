"""Rule read from heldout142: a cooperative a trader buys from or sends to, named by its town or by "the X villages",
only locates the trader's partner (older sets: 2 of 2 such towns unannotated); fire at it keeps the town."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 5, 4)


def _places(text):
    return [e["place_name"] for e in extract_text(text + "\n", DAY)]


def test_goods_sent_to_a_cooperative_in_the_villages_name_no_place():
    assert _places("Every spring we post twine and nails to a beekeepers' cooperative in the Martuni villages, "
                   "who mend their hives with them.") == []


def test_goods_from_a_cooperative_in_a_town_name_no_place():
    assert _places("The felt for the winter slippers comes from a cooperative in Vayk and is a little thicker.") == []


def test_fire_at_a_cooperative_keeps_its_town():
    assert _places("A mortar shell hit the dairy cooperative in Vayk on Monday night, the police said.") == ["Vayk"]


def test_a_cooperative_in_a_district_hit_keeps_the_district():
    assert _places("Shells hit a dairy cooperative in the Martuni district on Monday.") == ["Khojavend District"]
