"""Witnesses and scholars as speakers, loudspeakers as a means, and the days of a history told from decades back: a
witness who "testified that" gives the account that follows, as one who said it would; scholars who "argue that"
claim what they argue, as those who "argued" already did; a message "told by loudspeakers" (or megaphones) is the
words of whoever sent it, so the loudspeakers are no claimant and the speaker before them keeps the claim; and a
day written without its year that a history told from ten or more years back reaches within weeks ("in February
1992" ... "on 23 February alone"), in the paragraph that stated that history, is that history's day even when the
same day of the publication's year falls in the month before publication; an old date named in an earlier paragraph
may be background to today's news, and a history of a year or two back still yields such days to the publication's
year."""

import datetime as dt

from tests.helpers import claimant_of, rows


def _dates(text, gazetteer, published):
    return {c["place_name"]: (c["start_date"], c["date_certain"]) for c in rows(text, gazetteer, published)}


def test_a_witness_who_testified_is_the_claimant(gazetteer):
    text = ("The mayor of the district, Vugar Hasanov, later testified that on the evening of 4 April he saw "
            "armoured vehicles take up positions around Tartar.")
    assert "Vugar Hasanov" in claimant_of("Tartar", text, gazetteer, published=dt.date(2015, 6, 1))


def test_scholars_who_argue_that_are_the_claimants(gazetteer):
    text = "The historians Nigar Mammadova and Karen Petrosyan argue that the shelling of Ganja killed five people."
    assert "Nigar Mammadova" in claimant_of("Ganja", text, gazetteer)


def test_argue_without_that_names_no_claim(gazetteer):
    # a quarrel, not a claim: "argue over" opens no account
    text = "Farmers argue over water every summer while shells fall on Tartar, the ministry said."
    assert "Farmers" not in (claimant_of("Tartar", text, gazetteer) or "")


def test_loudspeakers_are_a_means_not_a_speaker(gazetteer):
    text = ("According to the Memorial centre, Armenian officials said villagers had been told by loudspeakers on "
            "trucks that a corridor out of Fuzuli would stay open.")
    who = claimant_of("Fuzuli", text, gazetteer)
    assert "loudspeaker" not in who.lower()
    assert who.startswith("Armenian")


def test_a_megaphone_is_a_means_too(gazetteer):
    text = "Residents said they were told by megaphone that the road to Lachin would close at dawn."
    assert "megaphone" not in (claimant_of("Lachin", text, gazetteer) or "").lower()


def test_a_day_of_an_old_history_in_the_month_before_publication(gazetteer):
    text = ("A letter from a soldier was printed in a Moscow weekly in March 1994. The historians Farid Guliyev and "
            "Anar Karimov argue that the shelling of Tartar left three men dead on 10 March alone.\n\n"
            "The retreat began on 14 March, and the general flew to Ganja the same day to oversee it.")
    found = _dates(text, gazetteer, dt.date(2019, 3, 12))
    assert found["Tartar"] == ("1994-03-10", True)
    assert found["Ganja"] == ("1994-03-14", True)


def test_a_history_of_last_year_leaves_the_recent_day_to_this_year(gazetteer):
    text = "Clashes broke out near Tartar on 1 March 2024. Shells hit Aghdam on 3 March, the ministry said."
    found = _dates(text, gazetteer, dt.date(2025, 3, 10))
    assert found["Aghdam"] == ("2025-03-03", True)


def test_an_old_date_of_an_earlier_paragraph_leaves_the_recent_day_to_this_year(gazetteer):
    text = ("The siege of Tartar began on 2 March 1994.\n\n"
            "Shells hit Tartar again on 8 March, the district council said.")
    found = _dates(text, gazetteer, dt.date(2019, 3, 12))
    assert found["Tartar"] == ("2019-03-08", True)
