"""Names two places far apart bear are asked about or left unread, never sent to the far one.

* A transliteration variant of a name the supplement files only qualified for a curated village ("Sarnaghbyur
  (Askeran)", "Karaglukh (Hadrut)") is a variant of that village's name too: asked between it and the GeoNames
  village it spells, as the exact head already was ("Kemerli").
* The bare name of a curated village filed only qualified is no sure typo of a place far from it: asked between them
  ("Garakilsa (Sisian)" or Lernahovit, whose old name is Garakilisa; "Təpəkənd (Tərtər)" or Babak, once Tazakand).
* Sourced qualified spellings and a sourced village: "Karabulagh (Goygol)" (Martunashen) and Tsapkut (Jivikhli)
  by Chambarak.
"""

import pytest

from geo.errors import AmbiguousPlace, PlaceNotFound
from geo.gazetteer import distance_km


@pytest.mark.parametrize("name, places", [
    ("Sarnaghbyour", ("Sarnaghbyur (Askeran)",)),
    ("Karagloukh", ("Karaglukh (Hadrut)",)),
])
def test_a_variant_of_a_vetted_qualified_name_is_asked(gazetteer, name, places):
    with pytest.raises(AmbiguousPlace) as caught:
        gazetteer.resolve(name)
    assert all(any(p in s for s in caught.value.suggestions) for p in places)


def test_a_variant_near_the_report_takes_the_vetted_village(gazetteer):
    # a report on Askeran: the Karabakh village, not the one by Artik
    match = gazetteer.resolve("Sarnaghbyour", near=(39.93, 46.83))
    assert match.place.name == "Sarnaghbyur (Askeran)"


@pytest.mark.parametrize("name, place", [("Sarnaghbyur", "Sarnaghbyur"), ("Karaglukh", "Karaglukh"),
                                         ("Aygedsor", "Aygedzor")])
def test_a_name_as_written_and_an_unshared_variant_still_resolve(gazetteer, name, place):
    match = gazetteer.resolve(name)
    assert match.place.name == place and match.place.country == "AM"


@pytest.mark.parametrize("name, typo, vetted", [("Gharakilsa", "Vanadzor", "Sisian"),
                                                 ("Tapakand", "Babak", "Tonashen")])
def test_a_vetted_bare_name_is_no_sure_typo_of_a_far_place(gazetteer, name, typo, vetted):
    with pytest.raises(AmbiguousPlace) as caught:
        gazetteer.resolve(name)
    assert any(s.startswith(typo) for s in caught.value.suggestions)
    assert any(s.startswith(vetted) for s in caught.value.suggestions)


def test_a_typo_of_a_vetted_bare_name_near_the_report_takes_the_village(gazetteer):
    # a report on Syunik: Sisian, not Vanadzor
    assert gazetteer.resolve("Gharakilsa", near=(39.5, 46.0)).place.name == "Sisian"


def test_an_unfiled_name_is_still_offered_the_vetted_village(gazetteer):
    with pytest.raises(PlaceNotFound) as caught:
        gazetteer.resolve("Garakilse")
    assert "Sisian" in caught.value.suggestions


@pytest.mark.parametrize("name, place", [("Karakilsa", "Sisian"), ("Vardeniss", "Vardenis"),
                                         ("Martakerti", "Martakert")])
def test_a_typo_near_its_place_is_still_read(gazetteer, name, place):
    assert gazetteer.resolve(name).place.name == place


@pytest.mark.parametrize("name", ["Karabulagh", "Gharabulagh"])
def test_martunashens_azerbaijani_name_is_asked(gazetteer, name):
    with pytest.raises(AmbiguousPlace) as caught:
        gazetteer.resolve(name)
    assert any("Martunashen" in s for s in caught.value.suggestions)
    assert any("Yernjatap" in s for s in caught.value.suggestions)


def test_martunashen_and_its_qualified_name_still_resolve(gazetteer):
    assert gazetteer.resolve("Martunashen").place.name == "Martunashen (Goygol)"
    assert gazetteer.resolve("Garabulag (Goygol)").place.name == "Martunashen (Goygol)"


@pytest.mark.parametrize("name", ["Chapkut", "Jivikhli", "Chivikhli"])
def test_jivikhli_is_the_village_by_chambarak(gazetteer, name):
    place = gazetteer.resolve(name).place
    assert distance_km(place.lat, place.lon, 40.66667, 45.23333) < 1


def test_chibukhli_stays_tsovagyugh(gazetteer):
    assert gazetteer.resolve("Chibukhli").place.name == "Tsovagyugh"
