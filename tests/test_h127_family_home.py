"""Rule written from heldout127: a family named by its home.

"a family from X" is one household named by its home, read as one person when the sentence names no other place and
the family does not speak: with nothing told of harm, a move or war, the home is no scene (a family hurt there stays;
a family on its way elsewhere or telling of its journey is left as read before; "families from X" are a group, left to
the rules for groups).
"""

import datetime as dt

from geo.extract import extract_text

PUBLISHED = dt.date(2020, 10, 20)


def _names(text, published=PUBLISHED):
    return {name for e in extract_text(text, published) for name in e["place_name"].split(";")}


# --- a family named by its home ---

def test_family_from_town_booking_a_room_is_no_scene():
    assert "Barda" not in _names("A young family from Barda has reserved the back room for Sunday lunch.")


def test_family_from_town_lent_a_cart_is_no_scene():
    assert "Yevlakh" not in _names("Our neighbour lent his cart to a family from Yevlakh, so please leave the lane clear.")


def test_family_from_town_hurt_there_is_still_told():
    text = "A family from Tartar was wounded when a shell hit their house on Sunday."
    assert "Tartar" in _names(text)


def test_families_from_town_are_still_a_group():
    # (a group from a town is not one household: left as the rules for groups read it)
    assert "Barda" in _names("Families from Barda have reserved the hall for the whole week.")


def test_family_on_its_way_elsewhere_keeps_its_home():
    # (another place named: the family's home is left as it was read before the rule)
    text = "Reporters met one family from Martuni that had slept by the road on its way to Yerevan."
    assert "Khojavend" in _names(text)


def test_family_telling_of_its_journey_keeps_its_home():
    text = "A family from Martuni told us that their drive from Stepanakert to Goris took a whole day."
    assert "Khojavend" in _names(text)
