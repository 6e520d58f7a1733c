"""Towns of Azerbaijan whose GeoNames record is filed under a Soviet-era name or an old transliteration (Pushkino
for Bilasuvar, Divichibazar for Shabran, Sedarak for Sadarak) are shown under the name current reports use, from a
curated row naming the same GeoNames record; the old names are kept as alternates, so a report that still uses one
lands on the same point. Each sentence is written for this test."""

import pytest

from tests.helpers import points

CURRENT_NAMES = {        # current name -> (the GeoNames record's own name, (lat, lon) of the record)
    "Bilasuvar": ("Pushkino", (39.45833, 48.54500)),
    "Balakan": ("Belokany", (41.72626, 46.40478)),
    "Kurdamir": ("Kyurdarmir", (40.34257, 48.15649)),
    "Sadarak": ("Sedarak", (39.71427, 44.88455)),
    "Shabran": ("Divichibazar", (41.20117, 48.98712)),
    "Shamkir": ("Shamkhir", (40.82975, 46.01780)),
    "Zira": ("Zyrya", (40.36613, 50.29198)),
    "Bina": ("Biny Selo", (40.45076, 50.08686)),
    "Bilgah": ("Bilajer", (40.56441, 50.04002)),
    "Kurdakhani": ("Kyurdakhany", (40.54833, 49.92194)),
    "Goytepe": ("Geytepe", (39.11998, 48.59383)),
    "Sharur": ("Sharur City", (39.55298, 44.97993)),
    "Zardab": ("Zardob", (40.21840, 47.71214)),
}

SENTENCES = [
    "Floods damaged dozens of houses in {} on Monday, the Emergency Situations Ministry said.",
    "A gas pipeline exploded near {} on Sunday, injuring two workers.",
]


@pytest.mark.parametrize("current", sorted(CURRENT_NAMES))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_current_name_is_shown_at_the_record_s_point(current, sentence, gazetteer):
    assert points(sentence.format(current), gazetteer) == {current: CURRENT_NAMES[current][1]}


@pytest.mark.parametrize("current", sorted(CURRENT_NAMES))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_record_s_old_name_lands_on_the_same_point(current, sentence, gazetteer):
    old, point = CURRENT_NAMES[current]
    assert list(points(sentence.format(old), gazetteer).values()) == [point]


@pytest.mark.parametrize("sentence, current", [
    ("Two people were injured when a house collapsed in Divichi on Tuesday.", "Shabran"),
    ("Police in Davachi detained three men over the theft of cattle.", "Shabran"),
    ("A wildfire near Shamkhor was put out on Thursday, the ministry said.", "Shamkir"),
    ("A landslide closed the road near Ilyichevsk on Monday.", "Sharur"),
    ("Border guards near Sederek detained two smugglers on Friday.", "Sadarak"),
    ("Hail destroyed crops in Kurdemir on Wednesday.", "Kurdamir"),
    ("A bridge collapsed in Zerdab after heavy rain.", "Zardab"),
])
def test_an_old_spelling_is_shown_under_the_current_name(sentence, current, gazetteer):
    assert points(sentence, gazetteer)[current] == CURRENT_NAMES[current][1]


@pytest.mark.parametrize("query, shown", [
    ("Biləsuvar", "Bilasuvar"), ("Pushkino", "Bilasuvar"), ("Dəvəçi", "Shabran"), ("Davachi", "Shabran"),
    ("Şəmkir", "Shamkir"), ("Balakən", "Balakan"), ("Belokany", "Balakan"), ("Sədərək", "Sadarak"),
    ("Kürdəmir", "Kurdamir"), ("Zərdab", "Zardab"), ("Şərur", "Sharur"), ("Göytəpə", "Goytepe"),
])
def test_a_name_of_the_record_resolves_to_the_current_name(query, shown, gazetteer):
    assert gazetteer.resolve(query).place.name == shown
