"""Where people gathered at a seat of power, a gathering named by its town, an airport's code, planned flights and a
monument's place. Protesters outside a parliament, or a wreath laid at an embassy, in a capital gathered in that
town: it is the event's place, not a government speaking ("officials at the ministry in X said" stays out); so is the
town that names a gathering said to have been held ("The Rome vigil took place ..."). An airport's code given as a
code ("under a code assigned by ..., UGKO") is a register's label, no scene, while the town the sentence names
stays. Flights or services still to start ("flights to X will start soon", "to be followed by services to Y") are a
plan, which the sets leave out; flights that were stopped or cancelled stay. A monument told only by where it stands
and what it is ("the X memorial in the Y district has long been ...") is background; people who came to it, or harm
done to it, keep its town."""

from tests.helpers import rows


def places(text, gazetteer, published="2023-03-01"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_protesters_outside_a_parliament_are_in_its_town(gazetteer):
    text = "On 9 April, with crowds of protesters outside the parliament in Yerevan, the prime minister left the hall."
    assert "Yerevan" in places(text, gazetteer)


def test_officials_at_a_ministry_stay_a_government(gazetteer):
    assert "Yerevan" not in places("Officials at the ministry in Yerevan said the pass was open.", gazetteer)


def test_a_wreath_at_an_embassy_abroad_is_an_event_there(gazetteer):
    text = "In Georgia, a wreath was laid at the Armenian embassy in Tbilisi and guests stood in silence."
    assert "Tbilisi" in places(text, gazetteer)


def test_an_ambassador_in_a_capital_only_locates(gazetteer):
    assert "Beijing" not in places("The Armenian ambassador in Beijing said the talks would go on.", gazetteer)


def test_a_commemoration_at_an_embassy_in_beijing(gazetteer):
    text = "A commemoration was held at the Armenian embassy in Beijing, where candles were lit."
    assert "Beijing" in places(text, gazetteer)


def test_a_gathering_named_by_its_town_took_place_there(gazetteer):
    text = "The Moscow vigil took place at the embassy and was organised by a diaspora association."
    assert "Moscow" in places(text, gazetteer)


def test_an_office_named_by_its_town_is_no_gathering(gazetteer):
    assert "Moscow" not in places("The Moscow office of the fund said it would send books.", gazetteer)


def test_an_airport_code_is_a_label_and_the_town_stays(gazetteer):
    text = ("The register lists the airfield under a code assigned by Armenia, UDSG, and the government has "
            "banned all landings at Gyumri.")
    found = places(text, gazetteer)
    assert "Gyumri" in found and "Stepanakert Airport" not in found


def test_an_airport_code_alone_as_a_label_is_no_place(gazetteer):
    text = "The aviation body lists the airfield under an Azerbaijani code, UBBS, which gives Baku a say over its use."
    assert "Stepanakert Airport" not in places(text, gazetteer)


def test_flights_still_to_start_are_a_plan(gazetteer):
    text = "Officials say passenger flights to Ganja from the new airport near Lankaran will start soon."
    assert not places(text, gazetteer) & {"Ganja", "Lankaran"}


def test_flights_to_follow_later_are_a_plan(gazetteer):
    text = ("The minister announced that test flights will begin in the spring, to be followed by regular "
            "flights to Nakhchivan.")
    assert "Nakhchivan" not in places(text, gazetteer)


def test_flights_that_stopped_stay(gazetteer):
    assert "Ganja" in places("Flights to Ganja stopped in 1991 as the fighting spread.", gazetteer)


def test_flights_that_would_resume_tell_of_the_halt(gazetteer):
    text = "The airline said flights to Ganja would resume only when the runway was repaired."
    assert "Ganja" in places(text, gazetteer)


def test_a_monument_told_by_where_it_stands_is_background(gazetteer):
    text = "In the capital, the Victory monument in the Khatai district has long been a place of remembrance."
    assert not places(text, gazetteer)


def test_a_memorial_named_after_a_town_is_background(gazetteer):
    text = "In Austria, the Shusha memorial in Vienna is one of several memorials that stand in European cities."
    assert not places(text, gazetteer) & {"Shusha", "Vienna"}


def test_people_who_came_to_a_monument_keep_its_town(gazetteer):
    text = "In 2015, thousands of people came to the monument in Ganja, among them students and veterans."
    assert "Ganja" in places(text, gazetteer)


def test_a_monument_damaged_keeps_its_town(gazetteer):
    assert "Ganja" in places("The monument in Ganja was damaged by a shell on Tuesday.", gazetteer)
