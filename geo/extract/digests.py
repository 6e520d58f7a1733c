"""Press digests of one country's papers: their unnamed voices are that country's press.

A digest says in its heading whose papers it reads ("PRESS DIGEST — the Georgian weekly papers", "Weekly review,
translated from Armenian"). Its sentences then cite the papers without naming them: "the papers wrote", "a local
reporter wrote", "commentators recalled", "an editorial noted". Each is that country's media, as an outlet of it
named by name would be. A digest reading several countries' papers names no one country's press.
"""


from .. import prefilter
from .actors import canonical_actor
from .lexicon import ADJ_COUNTRY, CAPITAL_COUNTRY

# the sentences a digest's heading may take (its title, its subtitle, its week)
HEADING_SENTENCES = 3
# a heading saying the text is a digest or review of the press
_DIGEST = prefilter.compile(r"(?i)\b(?:digest|(?:press|media|newspaper)\s+(?:review|round-?up))\b")
# the country whose papers it reads: "the Georgian weekly papers", "translated from (the) Armenian" (or several:
# "the Russian, Azerbaijani and Iranian papers")
# or a capital's: "BAKU PRESS REVIEW", "the press of Yerevan" (a language's papers, "Russian-language press", name no
# country: "language" is no nation's word)
_PAPERS_OF = prefilter.compile(r"(?i)\b(?P<a>[a-z]+(?:(?:,\s*|,?\s+and\s+)[a-z]+)*)\s+(?:(?:weekly|daily|regional|local|national)\s+)?(?:papers|newspapers|"
                               r"press|dailies|weeklies|media)\b|\btranslated\s+from\s+(?:the\s+)?(?P<b>[a-z]+)\b|"
                               r"\b(?:press|papers|newspapers|media)\s+of\s+(?P<c>[A-Z][a-z]+)\b")
# an unnamed voice of the press: "papers", "one paper", "local reporter", "Commentators", "columnist in one daily"
# (its kind after a compound adjective too: "a Russian-language weekly", "a columnist in a pro-government daily")
_PRESS_VOICE = prefilter.compile(r"(?i)(?:(?:one|a|an|the|local|several|some|many|other|another|same|[a-z]+-[a-z]+)\s+)*"
                                 r"(?:papers?|newspapers?|dailies|daily|weeklies|weekly|(?:web)?sites?|"
                                 r"reporters?|journalists?|commentators?|editorials?|columnists?|press|media)"
                                 r"(?:\s+(?:in|of)\s+(?:one|a|an|the|"
                                 r"another)\s+(?:[a-z]+-[a-z]+\s+)?(?:paper|newspaper|daily|weekly|(?:web)?site))?")


def _nation_of(word):
    """The nation's adjective of a nation's word or of its capital ("Armenian", "Baku" → "Azerbaijani"), or None."""
    word = word.lower()
    return ADJ_COUNTRY.get(word) or ADJ_COUNTRY.get(CAPITAL_COUNTRY.get(word, "").lower())


def digest_press(sentences):
    """The media label of the one country whose papers the article's heading says it digests ("Georgian media"),
    or "" (no digest, or a digest of several countries' papers)."""
    heading = " ".join(sentences[:HEADING_SENTENCES])
    if not _DIGEST.search(heading):
        return ""
    nations = {_nation_of(word) for m in _PAPERS_OF.finditer(heading)
               for word in _LIST_SPLIT.split(m.group("a") or m.group("b") or m.group("c"))}
    nations.discard(None)
    label = f"{nations.pop()} media" if len(nations) == 1 else ""
    return label if canonical_actor(label) else ""


_LIST_SPLIT = prefilter.compile(r",\s*(?:and\s+)?|\s+and\s+")
# a digest's section heading naming whose press it summarises: "RUSSIAN PRESS", "Azerbaijani papers", "Baku media"
_SECTION_PRESS = prefilter.compile(r"(?i)\s*(?P<nation>[a-z]+)\s+(?:press|papers|newspapers|media)\s*:?\s*")


def section_press(sentences, headings):
    """Sentence index → the media label of the country whose press the section it lies in summarises, after a
    section heading naming it ("RUSSIAN PRESS"), up to the next heading: a digest of several countries' papers
    gives each its own section, where "the paper said" is that country's press."""
    out, label = {}, ""
    for k, text in enumerate(sentences):
        if k in headings:
            m = _SECTION_PRESS.fullmatch(text)
            nation = _nation_of(m.group("nation")) if m else None
            label = f"{nation} media" if nation and canonical_actor(f"{nation} media") else ""
        elif label:
            out[k] = label
    return out


def press_voice(claimant, press):
    """``press`` (a digest's country's media) for a claimant that is an unnamed voice of the press, else the
    claimant."""
    return press if press and _PRESS_VOICE.fullmatch(claimant.strip()) else claimant
