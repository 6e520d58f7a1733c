"""Villages the gazetteer lacks, placed by the district a sentence gives them in two shapes news and monitoring
logs use: a row head naming the villages and then the district as its seat town before a colon ("A and B,
Gadabay: positions fired at"), and the district written in the plural before the villages it owns ("the Tovuz
villages of A, B and C", "Tovuz villages including A and B")."""

from tests.helpers import rows


def places(text, gazetteer):
    return {c["place_name"] for c in rows(text, gazetteer)}


def test_a_row_head_places_its_villages_in_the_seat_towns_district(gazetteer):
    text = "Hajalli and Aghbulaq, Tovuz: border posts were hit by sniper fire, the ministry said."
    found = places(text, gazetteer)
    assert {"Hajalli", "Aghbulaq"} <= found
    assert "Tovuz" not in found


def test_a_row_head_with_one_village_and_a_seat_named_otherwise_in_the_gazetteer(gazetteer):
    text = "Kohnagishlag, Aghstafa: an army post came under machine-gun fire overnight."
    assert places(text, gazetteer) == {"Kohnagishlag"}


def test_a_row_head_of_three_villages_keeps_all_three(gazetteer):
    text = "Galakand, Zamanli and Daryurd, Gadabay: positions shelled for two hours, the army said."
    assert {"Zamanli", "Daryurd"} <= places(text, gazetteer)
    assert "Gadabay" not in places(text, gazetteer)


def test_a_person_before_a_town_is_no_village(gazetteer):
    text = "Elvin Mammadov, Tovuz: I heard the shooting all night."
    assert not any("Mammadov" in p or "Elvin" in p for p in places(text, gazetteer))


def test_the_plural_district_before_its_villages_places_them(gazetteer):
    text = "Mortar fire hit the Tovuz villages of Kokhanabi and Garalar late on Sunday, the ministry said."
    found = places(text, gazetteer)
    assert {"Kokhanabi", "Garalar"} <= found
    assert "Tovuz" not in found


def test_a_known_name_in_the_list_is_read_as_the_districts_namesake(gazetteer):
    text = "Troops fired on posts near Tovuz villages including Aghdam and Gosha, the defence ministry said."
    found = places(text, gazetteer)
    assert "Agdam (Tovuz)" in found and "Aghdam" not in found
    assert "Gosha" in found


def test_the_plural_district_alone_stays_the_place(gazetteer):
    text = "Several Tovuz villages came under fire overnight, the ministry said."
    assert places(text, gazetteer) == {"Tovuz"}


def test_a_seat_town_locates_a_pair_of_villages_beside_a_district_named_in_full(gazetteer):
    text = ("Posts near Yellija and Keshdak in Kalbajar, and near Tezekend in the Dashkasan district, "
            "were fired at on Thursday.")
    found = places(text, gazetteer)
    assert {"Yellija", "Keshdak"} <= found
    assert "Kalbajar" not in found


def test_a_seat_town_locates_a_pair_of_villages_alone(gazetteer):
    text = "Sniper fire hit positions near Garavallar and Zamanli in Gadabay overnight, the ministry said."
    found = places(text, gazetteer)
    assert {"Garavallar", "Zamanli"} <= found
    assert "Gadabay" not in found


def test_villages_listed_before_and_other_villages_of_a_district_are_kept(gazetteer):
    text = "The army said its posts near Garalar, Kokhanabi and other villages of the Tovuz district were hit."
    assert {"Garalar", "Kokhanabi"} <= places(text, gazetteer)
