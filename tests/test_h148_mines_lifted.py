"""Rules read from heldout148 on mines: mines "lifted" are mines cleared by sappers, things found and taken away, no
attack on the place; a mine that went off stays a mine blast."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 10, 22)


def _layers(text, place):
    return [(e["layer"], e["kind"]) for e in extract_text(text + "\n", DAY) if place in e["place"].split(";")]


def test_mines_lifted_near_a_height_are_no_shelling():
    assert [layer for layer, _ in _layers("The engineers reported 420 mines lifted over two weeks east of Saribaba.",
                                          "Saribaba")] == ["other"]


def test_sappers_lifting_mines_in_a_village_are_no_shelling():
    assert [layer for layer, _ in _layers("Army sappers were lifting anti-tank mines in Aghavno on Tuesday.",
                                          "Aghavno")] == ["other"]


def test_a_mine_that_went_off_stays_a_mine_blast():
    # (a curfew "lifted" beside a mine that went off changes nothing: the blast is still read)
    assert _layers("A farmer was hurt when a mine went off near Aghavno, a day after the curfew was lifted.",
                   "Aghavno")[0][1] == "mine"


def test_mines_laid_are_still_read():
    # (without a word of clearing, mines laid on a road are still news of the road)
    assert _layers("Soldiers laid mines near Aghavno on Tuesday.", "Aghavno") != [("other", "mention")]
