"""A source that names or identifies people "as" someone gives its own account of what it tells of them."""
import datetime as dt

from geo.extract import extract_text

PUBLISHED = dt.date(2021, 2, 3)


def _claims(text):
    return {e["place"]: e["claimed_by"] for e in extract_text(text, PUBLISHED)}


def test_outlet_naming_a_victim_as_is_the_claimant():
    got = _claims("The Guardian reported yesterday that a man was shot in Stepanakert. Reuters named the second "
                  "victim as Ashot Avagyan, who was killed in Martuni.")
    assert got["Martuni"] == "Reuters"


def test_agency_identifying_them_as_is_the_claimant():
    got = _claims("Officials in Yerevan said shells fell on Goris. Reuters identified both dead as Vardan and "
                  "Levon Harutyunyan, farmers from Khndzoresk.")
    assert got["Khndzoresk"] == "Reuters"


def test_passive_named_as_gives_no_new_claimant():
    # (one named to a post is no source's account: "was named as" gives the sentence no speaker)
    got = _claims("Reuters said a soldier was shot in Stepanakert. Armen Sargsyan of Martuni was named as Governor "
                  "of Syunik on Monday.")
    assert got.get("Martuni") != "Armen Sargsyan"
