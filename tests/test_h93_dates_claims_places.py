"""Fire begun on a place "the day after" which a day was told is dated a day before that day ("on 5 October, the
day after the guns began shelling X": X on 4 October); "that morning in 2020", after a day told in an earlier
sentence, is that day in 2020, never the year alone. A bare "the ombudsman" (or "the ombudsman's office") with no
holder heard yet is the ombudsman of the side whose own land the town is in. A capital after "the prosecutors in"
is their seat, as after "the office in"; a name after "a poem by" is the poet; a property's address line alone and the
origin of stock or a harvest brought only locate."""

from tests.helpers import claimant_of, place_layers, rows


def _dates(place, text, gazetteer, published):
    return [c["start_date"] for c in rows(text, gazetteer, published) if place in c["place_name"].split(";")]


def test_day_after_fire_began_dates_the_place_a_day_earlier(gazetteer):
    text = ("Huseynov painted it on 6 October 2020, the day after Armenian rocket launchers began shelling Barda, "
            "when the school on the square had already been closed.")
    assert _dates("Barda", text, gazetteer, "2021-05-02") == ["2020-10-05"]


def test_day_after_an_event_without_fire_keeps_the_day_told(gazetteer):
    text = "Huseynov painted it in Barda on 6 October 2020, the day after the talks were announced."
    assert _dates("Barda", text, gazetteer, "2021-05-02") == ["2020-10-06"]


def test_that_morning_in_a_year_is_the_day_told_before(gazetteer):
    text = ("Last Tuesday, 4 October, was two years since the first rockets reached our streets. "
            "On that morning in 2020 rockets struck Barda shortly before noon.")
    assert _dates("Barda", text, gazetteer, "2022-10-06") == ["2020-10-04"]


def test_year_alone_without_a_day_told_stays_a_year(gazetteer):
    text = "In 2020 rockets struck Barda shortly before noon."
    found = [c for c in rows(text, gazetteer, "2022-10-06") if c["place_name"] == "Barda"]
    assert found and found[0]["date_precision"] == "year"


def test_bare_ombudsman_speaks_for_the_side_whose_town_it_is(gazetteer):
    text = "The ombudsman's office told the APA agency that four people were killed in Mingachevir."
    assert claimant_of("Mingachevir", text, gazetteer, "2020-10-20") == "Azerbaijani Ombudsman"


def test_bare_ombudsman_of_a_karabakh_town_is_not_guessed(gazetteer):
    text = "The ombudsman said that four people were killed in Stepanakert."
    assert claimant_of("Stepanakert", text, gazetteer, "2020-10-20") != "Azerbaijani Ombudsman"


def test_capital_after_the_prosecutors_in_is_their_seat(gazetteer):
    text = "Shelling had gone on since dawn in Naftalan, according to the prosecutors in Baku."
    found = place_layers(text, gazetteer, "2020-10-20")
    assert "Naftalan" in found and "Baku" not in found


def test_capital_hit_is_still_a_place(gazetteer):
    text = "Rockets fell on the outskirts of Yerevan overnight and damaged a prosecutor's house in Stepanakert."
    found = place_layers(text, gazetteer, "2020-10-20")
    assert "Stepanakert" in found


def test_poem_by_names_the_poet(gazetteer):
    text = "At the concert in the hall the choir will also sing a poem by Nizami."
    assert "Nizami" not in place_layers(text, gazetteer, "2020-11-03")


def test_fire_on_a_district_of_that_name_is_kept(gazetteer):
    text = "The rockets were fired by Armenian forces on Nizami district."
    assert "Nizami" in place_layers(text, gazetteer, "2020-11-03")


def test_property_address_line_only_locates(gazetteer):
    text = "2. Maragha settlement, building No. 7. Repair of the roof of the block."
    assert "Shikharkh" not in place_layers(text, gazetteer, "2022-09-29")


def test_property_address_with_fire_is_kept(gazetteer):
    text = "Shells hit Maragha settlement, building No. 7, on Monday."
    assert "Shikharkh" in place_layers(text, gazetteer, "2022-09-29")


def test_origin_of_stock_brought_only_locates(gazetteer):
    text = "We thank the drivers who kept bringing our stock from Sumgait all through the autumn."
    assert "Sumgait" not in place_layers(text, gazetteer, "2020-11-02")


def test_harvest_destroyed_in_its_town_is_kept(gazetteer):
    text = "Shells hit the warehouse in Quba and destroyed the harvest from Quba."
    assert "Quba" in place_layers(text, gazetteer, "2020-11-02")
