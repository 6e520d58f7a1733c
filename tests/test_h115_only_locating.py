"""Claimants written as an office or cut at the wrong word, and places that only locate something private: the
ombudsman's office is the Human Rights Defender; "X gave another account, saying ..." is X's; a sentence's first
word that only a loose spelling makes a village; the town of a shop or a gym thanked or carried to, of a delivery; the town
unnamed villages lie between the border and; a village's address; a programme line naming a title. Each with a
case where the place is still news."""

from functools import partial

from bench.eval_extract import _loose
from geo.extract.actors import canonical_actor
from geo.extract.claims import find_attributions
from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="2022-09-16")
claimant = partial(claimant_of, published="2022-09-16")


def test_human_rights_defenders_office_is_the_armenian_ombudsman():
    assert canonical_actor("the Human Rights Defender's office") == "Armenian Human Rights Defender"
    assert _loose("Armenian Human Rights Defender", "Human Rights Defender's office")
    # the Karabakh ombudsman's office stays his own
    assert canonical_actor("the Artsakh Human Rights Defender's office") == "Nagorno-Karabakh Ombudsman"


def test_subject_of_an_account_given_stops_at_the_verb():
    sentence = ("The ministry in Yerevan gave a different version, saying that its posts near Sotk had come under "
                "fire from the direction of Kalbajar.")
    assert "ministry in Yerevan" in [a.who for a in find_attributions(sentence)]
    assert not any("version" in a.who for a in find_attributions(sentence))


def test_account_given_then_claimant_is_the_ministry(gazetteer):
    text = ("Azerbaijan's defence ministry said that its positions near Kalbajar were shelled overnight.\n\n"
            "The ministry in Yerevan gave another account, saying that Azerbaijani drones had struck Vardenis.")
    assert canonical_actor(claimant("Vardenis", text, gazetteer)) == "Armenian MoD"


def test_account_noun_after_another_verb_is_not_cut():
    # a subject with no account given: read as before
    assert [a.who for a in find_attributions("The mayor said that Kapan was shelled.")] == ["mayor"]


def test_plural_noun_opening_a_sentence_is_no_loosely_spelled_village(gazetteer):
    assert "Doghs" not in layers("Dogs bark at the gate all night, whatever the weather.", gazetteer)
    assert "Doghs" not in layers("Dogs on a lead are allowed in the garden, not indoors.", gazetteer)


def test_village_named_as_written_opening_a_sentence_stays(gazetteer):
    assert layers("Tegh came under fire again on Tuesday night.", gazetteer).get("Tegh") == "shelling"


def test_town_of_a_shop_or_gym_only_locates(gazetteer):
    assert "Sisian" not in layers("We thank the bakery in Sisian for the cakes it brings every Friday.", gazetteer)
    assert "Vayk" not in layers("The money goes to the families, and Anna takes it to the school gym in Vayk every evening.", gazetteer)


def test_venue_opening_the_sentence_stays(gazetteer):
    # the venue is the sentence's subject: what it does may be news
    assert "Sisian" in layers("The bakery in Sisian was requisitioned by the army.", gazetteer)


def test_shop_or_hospital_hit_stays(gazetteer):
    assert layers("A rocket struck the shop in Tegh on Tuesday night.", gazetteer).get("Tegh") == "shelling"
    assert layers("A shell hit the hospital in Martakert on Monday.", gazetteer).get("Martakert") == "shelling"


def test_town_a_delivery_comes_from_only_locates(gazetteer):
    text = "Strings are scarce, and you may have to wait for a delivery from Gyumri before your violin is ready."
    assert "Gyumri" not in layers(text, gazetteer)


def test_town_unnamed_villages_lie_between_the_border_and(gazetteer):
    text = "Most of our singers come from the villages between Kapan and the border, and rehearsals are cancelled."
    assert "Kapan" not in layers(text, gazetteer)


def test_villages_between_two_named_towns_shelled_stay(gazetteer):
    found = layers("Shells hit the villages between Berd and Chinari on Tuesday.", gazetteer)
    assert found.get("Berd") == "shelling" and found.get("Chinari") == "shelling"


def test_address_of_a_village_only_locates(gazetteer):
    text = "My cousin lives in Khoznavar, in the Tegh community near Goris, and I helped him mend his fence."
    found = layers(text, gazetteer)
    assert "Tegh" not in found and "Goris" not in found


def test_village_shelled_with_its_address_stays(gazetteer):
    found = layers("Shells hit Kornidzor, in the Tegh community near Goris, on Tuesday.", gazetteer)
    assert found.get("Kornidzor") == "shelling"


def test_community_shelled_stays(gazetteer):
    assert layers("Shelling damaged houses in the Tegh community on Tuesday.", gazetteer).get("Tegh") == "shelling"


def test_programme_line_naming_a_title_gives_no_event(gazetteer):
    assert "Kapan" not in layers('4. March: "The Road to Kapan" (full band, led by Aram Davtyan)', gazetteer)


def test_programme_line_with_news_stays(gazetteer):
    found = layers('Update: "Shelling near Kapan" (ministry statement, 13 September)', gazetteer)
    assert found.get("Kapan") == "shelling"
