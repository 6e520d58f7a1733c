"""An attack told in the passive on army posts is fire on positions; a site's dotted name does not end what a
village head says about his village."""
import datetime

from geo.extract import extract_text

DAY = datetime.date(2020, 7, 21)


def _layers(sentence, day=DAY):
    return {e["place"]: e["layer"] for e in extract_text(sentence, day)}


def test_attack_made_on_army_posts_is_shelling():
    assert _layers("Fighting flared when an attack was made on the army posts near Movses at dawn.") == {
        "Movses": "shelling"}


def test_attacks_carried_out_on_border_posts_is_shelling():
    assert _layers("Attacks were carried out on the border posts near Movses during the night.") == {
        "Movses": "shelling"}


def test_posts_set_up_after_an_attack_stay_checkpoints():
    # the posts are new, not attacked: the attack word does not reach them
    assert _layers("New army posts were set up near Movses after the attack.") == {"Movses": "checkpoints"}


def test_head_told_dotted_site_about_his_village():
    events = extract_text("Aram Petrosyan, the head of Kut, told Panorama.am that a field fire above his village "
                          "was put out on Monday.", datetime.date(2021, 9, 29))
    assert [(e["place"], e["claimed_by"]) for e in events] == [("Kut", "Aram Petrosyan")]


def test_head_told_dotted_site_nothing_of_his_village():
    # the head's words do not come back to his village: his post only
    assert extract_text("Aram Petrosyan, the head of Kut, told Panorama.am that the talks would go on.",
                        datetime.date(2021, 9, 29)) == []
