"""Places of sieges, broadcasters and renamed villages. A small village, which otherwise needs "in" or "the village
of" before its name to be read as a place, is one when it is the object of a siege ("troops were blockading X",
"police had encircled X"): the verb is all the context it needs. A city's radio or television ("Baku radio says",
"Stepanakert television reported") is the speaker, not the scene, as a city's papers already were; the
broadcaster's station or mast hit is still the city's. And Chaikend and Chaykand, the spellings English
accounts use for Getashen of the old Khanlar district (today Çaykənd), are that village, not the Tavush village
once called Chaykend, which keeps that spelling."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="1991-05-10"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_a_small_village_being_blockaded_is_the_place(gazetteer):
    assert "Voskepar" in places("Officials said soldiers and special police were still blockading Voskepar on Friday.",
                                gazetteer)


def test_a_small_village_blockaded_by_troops_is_a_checkpoint_event(gazetteer):
    found = place_layers("On Wednesday troops blockaded Voskepar and took two more villages, the agency said.",
                         gazetteer, "1991-05-10")
    assert found == {"Voskepar": "checkpoints"}


def test_a_small_village_named_like_a_word_without_a_siege_stays_out(gazetteer):
    assert places("Officials said Voskepar would be discussed on Friday.", gazetteer) == set()


def test_a_citys_radio_is_the_speaker_not_the_place(gazetteer):
    found = places("The evening bulletin of Baku radio said calm had returned to Getashen after the operation.",
                   gazetteer)
    assert "Baku" not in found and "Getashen (Goygol)" in found
    assert "Stepanakert" not in places("Stepanakert television reported that troops stormed Getashen.", gazetteer)


def test_a_broadcasters_station_hit_is_still_the_city(gazetteer):
    assert place_layers("A rocket struck the Stepanakert radio station on Monday.", gazetteer) \
        == {"Stepanakert": "shelling"}


def test_the_azerbaijani_name_of_getashen_is_getashen(gazetteer):
    assert places("Troops stormed Chaikend on Tuesday, the radio said.", gazetteer) == {"Getashen (Goygol)"}
    assert "Dprabak" not in places("Police fired on Chaykand on Tuesday.", gazetteer)
