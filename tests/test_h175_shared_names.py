"""The fortress by Aghdam is filed under its bare name Shahbulag too, which the Sharur village bears: the name is
read by the report's other places, and asked when nothing settles it; never answered 157 km off."""

import datetime as dt

import pytest

from geo.errors import PlaceNotFound
from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

AGHDAM = (39.99, 46.93)
SHARUR = (39.55, 44.98)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize("name", ["Shahbulag", "Shahbulagh"])
def test_bare_shared_name_is_asked_without_context(gazetteer, name):
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve(name)


@pytest.mark.parametrize("name", ["Shahbulag", "Shahbulagh", "Shah-Bulagh"])
def test_shared_name_read_by_the_report_places(gazetteer, name):
    assert gazetteer.resolve(name, near=AGHDAM).place.name == "Shahbulag Castle"
    assert gazetteer.resolve(name, near=SHARUR).place.name == "Shahbulag"


def test_qualified_name_is_not_asked(gazetteer):
    # negative: the fortress's full name is one place only
    assert gazetteer.resolve("Shahbulag Castle").place.name == "Shahbulag Castle"


def test_variant_of_a_single_curated_place_is_still_answered(gazetteer):
    # negative: a spelling meeting one curated place only is answered, not asked
    assert gazetteer.resolve("Akdam").place.name == "Aghdam"


def test_sharur_village_in_text():
    text = "Shells fell on the Sharur villages of Sadarak and Shahbulag overnight, local officials said."
    places = {e["place"] for e in extract_text(text, dt.date(1993, 4, 2))}
    assert "Shahbulag" in places and "Shahbulag Castle" not in places


# The scorer reads an annotated shared name by the article's other annotated places (bench/eval_extract.py).

def _write_article(folder, stem, text, events, published="2021-03-04"):
    import json
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.json").write_text(json.dumps({"published": published, "events": events}),
                                         encoding="utf-8")


def _event(text, quote):
    return {"text": text, "layer": "other", "date": None, "claimed_by": None, "quote": quote, "place": text}


def test_scorer_reads_shared_name_by_article_places(tmp_path, gazetteer):
    from bench.eval_extract import load_testset, score
    first = "Engineers cleared mines on the road out of Aghdam on Tuesday."
    second = "A survey team then walked up to the Shahbulag fortress to map its walls."
    # the extractor files the fortress under its full name; the annotator wrote the bare shared name
    _write_article(tmp_path, "a1", f"{first} {second}\n",
                   [_event("Aghdam", first), _event("Shahbulag", second)])
    figures = score(load_testset(tmp_path), gazetteer)["figures"]
    assert figures["counts"]["gold_places"] == 2
    assert figures["place_recall"] == 1.0 and figures["place_precision"] == 1.0


def test_scorer_leaves_shared_name_asked_without_article_places(gazetteer):
    # negative: with no other annotated place the name is not read as either namesake
    from bench.eval_extract import _article_near, _gold_names
    event = _event("Shahbulag", "A survey team walked up to the fortress at Shahbulag.")
    near = _article_near([event], gazetteer)
    assert near is None
    assert _gold_names(event, gazetteer, near) == {"Shahbulag"}
