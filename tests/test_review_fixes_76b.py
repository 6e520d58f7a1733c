"""Sentences where the back-reference rules misfired ("the town", "the city", "the village" read as the place named
just before): "On Monday a drone struck the village of Zarnovka" and "Korvashen, a town twenty kilometres away, also
lost power" between the named town and "the village" / "the town" (a settlement no gazetteer row reads, named in
between, was passed over), "In Azerbaijan, officials said Armenian drones had struck the city" and "In Russia,
police said a drone had crashed in the city" after an Armenian town (a sentence set in another country), and
"Elsewhere, soldiers entered the town" and "Further south, soldiers fired on the town" (a sentence opening on
another place)."""

from tests.helpers import rows


def _bare(text, gazetteer, published="2021-06-10"):
    """The places of every row read from a bare noun."""
    return [c["place_name"] for c in rows(text, gazetteer, published) if "backref" in c["match"]]


def test_an_unread_village_named_in_between_leaves_the_village_unread(gazetteer):
    text = ("Shells hit Berd on Sunday, the ministry said.\n\n"
            "On Monday a drone struck the village of Zarnovka, residents said.\n\n"
            "On Tuesday soldiers fired on the village, the ministry said.")
    assert _bare(text, gazetteer) == []


def test_an_unread_town_named_in_apposition_in_between_leaves_the_town_unread(gazetteer):
    text = ("Shells hit Berd on Sunday, the ministry said.\n\n"
            "Korvashen, a town twenty kilometres away, also lost power.\n\n"
            "On Tuesday soldiers fired on the town, the ministry said.")
    assert _bare(text, gazetteer) == []


def test_an_unread_city_of_a_name_in_between_leaves_the_city_unread(gazetteer):
    text = ("Shells hit Berd on Sunday.\n\n"
            "On Monday rockets fell on the city of Zorakert.\n\n"
            "Soldiers entered the city on Tuesday.")
    assert _bare(text, gazetteer) == []


def test_a_sentence_set_in_another_country_is_not_the_town_named_before(gazetteer):
    text = ("Shells hit Berd on Sunday, the Armenian ministry said.\n\n"
            "In Azerbaijan, officials said Armenian drones had struck the city overnight.")
    assert _bare(text, gazetteer) == []
    text = ("Shells hit Berd on Sunday, the Armenian ministry said.\n\n"
            "In Russia, police said a drone had crashed in the city.")
    assert _bare(text, gazetteer) == []


def test_elsewhere_and_further_south_are_not_the_town_named_before(gazetteer):
    text = "Shells hit Berd on Sunday.\n\nElsewhere, soldiers entered the town on Monday, the ministry said."
    assert _bare(text, gazetteer) == []
    text = "Shells hit Berd on Sunday.\n\nFurther south, soldiers fired on the town on Monday, the ministry said."
    assert _bare(text, gazetteer) == []


def test_the_town_named_before_is_still_read_where_nothing_intervenes(gazetteer):
    text = "Shells hit Berd on Sunday.\n\nOn Monday soldiers fired on the town, the ministry said."
    assert _bare(text, gazetteer) == ["Berd"]
    text = ("Shells hit Berd on Sunday, the Armenian ministry said.\n\n"
            "Meanwhile, Azerbaijani officials said Armenian troops had shelled the town of Tovuz. "
            "They said soldiers fired on the town for hours.")
    assert _bare(text, gazetteer) == ["Tovuz"]
    text = ("The village of Sos came under fire on Sunday.\n\n"
            "On Monday soldiers fired on the village again, the ministry said.")
    assert _bare(text, gazetteer) == ["Sos"]
