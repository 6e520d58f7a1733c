"""Places that only describe a private life, a side's word, a name's gloss or an object's making: the places of a
private person's life in an obituary or a profile (the student years in a town, a relative's flat where a family
lodges, a death of old age told with the age, the traders of a town's market) are no scene of the news; nor is a
second seat listed after a capital whose answer the sentence tells ("the answer from Yerevan and Stepanakert"), nor a
name in brackets given as one side's usage for the place just named ("Hadrut (Khojavend in Azerbaijani usage)"), nor
an exhibit's line telling where and by whom it was made. People who have been to a town and speak of it ("a crew that visited X said ...") are not the town
speaking for a government, so the town is kept. Each rule leaves the place where the sentence tells fire or harm."""

from tests.helpers import rows


def places(text, gazetteer, published="2020-12-18"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_death_told_with_the_age_is_no_event_there(gazetteer):
    text = "Anahit Sargsyan, a music teacher for thirty years, died in Goris on 3 December at the age of 80."
    assert "Goris" not in places(text, gazetteer)


def test_a_death_by_shelling_is_still_told(gazetteer):
    text = "A shepherd, aged 64, died in Sotk on Tuesday after shelling hit his house."
    assert "Sotk" in places(text, gazetteer)


def test_student_years_and_a_cousins_flat_are_a_private_life(gazetteer):
    assert places("Apart from her student years in Vanadzor, she spent her whole life in the valley.",
                  gazetteer) == set()
    assert places("By the winter the family were living in a cousin's flat in Gyumri, with two bags.",
                  gazetteer) == set()


def test_a_speakers_family_house_is_still_told(gazetteer):
    text = '"My grandfather\'s house in Berkaber had a pear tree by the gate," said a woman, 52, who lives in Ijevan.'
    assert "Berkaber" in places(text, gazetteer)


def test_a_towns_traders_reading_news_of_another_place(gazetteer):
    found = places("Fuel traders in Goris spent Monday reading the news from Kalbajar.", gazetteer)
    assert "Goris" not in found


def test_traders_telling_of_shelling_in_their_town_keep_it(gazetteer):
    found = places("Fuel traders in Goris spent Monday clearing shops damaged by shelling, while Kalbajar was quiet.",
                   gazetteer)
    assert "Goris" in found


def test_a_second_seat_listed_after_a_capitals_answer_is_a_government(gazetteer):
    assert places("The answer from Baku and Stepanakert came within the hour.", gazetteer) == set()


def test_two_capitals_shelled_are_still_the_scene(gazetteer):
    assert {"Yerevan", "Stepanakert"} <= places("Shells fell on Yerevan and Stepanakert on Monday.", gazetteer)


def test_a_name_given_for_one_sides_usage_in_brackets_is_the_same_place(gazetteer):
    found = places("The district is Hadrut (Khojavend in Azerbaijani usage).", gazetteer)
    assert "Khojavend" not in found


def test_a_second_place_in_brackets_is_still_told(gazetteer):
    assert {"Hadrut", "Khojavend"} <= places("Shells hit Hadrut (and Khojavend) on Monday.", gazetteer)


def test_an_exhibits_making_is_no_event(gazetteer):
    assert places("Painted in a Goris classroom in 2021 by a boy from Martuni.", gazetteer) == set()


def test_a_painted_thing_damaged_by_shelling_is_told(gazetteer):
    assert "Goris" in places("Painted in Goris, the mural was damaged by shelling on Monday.", gazetteer)


def test_a_crew_that_visited_a_town_speaks_of_it(gazetteer):
    text = "On Monday a television crew that visited Martuni said the shelling there had not stopped."
    assert places(text, gazetteer) != set()


def test_a_town_itself_saying_is_still_its_government(gazetteer):
    assert places("Stepanakert said on Monday that the talks had failed.", gazetteer) == set()
