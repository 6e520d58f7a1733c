"""Review of the r54 rules: sentences of our own on which a new rule misfired or missed an obvious variant."""
import datetime as dt

from geo.extract import extract_text


def _events(text, day=dt.date(2022, 3, 30)):
    return {c["place_name"]: c for c in extract_text(text, day)}


def _layers(text, day=dt.date(2022, 3, 30)):
    return {c["place_name"]: c["layer"] for c in extract_text(text, day)}


def test_a_place_said_not_to_exist_at_the_sentence_start_gives_no_event():
    assert "Parukh" not in _events("No village named Parukh exists, the ministry said.")


def test_places_said_not_to_exist_in_a_list_give_no_event():
    found = _events("There are no villages called Parukh and Khramort in the district, the ministry said.")
    assert not found
    found = _events("There is no village called Parukh, but Azerbaijani troops shelled Khramort.")
    assert "Parukh" not in found and found["Khramort"]["layer"] == "shelling"


def test_a_distance_in_teens_or_compound_number_words_said_alone_gives_no_event():
    assert not _events("Martuni is fifteen kilometres away.")
    assert not _events("Martuni is twenty-five kilometres away.")
    assert not _events("Martuni is twelve kilometres from the line of contact.")


def test_posts_set_up_to_tend_people_are_no_checkpoints():
    assert _layers("First-aid posts were set up in Martuni for the displaced.")["Khojavend"] != "checkpoints"
    assert _layers("Two mobile posts were set up at Martuni.")["Khojavend"] == "checkpoints"


def test_a_burial_to_come_is_other():
    found = _events("Two of the dead soldiers will be buried in Askeran.")
    assert found["Askeran"]["layer"] == "other"


def test_a_body_reporting_an_attack_or_fresh_fire_in_the_present_claims_it():
    assert _events("Armenian officials report an attack on Martuni.")["Khojavend"]["claimed_by"] \
        == "Armenian government"
    assert _events("Karabakh prosecutors report fresh Azerbaijani fire on Martuni.")["Khojavend"]["claimed_by"] \
        == "Nagorno-Karabakh authorities"


def test_the_hyphenated_karabakh_armenian_side_is_the_karabakh_authorities():
    found = _events("The Karabakh-Armenian side said Azerbaijani forces shelled Martuni.")
    assert found["Khojavend"]["claimed_by"] == "Nagorno-Karabakh authorities"


def test_an_inline_day_head_with_only_a_place_dates_todays_notes():
    found = _events("Thursday 24 March, Stepanakert. Today shells hit Martuni.")
    assert found["Khojavend"]["start_date"] == "2022-03-24"


def test_an_inline_day_head_dates_the_undated_notes_of_its_paragraph():
    found = _events("Thursday 24 March, evening, Stepanakert. Shells hit Martuni. Yesterday a drone struck Askeran.")
    assert found["Khojavend"]["start_date"] == "2022-03-24"
    assert found["Askeran"]["start_date"] == "2022-03-23"
