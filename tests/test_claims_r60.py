"""Claimants: "Baku" named alone as the speaker of its own army hit (fire on its positions or units, its servicemen
wounded) is Azerbaijan's Defence Ministry, in a chronology's sentence or a numbers list's line alike; its word on a
city struck stays the government's, and so does Yerevan's."""

from tests.helpers import claimant_of, claimants


def test_baku_denying_and_telling_of_fire_on_its_units_is_its_defence_ministry(gazetteer):
    text = ("On 5 May Armenia's Defence Ministry said a soldier was killed by Azerbaijani fire near Tegh. Baku denied "
            "it and said Armenian troops had fired on its units in the Gubadli district that day.")
    assert claimant_of("Gubadli District", text, gazetteer, "2023-05-10") == "Azerbaijani MoD"


def test_a_numbers_line_of_servicemen_wounded_by_baku_s_word_is_its_defence_ministry(gazetteer):
    text = ("THE WEEK IN FIGURES\n\n"
            "3 - Azerbaijani servicemen wounded on Sunday, Baku said, when Armenian units fired on its positions "
            "near Tovuz.")
    assert claimant_of("Tovuz", text, gazetteer, "2023-05-10") == "Azerbaijani MoD"


def test_servicemen_wounded_by_baku_s_account_is_its_defence_ministry(gazetteer):
    text = "Two days later, by Baku's account, several Azerbaijani servicemen had been wounded near Fuzuli."
    assert claimant_of("Fuzuli", text, gazetteer, "2023-05-10") == "Azerbaijani MoD"


def test_baku_s_word_on_a_city_struck_stays_the_government_s_beside_its_positions(gazetteer):
    text = ("Baku said Armenian missiles had struck Ganja.\n\n"
            "According to Baku, on Monday evening Armenian units fired at Azerbaijani positions near Zaylik in "
            "the Kalbajar district.")
    found = claimants(text, gazetteer, "2023-05-10")
    assert (found["Ganja"], found["Zaylik"]) == ("Azerbaijani government", "Azerbaijani MoD")
