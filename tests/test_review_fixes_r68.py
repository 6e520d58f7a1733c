"""Sentences where the r68 rules misfired: ministers who "moved their positions closer" at talks and talks that
"advanced further than agreed" (read as a line moved up), "the main road from Kapan to the south of the province was
closed by landslides" and traffic on such a road "suspended" (its start dropped as a drive's start to no named
end), and a log entry's plain number before its day ("Entry 12 - 3 May 2023"), read as a span of days so that the
entry gave no day to the weekday under it."""

from tests.helpers import place_layers, rows


def places(text, gazetteer, published="2022-08-03"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def test_positions_brought_closer_at_talks_are_no_line(gazetteer):
    text = "At the talks in Goris the two ministers moved their positions closer on the water deal."
    assert place_layers(text, gazetteer, "2022-08-03").get("Goris") != "checkpoints"
    text = "The negotiators in Ijevan brought their positions closer, the mediator said."
    assert place_layers(text, gazetteer, "2022-08-03").get("Ijevan") != "checkpoints"
    text = "The ministers said they had moved their positions closer to an agreement at the talks in Goris."
    assert place_layers(text, gazetteer, "2022-08-03").get("Goris") != "checkpoints"


def test_positions_moved_closer_to_a_village_are_still_a_line(gazetteer):
    text = "The ministry said enemy troops moved their positions closer to Berd overnight."
    assert place_layers(text, gazetteer, "2022-08-03").get("Berd") == "checkpoints"


def test_talks_that_advanced_further_than_agreed_are_no_line(gazetteer):
    text = "Talks held in Kapan advanced further than agreed, diplomats said."
    assert place_layers(text, gazetteer, "2022-08-03").get("Kapan") != "checkpoints"
    text = "The border service said the other side had dug in some 300 metres deeper than agreed near Tegh."
    assert place_layers(text, gazetteer, "2022-08-03").get("Tegh") == "checkpoints"


def test_a_road_shut_from_a_town_to_no_named_end_keeps_the_town(gazetteer):
    text = "The main road from Kapan to the south of the province was closed by landslides on Monday."
    assert "Kapan" in places(text, gazetteer)
    text = "Traffic on the road from Goris to the south of the country was suspended for the night."
    assert "Goris" in places(text, gazetteer)


def test_a_weekday_under_a_log_entry_with_a_plain_number_is_the_entry_s_day(gazetteer):
    for head in ("Entry 12 - 3 May 2023", "Entry No. 12 - 3 May 2023"):
        text = head + "\nShells fell on Berd on Tuesday.\n"
        found = [str(c["start_date"]) for c in rows(text, gazetteer, "2023-06-01") if c["place_name"] == "Berd"]
        assert found and found[0].startswith("2023-05-02")
