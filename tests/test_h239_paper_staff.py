"""A bare "according to the paper" is the paper the article named before, even when the sentence names another
outlet only as the employer of one of its staff ("a Hetq photographer found ..."): the staff member is no teller.
With no paper heard before, the outlet whose staff the sentence names is the one; an outlet named by its kind
("the Armenpress news agency") is still the one "the newspaper" means."""

import datetime

from geo.extract import extract_text


def _claimants(text, gazetteer, published="2022-05-04"):
    return {(p, e["quote"][:12]): e["claimed_by"]
            for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_paper_heard_before_not_staffs_outlet(gazetteer):
    text = ("The Armenian Weekly reported that a shepherd had been found shot near Martakert. According to the "
            "paper, a Hetq photographer saw the burnt school in Martakert the next day.")
    assert _claimants(text, gazetteer)[("Martakert", "According to")] == "Armenian Weekly"


def test_paper_heard_before_correspondent_closing(gazetteer):
    text = ("The Armenian Weekly reported heavy fire on Askeran on Monday. An Armenpress correspondent counted "
            "eleven craters in Askeran, the paper added.")
    assert _claimants(text, gazetteer)[("Askeran", "An Armenpres")] == "Armenian Weekly"


# --- near sentences where the rule must not fire ---

def test_staffs_outlet_when_no_paper_heard(gazetteer):
    text = "A Hetq reporter was hurt by a shell in Askeran, according to the paper."
    assert _claimants(text, gazetteer)[("Askeran", "A Hetq repor")] == "Armenian media"


def test_outlet_named_with_its_kind(gazetteer):
    text = "A van of the Armenpress news agency was hit by shrapnel near Martuni, according to the newspaper."
    assert _claimants(text, gazetteer)[("Martuni", "A van of the")] == "Armenian media"


def test_outlet_as_subject_speaks_for_itself(gazetteer):
    text = ("The Armenian Weekly reported heavy fire on Askeran on Monday. Hetq said two shells hit Martuni on "
            "Tuesday.")
    assert _claimants(text, gazetteer)[("Martuni", "Hetq said tw")] == "Armenian media"
