"""Wordings near the rules of the false-places round (a club's event called off or announced), heldout180 (an adverb
after the auxiliary of fire) and heldout183 ("the night before" inside a clause) that those rules must not reach, and
the cases they keep: official or political business put off is no club's event, a night or an event that is not the
subject of "will be held" is no notice, and "before and during" counts back no day. The sentences are written for
these tests."""
import datetime as dt

import pytest

from geo.extract import extract_text

DAY = dt.date(2022, 5, 7)


def _events(text, day=DAY):
    return {e["place"]: e for e in extract_text(text, day)}


# official or political business called off is kept; a club's event called off is not

@pytest.mark.parametrize("text,name", [
    pytest.param("The meeting of the foreign ministers in Moscow, planned for Friday, has been postponed.", "Moscow",
                 id="ministers_meeting_postponed"),
    pytest.param("The meeting of the delimitation commissions in Moscow, planned for Friday, has been postponed.",
                 "Moscow", id="commissions_meeting_postponed"),
    pytest.param("The night patrols along the border near Tegh have been cancelled, the ministry said.", "Tegh",
                 id="night_patrols_cancelled"),
    pytest.param("Protest meetings in Yerevan have been cancelled after the arrests.", "Yerevan",
                 id="protest_meetings_cancelled"),
    pytest.param("Two days of talks in Brussels, planned for next week, were cancelled.", "Brussels",
                 id="days_of_talks_cancelled"),
    pytest.param("Our chess tournament planned for May in Goris has been cancelled after the town was shelled.",
                 "Goris", id="club_event_called_off_because_of_shelling_there"),
    pytest.param("The memorial walk in Shusha, planned for 8 May, has been called off as fighting continues around "
                 "the town.", "Shusha", id="walk_called_off_as_fighting_goes_on"),
])
def test_business_or_fire_put_off_keeps_its_place(text, name):
    assert name in _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Our ski race on the slopes above Jermuk, planned for February, will not take place.", id="ski_race"),
    pytest.param("Our mountain walk above Tatev, planned for Sunday, is called off.", id="mountain_walk"),
])
def test_a_club_event_called_off_is_still_no_place(text):
    assert _events(text) == {}


# a notice only when the club's gathering is the subject of "will be held"

@pytest.mark.parametrize("text,name", [
    pytest.param("Families in Sotk spent two nights in the school gym before the move to Vardenis, which will take "
                 "place tomorrow.", "Sotk", id="nights_spent_are_no_gathering"),
    pytest.param("In the coming nights the power cuts in Stepanakert will take place from ten in the evening.",
                 "Stepanakert", id="coming_nights_power_cuts"),
    pytest.param("Over the next nights, gas cuts in Stepanakert will take place every four hours, the utility said.",
                 "Stepanakert", id="next_nights_gas_cuts"),
    pytest.param("Since the events in Sotk, new elections will be held in Vardenis in June.", "Vardenis",
                 id="events_before_elections"),
    pytest.param("The competition for the reconstruction of Shusha will be held in Baku, the ministry said.", "Baku",
                 id="competition_for_rebuilding_a_town"),
    pytest.param("Memorial events for the victims of Khojaly will be held in Baku on Saturday.", "Baku",
                 id="events_for_victims_of_a_town"),
    pytest.param("A funeral will be held in Stepanakert on Sunday for the three soldiers.", "Stepanakert",
                 id="a_funeral_is_no_club_gathering"),
])
def test_no_club_gathering_as_subject_keeps_its_place(text, name):
    assert name in _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Our tournament will be held in Goris on Sunday.", id="tournament_will_be_held"),
    pytest.param("The winter meeting of members will be held in the library in Dilijan on Saturday.",
                 id="meeting_of_members"),
    pytest.param("The spring competition in mental arithmetic, planned for March, will be held in Ijevan in April "
                 "instead.", id="competition_in_a_subject_planned"),
])
def test_a_club_gathering_to_be_held_is_still_a_notice(text):
    assert _events(text) == {}


# an adverb after the auxiliary: fire still needed

@pytest.mark.parametrize("text", [
    pytest.param("Officials said Baghanis had also been quiet since the ceasefire.", id="also_quiet"),
    pytest.param("Baghanis had also been visited by the prime minister in March.", id="also_visited"),
    pytest.param("Baghanis had all been evacuated by the evening.", id="all_evacuated"),
    pytest.param("Baghanis had then been handed over to the peacekeepers.", id="then_handed_over"),
])
def test_an_adverb_without_fire_gives_no_small_village(text):
    assert "Baghanis" not in _events(text)


def test_an_adverb_with_fire_keeps_the_small_village():
    assert "Baghanis" in _events("The mayor said Baghanis had also been shelled on Tuesday night.")


# "the night before" joined by "and" to another preposition is before that event, not a day back

@pytest.mark.parametrize("text", [
    pytest.param("On 5 May the ministry said Azerbaijani units had shelled Tegh the night before and during the "
                 "vote.", id="before_and_during"),
    pytest.param("On 5 May the ministry said Azerbaijani units had shelled Tegh the day before and after the talks.",
                 id="before_and_after"),
    pytest.param("On 5 May the ministry said the shelling of Tegh on the night before and on the day of the talks "
                 "was deliberate.", id="before_and_on_the_day_of"),
    pytest.param("On 5 May the ministry said Azerbaijani units had shelled Tegh the night before the vote in "
                 "Yerevan.", id="before_an_event_with_a_place"),
])
def test_night_before_another_event_is_not_counted_back(text):
    assert str(_events(text, dt.date(2022, 5, 5))["Tegh"]["start_date"]) == "2022-05-05"


@pytest.mark.parametrize("text", [
    pytest.param("On 5 May the ministry said Azerbaijani units had shelled Tegh the night before and wounded a "
                 "shepherd.", id="and_a_second_verb"),
    pytest.param("On 5 May the ministry said Azerbaijani units had shelled Tegh the night before from positions near "
                 "Sotk.", id="from_positions"),
    pytest.param("On 5 May the ministry said Azerbaijani units had shelled Tegh the night before but that Sotk was "
                 "quiet.", id="but_a_clause"),
])
def test_night_before_in_a_clause_still_counts_back(text):
    assert str(_events(text, dt.date(2022, 5, 5))["Tegh"]["start_date"]) == "2022-05-04"
