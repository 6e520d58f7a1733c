"""Claimants: a live blog's clock time and a lead-in label ("Background for new readers:") before a sentence's
subject leave that subject the "he" of the next sentence; a capital's list "for" a day that names a district's
villages is that capital's; the outlet's own correspondent "in" a city is no claimant; the actor table knows Iran's
ministers of roads, Turkey's ambassador in Baku, the president's special representative and a Baku deputy."""

from tests.helpers import claimant_of


def test_a_live_blog_entry_s_subject_after_its_clock_time_is_the_next_he(gazetteer):
    text = ("09:15 President Ilham Aliyev says on Twitter that the army has taken Sugovushan.\n\n"
            "11:02 Our correspondent in Ganja notes that the front is quiet. If the claim holds, she says, the road "
            "would open.\n\n"
            "12:40 Aliyev has now addressed the nation on television. He listed the villages taken with Talish, "
            "among them Madagiz, and thanked the soldiers.")
    assert claimant_of("Talish", text, gazetteer, "2020-10-03") == "Azerbaijani presidency (Ilham Aliyev)"


def test_a_subject_after_a_lead_in_label_is_the_next_he(gazetteer):
    text = ("An engineer of the road agency, Aram Sargsyan, told reporters that the works were nearly finished.\n\n"
            "Background for new readers: Prime Minister Nikol Pashinyan visited the province in May. Last year he "
            "had said that a new road had been built from Ijevan to Noyemberyan.")
    assert claimant_of("Noyemberyan", text, gazetteer, "2022-06-01") == "Armenian PM (Nikol Pashinyan)"


def test_a_capital_s_list_for_a_day_naming_a_district_s_villages_is_the_capital_s(gazetteer):
    text = "Baku's list for Friday also named the Aghdam villages of Sarijali and Kangarli."
    assert claimant_of("Kangarli", text, gazetteer, "2020-11-02") == "Azerbaijani government"


def test_our_correspondent_in_a_city_is_the_outlet_s_own_voice(gazetteer):
    text = "Our correspondent in Yerevan reports that shells fell on Chinari overnight."
    assert claimant_of("Chinari", text, gazetteer, "2020-07-14") == ""


def test_iran_s_minister_of_roads_speaks_for_the_iranian_government(gazetteer):
    text = "Iran's minister of roads, Mehrdad Bazrpash, said on Monday that lorries were again crossing at Agarak."
    assert claimant_of("Agarak", text, gazetteer, "2023-10-09") == "Iranian government"


def test_turkey_s_ambassador_speaks_for_the_turkish_government(gazetteer):
    text = "Cahit Bagci wrote on Twitter that Turkish firms had rebuilt the school in Talish."
    assert claimant_of("Talish", text, gazetteer, "2022-07-20") == "Turkish government"


def test_the_president_s_special_representative_speaks_for_the_azerbaijani_government(gazetteer):
    text = "Vahid Hajiyev said that twenty families had moved into Talish on Tuesday."
    assert claimant_of("Talish", text, gazetteer, "2022-07-20") == "Azerbaijani government"


def test_a_baku_deputy_speaks_for_the_azerbaijani_parliament(gazetteer):
    text = "Tural Ganjaliyev said on Monday that the first families had returned to Talish."
    assert claimant_of("Talish", text, gazetteer, "2022-07-20") == "Azerbaijani parliament"
