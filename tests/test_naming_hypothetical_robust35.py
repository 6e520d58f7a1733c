"""Names and unrealised journeys, in sentences written for these tests.

A sentence that reports something keeps its place when the place is given under one side's name ("settlers moved
to what he calls X", "a school opened in the town Armenians call Y"); a sentence that only says what a side calls a
place reports nothing. What would, could or might have happened did not, so its place is no event; a plan, an
expectation or a future stays one (docs/design.md dates it by the day planned).
"""

import pytest

from tests.helpers import rows


def places(text, gazetteer):
    """Every place the extractor files for ``text``, a row naming several counted once each."""
    return sorted({name for row in rows(text, gazetteer) for name in row["place_name"].split(";")})


@pytest.mark.parametrize("text, expected", [
    # a naming clause inside a sentence that reports something: the place is the event's
    ("The minister said Baku was bringing settlers to what he calls Khankendi.", ["Stepanakert"]),
    ("Armenian officials accused Azerbaijan of moving families into what they call Berdzor.", ["Lachin"]),
    ("Azerbaijani troops shelled positions near what Armenians call Martuni on Tuesday.", ["Khojavend"]),
    ("The convoy reached what Baku calls Fuzuli on Monday.", ["Fuzuli"]),
    ("Police set up a checkpoint outside what locals call Shushi.", ["Shusha"]),
    ("Protesters gathered on Friday in Goris, which is what he calls our Gorus.", ["Goris"]),
    ("Azerbaijan opened a school on Monday in the town Armenians call Karvachar.", ["Kalbajar"]),
    ("Refugees returned this week to the district Armenians call Kashatagh.", ["Lachin District"]),
    ("Officials said shells fell on the region Baku calls Western Zangezur.", ["Syunik Province"]),
    ("Engineers laid a new water main on Thursday in the city Azerbaijanis call Khankendi.", ["Stepanakert"]),
    ("Two tractors were damaged by a mine near what Baku calls Aghdara.", ["Martakert"]),
    ("The governor said buses had carried forty families to what he calls our Zangilan.", ["Zangilan"]),
    ("Residents reported gunfire near the village Armenians call Taghavard.", ["Taghavard"]),
    ("Armenian media reported gunfire near the town Azerbaijanis call Aghdara.", ["Martakert"]),
    ("A bus carrying teachers arrived on Wednesday in what Azerbaijan calls Khojavend.", ["Khojavend"]),
    ("Azerbaijani engineers cleared mines last week near the town Armenians call Varanda.", ["Fuzuli"]),
    # a side's name for a place, said alone or beside the other side's: no event
    ("Armenians call the town Stepanakert.", []),
    ("Azerbaijanis call the city Khankendi and Armenians call it Stepanakert.", []),
    ("Armenians call the city Shushi, while Azerbaijanis call it Shusha.", []),
    ("Azerbaijanis call the village Zabukh.", []),
    ("Georgians call the town Marneuli.", []),
    ("Russians called the district Kelbajar.", []),
    ("The Azerbaijanis called the village Dashalty.", []),
    ("Azerbaijanis call the town Gubadli, and Armenians call it Kashunik.", []),
    ("Goris is what Azerbaijani maps call Gorus.", []),
    ("Kalbajar is what Armenians call Karvachar.", []),
    ("Baku calls the area Western Zangezur.", []),
    # (the same words going on to say more are no naming sentence)
    ("Armenians call the town Goris home.", ["Goris"]),
    ("Armenians called the town Kapan on Monday to ask about the road.", ["Kapan"]),
])
def test_naming_clause(text, expected, gazetteer):
    assert places(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # what would, could or might have happened did not
    ("Any of the visitors could have enquired about the bus to Kapan.", []),
    ("They would have gone to Goris if the road had been open.", []),
    ("Had the ceasefire held, the families would have returned to Hadrut.", []),
    ("Had the bridge stood, the convoy could have crossed at Hakari.", []),
    ("The buses would have reached Goris by nightfall had the pass not been closed.", []),
    ("The family might have stayed in Kapan if the school had reopened.", []),
    ("Without the bridge, the lorries could not have reached Ijevan.", []),
    ("Had the talks succeeded, the envoys would have met in Tbilisi.", []),
    ("The wounded would have been taken to Goris had the road been open.", []),
    # a guess at what did happen is still the claim's place, and a need is no counterfactual
    ("Officials said the drone could have been launched from Jabrayil.", ["Jabrayil"]),
    ("Officials said the rocket might have been fired from the outskirts of Aghdam.", ["Aghdam"]),
    ("If the bridge falls, lorries would have to go round through Ijevan.", ["Ijevan"]),
    ("Grain for Meghri would have to come by rail through Nakhchivan, the minister said.", ["Meghri", "Nakhchivan"]),
    # the modal perfect after the place, or in a clause closed before it, leaves the place its event
    ("The shelling of Tartar could have killed dozens, officials said.", ["Tartar"]),
    ("The shells that fell on Tartar on Monday could have killed dozens.", ["Tartar"]),
    ("The convoy, which could have taken a shorter road, reached Goris on Sunday.", ["Goris"]),
    ("He would have liked to go back to Hadrut, but the road is closed, he said in Yerevan.", ["Yerevan"]),
    # plans, expectations and futures are events, dated by the day planned
    ("The minister will visit Ganja on Friday.", ["Ganja"]),
    ("The minister plans to visit Ganja next week.", ["Ganja"]),
    ("The delegation is expected in Ganja on Friday.", ["Ganja"]),
    ("The ministry said the road through Kapan would reopen on Monday.", ["Kapan"]),
    ("The envoy was due to arrive in Yerevan on Thursday.", ["Yerevan"]),
    ("Officials intend to open a border post at Tegh next month.", ["Tegh"]),
    ("If the pass stays open, lorries will reach Vardenis by Friday.", ["Vardenis"]),
    ("If the road through Kapan reopens, traders will return.", ["Kapan"]),
    ("The delegation had planned to visit Shusha but the trip was cancelled.", ["Shusha"]),
    ("Farmers hope to return to their fields near Jabrayil in the spring.", ["Jabrayil"]),
    ("The prime minister is to open a new school in Sisian on Monday.", ["Sisian"]),
])
def test_unrealised_places(text, expected, gazetteer):
    assert places(text, gazetteer) == expected
