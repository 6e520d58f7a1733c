"""Wordings near the rules read after heldout184, 186, 187 and 189 that those rules must leave alone (an agency's
correspondent after an agency that quoted a ministry, a claim that is a passive's agent, outposts manned and then
overrun, "from A down to the last one", videos shared with a relative), and the cases the rules were written for."""

import datetime

from geo.extract import extract_text

_DAY = datetime.date(2020, 11, 2)
_MONDAY = datetime.date(2021, 10, 11)


def _events(text, day=_DAY):
    return [(e["place"], e["layer"], e["claimed_by"]) for e in extract_text(text, day)]


def _claimant(text, place, day=_DAY):
    return [c for p, _, c in _events(text, day) if p.startswith(place)][-1]


# "the agency's correspondent"

def test_agencys_correspondent_after_the_agency_is_the_agency():
    text = ("APA published a report on the fighting at Hadrut. According to the agency's correspondent, the road to "
            "Shusha is cut.")
    assert _claimant(text, "Shusha") == "Azerbaijani media"


def test_agencys_correspondent_after_an_agency_quoting_a_ministry_is_no_ministry():
    text = ("APA quoted the ministry as saying Hadrut was shelled. According to the agency's correspondent, the road "
            "to Shusha is cut.")
    assert "ministry" not in _claimant(text, "Shusha").lower()


def test_agencys_correspondent_with_no_agency_before_keeps_the_correspondent():
    text = ("The ministry said Hadrut was shelled. According to the agency's correspondent, the road to Shusha is "
            "cut.")
    assert _claimant(text, "Shusha") == "agency's correspondent"


def test_the_reporters_after_an_agency_quoting_a_ministry_stay_reporters():
    text = ("APA quoted the Azerbaijani ministry as saying Aghdam was shelled. The reporters said they would then "
            "drive on to Fuzuli.")
    assert _claimant(text, "Fuzuli") == "reporters"


# "by his claim", "by his later announcement"

def test_by_his_announcement_opening_a_sentence_is_his():
    text = "President Aliyev spoke on Sunday. The army took Hadrut on Sunday, by his own claim."
    assert "Aliyev" in _claimant(text, "Hadrut")


def test_surprised_by_his_announcement_is_no_source_frame():
    text = "Pashinyan was surprised by his announcement that Hadrut had been shelled on Sunday."
    assert _claimant(text, "Hadrut") == ""
    text = "The ministry was angered by her claim that troops had shelled Hadrut on Sunday."
    assert _claimant(text, "Hadrut") == ""


def test_ministry_giving_the_opposite_account_of_the_fighting():
    text = ("The ministry in Yerevan gave the opposite account of the fighting, saying Azerbaijani troops had shelled "
            "Martuni.")
    assert _claimant(text, "Martuni") == "Armenian MoD"


# outposts manned

def test_outposts_manned_then_overrun_are_no_checkpoint():
    layers = {p: layer for p, layer, _ in _events("The outpost at Soltanli was manned by only three soldiers when it "
                                                 "was overrun.")}
    assert layers["Soltanli"] != "checkpoints"


def test_outposts_manned_by_reservists_are_checkpoints():
    layers = {p: layer for p, layer, _ in _events("The ministry said the outposts at Soltanli were manned by "
                                                 "reservists.")}
    assert layers["Soltanli"] == "checkpoints"


def test_tanks_and_planes_manned_are_no_outposts():
    for text in ("Two tanks, at Soltanli and at Khalafli, were also manned now, the ministry said.",
                 "A plane manned by two pilots crashed near Soltanli, the ministry said."):
        layers = {p: layer for p, layer, _ in _events(text)}
        assert layers["Soltanli"] != "checkpoints", text


# "people from A down to B"

def test_from_a_down_to_the_last_one_is_no_journey_from_a():
    places = {p for p, _, _ in _events("Pilgrims from Stepanakert down to the last one prayed at Amaras on Sunday.",
                                       _MONDAY)}
    assert "Stepanakert" not in places
    places = {p for p, _, _ in _events("Villagers from Martuni up to the age of seventy attended the service at "
                                       "Amaras on Sunday.", _MONDAY)}
    assert "Martuni" not in places


def test_from_a_over_to_b_starts_at_a():
    places = [p for p, _, _ in _events("Peacekeepers escorted pilgrims from Stepanakert over to Dadivank on Sunday.",
                                       _MONDAY)]
    assert places == ["Stepanakert;Dadivank"]


# footage shared

def test_videos_shared_by_a_soldier_with_his_mother_name_no_source():
    assert _claimant("The videos shared by a soldier with his mother show the shelling of Tartar.", "Tartar") == ""


def test_videos_shared_by_a_ministry_are_its_account():
    text = "Videos shared by the Armenian ministry show a drone striking a lorry near Aghdam."
    assert _claimant(text, "Aghdam") == "Armenian ministry"


# the Sunday service, the villages of the district

def test_sunday_market_after_a_sunday_told_is_that_sunday():
    got = {p: e for e in extract_text("On Sunday a farmer was wounded near Martakert. The Sunday market at Martuni "
                                      "was shelled.", _MONDAY) for p in e["place"].split(";")}
    assert str(got["Martuni"]["start_date"]) == "2021-10-10"


def test_villages_of_the_district_after_two_towns_name_no_village():
    text = ("Troops took back the town of Zangilan and the town of Jabrayil on Tuesday. A later list named Mughanli "
            "among the villages of the district that had been taken.")
    assert not any(p.startswith("Mughanli") for p, _, _ in _events(text, datetime.date(2020, 10, 22)))


def test_from_a_down_to_the_b_district_starts_at_a():
    # (heldout187: "from Stepanakert down to the Martuni district for the Sunday service")
    places = {p for e in extract_text("Peacekeepers escorted pilgrims from Stepanakert down to the Martuni district "
                                      "on Sunday.", _MONDAY) for p in e["place"].split(";")}
    assert "Stepanakert" in places
