"""Claims in the heldout175 round: who a bare ministry is when the clause names the other side's arms."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2020, 10, 12)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY)}


def test_bare_ministry_with_an_adjective_before_the_arms():
    # "heavy artillery fire from Armenian units" of a village in Azerbaijan: Baku's ministry, as without "heavy"
    text = ("The defence ministry said on Sunday that Alkhanli in the Fuzuli district came under heavy artillery fire "
            "from Armenian units for most of the night.")
    assert _claims(text)["Alkhanli"] == "Azerbaijani MoD"


def test_possessive_before_the_arms_still_backs_off():
    # negative: "our units" may stand for a side; the bare ministry is not settled by the rule
    text = ("The defence ministry said on Sunday that Alkhanli in the Fuzuli district came under heavy artillery fire "
            "from Armenian units while our units held the line.")
    assert _claims(text)["Alkhanli"] != "Azerbaijani MoD"


def test_own_side_arms_do_not_name_the_land_s_ministry():
    # negative: the arms are the land's own side's: no claim for the other side from this rule
    text = ("The defence ministry said on Sunday that Alkhanli in the Fuzuli district came under heavy artillery fire "
            "from Azerbaijani units for most of the night.")
    assert _claims(text)["Alkhanli"] != "Armenian MoD"


def test_karabakh_leader_spelled_araik_is_the_karabakh_authorities():
    from geo.extract.actors import canonical_actor
    assert canonical_actor("Araik Harutyunyan") == canonical_actor("Arayik Harutyunyan") \
        == "Nagorno-Karabakh authorities"
    # negative: another Harutyunyan is not the Karabakh leader
    assert canonical_actor("Ani Harutyunyan") != "Nagorno-Karabakh authorities"


def test_pronoun_after_a_colon_is_the_person_the_sentence_opens_with():
    text = ("Anna Petrosyan, who ran the school for years, has answered her critics: she wrote that the pupils had "
            "left Shusha in October.")
    assert _claims(text)["Shusha"] == "Anna Petrosyan"


def test_pronoun_after_a_semicolon_is_not_read_so():
    # negative: only the colon that opens the subject's own words
    text = "Anna Petrosyan has answered her critics; later she wrote that the pupils had left Shusha in October."
    assert _claims(text)["Shusha"] != "Anna Petrosyan"
