"""Police or troops posted on a town's streets and the roads into it hold the town as a post does (checkpoints), not
a road; flowers brought to a ruin are a commemoration, no route (as flowers carried already were); people who left a
town in numbers fled it, so the town is kept with a humanitarian cue rather than dropped as a bare mention."""

from functools import partial

from tests.helpers import place_layers, rows

layers = partial(place_layers, published="2020-11-05")


def test_police_posted_on_streets_and_roads(gazetteer):
    text = ("On the ministry's orders, riot police and soldiers of the National Guard came to Yevlakh from the capital "
            "and were posted on the town's streets and on the roads around it to keep order.")
    assert layers(text, gazetteer).get("Yevlakh") == "checkpoints"


def test_police_arriving_without_posts_is_no_checkpoint(gazetteer):
    text = "Police officers arrived in Yevlakh on Tuesday to question the shopkeepers about the theft."
    assert layers(text, gazetteer).get("Yevlakh") != "checkpoints"


def test_flowers_brought_to_ruins_are_not_a_route(gazetteer):
    text = "Residents from every part of Mingachevir have been bringing flowers to the damaged houses since Sunday."
    assert layers(text, gazetteer).get("Mingachevir") == "other"


def test_goods_brought_to_a_town_stay_a_route(gazetteer):
    text = "Volunteers were bringing flour and blankets to Mingachevir from the capital all week."
    assert layers(text, gazetteer).get("Mingachevir") == "corridors"


def test_people_who_left_a_town_keep_it(gazetteer):
    text = ("The clinic's report describes how the district emptied. Hundreds of families left Naftalan in those "
            "days; many of them stayed with relatives further east.")
    found = [c for c in rows(text, gazetteer, "2020-11-05") if c["place_name"] == "Naftalan"]
    assert found and found[-1]["kind"] == "humanitarian"


def test_people_leaving_their_cars_is_no_flight(gazetteer):
    text = "The residents left their cars in the main square of Naftalan and walked to the concert."
    assert all(c["kind"] != "humanitarian" for c in rows(text, gazetteer, "2020-11-05")
               if c["place_name"] == "Naftalan")
