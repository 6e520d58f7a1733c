"""Review of the rules of the rounds on heldout192 and 193: wordings near each rule that it must not change (a
misfire mended by narrowing it), and the cases it was written for, kept."""
import datetime

from geo.extract import extract_text


def _found(text, day=datetime.date(2021, 3, 10)):
    return {e["place"]: e for e in extract_text(text, day)}


# stones thrown at traffic: only vehicles on the road, not the police's or a team's, nor pelted with eggs
def test_stones_at_lorries_stay_an_attack():
    assert _found("Villagers pelted the lorries with rocks near Sadakhlo on Monday.")["Sadakhlo"]["layer"] == "shelling"
    assert _found("Masked men threw stones at a column of Armenian trucks near Marneuli on Monday.")["Marneuli"][
        "layer"] == "shelling"


def test_stones_at_police_vehicles_are_no_attack():
    assert _found("Protesters threw stones at police vehicles in Yerevan on Monday.")["Yerevan"]["layer"] == "other"
    assert _found("Demonstrators hurled stones at buses carrying riot police in Yerevan on Monday.")["Yerevan"][
        "layer"] == "other"


def test_stones_at_the_cars_of_deputies_are_no_attack():
    found = _found("Protesters threw stones at the cars of deputies outside parliament in Yerevan on Monday.")
    assert found["Yerevan"]["layer"] == "other"


def test_stones_thrown_by_fans_after_a_match_are_no_attack():
    assert _found("Fans threw stones at the team bus after the match in Baku on Monday.")["Baku"]["layer"] == "other"
    assert _found("Fans threw stones at buses after the match in Baku on Monday.")["Baku"]["layer"] == "other"


def test_pelted_with_eggs_or_tomatoes_is_no_attack():
    assert _found("Protesters pelted the cars with eggs outside parliament in Yerevan on Monday.")["Yerevan"][
        "layer"] == "other"
    assert _found("Villagers pelted the convoy with tomatoes in Tegh on Monday.")["Tegh"]["layer"] != "shelling"


# a grocer's staples from a town: its home stays when lorries carry them or a blockade cuts them off
def test_lorries_carrying_flour_from_a_town_keep_it():
    found = _found("Lorries carrying flour from Goris were turned back at the Hakari bridge on Monday.")
    assert "Goris" in found
    assert "Goris" in _found("Lorries loaded with sugar from Goris queued at the Kornidzor post on Monday.")


def test_staples_from_a_town_running_out_keep_it():
    assert "Stepanakert" in _found("Sugar and flour from Stepanakert's warehouses ran out on Monday, residents said.")


def test_staples_from_a_town_in_a_shelled_store_keep_it():
    assert _found("Shells hit the warehouse where rice from Aghdam was stored.")["Aghdam"]["layer"] == "shelling"


def test_spices_and_honey_from_a_town_stay_dropped():
    assert _found("Saffron from Lankaran sells for twice the price this year.") == {}
    assert _found("We get honey from the beekeepers on the Sheki road.") == {}


# a supplier placed on a road, or a maker, only after goods: people taken from farms or shepherds are news there
def test_people_evacuated_from_the_farms_on_a_road_keep_it():
    assert _found("Residents were evacuated from the farms on the Tartar road overnight.")["Tartar"]["layer"] \
        == "corridors"


def test_sheep_seized_from_the_shepherds_near_a_village_keep_it():
    assert "Khramort" in _found("Soldiers seized sheep from the shepherds near Khramort on Monday.")
    assert "Neftchala" in _found("Border guards took the nets from the fishermen at Neftchala on Monday.")


# an order for a trade in a town: not a supply cut off there
def test_gas_for_the_bakery_cut_off_keeps_the_town():
    assert "Stepanakert" in _found("Gas for the bakery in Stepanakert was cut off on Monday.")
    assert "Stepanakert" in _found("Protesters blocked the road, so no bread for the hotel in Stepanakert came through.")


# camps named after a river are the river's, no village of its name
def test_camps_named_after_a_river_are_no_village():
    assert "Araks" not in _found("Thousands of families sheltered in the Araks camps along the Iranian border in 1993.")
    assert _found("The Kur camps flooded in the spring of 2010.") == {}
    found = _found("Children in the Araks tent camp near Imishli have no school.")
    assert "Araks" not in found and "Imishli" in found


def test_a_villages_camp_stays():
    assert "Sis" in _found("Families from the Sis camp returned home on Monday.")


def _claims(text, day=datetime.date(2021, 3, 10)):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, day)}


# a writer of an outlet who met someone living somewhere: only an outlet's writer, and not one told it by another
def test_an_outlets_writer_who_met_a_family_living_there_gives_the_claim():
    text = "RFE/RL's Ilkin Isgandarov met a family still living in a dormitory in Sabirabad."
    assert _claims(text)["Sabirabad"] == "Ilkin Isgandarov"
    text = "CNN's Nick Paton Walsh visited a family still living in a school in Barda."
    assert _claims(text)["Barda"] == "Nick Paton Walsh"


def test_an_alliances_official_is_no_outlets_writer():
    text = "NATO's Javier Colomina met a family who had lived in a tent at Barda since 1993."
    assert _claims(text)["Barda"] != "Javier Colomina"


def test_one_met_who_said_it_is_no_writers_find():
    text = ("The BBC's Rayhan Demytrie met the governor, who said families living in tents at Barda would be "
            "rehoused.")
    assert _claims(text)["Barda"] != "Rayhan Demytrie"


# one person or one family living in a wagon is sheltered there, as families are
def test_a_widow_living_in_a_wagon_is_sheltered_there():
    assert _found("A widow, 78, is still living in a railway wagon at Barda.")["Barda"]["layer"] == "other"
    assert _found("One family still lives in a railway carriage at Saatli.")["Saatli"]["layer"] == "other"


def test_the_writers_find_of_a_pensioner_in_a_wagon():
    text = "The BBC's Rayhan Demytrie found a widow, 78, still living in a railway wagon at Barda."
    found = _found(text)
    assert found["Barda"]["layer"] == "other" and found["Barda"]["claimed_by"] == "Rayhan Demytrie"


# a rally or protest abroad: the noun, not a state's protest at another's deed, nor a unit marching in a parade
def test_a_state_protesting_at_anothers_deed_is_no_gathering():
    assert "Moscow" not in _found("Baku protests at Moscow's arms deliveries to Yerevan.")
    assert "Ankara" not in _found("Yerevan protests at Ankara's support for Baku, the ministry said on Monday.")


def test_a_regiment_marching_in_a_parade_is_no_rally():
    assert "Moscow" not in _found("The regiment marches in Moscow's Victory Day parade every year.")


def test_a_peoples_protests_abroad_are_a_gathering_with_no_claimant():
    found = _found("Armenian protests in Los Angeles drew thousands on Sunday.")
    assert found["Los Angeles"]["layer"] == "other" and found["Los Angeles"]["claimed_by"] == ""


# aid gathered abroad: on a named day too, and not goods gathered for trade
def test_aid_gathered_abroad_on_a_named_day():
    found = _found("Armenians in Marseille spent Sunday collecting clothes and medicine for the displaced.")
    assert found["Marseille"]["layer"] == "other"


def test_tyres_collected_for_recycling_are_no_aid():
    assert _found("Residents of Kutaisi are collecting tyres for recycling.") == {}
