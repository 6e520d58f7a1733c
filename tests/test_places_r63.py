"""An area's list of places with the day between them, a mountain range named before its noun, and a village
renamed "as" its new name: "took four villages in the X district on 2 October, including A and B" (the villages are
the news; the district only gathers them); "on the Y range" (the range, not the village a variant spelling of its
name reads); "renamed the village of A, in the B district, as C" (C is A's new name, not a place of its own)."""

from tests.helpers import rows


def places(text, gazetteer, published="2020-10-05"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_the_villages_an_area_includes_after_a_day_are_the_places(gazetteer):
    text = ("The ministry said troops took four villages in the Tartar district on 2 October, including "
            "Sugovushan and Talish.")
    found = places(text, gazetteer)
    assert "Talish" in found
    assert "Tartar District" not in found
    text = "Troops took four villages in the Tartar district on Friday, including Sugovushan and Talish."
    assert "Tartar District" not in places(text, gazetteer)


def test_a_range_named_before_its_noun_is_no_village_of_a_like_name(gazetteer):
    assert places("Shepherds grazed their flocks on the Bargushad range in summer.", gazetteer) == set()
    assert places("The pastures lie on the Bargushad ridge above the valley.", gazetteer) == set()


def test_the_name_a_village_was_renamed_as_is_no_place_of_its_own(gazetteer):
    text = "In 1991 the authorities renamed the village of Vang, in the Khojavend district, as Chinarli."
    assert "Chinarli" not in places(text, gazetteer)
