"""Place mentions, round 27: names listed in pairs after "between"; a town cut off; a monastery far from its
village."""

import datetime as dt

from geo.extract import extract_text


def places(text, gazetteer, published=dt.date(2024, 6, 1)):
    return {name for c in extract_text(text, published, gazetteer) for name in c["place_name"].split(";")}


def test_every_name_of_pairs_after_between_is_a_place(gazetteer):
    found = places("Surveyors will mark three stretches of the line this summer: between Berkaber and Gizilhajili, "
                   "Voskepar and Ashagi Askipara, and Kirants and Baghanis.", gazetteer)
    assert {"Voskepar", "Berkaber", "Kirants", "Baghanis"} <= found, found


def test_a_village_named_like_a_word_still_needs_a_place_word(gazetteer):
    found = places("Voskepar and the other border villages were quiet on Monday.", gazetteer)
    assert "Voskepar" not in found, found


def test_a_capital_cut_off_is_a_place(gazetteer):
    found = places("For six weeks the strike on the railway cut Yerevan off from grain and petrol.", gazetteer)
    assert "Yerevan" in found, found


def test_a_capital_cut_off_with_the_particle_first(gazetteer):
    found = places("The floods of that spring cut off Baku from the northern ports for a week.", gazetteer)
    assert "Baku" in found, found


def test_a_capital_as_a_partner_in_talks_is_still_no_place(gazetteer):
    assert "Yerevan" not in places("The envoy's talks with Yerevan were cut short on Friday.", gazetteer)


def test_a_small_village_after_above_or_below(gazetteer):
    found = places("Sappers cleared mines on the slopes above Voskepar on Tuesday.", gazetteer)
    assert "Voskepar" in found, found
    found = places("A new post was dug on the ridge overlooking Voskepar, villagers said.", gazetteer)
    assert "Voskepar" in found, found


def test_villages_listed_after_are_are_read_in_the_district_named_before(gazetteer):
    text = ("Army units reached the Fuzuli district before dawn, the ministry said.\n\n"
            "The villages the president listed in the evening were Ishigli, Zorbalan and Dadali.")
    rows = extract_text(text, dt.date(2020, 10, 20), gazetteer)
    found = {c["place_name"] for c in rows}
    assert "Ishigli (Fuzuli)" in found and "Ishigli (Gubadli)" not in found, found
    unknown = next(c for c in rows if c["place_name"] == "Zorbalan")
    assert unknown["geo_source"] == "approximate", unknown


def test_communities_listed_are_villages_of_the_province_named_before(gazetteer):
    text = ("The government approved new funds for Syunik province on Thursday.\n\n"
            "Crews will resurface the streets of several communities, including Shurnukh, Bardzravan and Vorotan.")
    rows = extract_text(text, dt.date(2023, 10, 5), gazetteer)
    found = {c["place_name"]: c for c in rows}
    assert {"Shurnukh", "Bardzravan", "Vorotan"} <= set(found), set(found)
    assert found["Bardzravan"]["geo_source"] == "approximate"


def test_a_far_spelling_variant_is_no_reading_of_a_village_in_the_district_named_before(gazetteer):
    text = ("Artillery hit the Tartar district overnight, officials said.\n\n"
            "One shell fell in the village of Narli shortly after nine.")
    rows = {c["place_name"]: c for c in extract_text(text, dt.date(2020, 10, 20), gazetteer)}
    assert "Chinarli" not in rows and rows["Narli"]["geo_source"] == "approximate", rows.keys()
