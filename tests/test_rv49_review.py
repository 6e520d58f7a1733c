"""Sentences worded unlike the sets the newest rules came from: where those rules must fire, and the near sentences
where they must not (a real event, a claim, a date that must stay)."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2024, 5, 15)


def _rows(text, gazetteer, day=DAY):
    return extract_text(text, day, gazetteer, source="test")


def _layers(text, gazetteer, day=DAY):
    return {e["place"]: e["layer"] for e in _rows(text, gazetteer, day)}


def _places(text, gazetteer, day=DAY):
    return {e["place"] for e in _rows(text, gazetteer, day)}


# a mine people work in is no landmine

def test_members_working_at_the_mine_is_no_shelling(gazetteer):
    assert _layers("Several members work at the mine at Zod.", gazetteer).get("Zod") != "shelling"


def test_a_husband_who_worked_in_the_mine_is_no_shelling(gazetteer):
    assert _layers("Her husband worked in the mine at Kashen for twenty years.", gazetteer).get("Kashen") != "shelling"


def test_jobs_at_the_mine_is_no_shelling(gazetteer):
    assert _layers("Many villagers have jobs at the mine in Kajaran.", gazetteer).get("Kajaran") != "shelling"


def test_a_landmine_that_a_mine_worker_stepped_on_stays(gazetteer):
    assert "Zod" in _places("A man who worked at the mine stepped on a landmine near Zod on Monday.", gazetteer)


def test_a_miner_on_a_mine_stays(gazetteer):
    assert "Zod" in _places("A miner stepped on a mine near Zod on Monday.", gazetteer)


# a day or a time said before the speaker is no part of the speaker's name

def _claimant(text, gazetteer, place):
    return next(e["claimed_by"] for e in _rows(text, gazetteer) if e["place"] == place)


def test_tonight_before_the_speaker(gazetteer):
    assert _claimant("Tonight Gurgen Sahakyan said Martuni had been shelled.", gazetteer, "Martuni") == "Gurgen Sahakyan"


def test_overnight_before_the_speaker(gazetteer):
    assert _claimant("Overnight Gurgen Sahakyan said Martuni had been shelled.", gazetteer,
                     "Martuni") == "Gurgen Sahakyan"


def test_this_afternoon_before_the_speaker(gazetteer):
    assert _claimant("This afternoon Gurgen Sahakyan said Martuni had been shelled.", gazetteer,
                     "Martuni") == "Gurgen Sahakyan"


def test_days_later_before_the_speaker(gazetteer):
    assert _claimant("Days later Gurgen Sahakyan said Martuni had been shelled.", gazetteer,
                     "Martuni") == "Gurgen Sahakyan"


def test_yesterday_before_the_speaker(gazetteer):
    assert _claimant("Yesterday Gurgen Sahakyan said Martuni had been shelled.", gazetteer,
                     "Martuni") == "Gurgen Sahakyan"


def test_a_body_after_the_time_keeps_its_name(gazetteer):
    assert _claimant("Tonight the Armenian defence ministry said Martuni had been shelled.", gazetteer,
                     "Martuni") == "Armenian MoD"


# a private person's home, work or origin, and the harm, return or move that stays news

def test_grandparents_who_perished_there_stay(gazetteer):
    assert "Martuni" in _places("Aram, whose grandparents perished in Martuni, sang for us.", gazetteer)


def test_a_father_who_disappeared_there_stays(gazetteer):
    rows = _rows("Aram, whose father disappeared near Martuni in 1992, sang for us.", gazetteer)
    assert [(e["place"], e["start_date"][:4]) for e in rows] == [("Martuni", "1992")]


def test_parents_who_resettled_there_stay(gazetteer):
    assert "Zabukh" in _places("Aram, whose parents resettled in Zabukh last month, sang for us.", gazetteer)


def test_a_grandfather_who_farmed_outside_a_town_is_no_event(gazetteer):
    assert _places("Aram, whose grandfather farmed outside Martuni, sang for us.", gazetteer) == set()


def test_a_move_told_with_its_time_stays(gazetteer):
    rows = _rows("A former pupil who relocated to Zabukh last month opened a shop there.", gazetteer)
    assert [(e["place"], e["start_date"][:7]) for e in rows] == [("Zabukh", "2024-04")]


def test_a_neighbour_who_settled_in_a_town_is_no_event(gazetteer):
    assert _places("Our old neighbour who has since settled in Ganja sends us jam every winter.", gazetteer) == set()


def test_years_in_a_hotel_told_without_a_count(gazetteer):
    assert _places("Refugees who lived for years in a hotel in Baku were moved to Zabukh on Monday.",
                   gazetteer) == {"Zabukh"}


def test_a_hotel_hit_where_a_family_lived_for_years_stays(gazetteer):
    assert _layers("The family lived for two years in a hotel in Barda that was hit by a missile on Monday.",
                   gazetteer) == {"Barda": "shelling"}


def test_returned_families_from_a_village_of_a_district_stay(gazetteer):
    assert _places("The 40 families who returned on Monday are from a village of the Lachin district.",
                   gazetteer) == {"Lachin"}


def test_the_wounded_from_a_village_of_a_district_stay(gazetteer):
    assert "Martuni" in _places("The soldier who was wounded is from a village in the Martuni district.", gazetteer)


def test_fire_from_a_village_of_a_district_stays(gazetteer):
    assert "Aghdam" in _places("The fire was from a village in the Aghdam district, the ministry said.", gazetteer)


def test_a_grandmother_from_a_village_of_a_district_is_no_event(gazetteer):
    assert _places("My grandmother is from a village in the Shusha district.", gazetteer) == set()


# a trip to a district ends at a place in it, not at one far away

def test_a_trip_to_a_district_then_a_city_far_away(gazetteer):
    assert _places("We drove to the Lachin district on Monday and visited Baku on Tuesday.", gazetteer) == {"Lachin", "Baku"}


def test_a_trip_to_a_district_then_a_town_across_the_border(gazetteer):
    assert "Lachin" in _places("The minister went to the Lachin district and visited Goris across the border.", gazetteer)


def test_a_trip_to_a_district_ending_at_a_village_in_it(gazetteer):
    assert _places("The minister flew to the Lachin district on Monday and visited the village of Zabukh.",
                   gazetteer) == {"Zabukh"}


# a village in capitals beside a day is no acronym in a name

def test_a_village_in_capitals_before_a_weekday(gazetteer):
    assert "sos" in {p.lower() for p in _places("Shells hit SOS Monday, residents said.", gazetteer)}


def test_a_village_in_capitals_before_on_a_weekday(gazetteer):
    assert "sos" in {p.lower() for p in _places("Shells hit SOS On Monday.", gazetteer)}


def test_an_acronym_before_a_name_word_is_still_dropped(gazetteer):
    assert "sos" not in {p.lower() for p in
                         _places("Children of the SOS Children's Village in Stepanakert were moved on Monday.", gazetteer)}


# an ordinal before "of this month's" counts things, no day

def test_an_ordinal_of_this_month_s_runs_is_no_day(gazetteer):
    rows = _rows("The convoy reached Stepanakert on the second of this month's three runs.", gazetteer,
                 datetime.date(2011, 6, 22))
    assert [e["start_date"] for e in rows if e["place"] == "Stepanakert"] != ["2011-06-02"]


def test_the_second_of_this_month_stays_a_day(gazetteer):
    rows = _rows("Shells hit Tartar on the second of this month, residents said.", gazetteer, datetime.date(2011, 6, 22))
    assert [(e["place"], e["start_date"], e["claimed_by"]) for e in rows] == [("Tartar", "2011-06-02", "residents")]
