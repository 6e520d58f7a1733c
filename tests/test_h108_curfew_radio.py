"""Traffic restricted in a place, 'the radio' and 'the rights group' read back, a year carried to a finding's day, a
he/she that a title rules out, people who escaped, a capital among the towns under a rule, an entry by 'invaded'."""
import datetime

from geo.extract import extract_text

PUBLISHED = datetime.date(2019, 5, 6)


def _events(text, published=PUBLISHED):
    return [(e["place"], e["layer"], e["start_date"], e["claimed_by"]) for e in extract_text(text, published)]


def _one(text, place, published=PUBLISHED):
    found = [e for e in _events(text, published) if e[0] == place]
    assert found, _events(text, published)
    return found[-1]


def test_movement_of_vehicles_restricted_is_corridors():
    assert _one("The order also restricts the movement of vehicles in Barda, so parcels will be late.", "Barda")[1] \
        == "corridors"


def test_districts_under_curfew_only_describe_other_places():
    text = ("The same order restricts the movement of vehicles in the districts under curfew, and in Barda the "
            "traffic on the main street has thinned.")
    assert _one(text, "Barda")[1] == "corridors"


def test_a_curfew_in_a_named_town_stays_checkpoints():
    assert _one("A curfew from nine in the evening was declared in Barda.", "Barda")[1] == "checkpoints"


def test_the_radio_is_the_radio_named_before():
    text = ("Our treasurer, Karen Petrosyan, heard the bulletin that Radio Van aired at noon. According to the radio, "
            "troops shelled Askeran on 3 May 1993.")
    assert _one(text, "Askeran")[3] == "Radio Van"


def test_by_radio_is_still_the_means():
    text = "Karen Petrosyan said by radio that troops shelled Askeran on 3 May 1993."
    assert _one(text, "Askeran")[3] != "radio"


def test_year_of_a_finding_carries_to_its_day():
    text = ("Amnesty International found in 1993 that the post near Askeran could not hold back the attack on the "
            "village on 3 May.")
    assert _one(text, "Askeran")[2] == "1993-05-03"


def test_year_of_a_finding_stops_at_a_semicolon():
    text = "Amnesty International found in 1993 that the attack had been planned; on 3 May troops shelled Khramort."
    assert _one(text, "Khramort")[2] != "1993-05-03"


def test_the_rights_group_is_the_one_named_before():
    text = ("Amnesty International wrote about the attack. According to the rights group, most of the people of "
            "Askeran fled.")
    assert _one(text, "Askeran")[3] == "Amnesty International"


def test_he_passes_over_a_woman_named_by_her_title():
    text = ("Gurgen Hakobyan wrote that the road near Martuni was shut. Lady Anne Morris reported that troops burned "
            "most of Askeran. He added that many families resettled in Khramort.")
    assert _one(text, "Khramort")[3] == "Gurgen Hakobyan"


def test_she_passes_over_a_man_named_by_his_title():
    text = ("Lady Anne Morris wrote that troops burned most of Askeran. Mr Gurgen Hakobyan said the road near Martuni "
            "was shut. She added that many families resettled in Khramort.")
    assert "Morris" in _one(text, "Khramort")[3]


def test_he_after_a_man_with_no_title_is_unchanged():
    text = ("Lady Anne Morris wrote that troops burned most of Askeran. Gurgen Hakobyan said the road near Martuni "
            "was shut. He added that many families resettled in Khramort.")
    assert "Hakobyan" in _one(text, "Khramort")[3]


def test_people_who_escaped_from_a_village_fled_it():
    assert _one("Many of the villagers managed to escape from Askeran before the troops came in.", "Askeran")[1] \
        == "other"


def test_capital_among_the_towns_of_a_rule():
    assert _one("Yerevan is one of the cities where nobody may be on the streets at night without a permit.",
                "Yerevan")[1] == "checkpoints"


def test_capital_among_capitals_is_still_the_government():
    assert not [e for e in _events("Yerevan is one of the capitals that back the plan.") if e[0] == "Yerevan"]


def test_invaded_after_shelling_is_shelling():
    text = "On 3 May 1993 armed units invaded Askeran after intensive artillery shelling."
    assert _one(text, "Askeran")[1] == "shelling"


def test_invaded_without_fire_is_no_shelling():
    assert _one("On 3 May 1993 armed units invaded Askeran.", "Askeran")[1] == "other"
