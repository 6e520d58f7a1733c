"""Towns abroad and provinces named alone, as the news writes them. A town abroad is an event where people gathered
there (talks, a rally, a funeral, a burial) and no event where it only says where someone comes from, where a body
sits or where the story was filed; a province of Armenia named alone is the place of a reception when it took a
number of people in."""

import pytest

from tests.helpers import place_layers


@pytest.mark.parametrize("text, place, layer", [
    ("Foreign ministers of Turkey and Azerbaijan met in Kars on Tuesday to discuss the railway.", "Kars", "other"),
    ("A funeral for the soldier was held in Adana on Friday.", "Adana", "other"),
    ("Hundreds protested in Tabriz on Sunday against the border closure.", "Tabriz", "other"),
    ("A wounded Syrian mercenary was buried in Gaziantep on Thursday.", "Gaziantep", "other"),
    ("A pro-Armenian rally was held in Los Angeles on Sunday.", "Los Angeles", "other"),
    ("The two leaders held talks in Sochi on Friday.", "Sochi", "other"),
    ("Talks between the deputy prime ministers were held in Almaty on Thursday.", "Almaty", "other"),
    ("The Azerbaijani and Armenian foreign ministers met in Geneva on 30 October.", "Geneva", "other"),
    ("Syunik received 300 displaced families on Tuesday, the governor said.", "Syunik Province", "other"),
    ("Tavush took in about 200 refugees over the weekend.", "Tavush Province", "other"),
    ("Kotayk took in 150 families from Karabakh on Friday.", "Kotayk Province", "other"),
    ("Lori province registered 400 new arrivals from Karabakh last week.", "Lori Province", "other"),
    ("Aragatsotn received 120 families on Thursday.", "Aragatsotn Province", "other"),
    ("Armavir province has taken in 2,000 people since September.", "Armavir Province", "other"),
    ("Shelling was reported in Tavush on Monday night.", "Tavush Province", "shelling"),
    ("Gunfire was heard in Syunik overnight.", "Syunik Province", "shelling"),
])
def test_place_is_the_event(gazetteer, text, place, layer):
    assert place_layers(text, gazetteer).get(place) == layer


@pytest.mark.parametrize("text, place", [
    ("The Iranian governor of East Azerbaijan said on Monday that the border was calm.", "East Azerbaijan"),
    ("A professor from Tabriz University said the talks would fail.", "Tabriz"),
    ("The Istanbul-based analyst said the corridor would open soon.", "Istanbul"),
    ("A Moscow-based think tank published a report on the ceasefire on Monday.", "Moscow"),
    ("MOSCOW, 10 Nov (Reuters) - Russian peacekeepers began deploying to Stepanakert on Tuesday.", "Moscow"),
    ("A businessman from Kars said trade with Nakhchivan had doubled.", "Kars"),
    ("A resident of Tabriz told reporters the shelling could be heard across the river.", "Tabriz"),
    ("Tehran warned that it would not tolerate border changes.", "Tehran"),
    ("The Azerbaijani ambassador in Moscow said on Tuesday that talks would go on.", "Moscow"),
    ("The Armenian embassy in Tehran issued a statement on Monday.", "Tehran"),
    ("Turkish soldiers from Kars patrolled the border on Monday.", "Kars"),
    ("Born in Ganja, the poet moved to Moscow in 1990.", "Ganja"),
    ("A professor from Tabriz said the protests were held in Baku.", "Tabriz"),
])
def test_place_is_no_event(gazetteer, text, place):
    assert not any(place in name for name in place_layers(text, gazetteer))


def test_province_receiving_goods_is_no_reception(gazetteer):
    assert place_layers("Syunik received 300 tonnes of aid on Tuesday.", gazetteer) == {}
