"""A name a vowelless script romanizes with an opening "ch" before a consonant gets no German ch-as-kh key."""
from geo.names import variant_keys


def test_opening_ch_before_a_consonant_is_no_german_kh():
    # "chnarly" (a Persian-script Çinarlı) read as German "khnarly" would lose its kh and key as the bare "narli"
    assert "narli" not in variant_keys("chnarly")
    assert "narli" not in variant_keys("chnarly  shmkwr")


def test_german_ch_before_a_vowel_or_at_the_end_still_reads_kh():
    # negative cases: the German readings the rule keeps
    assert set(variant_keys("Chodschali")) & set(variant_keys("Khojaly"))
    assert set(variant_keys("Göjarch")) & set(variant_keys("Göyarx"))



def test_german_chr_opening_still_reads_kh():
    # negative case: German opens names with Chr (Chramort for Khramort)
    assert set(variant_keys("Chramort")) & set(variant_keys("Khramort"))
