"""A bare "the site" or "the same paper" after an outlet that relayed a person named with a title before the name
("Archbishop X Y", "Bishop X Y") is that outlet: the titled person is no outlet the table lacks."""

from tests.helpers import claimants

TEXT = ("Hetq, a site in Yerevan, wrote on Monday that Archbishop Mikael Ajapahyan had claimed troops went to Berd "
        "at dawn.\n"
        "The same site noted that a convoy was expected on Tuesday in Ijevan.")


def test_the_same_site_is_the_outlet_not_the_archbishop(gazetteer):
    found = claimants(TEXT, gazetteer)
    assert found["Berd"] == "Archbishop Mikael Ajapahyan", found
    assert found["Ijevan"] == "Armenian media", found   # (Hetq, as the table reads it)


def test_an_unlisted_outlet_named_in_full_is_still_heard(gazetteer):
    text = ("The Lori Courier wrote on Monday that shells hit Berd at dawn.\n"
            "The same paper noted that a convoy was expected on Tuesday in Ijevan.")
    found = claimants(text, gazetteer)
    assert found["Ijevan"] == "Lori Courier", found
