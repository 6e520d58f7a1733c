"""A protest or a sit-in outside a body's office in a town is news there (the older sets annotate such protests at
the town, 6 of 7); the office named as where a statement came from, or where someone works, is no event there."""

from tests.helpers import place_layers


def test_a_picket_outside_an_agency_office_in_a_capital(gazetteer):
    text = "On Sunday a picket was held outside the UNHCR office in Baku to demand news of the missing men."
    assert place_layers(text, gazetteer).get("Baku") == "other"


def test_relatives_gathered_in_front_of_an_office_in_a_town(gazetteer):
    text = "Some forty relatives gathered in front of the Red Cross office in Kapan on Tuesday."
    assert place_layers(text, gazetteer).get("Kapan") == "other"


def test_a_statement_from_an_office_is_no_event(gazetteer):
    text = "The appeal was issued by the Red Cross office in Kapan on Tuesday."
    assert "Kapan" not in place_layers(text, gazetteer)


def test_a_closure_told_as_since_when_dates_the_protest(gazetteer):
    text = ("Students who have not been able to go home since the road closed began a picket outside the UN office "
            "in Kapan on Friday.")
    assert place_layers(text, gazetteer).get("Kapan") == "other"


def test_a_closure_with_no_protest_stays(gazetteer):
    text = "The road closed on Friday and lorries waited near Kapan."
    assert place_layers(text, gazetteer).get("Kapan") == "corridors"
