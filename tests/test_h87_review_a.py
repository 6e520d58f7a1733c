"""Where the rules for heldout87's dates, tellers and places stop: a weeks-ago clause after a comma that opens a
new clause, an outlet quoted by residents, a numbered post, a post's holder telling of another town, a keywords
label with a story run on after it, two cities as the subject that speaks."""

from geo.article import is_furniture
from tests.helpers import rows

DAY = "2020-10-20"                        # a Tuesday


def _found(text, gazetteer):
    return {(r["place_name"], r["layer"]) for r in rows(text, gazetteer, DAY)}


def _dates(text, gazetteer):
    return {r["place_name"]: r["start_date"] for r in rows(text, gazetteer, DAY)}


def test_weeks_ago_opening_a_new_clause_leaves_the_weekday_alone(gazetteer):
    text = "Shells hit Tartar on Monday, two weeks ago they hit Barda."
    assert _dates(text, gazetteer).get("Tartar") == "2020-10-19"


def test_a_weekday_a_week_ago_and_friday_three_weeks_ago(gazetteer):
    assert _dates("Shells hit Tartar on Monday a week ago.", gazetteer).get("Tartar") == "2020-10-12"
    assert _dates("Shells hit Tartar on Friday three weeks ago.", gazetteer).get("Tartar") == "2020-09-25"
    assert _dates("Rockets hit Barda on Sunday, a fortnight ago, officials said.", gazetteer).get("Barda") \
        == "2020-10-04"


def test_the_same_report_after_residents_quoted_by_an_outlet_is_no_residents_report(gazetteer):
    text = ("Residents quoted by Euronews said rockets hit Barda. According to the same report, shells hit Tartar "
            "on Monday.")
    found = {r["place_name"]: r["claimed_by"] for r in rows(text, gazetteer, DAY)}
    assert found.get("Tartar") != "Residents"


def test_reports_from_a_numbered_post_are_no_outlet(gazetteer):
    text = "Reports from Post 5 said shells hit Tartar on Monday."
    found = {r["place_name"]: r["claimed_by"] for r in rows(text, gazetteer, DAY)}
    assert found.get("Tartar") != "Post 5"


def test_reports_from_a_channel_are_still_the_channel(gazetteer):
    text = "Reports from France 24 said shells hit Tartar on Monday."
    found = {r["place_name"]: r["claimed_by"] for r in rows(text, gazetteer, DAY)}
    assert found.get("Tartar") == "France 24"


def test_a_mayor_telling_of_another_town_keeps_his_own_town_out(gazetteer):
    assert "Barda" not in {p for p, _ in _found(
        "Barda's mayor said rockets hit Tartar and the town's hospital was full.", gazetteer)}
    assert "Ganja" not in {p for p, _ in _found(
        "Ganja's mayor told reporters that shells hit Tartar, not the city.", gazetteer)}


def test_a_mayor_telling_of_his_own_town_still_keeps_it(gazetteer):
    text = "Tartar's deputy mayor told Euronews that the town's residents had fled the shelling."
    assert "Tartar" in {p for p, _ in _found(text, gazetteer)}


def test_a_keywords_label_with_a_story_run_on_is_no_furniture():
    assert not is_furniture("Tags: curfew, Tartar. Shells hit Barda on Monday and rockets fell on Tartar.")
    assert is_furniture("Keywords: curfew; martial law; Tartar; Barda")


def test_two_cities_that_speak_are_their_governments(gazetteer):
    text = "Two cities, Baku and Yerevan, accused each other of shelling Tartar."
    assert "Baku" not in {p for p, _ in _found(text, gazetteer)}


def test_a_capital_in_six_cities_under_a_curfew_is_still_a_town(gazetteer):
    text = "A curfew was imposed in six cities, Baku, Ganja and Barda, on Monday."
    assert "Baku" in {p for p, _ in _found(text, gazetteer)}
