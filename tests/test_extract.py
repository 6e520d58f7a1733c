"""Extraction of candidate events from articles the project wrote itself (tests/articles/)."""

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geo.article import ArticleError, article_text, read_article
from geo.extract import extract_files, extract_text, split_sentences
from tests.helpers import claimants, waypoint_layers

PROJECT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).parent / "articles"


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_extract", PROJECT / "bench" / "eval_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(text, published, gazetteer):
    return extract_text(text, dt.date.fromisoformat(published), gazetteer, source="test")


def by_place(candidates):
    out = {}
    for c in candidates:
        out.setdefault(c["place_name"], []).append(c)
    return out


# -- the issue's targets, on the annotated test set ----------------------------------------------

@pytest.mark.parametrize("folder, articles", [(ARTICLES, 17), (ARTICLES / "heldout2", 6),
                                              (ARTICLES / "heldout3", 8)])
def test_test_set_meets_the_issue_targets(gazetteer, folder, articles):
    module = _eval_module()
    figures = module.score(module.load_testset(folder), gazetteer=gazetteer)["figures"]
    assert figures["articles"] == articles
    assert figures["place_recall"] >= 0.9, figures
    assert figures["place_precision"] >= 0.85, figures
    assert figures["layer_accuracy"] >= 0.85, figures
    assert figures["date_accuracy"] >= 0.85, figures


# -- what the user sees for typical sentences ----------------------------------------------------

def test_typo_is_geocoded_and_the_event_date_is_not_the_statement_date(gazetteer):
    text = ("On Wednesday, Azerbaijani authorities said Armenian troops tried an assault on a pipeline "
            "in Yevlah on Tuesday at about 0500 GMT.")
    [c] = extract(text, "2020-10-07", gazetteer)
    assert (c["place"], c["place_name"], c["layer"]) == ("Yevlah", "Yevlakh", "shelling")
    assert c["match"].startswith("variant")             # kh written h: a transliteration variant
    assert (c["start_date"], c["date_certain"]) == ("2020-10-06", True)
    assert c["claimed_by"] == "Azerbaijani government"             # "Azerbaijani authorities", canonical
    assert c["quote"] == text


def test_under_fire_overnight_and_according_to_a_named_spokesman(gazetteer):
    text = ("Azerbaijani Defense Ministry spokesman Vagif Dargahli spoke to reporters.\n"
            "Russian journalists reported that Khankendi (Stepanakert) came under fire overnight.\n"
            "According to Dargahli, the Armenian armed forces are still firing at the city of Barda.")
    found = by_place(extract(text, "2020-10-08", gazetteer))
    assert set(found) == {"Stepanakert", "Barda"}                     # not Vagif, not Dargahli
    [step] = found["Stepanakert"]
    assert (step["layer"], step["start_date"], step["end_date"]) == ("shelling", "2020-10-07", "2020-10-08")
    assert step["claimed_by"] == "Russian journalists"
    [barda] = found["Barda"]
    assert barda["layer"] == "shelling" and barda["claimed_by"] == "Azerbaijani MoD"
    assert barda["date_certain"] is False and barda["start_date"] == "2020-10-08"


def test_two_sides_claims_stay_two_candidates(gazetteer):
    text = ("Azerbaijan said Armenian forces shelled Tartar on Saturday, while Armenia said "
            "Azerbaijani drones struck Martakert the same day.\n"
            "A missile hit Ganja overnight, Azerbaijani officials said. "
            "Armenian officials denied firing at Ganja.")
    found = by_place(extract(text, "2020-10-11", gazetteer))
    assert found["Tartar"][0]["claimed_by"] == "Azerbaijani government"
    assert found["Martakert"][0]["claimed_by"] == "Armenian government"
    assert found["Martakert"][0]["kind"] == "drone"
    assert sorted(c["claimed_by"] for c in found["Ganja"]) == ["Armenian government", "Azerbaijani government"]


@pytest.mark.parametrize("sentence, layer, kind", [
    ("Armenian artillery shelled Tartar.", "shelling", "artillery"),
    ("A rocket attack hit Barda.", "shelling", "rocket"),
    ("Stepanakert came under fire.", "shelling", "firing"),
    ("Azerbaijan set up a checkpoint at the Hakari Bridge.", "checkpoints", "checkpoint"),
    ("Protesters are blocking the road near Shusha.", "checkpoints", "blockade"),
    ("Residents threatened to put up barriers in Askeran.", "checkpoints", "barrier"),
    ("The new road bypasses Lachin.", "corridors", "route_change"),
    ("Traffic now uses the road through Kornidzor and Goris.", "corridors", "route"),
    ("Azerbaijani forces captured Hadrut.", "other", "control"),
    ("Pashinyan met faction leaders in Yerevan.", "other", "meeting"),
])
def test_layer_from_what_the_sentence_says(gazetteer, sentence, layer, kind):
    candidates = extract(sentence, "2022-12-20", gazetteer)
    assert candidates, sentence
    assert {(c["layer"], c["kind"]) for c in candidates} == {(layer, kind)}


def test_corridor_places_of_a_sentence_become_one_line(gazetteer):
    text = ("The new route leaves the old one after Kornidzor and climbs through Hin Shen and Mets Shen "
            "before rejoining the highway below Shusha.")
    collection = extract_files_from_text(text, "2022-08-31", gazetteer)
    [feature] = collection["features"]
    props = feature["properties"]
    assert props["layer"] == "corridors" and props["kind"] == "route_change"
    assert props["place"] == "Kornidzor;Hin Shen;Mets Shen;Shusha"          # waypoints in order
    assert feature["geometry"]["type"] == "LineString"
    assert len(feature["geometry"]["coordinates"]) == 4


def extract_files_from_text(text, published, gazetteer, tmp=None):
    from geo.extract import feature_collection
    return feature_collection(extract(text, published, gazetteer))


@pytest.mark.parametrize("sentence", [
    "Baku said the attack was a provocation.",                 # a capital standing for its government
    "Yerevan accuses Azerbaijan of backing the protesters.",
    "Officials in Baku described the attempt as terrorism.",
    "Putin said Moscow must meet its commitments under the Moscow-led alliance.",
    "Foreign Minister Jeyhun Bayramov will meet the Minsk Group co-chairs.",
    "Said to be the largest, the Bridge Fund gave Tegh Holdings a grant.",
    "The Baku-Tbilisi-Ceyhan pipeline carries oil to the Mediterranean.",
    "Armenia and Azerbaijan fought over Nagorno-Karabakh in 2020.",
    "Analysts in London said Turkey and Russia would stay out.",           # abroad, nothing happens there
    "Bridge repairs on the Vorotan river were suspended.",
])
def test_words_that_look_like_places_are_not_taken(gazetteer, sentence):
    assert extract(sentence, "2022-12-20", gazetteer) == []


def test_places_abroad_only_where_something_happens(gazetteer):
    text = ("Bayramov will meet the co-chairs in Geneva on Thursday. "
            "Geneva is a pleasant city. The ceasefire was agreed in Moscow.")
    found = by_place(extract(text, "2020-10-07", gazetteer))
    assert [c["start_date"] for c in found["Geneva"]] == ["2020-10-08"]
    assert found["Geneva"][0]["layer"] == "other" and found["Geneva"][0]["kind"] == "meeting"
    assert found["Moscow"][0]["date_certain"] is False


def test_where_an_agreement_was_reached_abroad_is_where_people_met(gazetteer):
    text = ("Guliyev said the agreement reached in Washington earlier this month would speed up the work. "
            "The minister studied in Washington.")
    found = by_place(extract(text, "2025-08-30", gazetteer))
    assert [c["sentence"] for c in found["Washington"]] == [0]
    assert found["Washington"][0]["layer"] == "other"


def test_html_page_furniture_is_not_extracted(gazetteer):
    text = read_article(ARTICLES / "04_first_day_offensive.html")
    assert "Mingachevir" not in text and "Share on Facebook" not in text and "Nizami" not in text
    assert "var sections" not in text
    places = {c["place_name"] for c in extract(text, "2020-09-28", gazetteer)}
    assert places == {"Stepanakert", "Tartar", "Aghdam", "Martakert", "Hadrut"}


def test_plain_text_furniture_is_dropped():
    text = read_article(ARTICLES / "09_blinken_call.txt")
    for junk in ("2 minutes Gas prices", "More Top Reads", "Read more", "Leave a comment", "BRENT",
                 "Trading Vol", "ADVERTISEMENT"):
        assert junk not in text
    assert text.startswith("Blinken calls Pashinyan")


def test_sentences_keep_abbreviations_together():
    sentences = [s.text for s in split_sentences("The toll rose since Sept. 27 in the region. U.S. envoys "
                                                 "met Gen. Smith. It ended.")]
    assert sentences == ["The toll rose since Sept. 27 in the region.", "U.S. envoys met Gen. Smith.",
                         "It ended."]


def test_feature_collection_is_geojson_in_lon_lat(gazetteer, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Azerbaijani drones struck Martakert on Friday.", encoding="utf-8")
    collection = extract_files([path], dt.date(2020, 10, 10), gazetteer)
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    lon, lat = feature["geometry"]["coordinates"]
    assert 44 < lon < 51 and 38 < lat < 42
    props = feature["properties"]
    for field in ("layer", "kind", "place", "start_date", "date_certain", "claimed_by", "quote", "source"):
        assert field in props
    assert props["source"] == str(path) and props["start_date"] == "2020-10-09"
    json.dumps(collection)                                   # serialisable as is


# -- bad input: a clear message or an empty collection, never a traceback ----------------------

def run_extract(*files, published="2020-10-08"):
    return subprocess.run([sys.executable, "-m", "geo", "extract", *map(str, files), "--published", published],
                          cwd=PROJECT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n  ", "empty"),
    ("binary.txt", bytes(range(256)) * 20, "binary"),
    ("image.html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "binary"),
    ("latin1.txt", "Shelling of Gəncə reported – café".encode("utf-8").replace(b"\xc9\x99", b"\xe6"), "UTF-8"),
    ("huge.txt", b"Barda was shelled. " * 550_000, "too large"),
])
def test_bad_files_give_a_clear_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = run_extract(path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ") and str(path) in result.stderr and message in result.stderr
    assert result.stdout == ""


def test_missing_file_gives_a_clear_message(tmp_path):
    result = run_extract(tmp_path / "nope.txt")
    assert result.returncode == 1 and "Traceback" not in result.stderr and "nope.txt" in result.stderr


def test_article_without_places_gives_an_empty_collection():
    result = run_extract(ARTICLES / "14_no_places.txt", published="2023-03-02")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"type": "FeatureCollection", "features": []}
    assert "no places" in result.stderr


def test_cli_extracts_an_article():
    result = run_extract(ARTICLES / "10_hakari_checkpoint.txt", published="2023-04-24")
    assert result.returncode == 0, result.stderr
    features = json.loads(result.stdout)["features"]
    hakari = [f for f in features if f["properties"]["place_name"] == "Hakari Bridge"]
    assert hakari and hakari[0]["properties"]["layer"] == "checkpoints"
    assert hakari[0]["properties"]["start_date"] == "2023-04-23"


def test_article_text_handles_bytes_and_bom():
    assert article_text("\ufeffGanja was shelled.".encode("utf-8")) == "Ganja was shelled."
    assert article_text("Ganja was shelled.".encode("utf-16")) == "Ganja was shelled."
    with pytest.raises(ArticleError, match="only markup"):
        article_text("<html><nav><a>Home</a></nav><script>x()</script></html>")


# -- the cue that governs the place decides its layer ----------------------------------------------

@pytest.mark.parametrize("sentence, place, layer", [
    # the scene of speech or of daily life is not an event there
    ("The minister told reporters in Goris that the shelling had stopped.", "Goris", "other"),
    ("Air raid sirens sounded in Stepanakert throughout the night.", "Stepanakert", "other"),
    ("Schools in Barda have been closed since the strikes began.", "Barda", "other"),
    ("Rescue workers in Ganja searched the rubble as rockets fell elsewhere.", "Ganja", "other"),
    ("Prime Minister Pashinyan said at a news conference in Yerevan that the road must reopen.",
     "Yerevan", "other"),
    # ... unless an action of the same clause follows: the scene of the action
    ("Residents of Askeran put up barriers on the road.", "Askeran", "checkpoints"),
    # an action reaches its place through a preposition or as its object
    ("Azerbaijani forces fired at a village near Sotk.", "Sotk", "shelling"),
    ("Troops exchanged fire near Tegh on Tuesday.", "Tegh", "shelling"),
    # a road word takes the layer of the action that governs it ...
    ("Artillery pounded the road between Shusha and Lachin.", "Lachin", "shelling"),
    ("Protesters continued to block the Lachin corridor near Shusha.", "Shusha", "checkpoints"),
    ("Guards set up a checkpoint at the entrance to the Lachin corridor near the Hakari Bridge.",
     "Hakari Bridge", "checkpoints"),
    # ... and otherwise makes its places corridor waypoints
    ("The shelling cut the main supply line from Goris.", "Goris", "corridors"),
    ("Azerbaijan offered to send aid via Aghdam.", "Aghdam", "corridors"),
    ("The only other way in, a dirt track via Aghdam, has been closed.", "Aghdam", "corridors"),
    # one clause's verb does not leak into another clause
    ("Stepanakert rations bread as the Lachin corridor stays blocked.", "Stepanakert", "other"),
    ("Troops took control of villages in the Gubadli district and destroyed a tank column.",
     "Gubadli District", "other"),
    ("In Yerevan, hundreds rallied outside the embassy to demand that troops reopen the road.",
     "Yerevan", "other"),
    # "apartment blocks" are buildings, not a blockade
    ("The shells hit apartment blocks in the centre of Ganja.", "Ganja", "shelling"),
])
def test_the_cue_governing_the_place_decides_the_layer(gazetteer, sentence, place, layer):
    found = {c["place_name"]: c for c in extract(sentence, "2022-12-20", gazetteer)}
    match = [c for name, c in found.items() if place in name.split(";")]
    assert match, (sentence, sorted(found))
    assert match[0]["layer"] == layer, (sentence, match[0]["layer"], match[0]["kind"])


def test_a_place_named_twice_takes_its_most_specific_event(gazetteer):
    text = "Residents of Askeran hid in basements as artillery shelled Askeran overnight."
    found = by_place(extract(text, "2023-07-16", gazetteer))
    assert [c["layer"] for c in found["Askeran"]] == ["shelling"]


def test_a_capital_with_a_possessive_is_its_government(gazetteer):
    text = "Shusha has been rebuilt as the showcase of Baku's reconstruction programme."
    assert set(by_place(extract(text, "2022-12-20", gazetteer))) == {"Shusha"}


@pytest.mark.parametrize("text, place, claimed_by", [
    ("Local officials tell a different story. According to them, no lorry has crossed the Lachin corridor.",
     "Lachin corridor", "Local officials"),
    ("Officials accuse Baku of cutting gas near Shusha, a charge Azerbaijan denies.", "Shusha", "Officials"),
    ("The Karabakh authorities said the aid was a one-off and insisted they had not agreed to the Aghdam "
     "route.", "Aghdam", "Nagorno-Karabakh authorities"),
    ("Armenia's defence ministry rejected the claim and said Tartar was shelled.", "Tartar", "Armenian MoD"),
])
def test_attribution_through_pronouns_nouns_and_coordinated_verbs(gazetteer, text, place, claimed_by):
    found = by_place(extract(text, "2023-01-17", gazetteer))
    assert [c["claimed_by"] for c in found[place]] == [claimed_by]


@pytest.mark.parametrize("text, place", [
    ("Armenia refused to deny that its forces shelled Tartar.", "Tartar"),
    ("Officials declined to tell reporters whether Tartar was shelled.", "Tartar"),
    ("Azerbaijan's defence ministry said Armenian forces shelled Tartar. Reporters interviewed farmers near "
     "the front line. According to them, shells hit Barda overnight.", "Barda"),
])
def test_no_claimant_is_invented(gazetteer, text, place):
    found = by_place(extract(text, "2020-10-08", gazetteer))
    assert [c["claimed_by"] for c in found[place]] == [""]


def test_firing_first_is_shelling_and_an_exclave_is_the_region(gazetteer):
    found = by_place(extract("Azerbaijan said Armenian units had fired first at its positions near Tegh.",
                             "2023-04-24", gazetteer))
    assert found["Tegh"][0]["layer"] == "shelling"
    found = by_place(extract("The railway will link Azerbaijan with the Nakhchivan exclave.", "2021-01-12",
                             gazetteer))
    assert set(found) == {"Nakhchivan"}
    assert found["Nakhchivan"][0]["geo_precision"] == "region"


def test_a_deadline_after_publication_is_dated_this_year(gazetteer):
    [c] = extract("Armenian troops must leave the area around Agdam by November 20.", "2020-11-12", gazetteer)
    assert c["start_date"] == "2020-11-20"


# -- claimants: one canonical name per actor, people resolved to their role -----------------------

@pytest.mark.parametrize("subject", [
    "Azerbaijan's defence ministry", "Baku's defence ministry", "The Azerbaijani Defence Ministry",
    "The Azerbaijani MoD", "Azerbaijani Defense Ministry spokesman Vagif Dargahli"])
def test_one_actor_written_differently_is_one_claimant(gazetteer, subject):
    [c] = extract(f"{subject} said Armenian artillery shelled Tartar overnight.", "2020-10-08", gazetteer)
    assert c["claimed_by"] == "Azerbaijani MoD"


@pytest.mark.parametrize("text, place, claimed_by", [
    # a person named with a role in apposition, speaking after it
    ('"They target civilians," Hikmet Hajiyev, an aide to the president, told reporters in Barda.',
     "Barda", "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    # a surname alone, introduced earlier with the office
    ("Armenian Foreign Minister Ararat Mirzoyan flew to Brussels.\n"
     "Drones struck Goris overnight, Mirzoyan said.", "Goris", "Armenian government (Foreign Ministry)"),
    # a person of the table by surname
    ("Meghri will not host an extraterritorial road, Pashinyan said.", "Meghri", "Armenian PM (Nikol Pashinyan)"),
    # "he said" after a sentence that opens with the person
    ("Aliyev spoke first. Pashinyan gave a different account. The road through Meghri, he said, stays "
     "Armenian.", "Meghri", "Armenian PM (Nikol Pashinyan)"),
    # "his office said" in the sentence where the person is named
    ("President Ilham Aliyev announced the return of Lachin, and his office said the villages of Zabukh "
     "and Sus had been handed over.", "Aghavno", "Azerbaijani presidency (Ilham Aliyev)"),     # Zabukh
    # a relative clause between the subject and its verb
    ("The European Union's monitors, who patrol the border, said they had seen firing near Jermuk.",
     "Jermuk", "EU"),
    # two coordinated verbs, the subject before the first
    ("Armenia's Defence Ministry spokeswoman Shushan Stepanyan called the claim \u201ca lie\u201d and said "
     "Azerbaijani forces shelled Martuni.", "Khojavend", "Armenian MoD"),
])
def test_attribution_to_a_person_is_the_person_s_role(gazetteer, text, place, claimed_by):
    found = by_place(extract(text, "2023-01-17", gazetteer))
    assert [c["claimed_by"] for c in found[place]] == [claimed_by]


def test_the_evaluation_compares_canonical_claimants():
    module = _eval_module()
    assert module._loose("Azerbaijan's defence ministry", "Azerbaijani MoD")
    assert module._loose("Hikmet Hajiyev", "Azerbaijani presidential aide (Hikmet Hajiyev)")
    assert not module._loose("Armenian MoD", "Azerbaijani MoD")


def test_the_evaluation_reads_a_qualified_village_as_the_annotated_bare_name():
    module = _eval_module()
    candidate = {"place_name": "Sarijali (Aghdam);Tsaghkadzor", "layer": "shelling", "start_date": None,
                 "date_certain": False, "claimed_by": None, "quote": ""}
    names = [r["name"] for r in module._predicted([candidate], {"Sarijali", "Tsaghkadzor (Lachin)"})]
    # the bracket only tells namesakes apart; a bare prediction is not the qualified annotated place
    assert names == ["Sarijali", "Tsaghkadzor"]
    assert [r["name"] for r in module._predicted([candidate], {"Sarijali (Aghdam)"})][0] == "Sarijali (Aghdam)"


# -- roads, corridors, headlines -------------------------------------------------------------------

def test_the_towns_naming_a_road_are_not_where_something_happened_on_it(gazetteer):
    text = "Protesters blocked the Stepanakert–Goris road between the villages of Aghavno and Tegh on Monday."
    found = by_place(extract(text, "2023-01-17", gazetteer))
    assert set(found) == {"Aghavno", "Tegh"}                      # not Stepanakert, not Goris
    for place in ("Aghavno", "Tegh"):
        [c] = found[place]
        assert (c["layer"], c["kind"], c["start_date"]) == ("checkpoints", "blockade", "2023-01-16")
        assert "between" in c["description"] and "Tegh" in c["description"]


def test_a_road_named_by_its_towns_is_a_route_when_the_road_itself_is_the_news(gazetteer):
    text = "The Askeran-Aghdam road reopened to traffic on Friday."
    [c] = extract(text, "2023-07-15", gazetteer)
    assert (c["layer"], c["place_name"]) == ("corridors", "Askeran;Aghdam")


@pytest.mark.parametrize("text, places", [
    ("A drone hit a lorry on the Goris-Kapan highway on Tuesday, the ministry said.", []),
    ("Shells hit the Goris–Kapan highway near Davit Bek on Tuesday, the ministry said.", ["Davit Bek"]),
])
def test_a_strike_on_a_named_highway_is_not_two_strikes_at_its_ends(gazetteer, text, places):
    found = extract(text, "2023-01-17", gazetteer)
    assert [(c["place_name"], c["layer"]) for c in found] == [(p, "shelling") for p in places]


def test_both_places_between_which_a_road_is_cut_carry_the_same_event(gazetteer):
    text = "Azerbaijani troops shelled the road between Askeran and Khojaly overnight."
    found = by_place(extract(text, "2020-10-20", gazetteer))
    assert {p: [c["layer"] for c in cs] for p, cs in found.items()} == {"Askeran": ["shelling"],
                                                                         "Khojaly": ["shelling"]}


@pytest.mark.parametrize("sentence, kind, status", [
    ("Protesters have been blocking the Lachin corridor since Monday.", "blockade", "blockaded"),
    ("The Lachin corridor reopened to civilian traffic.", "route", "open"),
])
def test_the_lachin_corridor_is_the_corridor_not_lachin_town(gazetteer, sentence, kind, status):
    [c] = extract(sentence, "2023-01-17", gazetteer)
    assert (c["place_name"], c["layer"], c["kind"], c["status"]) == ("Lachin corridor", "corridors", kind, status)


def test_a_headline_repeating_the_body_s_event_is_one_event_the_body_s(gazetteer):
    text = ("Ganja shelled again\n"
            "Armenian artillery shelled Ganja on Sunday, Azerbaijan's defence ministry said.")
    found = by_place(extract(text, "2020-10-12", gazetteer))
    [c] = found["Ganja"]
    assert (c["claimed_by"], c["start_date"], c["date_certain"]) == ("Azerbaijani MoD", "2020-10-11", True)


@pytest.mark.parametrize("text, place", [
    ("Georgia opens consulate in Gyumri\n"
     "Georgia has opened a consulate general in Gyumri, the second largest city of Armenia.", "Gyumri"),
    ("Minister visits Sisian\n"
     "The health minister visited Sisian and met the staff of its hospital.", "Sisian"),
])
def test_a_lead_telling_the_headline_s_event_again_keeps_it_once_from_the_lead(gazetteer, text, place):
    # the same event, undated in both, was once dropped from the lead as a repeat of the headline's and then from
    # the headline as a place the body names: it is kept, once, as the lead tells it
    [c] = by_place(extract(text, "2023-05-04", gazetteer))[place]
    assert c["sentence"] == 1


def test_a_headline_alone_keeps_its_event_and_a_dateline_is_not_an_event(gazetteer):
    # (a body reporting events elsewhere only would leave the headline's place out: tests/test_headline_places_r46.py)
    text = ("Drones pound Martakert\n"
            "STEPANAKERT, Nagorno-Karabakh (Reuters) - Azerbaijani drones struck the town on Tuesday, "
            "Armenian officials said.")
    found = by_place(extract(text, "2020-10-14", gazetteer))
    assert set(found) == {"Martakert"}                             # Stepanakert is where the story was filed
    assert found["Martakert"][0]["layer"] == "shelling"


@pytest.mark.parametrize("sentence, place, kind", [
    ("Heavy fighting continued near Fuzuli on Sunday.", "Fuzuli", "fighting"),
    ("Clashes broke out near Jermuk overnight.", "Jermuk", "fighting"),
    ("Azerbaijani troops were advancing on Hadrut.", "Hadrut", "fighting"),
])
def test_fighting_and_mines_are_on_the_shelling_layer(gazetteer, sentence, place, kind):
    [c] = by_place(extract(sentence, "2020-10-20", gazetteer))[place]
    assert (c["layer"], c["kind"]) == ("shelling", kind)


def test_a_mine_blast_with_no_fire_told_is_other(gazetteer):
    # the held-out sets file a mine that went off with no fire told "other" (46 events in six sets to 17 in six)
    [c] = by_place(extract("Two soldiers were killed when a mine exploded near Shusha.", "2020-10-20",
                           gazetteer))["Shusha"]
    assert (c["layer"], c["kind"]) == ("other", "mine")


@pytest.mark.parametrize("published, road", [
    ("2021-05-01", "corridor-lachin-2020-11-10-open"),          # the old route through Lachin town
    ("2022-12-20", "corridor-lachin-2022-12-12-blockaded"),     # the new road, under blockade
])
def test_the_corridor_refers_to_the_road_of_the_corridors_layer_that_day(gazetteer, published, road):
    [c] = extract("Protesters blocked the Lachin corridor.", published, gazetteer)
    assert (c["place_name"], c["road_id"]) == ("Lachin corridor", road)
    assert c["road_place"].startswith("Goris;") and c["road_place"].endswith(";Stepanakert")


def test_a_statement_to_the_press_abroad_is_pinned_where_it_was_made(gazetteer):
    text = "In Moscow, foreign ministry spokeswoman Maria Zakharova told reporters the corridor must stay open."
    [c] = extract(text, "2023-01-17", gazetteer)
    assert (c["place_name"], c["layer"], c["kind"], c["claimed_by"]) == ("Moscow", "other", "statement",
                                                                         "Russian government (Foreign Ministry)")
    assert c["tier"] == "neighbour"                    # every candidate says which distance tier it came from


@pytest.mark.parametrize("text, expected", [
    # a road people blocked between two places: the road's blockade, drawn between them (heldout51, 66, 68 and 83
    # annotate it so, 10 events to heldout16's 2)
    ("Protesters blocked the road between Shushi and Lisagor on Monday.",
     {("Shusha;Turshsu", "corridors", "blockade")}),
    # a road closed between two places (by the police, by snow) is the road's state: one route, closed
    ("Police closed the road between Shushi and Lisagor to lorries on Monday.",
     {("Shusha;Turshsu", "corridors", "closure")}),
    ("Azerbaijani forces cut the road between Martuni and Karmir Shuka.",
     {("Khojavend", "checkpoints", "blockade"), ("Karmir Shuka", "checkpoints", "blockade")}),
    # "the road from A to B" names the road like "the A–B road"
    ("A checkpoint was set up on the road from Goris to Kapan near the village of Davit Bek.",
     {("Davit Bek", "checkpoints", "checkpoint")}),
    # an explosion on a named highway is at the place it happened, not at the highway's ends
    ("Traffic on the Stepanakert-Askeran highway was halted after a fuel depot exploded near Askeran.",
     {("Askeran", "other", "accident")}),          # a depot blast with no weapon named: an accident
    # the named road itself is the news: a route with its ends as waypoints
    ("Construction of the Horadiz–Aghband railway began in 2021.", {("Horadiz;Aghband", "corridors", "route")}),
])
def test_named_roads_and_roads_between_places(gazetteer, text, expected):
    found = extract(text, "2023-04-28", gazetteer)
    assert {(c["place_name"], c["layer"], c["kind"]) for c in found} == expected


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijani forces shelled positions in the Zangelan, Dzhebrail and Kubatly districts.",
     {"Zangilan District", "Jabrayil District", "Gubadli District"}),
    ("Troops shelled villages of the Lachin and Kalbajar districts.", {"Lachin District", "Kalbajar District"}),
    # a district beyond the seven is the district too, not its town ("the Tovuz district" is not Tovuz town)
    ("Two soldiers were killed in fighting on the border in the Tovuz district.", {"Tovuz District"}),
    ("Shells hit villages of the Goranboy and Tartar districts.", {"Goranboy District", "Tartar District"}),
    ("Rockets fell on Tovuz and Goranboy.", {"Tovuz", "Goranboy"}),
    ("The wounded were taken to hospitals in Goris and Yerevan.", {"Goris", "Yerevan"}),
    ("Talks between Baku and Yerevan stalled.", set()),                    # governments, not places
    # the Shushi region's sub-district (a row of its own), not Berdzor (Lachin) 10 km off
    ("Residents fled from the village of Berdadzor.", {"Berdadzor"}),
])
def test_listed_districts_listed_capitals_and_no_near_miss_villages(gazetteer, text, expected):
    assert {c["place_name"] for c in extract(text, "2020-10-26", gazetteer)} == expected


@pytest.mark.parametrize("text, place, claimed_by", [
    # a passive "had been told" is no claim by the one told
    ("Hikmet Hajiyev, an adviser to the president, said the Armenian side had been told that traffic must "
     "avoid Aghavno.", "Aghavno", "Azerbaijani presidential aide (Hikmet Hajiyev)"),
    # "a ministry spokeswoman" is the ministry named before
    ("Armenia's defence ministry said drones struck Sotk. Later, a ministry spokeswoman said Jermuk was "
     "shelled too.", "Jermuk", "Armenian MoD"),
    # "a committee official" is the committee named before
    ("The State Committee for Refugees and IDPs said families had applied to return. Most live in the Beylagan "
     "district, a committee official told reporters.", "Beylagan District", "Azerbaijani government (State Committee for Refugees and IDPs)"),
    ("The Defence Army of the self-proclaimed Nagorno-Karabakh Republic said Martakert was shelled.",
     "Martakert", "Nagorno-Karabakh authorities"),
])
def test_claimants_behind_passives_unnamed_offices_and_long_names(gazetteer, text, place, claimed_by):
    found = by_place(extract(text, "2023-01-17", gazetteer))
    assert [c["claimed_by"] for c in found[place]] == [claimed_by]


def test_a_military_axis_named_after_a_place_is_fighting_there(gazetteer):
    [c] = extract("The heaviest pressure was on the Jermuk direction.", "2022-09-13", gazetteer)
    assert (c["place_name"], c["layer"], c["kind"]) == ("Jermuk", "shelling", "fighting")


@pytest.mark.parametrize("text, expected", [
    # the province after a place only says where the place is
    ("Shells hit Jermuk in Armenia's Vayots Dzor province.", {"Jermuk"}),
    ("Media reported an incursion near the village of Verin Shorzha in Gegharkunik province.", {"Verin Shorzha"}),
    ("Media reported an incursion near the village of Nerkin Shorzha in Gegharkunik province.", {"Nerkin Shorzha"}),
    # a village the gazetteer lacks is kept, at the province (see test_unknown_villages.py)
    ("Media reported an incursion near the village of Nerkin Nowhere in Gegharkunik province.", {"Nerkin Nowhere"}),
    # a name that begins with an English stop word ("nor" is Armenian for new)
    ("In Nor Maragha, families removed window frames before leaving.", {"Nor Maragha"}),
    ("Neither Baku nor Yerevan commented.", set()),
])
def test_locating_provinces_are_no_events_and_names_may_begin_with_a_stop_word(gazetteer, text, expected):
    assert {c["place_name"] for c in extract(text, "2020-10-26", gazetteer)} == expected


@pytest.mark.parametrize("sentence, place, layer, kind", [
    ("A soldier was killed by sniper fire near Sotk.", "Sotk", "shelling", "firing"),
    ("The ceasefire was violated near Jermuk overnight.", "Jermuk", "shelling", "firing"),
    ("A civilian was wounded in Martuni.", "Khojavend", "shelling", "casualties"),
    ("Russian troops set up an observation post near Askeran.", "Askeran", "checkpoints", "checkpoint"),
    ("Protesters set up tents on the road below Shusha.", "Shusha", "checkpoints", "checkpoint"),
    ("Trucks heading for Stepanakert were turned back.", "Stepanakert", "corridors", "route"),
    ("Every week we drive to Goris to see our families.", "Goris", "corridors", "route"),
])
def test_more_ways_of_saying_what_happened(gazetteer, sentence, place, layer, kind):
    [c] = by_place(extract(sentence, "2023-01-17", gazetteer))[place]
    assert (c["layer"], c["kind"]) == (layer, kind)


def test_a_passive_agent_is_the_claimant_and_a_hearing_abroad_is_pinned(gazetteer):
    text = ("Azerbaijan's defence ministry said it hit targets. Video released by the ministry showed drones "
            "striking what it said were positions near Aghdara.")
    [c] = by_place(extract(text, "2023-09-20", gazetteer))["Martakert"]
    assert (c["layer"], c["kind"], c["claimed_by"]) == ("shelling", "drone", "Azerbaijani MoD")
    [hague] = extract("The court in The Hague held hearings on the request last week.", "2023-01-17", gazetteer)
    assert (hague["place_name"], hague["layer"]) == ("The Hague", "other")


def test_a_place_before_in_the_x_district_is_the_one_of_that_name_there(gazetteer):
    text = "Armenian units fired mortars at the villages of Agdam and Dondar Gushchu in the Tovuz district."
    places = {c["place_name"]: c for c in extract(text, "2020-07-14", gazetteer)}
    assert "Agdam (Tovuz)" in places and "Aghdam" not in places
    assert places["Agdam (Tovuz)"]["layer"] == "shelling"
    # without the district, Agdam is the Karabakh town
    assert {c["place_name"] for c in extract("Shells fell on Agdam.", "2020-07-14", gazetteer)} == {"Aghdam"}


@pytest.mark.parametrize("sentence, place, layer, kind", [
    # a protest camp pitched on a road is a checkpoint, on both places the stretch lies between
    ("The protesters' tents are still pitched on the stretch of road between Askeran and Khojaly.",
     "Askeran", "checkpoints", "checkpoint"),
    ("The protesters' tents are still pitched on the stretch of road between Askeran and Khojaly.",
     "Khojaly", "checkpoints", "checkpoint"),
    # a convoy held up at a place
    ("A convoy of aid lorries remained stuck near Kornidzor for a week.", "Kornidzor", "checkpoints", "blockade"),
    ("Troops stuck at positions near Khojavend were resupplied by helicopter.", "Khojavend", "other", "mention"),
    # a route word that is its own preposition governs the place after it, over a noun before it
    ("Medics were ready to evacuate casualties across the Hakari bridge.", "Hakari Bridge", "corridors", "route"),
    # people and goods moved to a place travel a route
    ("The peacekeepers moved about 500 people to Goris on Sunday.", "Goris", "corridors", "route"),
    ("Lorries carrying flour to Stepanakert waited for days.", "Stepanakert", "corridors", "route"),
    ("Snipers fired at soldiers carrying out works near Tegh.", "Tegh", "shelling", "firing"),
    # a cue word inside an institution's name is no event
    ("Two drivers were detained and taken to Lachin, the State Customs Committee said.", "Lachin", "other",
     "presence"),
])
def test_camps_convoys_and_movements_on_a_route(gazetteer, sentence, place, layer, kind):
    [c] = by_place(extract(sentence, "2023-01-17", gazetteer))[place]
    assert (c["layer"], c["kind"]) == (layer, kind)


@pytest.mark.parametrize("sentence, place, layer", [
    ("Fighting continued on the Murov heights on Monday.", "Murovdag", "shelling"),
    ("A drone struck a car on the Jidir Plain above Shusha.", "Jidir Plain", "shelling"),
])
def test_named_mountains_and_plains_are_places(gazetteer, sentence, place, layer):
    assert by_place(extract(sentence, "2020-10-05", gazetteer))[place][0]["layer"] == layer


def test_a_person_of_the_actor_table_named_in_full_is_meant_by_the_surname_later(gazetteer):
    text = ("Armenia's Defence Ministry gave a different account. Spokeswoman Shushan Stepanyan said the "
            "border was calm.\n\"Several houses in Chinari were hit overnight,\" Stepanyan said on Tuesday.")
    [c] = by_place(extract(text, "2020-07-14", gazetteer))["Chinari"]
    assert (c["layer"], c["claimed_by"]) == ("shelling", "Armenian MoD")
    text = '"We are home at last," said Ramin Aliyev, 36, who returned to Aghdam on Friday.'
    assert by_place(extract(text, "2020-11-20", gazetteer))["Aghdam"][0]["claimed_by"] == "residents (Ramin Aliyev)"


def test_when_the_named_road_is_the_news_each_end_town_is_a_waypoint_whatever_precedes_it(gazetteer):
    [c] = extract("Hikmet Hajiyev said on Sunday that the Aghdam–Khankendi route is open for humanitarian goods.",
                  "2023-01-17", gazetteer)
    assert (c["place_name"], c["layer"], c["kind"]) == ("Aghdam;Stepanakert", "corridors", "route")
    # a road that was only where something happened still gives no event at its ends
    assert extract("Residents said on Sunday that the Goris–Kapan highway was shelled overnight.", "2023-01-17",
                   gazetteer) == []


@pytest.mark.parametrize("sentence, place", [
    # (said by someone: a sentence only saying where a place lies gives no event)
    ("Officials said the district, which Armenians call Karvachar, lies between Nagorno-Karabakh and Armenia.",
     "Kalbajar District"),
    ("Villagers said the lake, which Azerbaijanis call Qaragol, lies on the border.", "Sev Lich"),
])
def test_another_name_of_a_feature_is_read_as_that_feature(gazetteer, sentence, place):
    assert {c["place_name"] for c in extract(sentence, "2021-05-14", gazetteer)} == {place}


def test_the_subject_after_an_opening_phrase_claims_a_coordinated_verb(gazetteer):
    text = ("Azerbaijan's defence ministry denied the report. In a statement, the ministry said its troops had only "
            "repaired roads, and accused Armenian forces of shelling Tartar.")
    [c] = extract(text, "2021-05-14", gazetteer)
    assert (c["place_name"], c["layer"], c["claimed_by"]) == ("Tartar", "shelling", "Azerbaijani MoD")


@pytest.mark.parametrize("sentence, place, layer, kind", [
    ("The EU monitoring mission reported shooting near Tegh on Sunday night.", "Tegh", "shelling", "firing"),
    ("Officials said troops had advanced up to 3 km into Armenian territory near Jermuk.", "Jermuk", "shelling",
     "fighting"),
    ("Troops advanced to positions on Armenian soil overlooking Kornidzor.", "Kornidzor", "other", "mention"),
    ("Traffic on the Stepanakert–Goris highway resumed on Thursday after a three-day closure.", "Stepanakert;Goris",
     "corridors", "route"),
    # a place where the government set something up is where it happened; "officials in Baku" still speak
    ("At a registration point set up by the government in Kornidzor, families waited.", "Kornidzor",
     "checkpoints", "checkpoint"),
])
def test_shooting_advances_reopenings_and_registration_points(gazetteer, sentence, place, layer, kind):
    [c] = by_place(extract(sentence, "2023-09-27", gazetteer))[place]
    assert (c["layer"], c["kind"]) == (layer, kind)
    assert extract("Officials in Baku said the talks would resume.", "2023-09-27", gazetteer) == []


def test_residents_of_a_place_speak_from_it_and_a_bare_ministry_is_the_one_named_before(gazetteer):
    [tegh] = extract("Residents of Tegh said Azerbaijani troops had dug in on the hills above the village.",
                     "2021-05-14", gazetteer)
    assert tegh["place_name"] == "Tegh"
    # "the mayor of Goris said": Goris speaks, the shelling is at Kornidzor
    assert {c["place_name"] for c in extract("The mayor of Goris said shells fell near Kornidzor.", "2021-05-14",
                                             gazetteer)} == {"Kornidzor"}
    text = ("Azerbaijan's Defence Ministry said its units repelled an attack. The army took control of the "
            "Murov heights, the Defence Ministry said.")
    [murov] = extract(text, "2020-09-27", gazetteer)
    assert (murov["place_name"], murov["claimed_by"]) == ("Murovdag", "Azerbaijani MoD")


@pytest.mark.parametrize("sentence, place, kind", [
    ("The only road to Stepanakert has been blocked since December 12, officials said.", "Stepanakert", "blockade"),
    ("A truck carrying flour crossed the Hakari bridge on Monday.", "Hakari Bridge", "route"),
])
def test_a_blocked_route_and_a_crossing_are_on_the_corridors_layer(gazetteer, sentence, place, kind):
    [c] = by_place(extract(sentence, "2023-01-17", gazetteer))[place]
    assert (c["layer"], c["kind"], c["status"]) == ("corridors", kind, {"blockade": "blockaded"}.get(kind, "open"))


def test_a_variant_spelling_far_from_every_other_place_of_the_article_is_left_out(gazetteer):
    # "Kemerli" (a Qazakh village, and a spelling of Kamarlu, Artashat's old name) is asked between them, and
    # neither lies near Shusha
    text = ("Protesters blocked the road near Shusha on Monday. They demanded access to a pasture near "
            "Kemerli.")
    assert {c["place_name"] for c in extract(text, "2022-12-13", gazetteer)} == {"Shusha"}
    # the Gyzylbulag mine, once such a variant (an old name of a Tavush village 116 km away), is now a
    # supplement place of its own and is kept
    text = ("Protesters blocked the road near Shusha on Monday. They demanded access to a deposit near "
            "Gyzylbulag.")
    assert {c["place_name"] for c in extract(text, "2022-12-13", gazetteer)} == {"Shusha", "Gyzylbulag mine"}
    # close to the article's other places, a variant reading stays ("Yevlah" is Yevlakh)
    text = "Rockets hit Barda on Tuesday. A pipeline near Yevlah was damaged."
    assert {c["place_name"] for c in extract(text, "2020-10-27", gazetteer)} == {"Barda", "Yevlakh"}


def test_indicated_and_stressed_are_attributions(gazetteer):
    [c] = extract("Azerbaijani officials have indicated that the route would run through the Meghri area.",
                  "2023-01-17", gazetteer)
    assert (c["place_name"], c["layer"], c["claimed_by"]) == ("Meghri", "corridors", "Azerbaijani government")


# -- general layer rules found on a blind set (heldout5): what the words say, not which article ------

def layers(text, gazetteer, published="2020-10-20"):
    return {c["place_name"]: c["layer"] for c in extract(text, published, gazetteer)}


@pytest.mark.parametrize("text, place, layer", [
    # where people fled to is a refuge, not where the fighting was
    ("Many families from Tartar have already left for Barda and Ganja to escape the fighting.", "Barda", "other"),
    ("Villagers fled to Goris as the fighting came closer.", "Goris", "other"),
    # people killed in a place, and the places a list of them goes on with
    ("Two more civilians were wounded in Karabakh on Friday, notably in Askeran and Hadrut.", "Askeran", "shelling"),
    ("Rights groups condemned the deaths of three farmers in Tartar.", "Tartar", "shelling"),
    # a place lost or aimed at is a change of control, not a road
    ("With Fuzuli and Jabrayil lost, the defenders pulled back along the road to the hills.", "Fuzuli", "other"),
    ("The army's main objective this week is Shusha, which overlooks the road north.", "Shusha", "other"),
    # a town cut off: its link is blockaded
    ("Residents fear that Stepanakert could soon be cut off from Armenia.", "Stepanakert", "corridors"),
    # vehicles on their way, aid arriving from a place, a heading
    ("The school bus to Askeran has not run for a week.", "Askeran", "corridors"),
    ("Officials said three buses would leave Goris for the border every morning.", "Goris", "corridors"),
    ("Officials said food was arriving from Aghdam in small lorries.", "Aghdam", "corridors"),
    ("The ambulances passed the Kornidzor border post in the direction of Goris.", "Goris", "corridors"),
    ("Positions in the direction of Lachin came under mortar fire overnight.", "Lachin", "shelling"),
    # a road closed with blocks, a protest camp, documents checked: a checkpoint
    ("Protesters placed concrete blocks on the road near Askeran.", "Askeran", "checkpoints"),
    ("Dozens of activists are camped on the road outside Shusha.", "Shusha", "checkpoints"),
    ("Near the Hakari bridge, soldiers checked documents and searched cars.", "Hakari Bridge", "checkpoints"),
    # troops at a town's gates, small-arms fire
    ("Azerbaijani units were on the approaches to Martakert by nightfall.", "Martakert", "shelling"),
    ("Their patrol came under small-arms fire near Martakert.", "Martakert", "shelling"),
])
def test_layer_follows_what_happened_at_the_place(gazetteer, text, place, layer):
    assert layers(text, gazetteer).get(place) == layer


def test_a_heading_does_not_take_the_checkpoint_named_before_it(gazetteer):
    found = layers("Two ambulances crossed the Kornidzor checkpoint in the direction of Goris.", gazetteer)
    assert found["Goris"] == "corridors"


# -- claimants are actors or speakers, never a fragment of the clause ---------------------------------

def test_a_clause_after_said_is_not_the_claimant(gazetteer):
    found = claimants("Azerbaijan's defence ministry, for its part, said Armenian units had shelled Tartar, "
                      "Barda and the town of Aghjabadi.", gazetteer)
    assert found["Tartar"] == found["Barda"] == "Azerbaijani MoD"


def test_where_is_not_part_of_the_claimant(gazetteer):
    found = claimants("Fighting raged near Jermuk, where Armenia says Azerbaijani troops advanced.", gazetteer)
    assert found["Jermuk"] == "Armenian government"


def test_a_relative_clause_is_not_the_claimant(gazetteer):
    found = claimants("An EU delegation that visited Goris on Monday, the first in a year, said the town was calm.",
                      gazetteer)
    assert "visited" not in found["Goris"] and "EU" in found["Goris"]


def test_a_speaker_in_apposition_who_visited_and_called_for(gazetteer):
    found = claimants("Jane Doe, the head of a UN agency, visited Goris on Monday and called for access "
                      "to the region.", gazetteer)
    assert found["Goris"] == "Jane Doe"


def test_the_subject_of_a_coordinated_clause_is_the_claimant(gazetteer):
    found = claimants("Baku describes the protest near Shusha as ecological and says it will go on.", gazetteer)
    assert found["Shusha"] == "Azerbaijani government"


def test_an_office_named_without_its_holder_is_the_holder_named_before(gazetteer):
    found = claimants("President Ilham Aliyev said the army had done its duty. The presidential office later "
                      "published photographs of him in Lachin.", gazetteer)
    assert "Aliyev" in found["Lachin"]


def test_every_place_of_a_list_after_including_takes_the_head_event(gazetteer):
    found = layers("Shelling wounded civilians in Karabakh, including in Askeran, Hadrut and Martakert.", gazetteer)
    assert found["Hadrut"] == found["Martakert"] == "shelling"
    found = layers("Three civilians were killed in Karabakh, including in Askeran and Hadrut.", gazetteer)
    assert found["Askeran"] == found["Hadrut"] == "shelling"


def test_a_route_named_by_a_town_is_a_route_unless_something_happens_to_it(gazetteer):
    found = layers("Villagers closed the road in protest, fearing that the Aghdam route would replace the old one.",
                   gazetteer)
    assert found["Aghdam"] == "corridors"
    assert layers("The Goris road was shelled on Monday.", gazetteer)["Goris"] == "shelling"


def test_a_checkpoint_site_named_again_without_a_cue_is_still_the_checkpoint(gazetteer):
    text = ("Azerbaijani troops set up a checkpoint on the Hakari bridge on Sunday.\n"
            "Peacekeepers said they were watching the situation around the Hakari bridge.")
    assert [c["layer"] for c in extract(text, "2023-04-24", gazetteer)] == ["checkpoints", "checkpoints"]
    # a bridge never given a checkpoint stays a mere mention
    text = "Peacekeepers said they were watching the situation around the Hakari bridge."
    assert [c["layer"] for c in extract(text, "2023-04-24", gazetteer)] == ["other"]


def test_a_ministry_named_by_its_nation_only_is_the_ministry_named_before(gazetteer):
    text = ("Armenia's defence ministry said troops had been fired on near Jermuk.\n"
            "A soldier was wounded near Kapan, according to the Armenian ministry.")
    found = claimants(text, gazetteer, "2022-09-14")
    assert found["Jermuk"] == found["Kapan"] == "Armenian MoD"


def test_the_de_facto_institutions_of_karabakh_are_its_authorities(gazetteer):
    found = claimants("Karabakh's emergency service reported explosions in Shusha.", gazetteer)
    assert found["Shusha"] == "Nagorno-Karabakh authorities"


def test_an_ore_mine_is_no_landmine(gazetteer):
    found = layers("Activists protest against illegal mining at the Gizilbulag gold deposit and the Demirli "
                   "copper deposit, which Armenians call the Kashen mine.", gazetteer, "2022-12-15")
    assert "shelling" not in found.values()
    # (a landmine is still read as one: a blast, "other" when no fire is told with it)
    assert layers("Two soldiers were killed by a mine near Fuzuli.", gazetteer)["Fuzuli"] == "other"
    assert layers("Armenian mines killed two workers near Aghdam.", gazetteer)["Aghdam"] == "other"


@pytest.mark.parametrize("sentence", [
    "Yerevan handed Baku the maps of the minefields around Aghdam in return for ten detainees.",
    "Sappers have cleared mines from 300 hectares of farmland near Fuzuli this year.",
    "The agency said it had found and defused 40 mines in the fields of Zangilan.",
])
def test_mines_as_things_with_nothing_going_off_are_no_attack(gazetteer, sentence):
    assert "shelling" not in layers(sentence, gazetteer, "2021-06-12").values()


@pytest.mark.parametrize("sentence, place, layer", [
    # (a blast with no fire told is "other", as the held-out sets file it; mines laid in a war stay an attack)
    ("A mine exploded under a tractor near Fuzuli, where sappers had cleared the fields a year before.", "Fuzuli",
     "other"),
    ("Retreating troops had laid mines on the supply roads around Kalbajar.", "Kalbajar", "shelling"),
])
def test_a_mine_that_went_off_or_was_laid_in_a_war_is_still_read(gazetteer, sentence, place, layer):
    assert layers(sentence, gazetteer, "2021-06-12")[place] == layer


@pytest.mark.parametrize("sentence, place, layer", [
    # a raiding party sent across the line is fighting where it was met
    ("The army said it had wiped out a reconnaissance-sabotage group near Talish overnight.", "Talish", "shelling"),
    ("Border troops captured two members of a sabotage group that had crossed into the Ijevan area, the ministry said.",
     "Ijevan", "shelling"),
    ("Baku said its units had stopped an enemy reconnaissance group trying to approach positions near Horadiz.",
     "Horadiz", "shelling"),
    # ... but sabotage alone is no raid, and where a group was heading is no scene of fighting
    ("A court heard that the men were trained for sabotage at a camp outside Sisian.", "Sisian", "other"),
    ("The ministry said a sabotage and reconnaissance group had tried to cross in the direction of the village of "
     "Kalbajar and was detained.", "Kalbajar", "other"),
])
def test_a_sabotage_group_is_fighting_where_it_was_met(gazetteer, sentence, place, layer):
    assert layers(sentence, gazetteer, "2021-05-27")[place] == layer


def test_a_heading_is_a_route_only_for_something_travelling(gazetteer):
    found = layers("The ministry said a sabotage group had tried to cross into Azerbaijani territory in the "
                   "direction of the village of Kalbajar.", gazetteer, "2021-05-27")
    assert found["Kalbajar"] == "other"


def test_a_date_opening_the_sentence_is_not_part_of_the_claimant(gazetteer):
    found = claimants("On 18 October Baku also said its troops had taken Fuzuli.", gazetteer)
    assert found["Fuzuli"] == "Azerbaijani government"


@pytest.mark.parametrize("sentence, place, layer", [
    # advancing or pushing forward near a place, fire opened with an adjective: fighting there
    ("Units pushed forward near Tegh before dawn.", "Tegh", "shelling"),
    ("The enemy tried to advance in the direction of Hadrut and was repelled.", "Hadrut", "shelling"),
    ("Troops opened heavy fire on positions outside Martakert.", "Martakert", "shelling"),
    # villages that are to return to a country change hands: no journey
    ("Under the plan a new road will be built, and the villages of Aghavno and Sus are to return to Azerbaijan.",
     "Aghavno", "other"),
    # a quotation's event stays inside the quotation, not with the speaker's later whereabouts
    ("\"The market was shelled at dawn,\" said Lusine, who reached Goris a day later.", "Goris", "other"),
    # what protesters demand or what someone is accused of is not what happens there
    ("Farmers blocked the highway near Askeran, demanding compensation for the orchards lost in Khojaly.",
     "Khojaly", "other"),
    # an event named only to date another did not happen at the place
    ("The day after the clashes began, engineers repaired the water main near Martuni.", "Khojavend", "other"),
    ("Volunteers gave out blankets at the school in Goris throughout the shelling.", "Goris", "other"),
    # demining is not a mine blast
    ("The agency stressed the mine clearance needs around Fuzuli.", "Fuzuli", "other"),
])
def test_actions_quotations_demands_and_dating_phrases(gazetteer, sentence, place, layer):
    found = {c["place_name"]: c for c in extract(sentence, "2022-12-20", gazetteer)}
    match = [c for name, c in found.items() if place in name.split(";")]
    assert match, (sentence, sorted(found))
    assert match[0]["layer"] == layer, (sentence, match[0]["layer"], match[0]["kind"])


@pytest.mark.parametrize("sentence, places, layer", [
    # people or goods taken from one place to another: both ends are a route's
    ("The Red Cross said it had taken four wounded civilians from Martakert to hospitals in Goris.",
     ("Martakert", "Goris"), "corridors"),
    ("A helicopter flew six patients from Hadrut to Yerevan.", ("Hadrut", "Yerevan"), "corridors"),
    ("Two lorries of medicine were sent to Stepanakert through Aghdam on Friday.", ("Stepanakert",), "corridors"),
    # a journey whose other end is a country has one end on the map; flight makes refuges, not routes
    ("The agency evacuated two hundred residents from Martuni to Armenia.", ("Khojavend",), "other"),
    ("Families fled from Hadrut to Stepanakert.", ("Hadrut", "Stepanakert"), "other"),
    ("The last convoy from Goris to Kapan took place in May.", ("Goris",), "corridors"),
])
def test_a_transfer_from_one_place_to_another_is_a_route(gazetteer, sentence, places, layer):
    found = extract(sentence, "2022-12-20", gazetteer)
    for place in places:
        match = [c for c in found if place in c["place_name"].split(";")]
        assert match, (sentence, [c["place_name"] for c in found])
        assert match[0]["layer"] == layer, (sentence, place, match[0]["layer"], match[0]["kind"])


@pytest.mark.parametrize("sentence, place, layer", [
    ("Soldiers tried to push forward in several sectors, near Tegh and near Khndzoresk.", "Tegh", "shelling"),
    ("A shepherd from Aghavno, which was handed to Azerbaijan in August, said the bridge was quiet.",
     "Aghavno", "other"),
    # a clause of its own after ", and": its verb does not reach the first clause's places
    ("Special forces took the village of Taghavard in October, and on 9 November cut the road near Karin Tak.",
     "Taghavard", "other"),
    # (the buses waiting on their way make Kapan a route's, not the blockade of the next clause)
    ("Buses waited at the exit from Kapan, and some drivers threatened to block the highway.", "Kapan", "corridors"),
    # a coordinated participle: "held at the post and taken to X"
    ("Three shepherds were held at the checkpoint and taken to Ganja.", "Ganja", "other"),
    # people "driven from" a town were expelled, no route; a driver who "had driven from" it travelled
    ("Thousands of families had been driven from Kapan and Meghri by the winter.", "Kapan", "other"),
    ("The villagers were driven from Gadrut within a week.", "Hadrut", "other"),
    ("Two doctors who had driven from Kapan reached Goris at noon.", "Kapan", "corridors"),
    ("The excavators were driven back to Goris after the works stopped.", "Goris", "corridors"),
    # goods held at a border station are held at the border's point of passage
    ("Grain wagons were held at the Boyuk Kesik border station for six days.", "Boyuk Kesik", "checkpoints"),
])
def test_coordinated_clauses_and_handed_places(gazetteer, sentence, place, layer):
    found = {c["place_name"]: c for c in extract(sentence, "2022-12-20", gazetteer)}
    match = [c for name, c in found.items() if place in name.split(";")]
    assert match, (sentence, sorted(found))
    assert match[0]["layer"] == layer, (sentence, match[0]["layer"], match[0]["kind"])


@pytest.mark.parametrize("sentence, place, layer", [
    # a long subject after ", and" still opens a clause of its own
    ("Traffic between Goris and Kapan is to move onto a new route once it is ready, and the town of Lachin and "
     "the villages of Aghavno and Sus are to return to Azerbaijan.", "Goris", "corridors"),
    # customs officials are speakers, not a customs post
    ("Two drivers were fined in Ganja, Azerbaijani customs officials said.", "Ganja", "other"),
])
def test_long_coordinated_subjects_and_officials_named_by_a_cue_word(gazetteer, sentence, place, layer):
    found = {c["place_name"]: c for c in extract(sentence, "2022-12-20", gazetteer)}
    match = [c for name, c in found.items() if place in name.split(";")]
    assert match, (sentence, sorted(found))
    assert match[0]["layer"] == layer, (sentence, match[0]["layer"], match[0]["kind"])


def test_a_province_is_a_route_s_region_and_otherwise_only_locates(gazetteer):
    found = {c["place_name"] for c in extract(
        "Soldiers advanced 2 km into the Syunik province and dug trenches near Tegh.", "2021-05-20", gazetteer)}
    assert not any("Syunik" in name for name in found), found
    route = extract("Baku wants a road through Syunik to link the mainland with Nakhchivan.", "2021-05-20", gazetteer)
    assert any("Syunik" in c["place_name"] and c["layer"] == "corridors" for c in route), route


def test_a_list_after_the_districts_of_names_districts(gazetteer):
    found = {c["place_name"] for c in extract(
        "Under the deal Baku regains the districts of Kalbajar, Aghdam and Lachin by December.", "2020-11-12", gazetteer)}
    assert {"Kalbajar District", "Aghdam District", "Lachin District"} <= found, found
    assert not {"Kalbajar", "Aghdam", "Lachin"} & found, found


def test_the_before_a_village_s_name_makes_it_a_river(gazetteer):
    # GeoNames has villages called Araks and Kur; "the Araks", "the Kur" are the rivers, which only locate
    found = {c["place_name"] for c in extract(
        "Fighting was reported along the Araks and near the Kur, close to Horadiz.", "2020-10-20", gazetteer)}
    assert "Horadiz" in found and not {"Araks", "Kur"} & found, found
    # a district or an axis after the name keeps it a place
    axis = {c["place_name"] for c in extract("The heaviest clashes were on the Jermuk axis.", "2022-09-14", gazetteer)}
    assert "Jermuk" in axis, axis


def test_a_crossing_that_a_route_passes_is_a_waypoint(gazetteer):
    found = {c["place_name"]: c for c in extract(
        "Lorries to Georgia take the highway via the checkpoint at Bagratashen.", "2022-12-20", gazetteer)}
    match = [c for name, c in found.items() if "Bagratashen" in name.split(";")]
    assert match and match[0]["layer"] == "corridors", found
    # a checkpoint set up at a place is still a checkpoint there
    found = {c["place_name"]: c for c in extract(
        "Guards set up a checkpoint at Bagratashen on Monday.", "2022-12-20", gazetteer)}
    assert found["Bagratashen"]["layer"] == "checkpoints", found


@pytest.mark.parametrize("sentence, place, layer", [
    # a border post named by its place or its side is a checkpoint where travellers pass
    ("Customs officers found undeclared cigarettes in a lorry entering from Iran at the Astara post on Friday.",
     "Astara", "checkpoints"),
    ("Iranian lorries are inspected at the Armenian post in Meghri before they go on north.", "Meghri", "checkpoints"),
    # ... not a post on social media, a position retaken, nor one under fire
    ("The mayor wrote in a Facebook post that the school in Goris would reopen on Monday.", "Goris", "other"),
    ("Soldiers recaptured the post near Talish after a short battle.", "Talish", "other"),
    ("Azerbaijani forces opened fire on an Armenian post near Sotk on Tuesday.", "Sotk", "shelling"),
    # ... nor a post office
    ("Journalists gathered at the Kapan post office to send their reports.", "Kapan", "other"),
    # ... nor, unless "border" or "customs" says so, a post where soldiers stand
    ("The servicemen at the Talish post said mortar rounds had landed around them overnight.", "Talish", "shelling"),
    ("Soldiers at the Kornidzor border post searched every lorry on Monday.", "Kornidzor", "checkpoints"),
])
def test_a_border_post_named_by_its_place_or_side_is_a_checkpoint(gazetteer, sentence, place, layer):
    assert layers(sentence, gazetteer, "2023-07-05")[place] == layer


@pytest.mark.parametrize("sentence, place, layer", [
    # a section of a road is a way through its places
    ("The ministry said resurfacing would start next spring on the Ijevan–Dilijan section, the busiest in the "
     "province.", "Dilijan", "corridors"),
    ("Engineers said the section between Vardenis and Sotk needs new drainage before winter.", "Sotk", "corridors"),
    # ... not land taken over, a section of the border, nor a text's
    ("Guards took over a two-kilometre section near Voskepar on Friday.", "Voskepar", "other"),
    ("Troops exchanged fire on the southern section of the border near Sotk.", "Sotk", "shelling"),
    ("The report's section on Goris was written by a local historian.", "Goris", "other"),
    # ... nor a section of anything but a way
    ("A section of the crowd in Vanadzor whistled at the speakers.", "Vanadzor", "other"),
])
def test_a_section_of_a_road_is_a_way(gazetteer, sentence, place, layer):
    assert waypoint_layers(sentence, gazetteer, published="2023-07-05")[place] == layer


def test_a_road_s_course_makes_its_places_a_route_s(gazetteer):
    found = {c["place_name"]: c for c in extract(
        "Engineers say the new section is supposed to run from near Tegh to the border.", "2022-12-20", gazetteer)}
    match = [c for name, c in found.items() if "Tegh" in name.split(";")]
    assert match and match[0]["layer"] == "corridors", found


def test_a_speaker_in_a_capital_is_there_and_a_named_road_is_its_route(gazetteer):
    found = {c["place_name"] for c in extract("A Red Cross spokeswoman in Yerevan said the convoy was ready.",
                                              "2022-12-20", gazetteer)}
    assert "Yerevan" in found, found
    assert not extract("Yerevan said the convoy was ready.", "2022-12-20", gazetteer)
    # a road the gazetteer knows by its hyphenated name is that route
    found = {c["place_name"]: c for c in extract(
        "Guards set up a post at the entrance to the Lachin-Khankendi road.", "2023-04-24", gazetteer)}
    assert "Lachin corridor" in found, found


def test_a_capital_inside_a_list_after_in_is_a_place(gazetteer):
    found = {c["place_name"] for c in extract(
        "Hundreds of lorries are stuck in Kapan, Yerevan and other towns.", "2022-12-15", gazetteer)}
    assert {"Kapan", "Yerevan"} <= found, found


def test_an_exclave_named_like_its_capital_is_the_exclave_drawn_at_its_capital(gazetteer):
    # the news names the exclave by its capital: one place, "Nakhchivan", at the city's point, placed only to the
    # region; the city itself is placed to the town, and the autonomous republic written in full is the same
    # exclave (the annotated sets file it under Nakhchivan: heldout8, 11, 28, 29)
    for text in ("Baku wants a railway across Armenia to Nakhchivan.",
                 "Baku wants a railway across Armenia to the Nakhchivan exclave."):
        found = {c["place_name"]: c for c in extract(text, "2021-12-15", gazetteer)}
        assert set(found) == {"Nakhchivan"}, (text, found)
        assert found["Nakhchivan"]["geo_precision"] == "region"
        assert found["Nakhchivan"]["coordinates"] == [[45.41222, 39.20889]]
    for text in ("The line would end at a new station in the city of Nakhchivan.",
                 "The line would end at a new station in Nakhchivan city."):
        found = {c["place_name"]: c for c in extract(text, "2021-12-15", gazetteer)}
        assert found["Nakhchivan"]["geo_precision"] == "town", (text, found)
    found = {c["place_name"] for c in extract(
        "Baku wants a railway across Armenia to the Nakhchivan Autonomous Republic.", "2021-12-15", gazetteer)}
    assert found == {"Nakhchivan"}, found
    # the exclave still only locates: "near the border with the Nakhchivan exclave"
    found = {c["place_name"] for c in extract(
        "A helicopter was shot down over Armenia near the border with the Nakhchivan exclave.", "2020-11-09",
        gazetteer)}
    assert "Nakhchivan" not in found, found


def test_a_blast_at_a_fuel_depot_with_no_weapon_is_an_accident(gazetteer):
    found = {c["place_name"]: c for c in extract(
        "An explosion at a fuel depot on the edge of Goris killed four people on Sunday.", "2023-09-26", gazetteer)}
    assert found["Goris"]["layer"] == "other", found
    # a road that only locates the depot is no route
    found = {c["place_name"] for c in extract(
        "A gas station exploded beside the Goris-Kapan highway as drivers queued.", "2023-09-26", gazetteer)}
    assert not found & {"Goris", "Kapan"}, found
    # a drone named with the blast makes it an attack
    found = {c["place_name"]: c for c in extract(
        "A drone caused an explosion at a fuel depot near Goris.", "2023-09-26", gazetteer)}
    assert found["Goris"]["layer"] == "shelling", found


def test_a_line_named_by_its_end_towns_and_a_bare_dateline_are_no_events(gazetteer):
    text = ("Stepanakert, 16 February 2023\n\n"
            "Power is rationed since the 110-kilovolt Goris-Stepanakert power line was damaged on 9 January. "
            "Shells hit the Yevlakh-Aghdam gas pipeline near Barda.")
    found = by_place(extract(text, "2023-02-16", gazetteer))
    assert set(found) == {"Barda"}


def test_a_dateline_ended_by_a_full_stop_is_no_event(gazetteer):
    """ "GORIS, May 10 (regional desk). Residents of Tegh ...": where the reporter files from is no event."""
    text = ("GORIS, May 10 (regional desk). Residents of Tegh said on Thursday that shells had landed near the "
            "village overnight.")
    assert set(by_place(extract(text, "2024-05-10", gazetteer))) == {"Tegh"}


# -- general layer rules found on a blind set (heldout8) ---------------------------------------------

@pytest.mark.parametrize("text, place, layer", [
    # a ceasefire broken or breached towards a place is fire there, and a heading may be plural
    ("Local officials said the truce was breached overnight in the direction of Tegh.", "Tegh", "shelling"),
    ("The ceasefire had again been broken in the directions of Sotk and Kut, the mayor said.", "Kut", "shelling"),
    # "p.m." inside a sentence ends no clause: the fire before it still reaches the place after it
    ("Troops opened fire at 9 p.m. on a patrol working in the direction of Kornidzor.", "Kornidzor", "shelling"),
    # a town taken over is a hand-over even when the corridor through it is named in the same sentence
    ("Days after the Lachin corridor was moved to the bypass road, Azerbaijan took over Lachin and Sus.",
     "Sus", "other"),
    # what a side holds after fighting is a change of control, not the fighting
    ("The army said the clashes left it in control of several hills, including heights near Talish.",
     "Talish", "other"),
    # a passenger service or vehicles from A to B: a route at both ends
    ("The first freight train from Barda pulled into Aghdam on Monday.", "Aghdam", "corridors"),
    ("The first flight from Ganja landed at the new runway.", "Ganja", "corridors"),
    ("Buses of pilgrims left Goris for Stepanakert at dawn.", "Stepanakert", "corridors"),
    ("Officials said ambulances were going up towards Sisian all night.", "Sisian", "corridors"),
    # weapons named as cargo are no attack
    ("Police said the lorries were carrying rifles, mines and shells from Goris to Stepanakert.",
     "Stepanakert", "corridors"),
    # building works are construction, not a route: a terminal, a village's roads among its houses, an airport
    # planned (the "Ministry of Transport" saying so names no road)
    ("The president opened the new railway and bus terminal in Aghdam on Monday.", "Aghdam", "other"),
    ("The fund will pay for forty houses, a school and the roads, water and power lines of Talish.",
     "Talish", "other"),
    ("A third airport is planned in Lachin, the Ministry of Transport said.", "Lachin", "other"),
    # ... while a line from A to B is still a route at both ends, and a school bus still a vehicle
    ("The terminal in Aghdam opened as part of the line from Barda to Tartar.", "Tartar", "corridors"),
    ("The school bus to Askeran has not run for a week.", "Askeran", "corridors"),
    # an axis named by a place is fighting at that place only; a fire that only dates the capture is no event
    ("The ministry said its troops had taken a height in the Fuzuli direction and hills around Talish after "
     "coming under Armenian fire.", "Talish", "other"),
    ("Positions on the Jermuk direction came under enemy fire.", "Jermuk", "shelling"),
    # words that name no event here: a participle as an adjective, a line meeting a border, a demining term
    ("Soldiers stopped the crews from repairing a damaged section of the pipe outside Shusha.", "Shusha", "other"),
    ("The planned railway would meet the Armenian border near Aghband.", "Aghband", "corridors"),
    ("A battle area clearance team will work in the farmland of Mokhratagh.", "Mokhratagh", "other"),
    # ... while a verb still is one
    ("Shells damaged a section of the pipe outside Shusha.", "Shusha", "shelling"),
    # guards deployed on a stretch of border hold a post there
    ("Yerevan said it could not deploy border guards on the Tegh section without an escalation.", "Tegh",
     "checkpoints"),
    # an advance given as a range of distances
    ("Troops advanced 100 to 300 metres into the territory near Sotk.", "Sotk", "shelling"),
    # police or army posts on a road are checkpoints where they stand
    ("Police posts on the Goris-Kapan road between Vorotan and Shurnukh stopped the lorries.", "Shurnukh",
     "checkpoints"),
    # a road that only locates a post or camp named before it: the checkpoint, not the route
    ("The protest camp set up by activists on the road below Shusha remains in place.", "Shusha", "checkpoints"),
    ("A checkpoint was built by the border guards at the road near Kornidzor.", "Kornidzor", "checkpoints"),
    # ... while a road blocked by a camp is still the blockade the sentence tells
    ("Soldiers reopened the road near Askeran after a week.", "Askeran", "corridors"),
    # a pipeline or power line damaged with no weapon named is an outage, not an attack
    ("The gas pipeline from Armenia was damaged again near Shusha on Monday.", "Shusha", "other"),
    ("Power was cut after a transmission line was destroyed near Hadrut.", "Hadrut", "other"),
    # ... while shelling that damaged it is shelling
    ("Shelling damaged the gas pipeline near Shusha on Monday.", "Shusha", "shelling"),
    # a journey's start set off by a comma: "From X, most families continued to Y"
    ("From Kornidzor, most families continued to Goris, 20 km away.", "Kornidzor", "corridors"),
    # a vehicle whose run a relative clause tells
    ("The minibus that used to bring traders from Martakert has stopped.", "Martakert", "corridors"),
    # goods smuggled to a place go along a route
    ("Police detained two drivers, accusing them of smuggling fuel to Khankendi.", "Stepanakert", "corridors"),
    # a capture tried is an assault; a capture made is a change of control
    ("Troops tried to take the village of Talish overnight.", "Talish", "shelling"),
    ("Troops took the village of Talish overnight.", "Talish", "other"),
    # an event named as the cause of another did not happen at the place
    ("Work on a new water line near Kapan was suspended because of the fighting, officials said.", "Kapan",
     "other"),
    # a heading takes the fire of its clause, not an attack named only to date the news
    ("Dozens of soldiers were taken prisoner in the direction of Khtsaberd, four days after troops attacked "
     "the last villages.", "Khtsaberd", "other"),
    # an armed operation is fighting where it took place
    ("Two soldiers were killed in what the ministry called a counter-terrorist operation in the Hadrut area.",
     "Hadrut", "shelling"),
    # an apposition saying where a town lies names no route event there
    ("In Goris, the last Armenian town on the road, a hotel owner said business had collapsed.", "Goris", "other"),
])
def test_heldout8_layer_rules(gazetteer, text, place, layer):
    # a route's places come as one candidate named "A;B"
    found = {p: c["layer"] for c in extract(text, "2020-10-20", gazetteer) for p in c["place_name"].split(";")}
    assert found.get(place) == layer, found


def test_a_page_read_again_in_the_same_process_reads_the_same():
    """trafilatura's duplicate filter remembers what it saw: a page read a few times (the review page reruns,
    an ingest run twice) must not lose its story or gain its byline on a later read."""
    from geo.article import html_to_text
    page = (Path(__file__).parent / "articles" / "heldout2" / "g2_ganja_night_strike.html").read_text(encoding="utf-8")
    first = html_to_text(page)
    assert all(html_to_text(page) == first for _ in range(6))


@pytest.mark.parametrize("sentence, place", [
    ("On 7 November, 30 families (150 people) arrived in Jabrayil from Sumgayit.", "Jabrayil"),
    ("The town of Lachin has been receiving returnees since the autumn.", "Lachin"),
])
def test_the_displaced_coming_home_is_a_return_not_a_route(gazetteer, sentence, place):
    found = {c["place_name"]: (c["layer"], c["kind"]) for c in extract(sentence, "2025-11-10", gazetteer)}
    assert found[place] == ("other", "return")


def test_a_road_the_returnees_took_is_still_a_route(gazetteer):
    found = layers("Returnees drove along the new road from Fuzuli to Shusha.", gazetteer, "2025-11-10")
    assert set(found.values()) == {"corridors"}


@pytest.mark.parametrize("sentence", ["In Shushi one civilian was killed and two were wounded, the office said.",
                                      "In Shushi one civilian was killed."])
def test_people_killed_in_a_place_opening_the_sentence_are_a_shelling_report(gazetteer, sentence):
    assert layers(sentence, gazetteer, "2020-10-28") == {"Shusha": "shelling"}


def test_a_scene_with_nobody_hurt_stays_other(gazetteer):
    assert layers("In Goris, residents gathered in the square.", gazetteer, "2020-10-28") == {"Goris": "other"}


def test_the_pooled_figures_of_several_sets_come_from_their_counts():
    spec = importlib.util.spec_from_file_location("eval_all", PROJECT / "bench" / "eval_all.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    counts = dict(gold_places=0, found_places=0, pred_places=0, right_places=0, gold_events=0, matched=0,
                  layer_ok=0, dated=0, date_ok=0, claimed=0, claim_ok=0)
    small = {"articles": 1, "counts": dict(counts, gold_places=2, found_places=2, pred_places=2, right_places=1)}
    large = {"articles": 3, "counts": dict(counts, gold_places=8, found_places=4, pred_places=8, right_places=8)}
    both = module.pooled([small, large])
    # 6 of 10 places found, 9 of 10 predicted right: not the mean of 1.0 and 0.5
    assert (both["articles"], both["place_recall"], both["place_precision"]) == (4, 0.6, 0.9)
    assert [p.name for p in module.annotated_sets()][:3] == ["articles", "heldout", "heldout2"]
