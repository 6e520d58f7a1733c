"""Claimant labels: the means of speaking is no speaker, a period opening the clause is no subject, people who
are placed at length are named by their plain label, a village's head is a local official, a person named before his role is that
person."""

from tests.helpers import claimant_of


def test_the_means_of_speaking_is_not_the_speaker(gazetteer):
    text = "Gagik Mkrtchyan, a baker, told by phone that the shops in Goris stayed shut all day on Sunday."
    assert claimant_of("Goris", text, gazetteer) != "phone"
    text = "Gagik Mkrtchyan, a baker, said by telephone that the shops in Goris stayed shut all day on Sunday."
    assert claimant_of("Goris", text, gazetteer) == "Gagik Mkrtchyan"


def test_a_group_placed_at_length_is_named_by_its_plain_label(gazetteer):
    text = "Shepherds in Kapan region pastures near the ridge said the road to Kajaran had been shelled."
    assert claimant_of("Kajaran", text, gazetteer).lower() == "shepherds"
    text = "Farmers in Tartar district hamlets along the canal said the water had been cut for a week."
    assert claimant_of("Tartar District", text, gazetteer) == "residents"    # farmers: residents, as the sets annotate them
    text = "Drivers on the Kapan–Kajaran road said snow had closed the pass above Kajaran overnight."
    assert claimant_of("Kajaran", text, gazetteer) == "residents (drivers)"


def test_a_period_opening_the_clause_is_not_its_subject(gazetteer):
    text = "Last month the head of the village of Tegh said that the bridge in Kornidzor had been repaired."
    assert claimant_of("Kornidzor", text, gazetteer) == "local officials"


def test_a_person_named_before_a_foreign_role_is_that_person(gazetteer):
    text = ("Foreign Minister Elmar Mammadyarov spoke in Baku on Monday.\n\n"
            "Ruslan Kokoev, Abkhazia's deputy foreign minister, said the observers had visited Martakert.")
    assert claimant_of("Martakert", text, gazetteer) == "Ruslan Kokoev"


def test_the_same_reports_are_those_cited_before(gazetteer):
    text = ("Azerbaijani media reported that a shepherd had been wounded by a sniper on Friday.\n\n"
            "He was driven to a hospital in Tartar, according to the same reports.")
    assert claimant_of("Tartar", text, gazetteer) == "Azerbaijani media"


def test_a_title_followed_by_a_name_is_that_person(gazetteer):
    text = ("\"It was quiet after midnight,\" Samvel Hakobyan, the head of the village of Tegh, said on Monday.\n\n"
            "Last spring a shell hit a barn in Kornidzor, according to the village head, Grigor Sahakyan.")
    assert claimant_of("Kornidzor", text, gazetteer) == "Grigor Sahakyan"


def test_a_body_named_on_its_task_keeps_the_whole_name(gazetteer):
    text = ("The chairman of the Regional Commission on the Census, Ashot Harutyunyan, will speak in Goris at noon.\n\n"
            "In Kapan nearly every household was counted, the commission said.")
    assert claimant_of("Kapan", text, gazetteer) == "Regional Commission on the Census"


def test_drivers_placed_where_they_wait_are_drivers_that_is_residents(gazetteer):
    text = "Lorry drivers at the Meghri crossing said on Friday that the barrier had stayed down since noon."
    assert claimant_of("Meghri", text, gazetteer) == "residents (lorry drivers)"
    text = "At Meghri the lorries were moving again by the evening, according to drivers stuck in the queue."
    assert claimant_of("Meghri", text, gazetteer) == "residents (drivers)"


def test_a_state_commission_with_a_list_in_its_name_is_that_side_s_body(gazetteer):
    text = ("Armenia's State Commission on Missing, Detained and Displaced Persons said two shepherds had been "
            "seized near Kapan on Sunday.")
    claimant = claimant_of("Kapan", text, gazetteer)
    assert claimant.startswith("Armenian government"), claimant


def test_a_relative_named_by_the_family_s_surname_and_her_first_name_is_her_full_name(gazetteer):
    text = "\"They took my boy at the bridge,\" said Mkrtchyan's mother, Siranush, who had waited in Kapan for a week."
    assert claimant_of("Kapan", text, gazetteer) == "Siranush Mkrtchyan"
    text = "Avetisyan's widow, Lusine, said that shells had fallen on Tegh the night before."
    assert claimant_of("Tegh", text, gazetteer) == "Lusine Avetisyan"


def test_one_villager_named_by_the_village_is_one_of_the_residents(gazetteer):
    text = "A resident of Tegh said by telephone that two shells had landed beside the school in Tegh overnight."
    assert claimant_of("Tegh", text, gazetteer) == "residents (Tegh resident)"   # his village kept
    text = "A villager of Chiragli told the agency that the fields around Chiragli had been hit again on Monday."
    assert claimant_of("Chiragli", text, gazetteer) == "residents (Chiragli resident)"
