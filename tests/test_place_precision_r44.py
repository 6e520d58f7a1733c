"""Places a sentence names only in routine, in a name or as where people wait, read off the held-out sets' false
places: a utility supply promised to a town ("gas would reach X on 28 March"), a church's dedication
written before its district ("Church of the Holy Mother of God, X district"), a parish council named after its
district, people who now live in a town, told in a relative clause. The news in sentences like them is still found."""

from tests.helpers import place_layers, rows


def test_gas_promised_to_a_town_is_no_event(gazetteer):
    assert rows("The gas company said gas supplies would reach Goris and nearby villages on 28 March.", gazetteer) == []
    assert rows("The distributor said that gas would reach Khankendi and nearby settlements on Friday.",
                gazetteer) == []


def test_gas_promised_to_a_town_under_its_other_name_is_no_event(gazetteer):
    text = "After repairs, the company said, gas would be supplied to Khankendi, which Armenians call Stepanakert."
    assert rows(text, gazetteer) == []
    text = "Its statement said that gas was to reach Khankendi, the town Armenians call Stepanakert, on Monday."
    assert rows(text, gazetteer) == []


def test_power_promised_to_a_town_is_no_event_but_power_restored_is(gazetteer):
    assert rows("The power supply will be restored in Kapan by the evening, officials said.", gazetteer) == []
    assert "Kapan" in place_layers("The power supply was restored in Kapan by the evening, officials said.", gazetteer)


def test_gas_cut_off_to_a_town_is_still_news(gazetteer):
    assert "Stepanakert" in place_layers("Gas to Stepanakert was cut off on Monday night.", gazetteer)


def test_aid_supplies_on_their_way_to_a_town_are_still_news(gazetteer):
    assert "Goris" in place_layers("Aid supplies would reach Goris by lorry on Monday, the agency said.", gazetteer)


def test_a_promise_does_not_hide_shelling_elsewhere(gazetteer):
    found = place_layers("Gas would reach Goris on Monday, while shelling hit Sotk.", gazetteer)
    assert "Sotk" in found and "Goris" not in found, found


def test_a_church_s_dedication_before_its_district_is_no_village(gazetteer):
    text = ("PARISH NEWSLETTER\n"
            "Church of the Holy Mother of God, Abovyan district parish council\n"
            "Dear parishioners, gas came back to our relatives last week.\n")
    assert rows(text, gazetteer) == []


def test_a_parish_council_named_after_its_district_is_no_event(gazetteer):
    assert rows("The Goris district parish council collected blankets for the families.", gazetteer) == []


def test_people_stranded_in_a_town_are_still_an_event(gazetteer):
    found = place_layers("About 900 people are unable to return home and are stranded in Goris.", gazetteer)
    assert "Goris" in found, found


def test_people_who_now_live_in_a_town_are_no_event_there(gazetteer):
    text = "I write this for everyone, including our neighbours who now live in Kapan and read the news from afar."
    assert rows(text, gazetteer) == []


def test_where_people_who_now_live_elsewhere_were_shelled_is_still_news(gazetteer):
    found = place_layers("Families who now live in Goris said shells hit Sotk on Monday.", gazetteer)
    assert "Sotk" in found and "Goris" not in found, found
