"""Towns given as examples of districts ("such as", "among them") stay towns; a capital listed among the towns a
plural noun names is a town; a line of keywords is no story; the town that denied reports came from is no event;
"the same report" after an outlet quoted someone is the outlet's."""

from geo.article import is_furniture
from tests.helpers import claimants, rows

DAY = "2021-03-15"


def _places(text, gazetteer):
    return {r["place_name"] for r in rows(text, gazetteer, DAY)}


def test_a_town_given_as_an_example_of_districts_with_such_as_stays_the_town(gazetteer):
    text = "Shells fell on the districts nearest the line, such as Fuzuli, for most of the week."
    places = _places(text, gazetteer)
    assert "Fuzuli" in places and "Fuzuli District" not in places


def test_a_town_among_them_in_a_list_of_districts_stays_the_town(gazetteer):
    text = "Ceremonies were held in the southern districts, among them Beylagan and Imishli, on Sunday."
    places = _places(text, gazetteer)
    assert "Beylagan" in places and "Beylagan District" not in places


def test_districts_including_a_town_are_still_the_districts(gazetteer):
    text = "Deminers worked across the returned districts, including Zangilan and Gubadli, in May."
    places = _places(text, gazetteer)
    assert "Zangilan District" in places and "Zangilan" not in places


def test_a_capital_among_the_cities_a_curfew_names_is_a_city(gazetteer):
    text = "A curfew was imposed on four cities, Yerevan, Gyumri, Vanadzor and Goris, from Monday."
    assert {"Yerevan", "Gyumri", "Goris"} <= _places(text, gazetteer)


def test_a_capital_as_a_government_is_still_no_place(gazetteer):
    text = "The two sides traded accusations, and Yerevan said the talks had stalled over Goris."
    assert "Yerevan" not in _places(text, gazetteer)


def test_a_keywords_line_is_furniture():
    assert is_furniture("Keywords: displacement; roads; Syunik; Goris; winter")
    assert is_furniture("Tags: Goris, Kapan, border")


def test_a_sentence_about_keywords_is_no_furniture():
    assert not is_furniture("The keywords of the report were shelling and Goris, the author said.")


def test_the_town_denied_reports_came_from_is_no_event(gazetteer):
    text = "The ministry spokesman rejected the reports from Stepanakert, calling them a fabrication."
    assert "Stepanakert" not in _places(text, gazetteer)


def test_reports_of_fire_at_a_place_denied_keep_the_place(gazetteer):
    text = "The ministry spokesman denied reports of shelling in Goris on Monday."
    assert "Goris" in _places(text, gazetteer)


def test_the_same_report_after_an_outlet_quoted_an_officer_is_the_outlets(gazetteer):
    text = ("Readers will have seen last week's Channel 4 report from the Sarsang reservoir. Channel 4 quoted "
            "Colonel Armen Petrosyan of the Armenian army as saying that the pumps were old. According to the same "
            "report, the Sarsang reservoir was shelled on 3 March.")
    assert claimants(text, gazetteer, DAY).get("Sarsang Reservoir") == "Channel 4"


def test_a_town_s_mayor_telling_of_the_town_keeps_the_town(gazetteer):
    text = "Kajaran's deputy mayor, Arsen Movsisyan, has told Reuters that most of the town's families have left."
    assert "Kajaran" in _places(text, gazetteer)


def test_a_town_s_mayor_telling_of_something_else_is_only_a_post(gazetteer):
    text = "Kajaran's deputy mayor, Arsen Movsisyan, has told Reuters that the talks would resume on Monday."
    assert "Kajaran" not in _places(text, gazetteer)
