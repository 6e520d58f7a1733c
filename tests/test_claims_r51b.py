"""Who claims: footage a body put out is its account ("the footage, published by the ministry, of ...", "a clip
from the ministry itself shows ..."); "It says that ..." after a sentence naming a ministry's statement is the
ministry's; a relative clause telling what its head counted ("the peacekeepers, who counted ...") is their count."""

from geo.extract.claims import find_attributions
from tests.helpers import claimants


def test_footage_published_by_a_ministry_is_its_account(gazetteer):
    text = ("Shelling resumed on Tuesday. One scene stayed with viewers: the drone footage, published by "
            "Azerbaijan's defence ministry, of a lorry being hit near Sotk.")
    assert claimants(text, gazetteer)["Sotk"] == "Azerbaijani MoD"


def test_footage_set_off_by_commas_is_its_publishers():
    found = find_attributions("Footage, released by Armenia's defence ministry, showed a burning car in Tegh.")
    assert [a.who for a in found] == ["Armenia's defence ministry"]


def test_a_clip_from_the_ministry_itself_is_the_ministrys(gazetteer):
    text = ("Azerbaijan's defence ministry said Armenian units fired first. Armenian media reported shelling too. "
            "Another clip, from the ministry itself, shows a strike on a truck near Sotk.")
    assert claimants(text, gazetteer)["Sotk"] == "Azerbaijani MoD"


def test_pictures_from_a_day_name_no_source():
    assert not find_attributions("Pictures from the start of the month showed police in Tegh.")


def test_it_says_after_a_ministrys_statement_is_the_ministry(gazetteer):
    text = ("Yerevan's papers lead on the fighting. The Armenian sites print the defence ministry's statement in "
            "full. It says that Azerbaijani units fired on positions near Sotk.")
    assert claimants(text, gazetteer)["Sotk"] == "Armenian MoD"


def test_who_counted_is_the_head_of_the_clause(gazetteer):
    text = ("Few expected a war that summer. We remember the quiet of the Russian peacekeepers, who confined "
            "themselves to recording three violations near Sotk.")
    assert claimants(text, gazetteer)["Sotk"] == "Russian peacekeepers"


def test_who_said_they_were_counting_cars_is_no_count():
    assert not find_attributions("Our bus was stopped near Sotk by police, who said they were only counting cars.")[1:]
