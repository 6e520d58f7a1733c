"""A byline that gives the writer's trade between commas before the town ("By X Y, candle maker, Goris") is no event
at the town; a person named with the body he is of after an opening phrase and its day ("At a briefing on Monday X Y
of the road agency said") is the speaker, not the phrase's first word; posts the police keep across a district are
checkpoints there (soldiers' posts are not); an outlet "citing the agency" cites the agency the sentence named before,
not a body of the outlet's own country."""

from functools import partial

from tests.helpers import claimant_of, place_layers

layers = partial(place_layers, published="2022-10-06")
claimant = partial(claimant_of, published="2022-10-06")


def test_byline_with_the_writers_trade_names_no_event(gazetteer):
    assert "Goris" not in layers("By Sevil Huseynova, carpet restorer, Goris.", gazetteer)


def test_byline_with_trade_and_a_club_before_the_town(gazetteer):
    text = "By Aram Petrosyan, treasurer, the valley bell ringers, Goris - Monday 3 October 2022"
    assert "Goris" not in layers(text, gazetteer)


def test_an_opening_by_a_day_is_no_byline(gazetteer):
    text = "By Saturday evening, the troops had shelled Goris."
    assert layers(text, gazetteer).get("Goris") == "shelling"


def test_speaker_of_a_body_after_a_briefing_and_its_day(gazetteer):
    text = ("At a press conference on Tuesday Ivan Petrov of the road department said the Goris road to Kapan was "
            "open again.")
    assert "Ivan Petrov" in claimant("Goris", text, gazetteer)


def test_speaker_after_a_briefing_and_its_day_alone(gazetteer):
    text = "At a press conference on Tuesday Ivan Petrov said the Goris road to Kapan was open again."
    assert claimant("Goris", text, gazetteer) == "Ivan Petrov"


def test_police_posts_across_a_district_are_checkpoints(gazetteer):
    text = "Police have kept posts across the Aghdam district since the handover two years ago."
    assert set(layers(text, gazetteer).values()) == {"checkpoints"}


def test_soldiers_posts_across_a_district_are_no_checkpoints(gazetteer):
    text = "Soldiers have kept posts across the Aghdam district since the handover two years ago."
    assert "checkpoints" not in layers(text, gazetteer).values()


def test_outlet_citing_the_agency_named_before(gazetteer):
    text = ("On Tuesday a deminer of ANAMA was hurt by a mine near Aghdam, Report wrote, citing the agency.")
    assert "ANAMA" in claimant("Aghdam", text, gazetteer)


def test_outlet_citing_an_agency_the_sentence_does_not_name(gazetteer):
    text = "On Tuesday a deminer was hurt by a mine near Aghdam, Report wrote, citing the agency."
    assert "ANAMA" not in claimant("Aghdam", text, gazetteer)
