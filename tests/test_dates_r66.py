"""Dates: a sentence that goes on about the people of the sentence before ("The two delegations met yesterday in
Ijevan. According to the ministry, they agreed that ...") with no day of its own tells what they did at that
meeting, on the day the sentence before stated. News often writes the day once and goes on with "they" or "he";
their words ("they said"), what they had done before or would do, and a sentence after a new paragraph keep no
carried day."""

from tests.helpers import rows


def _start(place, text, gazetteer, published):
    return next(c["start_date"] for c in rows(text, gazetteer, published) if c["place_name"] == place)


def _certain(place, text, gazetteer, published):
    return next(c["date_certain"] for c in rows(text, gazetteer, published) if c["place_name"] == place)


def test_they_agreed_after_a_meeting_held_yesterday_takes_that_day(gazetteer):
    text = ("The two border commissions met yesterday in Ijevan for the third time. According to a statement from "
            "Yerevan, they agreed that the new crossing would open at Bagratashen.")
    assert _start("Bagratashen", text, gazetteer, "2023-03-15").startswith("2023-03-14")
    assert _certain("Bagratashen", text, gazetteer, "2023-03-15")


def test_he_signed_after_a_visit_on_a_weekday_takes_that_day(gazetteer):
    text = ("The governor travelled to the north of the province on Tuesday. He signed an order to reopen the road "
            "to Noyemberyan.")
    assert _start("Noyemberyan", text, gazetteer, "2023-03-17").startswith("2023-03-14")


def test_their_words_keep_no_carried_day(gazetteer):
    text = ("The two border commissions met yesterday in Ijevan for the third time. They said that the road to "
            "Bagratashen had been shelled many times.")
    assert not _certain("Bagratashen", text, gazetteer, "2023-03-15")


def test_what_they_had_done_before_keeps_no_carried_day(gazetteer):
    text = ("The two border commissions met yesterday in Ijevan for the third time. They had closed the road to "
            "Bagratashen in the winter.")
    assert not _certain("Bagratashen", text, gazetteer, "2023-03-15")


def test_a_new_paragraph_keeps_no_carried_day(gazetteer):
    text = ("The two border commissions met yesterday in Ijevan for the third time.\n\n"
            "They agreed that the new crossing would open at Bagratashen.")
    assert not _certain("Bagratashen", text, gazetteer, "2023-03-15")
