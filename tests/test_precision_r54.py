"""Places that report nothing: a name said to be no place's ("there is no village called X"), how far a place is
("X is a few kilometres away"), and a notebook's dated entry heading that only says where the writer was."""

from tests.helpers import place_layers


def test_a_village_said_not_to_exist_is_no_event(gazetteer):
    found = place_layers("The ministry said there is no village called Khramort in the district.", gazetteer)
    assert "Khramort" not in found
    found = place_layers("Officials insisted that there was no such town as Kornidzor on their maps.", gazetteer)
    assert "Kornidzor" not in found


def test_a_village_that_exists_and_is_shelled_stays(gazetteer):
    assert place_layers("Shells hit Khramort on Tuesday, the army said.", gazetteer).get("Khramort") == "shelling"


def test_how_far_a_place_is_reports_nothing(gazetteer):
    assert "Ijevan" not in place_layers("Ijevan is about twenty kilometres away.", gazetteer)
    assert "Tegh" not in place_layers("Tegh is a few kilometres away.", gazetteer)


def test_fire_on_a_place_a_few_kilometres_away_stays(gazetteer):
    assert place_layers("Shells hit Berd, which is 5 km away.", gazetteer).get("Berd") == "shelling"


def test_a_notebook_entry_heading_is_no_event(gazetteer):
    text = ("Notebook.\n\nTuesday 12 April, morning, Goris. Rain all day. Called the office.\n\n"
            "Wednesday 13 April, Kapan. Shells hit Tegh in the afternoon, the mayor said.")
    found = place_layers(text, gazetteer)
    assert "Goris" not in found and "Kapan" not in found
    assert found.get("Tegh") == "shelling"


def test_posts_said_to_be_set_up_at_a_village_are_checkpoints(gazetteer):
    assert place_layers("Peacekeepers checked whether the three posts set up at Tegh in May were still manned.",
                        gazetteer).get("Tegh") == "checkpoints"
    assert place_layers("The posts that were set up near Kornidzor last week are still there, a villager said.",
                        gazetteer).get("Kornidzor") == "checkpoints"


def test_places_a_risk_rating_is_given_for_report_nothing(gazetteer):
    found = place_layers("Risk rating for the Goris and Kapan areas raised from LOW to MEDIUM.", gazetteer)
    assert "Goris" not in found and "Kapan" not in found
    found = place_layers("The threat level for Goris and Kapan remains high after shells hit Tegh.", gazetteer)
    assert "Goris" not in found and "Kapan" not in found and found.get("Tegh") == "shelling"


def test_a_burial_is_no_fire_even_when_it_names_the_dead(gazetteer):
    assert place_layers("One of the three dead soldiers was buried in Goris on Monday.",
                        gazetteer).get("Goris") == "other"
    assert place_layers("Two soldiers were killed by shelling near Tegh on Friday.",
                        gazetteer).get("Tegh") == "shelling"
