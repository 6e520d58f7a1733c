"""Another name GeoNames records for a big town abroad ("Anqara", Ankara in Azerbaijani) is a real name, no typo of a
village of the region hundreds of kilometres from it: never the village. Ankara, a city of millions, is found under
it (see test_h198_metropolis_names); a typo of the region's names that no town abroad bears is still read as before."""


def test_another_name_of_a_big_town_abroad_is_no_typo_of_a_village_of_the_region(gazetteer):
    assert gazetteer.resolve("Anqara").place.name == "Ankara"


def test_a_typo_of_a_village_of_the_region_is_still_read(gazetteer):
    match = gazetteer.resolve("Stepanakret")
    assert match.place.name == "Stepanakert" and match.how == "fuzzy"
