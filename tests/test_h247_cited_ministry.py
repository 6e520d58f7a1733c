"""An outlet "citing" or "quoting the ministry" after a ministry relayed by an outlet: that ministry."""
import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2023, 6, 20)


def claims(text):
    return [(p, e["claimed_by"]) for e in extract_text(text, DAY) for p in e["place"].split(";")]


FIRST = ("On 12 June, armed groups fired at positions facing the Lachin region, the defence ministry in Baku said, "
         "according to APA. ")


def test_citing_the_ministry_after_a_relayed_ministry():
    got = claims(FIRST + "On 14 June, the same groups dug trenches facing the Aghdam district, Trend reported, "
                         "citing the ministry.")
    assert got[-1][0].startswith("Aghdam") and got[-1][1] == "Azerbaijani MoD"


def test_quoting_the_ministry_after_a_relayed_ministry():
    got = claims(FIRST + "On 15 June, trenches were dug facing the Fuzuli district, Azernews wrote, quoting the "
                         "ministry.")
    assert got[-1][0].startswith("Fuzuli") and got[-1][1] == "Azerbaijani MoD"


def test_outlet_alone_before_keeps_no_ministry():
    got = claims("On 12 June, shells hit houses in Sos, Armenpress reported. "
                 "On 14 June, trenches were dug near Chartar, News.am said.")
    assert got[-1][0] == "Chartar"
    assert "Ministry" not in got[-1][1]


def test_ministry_of_another_office_is_not_replaced():
    got = claims(FIRST + "On 14 June, shelters opened in Barda, Report wrote, citing the ministry of emergencies.")
    assert all(c != "Azerbaijani MoD" for p, c in got if p.startswith("Barda"))


def test_ministry_named_in_full_stays():
    got = claims(FIRST + "On 14 June, houses in Goris were hit, Armenpress wrote, quoting the Armenian defence ministry.")
    assert [c for p, c in got if p == "Goris"] == ["Armenian MoD"]
