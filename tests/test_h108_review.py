"""A place counted among the towns under curfew keeps its curfew; 'the watchdog' and 'the rights group' after another
watchdog or group was named are not the rights group named before."""
import datetime

from geo.extract import extract_text

PUBLISHED = datetime.date(2023, 5, 1)


def _events(text):
    return [(e["place"], e["layer"], e["start_date"], e["claimed_by"]) for e in extract_text(text, PUBLISHED)]


def _one(text, place):
    found = [e for e in _events(text) if e[0] == place]
    assert len(found) == 1, _events(text)
    return found[0]


def test_a_town_among_the_towns_under_curfew_keeps_its_curfew():
    assert _one("Ganja is among the towns under curfew since 28 September 2020.", "Ganja")[1] == "checkpoints"
    assert _one("Baku is among the towns under curfew since 28 September 2020.", "Baku")[1] == "checkpoints"


def test_the_districts_under_curfew_still_only_describe_other_places():
    text = ("The decree of 28 September 2020 restricts the movement of vehicles in the districts under curfew, and in "
            "Ganja the traffic thinned.")
    assert _one(text, "Ganja")[1] == "corridors"


def test_the_watchdog_after_a_press_watchdog_is_not_the_rights_group():
    text = ("Human Rights Watch documented abuses. The press watchdog Reporters Without Borders said on 5 October 2020 "
            "that journalists were shelled in Martuni. The watchdog said Askeran was also hit.")
    assert _one(text, "Askeran")[3] != "Human Rights Watch"


def test_the_watchdog_after_the_nuclear_watchdog_is_not_the_rights_group():
    text = ("Amnesty International reported cluster munitions. The nuclear watchdog IAEA said on 6 October 2020 that "
            "the Metsamor plant was safe. The watchdog said shells fell near Askeran.")
    assert _one(text, "Askeran")[3] != "Amnesty International"


def test_the_rights_group_after_another_group_is_not_the_one_before():
    text = ("Human Rights Watch documented abuses in 2020. The Azerbaijani rights group Institute for Peace and "
            "Democracy said on 5 October 2020 that shells hit Tartar. The rights group said Barda was also hit.")
    assert _one(text, "Barda")[3] != "Human Rights Watch"


def test_the_watchdog_with_no_rights_group_before_is_the_one_that_spoke():
    text = ("Reporters Without Borders said on 5 October 2020 that journalists were shelled in Martuni. The watchdog "
            "said Askeran was also hit.")
    assert _one(text, "Askeran")[3] != "watchdog"


def test_the_watchdog_still_reads_back_to_the_rights_group():
    text = ("Human Rights Watch said on 5 October 2020 that shells hit Martuni. The watchdog said Askeran was also "
            "hit.")
    assert _one(text, "Askeran")[3] == "Human Rights Watch"
    text = ("Human Rights Watch documented abuses. The rights watchdog Human Rights Watch said on 5 October 2020 that "
            "shells hit Martuni. The watchdog said Askeran was also hit.")
    assert _one(text, "Askeran")[3] == "Human Rights Watch"


def test_people_not_armed_entering_after_fire_are_no_shelling():
    assert _one("After days of shelling, the refugees entered Goris on 30 October 2020.", "Goris")[1] == "other"
    assert _one("After a heavy artillery bombardment, Armenian units entered Maragha on 10 April 1992.",
                "Maragha")[1] == "shelling"


def test_she_finds_the_woman_who_spoke_before_another_in_her_sentence():
    text = ("Gurgen Hakobyan said on 3 October 2020 that shells hit Askeran. Ms Anna Petrosyan said Martuni was hit, and "
            "Mr Lee denied it. She added that Hadrut was shelled.")
    assert _one(text, "Hadrut")[3] == "Ms Anna Petrosyan"
    text = ("Sir Robert Walker said on 3 October 2020 that shells hit Askeran. Mrs Anna Petrosyan said Martuni was hit. "
            "He added that Hadrut was shelled.")
    assert _one(text, "Hadrut")[3] == "Sir Robert Walker"


def test_a_capital_among_the_places_under_control_is_still_its_government():
    text = "Baku remains among the places under government control, officials said on 3 October 2020."
    assert not [e for e in _events(text) if e[0] == "Baku"]
    assert _one("Baku is among the towns under curfew since 28 September 2020.", "Baku")[1] == "checkpoints"


def test_an_army_s_vehicles_moving_are_no_traffic():
    text = "The Defence Ministry reported the movement of vehicles and troops near Lachin on 3 October 2020."
    assert _one(text, "Lachin")[1] != "corridors"
    text = "On 2 November 2020 the movement of civilian vehicles on the Lachin corridor was restricted by peacekeepers."
    assert _one(text, "Lachin")[1] == "corridors"
