"""Sentences where the 75pb rules misfired: people of an exclave acting there lost it when the verb was progressive
("crowds in Nakhchivan were tearing down the fences"), in the present tense ("protesters in Nakhchivan block the
railway"), after a day or an aside between them and the verb ("protesters in Nakhchivan on Saturday stormed",
"residents in Nakhchivan, angry at the shortages, stormed"), or when they were "thousands"; it kept the exclave
for what they only started to say ("residents in Nakhchivan have started complaining about the price of bread");
and a source's label with its report in the same line ("Source: Armenian Defence Ministry, 12 July: Azerbaijani
units fired on positions near Chinari") lost the report, while "Sources and methods:" and "Sources consulted:"
lists kept their towns. The sources line is now read with the older captions and credits, as a label line with no
action in it."""

from tests.helpers import place_layers, rows

DAY = "1991-03-11"


def places(text, gazetteer):
    return {name for c in rows(text, gazetteer, DAY) for name in c["place_name"].split(";")}


def test_crowds_in_the_exclave_acting_in_the_progressive_keep_it(gazetteer):
    assert "Nakhchivan" in places("Crowds in Nakhchivan were tearing down the border fences on Sunday.", gazetteer)


def test_protesters_in_the_exclave_in_the_present_tense_keep_it(gazetteer):
    assert "Nakhchivan" in places("Protesters in Nakhchivan block the railway.", gazetteer)


def test_a_day_or_an_aside_before_the_verb_keeps_the_exclave(gazetteer):
    assert "Nakhchivan" in places("Protesters in Nakhchivan on Saturday stormed the party headquarters.", gazetteer)
    assert "Nakhchivan" in places("Residents in Nakhchivan, angry at the shortages, stormed the party headquarters.",
                                  gazetteer)


def test_thousands_in_the_exclave_acting_keep_it(gazetteer):
    assert "Nakhchivan" in places("Thousands in Nakhchivan tore down the border posts.", gazetteer)


def test_people_in_the_exclave_who_only_started_complaining_give_no_place(gazetteer):
    text = "Residents in Nakhchivan have started complaining about the price of bread."
    assert "Nakhchivan" not in places(text, gazetteer)
    assert "Nakhchivan" not in places("Residents in Nakhchivan are set to vote on Sunday.", gazetteer)


def test_a_source_label_before_its_report_keeps_the_report(gazetteer):
    text = "Source: Armenian Defence Ministry, 12 July: Azerbaijani units fired on positions near Chinari."
    assert place_layers(text, gazetteer, DAY).get("Chinari") == "shelling"
    text = "Source: Armenian units shelled Berd on Monday, the ministry said."
    assert place_layers(text, gazetteer, DAY).get("Berd") == "shelling"


def test_other_labels_of_a_sources_list_give_no_place(gazetteer):
    assert places("Sources and methods: telephone interviews with residents of Goris and Kapan.", gazetteer) == set()
    assert places("Sources consulted: reports from Goris and Kapan.", gazetteer) == set()
