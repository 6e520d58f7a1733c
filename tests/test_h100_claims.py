"""Claimants: a side that puts out a film of what happened claims it ("the ministry put out a film of its columns
entering X"; firemen who put out a fire claim nothing); a body's own site speaks for the body ("according to the X
tourism board's site"); a paper named after "according to" that printed someone's report leaves the claim to the
report's author ("according to the newspaper X, which printed a report by the writer Y from Z"), a paper with no
such report keeps it."""

from functools import partial

from tests.helpers import claimant_of
from geo.extract import normalise_actor

claim = partial(claimant_of, published="2020-11-27")


def test_a_ministry_puts_out_a_film(gazetteer):
    text = "The Armenian defence ministry put out a video of its tanks driving into Martuni at dawn."
    assert claim("Khojavend", text, gazetteer) == "Armenian MoD"


def test_firemen_put_out_a_fire(gazetteer):
    text = "Firemen put out a blaze at a barn in Goris on Sunday night."
    assert claim("Goris", text, gazetteer) == ""


def test_a_body_site_speaks_for_the_body():
    assert normalise_actor("the Syunik tourism board's site").lower() == "syunik tourism board"
    assert normalise_actor("the news site") == "media"


def test_the_author_of_a_printed_report(gazetteer):
    text = ("According to the weekly Golos, which that spring published an account by the Georgian journalist Nino "
            "Beridze from Goris, nine men were killed in Tegh and a dozen were wounded.")
    assert "Nino Beridze" in claim("Tegh", text, gazetteer)


def test_a_paper_with_no_report_named_keeps_the_claim(gazetteer):
    text = "According to the weekly Golos, which has a new editor, nine men were killed in Tegh."
    assert "Nino" not in (claim("Tegh", text, gazetteer) or "")
