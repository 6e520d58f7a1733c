"""A person's own page or channel speaks for the person."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2022, 5, 10)


def claims(text):
    return [(e["place"], e["claimed_by"]) for e in extract_text(text, DAY)]


def test_his_facebook_page_is_the_person():
    assert claims("Bishop Vrtanes Abrahamyan visited Sos on Monday, according to his Facebook page.") \
        == [("Sos", "Vrtanes Abrahamyan")]


def test_her_telegram_channel_is_the_person():
    assert claims("The mayor, Anna Sargsyan, toured Chartar on Monday, according to her Telegram channel.") \
        == [("Chartar", "Anna Sargsyan")]


def test_a_page_of_no_one_stays():
    got = claims("Shells hit Sos on Monday, according to a Facebook page.")
    assert got[0][0] == "Sos" and "Sargsyan" not in got[0][1] and "Abrahamyan" not in got[0][1]


def test_a_body_s_page_is_the_body():
    got = claims("Bishop Vrtanes Abrahamyan visited Sos on Monday, according to the diocese's Facebook page.")
    assert got[0][1] != "Vrtanes Abrahamyan"


def test_his_office_is_still_his_office():
    got = claims("Artur Sargsyan visited Sos on Monday, his office said.")
    assert got == [("Sos", "Artur Sargsyan's office")]


def test_title_before_the_name_is_left_out():
    assert claims("On Friday, Archbishop Vrtanes Abrahamyan visited Sos, according to his Facebook page.") \
        == [("Sos", "Vrtanes Abrahamyan")]
