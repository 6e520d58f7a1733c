"""Where someone's kin live, told as who they are, is no place of the news."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 5, 10)


def places(text):
    return sorted(p for e in extract_text(text, DAY) for p in e["place"].split(";"))


def test_grandparents_live_in_a_region():
    assert places("Lena's grandparents live in the Askeran region, so the choir sang for them last night.") == []


def test_members_have_parents_in_villages_of_a_region():
    assert places("Three of our singers have parents in the villages of the Martuni region and sent greetings.") == []


def test_relatives_who_lived_in_a_town():
    assert places("Some readers have relatives who lived in Chartar and asked for the old photographs.") == []


def test_kin_home_shelled_stays():
    events = extract_text("Her grandparents live in Chartar, where shells hit two houses on Monday.", DAY)
    assert [e["place"] for e in events] == ["Chartar"]
    assert events[0]["layer"] == "shelling"


def test_kin_evacuated_stays():
    assert "Chartar" in places("Her parents in Chartar were evacuated to Stepanakert on Monday.")


def test_families_in_a_town_stay():
    assert places("Families in Chartar have had no gas for a week, the mayor said.") == ["Chartar"]


def test_families_moved_to_relatives_stay():
    assert places("Many families have moved to relatives in Chartar and Sos since the shelling began.") \
        == ["Chartar", "Sos"]


def test_left_for_relatives_stays():
    assert "Goris" in places("Most people from the village left for relatives in Goris on Monday.")


def test_kin_who_cannot_be_visited_stay():
    assert places("Many of our pupils have grandparents in Sos whom they have not been able to visit since June.") \
        == ["Sos"]
