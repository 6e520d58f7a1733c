"""Review of the heldout107 and heldout109 readings: a village the report calls a village keeps its reading though a
far town bears its name; a nature reserve's or a prison colony's special regime is no curfew; villages cut off from
gas or power are an outage, not a blockade of the villages listed after; and the readings that already held."""

from tests.helpers import rows

PUB = "2020-10-14"


def _rows(text, gazetteer, published=PUB):
    return [(r["place_name"], r["coordinates"], r["layer"], r["start_date"], r["claimed_by"])
            for r in rows(text, gazetteer, published)]


def _gandzak_points(text, gazetteer):
    return {tuple(c[0]) for name, c, *_ in _rows(text, gazetteer) if name == "Gandzak"}


def test_a_village_called_a_village_stays_though_the_town_is_named(gazetteer):
    text = ("Gandzak, a village in Gegharkunik, was flooded on Monday after heavy rain. The mayor, a native of Ganja, "
            "said the road to Gandzak was closed.")
    points = _gandzak_points(text, gazetteer)
    assert points and all(lon < 45.5 for lon, lat in points)     # the Gegharkunik village, not Ganja


def test_the_village_of_the_name_stays_though_the_town_is_named(gazetteer):
    text = ("The village of Gandzak in Gegharkunik was flooded on Monday. Residents who moved from Ganja in 1988 "
            "said the road was closed.")
    points = _gandzak_points(text, gazetteer)
    assert points and all(lon < 45.5 for lon, lat in points)


def test_a_nature_reserves_special_regime_is_no_curfew(gazetteer):
    text = "The special regime of the Shirvan nature reserve forbids hunting near Salyan."
    assert all(layer != "checkpoints" for *_, layer, _d, _c in _rows(text, gazetteer))


def test_villages_cut_off_from_gas_are_no_blockade(gazetteer):
    text = ("Four villages were cut off from gas after the pipeline was damaged on Monday. The ministry named them as "
            "Tegh and Khndzoresk.")
    assert all(layer != "corridors" for *_, layer, _d, _c in _rows(text, gazetteer))


def test_villages_left_isolated_still_carry_the_blockade(gazetteer):
    text = ("Six villages had been left isolated after the post went up on Monday. The agency named them as Tegh, "
            "Kornidzor and Khnatsakh.")
    assert {layer for *_, layer, _d, _c in _rows(text, gazetteer)} == {"corridors"}


def test_a_speakers_birth_year_does_not_date_this_weeks_sunday(gazetteer):
    text = "Aram Petrosyan, who was born in 1950, told reporters on Monday that shells hit Martuni on Sunday."
    assert [d for *_, d, _c in _rows(text, gazetteer)] == ["2020-10-11"]


def test_the_year_of_the_telling_dates_the_day_told(gazetteer):
    text = "In 2020 he told the BBC that the village of Talish was shelled on 4 October."
    assert [d for *_, d, _c in _rows(text, gazetteer, "2023-05-02")] == ["2020-10-04"]


def test_an_old_story_does_not_date_todays_report_by_another(gazetteer):
    text = ("Ivanov told the meeting that the attacks on Kirovabad began on 21 November 1988.\n"
            "The defence ministry said Azerbaijani forces shelled Tartar.")
    dates = {name: d for name, _p, _l, d, _c in _rows(text, gazetteer)}
    assert dates["Tartar"].startswith("2020")


def test_a_city_closed_to_traffic_by_its_government_is_no_place(gazetteer):
    assert _rows("Yerevan closed its airspace to traffic on Monday.", gazetteer) == []


def test_the_commandants_office_is_no_curfew(gazetteer):
    text = "The commandant's office in Shusha said on Monday that the roads were open."
    assert all(layer != "checkpoints" for *_, layer, _d, _c in _rows(text, gazetteer))


def test_journalists_posted_in_a_city_are_no_checkpoint(gazetteer):
    text = "Journalists were posted in Baku to cover the talks on Monday."
    assert all(layer != "checkpoints" for *_, layer, _d, _c in _rows(text, gazetteer))


def test_a_year_of_the_speakers_office_does_not_date_the_day_told(gazetteer):
    text = "Pashinyan, elected in 2018, told parliament that Stepanakert was shelled on 4 October."
    assert [d for *_, d, _c in _rows(text, gazetteer)] == ["2020-10-04"]
    text = "Aliyev, who has ruled since 2003, said that Tartar was shelled on 4 October."
    assert [d for *_, d, _c in _rows(text, gazetteer)] == ["2020-10-04"]


def test_a_year_of_the_speakers_part_in_the_story_still_dates_it(gazetteer):
    text = ("Levon Hakobyan, who led the defence of Martakert in 1992, told the meeting on Wednesday that the shelling "
            "began on June 12.")
    assert [d for *_, d, _c in _rows(text, gazetteer)] == ["1992-06-12"]


def test_its_correspondent_in_a_town_is_the_outlet_named_before(gazetteer):
    text = "TASS said fighting continued. Its correspondent in Stepanakert said the city was shelled on Tuesday."
    assert {c for *_, c in _rows(text, gazetteer)} == {"Russian media"}


def test_a_video_of_soldiers_posted_in_a_channel_is_no_checkpoint(gazetteer):
    for text in ("A video of soldiers was posted in a Telegram channel on Monday showing the streets of Hadrut.",
                 "Photos of Armenian soldiers were posted in Telegram groups on Monday from Shusha."):
        assert all(layer != "checkpoints" for *_, layer, _d, _c in _rows(text, gazetteer)), text


def test_police_posted_in_a_town_stay_checkpoints(gazetteer):
    text = "Troops who fought in 1992 now train cadets; police were posted in Goris on Monday."
    assert {layer for *_, layer, _d, _c in _rows(text, gazetteer)} == {"checkpoints"}


def test_villages_cut_off_by_snow_are_no_blockade(gazetteer):
    text = "Four villages were cut off by heavy snow on Monday. The agency named them as Tegh and Kornidzor."
    assert all(layer != "corridors" for *_, layer, _d, _c in _rows(text, gazetteer))


def test_a_town_named_only_as_a_home_town_does_not_take_the_village(gazetteer):
    text = ("Gandzak residents protested on Monday over water prices. One of them, a native of Ganja, spoke to "
            "reporters.")
    points = _gandzak_points(text, gazetteer)
    assert points and all(lon < 45.5 for lon, lat in points)
