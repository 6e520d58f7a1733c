"""heldout158: towns that only say who a club's people are or where a thing came from, in a notice: the writer's
own people told by where their kin live ("our secretary has family in X"), glass from "the works in Y", a magazine
"a member brought from Z", a coach station's timetable ("the coach to X leaves at six") and its lost property
("found on the Y coach"). Fire told at the town keeps it."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="1992-01-20")


def test_our_clerk_has_family_in_a_town(gazetteer):
    text = "Our clerk has family in Tartar and says the shop there has had no flour for a week."
    assert "Tartar" not in layers(text, gazetteer)


def test_our_cashier_who_has_relatives_in_a_town(gazetteer):
    text = "Our cashier, who has relatives in Barda, says the roads out of Karabakh are full of people on foot."
    assert "Barda" not in layers(text, gazetteer)


def test_several_of_our_members_have_relatives_in_a_town(gazetteer):
    text = "Several of our members have relatives in Tartar and hear that the roads are crowded with families."
    assert "Tartar" not in layers(text, gazetteer)


def test_kin_town_shelled_stays(gazetteer):
    text = "Our clerk has family in Tartar, which was shelled on Sunday night."
    assert layers(text, gazetteer).get("Tartar") == "shelling"


def test_goods_from_the_works_in_a_town(gazetteer):
    text = "The new tiles have come from the works in Yevlakh and will be laid next week."
    assert "Yevlakh" not in layers(text, gazetteer)


def test_works_in_a_town_hit_stays(gazetteer):
    text = "Rockets hit the works in Yevlakh on Monday."
    assert layers(text, gazetteer).get("Yevlakh") == "shelling"


def test_thing_a_member_brought_from_a_town(gazetteer):
    text = "The spring dress was cut from the catalogue a neighbour brought from Goris."
    assert "Goris" not in layers(text, gazetteer)


def test_wounded_a_driver_brought_from_a_town_stay(gazetteer):
    text = "The wounded a driver brought from Shusha were treated in the ward overnight."
    assert "Shusha" in layers(text, gazetteer)


def test_coach_to_a_town_leaves_at_an_hour(gazetteer):
    text = "From Monday the evening coach to Tartar leaves at a quarter to seven."
    assert "Tartar" not in layers(text, gazetteer)


def test_thing_found_on_a_towns_coach(gazetteer):
    text = "A brown leather glove, found on the Yevlakh coach last week."
    assert "Yevlakh" not in layers(text, gazetteer)


def test_coach_to_a_town_shelled_stays(gazetteer):
    text = "The coach to Tartar was shelled on the bridge outside the town."
    assert layers(text, gazetteer).get("Tartar") == "shelling"
