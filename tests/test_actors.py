"""The canonical actor table (data/actors.csv): one name per claimant."""

import csv

import pytest

from geo.extract.actors import ACTORS_CSV, body_name, canonical_actor

# The canonical names the curated record uses: the extractor must produce exactly these.
RECORD_NAMES = [
    "Azerbaijani MoD", "Azerbaijani government (Foreign Ministry)", "Azerbaijani government (Prosecutor General's Office)", "Azerbaijani presidency (Ilham Aliyev)",
    "Azerbaijani presidential aide (Hikmet Hajiyev)", "Azerbaijani government (State Border Service)", "Armenian MoD",
    "Armenian government (Foreign Ministry)", "Armenian government", "Armenian PM (Nikol Pashinyan)", "Nagorno-Karabakh authorities",
    "Nagorno-Karabakh Ombudsman", "Russian MoD", "Russian peacekeepers", "Russian government (Foreign Ministry)", "ICRC", "UN", "ICJ", "EU",
    "US State Department", "Human Rights Watch", "Amnesty International"]


def _rows():
    with ACTORS_CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_table_has_the_record_s_canonical_names_and_no_alias_twice():
    rows = _rows()
    assert set(RECORD_NAMES) <= {r["canonical"] for r in rows}
    seen = {}
    for row in rows:
        for alias in row["aliases"].split(";"):
            key = alias.strip().lower()
            assert seen.setdefault(key, row["canonical"]) == row["canonical"], f"{alias!r} names two actors"


@pytest.mark.parametrize("phrase, canonical", [
    ("Azerbaijan's defence ministry", "Azerbaijani MoD"),
    ("Baku's defence ministry", "Azerbaijani MoD"),
    ("the Azerbaijani Defence Ministry", "Azerbaijani MoD"),
    ("Yerevan's MFA", "Armenian government (Foreign Ministry)"),
    ("Armenia's foreign ministry", "Armenian government (Foreign Ministry)"),
    ("Azerbaijan's Prosecutor General's Office", "Azerbaijani government (Prosecutor General's Office)"),
    ("the ethnic Armenian authorities in Karabakh", "Nagorno-Karabakh authorities"),
    ("Karabakh's ombudsman", "Nagorno-Karabakh Ombudsman"),
    ("the Russian peacekeeping contingent", "Russian peacekeepers"),
    ("the International Committee of the Red Cross", "ICRC"),
    ("the State Department", "US State Department"),
    ("an aide to President Aliyev", "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    ("President Aliyev", "Azerbaijani presidency (Ilham Aliyev)"),
    ("Armenian Prime Minister Nikol Pashinyan", "Armenian PM (Nikol Pashinyan)"),
    ("the EU monitoring mission", "EU"),
])
def test_wordings_of_one_actor_meet_on_its_canonical_name(phrase, canonical):
    assert canonical_actor(phrase) == canonical


@pytest.mark.parametrize("phrase", ["Russian journalists", "local officials", "the newspaper Bizim Yol",
                                    "the ministry", ""])
def test_a_claimant_the_table_does_not_know_is_left_alone(phrase):
    assert canonical_actor(phrase) is None


@pytest.mark.parametrize("phrase, canonical", [
    ("Ramin Aliyev", None),                                  # another man with the president's surname
    ("Earlier this month Aliyev", "Azerbaijani presidency (Ilham Aliyev)"),
    ("President Aliyev", "Azerbaijani presidency (Ilham Aliyev)"),
    ("the region's authorities", "Nagorno-Karabakh authorities"),
    ("Michel", "EU"),
])
def test_a_surname_after_another_first_name_is_someone_else(phrase, canonical):
    assert canonical_actor(phrase) == canonical


@pytest.mark.parametrize("phrase, canonical", [
    ("Armenia's ombudsman", "Armenian Human Rights Defender"),
    ("Karabakh's ombudsman", "Nagorno-Karabakh Ombudsman"),
    ("Azerbaijan's State Security Service", "Azerbaijani government (State Security Service)"),
    ("Armenia's National Security Service", "Armenian government (National Security Service)"),
    ("the Kremlin", "Russian government (Kremlin)"), ("Peskov", "Russian government (Kremlin)"),
    ("Turkey's defence ministry", "Turkish MoD"), ("the Minsk Group co-chairs", "OSCE Minsk Group"),
    ("Azerbaijan's mine agency ANAMA", "Azerbaijani government (ANAMA)"),
])
def test_the_other_offices_and_foreign_actors_of_the_conflict(phrase, canonical):
    assert canonical_actor(phrase) == canonical


@pytest.mark.parametrize("phrase", ["former Azerbaijani foreign minister Elmar Mammadyarov",
                                    "ex-defence minister Davit Tonoyan"])
def test_a_former_office_holder_is_not_the_office(phrase):
    assert canonical_actor(phrase) is None


def test_a_deputy_prime_minister_speaks_for_the_government_not_the_prime_minister():
    assert canonical_actor("Armenian Deputy Prime Minister Mher Grigoryan") == "Armenian government"


@pytest.mark.parametrize("phrase, canonical", [
    # each side's ministries and agencies under the people who led or speak for them in 2016-2026
    ("Jeyhun Bayramov", "Azerbaijani government (Foreign Ministry)"), ("Foreign Minister Elmar Mammadyarov", "Azerbaijani government (Foreign Ministry)"),
    ("Chief of General Staff Karim Valiyev", "Azerbaijani MoD"),
    ("Rovshan Rzayev", "Azerbaijani government (State Committee for Refugees and IDPs)"),
    ("Saleh Mammadov", "Azerbaijani government (State Agency of Azerbaijan Automobile Roads)"),
    ("Azerbaijan's State Agency of Automobile Roads", "Azerbaijani government (State Agency of Azerbaijan Automobile Roads)"),
    ("the Mine Action Agency of the Republic of Azerbaijan", "Azerbaijani government (ANAMA)"),
    ("Defence Minister Davit Tonoyan", "Armenian MoD"), ("Edward Nalbandian", "Armenian government (Foreign Ministry)"),
    ("Minister of Territorial Administration and Infrastructure Davit Khudatyan",
     "Armenian government (Ministry of Territorial Administration and Infrastructure)"),
    ("Armenian President Vahagn Khachaturyan", "Armenian presidency"),
    ("Interior Minister Vahe Ghazaryan", "Armenian government (Interior Ministry)"),
    ("Bako Sahakyan", "Nagorno-Karabakh authorities"), ("Jalal Harutyunyan", "Nagorno-Karabakh authorities"),
    ("Masis Mayilian", "Nagorno-Karabakh authorities"),
    # the mediators, neighbours and organisations
    ("Russian Deputy Foreign Minister Mikhail Galuzin", "Russian government (Foreign Ministry)"),
    ("Deputy Prime Minister Alexei Overchuk", "Russian government"),
    ("Russian Defence Minister Andrei Belousov", "Russian MoD"),
    ("Turkish Foreign Minister Mevlut Cavusoglu", "Turkish government (Foreign Ministry)"), ("Hakan Fidan", "Turkish government (Foreign Ministry)"),
    ("Iran's foreign ministry", "Iranian government (Foreign Ministry)"), ("Iranian Foreign Minister Abbas Araghchi", "Iranian government (Foreign Ministry)"),
    ("Tehran", "Iranian government"), ("President Masoud Pezeshkian", "Iranian government"),
    ("EUMA head Markus Ritter", "EU"), ("Kaja Kallas", "EU"),
    ("CSTO Secretary General Imangali Tasmagambetov", "CSTO"), ("Stanislav Zas", "CSTO"),
    ("ICRC spokeswoman Zara Amatuni", "ICRC"), ("UNHCR chief Filippo Grandi", "UN"),
    ("Secretary of State Marco Rubio", "US State Department"), ("the White House", "US government"),
    ("Armenia's Investigative Committee", "Armenian government (Investigative Committee)"),
    ("the FSB border guards", "Russian border guards"), ("the Russian base in Gyumri", "Russian MoD"),
    ("the press service of the Separate Combined-Arms Army", "Azerbaijani MoD"), ("UNESCO", "UN"),
])
def test_officials_of_2016_2026_speak_for_their_bodies(phrase, canonical):
    assert canonical_actor(phrase) == canonical


def test_a_sourced_row_cites_web_pages():
    for row in _rows():
        for url in filter(None, (row.get("sources") or "").split(";")):
            assert url.startswith("https://"), row["canonical"]


@pytest.mark.parametrize("phrase, canonical", [
    ("Karabakh's emergency service", "Nagorno-Karabakh authorities"),
    ("the region's health authorities", "Nagorno-Karabakh authorities"),
    ("the Karabakh prosecutor's office", "Nagorno-Karabakh authorities"),
    ("Azerbaijan's emergencies ministry", "Azerbaijani government (Ministry of Emergency Situations)"),
    ("Armenia's Ministry of Emergency Situations", "Armenian government (Ministry of Emergency Situations)"),
    # a health ministry speaks for its government, as its body (as Karabakh's speaks for its authorities)
    ("Azerbaijan's health ministry", "Azerbaijani government (Ministry of Health)"),
    ("Armenia's health ministry", "Armenian government (Ministry of Health)"),
    ("Armenia's Prosecutor General's Office", "Armenian government (Prosecutor General's Office)"),
    ("Azerbaijan's Prosecutor General's Office", "Azerbaijani government (Prosecutor General's Office)"),
    ("Armenian police", "Armenian government (Interior Ministry)"),
    ("the Azerbaijani police", "Azerbaijani government (Interior Ministry)"),
    ("Armenia's National Security Service", "Armenian government (National Security Service)"),
    ("Armenia's human rights defender", "Armenian Human Rights Defender"),
    ("Karabakh's human rights defender", "Nagorno-Karabakh Ombudsman"),
    ("the Azerbaijani presidential office", "Azerbaijani presidency (Ilham Aliyev)"),
    ("Aliyev's office", "Azerbaijani presidency (Ilham Aliyev)"),
])
def test_emergency_health_prosecutor_police_and_presidential_offices_of_each_side(phrase, canonical):
    # each side's office is its own actor: Armenia's, Azerbaijan's and Karabakh's claims never meet
    assert canonical_actor(phrase) == canonical


@pytest.mark.parametrize("phrase", ["the prosecutor's office", "the presidential office", "health officials",
                                    "the emergency service"])
def test_an_office_without_its_side_is_not_given_one(phrase):
    assert canonical_actor(phrase) is None


def test_a_sentence_naming_karabakh_s_emergency_service_is_claimed_by_the_karabakh_authorities():
    import datetime as dt

    from geo.extract import extract_text
    text = "Shells hit a residential block in Stepanakert on Sunday, Karabakh's emergency service said."
    events = [e for e in extract_text(text, dt.date(2020, 10, 4)) if e["place_name"] == "Stepanakert"]
    assert events and all(e["claimed_by"] == "Nagorno-Karabakh authorities" for e in events)


@pytest.mark.parametrize("phrase, canonical", [
    ("Aliyev's foreign policy adviser", "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    ("Artsakh's InfoCenter", "Nagorno-Karabakh authorities"),
    ("Karabakh's state minister", "Nagorno-Karabakh authorities"),
    ("the State Customs Committee", "Azerbaijani government"),
    ("Azerbaijani forces", "Azerbaijani MoD"),
    ("the EU's civilian monitoring mission", "EU"),
])
def test_more_wordings_of_known_actors(phrase, canonical):
    assert canonical_actor(phrase) == canonical


@pytest.mark.parametrize("phrase, canonical", [
    # a ministry the table has no row for speaks for its side's government
    ("Azerbaijan's Ministry of Transport", "Azerbaijani government (Ministry of Transport)"),
    ("the Armenian Economy Ministry", "Armenian government (Economy Ministry)"),
    ("the Artsakh Ministry of Education", "Nagorno-Karabakh authorities (Ministry of Education)"),
    # the ministries the table has keep their rows
    ("the Armenian Ministry of Defence", "Armenian MoD"),
    ("Russia's Ministry of Foreign Affairs", "Russian government (Foreign Ministry)"),
])
def test_a_ministry_without_a_row_is_its_nation_s_government(phrase, canonical):
    assert canonical_actor(phrase) == canonical


def test_a_nation_s_bare_ministry_is_not_its_government():
    assert canonical_actor("the Azerbaijani ministry") != "Azerbaijani government"


@pytest.mark.parametrize("phrase, canonical", [
    # capitals standing for governments, "official Baku"
    ("official Baku", "Azerbaijani government"),
    ("official Yerevan", "Armenian government"),
    # RA (Republic of Armenia) and RF (Russian Federation), as their own press writes them
    ("the RA Defense Ministry", "Armenian MoD"),
    ("RA MFA", "Armenian government (Foreign Ministry)"),
    ("the RF Defence Ministry", "Russian MoD"),
    ("the Ministry of Defence of the Russian Federation", "Russian MoD"),
    # the de facto republic's names and bodies are the Karabakh authorities
    ("the NKR", "Nagorno-Karabakh authorities"),
    ("the Republic of Artsakh", "Nagorno-Karabakh authorities"),
    ("the NKR Foreign Ministry", "Nagorno-Karabakh authorities"),
    ("the Artsakh Defense Ministry", "Nagorno-Karabakh authorities"),
    ("the separatist leader", "Nagorno-Karabakh authorities"),
    # Azerbaijani abbreviations and people
    ("the DSX", "Azerbaijani government (State Border Service)"),
    ("Aliyev's foreign policy aide", "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    ("the NSS", "Armenian government (National Security Service)"),
])
def test_agency_names_abbreviations_and_de_facto_bodies(phrase, canonical):
    assert canonical_actor(phrase) == canonical


def test_each_side_keeps_its_own_foreign_ministry():
    sides = {canonical_actor(p) for p in ("the Artsakh Foreign Ministry", "Armenia's Foreign Ministry",
                                          "Azerbaijan's Foreign Ministry")}
    assert len(sides) == 3


@pytest.mark.parametrize("phrase, canonical", [
    ("the Azerbaijani leader", "Azerbaijani presidency (Ilham Aliyev)"),
    ("Russia's leader", "Russian presidency (Vladimir Putin)"),
    ("Karabakh Armenian leaders", "Nagorno-Karabakh authorities"),
])
def test_leaders_named_by_their_nation(phrase, canonical):
    assert canonical_actor(phrase) == canonical


def test_the_armenian_leader_is_left_as_written():
    # the head of Armenia was its president until 2018 and is its prime minister since: the table cannot tell
    assert canonical_actor("the Armenian leader") is None


@pytest.mark.parametrize("phrase, canonical", [
    ("Armenpress", "Armenian media"), ("Azerbaijan's state news agency AZERTAC", "Azerbaijani media"),
    ("the Azerbaijani agency Turan", "Azerbaijani media"), ("Russia's TASS news agency", "Russian media"),
    ("Interfax", "Russian media"), ("Anadolu Agency", "Turkish media"), ("Iran's IRNA", "Iranian media"),
    ("Artsakhpress", "Karabakh media"),
])
def test_a_nation_s_outlets_are_its_press(phrase, canonical):
    assert canonical_actor(phrase) == canonical


def test_an_ordinary_namesake_of_an_official_is_not_in_the_table():
    # "hotel owner Armen Sargsyan" is no president: a common name is listed only as the official spells it
    assert canonical_actor("hotel owner Armen Sargsyan") is None


def test_an_outlet_named_alone_is_its_nation_s_press():
    # "according to Turan": the Baku agency; "Turan Mammadov" (below) is a man
    assert canonical_actor("Turan") == "Azerbaijani media"
    assert canonical_actor("the agency Turan") == "Azerbaijani media"


@pytest.mark.parametrize("phrase", ["Fidan Mammadova", "Turan Mammadov"])
def test_an_outlet_or_surname_that_is_also_a_first_name_is_not_taken_for_it(phrase):
    assert canonical_actor(phrase) is None


@pytest.mark.parametrize("phrase, canonical", [
    ("Azerbaijan's deputy foreign minister", "Azerbaijani government (Foreign Ministry)"),     # a deputy minister is his ministry's
    ("Armenia's deputy defence minister", "Armenian MoD"),
    ("the Armenian delegation", "Armenian government"),              # a side's delegation is its government's
    ("the EU delegation", "EU"),
    ("Ilham Aliyev's aide Hikmet Hajiyev", "Azerbaijani presidential aide (Hikmet Hajiyev)"),   # the last name speaks
])
def test_deputies_delegations_and_the_last_of_two_names(phrase, canonical):
    assert canonical_actor(phrase) == canonical


@pytest.mark.parametrize("said_by, actor", [
    ("Azerbaijani users", "Azerbaijani media"),
    ("Armenian Telegram channels", "Armenian media"),
    ("Russian bloggers", "Russian media"),
])
def test_a_side_s_social_media_is_its_media(said_by, actor):
    assert canonical_actor(said_by) == actor


@pytest.mark.parametrize("phrase, body", [
    ("Azerbaijan's State Border Service", "State Border Service"),
    ("Armenia's National Security Service", "National Security Service"),
    ("the Azerbaijani Interior Ministry", "Interior Ministry"),
    ("ANAMA", "ANAMA"),
    ("Azerbaijan Amelioration and Water Management OJSC", "Amelioration and Water Management"),
    ("the State Committee for Refugees and IDPs", "State Committee for Refugees and IDPs"),
])
def test_a_side_s_state_body_is_its_government_with_the_body_in_brackets(phrase, body):
    """The annotators' "Azerbaijani government" and the body's own name both match the one actor."""
    actor = canonical_actor(phrase)
    assert actor.endswith(f"({body})")
    assert actor.split(" (")[0] in ("Azerbaijani government", "Armenian government")


@pytest.mark.parametrize("phrase, actor", [
    # a body of a side's state the table has no row for is its government's body, in the table's own form
    ("Armenia's Urban Development Committee", "Armenian government (Urban Development Committee)"),
    ("the Azerbaijani Food Safety Agency", "Azerbaijani government (Food Safety Agency)"),
    ("the Road Department of Armenia", "Armenian government (Road Department)"),
    ("the Armenian Road Department foundation", "Armenian government (Road Department foundation)"),
    ("the Ministry of Economy of the Republic of Armenia", "Armenian government (Ministry of Economy)"),
    # a body its own name gives to its side's government
    ("the Press Centre of the Azerbaijani government", "Azerbaijani government (Press Centre)"),
    # the emergency ministries, with rows of their own, are written the same way
    ("Armenia's emergencies ministry", "Armenian government (Ministry of Emergency Situations)"),
])
def test_an_unlisted_body_of_a_side_is_its_government_s_body(phrase, actor):
    assert canonical_actor(phrase) == actor


@pytest.mark.parametrize("phrase, body", [
    ("Azerbaijan's State Agency for Tourism spokeswoman Leyla Mammadova", "State Agency for Tourism"),
    ("the Restoration Service for Kalbajar and the Lachin district", "Restoration Service"),
    ("the road department", None),                 # no name: too vague to be a body of its own
    ("the information service of the Azerbaijani Ministry of Youth", "Ministry of Youth"),  # the ministry's
    ("the press service of Armenia's Ministry of Economy", "Ministry of Economy"),
    ("the Ministry", None),
])
def test_the_name_of_a_body_without_its_side_and_the_areas_it_serves(phrase, body):
    assert body_name(phrase) == body


@pytest.mark.parametrize("name", ["Armenian government (Road Department)",
                                  "Nagorno-Karabakh authorities (Ministry of Education)"])
def test_a_side_s_body_written_as_the_table_writes_it_is_itself(name):
    # the name given to an unlisted body reads back as itself, as the table's own rows of that form do
    assert canonical_actor(name) == name
