"""Extract candidate events from a news article: text → sentences → place mentions → events.

A user pastes or uploads an English news report; this module proposes the
events a reviewer then accepts, fixes or rejects (``geo.review``). It is a
transparent rule-based pipeline, fast enough to run as the user types and easy
to correct when it is wrong:

1. **Text**: :mod:`geo.article` reads the file and removes markup and page
   furniture.
2. **Sentences**: each paragraph is split into sentences, keeping
   abbreviations such as "Sept." and "U.S." intact.
3. **Place mentions**: runs of capitalised words are looked up in the offline
   gazetteer (:mod:`geo.gazetteer`), longest first, with fuzzy matching for
   typos ("Yevlah") where the context says a place follows ("in", "near",
   "village of"). GeoNames has many villages and world towns whose names are
   English words or people's names, so a mention is kept only when it is
   capitalised mid-sentence or not a common word, is not part of a person's or
   an organisation's name, and is not a capital standing for its government
   ("Baku said", "Yerevan accuses"). Places abroad (Geneva, Moscow, Brussels)
   are kept only where something happens there: a meeting, a visit, talks.
4. **Events**: the sentence's wording nearest to the place decides the layer
   and kind (shelling, firing, missile, drone, rocket → ``shelling``;
   checkpoint, barrier, blockade, blocking → ``checkpoints``; road, route,
   corridor, bypass, closure → ``corridors``; anything else → ``other``), the
   nearest date expression gives the date (:mod:`geo.dates`), and the nearest
   attribution ("Azerbaijan said", "according to Dargahli") gives
   ``claimed_by``. Two sides' claims about the same place stay two candidates.
   Corridor places of one sentence become one candidate with its waypoints in
   order.

The result of :func:`extract_files` is a GeoJSON FeatureCollection (lon/lat),
one Feature per candidate, with the event fields of docs/design.md plus
``date_certain`` (False when only the publication date is known), the place as
resolved, and how it was matched.
"""

import logging
import datetime as dt
import hashlib
import re
from functools import lru_cache
from typing import NamedTuple

from .article import article_text, read_article
from .dates import find_dates
from .errors import GeoError
from .gazetteer import REGION, load_gazetteer
from .names import name_keys, query_keys

log = logging.getLogger(__name__)

EVENT_COUNTRIES = ("AM", "AZ")            # Nagorno-Karabakh is filed under AZ in GeoNames
MIN_POPULATION_WITHOUT_CONTEXT = 1000     # smaller villages need "in", "near", "village of"...
MIN_POPULATION_ABROAD = 100_000
MAX_WORDS_IN_NAME = 4

# -- word lists ------------------------------------------------------------------------------

_STOP = set("""
a about above according across after again against ago all almost along also although always am
among an and another any are around as at away back be because been before being below between
both but by can could did do does down during each either even ever every few for from further
had has have he her here hers him his how however i if in into is it its just last late later
least less like many may me meanwhile might more most much must my near neither never new next no
nor not now of off often on once one only or other our out over own per perhaps same several she
should since so some still such than that the their them then there these they this those though
through thus to too under until up upon us very was we well were what when where whether which
while who whom whose why will with within without would yet you your
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december sept jan feb mar apr jun jul aug oct nov dec
mr mrs ms dr gen prof president minister prime foreign defense defence ministry spokesman
spokeswoman army forces military government state news agency press reuters afp ap bbc tass
interfax read find more top reads said says told reported earlier today yesterday overnight
breaking update live video photo first second third north south east west central northern
southern eastern western new old great union republic national international independence
security council office people human rights peace war attack fire day week month year time
free open close sell buy vol trading previous opinion analysis comment share email print
""".split())

# Countries and the disputed region: where the conflict is, not where an event is.
_NOT_EVENT_PLACES = {k for name in (
    "Armenia", "Azerbaijan", "Georgia", "Russia", "Turkey", "Türkiye", "Iran", "Karabakh",
    "Nagorno-Karabakh", "Nagorno Karabakh", "Nagorny Karabakh", "Artsakh", "Caucasus",
    "South Caucasus", "Europe", "Ukraine", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan",
    "France", "Israel", "Syria", "America", "United States", "Soviet Union", "USSR", "EU", "UN",
    "NATO", "OSCE", "CSTO", "Minsk Group", "Pakistan", "India", "China", "Afghanistan",
    "Mediterranean", "Black Sea", "Caspian", "Caspian Sea", "Upper Karabakh", "Mountainous Karabakh",
    "Kremlin") for k in name_keys(name)}

# Capitals that stand for their government far more often than for the city.
_CAPITALS = {k for name in ("Baku", "Yerevan", "Tbilisi", "Moscow", "Ankara", "Tehran", "Washington",
                            "Paris", "Brussels", "Berlin", "London", "Kyiv", "Minsk")
             for k in name_keys(name)}
_CAPITAL_COUNTRY = {"baku": "Azerbaijan", "yerevan": "Armenia", "moscow": "Russia", "kremlin": "Russia",
                    "ankara": "Turkey", "tbilisi": "Georgia", "tehran": "Iran", "washington": "United States",
                    "stepanakert": "Nagorno-Karabakh authorities",
                    "khankendi": "Nagorno-Karabakh authorities", "xankendi": "Nagorno-Karabakh authorities"}

_GEO_NOUNS = {"bridge", "checkpoint", "corridor", "road", "highway", "route", "airport", "airfield",
              "district", "region", "province", "village", "town", "city", "reservoir", "river",
              "pass", "base", "border", "crossing", "gorge", "valley", "mountain", "mountains",
              "heights", "hill", "lake", "dam", "station", "international", "raion", "rayon",
              "marz", "oblast", "exclave", "enclave", "settlement", "area", "front", "direction", "sector",
              "outskirts",
              "post", "center", "centre", "hospital", "school", "market", "market", "cathedral",
              "mosque", "church", "bypass", "motorway", "railway", "tunnel", "plant", "dam"}
_SITE_NOUNS = ("bridge", "checkpoint", "airport", "reservoir", "river")
_PIPELINE_NOUNS = {"pipeline", "pipelines", "railway", "rail", "railroad", "gas", "oil", "line", "group",
                   "format", "process", "talks", "agreement", "declaration", "statement", "summit",
                   "platform", "war", "conflict", "accord", "accords"}
_LOCATIVE = {"in", "at", "near", "outside", "around", "from", "to", "into", "towards", "toward", "via",
             "through", "across", "on", "onto", "of", "between", "and", "or", "over", "along", "reached",
             "entered", "captured", "liberated", "took", "shelled", "struck", "hit", "targeted",
             "attacked", "bombed", "shelling", "bypassing", "past", "beyond", "inside", "within",
             "village", "town", "city", "settlement", "district", "region", "province", "northern",
             "southern", "eastern", "western", "central", "outskirts"}
_CAPITAL_LOCATIVE = {"in", "at", "near", "outside", "around", "from", "to", "into", "towards", "toward",
                     "on", "over", "across", "inside", "reached", "entered", "shelled", "struck", "hit",
                     "targeted", "attacked", "bombed", "of", "city"}
_SEAT_OF_POWER = re.compile(r"\b(officials?|government|authorities|leadership|administration|"
                            r"diplomats?|sources|ministry|parliament|regime)\s+(?:based\s+)?in\s+$")
_INSTITUTION_NOUNS = {"governor", "governorate", "administration", "officials", "authorities",
                      "government", "mayor", "office", "leadership", "ombudsman", "parliament"}
_FOREIGN_LOCATIVE = {"in", "at", "to", "visit", "visiting", "visited", "hosted"}
_TITLES = {"president", "minister", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
           "official", "analyst", "journalist", "reporter", "commander", "general", "colonel",
           "mr", "mrs", "ms", "dr", "chairman", "leader", "deputy", "mayor", "adviser", "advisor",
           "aide", "lt", "col", "gen", "sgt", "writer", "editor", "correspondent", "scholar",
           "researcher", "head", "chief", "secretary", "counterpart", "premier", "pm", "fm"}
_METONYMY_VERBS = re.compile(
    r"^(?:['’]s\s+)?(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+|previously\s+|repeatedly\s+|"
    r"has\s+not\s+|did\s+not\s+|does\s+not\s+|would\s+|will\s+|could\s+|should\s+|must\s+)?"
    r"(said|says|say|claims?|claimed|insists?|insisted|insisting|accus\w+|den(?:y|ies|ied)|wants?|"
    r"wanted|wanting|announced|announces|reject\w*|respond\w*|condemn\w*|agree[sd]?|urge[sd]?|"
    r"urging|demand\w*|warn\w*|refuse[sd]?|blame[sd]?|argue[sd]?|welcome[sd]?|believes?|considers?|"
    r"hopes?|publici[sz]ed|regain\w*|sees|views?|expects?|called|calls|asked|asks|threaten\w*|"
    r"reported|reports|stated|states|confirmed|confirms|arrested|"
    r"responded|replied|pledged|backs|backed|supports?|supported|recogni[sz]\w+|describ\w+|"
    r"insists?|portray\w*|presents?|presented)\b",
    re.I)
_SPEECH_VERB = (r"said|says|say|saying|claimed|claims|claim|reported|reports|announced|announces|stated|"
                r"states|told|tells|tell|alleged|alleges|accused|accuses|accuse|insisted|insists|insist|"
                r"confirmed|confirms|denied|denies|deny|wrote|writes|tweeted|posted|added|noted|warned|declared|asserted|"
                r"charged|blamed|blames|maintained|maintains|quoted|cited|showed|shows|published")
_ATTRIB_VERB = re.compile(rf"(?<!\w)(?=[a-z])(?:{_SPEECH_VERB})\b")
_ACCORDING = re.compile(r"\b(?:according to|citing|cited by|quoted by|as reported by|said by)\s+"
                        r"(?P<who>[^,.;:()\"“”]+)", re.I)
_INVERTED = re.compile(r"[,\"”’]\s*(?:said|says|added|noted|wrote|claimed|reported)\s+"
                       r"(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?)\s*(?=[.,;]|$)")
_ACTOR_NOUNS = re.compile(r"\b(authorities|officials?|journalists?|reporters?|ministry|ministries|"
                          r"military|spokes(?:man|woman|person)|government|residents?|witnesses|media|"
                          r"army|forces|office|service|department|agency|troops|sources?|mission|"
                          r"peacekeepers?|observers?|monitors?|activists?|ombudsman|police|officers?|"
                          r"commanders?|side|command|travell?ers|drivers|villagers|locals|eyewitnesses|people|"
                          r"medics|doctors|rescuers|volunteers)\b", re.I)
_PRONOUNS = {"it", "he", "she", "they", "the ministry", "the statement", "the report", "the agency",
             "ministry", "his ministry", "her ministry", "its ministry", "statement", "report", "agency"}
# "according to them": only the claimant of the sentence just before, never one further back
_OBJECT_PRONOUNS = {"them", "him", "her"}
_ADJ_COUNTRY = {"azerbaijani": "Azerbaijani", "azeri": "Azerbaijani", "azerbaijan": "Azerbaijani",
                "armenian": "Armenian", "armenia": "Armenian", "russian": "Russian", "russia": "Russian",
                "turkish": "Turkish", "turkey": "Turkish", "iranian": "Iranian", "iran": "Iranian",
                "us": "US", "u.s.": "US", "american": "US", "french": "French", "france": "French",
                "georgian": "Georgian", "karabakh": "Karabakh", "artsakh": "Karabakh",
                "eu": "EU", "european": "EU"}
_NATION = re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in sorted(_ADJ_COUNTRY, key=len, reverse=True))
                     + r")(?:'s)?\b")


# -- cue lexicon: what happened at the place -------------------------------------------------

def _cues(*pairs):
    return [(re.compile(rx, re.I), kind) for rx, kind in pairs]


def _combined(cues):
    """One regex for a list of cues, one named group per kind: a single pass per sentence."""
    parts = [f"(?P<k{i}>{rx.pattern})" for i, (rx, _) in enumerate(cues)]
    # every cue starts a word: trying word starts only makes the scan several times faster
    return (re.compile(r"(?<!\w)(?=\w)(?:" + "|".join(parts) + ")"),
            {f"k{i}": kind for i, (_, kind) in enumerate(cues)})


_SHELLING = _cues(
    (r"\bmissiles?\b|\bballistic\b|\biskanders?\b|\bscuds?\b|\btochka\b", "missile"),
    (r"\bdrones?\b|\buavs?\b|\bbayraktars?\b|\bloitering munitions?\b|\bkamikaze\b", "drone"),
    (r"\brockets?\b|\bgrads?\b|\bsmerch\b|\bmlrs\b|\bcluster (?:munitions?|bombs?)\b", "rocket"),
    (r"\bshell(?:s|ed|ing)\b|\bartillery\b|\bmortars?\b|\bbombard\w*|\bhowitzers?\b|\bshellfire\b|"
     r"\bpound(?:ed|ing|s)\b",
     "artillery"),
    (r"\bfir(?:ed|ing)\s+(?:first\s+|back\s+|again\s+|repeatedly\s+)?(?:at|on|upon|into|towards?)\b|"
     r"\bopened fire\b|\bunder fire\b|\bgunfire\b|"
     r"\bunder (?:heavy |intense |constant |renewed |artillery |rocket )?fire\b|\bsnipers?\b|\bshots?\b|\bexchanges? of fire\b|\bsmall arms\b|"
     r"\b(?:exchang|trad|return)(?:ed|ing|es|e|s)? (?:of )?fire\b", "firing"),
    (r"\bair ?strikes?\b|\bairstrikes?\b|\bbomb(?:s|ed|ing)\b|\bair raids?\b", "airstrike"),
    (r"\battack(?:s|ed|ing)?\b|\bassaults?\b|\bstrikes?\b|\bstruck\b|\bhit\b|\btarget(?:ed|ing)\b|"
     r"\bexplosions?\b|\bblasts?\b|\bdestroyed\b|\bdamaged\b", "attack"),
)
_CHECKPOINTS = _cues(
    (r"\bcheck-?\s?points?\b|\bborder (?:post|control|crossing)s?\b|\bcustoms\b|\bpassport control\b",
     "checkpoint"),
    (r"\bblockade\w*|\bblock(?:ed|ing)\b|\bblocks?(?=\s+(?:the|a|an|all|any|its|their|traffic|access|roads?|routes?)\b)|\bblockage\b|\bsealed off\b|\bcut off\b|\bsit-in\b", "blockade"),
    (r"\bbarriers?\b|\bbarricades?\b|\broadblocks?\b|\bboom gate\b", "barrier"),
)
_CORRIDOR_ACTIONS = _cues(
    (r"\bbypass\w*|\bdetour\w*|\breroute\w*|\bswitch(?:ed|es)? to\b", "route_change"),
    (r"\bclos(?:ed|ure|ing|es)\b|\bshut\b", "closure"),
    (r"\bpropos\w+|\boffer\w*|\bplanned\b|\bwould (?:run|pass|link)\b", "proposal"),
    (r"\bre-?open\w*|\bopen(?:ed|ing)\b", "route"),
)
_CORRIDOR_NOUNS = _cues(
    (r"\bcorridors?\b|\broads?\b|\broutes?\b|\bhighways?\b|\bmotorway\b|\bpassage\b|\btransit\b|"
     r"\bconvoys?\b|\brail(?:way|road)?s?\b|\brail links?\b|\btransport links?\b|\bsupply (?:lines?|routes?)\b|"
     r"\blifeline\b|\bland (?:links?|bridge)\b|\b(?:dirt|mountain|gravel) (?:tracks?|roads?)\b", "route"),
)
_CORRIDOR_KINDS = _cues(
    (r"\bbypass\w*|\bdetour\w*|\breroute\w*|\bnew (?:road|route)\b|\balternative (?:road|route)\b",
     "route_change"),
    (r"\bclos(?:ed|ure|ing|es)\b|\bshut\b", "closure"),
    (r"\bpropos\w+|\boffer\w*|\bplann?(?:ed|ing)?\b|\bwould (?:run|pass|link|connect)\b|\bwants?\b", "proposal"),
)
_OTHER = _cues(
    (r"\btalks\b|\bmeet(?:s|ing|ings)?\b(?!\s+(?:it|them|the (?:old |main )?(?:road|highway|route))\b)|\bmet\b|\bsummit\b|\bnegotiat\w+|\bconference\b|"
     r"\bvisit\w*|\bhosted\b|\benvoys?\b|\bdiscuss\w*|\bmediat\w+|\bsign(?:ed|ing)\b|\bagreed\b",
     "meeting"),
    (r"\bprotest\w*|\brall(?:y|ies|ied|ying)\b|\bdemonstrat\w+", "protest"),
    (r"\bhumanitarian\b|\baid\b|\bsupplies\b|\bevacuat\w+|\brefugees?\b|\bfled\b|\bflee\b", "humanitarian"),
    (r"\bkilled\b|\bwounded\b|\binjured\b|\bcasualt\w+|\bdead\b", "casualties"),
)
# Where someone speaks, lives, shelters or works: the place is the scene, not what happened there.
_BACKGROUND = _cues(
    (r"\btold (?:reporters|journalists|a news conference|a briefing)\b|\b(?:news|press) conferences?\b|"
     r"\bbriefing\b|\b(?:televised |video |public )?address\b|\bspeaking\b|\bspoke\b|\bsaid\b|\bsays\b|"
     r"\binterview\b|\breporters?\b|\bjournalists?\b|\bcorrespondents?\b", "presence"),
    (r"\b(?:air[- ]raid )?sirens?\b|\bresidents?\b|\bfamil(?:y|ies)\b|\bhospitals?\b|\bschools?\b|"
     r"\bshelters?\b|\bsheltering\b|\bbasements?\b|\bqueu(?:ed|ing|es?)\b|\bshops?\b|"
     r"\brescue(?:rs| workers| teams)\b|\bteams?\b|\bpatients\b|\bpatrols?\b|\bmonitors\b|"
     r"\bfunerals?\b|\bmourners\b|\bhomes?\b", "civilian"),
)
_BG_KINDS = {"presence", "civilian"}
_CONTROL = _cues(
    (r"\bhand(?:ed|ing|s)? over\b|\bhandover\b|\bwithdr[ae]w\w*|\breturned to\b|\btransferred\b|"
     r"\btake back\b|\btook back\b", "handover"),
    (r"\bcaptur\w+|\bliberat\w+|\b(?:took|takes|take|taken|gain(?:ed|s)?) control\b|\bseized?\b|"
     r"\bentered\b|\bhad taken\b|\bchanged hands\b|\bfell to\b", "control"),
)
_WEAPONS = ("missile", "drone", "rocket", "artillery", "airstrike")
_PRIORITY = {"shelling": 0, "checkpoints": 1, "corridors": 2, "other": 3}
_CLAUSE_BREAK = re.compile(
    r";|,\s*(?:while|whereas|but|and\s+(?:that|said))\b|\s(?:while|whereas)\s|\.\s|:\s|"
    # "... as rescuers searched", "... as the corridor stays blocked": a new clause with its own subject
    r"(?<!such)(?<!well)(?<!\bso)(?<!\bas long)(?<!known)(?<!same)(?<!called)(?<!described)(?<!seen)"
    r"(?<!regarded)(?<!served)(?<!acted)(?<!used)"
    r"\s+as\s+(?=(?:the|a|an|its|their|his|her|[A-Za-z]+(?:ers|ors|s)|[A-Z][\w-]+)\s)|"
    # "... took control of X and destroyed ...": a coordinated predicate
    r"\s+and\s+(?=(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|said|told|took|hit|shot|struck|set|cut|began|sent|"
    r"made|left|saw|drove|shut|put|says|warned)\b)")
_CUE_GROUPS = [("shelling", _combined(_SHELLING), True), ("checkpoints", _combined(_CHECKPOINTS), True),
               ("corridors", _combined(_CORRIDOR_ACTIONS), True), ("other", _combined(_CONTROL), True),
               ("corridors", _combined(_CORRIDOR_NOUNS), False), ("other", _combined(_OTHER), False),
               ("other", _combined(_BACKGROUND), False)]
_KIND_STATUS = {"route": "open", "route_change": "open", "closure": "closed", "proposal": "proposed"}


# -- data types ------------------------------------------------------------------------------

class Mention(NamedTuple):
    """A place found in a sentence."""

    text: str                 # as written
    begin: int                # offsets in the sentence
    end: int
    place: object             # geo.gazetteer.Place
    how: str                  # exact | fuzzy
    score: float
    abroad: bool


class Sentence(NamedTuple):
    text: str
    paragraph: int
    index: int


# -- sentences -------------------------------------------------------------------------------

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "sept",
                  "sep", "oct", "nov", "dec", "jan", "feb", "aug", "apr", "jun", "jul", "mar", "no",
                  "vs", "etc", "inc", "jr", "sr", "prof", "rep", "sen", "gov", "pres", "approx", "fig",
                  "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "ft", "km", "vol", "op"}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9ƏÇŞĞÜÖİ])")


def split_sentences(text):
    """Split article text into sentences, paragraph by paragraph.

    Returns
    -------
    list of Sentence
    """
    out = []
    for p, paragraph in enumerate(line for line in text.split("\n") if line.strip()):
        start = 0
        for m in _BOUNDARY.finditer(paragraph):
            before = paragraph[start:m.start()].rstrip("\"”’')]")
            word = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.split() else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            sentence = paragraph[start:m.start()].strip()
            if sentence:
                out.append(Sentence(sentence, p, len(out)))
            start = m.end()
        tail = paragraph[start:].strip()
        if tail:
            out.append(Sentence(tail, p, len(out)))
    return out


# -- place mentions --------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"['’]s?$")
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.U)
_PLACE_WORD = re.compile(r"^[A-ZƏÇŞĞÜÖİÀ-ÞĀ-ſ]")


def _tokens(sentence):
    """(text, begin, end) of each word, with possessives and trailing dots removed."""
    out = []
    for m in _TOKEN.finditer(sentence):
        word, begin = m.group(0), m.start()
        if word[-1] in "'’s.-":
            word = _POSSESSIVE.sub("", word).rstrip(".-")
        if word:
            out.append((word, begin, begin + len(word)))
    return out


def _runs(sentence, tokens):
    """Runs of consecutive capitalised tokens, separated only by single spaces."""
    runs, current = [], []
    for i, (word, begin, end) in enumerate(tokens):
        capital = bool(_PLACE_WORD.match(word))
        if capital and current and sentence[current[-1][2]:begin] == " ":
            current.append((word, begin, end, i))
            continue
        if current:
            runs.append(current)
        current = [(word, begin, end, i)] if capital else []
    if current:
        runs.append(current)
    return runs


class _Finder:
    """Place-mention finder bound to one gazetteer, with its own caches."""

    def __init__(self, gazetteer):
        self.g = gazetteer
        self._lookup_cache = {}
        self._fuzzy_cache = {}
        try:
            import justext
            self.stop = _STOP | {w for w in justext.get_stoplist("English") if w.isalpha()}
        except Exception:         # justext ships with trafilatura; the short list is enough
            self.stop = set(_STOP)

    def lookup(self, phrase):
        """Region-first candidates of a phrase (cached): (region places, places abroad)."""
        hit = self._lookup_cache.get(phrase)
        if hit is None:
            found = self.g.candidates(phrase)
            keys = set(query_keys(phrase))
            region = [p for p in found if p.country in REGION]
            abroad = [p for p in found if p.country not in REGION and keys & set(name_keys(p.name))
                      and (p.source == "curated" or p.population >= MIN_POPULATION_ABROAD)]
            hit = self._lookup_cache[phrase] = (region, abroad)
        return hit

    def fuzzy(self, word):
        """A typo's region match ("Yevlah" → Yevlakh), or None (cached)."""
        if word not in self._fuzzy_cache:
            match = None
            if len(word) >= 5 and word.lower() not in self.stop:
                try:
                    m = self.g.resolve(word)
                    if m.how == "fuzzy" and m.place.country in EVENT_COUNTRIES:
                        match = m
                except GeoError:
                    match = None
            self._fuzzy_cache[word] = match
        return self._fuzzy_cache[word]

    def mentions(self, sentence, tokens=None):
        """Place mentions of one sentence, in order.

        Parameters
        ----------
        sentence : str

        Returns
        -------
        list of Mention
        """
        tokens = tokens if tokens is not None else _tokens(sentence)
        out = []
        for run in _runs(sentence, tokens):
            out.extend(self._run_mentions(sentence, tokens, run))
        return out

    def _run_mentions(self, sentence, tokens, run):
        words = [w for w, *_ in run]
        # leading function words capitalised by position: "In Ganja", "The Lachin road"
        while words and words[0].lower() in self.stop:
            run, words = run[1:], words[1:]
        if not run:
            return []
        found, unmatched, i = [], [], 0
        while i < len(run):
            for j in range(min(len(run), i + MAX_WORDS_IN_NAME), i, -1):
                phrase = " ".join(words[i:j])
                hits = self._phrase(sentence, tokens, run, i, j, phrase)
                if hits:
                    found.extend(hits)
                    i = j
                    break
            else:
                unmatched.append(words[i])
                i += 1
        found = [m for m in found if m is not None]
        if not found:
            return []
        # a place word inside a person's or an organisation's name: "Vagif Dargahli", "Minsk Group"
        others = [w for w in unmatched if w.lower() not in _GEO_NOUNS and w.lower() not in self.stop]
        if others:
            found = [m for m in found if len(m.text.split()) > 1 and m.place.source == "curated"]
        return found

    def _phrase(self, sentence, tokens, run, i, j, phrase):
        """Mentions for run[i:j] read as one name (several for a hyphenated chain)."""
        begin, end, first_index = run[i][1], run[j - 1][2], run[i][3]
        if "-" in phrase and j - i == 1:
            return self._chain(sentence, tokens, run, i, phrase)
        key = query_keys(phrase)[:1]
        if not key or key[0] in _NOT_EVENT_PLACES or len(key[0]) < 3:
            return [] if not key or key[0] not in _NOT_EVENT_PLACES else [None]
        region, abroad = self.lookup(phrase)
        next_word = tokens[run[j - 1][3] + 1][0].lower() if run[j - 1][3] + 1 < len(tokens) else ""
        if next_word in _GEO_NOUNS and sentence[end:end + 1] == " ":
            # "Lachin corridor", "Hakari checkpoint": the site itself when the gazetteer has it
            nouns = (next_word,) if region else dict.fromkeys((next_word,) + _SITE_NOUNS)
            for noun in nouns:
                longer = self.lookup(f"{phrase} {noun}")[0]
                if longer:
                    region = longer
                    break
            else:
                if region and next_word == "river":
                    return [None]          # "the Vorotan river" is not the village of Vorotan
        if region:
            place = self._pick(region, phrase)
            if place is None:
                return []
            if not self._keep_region(sentence, tokens, first_index, run[j - 1][3], phrase, place):
                return [None]
            return [Mention(sentence[begin:end], begin, end, place, "exact", 100.0, False)]
        if abroad:
            if not self._keep_abroad(sentence, tokens, first_index, run[j - 1][3], phrase):
                return [None]
            return [Mention(sentence[begin:end], begin, end, abroad[0], "exact", 100.0, True)]
        if j - i == 1 and self._locative_before(tokens, first_index) and phrase.lower() not in self.stop:
            match = self.fuzzy(phrase)
            if match is not None and query_keys(match.place.name)[0] not in _NOT_EVENT_PLACES:
                return [Mention(sentence[begin:end], begin, end, match.place, "fuzzy", match.score, False)]
        return []

    def _chain(self, sentence, tokens, run, i, phrase):
        """A hyphenated token: a place name itself, or a chain "Askeran-Aghdam road"."""
        word, begin, end, index = run[i]
        region, _ = self.lookup(phrase)
        key = query_keys(phrase)[:1]
        if key and key[0] in _NOT_EVENT_PLACES:
            return [None]
        if region:
            place = self._pick(region, phrase)
            if place and self._keep_region(sentence, tokens, index, index, phrase, place):
                return [Mention(word, begin, end, place, "exact", 100.0, False)]
            return [None]
        parts = phrase.split("-")
        if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
            return [None]                  # "Moscow-led", "Baku-based": not places
        next_word = tokens[index + 1][0].lower() if index + 1 < len(tokens) else ""
        if next_word in _PIPELINE_NOUNS:
            return [None]                  # the Baku-Tbilisi-Ceyhan pipeline is not an event place
        out, offset = [], begin
        for part in parts:
            region, _ = self.lookup(part)
            place = self._pick(region, part) if region else None
            if place is None or query_keys(part)[0] in _NOT_EVENT_PLACES:
                return [None]              # "Armenian-Azerbaijani", "Nagorno-Karabakh"
            out.append(Mention(part, offset, offset + len(part), place, "exact", 100.0, False))
            offset += len(part) + 1
        return out

    def _pick(self, region, phrase):
        """Best region candidate: own-name matches first, then the gazetteer's order."""
        keys = set(query_keys(phrase))
        own = [p for p in region if keys & {k for n in (p.name, p.armenian_name, p.azerbaijani_name) if n
                                            for k in name_keys(n)}]
        return (own or region)[0]

    def _locative_before(self, tokens, index, words=None):
        words = words or _LOCATIVE
        for k in (index - 1, index - 2):
            if k >= 0 and tokens[k][0].lower() in words:
                return True
            if k >= 0 and tokens[k][0][:1].isupper():
                return False
        return False

    def _keep_region(self, sentence, tokens, first, last, phrase, place):
        word = tokens[first][0]
        key = query_keys(phrase)[0]
        if place.country not in EVENT_COUNTRIES:
            return self._keep_abroad(sentence, tokens, first, last, phrase)
        if phrase.lower() in self.stop or word.lower() in ("the", "a", "an"):
            return False
        prev = tokens[first - 1][0].lower() if first > 0 else ""
        if prev in _TITLES or (prev == "by" and first == 1):
            return False                   # "spokesman Vagif", "President Aliyev", a byline
        before = sentence[max(0, tokens[first][1] - 40):tokens[first][1]].lower()
        if _SEAT_OF_POWER.search(before):
            return False                   # "officials in Baku": who speaks, not where it happened
        after = sentence[tokens[last][2]:tokens[last][2] + 60]
        if _METONYMY_VERBS.match(after.lstrip(" ,")) and not after.lstrip().startswith(","):
            return False                   # "Stepanakert says", "Baku has not publicised"
        locative = self._locative_before(tokens, first)
        nxt = tokens[last + 1][0].lower() if last + 1 < len(tokens) else ""
        if key in _CAPITALS and re.match(r"['’]s\s+(?!(?:outskirts|centre|center|streets?|suburbs?)\b)",
                                         sentence[tokens[last][2]:]) and nxt not in _GEO_NOUNS:
            return False                   # "Baku's reconstruction programme": the government's
        if key in _CAPITALS and not self._locative_before(tokens, first, _CAPITAL_LOCATIVE) \
                and nxt not in _GEO_NOUNS:
            return False                   # "Baku's regaining control", "talks with Yerevan"
        small = place.source != "curated" and place.population < MIN_POPULATION_WITHOUT_CONTEXT
        if nxt in _INSTITUTION_NOUNS:
            return False                   # "the Syunik governor's office said"
        if small and not (locative or nxt in _GEO_NOUNS or sentence[tokens[last][2]:].startswith(" (")):
            return False                   # a village named like a word: needs "in", "village of"
        return True

    def _keep_abroad(self, sentence, tokens, first, last, phrase):
        prev = {tokens[k][0].lower() for k in (first - 1, first - 2)
                if k >= 0 and "," not in sentence[tokens[k][2]:tokens[first][1]]}
        if not prev & _FOREIGN_LOCATIVE:
            return False
        after = sentence[tokens[last][2]:tokens[last][2] + 60]
        if _METONYMY_VERBS.match(after.lstrip(" ,")):
            return False
        return any(rx.search(sentence) for rx, kind in _OTHER[:1])


# -- layer, date, claim ----------------------------------------------------------------------

def _cue_hits(sentence):
    """Every cue in a sentence: (begin, end, layer, kind, strong)."""
    hits = []
    lower = sentence.lower()
    if len(lower) != len(sentence):            # a letter whose lower case is longer: keep offsets
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in sentence)
    for layer, (rx, kinds), strong in _CUE_GROUPS:
        for m in rx.finditer(lower):
            hits.append((m.start(), m.end(), layer, kinds[m.lastgroup], strong))
    return hits


def _clause_breaks(sentence):
    return [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]


def _distance(a_begin, a_end, b_begin, b_end, breaks):
    gap = max(0, b_begin - a_end, a_begin - b_end)
    lo, hi = min(a_end, b_end), max(a_begin, b_begin)
    crossed = sum(1 for b in breaks if lo <= b < hi)
    return gap + 200 * crossed


_PREP = (r"of|on|at|in|near|from|to|into|onto|around|outside|inside|across|over|toward|towards|through|via|"
         r"between|below|above|along|upon|beside|behind")
_DET = r"the|a|an|its|their|his|her|this|that|these|those"
_PLACE_NOUN = r"towns?|city|cities|villages?|district|region|province|settlements?|outskirts|area|centre|center"
# The words between a cue and the place it governs: "shelling of X", "checkpoint at X",
# "fired missiles at X", "attacked vehicles on the highway near X", "sirens sounded in X",
# "a dirt track running via X", "struck a busy street in the town of X". No punctuation, a few words.
_LINK = re.compile(rf"^(?:\s+[\w'’-]+){{0,3}}?(?:\s+(?:{_PREP}))?\s+(?:(?:{_DET})\s+)?(?:[\w'’-]+\s+){{0,2}}?"
                   rf"(?:(?:{_PLACE_NOUN})\s+(?:of\s+)?)?$", re.I)
_LINK_PREP = re.compile(rf"(?:^|\s)(?:{_PREP})\s", re.I)
_VIA = re.compile(rf"\b(?:via|through)\s+(?:(?:{_DET})\s+)?(?:[\w'’-]+\s+){{0,2}}?"
                  rf"(?:(?:{_PLACE_NOUN})\s+(?:of\s+)?)?$", re.I)
_TEMPORAL = re.compile(r"\b(?:since|when|after|before|until|as|while|during)\b", re.I)
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whose|because|unless|if)\b", re.I)


def _linked(sentence, end, begin, strong=True):
    """Does the cue ending at ``end`` govern the place starting at ``begin`` directly?

    An action may take the place as its object ("shelled Tartar", "blocked the
    Lachin corridor"); a noun or a state ("road", "residents", "said") only
    through a preposition ("the road from Goris", "residents of Stepanakert").
    """
    gap = sentence[end:begin]
    if len(gap) > 60 or not _LINK.match(gap or " "):
        return False
    if _LINK_PREP.search(gap + " "):
        return True
    return strong and (not gap.strip() or len(gap.split()) <= 2)


def _nearest_linked(sentence, begin, hits, breaks, skip=None):
    """The cue nearest before ``begin`` that governs the text there, in the same clause, or None."""
    linked = [h for h in hits if h is not skip and h[1] <= begin and _linked(sentence, h[1], begin, h[4])
              and not any(h[1] <= b < begin for b in breaks)]
    return max(linked, key=lambda h: (h[1], h[4])) if linked else None


def _governor(sentence, hit, hits, breaks, spans, depth=2):
    """The strong cue that governs a noun cue, or None.

    "blocked the road" → blocked; "checkpoint at the entrance to the Lachin
    corridor" → checkpoint (through the place name the noun belongs to).
    """
    begin = next((b for b, e in spans if b <= hit[0] < e), hit[0])
    nearest = _nearest_linked(sentence, begin, hits, breaks, skip=hit)
    if nearest is None:
        return None
    if nearest[4]:
        return nearest
    return _governor(sentence, nearest, hits, breaks, spans, depth - 1) if depth > 0 else None


def _classify(sentence, mention, hits, breaks, spans=()):
    """Layer and kind of a place mention from the cue that governs it.

    First the cue linked to the place by a preposition or as its object ("shelling
    of X", "fired at X", "blocked the road near X", "the road from X", "told
    reporters in X", "sirens sounded in X"): the nearest such cue decides. A road
    word governed by an action ("pounded the road between X and Y") takes that
    action's layer; the scene of an event ("residents of X", "killed in X") takes
    the layer of an action that follows in the same clause ("residents of X put up
    barriers"). Otherwise the nearest cue in the place's clause: actions (shelling,
    checkpoint and blockade words, corridor changes, changes of control) beat the
    mere mention of a road, and an action inside a clause subordinate to another
    predicate ("people rallied in X to demand that troops reopen the road") does
    not reach the place.
    """
    has_road = any(layer == "corridors" and not strong for _, _, layer, _, strong in hits)
    usable = [h for h in hits if not (h[0] < mention.end and h[1] > mention.begin)   # not its own name
              and not (h[2] == "corridors" and h[4] and not has_road)]
    # strong cues inside a background phrase ("air raid sirens") are not events
    bg = [h for h in usable if h[3] in _BG_KINDS]
    usable = [h for h in usable if not (h[4] and any(b[0] <= h[0] and h[1] <= b[1] and h != b for b in bg))]

    hit = _nearest_linked(sentence, mention.begin, usable, breaks)
    if not (hit and hit[4]) and _VIA.search(sentence[max(0, mention.begin - 60):mention.begin]):
        # "aid via Aghdam", "supplies through the town of Aghdam": a waypoint of a route
        return _refine(sentence, mention, "corridors", "route", usable, breaks)
    if hit:
        if not hit[4]:
            governor = _governor(sentence, hit, usable, breaks, spans)
            if governor is not None and not (governor[2] == "corridors" and hit[2] == "corridors"):
                hit = governor
            elif hit[2] == "other":
                # the scene of what follows: "residents of X threatened to put up barriers"
                after = [h for h in usable if h[4] and h[0] >= mention.end and h[0] - mention.end <= 60
                         and h[2] != "other"
                         and not any(mention.end <= b < h[0] for b in breaks)
                         and not _SUBORDINATE.search(sentence[mention.end:h[0]])
                         and not _TEMPORAL.search(sentence[mention.end:h[0]])]
                if after:
                    hit = min(after)
        return _refine(sentence, mention, hit[2], hit[3], usable, breaks)

    corridor_noun, best = None, None
    for begin, end, layer, kind, strong in usable:
        d = _distance(mention.begin, mention.end, begin, end, breaks)
        if not strong:
            if layer == "corridors" and (corridor_noun is None or d < corridor_noun[0]):
                corridor_noun = (d, kind)
            continue
        rank = (d, _PRIORITY[layer])
        if best is None or rank < best[0]:
            best = (rank, layer, kind, begin)
    others = [(_distance(mention.begin, mention.end, b, e, breaks), kind, b)
              for b, e, lay, kind, strong in usable if lay == "other" and not strong]
    nearest_other = min(others) if others else None
    if best is not None and best[0][0] < 200:
        layer, kind = best[1], best[2]
        if nearest_other is not None and mention.end <= nearest_other[2] < best[3] \
                and _SUBORDINATE.search(sentence[nearest_other[2]:best[3]]):
            return "other", nearest_other[1]   # the action belongs to a subordinate clause
    elif corridor_noun is not None and corridor_noun[0] < 200:
        layer, kind = "corridors", "route"
    else:
        return ("other", nearest_other[1]) if nearest_other and nearest_other[0] < 200 else ("other", "mention")
    return _refine(sentence, mention, layer, kind, usable, breaks)


def _refine(sentence, mention, layer, kind, hits, breaks):
    if layer == "corridors":
        kind = next((k for rx, k in _CORRIDOR_KINDS if rx.search(sentence)), kind)
    elif layer == "shelling" and kind in ("attack", "firing"):
        # "drones struck X": the weapon named in the same clause is the better kind
        weapons = [(_distance(mention.begin, mention.end, b, e, breaks), k) for b, e, lay, k, _ in hits
                   if lay == "shelling" and k in _WEAPONS]
        if weapons and min(weapons)[0] < 200:
            kind = min(weapons)[1]
    return layer, kind


def _attributions(sentence):
    """Attributions in a sentence: (position, phrase as written)."""
    found = []
    for m in _ACCORDING.finditer(sentence):
        found.append((m.start(), m.group("who")))
    for m in _INVERTED.finditer(sentence):
        found.append((m.start(), m.group("who")))
    for m in _ATTRIB_VERB.finditer(sentence):
        if _DETERMINER_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue                       # "the claim", "a report": nouns, not verbs
        if _NOT_STATED_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue                       # "declined to say", "did not deny", "could not tell": no claim
        if any(abs(m.start() - pos) < 30 and m.start() > pos for pos, _ in found):
            continue                       # the verb of an inverted attribution already read
        who = _subject_before(sentence, m.start())
        if who:
            found.append((m.start(), who))
    return sorted(found)


_SUBJECT_STOP = re.compile(r"[,;:()\"“”‘]|\bthat\b|\bwhich\b|\bwho\b|\bas\b|\bafter\b|\bbefore\b|"
                           r"\bwhile\b|\bwhen\b|\bbecause\b|\band\b(?=\s+[a-z])")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|such)\s+$", re.I)
_NOT_STATED_BEFORE = re.compile(r"\b(?:to|not|never|n['’]t|cannot|can|could|would|should|may|might|must|"
                                r"shall|will|did|does|do)\s+$", re.I)
_CLAIM_NOUNS = {"charge", "claim", "accusation", "allegation", "version", "account", "report"}
_TRAILING_FILLER = {"has", "have", "had", "also", "later", "earlier", "previously", "again", "then",
                    "repeatedly", "officially", "separately", "had", "was", "were", "is", "are", "it",
                    "in", "a", "statement", "on", "its"}


def _subject_before(sentence, verb_pos):
    left = sentence[:verb_pos]
    stops = list(_SUBJECT_STOP.finditer(left))
    start = stops[-1].end() if stops else 0
    words = left[start:].split()
    if words and words[-1] == "and":
        # "X rejected the claim and said ...": the subject is X, before its first verb
        words = words[:-1]
        verb = next((i for i, w in enumerate(words)
                     if i and w.islower() and (w.endswith("ed") or _ATTRIB_VERB.fullmatch(w))), None)
        if verb is not None:
            words = words[:verb]
    while words and (words[-1].lower() in _TRAILING_FILLER or words[-1].lower().endswith("ly")
                     or re.match(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
                                 words[-1], re.I)):
        words.pop()
    while words and words[0].lower() in ("the", "and", "but", "while", "also", "however", "meanwhile",
                                         "on", "in", "late", "early"):
        words.pop(0)
    if len(words) > 2 and words[0].lower() in ("a", "an") and words[1].lower() in _CLAIM_NOUNS:
        words = words[2:]                  # "..., a charge Azerbaijan denies": Azerbaijan
        if len(words) > 1 and words[0].lower() in ("by", "from", "of"):
            words = words[1:]              # "a report by Human Rights Watch says"

    words = words[-8:]
    if not words:
        return ""
    phrase = " ".join(words)
    if phrase.lower() in _PRONOUNS:
        return phrase
    if not (any(w[:1].isupper() for w in words) or _ACTOR_NOUNS.search(phrase)):
        return ""
    if re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", phrase, re.I) \
            and not _ACTOR_NOUNS.search(phrase):
        return ""
    return phrase


def normalise_actor(phrase, people=None):
    """A short, consistent name for who makes a claim.

    "Azerbaijani Defense Ministry spokesman Vagif Dargahli" → "Azerbaijani MoD";
    "the State Department" → "State Department"; "Baku" → "Azerbaijan".

    Parameters
    ----------
    phrase : str
        The attribution as written.
    people : dict, optional
        Surname → actor, from earlier in the same article ("according to Dargahli").
    """
    actor = _normalise(phrase)
    if people:
        words = actor.split()
        if words and len(words) <= 2 and words[-1] in people:
            return people[words[-1]]
    return actor


@lru_cache(maxsize=4096)
def _normalise(phrase):
    text = " ".join(phrase.replace("’", "'").split()).strip(" .'\"")
    text = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", text, flags=re.I)
    low = text.lower()
    m = _NATION.search(low)
    nation = _ADJ_COUNTRY[m.group(1)] if m else ""
    if re.search(r"defen[cs]e ministry|ministry of defen[cs]e|\bmod\b|defen[cs]e department", low):
        return f"{nation} MoD".strip()
    if re.search(r"foreign ministry|ministry of foreign affairs|foreign affairs ministry|\bmfa\b", low):
        return f"{nation} MFA".strip()
    if "state department" in low:
        return "State Department"
    if low in _CAPITAL_COUNTRY:
        return _CAPITAL_COUNTRY[low]
    text = re.sub(r"'s$", "", text)
    return text[:80]


def _people(text):
    """Surname → actor for people introduced with their office ("... spokesman Vagif Dargahli")."""
    people = {}
    rx = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,4}(?:spokes(?:man|woman|person)|minister|official|"
                    r"envoy|head|chief|aide|adviser|advisor)\s+)(?:[A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+)")
    for m in rx.finditer(text):
        actor = normalise_actor(m.group(1))
        if actor and actor != m.group(1).strip():
            people.setdefault(m.group(2), actor)
    return people


# -- the pipeline ----------------------------------------------------------------------------

def extract_text(text, published, gazetteer=None, source=""):
    """Candidate events of one article's (already cleaned) text.

    Parameters
    ----------
    text : str
        Running text, one paragraph per line (see :func:`geo.article.article_text`).
    published : datetime.date
        Publication date: relative dates resolve against it, and it is the
        date of an event whose date the text does not state.
    gazetteer : geo.gazetteer.Gazetteer, optional
        Default: :func:`geo.gazetteer.load_gazetteer`.
    source : str
        The article's file name or outlet, copied into every candidate.

    Returns
    -------
    list of dict
        Candidates with the event fields plus ``lat``/``lon`` (or ``coordinates``
        for corridors), ``date_certain``, ``date_text``, ``place_name``,
        ``place_label``, ``country``, ``geo_source``, ``match`` and ``sentence``.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    finder = _finder(gazetteer or load_gazetteer())
    people = _people(text)
    candidates, seen = [], set()
    previous = None           # (paragraph, claimant) of the sentence before
    last_claimant = ""        # the last named claimant, for "the ministry said" further on
    recent_claimant = ""      # the claimant of the sentence just before, for "according to them"
    for sentence in split_sentences(text):
        s = sentence.text
        tokens = _tokens(s)
        found = [m for m in finder.mentions(s, tokens) if m is not None]
        mentions = _dedupe_mentions(found)
        attributions = _attributions(s)
        dates = find_dates(s, published) if mentions else []
        same_paragraph = previous is not None and previous[0] == sentence.paragraph
        claim_default = previous[1] if same_paragraph else ""
        if mentions:
            hits = _cue_hits(s)
            breaks = _clause_breaks(s)
            rows = []
            spans = [(m.begin, m.end) for m in found]
            for first in mentions:
                # a place named twice in a sentence: the mention with the most specific event wins
                # ("residents of Askeran ... barriers on the Askeran-Aghdam road")
                options = [(m, *_classify(s, m, hits, breaks, spans)) for m in found
                           if (m.place.name, m.place.lat, m.place.lon) == _place_key(first)]
                mention, layer, kind = min(options, key=lambda o: _PRIORITY[o[1]])
                if mention.abroad:
                    layer, kind = "other", "meeting"     # kept abroad only where people meet
                claimed = _claim_for(mention, attributions, people, claim_default,
                                     (last_claimant, recent_claimant), breaks)
                date = _date_for(mention, dates, attributions, breaks)
                rows.append((mention, layer, kind, claimed, date))
            for row in _group_corridors(rows):
                candidate = _candidate(row, sentence, published, source)
                key = (candidate["place_name"], candidate["layer"], candidate["kind"],
                       candidate["start_date"], candidate["date_certain"], candidate["claimed_by"])
                if key in seen:
                    continue
                seen.add(key)
                candidates.append(candidate)
        claimant = ""
        if attributions:
            actor = normalise_actor(attributions[-1][1], people)
            claimant = _resolve_pronoun(actor, last_claimant, recent_claimant)
            if claimant and actor.lower() not in _PRONOUNS | _OBJECT_PRONOUNS:
                last_claimant = claimant
        recent_claimant = claimant
        previous = (sentence.paragraph, claimant or claim_default)
    return candidates


def _place_key(mention):
    return (mention.place.name, mention.place.lat, mention.place.lon)


def _dedupe_mentions(mentions):
    """One mention per place per sentence: "Khankendi (Stepanakert)" is one place."""
    out, seen = [], set()
    for m in mentions:
        if m is None:
            continue
        key = (m.place.name, m.place.lat, m.place.lon)
        if key in seen:
            continue
        seen.add(key)
        out.append(m)
    return out


def _claim_for(mention, attributions, people, default, earlier, breaks):
    if not attributions:
        return default
    before = [(mention.begin - pos, who) for pos, who in attributions if pos <= mention.begin]
    after = [(pos - mention.end, who) for pos, who in attributions if pos > mention.begin]
    # the attribution that governs the clause: nearest before, unless a clause break separates them
    choice = None
    if before:
        d, who = min(before)
        pos = mention.begin - d
        if not any(pos < b < mention.begin for b in breaks) or not after:
            choice = who
    if choice is None and after:
        choice = min(after)[1]
    if choice is None:
        choice = min(before)[1]
    return _resolve_pronoun(normalise_actor(choice, people), *earlier)


def _resolve_pronoun(actor, last_claimant, recent_claimant):
    """"they said" → the last named claimant; "according to them" → only the one just before."""
    if actor.lower() in _OBJECT_PRONOUNS:
        return recent_claimant
    return last_claimant if actor.lower() in _PRONOUNS else actor


def _date_for(mention, dates, attributions, breaks):
    if not dates:
        return None
    verb_positions = [pos for pos, _ in attributions if pos < mention.begin]

    def cost(span):
        d = _distance(mention.begin, mention.end, span.begin, span.end_offset, breaks)
        # "On Wednesday, officials said ... on Tuesday": the first date is when they spoke
        if verb_positions and span.end_offset <= max(verb_positions) and len(dates) > 1:
            d += 1000
        return d
    return min(dates, key=cost)


def _group_corridors(rows):
    """Merge a sentence's corridor places into one candidate with ordered waypoints."""
    corridor = [r for r in rows if r[1] == "corridors"]
    if len(corridor) < 2:
        return [[r] for r in rows]
    groups = {}
    for r in corridor:
        groups.setdefault((r[3], r[4].start if r[4] else None), []).append(r)
    out = [[r] for r in rows if r[1] != "corridors"]
    out.extend(groups.values())
    return out


def _candidate(group, sentence, published, source):
    mentions = [r[0] for r in group]
    _, layer, kind, claimed, date = group[0]
    if len(group) > 1:
        kinds = [r[2] for r in group if r[2] != "route"]
        kind = kinds[0] if kinds else "route"
    places = [m.place for m in mentions]
    if date is not None:
        start, end, precision, certain, date_text = date.start, date.end, date.precision, True, date.text
    else:
        start, end, precision, certain, date_text = published, published, "day", False, ""
    label = " – ".join(p.label for p in places)
    props = {
        "id": "",
        "layer": layer,
        "kind": kind,
        "status": _KIND_STATUS.get(kind, "") if layer == "corridors" else "",
        "place": ";".join(m.text for m in mentions),
        "place_name": ";".join(p.name for p in places),
        "place_label": label,
        "country": ";".join(dict.fromkeys(p.country for p in places)),
        "geo_source": ";".join(dict.fromkeys(p.source for p in places)),
        "geo_precision": _geo_precision(places),
        "match": ";".join(f"{m.how}:{m.score:.0f}" for m in mentions),
        "start_date": start.isoformat(),
        "end_date": end.isoformat() if end else "",
        "date_precision": precision,
        "date_certain": certain,
        "date_text": date_text,
        "claimed_by": claimed,
        "description": _describe(layer, kind, label, claimed),
        "source": source,
        "source_url": "",
        "quote": sentence.text,
        "sentence": sentence.index,
        "coordinates": [[round(p.lon, 5), round(p.lat, 5)] for p in places],
    }
    digest = hashlib.sha1("|".join([source, sentence.text, props["place"], layer, kind, claimed])
                          .encode("utf-8")).hexdigest()[:10]
    props["id"] = f"x-{digest}"
    return props


def _geo_precision(places):
    order = ("site", "town", "district", "region")
    values = [p.precision if p.precision in order else "town" for p in places]
    return max(values, key=order.index)


_KIND_WORDS = {"artillery": "Shelling", "missile": "Missile strike", "drone": "Drone strike",
               "rocket": "Rocket fire", "firing": "Firing", "airstrike": "Air strike", "attack": "Attack",
               "checkpoint": "Checkpoint", "blockade": "Blockade", "barrier": "Barrier",
               "route": "Route", "route_change": "Route change", "closure": "Closure",
               "proposal": "Proposed route", "meeting": "Meeting", "handover": "Handover",
               "protest": "Protest", "humanitarian": "Humanitarian situation", "control": "Change of control",
               "casualties": "Casualties", "mention": "Mentioned", "presence": "Mentioned",
               "civilian": "Civilian life"}


def _describe(layer, kind, label, claimed):
    what = _KIND_WORDS.get(kind, kind.capitalize())
    sep = " via " if layer == "corridors" and " – " in label else (" in " if kind not in ("route",) else ": ")
    text = f"{what}{sep}{label}"
    return f"{text} (according to {claimed})" if claimed else text


_FINDERS = {}


def _finder(gazetteer):
    finder = _FINDERS.get(id(gazetteer))
    if finder is None or finder.g is not gazetteer:
        finder = _FINDERS[id(gazetteer)] = _Finder(gazetteer)
    return finder


# -- GeoJSON ---------------------------------------------------------------------------------

def to_feature(candidate):
    """A candidate as a GeoJSON Feature (Point, or LineString for a corridor with waypoints)."""
    props = {k: v for k, v in candidate.items() if k != "coordinates"}
    coords = candidate["coordinates"]
    if candidate["layer"] == "corridors" and len(coords) > 1:
        geometry = {"type": "LineString", "coordinates": coords}
    else:
        geometry = {"type": "Point", "coordinates": coords[0]}
    return {"type": "Feature", "id": candidate["id"], "geometry": geometry, "properties": props}


def feature_collection(candidates):
    """A GeoJSON FeatureCollection of candidates (RFC 7946: WGS84, lon/lat)."""
    return {"type": "FeatureCollection", "features": [to_feature(c) for c in candidates]}


def extract_article(data, published, gazetteer=None, source="<input>"):
    """Candidates of one article given as text or bytes (plain text or HTML).

    Raises
    ------
    geo.article.ArticleError
        For empty, binary, non-UTF-8 or oversized input.
    """
    return extract_text(article_text(data, source), published, gazetteer, str(source))


def extract_files(paths, published, gazetteer=None):
    """Extract candidate events from article files.

    Parameters
    ----------
    paths : list of str or pathlib.Path
        Plain-text or HTML articles.
    published : datetime.date
        Their publication date.
    gazetteer : geo.gazetteer.Gazetteer, optional

    Returns
    -------
    dict
        A GeoJSON FeatureCollection of the candidates of all files, in order.

    Raises
    ------
    geo.errors.GeoError
        Naming the file, when one cannot be read (empty, binary, not UTF-8, too large).
    """
    gazetteer = gazetteer or load_gazetteer()
    candidates = []
    for path in paths:
        text = read_article(path)
        found = extract_text(text, published, gazetteer, source=str(path))
        if not found:
            log.warning("%s: no places of Armenia or Azerbaijan found", path)
        candidates.extend(found)
    return feature_collection(candidates)
