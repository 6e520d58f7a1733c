"""A day written without its year takes the year of the month the text wrote before with its year ("in May 2019",
a timeline's section heading "THE MAY DAYS, 2019"), not the last such day before publication; a day in the month
before publication stays today's news when only a sentence gave that month. People blocking the road named by two
places ("the highway between A and B") is that road's blockade, not a post at each place."""

from tests.helpers import rows


def _row(text, place, gazetteer, published):
    found = [r for r in rows(text, gazetteer, published) if place in r["place_name"].split(";")]
    assert found, text
    return found[0]


def _stated(text, place, gazetteer, published):
    row = _row(text, place, gazetteer, published)
    return row["start_date"] if row["date_certain"] else None


def test_a_day_of_the_month_told_with_its_year_is_of_that_year(gazetteer):
    text = ("The author explains why the front woke up in May 2019.\n\n"
            "The army said drones struck Tegh on 9 May, and the governor spoke of damage in Askeran.")
    assert _stated(text, "Tegh", gazetteer, "2021-02-10") == "2019-05-09"


def test_a_section_heading_gives_its_year_to_the_entries_under_it(gazetteer):
    text = ("EARLIER\n\n3 May 2015: Shells hit Askeran, the ministry says.\n\n"
            "THE MAY DAYS, 2019\n\n"
            "9 May, about 10:00: The ministry says drones struck Tegh.")
    assert _stated(text, "Tegh", gazetteer, "2023-05-09") == "2019-05-09"


def test_a_day_in_the_month_before_publication_stays_this_years(gazetteer):
    text = ("A year ago, after the clashes of September 2022, monitors arrived.\n\n"
            "Last month, on 25 September, drones struck Tegh, the army said.")
    assert _stated(text, "Tegh", gazetteer, "2023-10-20") == "2023-09-25"


def test_without_a_month_told_the_last_such_day_before_publication(gazetteer):
    text = "The front woke up in 2019. The army said drones struck Tegh on 9 May."
    assert _stated(text, "Tegh", gazetteer, "2021-02-10") == "2020-05-09"


def test_people_blocking_the_highway_between_two_towns_block_that_road(gazetteer):
    text = "On Monday evening farmers from nearby villages had blocked the highway between Goris and Kapan all night."
    assert _row(text, "Goris", gazetteer, "2024-05-20")["layer"] == "corridors"
    assert _row(text, "Kapan", gazetteer, "2024-05-20")["layer"] == "corridors"


def test_residents_blocking_the_stretch_between_two_towns(gazetteer):
    text = "Residents of nearby villages block the interstate highway on the stretch between Goris and Kapan."
    assert _row(text, "Goris", gazetteer, "2024-05-20")["layer"] == "corridors"


def test_a_road_cut_between_two_towns_stays_a_blockage_there(gazetteer):
    text = "Troops cut the highway between Goris and Kapan on Monday."
    assert _row(text, "Goris", gazetteer, "2024-05-20")["layer"] == "checkpoints"


def test_a_road_named_by_its_far_ends_keeps_its_reading(gazetteer):
    text = "Villagers blocked the Goris-Kapan highway near Tegh on Monday."
    assert _row(text, "Tegh", gazetteer, "2024-05-20")["layer"] == "checkpoints"


def test_a_paragraph_about_today_ends_the_month_told(gazetteer):
    text = ("The fighting in July 2020 was the worst in years.\n\n"
            "Today the situation is tense. On 14 July shells hit Tegh, the army said.")
    assert _stated(text, "Tegh", gazetteer, "2023-08-20") == "2023-07-14"


def test_a_day_said_to_be_this_years_keeps_its_year(gazetteer):
    text = "The clashes of July 2020 are remembered.\n\nThis year, on 14 July, drones struck Tegh."
    assert _stated(text, "Tegh", gazetteer, "2023-12-01") == "2023-07-14"


def test_a_month_that_only_bounds_a_stretch_of_time_is_no_month_told(gazetteer):
    text = "Since July 2020 the front has been restless.\n\nOn 14 July, shells hit Tegh, the army said."
    assert _stated(text, "Tegh", gazetteer, "2023-10-05") == "2023-07-14"


def test_a_day_with_its_weekday_keeps_the_year_of_that_weekday(gazetteer):
    text = "He was wounded in July 2020.\n\nOn Friday, 14 July, drones struck Tegh, the ministry said."
    assert _stated(text, "Tegh", gazetteer, "2023-12-01") == "2023-07-14"


def test_a_road_between_two_towns_blocked_at_a_checkpoint_is_a_blockage_there(gazetteer):
    text = "Villagers blocked the road between Goris and Kapan at a checkpoint manned by Russian troops."
    assert _row(text, "Goris", gazetteer, "2024-05-20")["layer"] == "checkpoints"
    text = "Azerbaijani troops blocked the highway between Goris and Kapan and set up a checkpoint."
    assert _row(text, "Kapan", gazetteer, "2024-05-20")["layer"] == "checkpoints"
