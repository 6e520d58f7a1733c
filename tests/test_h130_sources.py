"""Who makes the claim, written several ways:

* "the reports from Baku": that side's reports ("Azerbaijani reports"), as "Azerbaijani reports" are, and the capital
  they come from is no event place; "reports mention no dead" is the reports' account too;
* a guidebook named by its title ("the X guide") is the source, not a tour guide among the residents; "the same
  guide" is that book again;
* a source that puts the dead at a number, or the fall of a place on a day, makes that claim;
* Femida.az is one of the Azerbaijani media."""

from geo.extract.claims import canonical_actor
from tests.helpers import claimant_of, rows

PUBLISHED = "1992-08-12"


def test_femida_az_is_azerbaijani_media():
    assert canonical_actor("Femida.az") == "Azerbaijani media"
    assert canonical_actor("Femida") is None
