"""A person named "speaking for" a body speaks for it, and a count put first after "put at" is its giver's account.

"Major Elchin Mammadov, speaking for the Azerbaijani defence ministry, said ...": the ministry's claim, as for "X, a
spokesman for the ministry,". "X put at no fewer than 40 the people killed in Y": X's count (as "put the toll at"
already is). A person "speaking at a rally" speaks for no body; "put at risk" is no count."""

from tests.helpers import rows


def _claimants(text, gazetteer):
    return {r["place_name"]: r["claimed_by"] for r in rows(text, gazetteer, "1993-04-09")}


def test_speaking_for_the_ministry_is_the_ministry(gazetteer):
    text = "Major Elchin Mammadov, speaking for the Azerbaijani defence ministry, said that Armenian guns shelled Tartar."
    assert _claimants(text, gazetteer).get("Tartar") == "Azerbaijani MoD"


def test_put_at_a_count_first_is_a_claim(gazetteer):
    text = ("Major Elchin Mammadov, speaking for the Azerbaijani defence ministry, put at no fewer than 40 the "
            "villagers killed by the shelling of Tartar.")
    assert _claimants(text, gazetteer).get("Tartar") == "Azerbaijani MoD"


def test_speaking_at_a_rally_is_the_person(gazetteer):
    # negative: "speaking at" a place names no body spoken for
    text = "Elchin Mammadov, speaking at a rally in Ganja on Friday, said that Armenian guns shelled Tartar."
    assert _claimants(text, gazetteer).get("Tartar") != "Azerbaijani MoD"


def test_put_at_risk_is_no_claim(gazetteer):
    # negative: "put at risk", no count
    text = "The farmers put at risk their whole harvest near Tartar when the shelling began."
    assert not _claimants(text, gazetteer).get("Tartar")
