"""Compiled patterns that do not search a text lacking the words every match needs.

Most of the extractor's patterns look for a word ("shelled", "checkpoint",
"said") that most sentences do not contain, yet the regex engine tries every
position of the sentence before it gives up. ``compile`` reads a pattern once
(with the standard ``re`` module's own parser) for the words every match must
contain at least one of, each known to start a word of the text ("\\bshell",
"\\s+ministry"); a text's words are listed once (their first three and first
four letters, case folded) and a search whose pattern needs none of them
answers "no match" without running. Answers are those of the compiled pattern: a word
is taken only from what a match consumes (never from a lookaround), only where
the pattern itself puts a word boundary before it, and under IGNORECASE only
from letters whose every case-insensitive match folds to the same letter.

``match`` and ``fullmatch`` (anchored at one place, so quick to fail) go
straight to the compiled pattern, as does everything on a pattern with no such
words (``compile`` then returns the plain compiled pattern).
"""

import re
import string
import sys
from functools import lru_cache
from itertools import islice

try:                                          # the standard library's own parser (3.11: re._parser)
    from re import _constants as _c, _parser as _parse
except ImportError:                           # pragma: no cover (older layout)
    import sre_constants as _c
    import sre_parse as _parse

SHORTEST, LONGEST = 3, 4     # a word needle is a word's first 3 or 4 letters (fewer are everywhere; more cost more)
_CROSS = 64                  # the most strings a run of exact parts may spell before it is cut

# "İ" and "ı" fold to "i" here so that an IGNORECASE "i" (which matches both) finds its word; every other ASCII letter
# and digit matches, case-insensitively, only characters that case-fold to it (checked in the tests)
_DOTTED_I = {0x130: "i", 0x131: "i"}
_FOLD_SAFE = frozenset(string.ascii_letters + string.digits + "_")
_WORD = re.compile(r"\w+")
_WORD_START_CLASSES = {_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD}    # (not \D: it takes letters)


def _fold(text):
    return text.translate(_DOTTED_I).casefold()


def _is_word_char(ch):
    return ch.isalnum() or ch == "_"


class _Info:
    """What a part of a pattern tells, given whether it starts at a word edge (the place before it is the text's start
    or a non-word character): ``exact`` (the few strings it can match, when known), ``need`` (word needles one of which
    every match of it contains), ``lead`` (its first consumed character is at a word edge) and ``edge`` (the place
    after it is a word edge), and ``also``: more needle sets, each of which every match holds one of too (the words
    of the parts in a row other than the best one: "shelled ... village" needs "shel" and "vill")."""
    __slots__ = ("exact", "need", "lead", "edge", "also")

    def __init__(self, exact=None, need=None, lead=False, edge=False, also=()):
        self.exact, self.need, self.lead, self.edge, self.also = exact, need, lead, edge, also


_NOTHING = frozenset({""})


def _quality(needles):
    return (min(map(len, needles)), -len(needles)) if needles else (0, 0)


def _better(a, b):
    return a if _quality(a) >= _quality(b) else b


def _run_needles(strings, at_edge, ignorecase):
    """The word needles of exact strings that start at a word edge (``at_edge``) or not: for each string, the longest
    word it starts (at its edge, or after a non-word character in it). None unless every string has one."""
    found = set()
    for text in strings:
        best = ""
        for i, ch in enumerate(text):
            if not _is_word_char(ch) or not (at_edge if i == 0 else not _is_word_char(text[i - 1])):
                continue
            end = i
            while end < len(text) and _is_word_char(text[end]) and (not ignorecase or text[end] in _FOLD_SAFE):
                end += 1
            word = _fold(text[i:end])[:LONGEST]
            if len(word) > len(best):
                best = word
        if len(best) < SHORTEST:
            return None
        found.add(best)
    return frozenset(found)


def _non_word_literal(code, ignorecase):
    """Does a literal character match only non-word characters? Under IGNORECASE only one without case (which
    matches itself alone): the combining iota (U+0345), not a word character, matches the letters iota."""
    ch = chr(code)
    return not _is_word_char(ch) and (not ignorecase or ch.lower() == ch.upper())


def _literal_char(code, ignorecase):
    """A literal character as a string, or None where case-insensitive matching would let other letters in."""
    ch = chr(code)
    if ignorecase and ch not in _FOLD_SAFE and ch.lower() != ch.upper():
        return None
    return ch


def _class_info(items, ignorecase, at_edge):
    """A class of characters: a few plain ones spell exact strings ("[Ss]"); one of non-word characters only ("\\s",
    "[,;]", "\\W") leaves a word edge after it."""
    negated = bool(items) and items[0][0] is _c.NEGATE
    members = items[1:] if negated else items
    if negated:
        edge = bool(members) and all(op is _c.CATEGORY and av is _c.CATEGORY_WORD for op, av in members)
        return _Info(lead=at_edge, edge=edge)
    if members and len(members) <= 4 and all(op is _c.LITERAL for op, _ in members):
        chars = [_literal_char(av, ignorecase) for _, av in members]
        if all(chars):
            return _Info(exact=frozenset(chars), lead=at_edge,
                         edge=all(_non_word_literal(av, ignorecase) for _, av in members))
    edge = bool(members) and all((op is _c.CATEGORY and av in _WORD_START_CLASSES)
                                 or (op is _c.LITERAL and _non_word_literal(av, ignorecase)) for op, av in members)
    return _Info(lead=at_edge, edge=edge)


def _no_word_behind(av):
    """``(?<!\\w)``: a negative lookbehind for a word character."""
    direction, sub = av
    if direction != -1 or len(sub) != 1 or sub[0][0] is not _c.IN:
        return False
    items = sub[0][1]
    return len(items) == 1 and items[0] == (_c.CATEGORY, _c.CATEGORY_WORD)


_EDGE_AT = {_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BEGINNING_LINE}


def _sequence(items, ignorecase, at_edge, head=_NOTHING, head_edge=False):
    """Parts in a row: exact parts join into longer strings; the best needle set found anywhere is the need, the
    others found are ``also``. ``head`` is what a match has already spelled just before these parts (one of those
    strings, starting at a word edge when ``head_edge``), so that "s(?:hell|tr(?:uck|ike))" still yields whole words."""
    run, run_edge, whole, edge = head, (head_edge if head != _NOTHING else at_edge), True, at_edge
    found = []                        # every needle set found, in order (each one is needed by every match)
    for op, av in items:
        if run != _NOTHING and _takes_head(op, av):
            part = _node(op, av, ignorecase, edge, run, run_edge)
            if part.exact is not None and len(part.exact) <= _CROSS:
                run, edge = part.exact, part.edge
                continue
            whole = False
            found.append(_run_needles(run, run_edge, ignorecase))
            if part.exact is None:
                found += [part.need, *part.also]
            else:
                found.append(_run_needles(part.exact, run_edge, ignorecase))
            run, edge = _NOTHING, part.edge
            continue
        part = _node(op, av, ignorecase, edge)
        if part.exact is not None and len(run) * len(part.exact) <= _CROSS:
            if run == _NOTHING:
                run_edge = part.lead
            run = frozenset(a + b for a in run for b in part.exact)
            edge = part.edge
            continue
        whole = False
        if run != _NOTHING:
            found.append(_run_needles(run, run_edge, ignorecase))
        if part.exact is not None:
            run, run_edge = part.exact, part.lead
        else:
            found += [part.need, *part.also]
            run = _NOTHING
        edge = part.edge
    if whole:
        lead = run_edge if run != _NOTHING else edge
        return _Info(exact=run, lead=lead, edge=edge)
    if run != _NOTHING:
        found.append(_run_needles(run, run_edge, ignorecase))
    best = None
    for needles in found:
        best = _better(best, needles)
    also = tuple(dict.fromkeys(n for n in found if n and n != best))
    return _Info(need=best, lead=at_edge, edge=edge, also=also)


def _takes_head(op, av):
    """Can the part carry on the strings spelled before it (an alternation, or a group with no flag of its own)?"""
    if op is _c.BRANCH or op is getattr(_c, "ATOMIC_GROUP", None):
        return True
    return op is _c.SUBPATTERN and not (av[1] | av[2])


def _node(op, av, ignorecase, at_edge, head=_NOTHING, head_edge=False):
    """What one part tells (with ``head``: the part and the strings before it, for the parts ``_takes_head`` names)."""
    if op is _c.LITERAL:
        ch = _literal_char(av, ignorecase)
        edge = _non_word_literal(av, ignorecase)
        return _Info(exact=frozenset({ch}), lead=at_edge, edge=edge) if ch else _Info(lead=at_edge, edge=edge)
    if op is _c.IN:
        return _class_info(av, ignorecase, at_edge)
    if op is _c.AT:                                     # zero-width: what it asserts about the edge holds after it
        edge = True if av in _EDGE_AT else (False if av is _c.AT_NON_BOUNDARY else at_edge)
        return _Info(exact=_NOTHING, lead=edge, edge=edge)
    if op in (_c.ASSERT, _c.ASSERT_NOT):              # zero-width, and nothing it looks at is consumed
        edge = True if op is _c.ASSERT_NOT and _no_word_behind(av) else at_edge
        return _Info(exact=_NOTHING, lead=edge, edge=edge)
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & (_c.SRE_FLAG_ASCII | _c.SRE_FLAG_LOCALE):
            return _Info(lead=at_edge)
        if (add_flags | del_flags) & _c.SRE_FLAG_IGNORECASE:
            # "(?i:...)" or "(?-i:...)": read under its own case rule (its strings still join those around it: a
            # case-insensitive part spells only letters safe to fold, and the outer rule cuts a word at any other)
            return _sequence(sub, bool(add_flags & _c.SRE_FLAG_IGNORECASE), at_edge)
        return _sequence(sub, ignorecase, at_edge, head, head_edge)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av, ignorecase, at_edge, head, head_edge)
    if op is _c.BRANCH:
        alternatives = [_sequence(alt, ignorecase, at_edge, head, head_edge) for alt in av[1]]
        edge = all(a.edge for a in alternatives)
        if all(a.exact is not None for a in alternatives):
            union = frozenset().union(*(a.exact for a in alternatives))
            if len(union) <= _CROSS and all(a.lead == alternatives[0].lead for a in alternatives):
                return _Info(exact=union, lead=alternatives[0].lead, edge=edge)
        sets = [(a.need, *a.also) if a.exact is None else (_run_needles(a.exact, a.lead, ignorecase),)
                for a in alternatives]
        if not all(found[0] for found in sets):
            return _Info(lead=at_edge, edge=edge)
        # a match holds one needle of each set of the alternative it matches, so one set of each alternative, joined,
        # is needed: the first sets (the best) make the need, the second sets (or the first where there is none)
        # another needle set, and so on ("said ... troops|struck": {said, told, stru} and {troo, sold, stru})
        unions = [frozenset().union(*(found[min(k, len(found) - 1)] for found in sets))
                  for k in range(max(map(len, sets)))]
        also = tuple(dict.fromkeys(u for u in unions[1:] if u != unions[0]))
        return _Info(need=unions[0], lead=at_edge, edge=edge, also=also)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        once = _sequence(sub, ignorecase, at_edge)
        if low == high == 1:
            return once
        edge = once.edge if high == 1 else once.edge and _sequence(sub, ignorecase, once.edge).edge
        if low == 0:
            edge = edge and at_edge
            if high == 1 and once.exact is not None and once.lead == at_edge:
                return _Info(exact=once.exact | _NOTHING, lead=at_edge, edge=edge)
            return _Info(lead=at_edge, edge=edge)
        if once.exact is None:
            return _Info(need=once.need, lead=at_edge, edge=edge, also=once.also)
        return _Info(need=_run_needles(once.exact, once.lead, ignorecase), lead=at_edge, edge=edge)
    return _Info(lead=at_edge)                          # any character, a category, a back-reference, a condition


def needles(pattern, flags=0):
    """The word needles of ``pattern``: the casefolded first letters (3 or 4) of words one of which every match starts,
    or None when there are none."""
    sets = needle_sets(pattern, flags)
    return sets[0] if sets else None


def needle_sets(pattern, flags=0):
    """Every needle set of ``pattern`` (each one a set of word needles one of which every match starts), the best
    first (as :func:`needles`), or () when there are none."""
    if not isinstance(pattern, str):
        return ()
    try:
        parsed = _parse.parse(pattern, flags)
    except Exception:                                   # (re.compile reports a bad pattern itself)
        return ()
    if parsed.state.flags & (_c.SRE_FLAG_ASCII | _c.SRE_FLAG_LOCALE):    # word edges of another alphabet
        return ()
    ignorecase = bool(parsed.state.flags & _c.SRE_FLAG_IGNORECASE)
    try:
        whole = _sequence(parsed.data, ignorecase, False)
    except Exception:                                   # pragma: no cover (a parser of another Python: no needles)
        return ()
    if whole.exact is not None:
        found = _run_needles(whole.exact, whole.lead, ignorecase)
        return (found,) if found else ()
    if not whole.need:
        return ()
    found = (whole.need, *whole.also)
    return tuple(n for n in found if not any(other < n for other in found))   # (a set holding another tests nothing)


_WORDS_OF = {}
_WORDS_KEPT = 2048           # texts whose words are kept; past it the older half is dropped (an article's texts stay)


def words_in(text):
    """The casefolded first 3 and first 4 letters of every word of ``text`` (kept for the texts searched most
    recently)."""
    found = _WORDS_OF.get(text)
    if found is None:
        if len(_WORDS_OF) >= _WORDS_KEPT:
            # drop the texts listed first (dicts keep their order), not all: clearing all at once lost the texts of
            # the article being read, listed again at its next search
            for old in list(islice(_WORDS_OF, _WORDS_KEPT // 2)):
                del _WORDS_OF[old]
        if text.isascii():                     # (folding ASCII is lower-casing, and keeps every word whole)
            words = _WORD.findall(text.lower())
        else:
            words = [word.casefold() for word in _WORD.findall(text.translate(_DOTTED_I))]
        found = _WORDS_OF[text] = frozenset([word[:3] for word in words] + [word[:4] for word in words])
    return found


class Prefiltered:
    """A compiled pattern that answers "no match" at once when none of its word needles starts a word of the text
    (nor when none of the needles of one of its other needle sets, ``also``, does)."""
    __slots__ = ("compiled", "needles", "also", "pattern", "flags", "groups", "groupindex", "match", "fullmatch",
                 "scanner")

    def __init__(self, compiled, needles, also=()):
        self.compiled, self.needles = compiled, frozenset(needles)
        self.also = tuple(sorted(map(frozenset, also), key=_quality, reverse=True))   # (the rarest words first)
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.groups, self.groupindex = compiled.groups, compiled.groupindex
        self.match, self.fullmatch, self.scanner = compiled.match, compiled.fullmatch, compiled.scanner

    def __repr__(self):
        return f"prefilter.compile({self.pattern!r})"

    def possible(self, text):
        """Can the pattern match anywhere in ``text``: does one of its needles start a word of it (and one of each
        other needle set's)?"""
        words = _WORDS_OF.get(text) or words_in(text)
        if self.needles.isdisjoint(words):
            return False
        return not self.also or not any(map(words.isdisjoint, self.also))

    def search(self, string, pos=0, endpos=sys.maxsize):
        words = _WORDS_OF.get(string) or words_in(string)
        if self.needles.isdisjoint(words) or (self.also and any(map(words.isdisjoint, self.also))):
            return None
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        words = _WORDS_OF.get(string) or words_in(string)
        if self.needles.isdisjoint(words) or (self.also and any(map(words.isdisjoint, self.also))):
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        return self.compiled.findall(string, pos, endpos) if self.possible(string) else []

    def sub(self, repl, string, count=0):
        return self.compiled.sub(repl, string, count) if self.possible(string) else string

    def subn(self, repl, string, count=0):
        return self.compiled.subn(repl, string, count) if self.possible(string) else (string, 0)

    def split(self, string, maxsplit=0):
        return self.compiled.split(string, maxsplit) if self.possible(string) else [string]


@lru_cache(maxsize=1024)
def compile(pattern, flags=0):
    """``re.compile``, returning a :class:`Prefiltered` when the pattern has word needles. (Kept per pattern and flags,
    as ``re`` keeps its compiled patterns: a pattern built in a function is read once.)"""
    if isinstance(pattern, Prefiltered):
        return pattern
    compiled = re.compile(pattern, flags)
    found = needle_sets(pattern, flags)
    return Prefiltered(compiled, found[0], found[1:]) if found else compiled
