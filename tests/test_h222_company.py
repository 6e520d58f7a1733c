"""A company the article names, then calls "the company" or "the firm": the later words are the company's claim.
Named with its kind set off after it ("Alfa Cement, the Armenian firm building the plant,") or by a name whose last
word says what it runs ("Georgian Railways"); not a person's role in a firm ("the company's lawyer")."""

import datetime

from geo.extract import extract_text


def _events(text, gazetteer):
    return [(e["place"], e["layer"], e["claimed_by"])
            for e in extract_text(text, datetime.date(2023, 9, 4), gazetteer)]


def test_a_firm_named_in_apposition_then_the_company_said(gazetteer):
    text = ("Alfa Cement, the Armenian firm building the new kiln, said soldiers had fired at its yard near Sotk "
            "on Saturday.\nThe company said bullets also struck a lorry parked by the gate in Sotk.")
    events = _events(text, gazetteer)
    assert len(events) == 2 and all(e[:2] == ("Sotk", "shelling") for e in events)
    assert {e[2] for e in events} == {"Alfa Cement"}


def test_a_railway_company_named_then_the_company_said(gazetteer):
    text = ("Georgian Railways finished the survey of the old line this autumn.\nRepairs, the company said, "
            "have begun at the station in Ijevan.")
    events = _events(text, gazetteer)
    assert ("Ijevan", "other", "Georgian Railways") in events


def test_a_persons_role_in_the_firm_names_no_company(gazetteer):
    text = ("Anna Petrosyan, the company's lawyer, met reporters in Yerevan on Saturday.\n"
            "The company said its workers had left the site near Sotk after shots were fired.")
    claimants = {e[2] for e in _events(text, gazetteer) if e[0] == "Sotk"}
    assert claimants and "Anna Petrosyan" not in claimants
