"""The look-ahead on first letters that opens many of the extractor's patterns ("(?=[abc])\\b(?:alpha|bravo|
charlie)") is there for speed only: it must let through every letter the rest of the pattern can begin with, or a
match would be lost without notice when a word is added to the alternation behind it."""

import functools
import importlib
import re
import sys

import pytest

from geo import prefilter

parser = pytest.importorskip("re._parser")
constants = pytest.importorskip("re._constants")

MODULES = ["geo.dates", "geo.extract.lexicon", "geo.extract.asides", "geo.extract.claims", "geo.extract.cues",
           "geo.extract.frames", "geo.extract.mentions", "geo.extract.pipeline", "geo.extract.routes",
           "geo.extract.sentences"]
_GATE = re.compile(r"^(?P<flags>\(\?i\))?\(\?=(?P<cls>\[(?:\\.|[^\]\\])+\]|[a-z])\)(?P<rest>.*)$", re.S)


_CATEGORIES = {constants.CATEGORY_SPACE: r"\s", constants.CATEGORY_DIGIT: r"\d", constants.CATEGORY_WORD: r"\w"}


@functools.lru_cache(maxsize=None)
def _category(category):
    """Every character of a class escape ("\\s": every space)."""
    rx = re.compile(_CATEGORIES[category])
    return frozenset(ch for ch in map(chr, range(sys.maxunicode + 1)) if rx.match(ch))


def _first_letters(items):
    """The characters a parsed pattern can begin with, or None where they cannot be read here (an optional part
    first, a case-insensitive part of a case-sensitive pattern)."""
    c = constants
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue                   # (takes no letter)
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN:
            out = set()
            for o, a in av:
                if o is c.LITERAL:
                    out.add(chr(a))
                elif o is c.RANGE:
                    out.update(chr(x) for x in range(a[0], a[1] + 1))
                elif o is c.CATEGORY and a in _CATEGORIES:
                    out.update(_category(a))
                else:
                    return None
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            return _first_letters(list(av[2]))   # (repeated at least once: it begins with what is repeated)
        if op is c.SUBPATTERN:
            if av[1] & c.SRE_FLAG_IGNORECASE:
                return None            # (a case-insensitive part in a case-sensitive pattern: not checked here)
            return _first_letters(list(av[3]))
        if op is c.BRANCH and all(_zero_width(list(alternative)) for alternative in av[1]):
            continue                   # (look-behinds, one of which holds: no letter)
        if op is c.BRANCH:
            out = set()
            for alternative in av[1]:
                letters = _first_letters(list(alternative))
                if letters is None:
                    return None
                out |= letters
            return out
        return None
    return None


def _zero_width(items):
    """Do the parsed items take no letter (assertions only)?"""
    c = constants
    return all(op in (c.AT, c.ASSERT, c.ASSERT_NOT)
               or (op is c.BRANCH and all(_zero_width(list(alternative)) for alternative in av[1]))
               for op, av in items)


def _gated():
    for name in MODULES:
        module = importlib.import_module(name)
        for key, value in vars(module).items():
            if isinstance(value, (re.Pattern, prefilter.Prefiltered)) and _GATE.match(value.pattern):
                yield f"{name}.{key}", value


def test_gates_are_found():
    assert len(list(_gated())) >= 60


@pytest.mark.parametrize("name,rx", list(_gated()))
def test_gate_lets_every_first_letter_through(name, rx):
    gate = _GATE.match(rx.pattern)
    letters = _first_letters(list(parser.parse(gate["rest"], rx.flags)))
    assert letters is not None, f"{name}: the first letters of the pattern behind its gate cannot be read"
    allowed = re.compile(gate["cls"], rx.flags)
    missing = sorted(ch for ch in letters if not allowed.fullmatch(ch))
    assert not missing, f"{name}: its gate does not let through {missing}"
