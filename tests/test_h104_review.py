"""Review of the heldout104/heldout105 rules: a place's own relative clause does not take the date of what befell
it that day; "citing" a lower-case name is a source only when the name alone is an actor's; the press waiting
outside an office is no protest; an organisation named by its seat with no body before keeps its name."""

from tests.helpers import rows


def _rows(text, gazetteer, published):
    return {r["place"]: (r["layer"], r["start_date"], r["claimed_by"]) for r in rows(text, gazetteer, published)}


def test_todays_fire_keeps_its_day_before_a_relative_clause_of_an_older_one(gazetteer):
    text = "On Tuesday Azerbaijani artillery shelled Martuni, which had been shelled on 3 May 2016, the ministry said."
    assert _rows(text, gazetteer, "2020-10-08")["Martuni"][1] == "2020-10-06"


def test_report_day_kept_when_the_relative_clause_follows_a_fire_reported(gazetteer):
    text = "The ministry said on Tuesday that troops shelled Martuni, which was captured on 10 October 2020."
    assert _rows(text, gazetteer, "2021-03-04")["Martuni"][1] == "2021-03-02"


def test_commemoration_still_yields_to_the_relative_clause_date(gazetteer):
    text = ("The community held a meeting on Thursday for Khojavend, which the community said had been seized by "
            "Armenian units on 2 October 1992.")
    assert _rows(text, gazetteer, "2015-12-05")["Khojavend"][1] == "1992-10-02"


def test_citing_a_phrase_holding_an_outlet_word_is_no_source(gazetteer):
    text = "The road to Lachin was closed on Monday, citing a trend of attacks."
    assert not _rows(text, gazetteer, "2021-03-03")["Lachin"][2]


def test_quoting_a_lower_case_outlet_is_its_source(gazetteer):
    text = "Armenpress, quoting news.am, said shells hit Martuni on Sunday."
    assert _rows(text, gazetteer, "2020-10-05")["Martuni"][2] == "Armenian media"


def test_reporters_outside_an_office_are_no_protest(gazetteer):
    text = "Reporters gathered outside the prime minister's office in Yerevan on Monday to hear the announcement."
    assert "Yerevan" not in _rows(text, gazetteer, "2021-03-03")


def test_protest_outside_an_office_keeps_the_town(gazetteer):
    text = "Relatives of detainees staged a protest outside the ICRC office in Yerevan on Tuesday."
    assert _rows(text, gazetteer, "2021-01-05")["Yerevan"][0] == "other"


def test_seated_organisation_with_no_body_before_keeps_its_name(gazetteer):
    text = "The Vienna organisation said on Monday that shells hit Martuni."
    assert _rows(text, gazetteer, "2020-10-05")["Martuni"][2] == "Vienna organisation"


def test_seated_organisation_points_back_to_the_body_named(gazetteer):
    text = "The ICRC said it was ready to help. The Geneva organisation said on Monday aid reached Stepanakert."
    assert _rows(text, gazetteer, "2021-01-05")["Stepanakert"][2] == "ICRC"
