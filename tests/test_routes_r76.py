"""Route towns that only tell who people are or where the narrator set out from: a person named by the route they
drive for a living ("a neighbour, who has driven buses between A and B for twenty years", "members who run vans
between C and D", "drivers who usually run to E") is who the person is, not a scene at the route's towns, unless
the sentence tells harm (the quote's speaker named so, "said X, who drives a lorry between A and B", is left as it
was: the older sets file that witness's road as often as they leave it); and the place the narrator's own journey
started from ("I came back from A and saw ...", "we drove from B to C") is where the writer was, not an event there,
while the journey's end, and a start told as shelled, keep theirs. The older annotated sets leave these towns out
(the drivers "who drive a lorry between" two towns, the reporters who "drove from" or "came back from" a town)."""

from tests.helpers import place_layers


def test_a_person_named_by_the_route_they_drive_gives_no_event(gazetteer):
    text = ("We spoke to Aram Petrosyan, a neighbour of ours, who has driven buses between Sisian and Yerevan for "
            "twenty years, about the new timetable.")
    places = place_layers(text, gazetteer, "2021-10-01")
    assert "Sisian" not in places and "Yerevan" not in places


def test_members_running_vans_between_two_towns_are_who_the_notice_is_for(gazetteer):
    text = "This notice is for members running vans between Ijevan and Dilijan, who report no delays so far."
    places = place_layers(text, gazetteer, "2021-10-01")
    assert "Ijevan" not in places and "Dilijan" not in places


def test_drivers_who_usually_run_to_a_town_do_not_make_it_a_scene(gazetteer):
    text = "The reporter met drivers who usually run to Martakert and now sit in the cafe."
    assert "Martakert" not in place_layers(text, gazetteer, "2020-11-05")


def test_a_driver_on_a_route_who_was_wounded_keeps_its_towns(gazetteer):
    text = "A man who drives a lorry between Goris and Kapan was wounded when his lorry was hit by fire."
    places = place_layers(text, gazetteer, "2021-10-01")
    assert places.get("Goris") == "shelling" and places.get("Kapan") == "shelling"


def test_a_road_that_runs_between_towns_is_not_a_person_s_route(gazetteer):
    text = "The road that runs from Vardenis to Martakert was closed to all traffic on Monday."
    places = place_layers(text, gazetteer, "2020-11-20")
    assert any("Vardenis" in name for name in places)


def test_the_narrator_s_own_start_is_no_event_but_the_scene_stays(gazetteer):
    text = ("On Tuesday I came back from Sisian and saw a long queue of lorries at the exit of Goris, because the "
            "police had closed the road to them.")
    places = place_layers(text, gazetteer, "2021-10-01")
    assert "Sisian" not in places
    assert "Goris" in places


def test_the_team_s_start_goes_but_a_start_told_as_shelled_stays(gazetteer):
    assert "Ijevan" not in place_layers("Our team drove from Ijevan to Berd on Thursday without incident.",
                                        gazetteer, "2021-10-01")
    shelled = place_layers("We came back from Martuni, which was being shelled all night.", gazetteer, "2020-10-20")
    assert shelled and all(layer == "shelling" for layer in shelled.values())


def test_someone_else_back_from_a_town_is_not_the_narrator(gazetteer):
    text = "On Saturday the Karabakh leader posted that he had just come back from Hadrut."
    assert "Hadrut" in place_layers(text, gazetteer, "2020-10-10")
