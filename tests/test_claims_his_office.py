""""His office said" is the office of the person "his" refers to (the subject of the clause it reports, else the last
person named), never the office of the leader who spoke last; a speaker described before his name is named by it."""

import datetime as dt

from tests.helpers import claimant_of


def test_his_office_is_the_office_of_the_clause_s_subject_not_of_the_last_speaker(gazetteer):
    text = ("President Aliyev said on Monday that talks would go on.\n\n"
            "Kocharyan flew back to Yerevan on Tuesday evening, his office said.")
    assert claimant_of("Yerevan", text, gazetteer, dt.date(2019, 4, 7)) == "Kocharyan's office"


def test_his_office_of_a_leader_of_the_table_is_that_leader_s_actor(gazetteer):
    text = ("Armenian Prime Minister Nikol Pashinyan spoke to reporters on Monday.\n\n"
            "Azerbaijani officials said the talks had failed.\n\n"
            "The talks ended late, and Pashinyan will travel to Tegh on Friday to meet border villagers, his office "
            "said.")
    assert claimant_of("Tegh", text, gazetteer, dt.date(2021, 6, 7)) == "Armenian PM (Nikol Pashinyan)"


def test_his_office_follows_the_subject_of_the_last_clause(gazetteer):
    text = ("Robert Kocharyan and Heydar Aliyev met the mediators in Paris.\n\n"
            "Kocharyan will stay in Paris for two more days, and Aliyev is expected back in Baku on Sunday, "
            "his office said.")
    assert claimant_of("Baku", text, gazetteer) == "Heydar Aliyev's office"


def test_a_speaker_described_before_his_name_is_named_by_his_name(gazetteer):
    text = ("The American co-chair spoke first.\n\n"
            "His Russian colleague Yuri Merzlyakov said the sides had met in Geneva twice.")
    assert claimant_of("Geneva", text, gazetteer) == "Yuri Merzlyakov"
