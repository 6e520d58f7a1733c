"""Rules read from heldout139: martial law and a commandant's curfew put on a town, Moscow's government before the
end of the Soviet Union, "the same announcement" and "the same site" as the source named before, deaths placed by a
count, and a reference site among a nation's media."""

import datetime as dt

from geo.extract import extract_text
from geo.extract.actors import canonical_actor

DAY = dt.date(1988, 12, 2)


def _events(text, published=DAY):
    return extract_text(text + "\n", published)


def _of(text, place, published=DAY):
    return [e for e in _events(text, published) if place in e["place"].split(";")]


def _layers(text, place, published=DAY):
    return [e["layer"] for e in _of(text, place, published)]


def _claimants(text, place, published=DAY):
    return [e["claimed_by"] for e in _of(text, place, published)]


# --- martial law put on a town is a rule restricting movement there, as a curfew is ---

def test_a_town_where_martial_law_was_declared_is_checkpoints():
    assert _layers("In Ganja, where martial law was declared on 21 November, many families are packing.",
                   "Ganja") == ["checkpoints"]


def test_martial_law_imposed_on_a_town_is_checkpoints():
    assert _layers("The army imposed martial law on Sumgait on Monday.", "Sumgait") == ["checkpoints"]


def test_martial_law_only_dating_a_flight_suspension_is_not_checkpoints():
    assert "checkpoints" not in _layers("The airport of Baku cut its flights on 28 September, when martial law was "
                                        "declared, the airline said.", "Baku", dt.date(2020, 9, 30))


def test_martial_law_declared_with_a_call_up_is_not_checkpoints():
    assert "checkpoints" not in _layers("On Friday the leaders of Nagorno-Karabakh declared martial law and a general "
                                        "mobilisation across the region.", "Nagorno-Karabakh", dt.date(2020, 9, 30))


# --- a town taken in charge "with a curfew" is held as a post holds it ---

def test_a_commandant_taking_charge_of_a_town_with_a_curfew_is_checkpoints():
    assert _layers("The radio said that a commandant had taken charge of Ganja, with a night curfew and soldiers at "
                   "the crossroads.", "Ganja") == ["checkpoints"]


def test_troops_taking_control_of_a_town_with_a_curfew_is_checkpoints():
    assert _layers("Officials said on Thursday that troops had taken control of Shusha, with a curfew from dusk.",
                   "Shusha") == ["checkpoints"]


def test_a_town_taken_with_heavy_losses_stays_a_taking():
    assert "checkpoints" not in _layers("Officials said on Thursday that troops had taken control of Shusha, with "
                                        "heavy losses on both sides.", "Shusha")


# --- Moscow before the end of the Soviet Union is the Soviet government ---

def test_moscow_announcing_in_1988_is_the_soviet_government():
    assert _claimants("Moscow announced on Monday that a curfew had been imposed in Ganja.",
                      "Ganja") == ["Soviet government"]


def test_the_foreign_ministry_in_moscow_in_1988_is_the_soviet_one():
    assert _claimants("The foreign ministry in Moscow says a curfew has been imposed in Ganja.",
                      "Ganja") == ["Soviet Foreign Ministry"]


def test_moscow_announcing_in_2020_is_still_the_russian_government():
    assert _claimants("Moscow announced on Monday that a curfew had been imposed in Ganja.", "Ganja",
                      dt.date(2020, 10, 5)) == ["Russian government"]


# --- "the same announcement" and "the same site" stand for the source named before ---

def test_the_same_announcement_in_a_new_paragraph_is_the_announcer_before():
    text = ("Moscow announced on Thursday that a curfew had been imposed in Ganja.\n\n"
            "The same announcement said that troops had set up roadblocks in Sumgait.")
    assert _claimants(text, "Sumgait") == ["Soviet government"]


def test_the_same_site_placing_deaths_in_a_new_paragraph_is_the_site_before():
    text = ("Azadpress counts 30 people killed in the Gugark district in 1988.\n\n"
            "The same site puts the other four deaths in the Spitak district.")
    assert _claimants(text, "Spitak", dt.date(2014, 3, 3)) == ["Azadpress"]


def test_a_new_paragraph_with_no_same_source_names_no_claimant():
    text = ("Azadpress counts 30 people killed in the Gugark district in 1988.\n\n"
            "Four more people were killed in the Spitak district.")
    assert _claimants(text, "Spitak", dt.date(2014, 3, 3)) == [""]


# --- a reference site of the table among a nation's media ---

def test_qerbiazerbaycan_is_among_the_azerbaijani_media():
    assert canonical_actor("Qerbiazerbaycan") == "Azerbaijani media"


# --- Kerkenj, a sourced village of the Shamakhi district ---

def test_kerkenj_is_a_village_of_the_shamakhi_district():
    events = _of("In 1989 the Armenians of Kerkenj left their village for Armenia.", "Kerkenj", dt.date(1989, 6, 1))
    assert len(events) == 1
    lon, lat = events[0]["coordinates"][0]
    assert abs(lat - 40.58) < 0.05 and abs(lon - 48.57) < 0.05
