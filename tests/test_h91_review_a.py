"""Review of the locating rules: a briefing venue the words tell of again ("that the city had been shelled") stays;
a home or a meanwhile home with a relative clause telling harm there ("now 60 and living in X, where a rocket
struck ...", "spent the years since in X, which was shelled") stays; the plain cases still only locate."""

from functools import partial

from tests.helpers import place_layers

layers = partial(place_layers, published="2020-10-20")


def test_briefing_venue_told_of_again_is_kept(gazetteer):
    text = "The spokesman told a briefing in Stepanakert that the city had been shelled and that Shusha was also hit."
    found = layers(text, gazetteer)
    assert found.get("Stepanakert") == "shelling" and found.get("Shusha") == "shelling"


def test_briefing_venue_the_town_is_kept(gazetteer):
    text = "The commander told a briefing in Shusha that the town and nearby Lachin had come under heavy fire."
    assert layers(text, gazetteer).get("Shusha") == "shelling"


def test_briefing_venue_still_locates_for_another_place(gazetteer):
    text = "The minister told a press conference in Baku that Armenian forces shelled Tartar on Monday."
    found = layers(text, gazetteer)
    assert "Baku" not in found and found.get("Tartar") == "shelling"


def test_aged_home_with_harm_clause_is_kept(gazetteer):
    text = "Aliyev, now 60 and living in Barda, where a rocket struck his house last week, told his story."
    assert layers(text, gazetteer).get("Barda") == "shelling"


def test_aged_home_alone_locates(gazetteer):
    text = "The veteran, now 84 and living in Goris, recalls the war of 1992."
    assert "Goris" not in layers(text, gazetteer)


def test_years_since_with_harm_clause_is_kept(gazetteer):
    text = "The family had spent the years since in Shusha, which was shelled in 2020."
    assert layers(text, gazetteer).get("Shusha") == "shelling"


def test_years_since_alone_locates(gazetteer):
    text = "They had spent the years since in Barda and Ganja before returning to Gubadli."
    found = layers(text, gazetteer)
    assert "Barda" not in found and "Ganja" not in found


def test_members_wounded_keep_their_town(gazetteer):
    text = "Our members in Martuni were wounded when shells hit the town on Sunday."
    assert layers(text, gazetteer).get("Khojavend") == "shelling"     # Martuni, by its gazetteer name
