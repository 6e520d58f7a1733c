"""Sentences where the r80 rules misfired: a newsroom's man located and the place then told of ("Our reporter is in
Barda, where a rocket struck a bus stop on Wednesday", "Our correspondent is in Aghdam, which the army retook on
Friday", "Our photographer is in Tartar, where two people died overnight", "Our reporter is in Tartar as residents
bury the dead from Sunday's strike", "Our reporter is at the Lachin checkpoint, which has been closed since Monday")
lost the place; and a person named before "the same district" ("His cousin Kamran, of the same district, was
wounded", "A farmer, Ilgar, in the same district was wounded", "A boy named Tural in the same district was hurt")
was kept as a village of that district."""

from tests.helpers import rows


def places(text, gazetteer, published="2020-10-21"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_reporter_s_place_told_of_after_where_or_which_is_kept(gazetteer):
    assert "Barda" in places("Our reporter is in Barda, where a rocket struck a bus stop on Wednesday.", gazetteer)
    assert "Aghdam" in places("Our correspondent is in Aghdam, which the army retook on Friday.", gazetteer)
    assert "Tartar" in places("Our photographer is in Tartar, where two people died overnight.", gazetteer)
    assert "Tartar" in places("Our reporter is in Tartar as residents bury the dead from Sunday's strike.",
                              gazetteer)


def test_a_checkpoint_a_reporter_stands_at_then_told_of_is_kept(gazetteer):
    assert places("Our reporter is at the Lachin checkpoint, which has been closed since Monday.", gazetteer)


def test_a_reporter_only_located_still_names_no_place(gazetteer):
    assert places("A stringer is in Fuzuli and will file tonight.", gazetteer) == set()
    assert places("The duty editor is in Ganja until midnight.", gazetteer) == set()


def test_a_person_named_before_the_same_district_is_no_village(gazetteer):
    first = "A shell hit the Tartar district on Monday, the ministry said.\n"
    assert "Kamran" not in places(first + "His cousin Kamran, of the same district, was wounded.", gazetteer)
    assert "Ilgar" not in places(first + "A farmer, Ilgar, in the same district was wounded.", gazetteer)
    assert "Tural" not in places(first + "A boy named Tural in the same district was hurt.", gazetteer)


def test_a_village_named_before_the_same_district_is_still_kept(gazetteer):
    text = ("The army entered the town of Gubadli on Sunday.\n"
            "On Monday, drones struck Tazakhut in the same district.\n")
    found = {c["place_name"]: c for c in rows(text, gazetteer)}
    assert found["Tazakhut"]["geo_source"] == "approximate"
