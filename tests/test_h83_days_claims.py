"""A part of the day in a sentence opened by a day counted on ("Two days later, in the morning") is that later day's
morning, not today's; the office that was receiving calls from residents tells what they reported."""

from tests.helpers import rows


def _row(text, place, gazetteer, published):
    found = [r for r in rows(text, gazetteer, published) if place in r["place_name"].split(";")]
    assert found, text
    return found[0]


def test_two_days_later_in_the_morning_is_that_days_morning(gazetteer):
    text = ("On 3 May, the ministry said, a drone was used against Kapan.\n"
            "Two days later, at six in the morning, Tegh came under mortar fire.")
    row = _row(text, "Tegh", gazetteer, "2021-06-10")
    assert row["date_certain"] and row["start_date"] == "2021-05-05"


def test_in_the_morning_alone_is_still_todays(gazetteer):
    text = "In the morning Tegh came under mortar fire, the ministry said."
    row = _row(text, "Tegh", gazetteer, "2021-06-10")
    assert row["start_date"] == "2021-06-10"


def test_the_ombudsman_receiving_calls_claims_what_they_report(gazetteer):
    text = ("That night the ombudsman, Arman Tatoyan, was receiving calls from residents of Tegh who could hear "
            "heavy firing near the village.")
    assert _row(text, "Tegh", gazetteer, "2022-03-15")["claimed_by"] == "Armenian Human Rights Defender"


def test_calls_no_one_received_name_no_claimant(gazetteer):
    text = "That night residents of Tegh could hear heavy firing near the village."
    assert _row(text, "Tegh", gazetteer, "2022-03-15")["claimed_by"] != "Armenian Human Rights Defender"


def test_calls_from_a_hotline_or_relatives_abroad_claim_nothing(gazetteer):
    text = ("Residents of Tegh were receiving calls from a ministry hotline about the evacuation as shells hit "
            "the village.")
    assert _row(text, "Tegh", gazetteer, "2022-03-15")["claimed_by"] == ""
    text = "Journalists in Stepanakert were receiving calls from relatives abroad; shells hit Tegh."
    assert _row(text, "Tegh", gazetteer, "2022-03-15")["claimed_by"] == ""


def test_alarmed_calls_received_from_a_village_are_the_receivers_to_tell(gazetteer):
    text = ("The ombudsman, Arman Tatoyan, received alarmed calls from Tegh that night about heavy firing near "
            "the village.")
    assert _row(text, "Tegh", gazetteer, "2022-03-15")["claimed_by"] == "Armenian Human Rights Defender"
