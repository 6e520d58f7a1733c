"""Sentences where the 75x rules misfired, each keeping a private speaker's home as the scene of fire: harm words
with no weapon or fire ("a student from Goris said the exam was hit by delays", "... said prices were hit hard by
the drought", "... said he was fired from the mine", "... said he shot a video of the wedding", "... said the harvest
was damaged by hail"); fire feared, possible or denied ("a farmer from Chinari said he fears the village could be
shelled", "... said his sheepfold might be hit by mortar fire", "... said the village had not been shelled for a
week"); and fire put at a place the gazetteer does not hold ("... watched a film about the bombing of Dresden")."""

from tests.helpers import place_layers


def test_harm_words_without_a_weapon_or_fire_are_no_scene(gazetteer):
    for text in ("A student from Goris said the exam was hit by delays.",
                 "A farmer from Tegh said prices were hit hard by the drought.",
                 "A worker from Vardenis said he was fired from the mine last week.",
                 "A man from Sisian said he shot a video of the wedding.",
                 "A farmer from Berd said the harvest was damaged by hail."):
        assert place_layers(text, gazetteer) == {}, text


def test_fire_feared_possible_or_denied_is_no_scene(gazetteer):
    for text in ("A farmer from Chinari said he fears the village could be shelled.",
                 "A shepherd from Areni said his sheepfold might be hit by mortar fire.",
                 "A farmer from Berd said the village had not been shelled for a week.",
                 "A farmer from Berd said he did not hear any shooting."):
        assert place_layers(text, gazetteer) == {}, text


def test_fire_put_at_a_place_the_gazetteer_lacks_is_not_the_home(gazetteer):
    text = "A student from Goris said she watched a film about the bombing of Dresden."
    assert place_layers(text, gazetteer) == {}


def test_fire_told_of_the_home_still_keeps_it(gazetteer):
    assert place_layers("A driver from Berd said his car was damaged by gunfire on Monday.",
                        gazetteer) == {"Berd": "shelling"}
    assert place_layers("A villager from Tegh said his cousin was wounded by sniper fire on Friday.",
                        gazetteer) == {"Tegh": "shelling"}
    assert place_layers("A farmer from Berd said shells hit his barn, and he fears more will come.",
                        gazetteer) == {"Berd": "shelling"}
