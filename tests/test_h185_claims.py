"""A web page told again ("The same page claimed") is the source named before it; a source's own pictures as the
subject ("the office's photographs showed") are that source's word; a relative clause giving a person's title
("X, whom Baku calls the head of Y, said") claims nothing and leaves X the speaker; a clause read back past the
speaker's own verb ("X said people at the gate had protested") is no speaker; Azerbaijan's Red Crescent Society is
one actor under its several names."""

from functools import partial

from geo.extract.claims import canonical_actor, find_attributions
from tests.helpers import claimant_of

claimant = partial(claimant_of, published="2023-09-20")


def test_the_same_page_is_the_source_named_before(gazetteer):
    sentence = "The same page claimed that the works the Armenian side began at Askeran had changed the church."
    assert [a.who for a in find_attributions(sentence)] == ["the report"]   # read back to the source before
    text = ("A history page of the Azvision site wrote on Monday that the old church at Askeran had been damaged. "
            "The same page claimed that the works the Armenian side began at Askeran a few years ago had changed it.")
    assert "Azvision" in claimant("Askeran", text, gazetteer)


def test_people_at_the_same_page_are_no_source(gazetteer):
    sentence = "Readers on the same page claimed that the church at Askeran had been stripped of its stones."
    assert [a.who for a in find_attributions(sentence)] != ["the report"]


def test_an_offices_photographs_are_the_offices_word(gazetteer):
    text = ("According to the presidential office, Ilham Aliyev visited Khankendi on Monday. "
            "He then laid a wreath in Khojaly, the office's photographs showed.")
    assert claimant("Khojaly", text, gazetteer) == "Azerbaijani presidency (Ilham Aliyev)"


def test_photographs_of_an_office_stay_as_they_were(gazetteer):
    text = "He then laid a wreath in Khojaly, photographs of the office showed."
    assert claimant("Khojaly", text, gazetteer) != "Azerbaijani presidency (Ilham Aliyev)"


def test_a_title_given_by_a_side_leaves_the_person_speaking(gazetteer):
    text = ("Arman Petrosyan, whom the Armenian side calls the head of Khojavend, said a lorry of flour had "
            "reached Stepanakert on Sunday.")
    assert claimant("Stepanakert", text, gazetteer) == "Arman Petrosyan"


def test_whom_people_called_is_no_title(gazetteer):
    text = ("Arman Petrosyan, whom the villagers called on Sunday, said a lorry of flour had reached Stepanakert.")
    assert claimant("Stepanakert", text, gazetteer) == "Arman Petrosyan"


def test_a_protest_told_inside_the_speakers_words_is_his(gazetteer):
    text = ("Arman Petrosyan, whom the Armenian side calls the head of Khojavend, said women gathered near the "
            "church had first protested and then let the lorry into Stepanakert.")
    assert claimant("Stepanakert", text, gazetteer) == "Arman Petrosyan"


def test_the_red_crescent_society_by_its_names():
    assert canonical_actor("Baku's Red Crescent society") == "Azerbaijan Red Crescent Society"
    assert canonical_actor("an official of the Azerbaijan Red Crescent") == "Azerbaijan Red Crescent Society"


def test_another_countrys_red_crescent_is_not_azerbaijans():
    assert canonical_actor("the Turkish Red Crescent Society") != "Azerbaijan Red Crescent Society"
    assert canonical_actor("the Iranian Red Crescent") != "Azerbaijan Red Crescent Society"
