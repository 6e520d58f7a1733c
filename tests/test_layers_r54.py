"""Layers a place takes from its own clause: what a "where" clause after it says happened there ("the goal was X,
where two soldiers were killed") is its news, whatever the main clause calls the place; and a place joined by "and" to one a word governs shares its news, however far
that word stands ("killed late on Friday near A and the village of B")."""

from tests.helpers import place_layers


def test_deaths_told_in_a_where_clause_are_the_places_news(gazetteer):
    found = place_layers("The goal of the push was Khramort, where two soldiers were killed on Sunday.", gazetteer)
    assert found.get("Khramort") == "shelling"


def test_an_aside_inside_the_where_clause_does_not_hide_the_deaths(gazetteer):
    text = ("Her point was that the real prize was Mount Karaglukh, where, according to the army, "
            "a conscript was killed the next day.")
    assert place_layers(text, gazetteer).get("Karaglukh (Askeran)") == "shelling"


def test_a_checkpoint_set_up_in_a_where_clause_is_the_places(gazetteer):
    found = place_layers("The delegation drove on to Askeran, where a new checkpoint was set up on Monday.", gazetteer)
    assert found.get("Askeran") == "checkpoints"


def test_fire_on_another_place_told_in_the_where_clause_stays_there(gazetteer):
    found = place_layers("Families moved to Goris, where people who fled the shelling of Martakert were housed.",
                         gazetteer)
    assert found.get("Martakert") == "shelling"
    assert found.get("Goris") != "shelling"


def test_talk_of_no_deaths_in_a_where_clause_is_no_fire(gazetteer):
    found = place_layers("The talks were held in Moscow, where the ministers discussed the prisoners.", gazetteer)
    assert found.get("Moscow") == "other"


def test_wreaths_for_the_dead_laid_in_a_where_clause_are_no_fire(gazetteer):
    text = "A vigil was also held in Barda, where students laid flowers at the memorial to those killed in 2020."
    assert place_layers(text, gazetteer).get("Barda") == "other"


def test_the_second_of_two_places_a_far_word_governs_shares_the_deaths(gazetteer):
    found = place_layers("Two conscripts were killed late on Sunday evening near Khramort and Parukh.", gazetteer)
    assert found.get("Khramort") == "shelling" and found.get("Parukh") == "shelling"


def test_the_village_of_after_and_keeps_the_list(gazetteer):
    found = place_layers("A shepherd was wounded on Monday near Khramort and the village of Parukh.", gazetteer)
    assert found.get("Parukh") == "shelling"


def test_a_place_after_and_with_nothing_governing_the_first_stays_other(gazetteer):
    found = place_layers("Delegates from Goris and the town of Kapan met in Yerevan.", gazetteer)
    assert found.get("Kapan") == "other"
