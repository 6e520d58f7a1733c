"""A village the supplement files only with its district ("Padar (Gubadli)") is found under its bare name.

The district in brackets tells the conflict's village apart from namesakes elsewhere: the bare name
means it when it lies in the conflict zone, in any spelling of the row's own names, and is asked when
two such villages lie apart. Truth points are the Wikipedia coordinates the supplement cites.
"""

import pytest

from geo.errors import AmbiguousPlace, PlaceNotFound
from geo.gazetteer import distance_km

PADAR_GUBADLI = (39.37917, 46.67444)        # Wikipedia (ru) 'Падар (Губадлинский район)' 39°22′45″N 46°40′28″E
JAMILLI_KHOJALY = (39.83944, 46.72167)      # Wikipedia 'Jamilli' 39°50′22″N 46°43′18″E
MOLLALAR_LACHIN = (39.66722, 46.49000)      # Wikipedia 'Mollalar, Lachin' 39°40′02″N 46°29′24″E


@pytest.mark.parametrize("query, point", [
    ("Padar", PADAR_GUBADLI),                # the row's name without its district
    ("Cəmilli", JAMILLI_KHOJALY),            # the Azerbaijani name's head, in Azerbaijani letters
    ("Jamili", JAMILLI_KHOJALY),             # one l: doubled letters are one in the name's keys
])
def test_the_bare_name_of_a_village_filed_with_its_district_is_that_village(gazetteer, query, point):
    match = gazetteer.resolve(query)
    assert distance_km(match.place.lat, match.place.lon, *point) < 1
    assert match.how == "exact"
    assert "files as" in match.note                  # the answer says which row it is


@pytest.mark.parametrize("query, point", [
    ("Mollalyar", MOLLALAR_LACHIN),          # Russian-style ya for the a after l
    ("Pader", PADAR_GUBADLI),                # e for a
])
def test_a_transliteration_variant_of_the_bare_name_is_a_variant_match(gazetteer, query, point):
    match = gazetteer.resolve(query)
    assert distance_km(match.place.lat, match.place.lon, *point) < 1
    assert match.how == "variant"


def test_the_bare_name_of_two_villages_filed_with_districts_far_apart_is_asked(gazetteer):
    with pytest.raises(AmbiguousPlace) as asked:
        gazetteer.resolve("Ishigli")                  # Ishigli (Gubadli) and Ishigli (Fuzuli)
    assert len(asked.value.suggestions) == 2
    assert all("Ishigli (" in s for s in asked.value.suggestions)


def test_an_old_name_filed_with_its_district_is_not_taken_bare(gazetteer):
    # "Vorotan (Sisian)" is Vorotnavan's old name; bare "Vorotan" is as likely the river or Gubadli
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve("Vorotan")


def test_a_short_bare_name_is_not_taken_alone(gazetteer):
    # "Lev (Kalbajar)": "Lev" alone is as often a person's first name
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve("Lev")
    assert gazetteer.resolve("Lev (Kalbajar)").place.name == "Lev (Kalbajar)"


MUGHANLI_ZANGILAN = (39.09140, 46.77780)    # Wikipedia 'İkinci Muğanlı' 39.0914°N 46.7778°E


def test_a_bare_name_in_another_language_s_reading_is_found_too(gazetteer):
    # Russian х for the ğ/gh of "Mughanli (Zangilan)"
    match = gazetteer.resolve("Mukhanli")
    assert distance_km(match.place.lat, match.place.lon, *MUGHANLI_ZANGILAN) < 1
    assert match.how == "variant"
