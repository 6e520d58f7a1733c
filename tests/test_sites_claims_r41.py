"""A named dam or hydroelectric plant is a place of its own, even at its town's edge; districts named in a pair;
the aide named by his title alone; the date of an opening phrase's document; an interview's answerer named after
its heading described him."""

from tests.helpers import claimants, place_layers, rows

DAY = "2020-10-12"


def test_a_named_hydroelectric_plant_is_its_own_site(gazetteer):
    text = "Missiles were fired at Mingachevir and at the Mingachevir hydroelectric plant on Sunday, prosecutors said."
    found = place_layers(text, gazetteer, DAY)
    assert "Mingachevir Hydroelectric Power Plant" in found
    assert "Mingachevir" in found


def test_the_plant_told_as_a_station_or_a_dam_is_the_same_site(gazetteer):
    for text in ("The Mingachevir hydroelectric station was targeted overnight, officials said.",
                 "Two missiles were fired at the Mingachevir dam overnight, officials said."):
        assert "Mingachevir Hydroelectric Power Plant" in place_layers(text, gazetteer, DAY)


def test_the_town_alone_stays_the_town(gazetteer):
    assert set(place_layers("Shells fell on Mingachevir on Sunday.", gazetteer, DAY)) == {"Mingachevir"}


def test_two_districts_named_together_are_the_districts(gazetteer):
    text = "The aide said two missiles had been fired towards the Khizi and Absheron districts."
    found = place_layers(text, gazetteer, DAY)
    assert {"Khizi District", "Absheron District"} <= set(found)
    assert "Khizi" not in found


def test_the_aide_is_the_aide_named_before_not_the_last_speaker(gazetteer):
    text = ("Presidential aide Hikmet Hajiyev wrote that missiles hit Mingachevir. "
            "TASS quoted experts as saying a break in the dam would flood the country. "
            "The aide also listed missile strikes on Ganja.")
    assert "Hikmet Hajiyev" in claimants(text, gazetteer, DAY)["Ganja"]


def test_a_dated_document_before_the_subject_is_no_part_of_it(gazetteer):
    text = ("Presidential aide Hikmet Hajiyev wrote that missiles hit Mingachevir. "
            "In the same post of 4 October the aide listed missile strikes on Ganja.")
    assert "Hikmet Hajiyev" in claimants(text, gazetteer, DAY)["Ganja"]


def test_an_interviewee_described_by_his_office_is_named_by_the_introduction(gazetteer):
    text = ("An interview with the head of a village council in the Tovuz district\n\n"
            "Elchin Mammadov has headed the council of Aghdam for ten years. We met him at the council office.\n\n"
            "Q: What happened in July?\n"
            "A: Shells fell on Aghdam at night and two houses burned.\n")
    found = [r["claimed_by"] for r in rows(text, gazetteer, DAY) if r["place_name"] == "Aghdam"]
    assert "Elchin Mammadov" in found


def test_a_home_left_uninhabitable_after_the_shelling_is_shelling_there(gazetteer):
    text = "A block of flats in Tartar became uninhabitable after the shelling of 28 September, the agency said."
    assert place_layers(text, gazetteer, DAY)["Tartar"] == "shelling"


def test_people_left_homeless_by_something_else_is_no_shelling(gazetteer):
    assert place_layers("Families in Tartar became homeless after the war began.", gazetteer, DAY)["Tartar"] == "other"


def test_on_the_same_day_is_the_day_told_before(gazetteer):
    text = ("On Thursday, 1 October, Stepanakert came under heavy shelling, the agency reported. "
            "On the same day the ministry said a helicopter had been shot down near Fuzuli.")
    found = {r["place_name"]: r for r in rows(text, gazetteer, DAY)}
    assert found["Fuzuli"]["start_date"] == "2020-10-01"
    assert found["Fuzuli"]["date_certain"]


def test_the_same_day_with_no_day_before_it_states_none(gazetteer):
    found = {r["place_name"]: r for r in rows("Shells fell on Fuzuli the same day, the ministry said.", gazetteer, DAY)}
    assert not found["Fuzuli"]["date_certain"]


def test_that_sunday_after_a_sunday_told_is_that_day(gazetteer):
    text = ("Everyone here remembers 4 October. "
            "Officials said missiles had been fired at Mingachevir late that Sunday evening.")
    found = {r["place_name"]: r for r in rows(text, gazetteer, "2020-11-10")}
    assert found["Mingachevir"]["start_date"] == "2020-10-04"


def test_that_before_on_and_a_weekday_is_a_conjunction(gazetteer):
    text = "Everyone here remembers 4 October. The ministry said that on Thursday shells fell on Fuzuli."
    found = {r["place_name"]: r for r in rows(text, gazetteer, "2020-11-10")}
    assert found["Fuzuli"]["start_date"] == "2020-11-05"


def test_both_on_the_same_day_takes_the_day_the_sentence_states(gazetteer):
    text = ("On 20 September the office spoke again. "
            "It said lorries had reached Aghdam and Fuzuli on the same day for the first time on Monday 18 September.")
    found = {r["place_name"]: r for r in rows(text, gazetteer, "2020-09-25")}
    assert all(r["start_date"] == "2020-09-18" for r in found.values())


def test_a_birthplace_where_harm_came_there_is_the_event_s_place(gazetteer):
    text = "I was born in Tartar and I read about the man who was killed there when a shell hit his house."
    assert place_layers(text, gazetteer, DAY).get("Tartar") == "shelling"


def test_a_birthplace_alone_is_no_event(gazetteer):
    assert "Tartar" not in place_layers("I was born in Tartar and now I live in Barda.", gazetteer, DAY)


def test_the_day_before_a_dated_event_is_a_day_earlier(gazetteer):
    text = "A shell exploded in a courtyard in Tartar the day before the ceasefire of 10 October was announced."
    found = {r["place_name"]: r for r in rows(text, gazetteer, "2020-11-10")}
    assert found["Tartar"]["start_date"] == "2020-10-09"
