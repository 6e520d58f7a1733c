"""A named way in a "where" clause that only says where a site lies ("at the bridge, where the X corridor meets the
border") places the site; it is no event of its own."""
import datetime as dt

from geo.extract import extract_text


def _places(text):
    return {name for e in extract_text(text, dt.date(2023, 9, 28)) for name in e["place"].split(";")}


def test_corridor_placing_a_checkpoint_is_no_event():
    text = "Border guards have stood at the Hakari bridge since April, where the Lachin corridor meets the border."
    assert "Lachin" not in _places(text)


def test_corridor_named_as_the_news_stays():
    # negative case: the corridor itself is closed; no "where" clause placing a site
    text = "Border guards closed the Lachin corridor on Sunday, the ministry said."
    assert "Lachin" in _places(text)
