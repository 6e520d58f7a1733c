"""Dates of a miners' and a monitors' report: a log's labelled date line ("LOG ENTRY 2021-11-16") dates its entry
as a diary's heading does, so the entry's "on Monday evening" is the day before it, not a Monday near publication;
and a bare "on Saturday" a week after the one Saturday the piece names with its date ("Saturday, 13 November") is
that day, as a bulletin printed nine days later means it, not the Saturday just before publication (when the named
day stands in its paragraph or the one before); a diary entry's "it is Saturday" under "Saturday, 13 November" tells
no other day, so the entry's undated news keeps the heading's day. Claimants: a company named after or beside its
trade ("the operator, Kapan Copper,") is what a later "the company said" stands for, and "Operator Kapan Copper: ..."
gives the company's words. Layers: "fire from the Azerbaijani side" is fire, and a worker "at the X mine" wounded is
one of the place's people hurt, by fire, as "a resident of X" is; a worker hurt in a fall is not."""

from tests.helpers import claimant_of, place_layers, rows


def _date_of(place, text, gazetteer, published):
    """The first day of the place's row."""
    return next(str(c["start_date"]) for c in rows(text, gazetteer, published) if c["place_name"] == place)


def test_a_log_entry_line_dates_its_entry_s_weekdays(gazetteer):
    text = ("VILLAGE WATCH - INCIDENT LOG\n\n"
            "LOG ENTRY 2021-11-16\n"
            "Local officials reported that shelling of Berd began on Monday evening and went on until the morning.\n\n"
            "LOG ENTRY 2021-11-20\n"
            "Residents of Chinari said nothing happened.")
    assert _date_of("Berd", text, gazetteer, "2021-11-29").startswith("2021-11-15")


def test_a_line_with_a_day_and_other_words_is_no_entry_heading(gazetteer):
    text = ("FIRST SNOW ON THE PASS 2021-11-16\n"
            "Local officials reported that shelling of Berd began on Monday evening and went on until the morning.")
    assert not _date_of("Berd", text, gazetteer, "2021-11-29").startswith("2021-11-15")


def test_a_bare_saturday_after_the_named_saturday_is_that_day(gazetteer):
    text = ("Shelling near Berd began on the evening of Friday, 12 November, and grew heavier on Saturday, "
            "13 November.\n\n"
            "On Saturday a shell also struck a house in Tegh, the union's branch said.")
    assert _date_of("Tegh", text, gazetteer, "2021-11-22").startswith("2021-11-13")


def test_a_bare_saturday_stays_when_the_piece_names_two_saturdays(gazetteer):
    text = ("Shelling near Berd was reported on Saturday, 6 November, and again on Saturday, 13 November.\n\n"
            "On Saturday a shell also struck a house in Tegh, the union's branch said.")
    assert _date_of("Tegh", text, gazetteer, "2021-11-22").startswith("2021-11-20")


def test_a_bare_saturday_right_after_publication_s_week_is_not_moved(gazetteer):
    text = ("Shelling near Berd was reported on Saturday, 30 October.\n\n"
            "On Saturday a shell also struck a house in Tegh, the union's branch said.")
    assert _date_of("Tegh", text, gazetteer, "2021-11-22").startswith("2021-11-20")


def test_a_named_saturday_far_before_in_another_story_does_not_move_a_bare_sunday(gazetteer):
    text = ("Shelling near Berd was reported on Sunday, 14 November.\n\n"
            "Farmers in Chinari said the harvest was poor.\n\n"
            "Prices in the market rose again.\n\n"
            "A shell struck a house in Tegh on Sunday, a resident said.")
    assert _date_of("Tegh", text, gazetteer, "2021-11-22").startswith("2021-11-21")


def test_a_diary_s_it_is_saturday_keeps_the_entry_s_day(gazetteer):
    text = ("Notes of a nurse\n\n"
            "Saturday, 13 November\n"
            "No clinic, it is Saturday. At about three a neighbour said a shepherd near Berd had been shot in the leg.")
    assert _date_of("Berd", text, gazetteer, "2021-12-20").startswith("2021-11-13")


def test_the_company_said_is_the_operator_named_before(gazetteer):
    text = ("The claim came from the operator, Kapan Copper, through its spokesman. "
            "The company also said troops had fired at its trucks near Tegh that day.")
    assert claimant_of("Tegh", text, gazetteer) == "Kapan Copper"


def test_an_operator_s_label_before_a_colon_gives_its_words(gazetteer):
    text = "Operator Kapan Copper: shots from the Azerbaijani side hit a truck near Tegh on 12 November."
    assert claimant_of("Tegh", text, gazetteer) == "Kapan Copper"


def test_a_clause_with_an_operator_before_a_colon_is_no_label(gazetteer):
    text = "The operator was asked one thing: did shots hit a truck near Tegh on 12 November?"
    assert claimant_of("Tegh", text, gazetteer) != "operator"


def test_fire_from_the_other_side_is_fire(gazetteer):
    text = "Fire from the Azerbaijani side towards Tegh began on the evening of 12 November."
    assert place_layers(text, gazetteer).get("Tegh") == "shelling"


def test_a_worker_at_a_mine_wounded_in_the_arm_is_fire(gazetteer):
    text = "A miner at the Tegh copper mine was wounded in the right arm on 12 November."
    assert place_layers(text, gazetteer).get("Tegh") == "shelling"


def test_a_worker_at_a_mine_hurt_in_a_fall_is_no_fire(gazetteer):
    text = "A miner at the Tegh copper mine was injured in a fall on 12 November."
    assert place_layers(text, gazetteer).get("Tegh") != "shelling"
