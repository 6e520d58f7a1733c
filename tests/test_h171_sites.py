"""A web outlet named by its address before its kind ("the example.com site adds that ...") is that outlet, as it is
when the address follows the kind; a site named by no address stays the press, unnamed."""
from geo.extract.claims import normalise_actor


def test_a_site_named_by_its_address_first_is_that_outlet():
    assert normalise_actor("the karabakhnews.com site") == "karabakhnews.com"
    assert normalise_actor("the site karabakhnews.com") == "karabakhnews.com"


def test_both_orders_read_alike_and_an_unnamed_site_stays_media():
    assert normalise_actor("the karabakhnews.az site") == normalise_actor("the site karabakhnews.az")
    assert normalise_actor("the regional site") == "media"
    assert normalise_actor("the Meydan news site") == "Meydan"
