"""A town written under the own name of the GeoNames record that a curated town cites is reported under the
curated town's name: the record and the curated row are one place."""
import datetime as dt

from geo.extract import extract_text
from geo.gazetteer import Place, cites_record

DAY = dt.date(2024, 5, 6)


def _places(text):
    return {c["place_name"] for c in extract_text(text, DAY)}


def test_record_name_of_a_curated_town_reads_as_that_town():
    assert _places("Fog closed the road near Sedarak and Shamkhir on Thursday morning.") == {"Sadarak;Shamkir"}


def test_a_country_citing_its_capitals_record_does_not_take_the_capital():
    country = Place("Armenia", 40.2, 44.5, "AM", "curated", "country", 0, "", "", "GeoNames 616052 (Yerevan)", "")
    capital = Place("Yerevan", 40.2, 44.5, "AM", "geonames", "town", 1_000_000, "", "", "616052", "11")
    town = country._replace(name="Yerevan city", precision="town")
    assert not cites_record(country, capital)
    assert cites_record(town, capital)
    assert _places("Shells fell on Yerevan and Meghri on Monday.") == {"Yerevan", "Meghri"}
