"""Names that are no place of an event, in sentences written for these tests: a note on the author's job and
town, the correspondent's whereabouts, the name given to an exercise, a river's bank in an area far from the
river's point, the outlet's note on the names it uses; and "the villages of X", one name alone, read as X's
district."""

import pytest

from tests.helpers import rows


def places(text, gazetteer):
    """Every place the extractor files for ``text``, a row naming several counted once each."""
    return sorted({name for row in rows(text, gazetteer) for name in row["place_name"].split(";")})


@pytest.mark.parametrize("text, expected", [
    # a contributor's note: where the author works, not news
    ("The writer is a nurse at a hospital in Goris and writes for us every month.", []),
    ("Our columnist teaches geography at a college in Ganja.", []),
    # but where the writer was when something happened is news
    ("The writer was in Tartar when the shelling began on Monday.", ["Tartar"]),
    # where the outlet's correspondent is, said alone
    ("Our reporter has been following it from Ganja.", []),
    ("HOST: Our correspondent Anna Petrosyan is in Goris.", []),
    ("Our correspondent is in Goris, where shelling hit the market.", ["Goris"]),
    # the exercise's name, not its place
    ("A joint drill called Tovuz was held near Ganja on Tuesday.", ["Ganja"]),
    ("The manoeuvres, codenamed Shusha, began on Monday near Barda.", ["Barda"]),
    # a river's bank located by a district far from the river's point: no village of the river's name
    ("Surveyors spent a fortnight mapping canals on the Azerbaijani bank of the Aras, in the Saatly district.", []),
    # (a village the gazetteer lacks, located the same way, is still kept)
    ("Surveyors spent a fortnight mapping canals near Garalar, in the Saatly district.", ["Garalar"]),
    # the outlet's note on the names it uses reports nothing
    ("We write Khankendi for the city that Armenian sources call Stepanakert, and Lachin for the town Armenians "
     "call Berdzor.", []),
    ("On spelling: this paper uses Kalbajar for the district that Armenian reports call Karvachar or Kelbajar.", []),
    ("We write to Goris for the latest figures every week.", ["Goris"]),
    # the villages of a town's name are its district's
    ("Volunteers went back to the villages of Lachin last spring, the council said.", ["Lachin District"]),
])
def test_names_that_are_no_event_place(text, expected, gazetteer):
    assert places(text, gazetteer) == expected
