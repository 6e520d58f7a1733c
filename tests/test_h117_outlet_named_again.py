"""An outlet named again by its kind, and a town opening an outlet's title.

"The same site wrote" after a named outlet is that outlet, as "the same paper" is, and a pronoun after it ("it
added") is that outlet too, not an unnamed site. A site never named stays an unnamed outlet. A town's name opening
a title that ends in "Post" ("Gyumri Post reported") is the paper, not the town."""

from functools import partial

from tests.helpers import claimant_of, place_layers

claimant = partial(claimant_of, published="2022-08-20")
layers = partial(place_layers, published="2022-08-20")


def test_same_site_then_it_is_the_outlet(gazetteer):
    text = ("Bizim Yol reported that the people of Sus had left. The same site said that the houses of Zabukh were "
            "empty. Kornidzor, it added, was quiet.")
    assert claimant("Aghavno", text, gazetteer) == "Bizim Yol"
    assert claimant("Kornidzor", text, gazetteer) == "Bizim Yol"


def test_site_never_named_stays_unnamed(gazetteer):
    # negative: no outlet heard before, so the site is no named outlet
    text = "A regional site reported that the people of Sus had left. It added that Zabukh was empty."
    assert claimant("Aghavno", text, gazetteer) in ("media", "", None)


def test_post_title_is_the_paper(gazetteer):
    text = "Gyumri Post wrote that shells had hit Kornidzor overnight."
    found = layers(text, gazetteer)
    assert "Gyumri" not in found
    assert found.get("Kornidzor") == "shelling"


def test_town_before_a_lower_case_post_stays(gazetteer):
    # negative: a post (a control point) at a town is no paper's title
    text = "Lorries waited for hours at the Gyumri post on Tuesday."
    assert "Gyumri" in layers(text, gazetteer)
