"""The offline gazetteer: variant spellings, ambiguity, typos, not-found, the cache."""

import csv
import logging
import pickle
from pathlib import Path

import pytest

from geo.errors import DataError, PlaceNotFound
from geo.gazetteer import distance_km, load_gazetteer, read_supplement

HERE = Path(__file__).parent


def _variants():
    with (HERE / "data" / "variant_spellings.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _variants(), ids=lambda r: r["query"])
def test_variant_spelling_resolves_to_the_right_place(gazetteer, row):
    match = gazetteer.resolve(row["query"])
    off = distance_km(match.place.lat, match.place.lon, float(row["lat"]), float(row["lon"]))
    assert off <= float(row["max_km"]), f"{row['query']} -> {match.place.name} is {off:.1f} km off"


def test_ambiguous_names_go_to_the_region(gazetteer):
    barda = gazetteer.resolve("Barda").place
    assert barda.country == "AZ"            # not Barda in Perm Krai, Russia
    goris = gazetteer.resolve("Goris").place
    assert goris.country == "AM"            # GeoNames also files Gori, Georgia under "Goris"
    assert gazetteer.resolve("Gori").place.country == "GE"

    armenia = gazetteer.resolve("Armenia").place
    assert (armenia.country, armenia.precision) == ("AM", "region")   # not the town in Colombia
    assert gazetteer.resolve("Azərbaycan").place.country == "AZ"


def test_every_result_says_where_it_came_from(gazetteer):
    geonames = gazetteer.resolve("Ijevan").place
    assert (geonames.source, geonames.precision) == ("geonames", "town")
    assert geonames.ref.isdigit()           # the GeoNames id


def test_typo_is_caught_by_fuzzy_matching_within_the_region(gazetteer):
    match = gazetteer.resolve("Yevlah")
    assert match.how == "fuzzy" and match.place.name == "Yevlakh"


def test_unknown_name_is_not_guessed_but_suggested(gazetteer):
    with pytest.raises(PlaceNotFound) as caught:
        gazetteer.resolve("Yevlokhabad")
    assert "Yevlakh" in caught.value.suggestions
    with pytest.raises(PlaceNotFound) as caught:
        gazetteer.resolve("Qwxzrtplk")
    assert caught.value.suggestions == []


def test_empty_name_is_not_found(gazetteer):
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve("   ")


def test_index_is_cached_and_rebuilt_when_the_supplement_changes(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="geo.gazetteer")
    supplement = tmp_path / "gazetteer.csv"
    supplement.write_text(
        "name,alt_names,lat,lon,country,precision,armenian_name,azerbaijani_name,source\n"
        "Testford Crossing,Testford,39.6,46.5,AZ,site,,,own test data\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = load_gazetteer(supplement, cache_dir=cache)
    assert "indexing" in caplog.text                      # the slow build shows progress
    assert first.resolve("Testford").place.source == "curated"
    pickles = list(cache.glob("*.pickle"))
    assert len(pickles) == 1
    with pickles[0].open("rb") as f:
        assert len(pickle.load(f)) == len(first)
    supplement.write_text(supplement.read_text(encoding="utf-8").replace("39.6", "39.7"), encoding="utf-8")
    second = load_gazetteer(supplement, cache_dir=cache)
    assert second.resolve("Testford").place.lat == 39.7
    assert len(list(cache.glob("*.pickle"))) == 2


@pytest.mark.parametrize("bad, field", [
    ("X,,91,46,AZ,town,,,s", "lat"),
    ("X,,39,abc,AZ,town,,,s", "lon"),
    ("X,,39,46,AZ,village,,,s", "precision"),
    ("X,,39,46,Azerbaijan,town,,,s", "country"),
])
def test_bad_supplement_rows_name_line_and_field(tmp_path, bad, field):
    path = tmp_path / "gazetteer.csv"
    path.write_text("name,alt_names,lat,lon,country,precision,armenian_name,azerbaijani_name,source\n"
                    "Ok,,39,46,AZ,town,,,s\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_supplement(path)
    assert caught.value.line == 3 and caught.value.field == field
    assert str(path) in str(caught.value)


def test_nearby_places_break_ties_but_never_beat_a_place_s_own_name(gazetteer):
    near_yevlakh = (40.62, 47.15)
    assert gazetteer.resolve("Ganja", near=near_yevlakh).place.name == "Ganja"
    # Two Armenian villages called Vardenis: the one near the given point wins.
    north = gazetteer.resolve("Vardenis", near=(40.56, 44.40)).place
    south = gazetteer.resolve("Vardenis", near=(40.18, 45.73)).place
    assert (round(north.lat, 1), round(south.lat, 1)) == (40.6, 40.2)
