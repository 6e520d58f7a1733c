"""Sentences where the r63 rules misfired: aid or demining operations and operations that "took the troops" months,
a post that "will soon be built", a name "as well as" another after "renamed", news of today "three years after" an
arrest, a speaker's words after a colon, and an area's day written with its year or a part of the day."""

from tests.helpers import claimant_of, place_layers, rows


def places(text, gazetteer, published="2020-10-05"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_demining_operations_that_took_the_troops_months_are_no_fighting(gazetteer):
    text = "Demining operations around Berd took the troops two months."
    assert place_layers(text, gazetteer, "2021-11-02").get("Berd") == "other"


def test_rescue_operations_that_brought_the_army_s_engineers_are_no_fighting(gazetteer):
    text = "Rescue operations in Berd brought the army's engineers to the flooded streets."
    assert place_layers(text, gazetteer, "2021-11-02").get("Berd") == "other"


def test_a_post_that_will_soon_be_built_is_a_plan(gazetteer):
    text = "The Tegh border post will soon be built, officials said."
    assert place_layers(text, gazetteer, "2021-11-02").get("Tegh") == "other"


def test_a_place_as_well_as_another_after_renamed_is_still_a_place(gazetteer):
    text = "The council renamed streets in Vang as well as Chinarli last year."
    assert "Chinarli" in places(text, gazetteer, "2021-11-02")


def test_news_of_today_years_after_an_arrest_keeps_later_days_in_their_year(gazetteer):
    text = ("The court in Yerevan opened the trial today, three years after the soldiers were captured.\n\n"
            "Police detained two more men in Tegh on 15 November, the court heard.")
    found = [str(c["start_date"]) for c in rows(text, gazetteer, "2023-11-20") if c["place_name"] == "Tegh"]
    assert found and found[0].startswith("2023-11-15")


def test_a_name_in_a_speaker_s_words_after_a_colon_is_not_the_next_he(gazetteer):
    text = ("President Ilham Aliyev spoke in Shusha on Monday. He said: Pashinyan must sign the treaty. He added that "
            "Talish would be rebuilt.")
    assert claimant_of("Talish", text, gazetteer, "2022-07-20") == "Azerbaijani presidency (Ilham Aliyev)"


def test_an_area_s_day_with_its_year_or_part_of_day_before_its_list(gazetteer):
    text = "Troops took four villages in the Tartar district on 2 October 2020, including Sugovushan and Talish."
    assert "Tartar District" not in places(text, gazetteer)
    text = "Troops took four villages in the Tartar district on Friday night, including Sugovushan and Talish."
    assert "Tartar District" not in places(text, gazetteer)
