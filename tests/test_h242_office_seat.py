"""An office named by its seat ("X, the ombudsman in Y, said the families would get shelter", "the human rights
defender in Y said ...") only says which office speaks: no event at the seat. The seat named again as where
something happened, or fire told at it, stays; a visit there stays."""

import datetime

from geo.extract import extract_text


def _places(text, gazetteer, published="2020-11-21"):
    return {p: e["layer"] for e in extract_text(text, datetime.date.fromisoformat(published), gazetteer)
            for p in e["place"].split(";")}


def test_ombudsman_by_seat_promising_shelter(gazetteer):
    got = _places("Anna Sargsyan, the ombudsman in Stepanakert, said the government would give the families a roof.",
                  gazetteer)
    assert "Stepanakert" not in got


def test_rights_defender_by_seat(gazetteer):
    got = _places("The human rights defender in Goris told reporters the displaced would be housed by spring.",
                  gazetteer)
    assert "Goris" not in got


def test_ombudsman_claim_keeps_his_name(gazetteer):
    events = extract_text("The ombudsman in Stepanakert said troops had shelled Martuni overnight.",
                          datetime.date(2020, 10, 3), gazetteer)
    assert [e["place"] for e in events] == ["Martuni"]


# --- near sentences where the rule must not fire ---

def test_seat_shelled_stays(gazetteer):
    assert _places("The ombudsman in Stepanakert said shells hit Stepanakert overnight.", gazetteer) \
        .get("Stepanakert") == "shelling"


def test_ombudsman_visiting_a_town_stays(gazetteer):
    assert "Goris" in _places("The ombudsman visited Goris and said the families would get shelter.", gazetteer)


def test_ombudsman_office_hit_stays(gazetteer):
    got = _places("The ombudsman's office in Stepanakert was hit by a rocket on Sunday.", gazetteer)
    assert got.get("Stepanakert") == "shelling"
