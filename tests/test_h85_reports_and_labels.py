"""A road report's line saying that a route is open or passable under its weather is no event, while a line telling
something besides or a closure stays news; drivers asked not to go somewhere are asked, nothing happened there; "a
week ago today" is the day counted back, not today; a transcript's speaker label with the speaker's place (and a
greeting from it) only says where the speaker is; a state border service "in" a capital is its seat."""

from tests.helpers import rows


def _places(text, gazetteer, published="2023-01-16"):
    return {p for r in rows(text, gazetteer, published) for p in r["place_name"].split(";")}


def _stated(text, place, gazetteer, published="2023-01-16"):
    found = [r for r in rows(text, gazetteer, published) if place in r["place_name"].split(";")]
    assert found, text
    return found[0]["start_date"] if found[0]["date_certain"] else None


def test_a_route_open_under_its_weather_is_no_event(gazetteer):
    text = ("Vanadzor-Dilijan (M8): open, packed snow on the tunnel approach. "
            "Ijevan-Berd: open. "
            "Sevan-Martuni: the road is passable with care, icy patches after dark.")
    assert not _places(text, gazetteer) & {"Vanadzor", "Dilijan", "Ijevan", "Berd", "Sevan", "Martuni"}


def test_a_route_line_that_tells_something_else_stays_news(gazetteer):
    text = "Ijevan-Berd: open to the border; expect police checks at the exit of Berd."
    assert "Berd" in _places(text, gazetteer)


def test_drivers_asked_not_to_travel_somewhere_is_a_request(gazetteer):
    text = "Drivers are asked not to travel towards Berd until the snow is cleared from the verge."
    assert "Berd" not in _places(text, gazetteer)


def test_a_week_ago_today_is_the_day_counted_back(gazetteer):
    text = "Two weeks ago today, at about nine, protesters blocked the road near Askeran, and it is still shut."
    assert _stated(text, "Askeran", gazetteer, "2023-01-16") == "2023-01-02"


def test_a_year_ago_today_still_names_that_day(gazetteer):
    text = "A year ago today, shells hit Askeran."
    assert _stated(text, "Askeran", gazetteer, "2023-01-16") == "2022-01-16"


def test_a_callers_place_in_the_label_and_greeting_is_no_event(gazetteer):
    text = ("LISTENER (Karen, Berd): Good morning from Berd. "
            "I only want to say that the school in Ijevan was shelled last night.")
    places = _places(text, gazetteer)
    assert "Berd" not in places
    assert "Ijevan" in places


def test_what_the_caller_tells_after_the_label_is_kept(gazetteer):
    text = "LISTENER (Karen, Berd): Shells hit Ijevan at dawn."
    places = _places(text, gazetteer)
    assert "Ijevan" in places and "Berd" not in places


def test_a_border_service_in_the_capital_is_its_seat(gazetteer):
    text = "The State Security Service in Yerevan said a soldier near Berd had been wounded by fire."
    places = _places(text, gazetteer)
    assert "Yerevan" not in places and "Berd" in places


def _layers(text, gazetteer, published="2023-01-16"):
    return {(p, r["layer"]) for r in rows(text, gazetteer, published) for p in r["place_name"].split(";")}


def test_drivers_asked_with_the_cause_told_keep_the_cause(gazetteer):
    # the request's cause is news: the shelling, the checkpoint
    assert ("Chinari", "shelling") in _layers(
        "Drivers are asked not to travel towards Berd: Azerbaijani forces shelled Chinari overnight.", gazetteer)
    assert ("Kornidzor", "shelling") in _layers(
        "Motorists are asked to travel towards Goris only in daylight after drones struck the road near Kornidzor.",
        gazetteer)
    assert "Kornidzor" in _places(
        "Drivers are asked not to travel towards Kornidzor, where Azerbaijan set up a checkpoint.", gazetteer)
    assert "Tegh" in _places(
        "Drivers are asked to avoid Goris because the road near Tegh was shelled overnight.", gazetteer)


def test_drivers_asked_not_to_travel_after_dark_is_still_a_request(gazetteer):
    assert "Berd" not in _places("Drivers are asked not to travel towards Berd after dark.", gazetteer)


def test_a_state_service_struck_in_the_capital_is_the_place_struck(gazetteer):
    assert ("Yerevan", "shelling") in _layers("The security service in Yerevan was hit by a drone.", gazetteer)
    assert ("Baku", "shelling") in _layers("A drone struck the building of the border service in Baku.", gazetteer)
    assert ("Stepanakert", "shelling") in _layers("A blast damaged the migration service in Stepanakert.", gazetteer)
    assert "Yerevan" in _places("Protesters gathered outside the security service in Yerevan, demanding the "
                                "corridor be reopened.", gazetteer)


def test_medical_personnel_on_the_corridor_are_no_posts(gazetteer):
    layers = _layers("Medical personnel deployed along the Lachin corridor treated the wounded.", gazetteer)
    assert ("Lachin corridor", "checkpoints") not in layers
    layers = _layers("Azerbaijan must withdraw all personnel it had deployed on or along the Lachin corridor, the "
                     "court said.", gazetteer)
    assert ("Lachin corridor", "checkpoints") in layers


def test_a_route_line_with_mines_stays_news(gazetteer):
    assert "Davit Bek" in _places("Goris–Kapan: open, wet, mined verges near Davit Bek.", gazetteer)
