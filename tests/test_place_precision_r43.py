"""Places a sentence names only as words or as where people are: a town's other spelling or name, a town told by the
name one side gives its district, people we tried to reach or visitors who come from a town, and the writer's advice to
readers ("Do not ...") and the questions its readers ask. The news in sentences like them is still found."""

from tests.helpers import place_layers, rows


def test_a_town_written_another_way_is_no_event(gazetteer):
    assert rows("Martuni is written Khojavend in official Azerbaijani maps.", gazetteer) == []


def test_a_town_called_another_name_by_one_side_is_no_event(gazetteer):
    assert rows("Kalbajar is called Karvachar by most Armenians.", gazetteer) == []


def test_a_town_told_by_the_district_one_side_names_is_no_event(gazetteer):
    assert rows("Martuni is a town of what Baku calls the Khojavend district.", gazetteer) == []


def test_a_town_an_adjective_describes_by_its_old_name_is_no_event(gazetteer):
    assert rows("Askeran is the little town that Armenians knew as the gate of the valley.", gazetteer) == []


def test_a_town_shelled_is_still_news_in_a_sentence_of_names(gazetteer):
    found = place_layers("Askeran, which Baku calls Asgaran, was shelled on Monday night, the ministry said.",
                         gazetteer)
    assert "Askeran" in found, found


def test_people_we_tried_to_reach_in_two_towns_are_no_event(gazetteer):
    assert rows("We tried to call journalists in Goris and in Kapan.", gazetteer) == []


def test_a_colleague_in_a_town_who_told_us_is_no_event_there(gazetteer):
    found = place_layers("A colleague in Yerevan told us that journalists were not allowed near Martuni.", gazetteer)
    assert "Yerevan" not in found, found


def test_people_from_a_town_are_no_event(gazetteer):
    assert rows("Historians from Yerevan have studied the old church records for years.", gazetteer) == []


def test_a_reader_from_a_town_is_no_event(gazetteer):
    assert rows("A reader from Sisian remembered the old names of the villages.", gazetteer) == []


def test_reporters_told_in_a_town_are_still_where_it_was_said(gazetteer):
    found = place_layers("The minister told reporters in Yerevan on Tuesday that the talks would go on.", gazetteer)
    assert "Yerevan" in found, found


def test_people_in_a_shelled_town_keep_the_shelling(gazetteer):
    found = place_layers("Students in Tegh were wounded when shells hit the village on Friday, police said.",
                         gazetteer)
    assert "Tegh" in found, found


def test_advice_to_readers_is_no_event(gazetteer):
    assert rows("Do not book freight for Goris or Kapan until the road is declared safe.", gazetteer) == []


def test_readers_asking_about_a_trip_is_no_event(gazetteer):
    assert rows("Readers keep writing to ask whether they can drive from Yerevan to Jermuk this winter.",
                gazetteer) == []


def test_members_asking_what_became_of_a_site_since_the_fighting_is_no_event(gazetteer):
    assert rows("Many members have asked what has become of the church in Hadrut since the fighting of 2020.",
                gazetteer) == []


def test_shelling_told_before_a_readers_question_is_still_news(gazetteer):
    found = place_layers("Shells hit Tegh on Monday, and readers ask whether the school will reopen.", gazetteer)
    assert "Tegh" in found, found


def test_a_local_who_speaks_of_her_own_village_keeps_it(gazetteer):
    found = place_layers("A nurse in Kut said villagers had watched the smoke rise all afternoon.", gazetteer)
    assert "Kut" in found, found


def test_volunteers_from_a_town_fighting_elsewhere_give_no_event_there(gazetteer):
    found = place_layers("Volunteers from Vardenis helped put out the fire near Sotk, police said.", gazetteer)
    assert "Vardenis" not in found and "Sotk" in found, found


def test_a_reader_asking_why_a_bus_runs_rarely_still_tells_the_route(gazetteer):
    found = place_layers("A reader asked why the bus from Goris to Kapan runs only once a day.", gazetteer)
    assert "Goris" in str(found) and "Kapan" in str(found), found


def test_callers_asking_about_a_railway_give_no_event(gazetteer):
    assert rows("Three callers asked about the railway that crosses the Tovuz district.", gazetteer) == []


def test_a_readers_question_under_its_label_is_no_event(gazetteer):
    assert rows('Reader question of the week: "Can I drive to Jermuk in January?"', gazetteer) == []


def test_the_writers_next_piece_is_no_event(gazetteer):
    assert rows("I will write next from Dilijan.", gazetteer) == []
    assert rows("The next page will cover the Tartar district villages along the front.", gazetteer) == []


def test_archaeologists_travelling_from_a_town_keep_the_route(gazetteer):
    found = place_layers("Archaeologists from Goris to Tegh travelled by bus on Monday.", gazetteer)
    assert "Goris" in str(found), found
