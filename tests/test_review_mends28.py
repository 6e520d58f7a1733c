"""Two rules of one round that misfired on older wordings once merged: a body's name goes on past a comma only when
it is a named body, not a list of states after an apposition; "had written" is a claim only with a medium, an
addressee or a day before "that", not with the wall something was written on."""

from tests.helpers import rows


def _claims(text, place, gazetteer, published="2021-05-10"):
    return [r["claimed_by"] for r in rows(text, gazetteer, published) if place in (r["place"], r["place_name"])]


def test_states_listed_after_an_apposition_are_the_speakers(gazetteer):
    text = "The three foreign ministers, of Russia, Armenia and Azerbaijan, said the road through Lachin would stay open."
    claimed = _claims(text, "Lachin", gazetteer)
    assert claimed and all(c for c in claimed)


def test_a_named_body_past_its_comma_is_not_the_speaker(gazetteer):
    text = ("Abbas Seyidov, head of the Institute of Archaeology, Ethnography and Anthropology, told the agency "
            "that the finds from Azokh had reached Baku.")
    claimed = _claims(text, "Azokh", gazetteer)
    assert claimed and all("Ethnography" not in c and "Anthropology" not in c for c in claimed)


def test_written_on_a_wall_is_still_no_claim(gazetteer):
    text = "Hayk Sargsyan had written on the wall of the school in Martakert that he would be back."
    assert _claims(text, "Martakert", gazetteer) == [""]


def test_written_on_a_medium_on_a_day_is_a_claim(gazetteer):
    text = "Arman Tatoyan had written on his page on 14 October that Hadrut was shelled."
    assert _claims(text, "Hadrut", gazetteer, "2020-10-20") == ["Armenian Human Rights Defender"]
