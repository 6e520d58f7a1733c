"""Who speaks when the subject is set off by commas: an opening phrase of a preposition ("On the other side,", "For
its part,") is no speaker, the named outlet or the post apposed after it is; and a post that a relative clause gives
the speaker ("X, who kept his seat as mayor of Y in the vote, said") is not the speaker, X is."""

import datetime

from geo.extract import extract_text

DAY = datetime.date(2021, 11, 16)


def _claims(text, gazetteer):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, DAY, gazetteer, source="test")}


def test_outlet_after_an_opening_side_phrase(gazetteer):
    claims = _claims("On the other side, the Baku site Yeni Musavat, in a note signed by Elchin Aliyev, wrote that "
                     "Armenian forces had shelled Tovuz.", gazetteer)
    assert claims["Tovuz"] == "Azerbaijani media"


def test_post_after_an_opening_phrase(gazetteer):
    claims = _claims("On the other side, the village head, who has lived there for years, said that Azerbaijani "
                     "forces had shelled Jermuk.", gazetteer)
    assert claims["Jermuk"] not in ("other side", "")


def test_speaker_before_a_relative_clause_with_his_post(gazetteer):
    claims = _claims("Samvel Avetisyan, who kept his seat as head of Goris in last month's vote, said that shells "
                     "had hit Goris overnight.", gazetteer)
    assert claims["Goris"] == "Samvel Avetisyan"
    claims = _claims("Samvel Avetisyan, who was re-elected as mayor of Goris in June, said that shells had hit "
                     "Goris overnight.", gazetteer)
    assert claims["Goris"] == "Samvel Avetisyan"


# near sentences where neither rule fires


def test_no_apposition_keeps_the_outlet(gazetteer):
    claims = _claims("The Baku site Yeni Musavat, in a note signed by Elchin Aliyev, wrote that Armenian forces had "
                     "shelled Tovuz.", gazetteer)
    assert claims["Tovuz"] == "Azerbaijani media"


def test_opening_phrase_with_a_lowercase_crowd_is_left_alone(gazetteer):
    # "the soldiers" is no named outlet nor a post: the long opening phrase is left as before
    claims = _claims("On the other side of the river, the soldiers, in their trenches since May, said that "
                     "Azerbaijani forces had shelled Jermuk.", gazetteer)
    assert "Jermuk" in claims


def test_post_apposed_without_a_relative_clause(gazetteer):
    claims = _claims("Samvel Avetisyan, the mayor of Goris, told reporters that shells had hit Goris.", gazetteer)
    assert claims["Goris"] == "Samvel Avetisyan"


def test_the_post_as_the_subject_itself(gazetteer):
    # no name before the relative clause: the post it gives is all there is
    claims = _claims("The man who served as mayor of Goris said that shells had hit Goris overnight.", gazetteer)
    assert claims["Goris"] != "Samvel Avetisyan"
