"""A line a club's minutes, a shop's book or a school's notes head with their own business before a colon
("Orders:", "Delivery:", "Club business:", "Show report:", "Any other business:", "Accounts for the week:") names
members', customers' and outings' towns: no event there, unless the line itself tells war news or a way shut."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer):
    return {p: e for e in extract_text(text, datetime.date(2023, 3, 14), gazetteer)
            for p in e["place"].split(";")}


def test_an_order_line_names_customers_only(gazetteer):
    assert _places("Orders: four oak benches for the school at Tovuz, two gates for a farm near Agstafa.",
                   gazetteer) == {}


def test_a_delivery_line_names_a_customer_only(gazetteer):
    assert _places("Deliveries: the parcels for Ijevan go on the Tuesday van.", gazetteer) == {}


def test_a_show_report_and_club_news_tell_no_event(gazetteer):
    assert _places("Show report: our white doves came first in Gyumri last month.", gazetteer) == {}
    assert _places("News of the club: the juniors sang at the town hall in Vanadzor on Sunday.", gazetteer) == {}
    assert _places("Any Other Business: Nare asked whether members in Berd could share a bus to the fair.",
                   gazetteer) == {}


def test_a_shops_week_and_accounts_tell_no_event(gazetteer):
    assert _places("Work in the shop this week: two new wheels for the Aghdam cart.", gazetteer) == {}
    assert _places("Accounts for the week: received 300 manats for the Tovuz benches.", gazetteer) == {}


def test_war_news_under_such_a_heading_stays(gazetteer):
    e = _places("Club business: shelling hit the road near Berd on Sunday and the trip was cancelled.", gazetteer)
    assert e["Berd"]["layer"] == "shelling"
    assert e["Berd"]["start_date"] == "2023-03-12"


def test_a_way_shut_under_such_a_heading_stays(gazetteer):
    e = _places("Orders: none this week, since the road to Ijevan was closed by soldiers.", gazetteer)
    assert e["Ijevan"]["layer"] == "corridors"


def test_another_heading_is_not_a_clubs_business(gazetteer):
    e = _places("Update: shells fell on Berd on Sunday night, the mayor said.", gazetteer)
    assert e["Berd"]["layer"] == "shelling"
