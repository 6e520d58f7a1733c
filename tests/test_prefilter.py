"""The word prefilter (geo/prefilter.py) gives the answers of the plain compiled pattern, only sooner."""

import re
import string
import sys

import pytest

from geo import prefilter


@pytest.mark.parametrize("letter", string.ascii_lowercase + string.digits + "_")
def test_every_case_insensitive_match_of_a_safe_letter_folds_to_it(letter):
    """The needles of an IGNORECASE pattern are folded letters; the text's words are folded the same way, so every
    character the engine lets match a letter must fold to that letter ("ı" and "İ" through the dotted-i mapping)."""
    everything = "".join(chr(u) for u in range(sys.maxunicode + 1) if not 0xD800 <= u <= 0xDFFF)
    matching = set(re.findall(re.escape(letter), everything, re.I))
    assert {prefilter._fold(ch) for ch in matching} == {letter}


@pytest.mark.parametrize("pattern, needles", [
    (r"\bshell(?:ed|ing)\b", {"shel"}),                                # a word's first four letters
    (r"\b(?:said|told|added|hit)\b", {"said", "told", "adde", "hit"}),
    (r"[Ss]aid\s+(?:the\s+)?ministry", {"mini"}),                     # "said" may end another word: not a needle
    (r"(?i)\bcheckpoints?\b", {"chec"}),
    (r"(?<!\w)Khankendi\b", {"khan"}),
    (r"\b(?:İstisu|Kəlbəcər)\b", {"isti", "kəlb"}),
    (r"(?<!\w)(?=\w)(?:s(?:hell(?:ed|ing)|tr(?:uck|ike))|fir(?:ed|ing))\b", {"shel", "stru", "stri", "fire", "firi"}),
])
def test_needles_are_the_words_every_match_starts(pattern, needles):
    assert prefilter.needles(pattern) == needles


@pytest.mark.parametrize("pattern", [
    r"(?<=said )\w+",            # the word is in a lookbehind: not consumed
    r"colou?r",                  # no word edge before it: "watercolour" matches
    r"\b(?:a|an|the)\b",         # too short to be worth it
    r"\b(?:shelled|\w+ed)\b",    # one alternative has no word
    r"(?a)\bshelled",            # ASCII word edges differ from the text's words
    r"\bsh(?i:ELL)ed",           # a scoped flag
])
def test_no_needles_where_a_match_need_not_start_a_word(pattern):
    assert prefilter.needles(pattern) is None


def test_a_pattern_without_needles_is_the_plain_compiled_pattern():
    assert isinstance(prefilter.compile(r"\d+\s+km"), re.Pattern)
    assert isinstance(prefilter.compile(r"\bshelled\b"), prefilter.Prefiltered)


def test_a_text_without_the_words_is_not_searched():
    found = prefilter.compile(r"\bcheckpoint\b")
    text = "Traffic moved through the new checkpoint near Hakari Bridge."
    assert found.search(text).group() == "checkpoint"
    assert {"che", "chec", "hak", "haka", "the"} <= prefilter.words_in(text)
    assert found.search("Traffic moved on the new road near the bridge.") is None
