"""The word prefilter (geo/prefilter.py) gives the answers of the plain compiled pattern, only sooner."""

import gc
import re
import string
import sys
from pathlib import Path

import pytest

import geo.dates  # noqa: F401  (imported for the patterns they compile)
import geo.extract  # noqa: F401
import geo.names  # noqa: F401
from geo import prefilter

ARTICLES = Path(__file__).parent / "articles"


@pytest.mark.parametrize("letter", string.ascii_lowercase + string.digits + "_")
def test_every_case_insensitive_match_of_a_safe_letter_folds_to_it(letter):
    """The needles of an IGNORECASE pattern are folded letters; the text's words are folded the same way, so every
    character the engine lets match a letter must fold to that letter ("ı" and "İ" through the dotted-i mapping)."""
    everything = "".join(chr(u) for u in range(sys.maxunicode + 1) if not 0xD800 <= u <= 0xDFFF)
    matching = set(re.findall(re.escape(letter), everything, re.I))
    assert {prefilter._fold(ch) for ch in matching} == {letter}


def test_a_non_word_character_matching_a_word_character_case_insensitively_has_case():
    """Under IGNORECASE a non-word literal leaves a word edge after it only when it has no case: one with case may
    match a word character (the combining iota U+0345 matches the letters iota)."""
    everything = "".join(chr(u) for u in range(sys.maxunicode + 1) if not 0xD800 <= u <= 0xDFFF)
    cased_words = [ch for ch in everything if prefilter._is_word_char(ch) and ch.lower() != ch.upper()]
    matched = re.findall("[" + "".join(map(re.escape, cased_words)) + "]", everything, re.I)
    odd = {ch for ch in matched if not prefilter._is_word_char(ch)}
    assert "\u0345" in odd
    assert all(not prefilter._non_word_literal(ord(ch), True) for ch in odd)


@pytest.mark.parametrize("pattern, needles", [
    (r"\bshell(?:ed|ing)\b", {"shel"}),                                # a word's first four letters
    (r"\b(?:said|told|added|hit)\b", {"said", "told", "adde", "hit"}),
    (r"[Ss]aid\s+(?:the\s+)?ministry", {"mini"}),                     # "said" may end another word: not a needle
    (r"(?i)\bcheckpoints?\b", {"chec"}),
    (r"(?<!\w)Khankendi\b", {"khan"}),
    (r"\b(?:İstisu|Kəlbəcər)\b", {"isti", "kəlb"}),
    (r"(?<!\w)(?=\w)(?:s(?:hell(?:ed|ing)|tr(?:uck|ike))|fir(?:ed|ing))\b", {"shel", "stru", "stri", "fire", "firi"}),
    (r"\bsh(?i:ELL)ed", {"shel"}),                                    # a scoped flag: its letters join the word
    (r"(?i)\b(?-i:Shell)ed", {"shel"}),
    (r"\b(?i:the)\s+(?:road\s+)?(?i:crossings?)\b", {"cros"}),
])
def test_needles_are_the_words_every_match_starts(pattern, needles):
    assert prefilter.needles(pattern) == needles


@pytest.mark.parametrize("pattern", [
    r"(?<=said )\w+",            # the word is in a lookbehind: not consumed
    r"colou?r",                  # no word edge before it: "watercolour" matches
    r"\b(?:a|an|the)\b",         # too short to be worth it
    r"\b(?:shelled|\w+ed)\b",    # one alternative has no word
    r"(?a)\bshelled",            # ASCII word edges differ from the text's words
    r"\b(?i:ſ)hell",             # case-insensitive "ſ" also matches "S" and "s": not a letter safe to fold
    r"\Dshelled",                # \D takes letters: "xshelled" matches
    r"(?i)\u0345shelled",        # the combining iota matches the letter iota: "ιshelled" matches
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


def test_a_full_list_of_texts_keeps_the_latest_ones():
    """Past ``_WORDS_KEPT`` texts the older half is dropped, not all: the texts of the article being read stay."""
    texts = [f"text number {i}" for i in range(prefilter._WORDS_KEPT + 10)]
    for text in texts:
        prefilter.words_in(text)
    assert len(prefilter._WORDS_OF) <= prefilter._WORDS_KEPT
    assert all(text in prefilter._WORDS_OF for text in texts[-prefilter._WORDS_KEPT // 2:])
    assert texts[0] not in prefilter._WORDS_OF


def test_every_word_a_match_needs_is_a_needle_set():
    """Words in a row are each needed: the best set is the pattern's needles, the others must be there too."""
    assert prefilter.needle_sets(r"\b(?:said|told)\s+(?:that\s+)?(?:troops|soldiers)\b") == (
        {"said", "told"}, {"troo", "sold"})
    assert prefilter.needle_sets(r"\b(?:shelled|fired on)\s+(?:the\s+)?(?:village|town)\b|\bstruck\b") == (
        {"shel", "fire", "stru"}, {"vill", "town", "stru"})   # (one set of each alternative, joined)
    assert prefilter.needle_sets(r"\bsaid\s+(?:that\s+)?troops|\btold\s+(?:the\s+)?(?:soldiers|police)") == (
        {"said", "told"}, {"troo", "sold", "poli"})
    assert prefilter.needle_sets(r"(?:the\s+)?troops?") == ()
    found = prefilter.compile(r"\b(?:said|told)\s+(?:that\s+)?(?:troops|soldiers)\b")
    assert found.search("Officials said that troops left.").group() == "said that troops"
    assert found.search("Officials said that the road is open.") is None    # "said" without "troops"
    assert found.findall("Officials said the road is open.") == []
    assert not found.possible("Officials said the road is open.")


def _sentences():
    """Sentences of the plain test articles, and the same sentences in upper case and with the letters whose
    case-insensitive matches are not plain ASCII (dotted and dotless i, long s, the Kelvin sign)."""
    found = []
    for path in sorted(ARTICLES.glob("*.txt"))[:12]:
        found += [s for s in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")) if s.strip()][:12]
    odd = str.maketrans({"I": "İ", "i": "ı", "s": "ſ", "K": "\u212a", "k": "\u212a"})
    return found + [s.upper() for s in found[::3]] + [s.translate(odd) for s in found[::3]]


def _project_patterns():
    return [o for o in gc.get_objects() if isinstance(o, prefilter.Prefiltered)]


def _same(a, b):
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groups() == b.groups())


def test_every_prefiltered_pattern_of_the_extractor_answers_as_the_plain_one():
    """Over every prefiltered pattern the extractor compiles and real sentences (also in upper case and with odd
    letters): search (whole and from an offset), finditer and sub give what the compiled pattern gives."""
    patterns = _project_patterns()
    assert len(patterns) > 1000
    sentences = _sentences()
    assert len(sentences) > 100
    skipped = 0
    for found in patterns:
        plain = found.compiled
        for text in sentences:
            got = found.search(text)
            assert _same(got, plain.search(text)), (found.pattern, text)
            skipped += got is None
            middle = len(text) // 3
            assert _same(found.search(text, middle, len(text) - 2), plain.search(text, middle, len(text) - 2))
            assert [m.span() for m in found.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert found.sub("#", text) == plain.sub("#", text)
    assert skipped > 0
