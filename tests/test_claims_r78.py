"""Who speaks when a report passes on someone else's words: a bulletin script's reader ("Read by: X", then "X: ..."
turns) only reads the news, so her turns give no speaker of their own and "The agency Y carried his list" does not
make her label an outlet; "the same address" and a president "naming" villages (or an address that "named seven
villages") are the speaker's words; a leader who "went on Twitter and then on television to say" said it; "by
Anadolu's count" and "as Turkish reporting recalled last month" give the outlet or the nation's press; "According
to the State Agency of ..." names the whole body, which a later "the agency" stands for; a speaker who "said some
experts had believed" makes the claim, not the experts; a place in a main clause before "..., who told him about
..." is told by the report closing the sentence; "the villages on his list" are his, though a paper carries them;
and "He said" after "Driving past the ruins, Aliyev said ..., according to Trend" is Aliyev, not a person named
earlier. Reports are written this way everywhere, so each rule reads any article of the kind."""

from geo.extract.claims import person_subject
from tests.helpers import claimant_of, rows


def _claimants(place, text, gazetteer):
    return [r["claimed_by"] for r in rows(text, gazetteer) if place in r["place_name"].split(";")]


# --- a bulletin's reader ---------------------------------------------------------------------------------------------

_SCRIPT = ("CITY FM - NIGHT NEWS, SCRIPT\n"
           "Tuesday. Read by: Lusine Harutyunyan. Producer: Mark Dale.\n\n"
           "LUSINE: Armenia's defence ministry spokeswoman, Shushan Stepanyan, said this morning that shells had "
           "fallen on Kapan.\n"
           "LUSINE: The agency Armenpress carried her account, the first of the day.\n"
           "LUSINE: In the same statement, the spokeswoman said that Goris had been shelled as well.\n")


def test_a_readers_turns_leave_the_speaker_named_before(gazetteer):
    assert claimant_of("Goris", _SCRIPT, gazetteer) == claimant_of("Kapan", _SCRIPT, gazetteer)
    assert claimant_of("Goris", _SCRIPT, gazetteer) not in ("media", "Lusine Harutyunyan")


def test_a_readers_own_news_has_no_claimant(gazetteer):
    text = _SCRIPT + "LUSINE: Snow closed the road to Sisian tonight.\n"
    assert claimant_of("Sisian", text, gazetteer) in ("", None)


def test_an_outlets_heading_called_by_its_kind_is_still_the_outlet(gazetteer):
    text = "CASPIAN EVENING: The paper reported fire near Tovuz on Monday."
    assert claimant_of("Tovuz", text, gazetteer) == "media"


# --- the same address, a president naming villages -------------------------------------------------------------------

_ADDRESS = "President Ilham Aliyev announced on Sunday, in an address to the nation, that the army had taken Lachin."


def test_the_same_address_is_the_speakers(gazetteer):
    text = _ADDRESS + "\nThe same address named three villages of the district as retaken, among them Sus and Zabux."
    assert claimant_of("Sus", text, gazetteer) == "Azerbaijani presidency (Ilham Aliyev)"


def test_a_president_naming_villages_as_retaken(gazetteer):
    text = _ADDRESS + "\nSoon the president was naming further villages as retaken, among them Sus and Mirik."
    assert claimant_of("Sus", text, gazetteer) == "Azerbaijani presidency (Ilham Aliyev)"


def test_streets_named_after_soldiers_are_no_claim(gazetteer):
    text = "The town council named two streets of Aghdam after soldiers who died in the war."
    assert claimant_of("Aghdam", text, gazetteer) in ("", None)


# --- on air twice ----------------------------------------------------------------------------------------------------

def test_going_on_twitter_and_then_on_television_to_say(gazetteer):
    text = ("Prime Minister Nikol Pashinyan spoke on Friday.\nLate on Saturday the prime minister went on Facebook "
            "and then on television to say that shells had fallen on Sotk.")
    assert claimant_of("Sotk", text, gazetteer) == "Armenian PM (Nikol Pashinyan)"


def test_going_to_a_town_to_say_is_no_air(gazetteer):
    text = "The minister went on Facebook and then to Goris to say that the road was open."
    assert "Goris" not in (claimant_of("Goris", text, gazetteer) or "")


# --- an outlet's count, a nation's reporting -------------------------------------------------------------------------

def test_an_outlets_count_is_its_account(gazetteer):
    text = ("His aide Hikmet Hajiyev wrote that the line had broken.\nRockets struck Barda overnight, killing at least "
            "five people, by Anadolu's count.")
    assert claimant_of("Barda", text, gazetteer) == "Turkish media"


def test_a_days_count_names_no_one(gazetteer):
    text = "Rockets struck Barda overnight, killing at least five people, by Monday's count."
    assert claimant_of("Barda", text, gazetteer) in ("", None)


def test_a_nations_reporting_recalled_last_month(gazetteer):
    text = "Armenian forces had held Kalbajar since 1993, as Turkish reporting recalled last month."
    assert claimant_of("Kalbajar", text, gazetteer) == "Turkish media"


def test_an_envoy_recalled_is_no_account(gazetteer):
    text = "The ministry recalled last month its envoy from Tartar."
    assert claimant_of("Tartar", text, gazetteer) in ("", None)


# --- a body named after "According to the" ---------------------------------------------------------------------------

def test_a_state_agency_named_after_according_to_is_the_agency_later(gazetteer):
    text = ("According to the State Agency of Azerbaijan Automobile Roads, the works began near Aghdam.\n"
            "The first lane was laid in a month, the agency has said, so that lorries could already reach Kalbajar.")
    assert claimant_of("Kalbajar", text, gazetteer) == \
        "Azerbaijani government (State Agency of Azerbaijan Automobile Roads)"


# --- a belief told by a speaker --------------------------------------------------------------------------------------

def test_a_speaker_telling_what_experts_had_believed(gazetteer):
    text = ("President Ilham Aliyev spoke to the nation.\nThe president also said some well-known foreign analysts "
            "had believed it would take months to take Lachin.")
    assert claimant_of("Lachin", text, gazetteer) == "Azerbaijani presidency (Ilham Aliyev)"


def test_experts_believing_on_their_own(gazetteer):
    text = "Some well-known foreign analysts had believed it would take months to take Lachin."
    assert "analysts" in claimant_of("Lachin", text, gazetteer)


# --- a relative clause's teller after the place ----------------------------------------------------------------------

def test_a_place_before_a_relative_clause_is_the_closing_reports(gazetteer):
    text = ("The envoy was received at Goris by Pashinyan, who told him about the new school, in which local firms "
            "had a part, Armenpress reported.")
    assert claimant_of("Goris", text, gazetteer) == "Armenian media"


def test_a_place_inside_the_relative_clause_is_the_tellers(gazetteer):
    text = ("The envoy was received by Pashinyan, who told him about the damage in Goris, Armenpress reported.")
    assert claimant_of("Goris", text, gazetteer) != "Armenian media"


# --- a list of one's own, carried by a paper -------------------------------------------------------------------------

def test_the_villages_on_his_list_are_his(gazetteer):
    text = ("President Ilham Aliyev said on Monday that the army had taken Kalbajar.\n"
            "The villages on his list included Zar and Chaykend, according to the Baku paper Azernews.")
    assert set(_claimants("Zar", text, gazetteer)) == {"Azerbaijani presidency (Ilham Aliyev)"}


def test_the_villages_on_the_list_stay_the_papers(gazetteer):
    text = ("President Ilham Aliyev said on Monday that the army had taken Kalbajar.\n"
            "The villages on the list included Zar and Chaykend, according to the Baku paper Azernews.")
    assert "Azerbaijani presidency (Ilham Aliyev)" not in _claimants("Zar", text, gazetteer)


# --- he, after a speaker an outlet relays ----------------------------------------------------------------------------

def test_he_after_a_participle_opening_is_the_speaker_relayed(gazetteer):
    text = ("President Ilham Aliyev visited the district on Monday.\n"
            "Hikmat Hajiyev, the president's aide, wrote that the centre of Tovuz had been hit.\n"
            "Touring the ruins, Aliyev said it hurt to see the empty houses, according to the agency Trend.\n"
            "He said the flag had been raised in Aghdam.")
    assert claimant_of("Aghdam", text, gazetteer) == "Azerbaijani presidency (Ilham Aliyev)"


def test_a_surname_after_a_participle_that_does_not_speak_is_no_opener():
    people = {"Aliyev": "Azerbaijani presidency (Ilham Aliyev)"}
    assert person_subject("Touring the ruins, Aliyev visited a school.", people) == ""
    assert person_subject("Touring the ruins, Aliyev said it hurt.", people) == \
        "Azerbaijani presidency (Ilham Aliyev)"
