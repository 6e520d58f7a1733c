"""Men standing guard at a place hold a post there (checkpoints); fire on soldiers coming back from a post is the
fire's news at the place, not the post's; a held note of music ("a slow drone on the recorder") is no drone strike;
a line giving only a place and its other name ("A: X, also called Y.") tells nothing of it; a role owned by something
opening a sentence ("Its composer, X Y, ...") names the person a later "he says" means; the newspaper Musavat is
Azerbaijan's press, the Musavat Party not."""

from functools import partial

from geo.extract.claims import canonical_actor
from tests.helpers import claimant_of, place_layers, rows

layers = partial(place_layers, published="2024-04-19")


def test_police_standing_guard_at_a_monastery_is_a_post(gazetteer):
    text = "Border troops now stand guard at Gandzasar, local reporters said."
    assert layers(text, gazetteer).get("Gandzasar") == "checkpoints"


def test_standing_guard_over_a_coffin_is_no_post(gazetteer):
    text = "Soldiers stood guard over the coffin in Khojavend before the funeral."
    assert layers(text, gazetteer).get("Khojavend") != "checkpoints"


def test_fire_on_men_coming_back_from_a_post_is_the_fire(gazetteer):
    text = ("On Monday two border guards were shot at while returning from one of their observation posts near "
            "Sarushen, and both were wounded, the ministry said.")
    assert layers(text, gazetteer).get("Sarushen") == "shelling"


def test_men_coming_back_from_a_post_without_fire_keep_the_post(gazetteer):
    text = "On Monday the border guards were driving back from an observation post near Sarushen, the ministry said."
    assert layers(text, gazetteer).get("Sarushen") == "checkpoints"


def test_a_musical_drone_is_no_drone_strike(gazetteer):
    text = ("The song opens with a low drone on the duduk, written after she heard about the soldiers leaving the "
            "church at Gandzasar.")
    assert layers(text, gazetteer).get("Gandzasar") == "other"


def test_a_drone_over_a_town_is_still_fire(gazetteer):
    assert layers("A drone struck a lorry near Khojavend on Sunday.", gazetteer).get("Khojavend") == "shelling"


def test_a_quiz_answer_naming_a_place_and_its_other_name_is_no_event(gazetteer):
    text = ("Q: Which town did the troops leave first? A: Shusha, also called Shushi. "
            "The agency Trend reported that the troops had taken their men and lorries out of Shusha.")
    quotes = [r["quote"] for r in rows(text, gazetteer, "2024-04-25") if r["place_name"] == "Shusha"]
    assert quotes and all(q.startswith("The agency Trend") for q in quotes)


def test_a_place_and_its_other_name_inside_a_told_sentence_stays(gazetteer):
    text = "Troops left Shusha, also called Shushi, on Sunday, the agency Trend reported."
    assert "Shusha" in layers(text, gazetteer)


def test_its_role_then_name_is_who_he_means(gazetteer):
    text = ("Its conductor, Aram Vardanyan, grew up in Goris. He says the last part came to him when he heard "
            "about the soldiers leaving the church at Gandzasar.")
    assert claimant_of("Gandzasar", text, gazetteer, "2024-04-19") == "Aram Vardanyan"


def test_musavat_the_paper_is_azerbaijani_media_the_party_is_not():
    assert canonical_actor("the newspaper Musavat") == "Azerbaijani media"
    assert canonical_actor("Yeni Musavat") == "Azerbaijani media"
    assert canonical_actor("the opposition Musavat party") == "Musavat Party"
