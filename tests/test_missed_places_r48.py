"""Places missed for two reasons: fire "heavily" or "intensively" aimed at a place lost its layer (and a province
named as the only target with it), and two villages of the 2021 border reports were not in the gazetteer (Nor Shen
of Martuni; Ahmadli of Lachin under its bare name)."""

from tests.helpers import place_layers, points


def test_fire_with_an_adverb_is_shelling(gazetteer):
    text = "On Monday soldiers fired sporadically at a farm near Sotk."
    assert place_layers(text, gazetteer).get("Sotk") == "shelling"


def test_a_province_fired_on_heavily_is_the_target(gazetteer):
    text = "The ministry said enemy units had fired heavily on its positions in Gegharkunik on Monday evening."
    assert place_layers(text, gazetteer).get("Gegharkunik Province") == "shelling"


def test_fired_early_on_is_no_target(gazetteer):
    # "early on" is a time, not a place fired at
    text = "The governor of Syunik was fired early on in the year."
    assert "Syunik Province" not in place_layers(text, gazetteer)


def test_nor_shen_is_found_in_karabakh(gazetteer):
    found = points("Two soldiers were wounded by fire near Nor Shen on Thursday.", gazetteer)
    lat, lon = found["Nor Shen"]
    assert abs(lat - 39.8) < 0.05 and abs(lon - 47.0) < 0.05


def test_norshen_written_as_one_word_is_not_sharur(gazetteer):
    match = gazetteer.resolve("Norshen")
    assert match.place.name == "Nor Shen"


def test_bare_ahmadli_is_the_lachin_village(gazetteer):
    found = points("Shells fell near Ahmadli late on Tuesday, the ministry said.", gazetteer)
    lat, lon = found["Herik"]
    assert abs(lat - 39.684) < 0.02 and abs(lon - 46.286) < 0.02
    assert gazetteer.resolve("Əhmədli").place.name == "Herik"


def test_a_name_split_otherwise_with_a_letter_changed_is_no_typo():
    from geo.gazetteer import _split_otherwise
    assert _split_otherwise("Nor Shen", "norashen")
    assert not _split_otherwise("Ter Ter", "terter")        # only the space differs: a typo
    assert not _split_otherwise("Norashen", "norashen")
