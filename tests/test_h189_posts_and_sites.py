"""An attack told in the passive on army posts is fire on positions."""
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

