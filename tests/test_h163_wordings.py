"""heldout163, second round: a road's "places where" clause, a capital's own account, a trade's materials and
timetable, a club member's first name, a suspicion held by a body."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 7, 26)


def _events(text):
    return extract_text(text, DAY)


def _names(text):
    return " ".join(e["place"] for e in _events(text))


# --- a road built so people can see unnamed places where fighting was: the road is the news

def test_road_to_see_the_places_where_fighting_was_is_a_route():
    text = ("The governor said a new road from Tartar to Sugovushan would be laid this year so that tourists can "
            "visit the sites where the fiercest fighting of the war took place.")
    routes = [e for e in _events(text) if e["layer"] == "corridors"]
    assert routes and "Sugovushan" in routes[0]["place"]


def test_fighting_on_the_road_itself_is_no_route():
    text = "The road from Tartar to Sugovushan, where heavy fighting took place, was being repaired on Monday."
    assert not any(e["layer"] == "corridors" for e in _events(text))


# --- "In <capital> the story was told another way": the capital only says whose account follows

def test_capital_giving_its_own_account_is_no_place():
    text = ("In Baku the story was told another way: the ministry wrote that the soldier had crossed by mistake "
            "in the fog on Friday.")
    assert "Baku" not in _names(text)


def test_capital_version_different_is_no_place():
    text = "In Yerevan the version given was different: officials said the shepherd had only lost his flock."
    assert "Yerevan" not in _names(text)


def test_capital_where_something_happened_stays():
    text = "In Yerevan the streets were quiet on Friday after the news of the shelling."
    assert "Yerevan" in _names(text)


# --- a trade's materials from the yard or mill that sells them, and its customers' weekly minibus

def test_timber_from_a_yard_in_a_town_is_no_place():
    assert "Shamkir" not in _names("Wood: pine from the timber yard in Shamkir, dried for a year.")


def test_gold_leaf_from_a_town_is_no_place():
    assert "Ganja" not in _names("Still waiting for the gold leaf from Ganja before the sign can be finished.")


def test_a_yard_in_a_town_shelled_stays():
    assert "Shamkir" in _names("Shells hit the timber yard in Shamkir on Monday.")


def test_weekly_minibus_a_shop_offers_is_no_route():
    assert "Barda" not in _names("Parcels go by car, or by the minibus to Barda on Thursdays.")


def test_one_journey_by_the_minibus_stays():
    assert "Barda" in _names("The families left by the minibus to Barda on Thursday, a day after the shelling.")


# --- a club's member named by first name with no comma after "our member"

def test_our_member_first_name_is_no_place():
    text = "Our member Nizami, who has won every autumn cup, lives in Tartar and says his house is unhurt."
    assert "Nizami" not in _names(text)


def test_our_member_village_named_in_commas_stays():
    text = "Our member village, Nizami, was shelled on Monday."
    assert "Nizami" in _names(text)


# --- a body that suspects someone of something claims it, as one that accuses

def test_prosecutor_suspecting_him_claims_the_place():
    text = ("The prosecutor general's office, which has charged him under three articles, including smuggling and "
            "forgery, also suspects him of having served with armed groups in the Lachin district.")
    claims = [e["claimed_by"] for e in _events(text) if "Lachin" in e["place"]]
    assert claims and "Prosecutor" in claims[0]


def test_suspected_fighters_name_no_claimant():
    claims = [e["claimed_by"] for e in _events("Suspected fighters were held in the Lachin district on Monday.")]
    assert claims == [""]
