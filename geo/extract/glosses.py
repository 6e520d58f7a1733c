"""Sentences that say what places are called: "A, B and C are the Azerbaijani names of the Armenian towns of X, Y
and Z", "A and B are known in Armenia as X and Y".

Such a sentence reports nothing (its places give no event), but it tells how the article's other sentences are
to be read: A is X wherever the article names it ("units stationed near A" are near X), even where the gazetteer
knows another place called A.
"""

import re
from typing import NamedTuple
from .. import prefilter

_NAME = r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
_LIST = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?"
# a name maybe followed by its form in another script in brackets: "Gubadli (Qubadlı)"
_BRACKETED = r"\s+\([^()]{1,30}\)"
_NOTED_NAME = rf"{_NAME}(?:{_BRACKETED})?"
_NOTED_LIST = rf"{_NOTED_NAME}(?:\s*,\s*{_NOTED_NAME})*(?:,?\s+and\s+{_NOTED_NAME})?"
# the sentence opens with the names, maybe after a label of up to 50 characters ("A note on spelling: ") and a
# live blog's time stamp before it ("11:30 "), then says what else they are called ("A is the name Baku uses for X",
# "A and B are the names used in Azerbaijan for X and Y", "B is what Azerbaijani statements call Y", "C is also spelt
# Z", "D appears as W in older maps", "E is the town the Russian press writes as V", "F is the small town that
# Armenians knew as ...", "G is a town of what Baku calls the X district"), or gives its other form at once ("H is
# written V in Azerbaijani texts", "J is called U by Armenians"); a name may carry its form in another script in
# brackets ("Translator's note: A (Ä) is ...")
_LABEL = r"(?:\d{1,2}[:.]\d\d\s+)?(?:[A-Z][\w'’ -]{0,50}:\s+)?"
_NAMES_SENTENCE = prefilter.compile(rf"^{_LABEL}(?P<names>{_NOTED_LIST})\s+(?:(?:is|are|was|were)\s+"
                                    r"(?:also\s+)?(?:(?:known|called|written|spelt|spelled)\s+(?:(?:in|by|to)\s+[\w'’-]+\s+)?as|"
                                    r"(?P<spelt>also\s+(?:written|spelt|spelled)|(?:written|spelt|spelled|called)(?=\s+[A-ZƏÇŞĞÜÖİ]))|"
                                    r"the\s+(?:[\w'’-]+\s+){0,2}?names?\s+(?:(?:[\w'’-]+\s+){1,3}?(?:uses?|used|gives?|gave)\s+"
                                    r"|(?:used|given)\s+(?:(?:in|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}?)?)?"
                                    r"(?:of|for)|what\s+(?:[\w'’-]+\s+){1,3}?call(?:s|ed)?|"
                                    r"(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village|district|place|settlement)\s+"
                                    r"(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,4}?(?:call(?:s|ed)?|writes?|wrote|spells?|spelt|"
                                    r"knew|know|knows))|"
                                    r"(?P<appears>(?:also\s+)?appear(?:s|ed)?\s+as))\s+")
# a line giving no more than a place and its other name, with no verb of its own: "A: Dadivank, also called
# Khudavang." (a quiz answer, a list entry: nothing told of the place; no gloss read, as for "A is also spelt B")
_NAME_AND_ALIAS = prefilter.compile(rf"^{_LABEL}{_NOTED_NAME},\s+(?:also\s+)?(?:called|known\s+as|written|spelt|spelled)\s+"
                                    rf"{_NOTED_NAME}(?:\s+(?:in|by|to)\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\s*[.!]?$")
# what the other names are names of: "the Armenian towns of X, Y and Z", or the names at once
_OTHER_NAMES = prefilter.compile(rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:towns?|villages?|cities|city|settlements?|places?)\s+of\s+"
                                 rf"(?P<list>{_LIST})|(?P<bare>{_LIST})")
_SEPARATOR = prefilter.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


class Gloss(NamedTuple):
    """A name the article says is another place's name."""

    name: str        # as written ("Istisu")
    other: str       # the name it stands for ("Jermuk")


# a name and the side or language it is that place's name for: "Şuşa in Azerbaijani", "Karvachar to Armenians",
# "Aghdara for Azerbaijan", "(Shushi) in Armenian", "Kelbajar in most Russian reports" (not "Lachin to Armenia")
_LANGUAGE_OR_PEOPLE = r"(?:Azerbaijani|Armenian|Russian|Turkish|Georgian|Persian)s?\b"
_NAME_FOR_SIDE = prefilter.compile(r"[(\"“]?[^\W\d_a-z][\w'’-]*[)\"”]?\s+(?:(?:in|to)\s+(?:most\s+)?(?:the\s+)?"
                                   + _LANGUAGE_OR_PEOPLE + r"|for\s+(?:the\s+)?(?:" + _LANGUAGE_OR_PEOPLE
                                   + r"|Azerbaijan\b|Armenia\b))")
MIN_NAMES_SIDE_BY_SIDE = 2
# the words one of which every _NAME_FOR_SIDE match holds (keep with _LANGUAGE_OR_PEOPLE)
_SIDE_NAME_WORDS = ("Azerbaijan", "Armenia", "Russian", "Turkish", "Georgian", "Persian")
# one side's name, then the other side's: "in Armenia it is called A; Azerbaijanis call it B"
_CALLED_BY_EACH = prefilter.compile(rf"\bcalled\s+{_NAME}[^.;]{{0,40}}[;,]\s+(?:but\s+|while\s+)?(?:the\s+)?"
                                    rf"{_LANGUAGE_OR_PEOPLE}\s+call\s+(?:it|them)\s+{_NAME}")
# a side's name for a place, said alone or beside the other side's: "Armenians call the town A", "Azerbaijanis
# call the city B and Armenians call it C" (the whole sentence, so "call the town A home" is not one)
_SIDE_CALLS = rf"(?:the\s+)?(?:[A-Z][\w'’-]+\s+){{1,2}}?(?:call|calls|called)\s+(?:it|them|the\s+(?:town|city|village|" \
              rf"district|area|region|place|settlement)s?)\s+{_NAME}"
# another source's form may follow ("..., and old maps gave it as B"), and a remark on the name ("..., a name that ...")
_GAVE_IT_AS = rf"\s*,?\s+and\s+[^.;]{{0,60}}?\b(?:gave|give|gives|wrote|write|writes|spelt|spell|spells|listed|lists|" \
              rf"marked|marks|showed|shows)\s+it\s+as\s+{_NAME}"
_SIDES_CALL = prefilter.compile(rf"^{_SIDE_CALLS}(?:\s*[,;]?\s+(?:and|while|but|whereas)\s+{_SIDE_CALLS}|\s*;\s*{_SIDE_CALLS}"
                                rf"|{_GAVE_IT_AS})?(?:\s*,\s+an?\s+(?:name|form|spelling)\b[^.;]*)?\s*[.!]?$")
# one side's names used for places named before: "outlets used the Azerbaijani names, A and B, for those districts"
_NAMES_USED_FOR = prefilter.compile(rf"\b(?:use[sd]?|using|gave|give[sn]?)\s+(?:the|their)\s+(?:[A-Z][\w'’-]+\s+)?"
                                    rf"names?\s*,?\s+{_LIST}\s*,?\s+for\b")
# the outlet's own usage, maybe after a short label: "We write Khankendi for the city Armenians call Stepanakert",
# "A note on spelling: this site uses Kalbajar for the district that ..."
_HOUSE_USAGE = prefilter.compile(rf"^(?:[A-Z][\w'’ -]{{0,30}}:\s+)?(?:[Ww]e|[Tt]his\s+(?:paper|site|newspaper|digest|agency|"
                                 rf"outlet|article|report))\s+(?:write|writes|use|uses|spell|spells|prefer|prefers)\s+"
                                 rf"{_NAME}\s+for\s+the\b")

# the outlet's style rule for a name, a note to its staff: "our written style is A", "the house spelling is B",
# "Please keep "C" as read on air" (how the name is written or read out, nothing that happened there)
_STYLE_NOTE = prefilter.compile(rf"\b(?:our|the|its|house)\s+(?:(?:written|house|own|print|online)\s+)?(?:style|spelling)\s+"
                                rf"(?:is|was|remains|uses|gives)\s+[\"“‘']?{_NAME}"
                                rf"|\b(?:[Kk]eep|[Uu]se|[Ww]rite|[Ss]pell)\s+[\"“‘']{_NAME}[\"”’']\s+as\s+"
                                rf"(?:read|said|spoken|written|spelt|spelled|pronounced)\b")

# a source said to write places under another side's names: "the ministry writes Armenian villages under Azerbaijani
# names: A for X, B for Y", "the statement lists the villages by their Azerbaijani names, so X appears as A", "reports
# name X and Y only under the names A and B" (how the places are written, nothing happening at them)
_UNDER_NAMES = prefilter.compile(r"\b(?:writes?|wrote|written|writing|lists?|listed|listing|names?|named|naming|gives?|gave|"
                                 r"given|refers?\s+to|referred\s+to|marks?|marked|shows?|showed|calls?|called)\b[^.;:]{0,80}?"
                                 r"\b(?:under|by|with|using)\s+(?:the\s+|their\s+|its\s+)?(?:[A-Z][\w'’-]+\s+)?names\b")


def names_sentence(sentence):
    """Does the sentence say what places are called: open with names and say what else they are called, or give
    one place's names side by side ("is Şuşa in Azerbaijani and Shushi in Armenian", "Kəlbəcər to Azerbaijanis,
    Karvachar to Armenians", "it is called A; Azerbaijanis call it B", "Armenians call the town A"), say which
    names a side used for places ("used the Azerbaijani names, A and B, for them"), or state the outlet's own
    usage ("we write A for the town Armenians call X", "our written style is A"), or say that a source writes
    places under another side's names ("the ministry writes the villages under their Azerbaijani names")?"""
    # (quick tests before the sentence-wide searches, for speed: every _NAME_FOR_SIDE match holds one of
    # _SIDE_NAME_WORDS, every _CALLED_BY_EACH match "called"; both patterns are case-sensitive)
    return (_NAMES_SENTENCE.match(sentence) is not None or _HOUSE_USAGE.match(sentence) is not None
            or ("," in sentence and _NAME_AND_ALIAS.match(sentence) is not None)
            or (any(map(sentence.__contains__, _SIDE_NAME_WORDS))
                and len(_NAME_FOR_SIDE.findall(sentence)) >= MIN_NAMES_SIDE_BY_SIDE)
            or ("called" in sentence and _CALLED_BY_EACH.search(sentence) is not None)
            or _SIDES_CALL.match(sentence) is not None
            or ("name" in sentence and _NAMES_USED_FOR.search(sentence) is not None)
            or ("names" in sentence and _UNDER_NAMES.search(sentence) is not None)
            or (("style" in sentence or "spelling" in sentence or " as " in sentence)
                and _STYLE_NOTE.search(sentence) is not None))


def glosses(sentence):
    """The names a names sentence pairs with other names, in order (none when the two lists differ in length)."""
    head = _NAMES_SENTENCE.match(sentence)
    if head is None or head.group("spelt") or head.group("appears"):
        return []                  # another spelling of one place ("A is also spelt B") reads nothing anew
    rest = _OTHER_NAMES.match(sentence, head.end())
    if rest is None:
        return []
    names = [re.sub(_BRACKETED, "", name) for name in _SEPARATOR.split(head.group("names"))]
    others = _SEPARATOR.split(rest.group("list") or rest.group("bare"))
    if len(names) != len(others):
        return []
    return [Gloss(a, b) for a, b in zip(names, others) if a != b]
