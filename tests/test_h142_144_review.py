"""Review of the rules read from heldout142 and heldout144: wording near each rule that it must not change, and the
cases it was written for, kept."""
import datetime as dt

from bench.eval_extract import canonical_actor
from geo.extract import extract_text

DAY = dt.date(2023, 10, 3)


def _found(text):
    return [(e["place"], e["claimed_by"]) for e in extract_text(text + "\n", DAY)]


def _places(text):
    return [e["place"] for e in extract_text(text + "\n", DAY)]


# a side's body named with "Karabakh": only a Karabakh body drops it


def test_an_azerbaijani_body_keeps_the_karabakh_in_its_name():
    assert canonical_actor("Azerbaijani government (Karabakh Revival Fund)") \
        == "Azerbaijani government (Karabakh Revival Fund)"
    assert canonical_actor("Azerbaijani government (Karabakh Economic Region Special Representation)") \
        == "Azerbaijani government (Karabakh Economic Region Special Representation)"


def test_an_azerbaijani_body_named_karabakh_in_a_report_keeps_it():
    assert _found("Azerbaijan's Karabakh Regional Development Agency said that mines were cleared near Aghdam.") \
        == [("Aghdam", "Azerbaijani government (Karabakh Regional Development Agency)")]


def test_a_karabakh_body_still_drops_its_side():
    assert canonical_actor("Nagorno-Karabakh authorities (Karabakh's Ministry of Health)") \
        == "Nagorno-Karabakh authorities (Ministry of Health)"
    assert _found("Karabakh's National Security Service said that shells fell near Askeran.") \
        == [("Askeran", "Nagorno-Karabakh authorities (National Security Service)")]


def test_other_karabakh_bodies_are_as_before():
    assert canonical_actor("Karabakh's Defence Army") == "Nagorno-Karabakh authorities"
    assert canonical_actor("Karabakh's ombudsman") == "Nagorno-Karabakh Ombudsman"
    assert canonical_actor("Azerbaijani government (State Agency for Karabakh)") \
        == "Azerbaijani government (State Agency for Karabakh)"


# patients driven or transferred abroad: the people moved are the verb's subject


def test_people_driven_abroad_by_the_war_are_no_journey():
    assert _places("The war has driven people to Moscow in search of work, the report said.") == []


def test_money_for_the_patients_transferred_abroad_is_no_journey():
    assert _places("Money for the patients was transferred to Moscow, the health ministry said.") == []


def test_patients_records_transferred_abroad_are_no_journey():
    assert _places("Patients' records were transferred to Tehran's clinic after the border closed.") == []


def test_the_bodies_of_patients_driven_abroad_are_no_journey():
    assert _places("The bodies of the patients were driven to Moscow for examination.") == []


def test_patients_transferred_abroad_still_end_there():
    assert _places("Three burned patients were transferred on Monday to Moscow, the health ministry said.") \
        == ["Moscow"]
    assert _places("Three burned patients from the blast were driven by ambulance from the airport to Sofia's "
                   "main hospital.") == ["Sofia"]


def test_journalists_driven_abroad_are_as_before():
    assert _places("Journalists were driven to Sofia for a briefing, the foreign ministry said.") == ["Sofia"]


# a speaker before ", as quoted by <outlet>,"


def test_a_person_before_as_quoted_by_makes_the_claim():
    assert _found("Hikmet Hajiyev, as quoted by Reuters, said that Armenian shells hit Tartar.") \
        == [("Tartar", "Azerbaijani presidential aide (Hikmet Hajiyev)")]
    assert _found("A resident of Martuni, as quoted by Azatutyun, said that shells had hit the town.") \
        == [("Martuni", "residents (Martuni resident)")]


def test_an_outlet_after_the_claim_stays_as_before():
    assert _found("Shells hit Tartar, as quoted by Trend, the defence ministry said.") == [("Tartar", "MoD")]
    assert _found("The figures, as quoted by the UN, show that shells fell near Tartar.") == [("Tartar", "UN")]


# the presidency named bare after the aide spoke


def test_the_presidency_after_the_aide_is_the_presidency():
    assert _found("Hikmet Hajiyev wrote that the road was open. The president's office said that firemen had put "
                  "out a fire near Aghdam.") == [("Aghdam", "Azerbaijani presidency (Ilham Aliyev)")]


def test_the_other_sides_president_named_is_his_presidency():
    assert _found("Hikmet Hajiyev told reporters the road was open. Armenian President Vahagn Khachaturyan visited "
                  "Goris. The presidency said shells fell near Goris.")[-1] == ("Goris", "Armenian presidency")


def test_an_unnamed_aide_stays_unnamed():
    assert _found("The aide said that firemen had put out a fire near Aghdam.") == [("Aghdam", "aide")]


# a cooperative named by its town


def test_news_at_a_cooperative_keeps_its_town():
    assert _places("Soldiers entered the cooperative in the Martuni villages and took away its trucks.") == ["Martuni"]
    assert _places("Refugees from Martakert are sheltering in a cooperative in Goris, officials said.") == ["Goris"]
    assert _places("Gunfire from the heights damaged the roof of the dairy cooperative in Sotk.") == ["Sotk"]
    assert _places("Villagers fled to a cooperative in Goris when the shelling began.") == ["Goris"]


def test_goods_from_or_to_a_cooperative_name_no_place():
    assert _places("Honey comes to us from a cooperative in Goris every autumn.") == []
    assert _places("We sent a crate of jars to a cooperative in the Askeran villages.") == []
