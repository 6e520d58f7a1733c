"""A village "freed from occupation" by a counter-attack was liberated, the attack only how; a village struck by a
counter-attack is fighting."""

from tests.helpers import place_layers


def test_village_freed_from_occupation_by_a_counter_attack_was_liberated(gazetteer):
    text = "The agency writes that Jojug Marjanli was freed from occupation in April 2016 by a counter-attack."
    assert place_layers(text, gazetteer, "2017-07-20")["Jojug Marjanli"] == "other"


def test_village_struck_by_a_counter_attack_is_fighting(gazetteer):
    text = "The agency writes that Jojug Marjanli was struck in April 2016 by a counter-attack."
    assert place_layers(text, gazetteer, "2017-07-20")["Jojug Marjanli"] == "shelling"
