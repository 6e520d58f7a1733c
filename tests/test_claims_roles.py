"""Who speaks: talks are a meeting, not words; a former office holder speaks as himself; a body named by its
noun alone is the body of that noun named before, never the other side's speaker."""

import pytest

from tests.helpers import all_claimants


@pytest.mark.parametrize("text, place", [
    ("Fresh talks about the future of Khankendi opened in Tbilisi.", "Tbilisi"),
    ("The Russian-brokered talks about a rail link through Nakhchivan broke down in Moscow.", "Moscow"),
])
def test_talks_about_something_are_a_meeting_no_one_s_words(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place] == [""]


@pytest.mark.parametrize("text, place", [
    ("Aliyev and Pashinyan held talks about the border near Ijevan in Granada.", "Granada"),
    ("Azerbaijani and Armenian negotiators held talks about the Hakari bridge in Washington.", "Washington"),
])
def test_talks_held_by_both_sides_give_no_one_side_a_claim(gazetteer, text, place):
    assert all_claimants(text, gazetteer)[place] == [""]


def test_a_subject_of_two_sides_claims_for_both(gazetteer):
    found = all_claimants("Aliyev and Pashinyan said the road through Meghri would open in June.", gazetteer)
    assert found["Meghri"] == ["Armenian PM (Nikol Pashinyan)", "Azerbaijani presidency (Ilham Aliyev)"]


@pytest.mark.parametrize("text, place, expected", [
    ("Former Defence Minister Davit Tonoyan told a rally that Azerbaijani troops fired on Sotk on Sunday.",
     "Sotk", "Davit Tonoyan"),
    ("Davit Tonoyan, a former defence minister, said Azerbaijani drones struck Kut on Sunday.",
     "Kut", "Davit Tonoyan"),
    ("Ex-foreign minister Elmar Mammadyarov said Armenian troops fired on Tovuz on Sunday.",
     "Tovuz", "Elmar Mammadyarov"),
    ("Former President Serzh Sargsyan said Azerbaijani forces shelled Jermuk on Sunday.",
     "Jermuk", "Serzh Sargsyan"),
])
def test_a_former_office_holder_speaks_as_himself_not_for_the_body(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_the_sitting_holder_still_speaks_for_the_body(gazetteer):
    found = all_claimants("Serzh Sargsyan said Azerbaijani forces shelled Jermuk on Sunday.", gazetteer)
    assert found["Jermuk"] == ["Armenian presidency"]


def test_a_body_by_its_noun_is_not_the_other_side_that_spoke_last(gazetteer):
    text = ("Armenia's parliament met behind closed doors on Monday. Azerbaijan's Defence Ministry said "
            "Armenian troops fired on Kalbajar on Sunday. The parliament said Azerbaijani forces had "
            "shelled Sotk on Monday.")
    found = all_claimants(text, gazetteer)
    assert found["Kalbajar"] == ["Azerbaijani MoD"]
    assert found["Sotk"] != ["Azerbaijani MoD"]


def test_a_court_by_its_noun_is_the_court_that_spoke_before(gazetteer):
    text = ("The International Court of Justice ruled that Azerbaijan must let people pass the Lachin corridor. "
            "The court said the road to Stepanakert must stay open.")
    assert all_claimants(text, gazetteer)["Stepanakert"] == ["ICJ"]


def test_a_speech_verb_after_violations_still_has_its_speaker(gazetteer):
    text = "Armenian officials monitoring the border incidents said Azerbaijani troops shelled Kut on Sunday."
    assert all_claimants(text, gazetteer)["Kut"] == ["Armenian government"]


def test_incidents_reported_somewhere_are_not_a_speaker(gazetteer):
    text = "Border incidents reported near Tegh rose sharply in March."
    assert all_claimants(text, gazetteer).get("Tegh", [""]) == [""]


# -- a closing reporting clause speaks for the sentence -----------------------------------------------

@pytest.mark.parametrize("text, place, expected", [
    # the words before ", X said" are X's, whoever they name as acting or saying
    ("The government now regards the road to Goris as urgent, and work should start next spring, Papikyan said.",
     "Goris", "Armenian MoD"),
    ("The ministry regards the Tartar road as safe again, and traffic may resume on Monday, Hikmet Hajiyev added.",
     "Tartar", "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    # the words of a speaker it relays stay that speaker's
    ("Hikmet Hajiyev said shells had landed near Tartar overnight, the agency added.", "Tartar",
     "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    # an outlet closing the sentence relays the claim inside it
    ("Azerbaijan's defence ministry said Armenian units fired at Kalbajar, Trend reported.", "Kalbajar",
     "Azerbaijani MoD"),
])
def test_a_closing_reporting_clause_governs_the_words_before_it(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]


def test_an_opening_according_to_is_not_taken_over_by_a_person_talked_about(gazetteer):
    text = ("According to Hikmet Hajiyev, the case rests on the account of Gurgen Matevosyan, who admitted firing "
            "on cars near Aghdam in 1993.")
    assert all_claimants(text, gazetteer)["Aghdam"] == ["Azerbaijani presidential aide (Hikmet Hajiyev)"]


def test_a_body_named_by_what_it_does_is_the_body_not_the_places_it_serves(gazetteer):
    text = ("Azerbaijan's State Border Service said on Monday that its post on the road was complete. "
            "The service that guards the Lachin and Zangilan districts reported that 40 trucks had crossed at "
            "Hakari bridge.")
    found = all_claimants(text, gazetteer)
    bridge = next(place for place in found if "Hakari" in place)
    assert found[bridge] == ["Azerbaijani government (State Border Service)"]


def test_a_resolution_is_the_claim_of_the_assembly_that_adopted_it(gazetteer):
    text = ("In October the Parliamentary Assembly of the Council of Europe passed a resolution on cultural heritage."
            "\n\nOne of its authors, Anna Lindqvist, said the text was long overdue.\n\n"
            "The resolution says that the churches of Hadrut must be shielded from further harm.")
    assert all_claimants(text, gazetteer)["Hadrut"] == ["PACE"]


def test_a_body_of_a_nation_s_government_is_that_government_s(gazetteer):
    text = ("Mortar rounds hit a barn on the edge of Sotk before dawn, according to the Unified Information Centre "
            "of the Armenian government.")
    assert all_claimants(text, gazetteer)["Sotk"] == ["Armenian government (Unified Information Centre)"]


def test_the_centre_is_the_centre_named_last(gazetteer):
    # two centres speak; "the centre" after the second is the second, not the first one named
    text = ("The Artsakh information centre said the night in Askeran had been quiet.\n\n"
            "Shells fell on Sotk at dawn, the Unified Information Centre of the Armenian government said.\n\n"
            "A school in Vardenis was also damaged, the centre added.")
    assert all_claimants(text, gazetteer)["Vardenis"] == ["Armenian government (Unified Information Centre)"]


def test_a_pronoun_after_an_opening_phrase_is_the_speaker_named_before(gazetteer):
    text = ("Ilham Aliyev visited Shusha on Monday.\n\n"
            "At the time he said the road would later be extended to Kalbajar.")
    assert all_claimants(text, gazetteer)["Kalbajar"] == ["Azerbaijani presidency (Ilham Aliyev)"]


def test_places_named_by_someone_are_their_claim(gazetteer):
    text = "The villages listed by the Azerbaijani defence ministry are Horadiz and Boyuk Marjanli."
    assert all_claimants(text, gazetteer)["Horadiz"] == ["Azerbaijani MoD"]


def test_a_body_whose_name_lists_its_fields_is_named_whole(gazetteer):
    text = ("Last week, Armenia's Service for the Study, Protection and Use of Historic Monuments said that the "
            "church in Goris needed a new roof.")
    assert all_claimants(text, gazetteer)["Goris"] == \
        ["Armenian government (Service for the Study, Protection and Use of Historic Monuments)"]


def test_the_channel_is_the_outlet_the_sentence_names(gazetteer):
    text = "A van of the Armenpress news agency was hit by shrapnel near Martuni, according to the newspaper."
    assert all_claimants(text, gazetteer)["Khojavend"] == ["Armenian media"]


@pytest.mark.parametrize("text, place, expected", [
    # a surname after a lower-case particle is still a name
    ("Omar el-Amin, who then led the UN office in Baku, said that 300 families had reached Imishli.", "Imishli",
     "Omar el-Amin"),
    # a span of time between the auxiliary and the verb
    ("Yerevan has for years accused Baku of shelling farms near Tegh.", "Tegh", "Armenian government"),
    # a second verb joined by "and" after an auxiliary: the first clause's subject
    ("Azerbaijani officials have rejected the report and have long described Aghdam as a ruin left by the war.",
     "Aghdam", "Azerbaijani government"),
])
def test_subjects_behind_particles_time_spans_and_coordinated_verbs(gazetteer, text, place, expected):
    assert all_claimants(text, gazetteer)[place] == [expected]
