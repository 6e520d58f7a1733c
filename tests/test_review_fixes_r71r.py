"""Sentences where the r71 places rules misfired: a seat of power named as who acts on a gathering ("The rally in
Gyumri was condemned by the ministry in Yerevan", "A vigil was organised by the embassy in Moscow for the victims"),
as what protesters are angry at ("Demonstrators, furious at the ministry in Tbilisi, marched through Batumi",
"Protesters angry at the government in Yerevan blocked the road to Gyumri") or after a time word ("The rally
dispersed before the ministry in Tbilisi issued a statement"); a code named a clause before an airport's ("The plane
squawked an emergency code, and it landed safely at EVN an hour later"); flights that "would come under fire",
"would follow a longer route" or "would come to a halt", read as flights still to start; a monument's town where
the sentence tells fire, killing or troops ("The memorial in Ganja is under fire from artillery", "The monument in
Ganja is where the protesters were killed", "The memorial at Ganja is surrounded by troops after the clashes"); and
a gathering named by one town but held in another ("The Gyumri rally took place in Yerevan")."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="2023-03-01"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_seat_of_power_that_acts_on_a_gathering_is_no_place_of_it(gazetteer):
    assert "Yerevan" not in places("The rally in Gyumri was condemned by the ministry in Yerevan.", gazetteer)
    assert "Moscow" not in places("A vigil was organised by the embassy in Moscow for the victims.", gazetteer)
    assert "Yerevan" not in places("A rally was called by the government in Yerevan for Saturday.", gazetteer)


def test_a_seat_of_power_protesters_are_angry_at_is_no_place_of_theirs(gazetteer):
    text = "Demonstrators, furious at the ministry in Tbilisi, marched through Batumi."
    assert "Tbilisi" not in places(text, gazetteer)
    layers = place_layers("Protesters angry at the government in Yerevan blocked the road to Gyumri.", gazetteer,
                          "2023-03-01")
    assert "Yerevan" not in layers and layers.get("Gyumri") == "checkpoints"


def test_a_seat_of_power_after_a_time_word_is_no_place_of_a_gathering(gazetteer):
    assert "Tbilisi" not in places("The rally dispersed before the ministry in Tbilisi issued a statement.", gazetteer)


def test_people_at_a_seat_of_power_still_gathered_there(gazetteer):
    text = "Crowds gathered near the Georgian embassy in Moscow on Friday."
    assert "Moscow" in places(text, gazetteer)


def test_a_code_a_clause_before_an_airport_does_not_make_it_a_label(gazetteer):
    text = "The plane squawked an emergency code, and it landed safely at EVN an hour later."
    assert "Zvartnots International Airport" in places(text, gazetteer)


def test_flights_that_would_come_under_fire_or_follow_a_route_are_no_plan(gazetteer):
    assert "Ganja" in places("Flights from Ganja would come under fire almost daily in 1992.", gazetteer)
    text = "Flights to Ganja would follow a longer route over the sea while the airspace stays closed."
    assert "Ganja" in places(text, gazetteer)
    text = "Services to Gyumri would come to a halt whenever the road was shelled."
    assert "Gyumri" in places(text, gazetteer)


def test_flights_still_to_follow_remain_a_plan(gazetteer):
    text = "Trial runs will come first, and regular flights to Gyumri will follow."
    assert "Gyumri" not in places(text, gazetteer)


def test_a_monument_where_fire_killing_or_troops_are_told_keeps_its_town(gazetteer):
    assert place_layers("The memorial in Ganja is under fire from artillery.", gazetteer,
                        "2023-03-01").get("Ganja") == "shelling"
    assert "Ganja" in places("The monument in Ganja is where the protesters were killed.", gazetteer)
    assert "Ganja" in places("The memorial at Ganja is surrounded by troops after the clashes.", gazetteer)


def test_a_monument_with_an_eternal_fire_is_still_background(gazetteer):
    text = "The obelisk in Ganja is one of the oldest in the country, and its eternal fire never goes out."
    assert "Ganja" not in places(text, gazetteer)


def test_a_gathering_named_by_one_town_and_held_in_another(gazetteer):
    found = places("The Gyumri rally took place in Yerevan.", gazetteer)
    assert "Gyumri" not in found and "Yerevan" in found
    assert "Paris" in places("The Paris demonstration took place in front of the Azerbaijani embassy.", gazetteer)
