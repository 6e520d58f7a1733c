"""Who claims: a capital's pronoun telling of its own army, "the same ministry" after a capital's ministry told of
the war, a capital's air defence at work, and an office's calls relayed by a channel."""
import datetime

from geo.extract import extract_text
from bench.eval_extract import _loose

DAY = datetime.date(2020, 7, 20)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_a_capital_s_it_telling_of_its_positions_is_its_defence_ministry():
    text = ("Baku puts it differently: Armenian mortars shelled its positions near Tovuz on Saturday, it says, and "
            "two soldiers died holding them.")
    assert _loose(_claims(text)["Tovuz"], "Azerbaijani Defence Ministry")


def test_a_capital_s_it_telling_of_a_town_stays_the_government():
    text = "Baku puts it differently: Armenian mortars shelled houses in Tovuz on Saturday, it says."
    assert not _loose(_claims(text)["Tovuz"], "Azerbaijani Defence Ministry")


def test_the_same_ministry_after_a_capital_s_ministry_told_of_its_positions():
    text = ("The ministry in Baku said one more of its soldiers died near Tovuz on Saturday. "
            "On Friday night, according to the same ministry, Armenian fire reached its positions near Shahbuz.")
    assert _loose(_claims(text)["Shahbuz"], "Azerbaijani Defence Ministry")


def test_the_same_ministry_telling_of_houses_stays_the_government():
    text = ("The ministry in Baku said a convoy of aid reached Tovuz on Saturday. "
            "On Friday night, according to the same ministry, shells damaged houses in Shahbuz.")
    assert not _loose(_claims(text)["Shahbuz"], "Azerbaijani Defence Ministry")


def test_a_capital_s_air_defence_at_work_is_its_defence_ministry():
    text = "Baku said on Sunday that its air defence had shot down an Armenian drone over the Tovuz district."
    assert _loose(_claims(text)["Tovuz"], "Azerbaijani Defence Ministry")


def test_a_capital_s_word_on_a_drone_over_a_town_stays_the_government():
    text = "Baku said on Sunday that an Armenian drone had been seen over the Tovuz district."
    assert not _loose(_claims(text)["Tovuz"], "Azerbaijani Defence Ministry")


def test_an_office_that_has_had_calls_is_the_source_past_the_radio():
    text = "The radio says the Ombudsman's office has had calls from Aygepar, where shelling began after midnight."
    assert _loose(_claims(text)["Aygepar"], "Human Rights Defender of Armenia")


def test_the_radio_stays_the_source_of_what_an_office_had_no_calls_about():
    # no calls or reports received: the radio's own word
    text = "The radio says the Ombudsman's office has had a hard week since shelling began in Aygepar after midnight."
    assert _claims(text)["Aygepar"] == "radio"
