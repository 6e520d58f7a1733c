"""Place mentions: runs of capitalised words looked up in the offline gazetteer.

Longest names first, with fuzzy matching for typos ("Yevlah") where the
context says a place follows ("in", "near", "village of"). A mention is kept
only when it is capitalised mid-sentence or not a common word, is not part of
a person's or an organisation's name, and is not a capital standing for its
government ("Baku said"). Places abroad are kept only where people meet.
"""

import re
from functools import lru_cache
from typing import NamedTuple

from .. import prefilter
from ..errors import AmbiguousPlace, GeoError
from ..gazetteer import (NEIGHBOURS, REGION, SAME_PLACE_KM, Match, cites_record, distance_km, in_border_province,
                         kinds_clash)
from ..names import name_keys, query_keys, unaccented_key
from .actors import opens_outlet_title, outlet_word
from .cues import cue_hits, ends_with_word
from .routes import on_named_line
from .lexicon import (ADJ_COUNTRY, CAPITAL_COUNTRY, CAPITAL_LOCATIVE, CAPITAL_RECEIVES, CAPITAL_SPEAKER_BEFORE, CAPITALS, CROSSING_SIDES_BEFORE, CROSSING_STATE, DRILL_WORDS, EVENT_COUNTRIES, FLIGHT_VERB, FOREIGN_LOCATIVE, GEO_NOUNS, INCIDENT_REPORTED, INSTITUTION_NOUNS, NATION_ADJECTIVES,
                      LOCATIVE, MAX_WORDS_IN_NAME, METONYMY_VERBS, MIN_POPULATION_ABROAD, PRESS_BRIEFING,
                      MIN_POPULATION_WITHOUT_CONTEXT, NOT_EVENT_PLACES, OTHER, PIPELINE_NOUNS, SEAT_OF_POWER,
                       PARTICLE_NAME, RIVER_BRIDGE_BEFORE, RIVER_BRIDGE_BUILT_AFTER, RIVER_BRIDGE_WORKS_BEFORE, RIVER_DRILL_BEFORE, RIVER_EVENT_BEFORE, RIVER_JOURNEY_BEFORE, RIVER_MEETING_TOPIC_AFTER, RIVER_VALLEY_AFTER, RIVER_VALLEY_BEFORE, SITE_NOUNS, SITE_WORDS, STOP, TITLES, is_river)
from .lexicon import RIVER_FIGHT_NEWS, RIVER_STRETCH_BEFORE, RIVER_WATER_NEWS, SAYING, STATE_SERVICE
from .lexicon import FIRE_UNTOLD, PERSON_FROM_BEFORE, SURNAME_ENDING, home_harm_told


# the stop words that name a nation's bodies or people after its adjective ("a Kazakh agency", "Kazakh forces"): the
# nation's, never a town's, though the stop list keeps them from being read as places themselves
_NATION_BODY_NOUNS = frozenset("""agency army council defence defense forces foreign government military minister
    ministry news office president press security spokesman spokeswoman state""".split())

class Mention(NamedTuple):
    """A place found in a sentence."""

    text: str                 # as written
    begin: int                # offsets in the sentence
    end: int
    place: object             # geo.gazetteer.Place
    how: str                  # exact | fuzzy
    score: float
    abroad: bool


# English phrases whose first word a village's other name spells: "Tug of war" (Tuğ)
_ENGLISH_IDIOM = prefilter.compile(r"tug[- ]of[- ]war\b", re.I)
# English nouns of a body or a building, capitalised in its name ("the Institute of History"): never a typo of a place
_BODY_NOUN = prefilter.compile(r"Institute|Institution|Academy|Museum|University|College|Seminary|Conservatory|Library|"
                               r"Archive|Archives|Laboratory|Hospital|Theatre|Theater|Parliament|Assembly|Embassy|Consulate")


class Token(NamedTuple):
    """A word of a sentence."""

    text: str
    begin: int
    end: int


class RunWord(NamedTuple):
    """A capitalised word inside a run, with its position among the sentence's tokens."""

    text: str
    begin: int
    end: int
    index: int


_POSSESSIVE = prefilter.compile(r"['’]s?$")
# a town abroad whose own name opens with "Saint" or "Mount", written short: "St Petersburg", "St. Louis"
_SAINT_SHORT = prefilter.compile(r"^(St|Mt)\.?(?=\s)")
_SAINT_LONG = {"st": "Saint", "mt": "Mount"}
# a works numbered after the place it stands at: "the Kalbajar-1 hydropower plant", "Gulabird-2" (a name of four
# letters or more with a one- or two-digit number; not a weapon's or an aircraft's type, "Su-25", "Mi-8", "T-72",
# "BM-21", "Hermes-900": too short a stem, capitals or a longer number)
_NUMBERED_WORKS = prefilter.compile(r"([A-ZƏÇŞĞÜÖİ][a-zəçşğüöı]{3,})-\d{1,2}")
_TOKEN = prefilter.compile(r"[^\W\d_][\w'’.-]*", re.U)
_PLACE_WORD = prefilter.compile(r"^[A-ZƏÇŞĞÜÖİÀ-ÞĀ-ſ]")
# the letters _PLACE_WORD begins with (all below U+0250), as a set: _runs looks up every word's first letter
_PLACE_INITIALS = frozenset(chr(c) for c in range(0x250) if _PLACE_WORD.match(chr(c)))


# a capital's airport or station named after someone: "Baku's Heydar Aliyev International Airport" is the city's (so
# is "Baku's Heydar Aliyev international airport")
_NAMED_PORT = r"(?:[A-ZƏÇŞĞÜÖİ][\w'’.-]*\s+){1,4}(?:international\s+)?(?:[Aa]irport|[Rr]ailway\s+[Ss]tation)\b"
_CAPITAL_S_PORT = prefilter.compile(r"['’]s\s+" + _NAMED_PORT)
# the nouns of a passenger service named by its ends: "the Moscow-Baku flights", "the Tbilisi-Yerevan services",
# "the flights on the Kyiv-Yerevan route"
_SERVICE_NOUNS = frozenset({"flight", "flights", "service", "services", "route", "routes"})
# a town's own airport named after it: "Nakhchivan International Airport", "Nakhchivan's airport" (the airport is
# placed at its town, so an exclave's capital named so is the town, not the exclave); not the airport's staff or
# board speaking nor the exclave's airports as a whole: "Nakhchivan International Airport said", "Nakhchivan's airport
# authority", "Nakhchivan's airport network" (the exclave's, as before)
_TOWNS_AIRPORT = prefilter.compile(r"(?:['’]s)?\s+(?:[Ii]nternational\s+)?[Aa]irport\b"
                                   r"(?!(?:['’]s)?\s+(?:said|says|told|reported|announced|authority|authorities|administration|"
                                   r"network|director|chief|head|spokes\w+|press|officials?|management|staff|company)\b)", re.I)


def tokenize(sentence):
    """The words of a sentence (:class:`Token`), with possessives and trailing dots removed."""
    out = []
    for m in _TOKEN.finditer(sentence):
        word, begin = m.group(0), m.start()
        # (a word ending in a plain "s" is kept as it is: only an apostrophe, "'s", a dot or a dash is cut)
        if word[-1] in "'’.-" or word.endswith(("'s", "’s")):
            word = _POSSESSIVE.sub("", word).rstrip(".-")
        elif word[-1].isdigit():
            numbered = _NUMBERED_WORKS.fullmatch(word)
            if numbered:                   # "the Kalbajar-1 hydropower plant": the town's plant, its number cut
                word = numbered.group(1)
        if word:
            out.append(_new_tuple(Token, (word, begin, begin + len(word))))
    return out


# Token(...) runs the named tuple's __new__, written in Python; tuple.__new__ makes the same Token in C, which
# takes a quarter off tokenize's time (a 5 kB article has some 4,000 words)
_new_tuple = tuple.__new__




# lower-case words inside Romance place names: "Rio de Janeiro", "Mar del Plata", "Santiago de Compostela"
_NAME_CONNECTORS = frozenset({"de", "del", "da", "dos", "das", "di", "du", "des"})


# Azerbaijani nouns with their possessive ending that close a name, often written in lower case: "Isa bulagi" (the
# spring of Isa), "Cidir duzu" (the plain), "Araz chayi" (the river), "Shusha galasi" (the fortress)
_NAME_TAILS = frozenset({"bulagi", "bulaghi", "bulağı", "duzu", "düzü", "chayi", "cayi", "çayı", "dagi", "daghi",
                         "dağı", "galasi", "qalasi", "qalası", "korpusu", "körpüsü", "golu", "gölü"})


# a building named after the town it stands in, where things happen in that town: "in the Goris Hotel"
_TOWNS_BUILDINGS = frozenset({"hotel"})


def _ends_name(sentence, tokens, i, current):
    """Is tokens[i] a lower-case Azerbaijani noun that closes the name of the run right before it?"""
    return bool(current) and tokens[i][0].lower() in _NAME_TAILS and sentence[current[-1].end:tokens[i][1]] == " "


def _joins_name(sentence, tokens, i, current):
    """Does tokens[i], a lower-case name connector, join the run to a capitalised word right after it?"""
    if not current or i + 1 >= len(tokens) or tokens[i][0] not in _NAME_CONNECTORS:
        return False
    following = tokens[i + 1]
    return following[0][0] in _PLACE_INITIALS and sentence[tokens[i][2]:following[1]] == " "


def _runs(sentence, tokens):
    """Runs of consecutive capitalised tokens (lists of :class:`RunWord`), separated only by single spaces."""
    runs, current = [], []
    for i, (word, begin, end) in enumerate(tokens):
        # a surname after a lower-case particle ends a person's name: "Omar el-Amin" is no "Omar"
        capital = word[0] in _PLACE_INITIALS or bool(current and PARTICLE_NAME.match(word)) \
            or _joins_name(sentence, tokens, i, current) or _ends_name(sentence, tokens, i, current)
        if capital and current and sentence[current[-1].end:begin] == " ":
            current.append(_new_tuple(RunWord, (word, begin, end, i)))
            continue
        if current:
            runs.append(current)
        current = [_new_tuple(RunWord, (word, begin, end, i))] if capital else []
    if current:
        runs.append(current)
    return runs


# a person named right after a kin or friend word with a possessive: "her friend Narek", "my brother Aram" (a
# name other words of the sentence call a village stays one: "my cousin's village" is no such run)
_KIN_BEFORE = prefilter.compile(r"(?=[hmoty])\b(?:my|our|his|her|their|your)\s+(?:(?:old|best|young|elder|younger|little)\s+)?"
                                r"(?:friends?|brothers?|sisters?|cousins?|sons?|daughters?|husband|wife|uncle|aunt|"
                                r"nephew|niece|neighbou?rs?|classmates?|colleagues?|grandson|granddaughter)\s+$", re.I)
_NAMED_AFTER = prefilter.compile(r"\bnamed (?:after|for) (?:the )?$")
# an author after the work he wrote: "a setting of a poem by Nizami", "the verses by Vagif" (a poet named as a
# village or a district may be)
# prosecutors or investigators sit in a state's capital, not in Stepanakert, where they work on the fire there:
# "investigators in Stepanakert found fragments of a Smerch rocket in a courtyard" (news of Stepanakert)
_INQUIRY_BODIES = ("prosecutors", "investigators")
_WORK_BY = prefilter.compile(r"\b(?:poems?|verses?|ghazals?|novels?|songs?|plays?)\s+by\s+$")
# ... or the name before the work, as its author's: "a Sayat-Nova song", "two Komitas songs" (after an article or a
# number; "the Shusha song festival" names no single work)
_WORK_OF_BEFORE = prefilter.compile(r"(?i)\b(?:a|an|one|two|three|several|some|his|her|their|our)\s+$")
_WORK_OF_AFTER = prefilter.compile(r"\s+(?:poems?|verses?|ghazals?|songs?|melod(?:y|ies)|ballads?)\b(?!\s+festival)")
# ... or the author's possessive before the works: "a talk on Tumanyan's ballads", "Nizami's poems" (not songs, which a
# town has of its own: "Shusha's songs")
_WORKS_OWNED_AFTER = prefilter.compile(r"['’]s\s+(?:(?:early|late|last|first|best-known|collected)\s+)?"
                                       r"(?:poems|verses|ghazals|ballads|novels|short\s+stories|fables)\b")
# a town naming an outlet after an article: "a Goris newspaper", "the Ganja weekly" (the paper, not where it happened;
# but "the Tartar paper mill" and "the Ganja newspaper's offices" are buildings there)
# (a poet's name, not a town's own verses: "Tumanyan's ballads", "Fuzuli's ghazals", not "Shusha's poems")
_POET_NAME = prefilter.compile(r"[\w'’-]*" + SURNAME_ENDING + r"|Nizami|Fuzuli|Vagif|Vidadi|Sayat-Nova|Nasimi|Sabir|Natavan")
_OUTLET_BEFORE = prefilter.compile(r"\b(?:a|an|the|one|another)\s+(?:local\s+|regional\s+)?$", re.I)
_OUTLET_AFTER = prefilter.compile(r"\s+(?:newspapers?|weekl(?:y|ies)|dail(?:y|ies)|papers?|magazines?"
                                  r"|news\s+(?:sites?|portals?|agency)|websites?)\b"
                                  r"(?!['’]s\s+(?:offices?|building)|\s+(?:offices?|building|headquarters|premises|mill|factory|plant)\b)",
                                  re.I)
# a name opening an outlet's title after its kind: "the local paper Yeşil Iğdır", "the weekly Syunik Herald" (a word
# of the title, not a place; the title goes on in a capitalised word)
_OUTLET_KIND_BEFORE = prefilter.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:newspaper|paper|daily|weekly|magazine|"
                                        r"news\s+(?:site|portal|agency)|website|portal)\s+$", re.I)
_TITLE_GOES_ON = prefilter.compile(r"\s+[A-ZÇĞİÖŞÜƏ]")
# ... or the whole title in one word, the paper then telling or closing the attribution: "according to the Armenian
# paper Sardarabad, ...", "the weekly Yerkir wrote" (the outlet, not a town it shares its name with)
_ONE_WORD_TITLE_ENDS = prefilter.compile(r"(?:['’]s\b|\s*,|\s+(?:(?:also|later|first|then)\s+)?(?:wrote|writes|reported|"
                                         r"reports|said|says|carried|carries|published|publishes|quoted|quotes|cited|cites|"
                                         r"added|claimed|ran|runs)\b)")
# a town opening a newspaper's title, the title's last word a paper's (capitalised): "the New York Times service",
# "the Los Angeles Times reported", "the Syunik Herald", "the Moscow News", "Massis Post wrote" (the outlet, never
# where the news happened)
# ("Post" only when the paper tells or is heard: "the Kornidzor Post", "at the Lachin Post" are checkpoints)
_PAPER_TITLE_AFTER = prefilter.compile(r"\s+(?:Times|Herald|Tribune|Gazette|Chronicle|Telegraph|Courier|Examiner|Globe|"
                                       r"News|Journal|Observer|Post(?=['’]s\b|,?\s+(?:(?:also|later|first|then)\s+)?"
                                       r"(?:wrote|writes|reported|reports|said|says|carried|carries|published|publishes|"
                                       r"quoted|quotes|cited|cites|added|claimed|ran|runs)\b))\b")
# or "Post" after "according to", "told", "quoted by": "according to the Washington Post, ..."
_PAPER_POST_AFTER = prefilter.compile(r"\s+Post\b")
# an outlet's name of one word that the actor table knows, heard as the source: "as reported by Kentron", "according
# to Kentron", "quoting Kentron" (the outlet, not a place it shares its name with; "in Kentron" stays the place)
_SOURCE_HEARD_BEFORE = prefilter.compile(r"(?i)\b(?:according\s+to|(?:reported|quoted|cited|carried|published)\s+by|"
                                         r"citing|quoting|told)\s+$")
_HEARD_BEFORE = prefilter.compile(r"(?i)\b(?:according\s+to|told|(?:quoted|cited)\s+by|wrote\s+in|interview\s+with)"
                                  r"\s+(?:the\s+)?$")
# the plural verb after a sentence's first word: the word is a plural noun, no town ("Dogs are welcome"); so is a
# "that" or "who" clause with a plural verb ("Dogs that sleep outside", "Cats who roam"; a town would take "sleeps")
# (a past tense or a modal tells no number: "Goris that suffered ...", "Goris that had been quiet" stay towns)
_NO_NUMBER_TOLD = (r"(?!\w*[^s\W]s\b|\w*ed\b|\w*ly\b|(?:had|did|could|would|should|will|may|might|must|can|saw|lay|"
                   r"stood|came|fell|got|took|lost|held|went|became|kept|left|led|sat|won|began|ran|grew|knew|made|"
                   r"found|felt|gave|hit|again|too|also|alone|still|then|now|once|itself|today|tonight|yesterday)\b)")
_PLURAL_VERB = prefilter.compile(r"\s+(?:are|were|have|(?:that|who)\s+" + _NO_NUMBER_TOLD + r"[a-z]+)\b")
# a plural verb right after a sentence's first word that only a variant spelling makes a village: "Dogs sleep in
# the porch" ("Doghs" spelled loosely); the village's own name keeps its sentence ("Goris lay quiet"), and so does a
# place's noun or a time after the name ("Mataghis village came under fire", "Mataghis today lies in ruins")
_BARE_PLURAL_VERB = prefilter.compile(r"\s+" + _NO_NUMBER_TOLD + r"[a-z]{3,}\b(?!-)")
# ... or a modal and its verb there, a rule or a wish for the plural noun: "Dogs must be kept on a lead", "Cats should
# stay indoors" (a modal tells no number, so only where a loose spelling alone makes the word a village, as above)
_MODAL_VERB = prefilter.compile(r"\s+(?:must|should|may|can|cannot|need|will)\s+(?:not\s+|also\s+)?[a-z]{2,}\b(?!-)")
# ... or a plural verb after a "with" (or "on", "in") phrase of common words: "Dogs with fleas or ticks are treated
# first", "Dogs on a lead are welcome" (a town named with a place of its own, "Tartar with Aghdam were shelled", is
# no common word and stays)
_PLURAL_AFTER_WITH = prefilter.compile(r"\s+(?:with|without|on|in)\s+(?:[a-z]+,?\s+){1,6}?(?:are|were|have)\b")
# ... or a rule of a notice with no verb, the plural noun and a common phrase after it: "Dogs on leads except in the
# ring", "Cats without collars at owner's risk" (only where a loose spelling alone makes the word a village)
_RULE_PHRASE_AFTER = prefilter.compile(r"\s+(?:on|with|without)\s+(?:(?:a|an|the|their|short)\s+)?[a-z]{3,}\b(?!-)")
# a religious site's noun right after a name read only by a loose spelling: "the A monastery", "the B hermitage"
_SITE_NOUN_AFTER = prefilter.compile(r"\s+(?:monaster(?:y|ies)|hermitages?|convents?|cathedrals?)\b", re.I)
_QUALIFIER = prefilter.compile(r" \([^()]*\)$")     # "Vardadzor (Askeran)": the bracket tells namesakes apart


def _names_of(place):
    """The place's own names (English, Armenian, Azerbaijani), without the bracket that tells namesakes apart."""
    return [_QUALIFIER.sub("", n) for n in (place.name, place.armenian_name, place.azerbaijani_name) if n]


def _a_letter_apart(word, place):
    """Is the word within a letter of the length of one of the place's names? A typo changes a letter or two;
    a word a syllable longer or shorter ("Vardanidzor" for Vardadzor) is another village."""
    return any(abs(len(word) - len(n)) <= 1 for n in _names_of(place))


def _own_name(word, place):
    """Is the word one of the place's own names as written (not a variant spelling found for it)?"""
    return any(word.lower() == n.lower() for n in _names_of(place))


def _armenian_new(words, run):
    """Is a capitalised "Nor" inside a sentence the Armenian "new" of a village's name ("Nor Erkej", "Nor
    Aygestan"), not the English conjunction (capitalised only where it opens the sentence)?"""
    return words[0] == "Nor" and len(words) > 1 and run[0].index > 0


# A typo in running text: the region lacks many villages, and an unknown one a letter or two from a known
# one (Berkadzor, Berdzor) must not be put 30 km away; real typos of known places score higher.
FUZZY_IN_TEXT = 90

# A name followed by a list of names and a plural area noun: each is that kind of area.
# Military reports name their sectors after districts the same way: "in the Dashkasan, Kalbajar and Lachin
# directions" (a town with no district of its name stays the town: "the Jermuk and Kapan directions").
# A name may carry the other side's name in brackets: "the Hadrut (Khojavend) and Kashatagh (Lachin) districts", as
# Russian and Armenian bulletins write them.
_GLOSS_NAME = r"\s\([A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\)"
_GLOSS = f"(?:{_GLOSS_NAME})?"
_LIST_OF_AREAS = prefilter.compile(r"^(?:\s*,\s*[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s[A-ZƏÇŞĞÜÖİ][\w'’-]+)?" + _GLOSS + r"){0,12}\s*,?\s+"
                                   r"(?:and|or)\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s[A-ZƏÇŞĞÜÖİ][\w'’-]+)?" + _GLOSS + r"\s+"
                                   r"(districts|rayons|raions|directions|provinces)\b|^\s+(districts|directions|provinces)\b")
# the bracketed name after a name, or the closing bracket of the one being read: "Martuni (Khojavend) district"
_GLOSS_AFTER = prefilter.compile(_GLOSS_NAME)
# a front sector named by the two districts it runs between: "in the Fuzuli–Khojavend direction", "on the
# Aghdam–Tartar front"
_PAIRED_DIRECTION = prefilter.compile(r"\s?[–—-]\s?[A-ZƏÇŞĞÜÖİ][\w'’]+\s+(?:direction|sector|axis|front)\b")
_PAIRED_BEFORE = prefilter.compile(r"[A-ZƏÇŞĞÜÖİ][\w'’]+\s?[–—-]\s?$")
# "the districts of Fizuli, Jabrayil and Gubadli": the area noun before the list (not a town's own quarters:
# "shelling residential districts of X", "the central districts of Y" are the town's)
_AREAS_BEFORE = prefilter.compile(r"(?<!residential\s)(?<!central\s)(?<!outlying\s)(?<!inner\s)(?<!suburban\s)"
                                  r"\b(districts|rayons|raions|district)\s+of\s+"
                                  r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+\s*,\s*|[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+(?:and|or)\s+)*$")
# (each of the two needs "district", "directions", "rayons" or "raions": a sentence without them is not tried)
# "the Lok fortress at Ganlikend": a site placed at the town it stands in
_AT_TOWN = prefilter.compile(r" [a-z]+ at [A-ZƏÇŞĞÜÖİ]")
_PLACED_AT_TOWN = object()
# site words of nature's features, which lie apart from the village they are named after
# a road or a bridge that crosses a river, the subject of the crossing: "the road ... crosses the Hakari river on a
# bridge", "the bridge crosses the Hakari river" (where the way runs, no one crossing)
_WAY_CROSSES = prefilter.compile(r"(?<!on the )(?<!along the )(?<!by the )(?<!from the )(?<!to the )(?<!off the )(?<!via the )"
                                 r"(?<!at the )(?<!near the )(?<!of the )\b(?:road|roads|highway|route|bridge|bridges|railway|line|pipeline|canal|tunnel)\b"
                                 r"(?:(?!\b(?:but|when|after|before|while)\b)(?!\band\s+(?!cross))[^.;:]){0,100}?\bcross(?:es|ed)\s+"
                                 r"(?:the\s+)?$",
                                 re.I)
# samples taken as a routine: "twice a month", "every week", "regularly", "since 2021"
_ROUTINE_SAMPLES = prefilter.compile(r"\b(?:(?:once|twice|three\s+times)\s+a\s+(?:week|month|year)|every\s+(?:week|month|"
                                     r"day|year|season)|regularly|routinely|since\s+\d{4})\b", re.I)
# a crossing's own word after a river's name: "crossed the Hakari bridge" crossed the bridge of that name, not the river
_CROSSING_NAMED_AFTER = prefilter.compile(r"\s+(?:bridges?|crossings?|checkpoints?|ford)\b", re.I)
_NATURAL_SITE_WORDS = {"cave", "caves", "waterfall", "reserve"}
# "the Kajaran copper mine", "the Zod deposit": a mine or quarry named after its village, a site of its own
_MINE_AFTER = prefilter.compile(r"\s+((?:(?:gold|copper|molybdenum|iron|coal|salt|ore)\s+)?(?:mine|deposit|quarry))\b")
# the mine placed apart from its village by the sentence: "the Sotk gold mine, which lies across the new border"
_MINE_PLACED = prefilter.compile(r",?\s+(?:which|that)\s+(?:now\s+)?(?:lies|sits|stands|straddles|is\s+located|is\s+situated)\b")
# how far from its mine a village the mine is named after may lie and still be the mine's place (Sotk and its gold
# mine lie 9 km apart)
MINE_VILLAGE_KM = 12.0
TWO_PART_NAME_KM = 100.0     # two adjacent words naming places this far apart are one name's parts, not two places
# (when the second is a village, of fewer people than this or none known, and the first no city: "Sheki Aghdam",
# "Gyumri Goris" or "Baku Ganja" written side by side, in a headline or a route's name, are two towns)
TWO_PART_VILLAGE_PEOPLE = 1000
TWO_PART_FIRST_PEOPLE = 50000
# "the Khudafarin and Giz Galasi hydro junctions": the site word after a list of names (matched from a position)
_LIST_OF_SITES_AT = prefilter.compile(r"(?:\s*,\s*[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s[A-ZƏÇŞĞÜÖİ][\w'’-]+)?){0,6}\s*,?\s+(?:and|or)\s+"
                              r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\s+(" + "|".join(SITE_WORDS) + r")\b")
# a reservoir's water told of: let out, released, flooding, irrigation, its level (in the clause that names it: not
# "the front around the A and B reservoirs, as soldiers ran short of water", nor "new levels" of fighting)
_RESERVOIR_WATER = prefilter.compile(r"(?i)\b(?:water|waters|releas(?:e|es|ed|ing)|let\s+out|flood(?:s|ed|ing)?|"
                                     r"irrigat(?:e|es|ed|ing|ion)|drain(?:s|ed|ing)?|levels?\s+(?:of|in|at)\b)")
# where the clause naming a reservoir begins (before it: a stop, or a comma that no name of its list follows) and ends
_CLAUSE_BEGUN = prefilter.compile(r"[;:]|\.\s|,(?!\s*[A-ZƏÇŞĞÜÖİ])")
_CLAUSE_ENDS = prefilter.compile(r"[,;:]|\.\s")


def _reservoir_water_told(sentence, begin, site_end):
    """Does the clause naming the reservoirs (the list from ``begin`` to its site word ending at ``site_end``) tell of
    their water: "water let out of the A and B reservoirs", "the A and B reservoirs were drained"?"""
    head = sentence[max(0, begin - 100):begin]
    cut = max((m.end() for m in _CLAUSE_BEGUN.finditer(head)), default=0)
    tail = _CLAUSE_ENDS.search(sentence, site_end)
    return bool(_RESERVOIR_WATER.search(head[cut:] + sentence[begin:tail.start() if tail else len(sentence)]))
_SINGULAR = {"district": "district", "districts": "district", "directions": "district", "provinces": "province", "regions": "region", "rayons": "rayon",
             "raions": "raion"}


# "hospitals in Goris and Yerevan", "stranded in Goris, Yerevan and other towns": a place of a list
# after a locative word is a place too, even a capital.
_LISTED_AFTER_LOCATIVE = prefilter.compile(
    r"\b(?:in|at|to|from|near|into|through|via)\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
    r"\s*,\s*){0,4}[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\s*(?:,?\s+(?:and|or)\s+|,\s*)$")


# "fire on Vardenis, Sotk, Artanish", "stations at Yukhari Marjanli, Shukurbeyli, ..., Hakari": a name further on in
# a list of names after a locative word is a place as the first one is, even a village named like a word; so after
# a verb of attack or capture that takes places as its objects ("drones struck Jermuk, Goris, Sotk and Kapan")
_LISTED_AFTER_PLACE_WORD = prefilter.compile(
    r"\b(?:in|at|on|near|beside|to|from|into|towards|through|via|of|shelled|struck|hit|targeted|attacked|bombed|"
    r"captured|liberated|recaptured|seized)\s+(?:the\s+)?"
    # (the list may go on with "together with" or "as well as": "fire at A together with B, C and D")
    r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
    r"(?:\s+(?:together|along)\s+with\s+|\s+as\s+well\s+as\s+))?"
    r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\s*,\s*){1,10}$"
    # "four of our villages, A, B, C and D", "the two communities: A and B": the villages a plural noun names
    # in an apposition right after it
    r"|\b(?:villages|communities|settlements)\s*[,:]\s*(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
    r"\s*,\s*){0,10}$"
    # "a plan named Margara, Bavra and Gogavan": a list of three or more names after "named" or "listed" is a
    # list of places when the gazetteer knows its members (a person is named with one name, not three)
    r"|\b(?:named|listed|naming|listing)\s+(?:the\s+)?[A-ZƏÇŞĞÜÖİ][\w'’-]+\s*,\s*"
    r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+\s*,\s*){0,8}(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+\s*,?\s+(?:and|or)\s+)?$")


# "Bavra, in Shirak, carried ...", "Tsaghkavan, near Berd, is ...": a name followed by a comma and where it lies
# is a place, even a village named like a word
_LOCATED_APPOSITION = prefilter.compile(
    r",\s+(?:(?:just|some|about|a\s+few|\d+)\s+){0,2}(?:(?:kilometres|kilometers|km|miles)\s+)?"
    r"(?:in|near|outside|(?:north|south|east|west|north-east|north-west|south-east|south-west)\s+of)\s+"
    r"(?:the\s+)?[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+(?:province|district|region|marz))?\s*,")


# "sections between Baghanis and Ayrim, Voskepar and Askipara": "between" may govern a list of pairs; every name
# of the list is a place as the first one is, even a village named like a word
_PAIRED_AFTER_BETWEEN = prefilter.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?:villages?|towns?|settlements?|communities)\s+of\s+)?"
    r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?(?:\s*,\s*|,?\s+and\s+)){1,12}$")


# "the district, which Armenians call Karvachar", "the lake, which Azerbaijanis call Qaragol": the name is
# another name of the feature before it, and is read as that kind of feature.
_CALLED = prefilter.compile(r"\b(?P<noun>district|region|province|lake|reservoir|river|mountain|pass|monastery|town|city|"
                            r"village|settlement)\s*,\s*which\s+(?:[\w'’-]+\s+){0,2}(?:calls?|called|names?|"
                            r"knows?\s+as|refers?\s+to\s+as)\s+$", re.I)


# "In Baku the project is described as", "In Yerevan the plan is seen as": how the government sees it
# (and its own account of what happened: "In Yerevan the story was told another way", "the version given was ...")
_CAPITAL_VIEW = prefilter.compile(r"[^,.;]{0,40}?\b(?:is|are|was|were)\s+(?:widely\s+|often\s+|usually\s+|now\s+)?"
                                  r"(?:described|called|seen|viewed|known|presented|portrayed|regarded|considered|"
                                  r"referred\s+to)\b|"
                                  r",?\s+the\s+(?:story|account|version)\s+(?:given\s+)?(?:is|was)\s+"
                                  r"(?:told|given|put|different)\b")


# "gunmen burst into the parliament in Yerevan", "a bomb hit the ministry in Baku": the building of a seat of power
# attacked or stormed, an event in the town it stands in
# (a state service's building too, and the building named before it: "a drone struck the building of the border
# service in Baku", "a blast damaged the migration service in X")
_SEAT_STORMED = prefilter.compile(r"\b(?:burst|broke|stormed|storm(?:s|ing)?|raided|attacked|bombed|shelled|struck|hit|seized|"
                                  r"occupied|damaged|targeted|forced\s+(?:their|its|his)\s+way)\s+(?:into\s+)?(?:the\s+)?"
                                  r"(?:(?:building|headquarters|offices?)\s+of\s+(?:the\s+)?)?"
                                  r"(?:[A-Z][\w'’-]+\s+){0,2}(?:parliament|government|ministry|office|embass(?:y|ies)|administration|"
                                  # (the missions' buildings too: "a drone struck one of the diplomatic missions in X")
                                  r"(?:diplomatic|foreign)\s+missions?|"
                                  + STATE_SERVICE + r")(?:\s+building)?\s+in\s+$", re.I)
# the seat's building itself struck, told after the capital: "the security service in Yerevan was hit by a drone"
# (only blows a building takes: "the government in X was attacked by critics" is still the government)
_SEAT_STRUCK_AFTER = prefilter.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:hit|struck|shelled|bombed|"
                                       r"damaged|stormed|raided)\b")

# people the seat's body says were taken or held in the capital, "there" closing the sentence: "The State Border
# Service in Baku said he had been handed over to the relevant state bodies there" (the capital is also where that
# happened; not fire "on positions there", which points elsewhere)
_HELD_THERE_AFTER = prefilter.compile(r"[^.;]{0,160}?\b(?:handed\s+over|taken|brought|transferred|flown|moved|held|"
                                      r"detained|jailed|imprisoned|remanded)\b[^.;]{0,80}?\bthere\s*[.;]?\s*$")
# a place named between the capital and "there", which "there" then points to: "fired on positions in Shusha and they
# had been moved there", "a shell had hit Askeran and residents were moved there"
# (a town takes no article: "handed over to the State Security Service there" is a body in the capital)
_PLACE_NAMED_BETWEEN = prefilter.compile(r"\b(?:in|at|near|to|into|around|outside|from|hit|struck|shelled|attacked)\s+"
                                         r"[A-ZƏÇŞĞÜÖİ]")


def _held_there(sentence, end):
    """Does the sentence after a capital (ending at ``end``) say people were taken or held "there", in the capital?"""
    held = _HELD_THERE_AFTER.match(sentence, end)
    return bool(held and not _PLACE_NAMED_BETWEEN.search(held.group()))

# a press centre in a capital holding an event there: "the press centre in Baku held an evening" (a venue where people
# met, not a body's word)
_CENTRE_HOSTS_AFTER = prefilter.compile(r"\s+(?:held|hosted|organi[sz]ed|staged)\s+(?:an?|the)\s+(?:[\w'’-]+\s+)?"
                                        r"(?:evening|event|exhibition|ceremony|commemoration|meeting|round\s+table|concert|"
                                        r"screening|vigil)\b")


# "the interior ministry in Stepanakert (Khankendi) said": a seat's other name in brackets after it is the same
# seat (the gloss is a body's seat as the name before it, not a place of the news)
_GLOSSED_SEAT = prefilter.compile(r"\b([A-ZƏÇŞĞÜÖİ][\w'’-]+)\s*\(\s*$")


def _seat_glossed(sentence, begin):
    """Is the name at ``begin`` a seat's other name in brackets right after a seat of power ("the office in
    Stepanakert (Khankendi)")?"""
    gloss = _GLOSSED_SEAT.search(sentence, max(0, begin - 40), begin)
    if not gloss or query_keys(gloss.group(1))[0] not in CAPITAL_COUNTRY:
        return False
    return bool(SEAT_OF_POWER.search(sentence[max(0, gloss.start() - 40):gloss.start()].lower()))


# "officials in Baku or Yerevan", "raised the matter in Baku and Yerevan": a second capital listed after a
# government's seat is a government too (the words before the first capital are SEAT_OF_POWER's)
_CAPITAL_LISTED_BEFORE = prefilter.compile(r"\b[a-z]+\s+(?:or|and)\s+$")


def _seat_of_power_listed(before):
    """Is ``before`` (lower case) a seat of power, a capital and "or"/"and"?"""
    listed = _CAPITAL_LISTED_BEFORE.search(before)
    return bool(listed) and bool(SEAT_OF_POWER.search(before, 0, listed.start()))


# "the answer from Yerevan and Stepanakert came quickly", "no response from Baku or Ankara": a seat listed after a
# capital whose government's word or answer the sentence tells (CAPITAL_RECEIVES's or SEAT_OF_POWER's) is a
# government too
_CAPITAL_BEFORE_LIST = prefilter.compile(r"\b([A-Z][\w'’-]+)\s+(?:or|and)\s+$")


def _word_listed(sentence, begin):
    """Is the name at ``begin`` listed after a capital that the sentence names for its government's word?"""
    listed = _CAPITAL_BEFORE_LIST.search(sentence, max(0, begin - 40), begin)
    return bool(listed) and query_keys(listed.group(1))[0] in CAPITALS \
        and bool(CAPITAL_RECEIVES.search(sentence, 0, listed.start())
                 or SEAT_OF_POWER.search(sentence, 0, listed.start()))


# "In Baku, the Azerbaijani Defence Ministry said", "In Baku, some commentators saw": a state body or the press (of the capital's own country, or unnamed)
# speaking in its capital; "In Baku, the US ambassador said" is a foreign envoy's statement and stays
# (after "a", only one who speaks for the body, not one of its buildings: "a defence ministry spokesman said", "a
# government official said", not "a government building was hit")
_OWN_BODY_SPEAKS = prefilter.compile(r"^,?\s+(?:the\s+|its\s+|some\s+|many\s+|most\s+|"
                                     r"an?\s+(?=(?:[\w-]+\s+){0,4}?(?:spokes(?:man|woman|person)|official)\b(?!['’]s)))?"
                                     r"(?:(?P<adj>[A-Z][a-z]+)(?:['’]s)?\s+)?"
                                     r"(?:[A-Z][a-z]+\s+){0,3}?(?:"
                                     # (a ministry written in lower case, speaking: "In Baku the foreign ministry's spokesman
                                     # said", "the defence ministry told"; its spokesman: "a defence ministry spokesman said")
                                     r"(?:foreign|defen[cs]e|interior|emergenc(?:y|ies)|justice)\s+ministry(?=(?:['’]s)?\s+spokes\w+|"
                                     r"\s+(?:said|says|told|tells|reported|announced|stated)\b)|"
                                     r"[Mm]inistry|[Gg]overnment|officials|authorities|"
                                     # (and its commentators: "In Baku, some commentators read the change as ...")
                                     r"commentators|analysts|observers|newspapers|media|"
                                     r"[Pp]residen(?:t|cy|tial\s+\w+)|[Pp]rosecutor\w*|[Ss]ervice|spokes\w+)\b")


# the words of a body named after a sentence-opening "From <capital>," that speaks: "From Baku, Azerbaijan's defence
# ministry told reporters", "From Yerevan, the government said" (its word sent from its seat; not "From Baku, the
# government flew the wounded to X", a journey). The body's own verb, a few words on, with no other verb of a
# journey's between ("From Baku, the government airlifted tents to X, officials said", "From Yerevan, the government
# sent buses to Y, it said"), nor a speaker's aside set off by commas, whose clause is the journey ("From Baku,
# ministry officials said, the column drove to Z")
_SPOKE_AFTER = prefilter.compile(r"^,?\s*(?:(?!(?:and|to|for|into|towards?|via)\b)[\w'’-]+\s+){1,5}?"
                                 r"(?:said|says|told|tells|announced|stated|reported|denied|claimed|insisted|added)\b(?!\s*,)")


def _own_body_speaks(key, after):
    """Does ``after`` (the words after a sentence-opening "In <capital>") begin with the capital's own state
    body?"""
    m = _OWN_BODY_SPEAKS.match(after)
    if not m:
        return False
    country = ADJ_COUNTRY.get((m.group("adj") or "").lower())
    return country is None or country == ADJ_COUNTRY.get(CAPITAL_COUNTRY.get(key, "").lower())


# "Residents of Tegh said": people who live there speak, not the place for its government
PEOPLE_OF = prefilter.compile(r"\b(?:residents|villagers|people|locals|families|farmers|witnesses|inhabitants)\s+"
                              r"(?:of|from|in)\s+$"
                              # one of them where they are ("a teacher in X said"; not "a woman from X", her home)
                              r"|\b(?:resident|villager|farmer|shepherd|teacher|witness|doctor|nurse|priest|shopkeeper|"
                              r"pensioner|woman|man)\s+in\s+$", re.I)


# "a television crew that visited X said", "reporters who were in Y said": people who have been to the place speak of
# it, the place does not speak (a town is no government)
_BEEN_THERE_BEFORE = prefilter.compile(r"\b(?:who|that)\s+(?:(?:had|has|have)\s+)?(?:just\s+|recently\s+)?"
                                       r"(?:visited|toured|reached|(?:were|was|been)\s+(?:in|to|at)|went\s+to|"
                                       r"came\s+(?:back\s+)?from|returned\s+from|travell?ed\s+to|stayed\s+in)\s+(?:the\s+)?$",
                                       re.I)


# a town named as a bridge's place right after its river: "a bridge over the Araz at Aghband", "across the Debed near
# Bagratashen", "between A and B" (the town is the bridge's place, the river only says what it spans)
# (or after the country it leads to, "over the Araz to Iran at Aghband"; or "in" a town, not a district: "over the X
# river in Zangilan", but "in the Aghdam district" leaves the river the bridge's place)
_BRIDGE_AT_TOWN = prefilter.compile(r"(?:\s+(?:river|River))?(?:\s+(?:to|into)\s+[A-Z][\w'’-]+)?\s+(?:(?:at|near|by|between|from)\s+"
                                    r"(?:the\s+village\s+of\s+)?[A-Z]|in\s+(?:the\s+(?:village|town)\s+of\s+)?[A-Z][\w'’-]+\b"
                                    r"(?!\s+(?:[Dd]istrict|[Rr]egion|[Pp]rovince|[Rr]ayon|[Aa]rea|[Vv]alley|[Gg]orge)\b))")
# a bridge named after its place before the river: "work has begun on the Khudafarin bridge over the Araz" (the bridge
# has its place; not a word opening the sentence, "New bridges over the Araz")
_NAMED_BRIDGE_BEFORE = prefilter.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:The|This|That|New|Another|Second|Third|Its|Their|"
                                         r"One|Two|Three)\b)[A-Z][a-z][\w'’-]*\s+[Bb]ridges?\b[^.;:]{0,40}?\b"
                                         r"(?:over|across|spanning)\s+the\s+$")


def _bridge_built_over(sentence, begin, end):
    """Is the river named at ``begin:end`` one a bridge is being built over, no town named as the bridge's place
    (see RIVER_BRIDGE_WORKS_BEFORE), right after the river or after the words that it is being built ("the bridge
    across the X river that is being built near Y"), nor the bridge named after its place?"""
    near = max(0, begin - 120), begin
    built = RIVER_BRIDGE_BUILT_AFTER.match(sentence, end)
    return bool((RIVER_BRIDGE_WORKS_BEFORE.search(sentence, *near)
                 or (RIVER_BRIDGE_BEFORE.search(sentence, *near) and built))
                and not _BRIDGE_AT_TOWN.match(sentence, end)
                and not (built and _BRIDGE_AT_TOWN.match(sentence, built.end()))
                and not _NAMED_BRIDGE_BEFORE.search(sentence, *near))


# a bridge over a river or its valley, named before a bare river name, and not people crossing it (see
# RIVER_EVENT_BEFORE)
_RIVER_WORKS_SAID = prefilter.compile(r"(?i)\b(?:bridges?|crossings?|valley|gorge|course)\b")


# "an ICRC spokesman in Baku said": a person in the place speaks (governments "in" a capital are
# SEAT_OF_POWER's, and stay out)
_SPEAKER_IN = prefilter.compile(r"\b(?:spokes(?:man|woman|person)|correspondent|reporter|representative|"
                                r"delegate|envoy|officer)\s+(?:based\s+)?in\s+$", re.I)


# a relative or friend said to be in a town, telling what happens "there": "my brother in X says the curfew is still
# kept there", "her cousin in Y says shells fell there" (the town is the one the words tell of, not a body speaking)
_KIN_IN = prefilter.compile(r"\b(?:my|our|his|her|their)\s+(?:[\w-]+['’]s\s+)?(?:cousin|brother|sister|uncle|aunt|nephew|"
                            r"niece|son|daughter|mother|father|friend|neighbou?r)\s+in\s+$", re.I)
_TOLD_THERE = prefilter.compile(r"\b(?:curfew|shell(?:s|ed|ing)?|rockets?|missiles?|drones?|explosions?)\b[^.;]{0,60}?"
                                r"\bthere\b|\bthere\b[^.;]{0,30}?\b(?:shell(?:s|ed|ing)?|rockets?|missiles?|drones?|"
                                r"explosions?)\b", re.I)


# a participle right after a place ("in central Baku demanding war"), and a saying verb later in the sentence
_PARTICIPLE_AFTER = prefilter.compile(r"\s+\w+ing\b")
_SAYS_LATER = prefilter.compile(rf"\b(?:{SAYING})\b")
_IN_ONLY = {"in"}


_CALLED_LAST_WORDS = ("call", "calls", "called", "name", "names", "as")


# the word after a name's bracketed other name: "district" in "Martuni (Khojavend) district"
_WORD_AFTER = prefilter.compile(r" ([\w'’-]+)")


def _glossed_end(sentence, begin, end):
    """Where a name's reading goes on: past the other side's name in brackets after it ("Martuni (Khojavend)
    district"), or past the closing bracket when the name is that bracketed one; else its own end."""
    if sentence[begin - 1:begin] == "(" and sentence[end:end + 1] == ")":
        return end + 1
    gloss = _GLOSS_AFTER.match(sentence, end)
    return gloss.end() if gloss else end


def _called_before(sentence, begin):
    """The match of :data:`_CALLED` just before ``begin``, or None; tried only after one of its last words."""
    window = sentence[max(0, begin - 80):begin]
    return _CALLED.search(window) if ends_with_word(window, _CALLED_LAST_WORDS) else None


# "the embargo cut Yerevan off from fuel", "a blockade that cut off Stepanakert": the town cut off is where the
# blockade is felt, a place and not its government
_CUT_BEFORE = prefilter.compile(r"\b(?:cut(?:s|ting)?|clos(?:ed|es|ing)|seal(?:ed|s|ing)|shut(?:s|ting)?)\s+(?:off\s+)?$", re.I)
# "cut Yerevan off", and a city shut to those coming in: "closed Baku to anyone entering", "sealed Ganja to outsiders"
_OFF_AFTER = prefilter.compile(r"\s+(?:off\b|to\s+(?:anyone|everyone|all|any|outsiders|visitors|traffic|entry|cars|vehicles|"
                               r"people\s+(?:coming|arriving|entering|from)|"
                               r"non-residents)\b)", re.I)


# a participle opening a sentence before a place: "Visiting Baku", "Leaving Goris"
_OPENING_PARTICIPLE = prefilter.compile(r"[A-Z][a-z]{2,}ing")
# an imperative opening a style note's, a guide's or an advisory's sentence: "Write Stepanakert (Khankendi) ...",
# "Avoid Goris after dark", "Use Shushi in quotes" (the verb capitalised by position is no first word of a name)
_OPENING_IMPERATIVES = {"write", "use", "spell", "say", "call", "name", "avoid", "visit", "keep", "take", "leave",
                        "read", "see", "prefer", "follow", "check", "expect", "allow", "plan", "book", "cross",
                        "reach", "ask", "contact", "tell", "note", "report", "treat", "refer", "drop"}
# "visited Baku, Guba and Ganja", "visited Baku on 15 May and Yerevan on 16 May": the towns a visit went to are
# places, capitals too (a visit goes to the city, not to its government); a date may follow each name of the list
_VISITED = prefilter.compile(r"\b(?:[Vv]isit(?:s|ed|ing)?|[Tt]our(?:s|ed|ing))\s+"
                             r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
                             r"(?:\s+(?:on|in)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|\d{4}))?"
                             r"(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)){0,4}$")


# "buses between Yerevan and Goris", "flights between Baku and Nakhchivan": a capital at one end of a service or a
# road is a town the route runs to, not its government (one vehicle too: "who drives a lorry between Yerevan and X";
# and the second end: "the bus between Goris and Yerevan")
_SERVICE_BETWEEN = prefilter.compile(r"\b(?:(?:mini)?bus(?:es)?|coach(?:es)?|trains?|flights?|roads?|highways?|routes?|"
                                     r"lorr(?:y|ies)|trucks?|vans?|taxis?|ferr(?:y|ies)|traffic)\s+between\s+"
                                     r"(?:[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+)?$", re.I)


# "the agreements reached between Yerevan and Baku", "a deal struck between Baku and Moscow": the capitals are the
# parties to a deal (their governments), and "reached" or "struck" is the deal's, no arrival or strike at the city
_DEAL_BETWEEN = prefilter.compile(r"\b(?:reached|struck|hit)\s+between\s+$", re.I)
# a state that blockades a capital, cutting off the country it rules: "Turkey and Azerbaijan have blockaded Yerevan"
# (the government's; troops blockading it or people who fled it keep the city, see CAPITAL_LOCATIVE)
_STATE_CUTS_OFF = prefilter.compile(r"\b(?:Azerbaijan|Armenia|Turkey|Russia|Iran|Georgia|Baku|Yerevan|Ankara|Moscow|Tehran|"
                                    r"Tbilisi)\s+(?:(?:has|have|had)\s+)?(?:(?:also|long|effectively)\s+)?"
                                    r"(?:blockaded|blockading|besieged|besieging|encircled)\s+$")


# "the convoy left Stepanakert for Yerevan", "buses set off for Baku", "a column bound for Yerevan": a capital a
# journey is bound for is the town it goes to, not its government
_DEPARTED_FOR = prefilter.compile(r"\b(?:left|leaves|leaving|depart(?:s|ed|ing)?|set(?:s|ting)?\s+(?:off|out)|"
                                  r"head(?:s|ed|ing)?|bound|sailed|flew|drove)\b[^.;:,]{0,40}?\s+for\s+$", re.I)


def _departed_for(sentence, begin):
    """Is the name at ``begin`` where a journey told by its setting off is bound ("left X for Yerevan")?"""
    return bool(_DEPARTED_FOR.search(sentence, max(0, begin - 60), begin))


def _service_between(sentence, begin):
    """Is the name at ``begin`` an end of a service or road "between" two places?"""
    return bool(_SERVICE_BETWEEN.search(sentence, max(0, begin - 70), begin))


def _visited(sentence, begin):
    """Is the name at ``begin`` the object of a visit, or of a list of them ("visited Baku and Ganja")?"""
    return bool(_VISITED.search(sentence, max(0, begin - 120), begin))


# a capital as a gathering's host, which names where the gathering is held: "the summit, which Baku hosts in
# November", "Yerevan is to host the games", "Tbilisi hosted the talks" (not "host families")
# (or the place that saw a gathering or unrest: "Baku saw a demonstration against the claims", "Yerevan has seen
# rallies every night")
_HOSTS_AFTER = prefilter.compile(r"\s+(?:(?:is|was|will|would)\s+(?:also\s+)?(?:to\s+)?)?(?:hosts|hosted|host)\b(?!\s+famil)|"
                                 r"\s+(?:also\s+)?(?:saw|sees|has\s+seen|had\s+seen|witnessed)\s+(?:(?:a|an|the|its|another|"
                                 r"more|new|large|mass|big|daily|nightly)\s+)*(?:demonstrations?|rall(?:y|ies)|protests?|"
                                 r"riots?|marches|unrest|strikes?|clashes)\b")
# a capital counted among the towns where a rule holds or something happens is a town there, not its government:
# "Baku is one of the cities where nobody may be on the streets at night", "Yerevan was among the towns under curfew"
# (not one of the places under a side's control: "Baku remains among the places under government control")
_ONE_OF_TOWNS_AFTER = prefilter.compile(r"\s+(?:is|was|remains|remained|became|has\s+become)\s+(?:also\s+)?"
                                        r"(?:one\s+of|among)\s+the\s+(?:[\w'’-]+\s+)?(?:cities|towns|places)\s+"
                                        r"(?:where|under(?!\s+(?:[\w'’-]+\s+){0,2}control\b)|in\s+which)\b")
# a capital under an emergency rule is the city the rule holds in, not its government: "Yerevan has been under a
# state of emergency since Saturday", "Baku was under curfew" (not "under pressure", "under no obligation")
_UNDER_RULE_AFTER = prefilter.compile(r"\s+(?:(?:has|had|have)\s+been|is|was|remains|remained|will\s+be|is\s+still|was\s+still)"
                                      r"\s+(?:placed\s+|put\s+)?under\s+(?:a\s+)?(?:state\s+of\s+emergency|curfew|martial\s+law|"
                                      r"lockdown|siege|blockade)\b")


def _cut_off(sentence, begin, end):
    """Is the name between ``begin`` and ``end`` the object of "cut ... off" ("cut Yerevan off", "cut off Baku"), or of
    a city closed to those entering it ("closed Baku to anyone entering the city"): the city itself, no government?"""
    before = _CUT_BEFORE.search(sentence, max(0, begin - 20), begin)
    return bool(before) and ("off" in before.group(0).lower() or bool(_OFF_AFTER.match(sentence, end)))


# between a locative and a capitalised word, these make the locative no place's: "in which Yerevan released",
# "in turn Baku offered"
_NOT_BEFORE_A_PLACE = {"which", "whom", "whose", "return", "turn", "addition", "particular", "fact", "response",
                       "contrast", "exchange", "total", "general", "short", "part"}


# an area's own body: "the Askeran regional department", "the Khojaly district executive authority" (and a
# ministry's branch there: "the Interior Ministry's Barda regional group")
# a region's seat named by the region: "the Lori provincial centre", "the Syunik regional capital"
_SEAT_ADJECTIVES = {"provincial", "regional"}
_SEAT_NOUNS = {"centre", "center", "capital"}
_AREA_ADJECTIVES = {"district", "regional", "municipal", "city", "town", "provincial", "rayon", "region", "province"}
_LOCAL_BODIES = INSTITUTION_NOUNS | {"executive", "department", "police", "court", "prosecutor", "prosecutor's",
                                     "council", "committee", "hospital's", "branch", "directorate", "group"}
# a town's or a region's press: "Stepanakert's own papers", "the Syunik regional sites", "Goris local TV"
# ("sites" and "channels" only as the area's own: "the Aghdam sites" may be places of its own)
_AREA_PRESS_AFTER = prefilter.compile(r"(?:['’]s)?\s+(?:own\s+)?(?:(?:(?:regional|local|district|city|provincial)\s+)?"
                                      r"(?:papers|newspapers|press|media|news\s*sites|websites|outlets|dailies|weeklies|"
                                      # (a city's broadcaster: "Baku radio says", "Stepanakert television reported")
                                      r"radio|television)|"
                                      r"(?:regional|local|district|city|provincial)\s+(?:sites|channels))\b"
                                      # (but the broadcaster's building or mast, a place hit: "the Stepanakert radio station")
                                      r"(?!\s+(?:offices?|buildings?|centre|center|stations?|studios?|towers?|masts?|"
                                      r"transmitters?|centres|centers)\b)")
# a body named by its area alone, or by areas listed together: "the Martuni police said", "officers from the
# Hadrut department", "officials of the Askeran and Martuni regional administrations" (not the body's building, a
# place hit: "a shell hit the Martuni police station")
# a capital's state service, named by the capital's possessive: "Baku's border service", "Yerevan's security
# services" (the state's body, though "border" is a place word)
_CAPITAL_S_SERVICE = prefilter.compile(r"['’]s\s+(?:state\s+)?" + STATE_SERVICE + r"\b", re.I)
_AREAS_BODY_AFTER = prefilter.compile(r"(?:(?:\s*,|,?\s+(?:and|or))\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+){0,3}\s+"
                                      r"(?:(?:" + "|".join(sorted(_AREA_ADJECTIVES)) + r")\s+)?"
                                      r"(?:police|departments?|administrations?|municipalit(?:y|ies)|councils?)\b"
                                      r"(?!\s+(?:stations?|buildings?|headquarters|offices?|premises|compound)\b)")


# the towns a village is told to lie between, in an apposition to the village: "near X, a village between A and B",
# "X, the village on the road between A and B" (they only say where X is; older sets: 1 of 1 so)
_LIES_BETWEEN_BEFORE = prefilter.compile(r"[A-ZƏÇŞĞÜÖİ][\w'’-]+,\s+(?:a|the)\s+(?:small\s+|little\s+|mountain\s+)?"
                                         r"(?:village|hamlet|settlement)\s+(?:(?:on|along)\s+the\s+(?:main\s+)?"
                                         r"(?:road|highway)\s+)?between\s+(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+and\s+)?$")


# a district's officials speaking of its town, the town named again in what they say: "Officials of the X district
# said that shelling of X ..." (the first X is who speaks; the second is where it happened)
_BODY_OF_BEFORE = prefilter.compile(r"\b(?:officials|authorities|administration)\s+of\s+the\s+$", re.I)
_DISTRICT_SPEAKS_AFTER = prefilter.compile(r"\s+(?:district|region|province)\s+(?:said|says|told|tells|reported|announced)\b")


# a place word and one side's name for it: "a settlement it calls Zod", "the village Armenians call X" (the noun
# says a place is named, as "the village of X" does)
_PLACE_WORD_CALLED = prefilter.compile(r"\b(?:village|settlement|town|hamlet)\s+(?:that\s+|which\s+)?"
                                       r"(?:it|they|[A-ZƏÇŞĞÜÖİ][\w'’-]+)\s+(?:calls?|called|names?|named)\s+$")
# ... but not a person the place's people named to a post: "in the village they named Vahan their new head"
_NAMED_TO_POST_AFTER = prefilter.compile(r"\s+(?:as|their|his|her|its|our|the|a|an)\s")
# a village its people left: "she had left X with her grandchildren", "families fled Y in the night" (the verb's
# object, then a preposition or the clause's end: not "left Aram a note")
_LEFT_BEFORE = prefilter.compile(r"\b(?:left|fled|abandoned)\s+$")
# (a person left is no village: not "left Khachik in charge", "left Vahan for another man", "abandoned Vahan on the
# battlefield", "left Khachik, a young private,": after "in", "on", "at" and "for" only a time, a way or a goal)
_LEFT_AFTER = prefilter.compile(r"\s*[.;]|\s*,(?!\s+(?:a|an|his|her|their|my|our)\s)|\s+(?:with|after|when|before|by|during)\b|"
                                r"\s+in\s+(?:\d|ruins\b|haste\b|a\s+hurry\b|panic\b|cars\b|buses\b|convoys?\b|"
                                r"the\s+(?:night|morning|evening|dark|spring|summer|autumn|winter|early\s+hours|[a-z]+\s+of\s+\d))|"
                                r"\s+on\s+(?:\d|foot\b|the\s+(?:night|morning|evening|eve|day)\b|[A-Z][a-z]+day\b)|"
                                r"\s+at\s+(?:\d|dawn\b|night\b|midnight\b|noon\b|first\s+light\b|half\s+past\b)|"
                                r"\s+for\s+(?:good\b|ever\b|[A-ZƏÇŞĞÜÖİ])")
_VILLAGES_OF = prefilter.compile(r"\bvillages?\s+of\s+(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
                                 r"\s*(?:,|,?\s+and|,?\s+or)\s+){0,8}$")


# the plural "villages of" or "settlements of" right before a name: the area they lie in, unless a list goes on
_AREA_OF_VILLAGES = prefilter.compile(r"\b(?:villages|settlements)\s+of\s+(?:the\s+)?$")
# (", and" right after the one name opens a new clause: "villages of Tavush, and Petrosyan said ...", and a name
# set off as one of them is no list item: "the villages of Tavush, Aygepar among them")
_LISTED_WITH_VILLAGES = prefilter.compile(r"\s*(?:,(?!\s*(?:and|or)\b)|\s+and|\s+or)\s+[A-ZƏÇŞĞÜÖİ]"
                                          r"(?![\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?\s+among\s+them\b)")


# the name given to an exercise or an operation: "a joint drill called Araz", "the exercise, codenamed Shamkir",
# "an operation it calls Iron Fist" (a name, not the place of the exercise); so too a craft's name: "its plane
# named Khankendi", "the Airbus named Karabakh", "a ferry called Shusha"
_EXERCISE_NAMED = prefilter.compile(r"\b(?:exercises?|operations?|" + DRILL_WORDS + r"|(?:air)?planes?|aircraft|airliners?|"
                                    r"airbus|boeing|jets?|helicopters?|ships?|ferr(?:y|ies)|vessels?|tankers?|trains?)\s*,?\s+"
                                    r"(?:(?:it|they|which|that)\s+)?(?:called|calls|codenamed|code-named|dubbed|named)\s+"
                                    r"[\"“‘']?$", re.I)

# a boat's or a craft's name in quotation marks right after the craft: 'the club dinghy "Shirvan"', 'the yacht
# "Lachin"' (the quotation marks give a name, not the place the boat is at)
_CRAFT_QUOTED = prefilter.compile(r"\b(?:boats?|dinghy|dinghies|yachts?|ships?|vessels?|ferr(?:y|ies)|tankers?|barges?|"
                                  r"sloops?|schooners?|trawlers?|tugs?|(?:air)?planes?|aircraft|helicopters?)\s+[\"“‘']$", re.I)

# the town bounding the unnamed villages on one side, the border on the other: "the singers come from the
# villages between X and the border" (where the villages lie; the town itself is no scene). Villages shelled or
# attacked there keep the town, the one place that says where ("the villages between X and the border were shelled")
_VILLAGES_BETWEEN = prefilter.compile(r"\b(?:villages|settlements|communities)\s+between\s+$")
_AND_THE_BORDER = prefilter.compile(r"\s+and\s+the\s+(?:state\s+)?(?:border|frontier|front\s*line|line\s+of\s+contact)\b")

# the address after a village's name: "lives in X, in the Y community near Z" (the community and the town near it
# only say where X is; the sets leave an address out, X itself is read on its own). An X the gazetteer lacks, shelled
# or attacked, keeps its address: the one place that says where ("a shell hit X, in the Y community near Z")
# (Y: the name between "X, in the" and "community"; Z: the name after "Y community near")
_VILLAGE_IN_THE = r"(?P<village>[A-ZƏÇŞĞÜÖİ][\w'’-]+),\s+in\s+the\s+"
_COMMUNITY = r"(?:community|municipality)"
_ADDRESS_COMMUNITY = prefilter.compile(_VILLAGE_IN_THE + r"$")
_COMMUNITY_AFTER = prefilter.compile(r"\s+" + _COMMUNITY + r"\b")
_NEAR_ADDRESS = prefilter.compile(_VILLAGE_IN_THE + r"[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+" + _COMMUNITY + r"\s+near\s+$")


def _bounds_villages(sentence, begin, end, known):
    """Is the name at ``begin:end`` the town the unnamed villages lie between the border and ("the villages between
    Goris and the border"), or a village's address ("X, in the Y community near Z": Y and Z), in a sentence with no
    strong cue (or, for an address, one whose village ``known`` says the gazetteer has)?"""
    address = (_ADDRESS_COMMUNITY.search(sentence, max(0, begin - 60), begin)
               if _COMMUNITY_AFTER.match(sentence, end) else None) \
        or _NEAR_ADDRESS.search(sentence, max(0, begin - 100), begin)
    if address:
        return known(address.group("village")) or not any(h.strong for h in cue_hits(sentence))
    return bool(_VILLAGES_BETWEEN.search(sentence, max(0, begin - 30), begin) and _AND_THE_BORDER.match(sentence, end)
                and not any(h.strong for h in cue_hits(sentence)))


def _villages_area(sentence, begin, end):
    """Is the name at ``begin:end`` the one name after the plural "villages of" ("border villages of Tavush"): the
    area the villages lie in?"""
    return bool(_AREA_OF_VILLAGES.search(sentence, max(0, begin - 20), begin)) \
        and not _LISTED_WITH_VILLAGES.match(sentence, end)
_BUILDING_OF = prefilter.compile(r"\b(?:building|buildings|premises|headquarters|compound|offices)\s+of\s+(?:the\s+)?$", re.I)


# a town's name in a post's ("Gyumri's mayor", "Lachin's district head") or in a scholar's university ("a professor
# at Yerevan State University"): who the person is, not where something happened (not "Khankendi University
# reopened")
_POST = (r"(?:(?:district|regional|provincial|city|town|executive|community|village)\s+)?(?:deputy\s+|vice[\s-]+)?"
         r"(?:mayor|governor|ombudsman|head|prosecutor)")
_POST_AFTER = prefilter.compile(r"['’]s\s+" + _POST + r"\b")   # ("Goris's deputy mayor")
_UNIVERSITY_AFTER = prefilter.compile(r"(?:\s+(?:State|Medical|Pedagogical|Polytechnic|Agrarian|Technical))?\s+"
                                      r"(?:University|Conservatory)\b")
_SCHOLAR_AT = prefilter.compile(r"\b(?:professors?|lecturers?|rectors?|researchers?|scholars?|experts?|historians?|"
                                r"economists?|analysts?|graduates?|students?)\s+(?:at|of|from)\s+(?:the\s+)?$", re.I)


# the same town written bare before the post, the holder named after it: "Goris deputy mayor Ani Hakobyan told",
# "Kapan mayor Gevorg Parsyan said" (not the post's office, a building: "shells hit the Kapan mayor's office")
_POST_BARE_AFTER = prefilter.compile(r"\s+" + _POST + r"(?:,\s+|\s+)(?:(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+"
                                     # or the surname alone, told by its ending: "Goris deputy mayor Hakobyan said"
                                     r"|(?-i:[A-Z])[\w'’-]*" + SURNAME_ENDING + r"\b)", re.I)


# the place a speaker heads told again by its kind in what the speaker says ("said 160 people had left the town",
# "told France 24 that the town's residents had fled", "that the whole population of the town had left"; not "the
# village of Y" or "the village Y", another one: only a capital after it names one, the pattern being case-blind)
PLACE_AGAIN = prefilter.compile(r"\b(?:said|says|told|tells|added|reported)\b[^.;:]*?\b(?:the|this|that|our|his|her|their)\s+"
                                r"(?:village|town|city|community|settlement)\b(?!\s+(?:of\s+)?(?-i:[A-Z]))(?!\s+of\b)", re.I)


def _place_told_again(sentence, end):
    """Do the words of the post's holder name the post's town again by its kind, with no other place told before it
    ("told France 24 that the town's residents had fled"; not "said rockets hit Tartar and the town's hospital was
    full", "told reporters that shells hit Tartar, not the city": the town there is the other one)?"""
    again = PLACE_AGAIN.search(sentence, end)
    if not again:
        return False
    told = re.split(r"\bthat\b", again.group(0))[-1]
    told = re.sub(r"(?i)^\W*(?:said|says|told|tells|added|reported)\b", "", told)
    return not re.search(r"\b[A-ZƏÇŞĞÜÖİ][\w'’-]*[a-zə]", told)


def _post_or_scholar(sentence, begin, end):
    """Is the name at ``begin:end`` a post's town ("Gyumri's mayor", "Goris deputy mayor Ani Hakobyan") or a
    scholar's university's ("a lecturer at Ganja State University")? (Not when the holder's words name the town
    again: "Tartar's deputy mayor told France 24 that the town's residents had fled" tells of Tartar, as "the mayor
    of Tartar" does.)"""
    if _POST_AFTER.match(sentence, end) or _POST_BARE_AFTER.match(sentence, end):
        return not _place_told_again(sentence, end)
    return bool(_UNIVERSITY_AFTER.match(sentence, end)
                and _SCHOLAR_AT.search(sentence, max(0, begin - 40), begin))


# two towns joined by a dash before a road's noun: "the Lachin–Khankendi road"
_DASHED_ROUTE = prefilter.compile(r"(?<![\w–—-])([A-ZƏÇŞĞÜÖİ][\w'’]+)\s?[–—]\s?([A-ZƏÇŞĞÜÖİ][\w'’]+)\s+(road|highway|route|corridor)\b")
# a name joined by a dash to the next: a town of a dashed chain ("the Irevan–Yeghegnadzor–Gorus highway", en or em
# dash, a token of its own), a village at one end of a road ("Voskepar–Noyemberyan", "Sotk–Karvachar")
_DASHED = prefilter.compile(r"\s?[–—]\s?[A-ZƏÇŞĞÜÖİ]")
_DASHED_BEFORE = prefilter.compile(r"\w\s?[–—]\s?$")
# a town named before it with a dash or a hyphen: "Kalbajar–Lachin", "Kalbajar-Lachin"
_JOINED_BEFORE = prefilter.compile(r"[A-Za-zəçşğüöıƏÇŞĞÜÖİ]\s?[–—-]\s?$")
_ROAD_WORDS = frozenset({"road", "highway", "route"})


def _far_end_of_dashed_road(sentence, begin, noun):
    """Is the name at ``begin`` the second town of a road named by two ("the Kalbajar–Lachin road")? Its noun then
    names the road between them, not a route the gazetteer files under the town's name alone ("the Lachin road",
    the Lachin corridor)."""
    return noun in _ROAD_WORDS and _JOINED_BEFORE.search(sentence, max(0, begin - 3), begin) is not None


# a part of a town or a village named as such: "the Kerkicahan neighbourhood of Khankendi", "the Badara quarter"
# a river, its valley or gorge the gazetteer lacks: "along the Aghstev valley" is no typo of a town (Aghstafa)
_WATER_NOUNS = frozenset({"river", "rivers", "valley", "gorge"})
# the articles before "the Tavush village": a province's name used to describe a village
_ARTICLES = frozenset({"the", "a", "an", "another"})
_PART_NOUN_AFTER = prefilter.compile(r"\s+(?:neighbou?rhood|quarter|suburb|microdistrict|settlement|village)\b")
# a name as the subject of fire it suffered ("Tegh was shelled", "Khnatsakh has been fired on", "Artsvashen, across
# the valley, came under heavy fire"): the predicate places a village named like a word
# an adverb between the auxiliary and the fire ("had also been heavily shelled", "had all come under fire"), or one
# placing it earlier ("had already come under artillery fire", "had previously been shelled")
_FIRE_ADVERB = (r"(?:again|repeatedly|also|once\s+more|then|both|all|heavily|intensively|sporadically|regularly|"
                r"already|previously|recently|twice)")
_FIRED_ON_SUBJECT = prefilter.compile(
    # (the name singled out of its list between commas: "the villages, X first of all, took mortar fire")
    r"(?:\s*,[^,.;:]{1,40},|\s+(?:first\s+of\s+all|above\s+all|most\s+of\s+all|in\s+particular)\s*,)?"
    r"(?:\s+(?:both|all))?\s+(?:(?:was|were|is|are|(?:has|have|had)(?:\s+" + _FIRE_ADVERB + r")?\s+been|came|comes|"
    r"(?:(?:has|have|had)(?:\s+" + _FIRE_ADVERB + r")?\s+)?come)\s+(?:" + _FIRE_ADVERB + r"\s+)?"
    # ("had come under Azerbaijani fire": the perfect, and the side's adjective before the fire)
    r"(?:shelled|bombarded|fired\s+(?:on|at|upon)|under\s+(?:[A-Za-z-]+\s+){0,2}(?:fire|shelling))\b"
    # (not a person's fire of words: "had previously come under fire from critics", "... for his stance")
    r"(?!\s+(?:from|by)\s+(?:(?:the\s+)?(?:critics|opposition|lawmakers|deputies|activists|media|press|"
    r"commentators|bloggers|rights\s+groups|campaigners|voters))\b|\s+(?:for|over)\s+(?:his|her|their)\b)"
    # or fire taken: "X took mortar fire", "X has taken heavy shelling"
    # (not "took no fire", nor "took the fire brigade's call")
    r"|(?:took|takes|(?:has|have|had)\s+taken)\s+(?!no\s)(?:[A-Za-z-]+\s+){0,2}(?:fire|shelling)\b"
    r"(?!\s*(?:brigade|service|station|engine|alarm|drill|fighter)))"
    # or the subject reporting the fire it heard: "Yeraskh reported gunfire overnight"
    r"|(?:\s+(?:both|all))?\s+(?:reported|reports)" + INCIDENT_REPORTED)


def fired_on_subject(sentence, end):
    """Is the name ending at ``end`` the subject of fire told right after it ("X was shelled", "X came under fire")?"""
    return bool(_FIRED_ON_SUBJECT.match(sentence, end))


# a village as the object of a siege ("troops were blockading X", "police blockaded X", "soldiers had encircled X"):
# the verb itself is the context a village named like a word needs
_BESIEGED_OBJECT = prefilter.compile(r"\b(?:blockad(?:ed|ing)|besieg(?:ed|ing)|encircl(?:ed|ing)|surround(?:ed|ing)|"
                                     r"cordon(?:ed|ing)\s+off)\s+(?:the\s+village\s+of\s+)?$", re.I)
# the names coordinated after a name ("Chinari[, Movses] and Aygepar were shelled"): what follows the last of them
# is said of every one, so a village named like a word shares its list's predicate
_COORDINATED_AFTER = prefilter.compile(
    r"(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?){1,8}")


def _has_in_reach(sentence, literal, begin, reach=200):
    """Does ``literal`` stand in the ``reach`` characters before ``begin``? (A test for speed before a pattern
    that must match there and contains it.)"""
    return sentence.find(literal, max(0, begin - reach), begin) >= 0


def _list_end(sentence, end):
    """Where the list of names that goes on from the name ending at ``end`` ends (``end`` when none follows)."""
    listed = _COORDINATED_AFTER.match(sentence, end)
    return listed.end() if listed else end


# "in the capital, Yerevan", "across the Armenian capital, Yerevan": the capital named after a comma is the city where
# it happened, as after "in" itself
_CAPITAL_NAMED_AFTER = prefilter.compile(r"\b(?:in|at|near|to|from|into|across|around|outside|through)\s+(?:the\s+|its\s+)?"
                                         r"(?:[\w'’-]+\s+)?capital,\s+$", re.I)
# a capital among the towns a plural noun lists in an apposition: "a curfew in six cities, Baku, Ganja and Sumgayit",
# "four towns: Yerevan, Gyumri, ..." (one of the towns, not its government)
# (the towns a place word governs, "imposed on six cities, Baku, ...", not the subject: "Two cities, Baku and Yerevan,
# accused each other": their governments)
_TOWNS_LISTED = prefilter.compile(r"\b(?:in|on|at|to|from|into|across|around|near|over|through|of)\s+(?:[\w'’-]+\s+){0,2}?"
                                  r"(?:towns|cities)\s*[,:]\s*(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\s*,\s*){0,10}$")
# the names coordinated before a name ("at Agarak and Norduz", "via A, B and C"): a word before the first of them
# governs every one
_COORDINATED_BEFORE = prefilter.compile(
    r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)){1,8}$")
LIST_REACH = 200          # characters a list of names may take before its last one


def _list_start(sentence, begin):
    """Where the list of names that ends with the name at ``begin`` starts (``begin`` when none comes before)."""
    listed = _COORDINATED_BEFORE.search(sentence, max(0, begin - LIST_REACH), begin)
    return listed.start() if listed else begin


# a capital's route is its government's project: "Baku's road to Nakhchivan"
_ROUTE_NOUNS = {"road", "route", "corridor", "highway", "railway", "motorway", "bypass"}
# a road, or a piece of one, named by its towns: "the A-B road", "the A-B section of the road", "the A-B-C section
# of highway"
ROAD_PIECE_AFTER = prefilter.compile(r"\s+(?:(?:section|stretch|segment)\s+of\s+(?:the\s+)?(?:main\s+)?)?"
                               r"(?:road|highway|motorway|route)\b")


_TWO_GEO_NOUNS = prefilter.compile(r" ([a-z]+) ([a-z]+)\b")
_AREA_NOUNS = {"district", "region", "province", "rayon", "raion"}


_RAIL_NOUNS = {"railway", "rail", "railroad", "line"}
# "the Kapan to Meghri road": the first town of a road written "A to B" before its route word
_TO_PAIRED_ROUTE = prefilter.compile(rf"\sto\s+[A-ZƏÇŞĞÜÖİ][\w'’]+\s(?:{'|'.join(sorted(_ROUTE_NOUNS | _RAIL_NOUNS))})\b")


_PROVINCE_OF = prefilter.compile(r"\bprovince\s+of\s+$", re.I)
# the last words of _CROSSING_AT_BEFORE, as the word before a name (tested first, for speed)
_AT_WORDS = frozenset({"at", "on", "near"})


def _names_exercise(word):
    """Can ``word``, lower-cased, be the last word of _EXERCISE_NAMED (called, calls, codenamed, code-named,
    dubbed, named)? Tested by letters that ignoring case matches only as themselves (not by "calls", whose "s"
    the pattern also matches as "ſ"), so that no word the pattern reads is passed over."""
    return word.startswith("call") or word.endswith("named") or word == "dubbed"
_SITE_OF = prefilter.compile(r"\b(monastery|fortress|castle)\s+of\s+$", re.I)      # "the monastery of Kirants"


_BRIDGE_OVER = prefilter.compile(r"\bbridges?\s+(?:over|across|on)\s+(?:the\s+)?$", re.I)
# streets named together, the noun in the plural after the last: "on Shahumyan and Aram Manukyan streets" (each name
# a street's, often a person's, never the village of that name)
_STREET_NAME = r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"      # one or two capitalised words
_STREETS_NOUN = r"(?:streets|avenues|boulevards)"
_STREETS_LISTED_AFTER = prefilter.compile(r"(?:\s*,\s*" + _STREET_NAME + r")*\s*,?\s+and\s+" + _STREET_NAME + r"\s+"
                                          + _STREETS_NOUN + r"\b")
# ... the last of those names: "on Shahumyan and" before it, "streets" right after
_STREETS_LISTED_BEFORE = prefilter.compile(r"\b(?:on|along)\s+" + _STREET_NAME + r"(?:\s*,\s*" + _STREET_NAME
                                           + r")*\s*,?\s+and\s+$")
_STREETS_NOUN_AFTER = prefilter.compile(r"\s+" + _STREETS_NOUN + r"\b")
# one street named, its noun in lower case after the name: "on Gai avenue", "Nizami street 41" (not the town's
# street life, a noun after the street's: "Stepanakert street fighting", "Goris street traders")
_STREET_AFTER = prefilter.compile(r"\s+(?:street|avenue|boulevard|prospekt|lane)\b(?!\s+(?!(?:in|on|at|of|near|off|by|with|"
                                  r"from|to|into|for|until|till|since|during|through|under|over|past|across|along|around|"
                                  r"opposite|beside|towards?|and|or|but|as|so|then|while|because|was|were|is|are|be|been|"
                                  r"being|has|had|have|will|would|could|can|may|might|must|should|did|does|do|also|still|now|"
                                  r"today|yesterday|last|this|who|whose|not|where|which|that|when|after|before|outside|"
                                  r"behind|between|itself)\b)[a-z])")
_TOWN_WORD = prefilter.compile(r"\b(?:city|town)\s+of\s+$", re.I)
# "the Arpa–Sevan tunnel", "the Vorotan–Arpa water tunnel": a name in a dashed pair before a water work's noun
_WATER_WORKS = prefilter.compile(r"\s?[–—]\s?[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+(?:water\s+)?(?:tunnel|canal|aqueduct|conduit)\b")
_WATER_WORKS_BEFORE = prefilter.compile(r"[A-ZƏÇŞĞÜÖİ][\w'’-]+\s?[–—]\s?$")
_WATER_WORK = prefilter.compile(r"\s+(?:water\s+)?(?:tunnel|canal|aqueduct|conduit)\b")


# how a mention reads a name the gazetteer asks about ("which one?"): a placeholder until its area settles it
ASKED = "asked"


class _SentenceWords(NamedTuple):
    """Words a sentence holds, tested once for it (for speed only): a pattern that needs one of them is not
    searched for in a sentence without it, at each of its names."""

    areas: bool               # a plural area noun or "district" (_LIST_OF_AREAS, _AREAS_BEFORE)
    crossing: bool            # "cro", in any case (CROSSING_SIDES_BEFORE needs "crossing")
    water: bool               # a water work's noun (_WATER_WORKS, _WATER_WORK)
    mine: bool                # a mine's noun (_MINE_AFTER)


def _sentence_words(sentence):
    """The :class:`_SentenceWords` of a sentence."""
    return _SentenceWords(
        areas="district" in sentence or "directions" in sentence or "rayons" in sentence or "raions" in sentence
        or "provinces" in sentence,
        crossing="cro" in sentence.lower(),
        water=any(w in sentence for w in ("tunnel", "canal", "aqueduct", "conduit")),
        mine=any(w in sentence for w in ("mine", "deposit", "quarry")))


class Finder:
    """Place-mention finder bound to one gazetteer, with its own caches."""

    def __init__(self, gazetteer):
        self.g = gazetteer
        self._lookup_cache = {}
        self._fuzzy_cache = {}
        self._variant_cache = {}
        self._named_abroad_cache = {}
        self._border_sites = None
        try:
            import justext
            self.stop = STOP | {w for w in justext.get_stoplist("English") if w.isalpha()}
        except Exception:         # justext ships with trafilatura; the short list is enough
            self.stop = set(STOP)

    def lookup(self, phrase):
        """Region-first candidates of a phrase (cached): (region places, places abroad)."""
        hit = self._lookup_cache.get(phrase)
        if hit is None:
            found = self.g.candidates(phrase)
            keys = set(query_keys(phrase))
            # "St" and "Mt" written for the own name's "Saint" and "Mount": "St Petersburg" is Saint Petersburg
            keys.update(query_keys(_SAINT_SHORT.sub(lambda m: _SAINT_LONG[m.group(1).lower()], phrase)))
            region = [p for p in found if p.country in REGION]
            # abroad, a place under its own name (not GeoNames' alternate names: "Casa Blanca" is no "White House"),
            # or under a name the project's supplement gives it ("the White House" for Washington)
            abroad = [p for p in found if p.country not in REGION and (
                (keys & set(name_keys(p.name)) and (p.source == "curated" or p.population >= MIN_POPULATION_ABROAD))
                or p.source == "curated")]
            if _curated_own_name_abroad(keys, region, abroad):
                region = []
            hit = self._lookup_cache[phrase] = (region, abroad)
        return hit

    def _exclave_in_full(self, phrase, place):
        """The exclave an article writes out in full ("the Nakhichevan Autonomous Republic") read as the exclave
        its capital names ("crowds in Nakhichevan"): one place however it is written, drawn at that capital, with
        what a sentence tells of it kept as for the short name. A region that is no town's exclave stays itself."""
        head = phrase.split()[0]
        town = next((p for p in self.lookup(head)[0] if p.precision == "town"), None) if head != phrase else None
        if town is None or not any(p == place for p in self.lookup(f"{town.name} exclave")[0]):
            return place
        return town._replace(precision="region")

    def names_exclave(self, place):
        """Is the place an exclave read under its capital's name (see :meth:`_phrase`: "a route to Nakhchivan")?"""
        return place.precision == "region" and any(
            p.precision == "town" and p.name == place.name and p.lat == place.lat and p.lon == place.lon
            for p in self.lookup(place.name)[0])

    def named_abroad(self, phrase):
        """Towns and sites abroad filed under the phrase as their own name, whatever their population (cached):
        read only where the article names their country."""
        hit = self._named_abroad_cache.get(phrase)
        if hit is None:
            keys = set(query_keys(phrase))
            hit = self._named_abroad_cache[phrase] = [
                p for p in self.g.candidates(phrase) if p.country not in REGION
                and p.precision in ("town", "site") and keys & _own_keys_abroad(p.name)]
        return hit

    def crossing_side_abroad(self, phrase):
        """The one town of a neighbouring country filed under the phrase as its own name, whatever its population:
        a crossing named by its two sides names the side abroad, small as it may be ("the crossing between Gyumri
        and Kars"); none when neighbours have several such towns."""
        towns = [p for p in self.named_abroad(phrase) if p.country in NEIGHBOURS]
        return towns if len(towns) == 1 else []

    def _bridge_bank(self, sentence, begin, end):
        """The place of the region on the other bank of a bridge named by the two it joins, when the name at
        ``begin``..``end`` is one of them ("a bridge between Ordubad and X", "the bridge from X to Julfa"); None
        otherwise. Only a bridge with one bank in the region crosses its border: "a bridge between Tabriz and
        Marand", both abroad, names no crossing's side."""
        if "bridge" not in sentence:
            return None
        sides = _BRIDGE_SIDES_BEFORE.search(sentence, max(0, begin - _CROSSING_SIDES_REACH), begin)
        if sides is None:
            return None
        other = sides.group("other") or (after.group("other") if (after := _BRIDGE_OTHER_AFTER.match(sentence, end))
                                         else None)
        for name in (other, other.split()[0]) if other else ():
            region = self.lookup(name)[0]
            if region:
                return region[0]
        return None

    def _bridge_bank_near(self, sentence, begin, end, place):
        """Is ``place`` a bank of a bridge named by the two it joins (see :meth:`_bridge_bank`), near the other?"""
        bank = self._bridge_bank(sentence, begin, end)
        return bank is not None and _km(bank, place) <= BRIDGE_BANKS_KM

    def _crossing_site_at(self, sentence, begin, phrase):
        """The site a name the gazetteer knows only with a crossing word is, when such a word stands before it: "the
        checkpoint at Hakari", "the post at Hakari", "to cross at Hakari" (a post or a crossing at a name is its
        checkpoint when the gazetteer has no crossing of that name); None otherwise."""
        point = _CROSSING_AT_BEFORE.search(sentence, max(0, begin - 30), begin)
        if not point:
            return None
        noun = point.group("noun").lower()
        return self._crossing_site_of(phrase, (noun,) if noun in _POINT_NOUNS else ("crossing", "checkpoint"))

    def _crossing_site_of(self, phrase, nouns):
        """The first site the gazetteer files as the phrase and one of ``nouns`` ("Hakari bridge"), or None."""
        for point_noun in nouns:
            site = [p for p in self.lookup(f"{phrase} {point_noun}")[0] if p.precision == "site"]
            if site:
                return site[0]
        return None

    def variants(self, phrase):
        """The gazetteer's places filed under a variant of the phrase (cached)."""
        hit = self._variant_cache.get(phrase)
        if hit is None:
            hit = self._variant_cache[phrase] = self.g.variant_candidates(phrase)
        return hit

    def fuzzy(self, word, alternate=False):
        """A variant's or a typo's region match ("Yevlah" → Yevlakh), or None (cached).

        A nation's or a language's adjective is no guess ("an inscription in Greek", "a song in Tatar"): it
        means the nation; nor is the English noun of a body or a building ("at the Institute" is no village
        Institut). A typo needs the gazetteer's full accept score here: running text has many capitalised words
        that are no place at all. With ``alternate``, an alternate name the gazetteer resolves exactly counts too
        ("Irevan" in a chain of towns naming a road).
        """
        if word not in self._fuzzy_cache:
            match = None
            if len(word) >= 5 and word.lower() not in self.stop and word.lower() not in NATION_ADJECTIVES \
                    and not _BODY_NOUN.fullmatch(word):
                try:
                    match = self.g.resolve(word)
                    if match.place.country not in EVENT_COUNTRIES:
                        match = None
                except AmbiguousPlace:
                    match = self._asked(word)
                except GeoError:
                    match = None
            self._fuzzy_cache[word] = match
        m = self._fuzzy_cache[word]
        if m is not None and (m.how in ("variant", ASKED) or (m.how == "fuzzy" and m.score >= FUZZY_IN_TEXT
                                                      and _a_letter_apart(word, m.place))
                              or (alternate and m.how == "exact")):
            return m
        return None

    def _asked(self, word):
        """A spelling the gazetteer asks about ("Kemerli": a village of Qazax, or Artashat's old name) read as its
        first variant, marked ASKED: only the area the sentence names with it may settle which (the pipeline
        drops it otherwise), or None."""
        region = [p for p in self.variants(word) if p.country in EVENT_COUNTRIES]
        return Match(word, region[0], ASKED, 100.0) if region else None

    def mentions(self, sentence, tokens=None, evidence=frozenset()):
        """Place mentions of one sentence, in order.

        Parameters
        ----------
        sentence : str
        evidence : set of str
            The countries abroad the article names ("TR" for "Turkey", "Turkish"): their towns are read even when
            too small to be read without it ("Kars").

        Returns
        -------
        list of Mention
        """
        tokens = tokens if tokens is not None else tokenize(sentence)
        out = []
        said = _sentence_words(sentence)
        for run in _runs(sentence, tokens):
            out.extend(self._run_mentions(sentence, tokens, run, evidence, said))
        routes = self._dashed_routes(sentence, tokens) if "–" in sentence or "—" in sentence else []
        if routes:
            out = sorted([m for m in out if m is None or not any(r.begin <= m.begin < r.end for r in routes)] + routes,
                         key=lambda m: -1 if m is None else m.begin)
        return out

    def _dashed_routes(self, sentence, tokens):
        """Routes the gazetteer files under a hyphenated name, written with a dash: "the Lachin–Khankendi road" is
        the "Lachin-Khankendi road" (the Lachin corridor), not a road between two towns."""
        out = []
        for m in _DASHED_ROUTE.finditer(sentence):
            phrase = f"{m.group(1)}-{m.group(2)}"
            region = [p for p in self.lookup(f"{phrase} {m.group(3).lower()}")[0] if p.precision != "town"]
            first = next((k for k, t in enumerate(tokens) if t.begin == m.start()), None)
            last = next((k for k, t in enumerate(tokens) if t.end == m.end(2)), None)
            if region and first is not None and last is not None \
                    and self._keep_region(sentence, tokens, first, last, phrase, region[0]):
                out.append(Mention(sentence[m.start():m.end(2)], m.start(), m.end(2), region[0], "exact", 100.0, False))
        return out

    def _run_mentions(self, sentence, tokens, run, evidence, said):
        words = [w for w, *_ in run]
        # leading function words capitalised by position: "In Ganja", "The Lachin road"; but a name may
        # begin with one ("Nor Maragha": nor is Armenian for new)
        while words and words[0].lower() in self.stop and not _armenian_new(words, run) and not any(
                any(self.lookup(" ".join(words[:k]))) or (query_keys(" ".join(words[:k])) or ("",))[0] in NOT_EVENT_PLACES
                for k in range(2, min(len(words), MAX_WORDS_IN_NAME) + 1)):
            run, words = run[1:], words[1:]
        if len(run) > 1 and run[0].index == 0 and (_OPENING_PARTICIPLE.fullmatch(words[0])
                                                   or words[0].lower() in _OPENING_IMPERATIVES) \
                and not any(self.lookup(words[0])):
            run, words = run[1:], words[1:]     # "Visiting Baku in March, ...": the verb is capitalised by position
        if not run:
            return []
        found, unmatched, i = [], [], 0
        while i < len(run):
            if PARTICLE_NAME.match(words[i]):
                unmatched.append(words[i])         # a person's surname: the run is a person's name
                i += 1
                continue
            for j in range(min(len(run), i + MAX_WORDS_IN_NAME), i, -1):
                phrase = " ".join(words[i:j])
                hits = self._phrase(sentence, tokens, run, i, j, phrase, evidence, said)
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
        # a place word inside a person's or an organisation's name: "Vagif Dargahli", "Minsk Group" (but a nation's
        # adjective before a place is the side it is said to belong to: "occupied Armenian Shushi")
        if len(run) > 1 and unmatched[:1] == words[:1] and words[0].lower() in NATION_ADJECTIVES \
                and found[0].begin == run[1].begin:
            unmatched = unmatched[1:]
        # two words of one name, each spelling a place of its own far from the other ("Gobu Dilagarda", a village
        # by Fuzuli, is no Gobu on the Absheron): the first word is the name's first part, no far namesake's name
        # (a curated place keeps its word: "Shusha Tigranakert" names two that the project files itself; so do two
        # towns side by side, "Gyumri Goris buses", "Sheki Aghdam": only a village's name opens with such a word)
        if len(found) > 1 and len(run) > 1 and found[0].begin == run[0].begin and len(found[0].text.split()) == 1 \
                and found[0].place.source != "curated" and found[1].begin == run[1].begin \
                and found[1].place.population < TWO_PART_VILLAGE_PEOPLE \
                and found[0].place.population < TWO_PART_FIRST_PEOPLE \
                and sentence[found[0].end:found[1].begin] == " " \
                and _km(found[0].place, found[1].place) > TWO_PART_NAME_KM:
            found = found[1:]
        # "Nor Erkej": another village than Erkej (run[0] "Nor" opened no sentence)
        others = [w for w in unmatched if w.lower() not in GEO_NOUNS and w.lower() not in self.stop
                  and w.lower() not in _NAME_TAILS and w.lower() not in _TOWNS_BUILDINGS or w == "Nor"]
        if others:
            found = [m for m in found if len(m.text.split()) > 1 and m.place.source == "curated"
                     or _names_gathering(sentence, m.end)]
        return found

    def _phrase(self, sentence, tokens, run, i, j, phrase, evidence, said):
        """Mentions for run[i:j] read as one name (several for a hyphenated chain); ``said`` is the sentence's
        :class:`_SentenceWords`."""
        begin, end, first_index = run[i].begin, run[j - 1].end, run[i].index
        if "-" in phrase and j - i == 1:
            return self._chain(sentence, tokens, run, i, phrase)
        if "-" in phrase and ROAD_PIECE_AFTER.match(sentence, end):
            # a chain with a two-word town, hyphens binding it to its neighbours ("the Shushi-Karin Tak section of
            # the road", "the Shusha-Krasny Bazar-Kadjar section of highway"): kept only when every stop reads
            chain = self._chain(sentence, tokens, run, i, phrase, j)
            if chain and None not in chain:
                return chain
        key = query_keys(phrase)[:1]
        if not key or key[0] in NOT_EVENT_PLACES or len(key[0]) < 3:
            return [] if not key or key[0] not in NOT_EVENT_PLACES else [None]
        # the word right before the name (patterns ending in "of", "at", "named" ... are searched only after one)
        before = tokens[first_index - 1].text.lower() if first_index else ""
        if _names_exercise(before) and _EXERCISE_NAMED.search(sentence, max(0, begin - 60), begin):
            return [None]
        if begin and sentence[begin - 1] in "\"“‘'" and _CRAFT_QUOTED.search(sentence, max(0, begin - 30), begin):
            return [None]
        called = _called_before(sentence, begin) if j - i == len(run) else None
        if called:
            noun = called.group("noun").lower()
            for name in (f"{phrase} {noun}", f"{noun} {phrase}", phrase):
                try:
                    match = self.g.resolve(name)
                except GeoError:
                    continue
                if match.place.country in EVENT_COUNTRIES:
                    return [Mention(sentence[begin:end], begin, end, match.place, match.how, match.score, False)]
        region, abroad = self.lookup(phrase)
        if j - i == 1 and len(run) > 1 and len(phrase) <= 5 and phrase.isupper() \
                and any(not w.text.isupper() and w.text.lower() not in _NO_NAME_WORDS and w.text.lower() not in GEO_NOUNS
                        for w in run) \
                and not any(phrase in _names_of(p) for p in (*region, *abroad)):
            return []                      # "a conference called Sarsang SOS": an acronym in a name (no place is
                                           # written so in capitals), not the village of Sos (a day or a place noun
                                           # beside it is no name: "shells hit SOS Monday", "SOS Village")
        site = None if region or abroad or before not in _AT_WORDS else self._crossing_site_at(sentence, begin, phrase)
        if not site and _QUALIFIED_POINT_AFTER.match(sentence, end):
            # "the Margara land crossing", "the Margara border point": the crossing the gazetteer files as "Margara
            # crossing", as "the Margara crossing" is (none filed: the name is read as it stands); the mention stays
            # the name alone, so that the crossing's own word is still read as the sentence's cue
            site = self._crossing_site_of(phrase, ("crossing",))
        if not site and _BRIDGE_OVER.search(sentence, max(0, begin - 30), begin):
            # "the bridge over the Hakari": the bridge the gazetteer files under the river's name, not the river or
            # a village of its name
            site = self._crossing_site_of(phrase, ("bridge",))
        if site:
            return [Mention(sentence[begin:end], begin, end, site, "exact", 100.0, False)]
        crossed = RIVER_EVENT_BEFORE.search(sentence, max(0, begin - 40), begin) if before == "the" else None
        if crossed and not _RIVER_WORKS_SAID.search(crossed.group(0)) and not any(is_river(p) for p in region) \
                and not _CROSSING_NAMED_AFTER.match(sentence, end) \
                and not _WAY_CROSSES.search(sentence, max(0, begin - 120), crossed.end()):
            # "crossed the Araks into Iran": the river of that name the people crossed, not a village called so
            # (a bridge across it or its valley only locate: "a temporary bridge across the Araks near X")
            river = [p for p in self.lookup(f"{phrase} River")[0] if is_river(p)]
            if river:
                return [Mention(sentence[begin:end], begin, end, river[0], "exact", 100.0, False)]
        stretch = RIVER_STRETCH_BEFORE.search(sentence, max(0, begin - 40), begin) if before == "the" else None
        if stretch and not any(is_river(p) for p in region) and RIVER_FIGHT_NEWS.search(sentence):
            # "the fighting was on the stretch near the Araks": the river's bank fought along, not a village called
            # so (see _keep_region)
            river = [p for p in self.lookup(f"{phrase} River")[0] if is_river(p)]
            if river:
                return [Mention(sentence[begin:end], begin, end, river[0], "exact", 100.0, False)]
        if said.water and (_WATER_WORKS.match(sentence, end) or (_WATER_WORK.match(sentence, end)
                                                                and _WATER_WORKS_BEFORE.search(sentence, max(0, begin - 60),
                                                                                               begin))):
            # "the Arpa–Sevan tunnel": a water tunnel is named after the waters it joins, not after towns
            for name in (f"{phrase} River", f"Lake {phrase}", f"{phrase} Reservoir"):
                water = [p for p in self.lookup(name)[0] if p.name == name]
                if water and name.endswith(" River"):
                    return [None]          # a river is an event only where people cross it (see _keep_region)
                if water:
                    return [Mention(sentence[begin:end], begin, end, water[0], "exact", 100.0, False)]
        if not region and not abroad and evidence:
            abroad = [p for p in self.named_abroad(phrase) if p.country in evidence]
        if not region and not abroad and on_named_line(sentence, begin):
            abroad = self.named_abroad(phrase)    # "the Gyumri–Rostov–Ganja line": a stop of the line
        if not region and not abroad and ((said.crossing and _crossing_side(sentence, begin))
                                          or _paired_crossing_side(sentence, begin, end)):
            abroad = self.crossing_side_abroad(phrase)    # "the crossing between Gyumri and Kars": its side abroad
        if not region and not abroad and (bank := self._bridge_bank(sentence, begin, end)):
            # "a bridge between Ordubad and X": its bank abroad, near the region's bank
            abroad = [p for p in self.crossing_side_abroad(phrase) if _km(p, bank) <= BRIDGE_BANKS_KM]
        if abroad and not region and before == "of" and _PROVINCE_OF.search(sentence, max(0, begin - 20), begin):
            # "the Turkish province of Igdir": the province abroad, not its capital
            abroad = [p for p in self.lookup(f"{phrase} province")[1] if p.precision == "region"] or abroad
        picked_as = phrase
        next_word = tokens[run[j - 1].index + 1].text.lower() if run[j - 1].index + 1 < len(tokens) else ""
        glossed = _glossed_end(sentence, begin, end)
        if glossed != end:
            end_word = _WORD_AFTER.match(sentence, glossed)
            next_word = end_word.group(1).lower() if end_word else ""
        areas = said.areas
        listed = areas and _LIST_OF_AREAS.match(sentence[glossed:])
        if listed:
            # "the Lachin and Kalbajar districts", "the Zangelan, Dzhebrail and Kubatly districts"
            next_word = _SINGULAR[(listed.group(1) or listed.group(2)).lower()]
        elif areas and j - i == len(run) and (listed := _AREAS_BEFORE.search(sentence, 0, begin)):
            next_word = _SINGULAR[listed.group(1).lower()]
        site = self._named_site(sentence, begin, end, phrase, next_word, region, before) \
            or (self._mine(sentence, end, phrase) if said.mine else None)
        if site is _PLACED_AT_TOWN:
            return [None]
        if site is not None:
            return [Mention(sentence[begin:end], begin, end, site, "exact", 100.0, False)]
        if before in ("on", "along") and _STREETS_LISTED_AFTER.match(sentence, end):
            return [None]                  # "on Shahumyan and Manukyan streets": streets named after people (not
                                           # a town's own streets: "slept on Stepanakert streets")
        if _STREETS_NOUN_AFTER.match(sentence, end) \
                and _STREETS_LISTED_BEFORE.search(sentence, max(0, begin - 80), begin):
            return [None]                  # ... and the last of them, the plural noun right after it
        if before not in ("the", "a", "an", "one") and _STREET_AFTER.match(sentence, end):
            return [None]                  # "the hostel on Gai avenue", "Nizami street 41": a street's name (not
                                           # "the Stepanakert street where ...", a street of the town)
        if next_word in ("river", "rivers") and sentence[end:end + 1] == " " \
                and not _BRIDGE_OVER.search(sentence, max(0, begin - 30), begin) \
                and not any(is_river(p) for p in self.lookup(f"{phrase} River")[0]) \
                and not (any(is_river(p) for p in region) and _bridge_built_over(sentence, begin, end)):
            return [None]                  # "the Bargushad river": a river the gazetteer lacks, not a village or a
                                           # bridge of its name (but "the bridge over the Hakari river" is the bridge)
        if region and sentence[end:end + 1] == " " and (next_word in ("direction", "sector", "axis") or (
                next_word == "front" and _PAIRED_BEFORE.search(sentence, max(0, begin - 40), begin))):
            next_word = "district"         # "in the Tovuz direction": the front sector named after the district
                                           # (a town without a district of its name stays the town: "Jermuk")
        elif region and (paired := _PAIRED_DIRECTION.match(sentence, end)):
            next_word, listed = "district", paired    # "the Fuzuli–Khojavend direction": both districts
        two_nouns = _TWO_GEO_NOUNS.match(sentence, end) if next_word in GEO_NOUNS else None
        if two_nouns and two_nouns.group(1) == "border" and two_nouns.group(2) in GEO_NOUNS:
            # "the Lachin border checkpoint": the site the gazetteer knows as "Lachin checkpoint", not the town
            for name in (f"{phrase} border {two_nouns.group(2)}", f"{phrase} {two_nouns.group(2)}"):
                longer = [p for p in self.lookup(name)[0] if p.precision == "site"]
                if longer:
                    return [Mention(sentence[begin:end], begin, end, longer[0], "exact", 100.0, False)]
        if next_word == "exclave" and any(p.precision == "town" for p in region):
            pass                           # "the Nakhchivan exclave": read below as the town's exclave
        elif next_word in GEO_NOUNS and (sentence[glossed:glossed + 1] == " " or listed) \
                and not _far_end_of_dashed_road(sentence, begin, next_word):
            # "Lachin corridor", "Hakari checkpoint": the site itself when the gazetteer has it
            nouns = (next_word,) if region else dict.fromkeys((next_word,) + SITE_NOUNS)
            for noun in nouns:
                if noun == "village" and before in _ARTICLES and any(p.precision == "region" for p in region):
                    continue               # "Kirants, the Tavush village where": the province describing a
                                           # village, not the province's namesake village ("Tavush village")
                longer = self.lookup(f"{phrase} {noun}")[0] or self.variants(f"{phrase} {noun}")
                if not longer and region and noun in _AREA_NOUNS:
                    # "the Kubatlu district": the district of the town's own name when the gazetteer knows the
                    # spelling only for the town
                    own = self._pick(region, phrase)
                    longer = [p for p in self.lookup(f"{own.name} {noun}")[0] if p.precision in ("district", "region")]
                if longer:
                    region, picked_as = longer, f"{phrase} {noun}"    # "Khojaly district", not the town
                    break
            else:
                rivers = self._river_of_valley(phrase, next_word, region)
                if rivers:
                    region = rivers        # "the Arpa valley": the river's (kept below only where a journey passes)
                elif next_word == "river" and any(is_river(p) for p in region) \
                        and _bridge_built_over(sentence, begin, end):
                    region = [p for p in region if is_river(p)]   # "a bridge being built over the X river": the river
                elif region and next_word in ("river", "valley", "gorge"):
                    return [None]          # "the Vorotan river", "along the Araks valley", "the Arpa gorge": the
                                           # river or its valley, not the village of its name
        if region:
            place = self._pick(region, picked_as)
            if place is None:
                return []
            if _bounds_villages(sentence, begin, end, lambda name: bool(self.lookup(name)[0])):
                return [None]              # "the villages between X and the border", "A, in the X community near
                                           # Y": where they lie, no scene
            if sentence[end:end + 1] == " " and kinds_clash(f"{phrase} {next_word}", place):
                return [None]              # "the Sarsang bridge": a bridge the gazetteer lacks, not the reservoir
            if place.precision in ("district", "region") and _VILLAGES_OF.search(sentence, max(0, begin - 200), begin) \
                    and not _villages_area(sentence, begin, end):
                # "the villages of Aygepar, Chinari and Tavush": the village, not the province of its name (but
                # "several border villages of Tavush", one name alone after the plural, is the province)
                place = next((p for p in self.lookup(f"{phrase} village")[0] + region if p.precision == "town"), place)
            elif place.precision == "town" and _villages_area(sentence, begin, end):
                place = self._own_district(place) or place
            if place.precision == "town" and not (before == "of" and _TOWN_WORD.search(sentence, max(0, begin - 20),
                                                                                        begin)) \
                    and next_word not in ("city", "town") and not _TOWNS_AIRPORT.match(sentence, end):
                # "a route to Nakhchivan", "the Nakhchivan exclave": the exclave its capital is named after, drawn
                # at that capital (its usual map point, and the name the news gives it); the city itself only as
                # "the city of Nakhchivan", the region only in full ("the Nakhchivan Autonomous Republic")
                if any(p.precision == "region" for p in self.lookup(f"{phrase} exclave")[0]):
                    place = place._replace(precision="region")
            elif place.precision == "region":
                place = self._exclave_in_full(phrase, place)
            if not self._keep_region(sentence, tokens, first_index, run[j - 1].index, phrase, place):
                return [None]
            return [Mention(sentence[begin:end], begin, end, place, "exact", 100.0, False)]
        if abroad:
            # a border point abroad is read like one of the region's: what happens there is its news
            # (and so is the far end of a journey into it: "the flights arrived from Moscow")
            border_point = _at_border_point(sentence, begin, end) or self.crossing_site(phrase, abroad[0], sentence, begin) \
                or self.crossing_state(phrase, abroad[0], sentence, end) \
                or self._bridge_bank_near(sentence, begin, end, abroad[0])
            incident = not border_point and _border_province_incident(sentence, begin, key[0], abroad[0])
            if not (border_point or incident) \
                    and not self._keep_abroad(sentence, tokens, first_index, run[j - 1].index, phrase):
                return [None]
            journey = _journey_from(sentence, begin, end)
            return [Mention(sentence[begin:end], begin, end, abroad[0], "exact", 100.0,
                            not (border_point or journey or incident))]
        chained = j - i == 1 and (_DASHED.match(sentence, end) or _DASHED_BEFORE.search(sentence, max(0, begin - 3), begin))
        if j - i == 1 and phrase.lower() not in self.stop and next_word not in _WATER_NOUNS \
                and (self._locative_before(tokens, first_index) or chained
                     or _FIRED_ON_SUBJECT.match(sentence, end) or _PART_NOUN_AFTER.match(sentence, end)
                     or self._listed_after_place(sentence, tokens, first_index)):
            # a typo or a variant after "in", "near", in a dashed chain of towns ("the Irevan–Gorus highway"), as
            # the subject of fire ("Voskepr was shelled"), named a village or a town's part ("the Kerkicahan
            # neighbourhood") or listed after a place of the region ("took Edilli, Jirakuz and Tagaser")
            # (not a monastery's name: "towards the Anapat monastery" is no village its spelling loosely makes;
            # a site's own loose spelling, "the Dadivanq monastery", is still that site)
            match = None if _names_vehicle(sentence, begin, end) else self.fuzzy(phrase, alternate=bool(chained))
            if match is not None and match.place.precision != "site" and _SITE_NOUN_AFTER.match(sentence, end):
                match = None
            if match is not None and query_keys(match.place.name)[0] not in NOT_EVENT_PLACES:
                return [Mention(sentence[begin:end], begin, end, match.place, match.how, match.score, False)]
        return []

    def _listed_after_place(self, sentence, tokens, index):
        """Is the word at ``index`` the next item of a list, after a comma, of a one-word place of the region ("A, X
        and B")? A village named among others is one too, whatever its spelling."""
        if index == 0:
            return False
        before = tokens[index - 1]
        return (sentence[before.end:tokens[index].begin] == ", " and before.text[:1].isupper()
                and bool(self.lookup(before.text)[0]))

    def _own_district(self, town):
        """The district named after ``town`` ("the villages of Lachin" lie in the Lachin district, not in the
        town), or None when the gazetteer has none."""
        return next((p for p in self.lookup(f"{town.name} district")[0] if p.precision == "district"), None)

    def _mine(self, sentence, end, phrase):
        """The mine or quarry the gazetteer knows under the name and the words after it ("the Sotk gold mine"),
        or None. A mine is news of the village it is named after when the gazetteer knows that village near it:
        fire that "disrupts work at the Sotk gold mine" or a worker "wounded at the Sotk mine" is filed at Sotk, as
        the sets annotate it. The site stays its own place when the sentence itself tells where the mine lies
        apart from its village ("the Sotk gold mine, which lies across the new border")."""
        noun = _MINE_AFTER.match(sentence, end)
        if not noun:
            return None
        site = next((p for p in self.lookup(f"{phrase} {noun.group(1)}")[0] if p.precision == "site"), None)
        if site is None or _MINE_PLACED.match(sentence, noun.end()):
            return site
        village = next((p for p in self.lookup(phrase)[0]
                        if p.precision == "town" and p.name != site.name and _km(p, site) <= MINE_VILLAGE_KM), None)
        return village or site

    def _named_site(self, sentence, begin, end, phrase, next_word, region, before):
        """The site a name followed by a site word stands for ("the Azykh cave", "the Shahbulag fortress", "the
        Khudafarin and Giz Galasi hydro junctions"), when the gazetteer has a site of that name; else None.
        A fortress or monastery stands in its town: named after it ("the Askeran fortress") it is the
        town's (None) unless the gazetteer places the site apart from it ("the Haghartsin monastery", in the
        forest 7 km from Haghartsin village), placed at one ("the Lok fortress at Ganlikend") it is left to
        that town (_PLACED_AT_TOWN). A dam or hydroelectric plant the gazetteer knows ("the Mingachevir
        hydroelectric power plant") is its own site even beside its town: news of a strike on it is not news of
        a strike on the town. A cave or a waterfall lies apart from the village it is named after.
        "The monastery of Kirants" is the Kirants monastery. ``before`` is the word before the name, lower-cased."""
        site_of = before == "of" and _SITE_OF.search(sentence, max(0, begin - 20), begin)
        site_end = end + 1 + len(next_word)
        if site_of:
            next_word = site_of.group(1).lower()
        elif next_word not in SITE_WORDS or sentence[end:end + 1] != " ":
            listed = _LIST_OF_SITES_AT.match(sentence, end)
            if not listed:
                return None
            next_word = listed.group(1).lower()
            site_end = listed.end()
        built = next_word not in _NATURAL_SITE_WORDS
        towns = [p for p in region if p.precision == "town"] if built else []
        if not towns and built and _AT_TOWN.match(sentence, end):
            return _PLACED_AT_TOWN
        for noun in SITE_WORDS[next_word]:
            sites = [p for p in self.lookup(f"{phrase} {noun}")[0] if p.precision == "site"]
            if sites and (noun == "dam" or not any(_km(sites[0], town) <= SAME_PLACE_KM for town in towns)
                          or (next_word in ("reservoir", "reservoirs")
                              and _reservoir_water_told(sentence, begin, site_end))):
                return sites[0]            # a dam or its power plant is a target of its own, even at its town's edge
                                           # (a reservoir named as one too, where its water is the news: "water let
                                           # out of the A and B reservoirs"; not "the front around them")
            if sites:
                return None
        return None

    def _chain(self, sentence, tokens, run, i, phrase, j=None):
        """A hyphenated token: a place name itself, or a chain "Askeran-Aghdam road"; with ``j``, the chain spans
        run[i:j], a stop of two words ("Shusha-Krasny Bazar-Kadjar")."""
        word, begin, end, index = run[i]
        if j is not None:
            end, index = run[j - 1].end, run[j - 1].index
            word = sentence[begin:end]
        region, _ = self.lookup(phrase)
        next_word = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
        if not region and next_word in GEO_NOUNS:
            # "the Lachin-Khankendi road": a route the gazetteer knows by that name
            region = [p for p in self.lookup(f"{phrase} {next_word}")[0] if p.precision != "town"]
        key = query_keys(phrase)[:1]
        if key and key[0] in NOT_EVENT_PLACES:
            return [None]
        if region:
            place = self._pick(region, phrase)
            if place and self._keep_region(sentence, tokens, index, index, phrase, place):
                return [Mention(word, begin, end, place, "exact", 100.0, False)]
            return [None]
        parts = word.split("-")
        if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
            return [None]                  # "Moscow-led", "Baku-based": not places
        if (next_word in PIPELINE_NOUNS and next_word not in _RAIL_NOUNS or _WATER_PIPELINE.match(sentence, end)) \
                and not _pipeline_cut(sentence, begin, end):
            return [None]                  # the Baku-Tbilisi-Ceyhan pipeline is not an event place, nor the ends of
                                           # "the A-B-C water pipeline" a missile was aimed at (heldout21, 188: they
                                           # only locate); a railway of the region's towns is a route: "the
                                           # Horadiz-Aghband railway"; a pipeline blocked or cut is a line cut at its
                                           # two end towns
        out, offset = [], begin
        crossing = bool(_BORDER_POINT_AFTER.match(sentence, end))
        waypoints = crossing or next_word in _ROUTE_NOUNS or bool(ROAD_PIECE_AFTER.match(sentence, end))
        # an air or passenger service named by its ends ("the Moscow-Baku flights"): a city abroad is one end
        service = next_word in _SERVICE_NOUNS
        for part in parts:
            if waypoints and self._unknown_waypoint(part):
                offset += len(part) + 1        # "the Toganali-Kalbajar-Istisu highway": a stop the map cannot draw
                continue
            region, abroad = self.lookup(part)
            place = self._pick(region, part) if region else None
            if crossing:
                place = self.crossing_site_of(part) or place   # "the Margara-Alican crossing": each side's border point
            variant = self.fuzzy(part, alternate=True) if place is None and len(parts) > 1 else None
            if variant is not None and variant.how in ("variant", "exact"):
                place = variant.place          # "the Irevan-Gorus highway": a town's other spelling
            if place is None and crossing and abroad:
                place = abroad[0]              # "the Norduz-Meghri crossing": the border point on either side
            if place is None and service and abroad and abroad[0].precision == "town":
                place = abroad[0]              # "its Moscow-Baku flights": the city abroad the service flies to
            if place is None or query_keys(part)[0] in NOT_EVENT_PLACES:
                return [None]              # "Armenian-Azerbaijani", "Nagorno-Karabakh"
            out.append(Mention(part, offset, offset + len(part), place, "exact", 100.0, False))
            offset += len(part) + 1
        return out or [None]

    def _unknown_waypoint(self, part):
        """Is a part of a road's or a crossing's dashed name a place name the gazetteer lacks altogether (no entry
        at home or abroad, whatever its size, and no spelling variant), not a nation's adjective? Such a stop is
        skipped so that the chain's known towns still count ("the Kalaleh-Aghband checkpoint"); an adjective still
        marks no route, and a small town abroad still drops the chain ("the Kars-Nakhchivan railway")."""
        if part.lower() in NATION_ADJECTIVES or len(part) < 4:
            return False
        return not self.g.candidates(part) and self.fuzzy(part, alternate=True) is None

    def crossing_site(self, phrase, place, sentence, begin):
        """Is the place a border crossing by its own name, where traffic passes: a site the gazetteer also files as
        "<name> crossing" or "<name> checkpoint", named after a word of place ("queued at the Red Bridge", "through
        Upper Lars"; not "a delegation from Norduz")?"""
        start = _list_start(sentence, begin)    # "crossed at Agarak and Norduz": "at" governs the list
        if not _AT_POINT_BEFORE.search(sentence, max(0, start - 20), start):
            return False
        return self.named_crossing(phrase, place)

    def crossing_state(self, phrase, place, sentence, end):
        """Is the place a border crossing whose state the words after it tell ("Upper Lars reopened", "X was
        closed")?"""
        return bool(_STATUS_AFTER.match(sentence, end)) and self.named_crossing(phrase, place)

    def named_crossing(self, phrase, place):
        """Is the place a border crossing site the gazetteer also files as "<phrase> crossing" or "<phrase>
        checkpoint"?"""
        return place.precision == "site" and any(place in sum(self.lookup(f"{phrase} {noun}"), [])
                                                 for noun in ("crossing", "checkpoint"))

    def crossing_site_of(self, name):
        """The border crossing site the gazetteer files as "<name> crossing" (the Armenian or the Turkish side of
        a crossing named after the villages on both banks), or None."""
        region, abroad = self.lookup(f"{name} crossing")
        return next((p for p in region + abroad if p.precision == "site"), None)

    def _pick(self, region, phrase):
        """Best region candidate: own-name matches first, then the gazetteer's order; a GeoNames record that a
        curated place cites is read as that curated place ("Mincivan" is GeoNames' own name of Minjivan)."""
        keys = query_keys(phrase)
        best = next((p for p in region if not _own_keys(p.name, p.armenian_name, p.azerbaijani_name).isdisjoint(keys)),
                    region[0])
        return _curated_citing(best, region)

    def _river_named(self, phrase):
        """Is ``phrase`` a river's name ("the Araks camps", "the Kur camps": camps along the river, not a village's)?"""
        return phrase in _RIVERS_UNLISTED or any(is_river(p) for p in self.lookup(f"{phrase} River")[0])

    def _river_of_valley(self, phrase, noun, region):
        """The gazetteer's river a valley or a gorge is named after ("the Arpa valley" → Arpa River), if any."""
        if noun not in ("valley", "gorge"):
            return []
        return [p for p in region + self.lookup(f"{phrase} River")[0] if is_river(p)]

    def _locative_before(self, tokens, index, words=None):
        """Is one of the two words before the place a locative ("in Ganja", "near the village")? Not across
        a comma ("In return, Yerevan gave"), "in which", or "according to"."""
        words = words or LOCATIVE
        for k in (index - 1, index - 2):
            if k < 0 or tokens[k + 1].begin - tokens[k].end > 1:
                return False                 # a comma or a bracket between: "In return, Yerevan"
            word = tokens[k].text.lower()
            if word in words:
                return not (word == "to" and k and tokens[k - 1].text.lower() == "according")
            if tokens[k].text[:1].isupper() or word in _NOT_BEFORE_A_PLACE:
                return False
        return False

    def _crowd_in(self, tokens, first, after):
        """Does a participle after "in X" tell of the people there ("crowds march in central Baku demanding war"),
        not of X's government? Only after "in" (a note "to Yerevan demanding" is sent to the government), and not
        when the phrase goes on to speak ("envoys in Yerevan calling for restraint said": speakers, not an event)."""
        return bool(_PARTICIPLE_AFTER.match(after)) and self._locative_before(tokens, first, _IN_ONLY) \
            and not _SAYS_LATER.search(after)

    @staticmethod
    def _demonym(tokens, last):
        """Is the word at ``last`` a nation's adjective: before a common noun ("Kazakh wheat", not "Kazakh
        villages" or "Kazakh on Monday"), or paired with another nation's ("Kazakh and Russian")?"""
        following = [t.text for t in tokens[last + 1:last + 3]]
        if not following or not following[0][:1].islower():
            return False
        word = following[0].lower()
        if word in ("and", "or") and len(following) > 1:
            return following[1].lower() in ADJ_COUNTRY
        if word in _NATION_BODY_NOUNS:
            return True                      # "a Kazakh agency", "Kazakh forces": a stop word, yet the nation's
        return word not in STOP and word not in GEO_NOUNS and not word.startswith("village")

    def _keep_region(self, sentence, tokens, first, last, phrase, place):
        word = tokens[first].text
        if _ENGLISH_IDIOM.match(sentence, tokens[first].begin):
            return False                   # "12:00 Tug of war": an English phrase, whatever village its word spells
        if _CODE_NAMED.search(sentence, max(0, tokens[first].begin - 60), tokens[first].begin) \
                and _CODE_WORD.fullmatch(phrase):
            return False                   # "lists the airport under an Azerbaijani code, UBBS": the label a register
                                           # gives it, no scene (the airport's town, named in the sentence, stays)
        if first == 0 and first == last and (_PLURAL_VERB.match(sentence, tokens[last].end)
                                              or _PLURAL_AFTER_WITH.match(sentence, tokens[last].end)
                                              or ((bare := _BARE_PLURAL_VERB.match(sentence, tokens[last].end))
                                                  and not _own_name(phrase, place)
                                                  and bare.group().strip() not in GEO_NOUNS)
                                              or ((_MODAL_VERB.match(sentence, tokens[last].end)
                                                   or _RULE_PHRASE_AFTER.match(sentence, tokens[last].end))
                                                  and not _own_name(phrase, place))) \
                and sentence[tokens[last].end - 1] in "sS":
            return False                   # "Dogs are welcome on a lead": a plural noun opening the sentence (a
                                           # town takes "is", never "are"), whatever village it spells (a plural in
                                           # -s: "Tartar were under fire again", a town named loosely, stays)
        if is_river(place):
            before = max(0, tokens[first].begin - 40), tokens[first].begin
            if RIVER_VALLEY_AFTER.match(sentence, tokens[last].end) and RIVER_VALLEY_BEFORE.search(sentence, *before):
                return True                # "the flight over the Khachen valley": the river's valley, travelled
            event = RIVER_EVENT_BEFORE.search(sentence, *before)
            if event and event.group()[:2].lower() == "me" and RIVER_MEETING_TOPIC_AFTER.match(sentence,
                                                                                               tokens[last].end):
                event = None               # "the ministers met on the Araz issue": what they met on, not where
            if event and _WAY_CROSSES.search(sentence, max(0, tokens[first].begin - 120), event.end()):
                event = None               # "the new road crosses the Hakari river on a bridge": where a road or a
                                           # bridge runs, no one crossing
            water = RIVER_WATER_NEWS.search(sentence)
            if water and _ROUTINE_SAMPLES.search(sentence) and not any(
                    "sample" not in m.group(0).lower() for m in RIVER_WATER_NEWS.finditer(sentence)):
                water = None               # "our group has taken samples from the X river twice a month": a routine
                                           # told, no news of its water
            if _bridge_built_over(sentence, tokens[first].begin, tokens[last].end):
                return True                # "piers are going up for a bridge over the X river": the bridge's river
            return bool(event or RIVER_JOURNEY_BEFORE.search(sentence, *before)
                        or (RIVER_STRETCH_BEFORE.search(sentence, *before) and RIVER_FIGHT_NEWS.search(sentence))
                        or RIVER_DRILL_BEFORE.search(sentence, max(0, tokens[first].begin - 100), tokens[first].begin)
                        or water)      # "waste reaching the Araz": its water's news
        key = query_keys(phrase)[0]
        if place.country not in EVENT_COUNTRIES:
            if self._keep_abroad(sentence, tokens, first, last, phrase):
                return True
            if not self.border_site(place) and not self._georgian_incident(sentence, tokens, first, last, key, place):
                return False
        if phrase.lower() in self.stop or word.lower() in ("the", "a", "an"):
            return False
        if key in CAPITALS and on_named_line(sentence, tokens[first].begin):
            return True                    # "the Baku–Tbilisi–Kars railway": a town naming a line, no government
        prev = tokens[first - 1].text.lower() if first > 0 else ""
        if prev in TITLES or (prev == "by" and first == 1):
            return False                   # "spokesman Vagif", "President Aliyev", a byline
        if _KIN_BEFORE.search(sentence, max(0, tokens[first].begin - 40), tokens[first].begin):
            return False                   # "her friend Narek", "my cousin Aram": a person named by a kin word
        if _ends_institution_name(tokens, first, last):
            return False                   # "the World Bank", "the Asian Development Bank": a body, not the town
        if _post_or_scholar(sentence, tokens[first].begin, tokens[last].end):
            return False                   # "Gyumri's mayor", "a professor at Yerevan State University"
        if _names_outlet(sentence, tokens[first].begin, tokens[last].end):
            return False                   # "drivers writing to a Goris newspaper": the paper, not the town
        if opens_outlet_title(sentence, tokens[first].begin):
            return False                   # "Azat Artsakh reported": an outlet the actor table knows, not the village
        if _UNIT_NAMED_BEFORE.search(sentence, max(0, tokens[first].begin - 8), tokens[first].begin) \
                and (detachment := _DETACHMENT_AFTER.match(sentence, tokens[last].end)) \
                and (acted := _ACTED_AT_AFTER.match(sentence, detachment.end())) \
                and acted.group("name") != phrase \
                and (acted.group("named") or any(not is_river(p) for found in self.lookup(acted.group("name"))
                                                 for p in found)):
            return False                   # "its Horadiz detachment found ... near X": the unit's name, not where
                                           # it acted (but with no other place told, "detained two men in March",
                                           # "near the Iranian border", the unit's town stays, and so it does where
                                           # the place told is that town: "its headquarters in Horadiz"; a place
                                           # is one the gazetteer holds, or a village or town said to be one)
        if _names_vehicle(sentence, tokens[first].begin, tokens[last].end):
            return False                   # "a Gazelle minibus": the make, not a village of that spelling
        if _ANIMAL_BEFORE.search(sentence, max(0, tokens[first].begin - 12), tokens[first].begin):
            return False                   # "our grey mare Nairi": the animal's name, not a place of that spelling
        if phrase.lower() in NATION_ADJECTIVES and self._demonym(tokens, last):
            return False                   # "Kazakh wheat", "Kazakh and Russian grain": Kazakhstan's, not Gazakh
        before = sentence[max(0, tokens[first].begin - 40):tokens[first].begin].lower()
        if "named " in before and _NAMED_AFTER.search(before):
            return False                   # "a square named after Lenin": the man (Lenin was also a village's name)
        if " by " in before and _WORK_BY.search(before):
            return False                   # "a poem by Nizami": the poet
        if _WORK_OF_BEFORE.search(before) and _WORK_OF_AFTER.match(sentence, tokens[last].end):
            return False                   # "sang a Sayat-Nova song": the poet's song
        if _WORKS_OWNED_AFTER.match(sentence, tokens[last].end) \
                and _POET_NAME.fullmatch(sentence, tokens[first].begin, tokens[last].end):
            return False                   # "a reading of Tumanyan's ballads": the poet's works
        if (key in CAPITALS or key in CAPITAL_COUNTRY) and (seat := SEAT_OF_POWER.search(before)) \
                and (key in CAPITALS or seat.group(1) not in _INQUIRY_BODIES) \
                and not _SEAT_STORMED.search(sentence, max(0, tokens[first].begin - 80), tokens[first].begin) \
                and not _SEAT_STRUCK_AFTER.match(sentence, tokens[last].end) \
                and not _held_there(sentence, tokens[last].end) \
                and not ("cent" in seat.group(0) and _CENTRE_HOSTS_AFTER.match(sentence, tokens[last].end)) \
                and not _gathered_at_seat(sentence, tokens[first].begin):
            return False                   # "officials in Baku": who speaks, not where it happened
                                           # (but "a centre set up by the government in Kornidzor", and
                                           # "protesters outside the parliament in Baku" gathered there)
        if _seat_glossed(sentence, tokens[first].begin) \
                and not _SEAT_STRUCK_AFTER.match(sentence, tokens[last].end + 1):
            return False                   # "the office in Stepanakert (Khankendi) said": the seat's other name too
                                           # (under any spelling: "the ministry in Baku (Baki) said")
        if key in CAPITALS and _seat_of_power_listed(before):
            return False                   # "officials in Baku or Yerevan": the second government too
        if (key in CAPITALS or key in CAPITAL_COUNTRY) and _word_listed(sentence, tokens[first].begin):
            return False                   # "the answer from Yerevan and Stepanakert": the second side's word too
        after = sentence[tokens[last].end:tokens[last].end + 60]
        if key in CAPITALS and first <= 1 and prev == "in" and _own_body_speaks(key, after):
            return False                   # "In Baku, the Defence Ministry said ...": where the government sits
        if key in CAPITALS and first <= 1 and prev == "from" and _own_body_speaks(key, after) \
                and _SPOKE_AFTER.match(after):
            return False                   # "From Baku, the defence ministry told reporters ...": where it spoke
        if key in CAPITALS and (CAPITAL_SPEAKER_BEFORE.search(sentence, 0, tokens[first].begin)
                                and not _scene_told_after(sentence, tokens[last].end)
                                or CAPITAL_RECEIVES.search(sentence, 0, tokens[first].begin)):
            return False                   # "said by telephone from Baku": where the speaker sat; "passes to Baku"
                                           # (but "joined us from Yerevan, where protesters blocked ...": a scene)
        if key in CAPITALS and _CAPITAL_VIEW.match(after):
            return False                   # "In Baku the project is described as ...": the government's view
        if METONYMY_VERBS.match(after.lstrip(" ,")) and not after.lstrip().startswith(",") \
                and not self._crowd_in(tokens, first, after) \
                and not (SEAT_OF_POWER.search(before) and _held_there(sentence, tokens[last].end)) \
                and not (PEOPLE_OF.search(sentence[:tokens[first].begin]) and key not in CAPITALS) \
                and not _SPEAKER_IN.search(sentence, 0, tokens[first].begin) \
                and not (_KIN_IN.search(sentence, max(0, tokens[first].begin - 60), tokens[first].begin)
                         and _TOLD_THERE.search(sentence, tokens[last].end)) \
                and not (key not in CAPITALS and _BEEN_THERE_BEFORE.search(
                    sentence, max(0, tokens[first].begin - 60), tokens[first].begin)) \
                and not (key not in CAPITALS and PERSON_FROM_BEFORE.search(sentence, 0, tokens[first].begin)
                         and home_harm_told(sentence, tokens[last].end)):
            return False                   # "Stepanakert says", "Baku has not publicised"; but "residents of
                                           # Tegh said" speak from Tegh, "a spokesman in Baku said" from Baku,
                                           # and "a farmer from Tegh said his barn was shelled" may tell of his
                                           # home (the asides keep it only when no other place is named)
                                           # (a participle after "in X" tells of the subject: "crowds march in
                                           # central Baku demanding war")
        locative = self._locative_before(tokens, first)
        nxt = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""
        if key in CAPITALS and re.match(r"['’]s\s+(?!(?:outskirts|centre|center|streets?|suburbs?|railway\s+station|"
                                        # (the city's parts: "Baku's upper city", "Yerevan's old city")
                                        r"(?:upper|lower|old)\s+(?:city|town))\b)"
                                        # (nor the city's airport named after someone: "Baku's Heydar Aliyev
                                        # International Airport", the town's)
                                        r"(?!" + _NAMED_PORT + ")",
                                        sentence[tokens[last].end:]) and (nxt not in GEO_NOUNS or nxt in _ROUTE_NOUNS
                                                                          or _CAPITAL_S_SERVICE.match(
                                                                              sentence, tokens[last].end)):
            return False                   # "Baku's reconstruction programme", "Baku's road to Nakhchivan": the
                                           # government's (and "Baku's border service said": the state's service)
        if key in CAPITALS and (not self._locative_before(tokens, first, CAPITAL_LOCATIVE)
                                or _DEAL_BETWEEN.search(sentence, max(0, tokens[first].begin - 30), tokens[first].begin)
                                or _STATE_CUTS_OFF.search(sentence, max(0, tokens[first].begin - 50),
                                                          tokens[first].begin)) \
                and not _CAPITAL_NAMED_AFTER.search(sentence, max(0, tokens[first].begin - 50), tokens[first].begin) \
                and not _TOWNS_LISTED.search(sentence, max(0, tokens[first].begin - 200), tokens[first].begin) \
                and nxt not in GEO_NOUNS and not _LISTED_AFTER_LOCATIVE.search(sentence[:tokens[first].begin]) \
                and not _CAPITAL_S_PORT.match(sentence, tokens[last].end) \
                and not _cut_off(sentence, tokens[first].begin, tokens[last].end) \
                and not _visited(sentence, tokens[first].begin) \
                and not _HOSTS_AFTER.match(sentence, tokens[last].end) \
                and not _ONE_OF_TOWNS_AFTER.match(sentence, tokens[last].end) \
                and not _UNDER_RULE_AFTER.match(sentence, tokens[last].end) \
                and not _gathering_held_after(sentence, tokens[last].end) \
                and not _service_between(sentence, tokens[first].begin) \
                and not _departed_for(sentence, tokens[first].begin):
            return False                   # "Baku's regaining control", "talks with Yerevan"
        if prev == "the" and place.source != "curated" and nxt not in GEO_NOUNS and nxt not in SITE_WORDS \
                and nxt != _LOCAL_UNIT_NOUN \
                and not _BORDER_POINT_AFTER.match(sentence, tokens[last].end) \
                and not _BORDER_STRETCH_AFTER.match(sentence, tokens[last].end) \
                and not re.match(r"\s*(?:,\s*|\s(?:and|or)\s+|[–—/]\s?)?[A-ZƏÇŞĞÜÖİ]", sentence[tokens[last].end:]) \
                and not _TO_PAIRED_ROUTE.match(sentence, tokens[last].end) \
                and not _TOWN_ROAD_AFTER.match(sentence, tokens[last].end) \
                and not _ROAD_END_AFTER.match(sentence, tokens[last].end) \
                and not _gathering_held_after(sentence, tokens[last].end) \
                and not (_TOWN_SHELTER_AFTER.match(sentence, tokens[last].end) and not self._river_named(phrase)) \
                and not (_TOWN_WORKS_AFTER.match(sentence, tokens[last].end)
                         and not _THREATENED_BEFORE.search(sentence, max(0, tokens[first].begin - 40),
                                                           tokens[first].begin)):
            return False                   # "near the Araks", "along the Kur": a river named like a village
                                           # (but "the Astara customs post" is the town's border point, "the
                                           # Tovuz section of the border" the border by the town, "the Tatev
                                           # monastery" the village's, and "the Ijevan/Dilijan road", "the
                                           # Kapan to Meghri road" name a road's towns; "the X camp" is the
                                           # town's camp)
        small = place.source != "curated" and place.population < MIN_POPULATION_WITHOUT_CONTEXT
        after_next = tokens[last + 2].text.lower() if last + 2 < len(tokens) \
            and tokens[last + 2].begin - tokens[last + 1].end == 1 else ""
        joined = last + 1 < len(tokens) and tokens[last + 1].begin - tokens[last].end == 1
        if (nxt in INSTITUTION_NOUNS and joined) or (nxt in _AREA_ADJECTIVES and after_next in _LOCAL_BODIES
                                        and not _BUILDING_OF.search(sentence, max(0, tokens[first].begin - 40),
                                                                    tokens[first].begin)):
            return False                   # "the Syunik governor's office said", "the Askeran regional
                                           # department", "the Khojaly district executive authority"; but
                                           # "a shell struck the building of the Tartar district court", and
                                           # "..., among them X, officials said" (a comma between)
        if place.precision == "region" and nxt in _SEAT_ADJECTIVES and after_next in _SEAT_NOUNS:
            return False                   # "the Tavush provincial centre": the province's seat, a town left
                                           # unnamed, not the province
        if _AREA_PRESS_AFTER.match(sentence, tokens[last].end) \
                and not (prev in ("in", "at", "near") and not sentence.startswith(("'s", "’s"), tokens[last].end)):
            return False                   # "Stepanakert's own papers report", "the Syunik regional sites": the
                                           # area's press, who speaks, not where it happened (but "In Kapan local
                                           # media reported explosions": the place the news is from)
        if _AREAS_BODY_AFTER.match(sentence, tokens[last].end) \
                and not _BUILDING_OF.search(sentence, max(0, tokens[first].begin - 40), tokens[first].begin):
            return False                   # "the Martuni police said", "the Askeran and Martuni regional
                                           # administrations": the areas' own bodies, not where it happened
        if _LIES_BETWEEN_BEFORE.search(sentence, max(0, tokens[first].begin - 100), tokens[first].begin):
            return False                   # "X, a village between A and B": A and B only say where X lies
        if _BODY_OF_BEFORE.search(before) and (said := _DISTRICT_SPEAKS_AFTER.match(sentence, tokens[last].end)) \
                and re.search(r"\b" + re.escape(phrase) + r"\b", sentence[said.end():]):
            return False                   # "Officials of the X district said that an air raid on X ...": the
                                           # speakers' district; the X they tell of is the event
        if small and not (locative or nxt in GEO_NOUNS or sentence[tokens[last].end:].startswith(" (")
                          or _heads_paragraph(sentence, tokens[first].begin, tokens[last].end)
                          or _LOCATED_APPOSITION.match(sentence, tokens[last].end)
                          or _DASHED.match(sentence, tokens[last].end)
                          or _FIRED_ON_SUBJECT.match(sentence, _list_end(sentence, tokens[last].end))
                          or _visited(sentence, tokens[first].begin)     # "the minister visited X" (not
                          and not sentence.startswith(("'s", "’s"), tokens[last].end)   # "visited Vahan's family")
                          or _BESIEGED_OBJECT.search(sentence, max(0, tokens[first].begin - 30), tokens[first].begin)
                          # (each of the last three searched only where its literal stands in reach, for speed)
                          or _has_in_reach(sentence, "village", tokens[first].begin)
                          and _VILLAGES_OF.search(sentence, max(0, tokens[first].begin - 200), tokens[first].begin)
                          or _PLACE_WORD_CALLED.search(sentence, max(0, tokens[first].begin - 40), tokens[first].begin)
                          and not _NAMED_TO_POST_AFTER.match(sentence, tokens[last].end)
                          or _LEFT_BEFORE.search(sentence, max(0, tokens[first].begin - 12), tokens[first].begin)
                          and _LEFT_AFTER.match(sentence, tokens[last].end)
                          or (_has_in_reach(sentence, ",", tokens[first].begin)
                              or _has_in_reach(sentence, ":", tokens[first].begin))
                          and _LISTED_AFTER_PLACE_WORD.search(sentence, max(0, tokens[first].begin - 200),
                                                              tokens[first].begin)
                          or _has_in_reach(sentence, "between", tokens[first].begin)
                          and _PAIRED_AFTER_BETWEEN.search(sentence, max(0, tokens[first].begin - 200),
                                                           tokens[first].begin)):
            return False                   # a village named like a word: needs "in", "village of", a heading's
                                           # colon (a round-up's paragraph on it: "Tegh: the school reopened")
                                           # (or to be listed after it: "the villages of Aygepar, Chinari and Movses",
                                           # or paired after "between": "between A and B, Voskepar and C"),
                                           # or a dash to another name ("the Voskepar–Noyemberyan road"),
                                           # or to be the subject of fire, alone or first of a list ("Chinari
                                           # was shelled", "Chinari and Movses were shelled"), or visited
        return True

    def border_site(self, place):
        """Is ``place`` a site of Georgia the project curates on its border with Armenia or Azerbaijan (a
        monastery or a bridge with one of the two countries' places within BORDER_SITE_KM)? What happens there
        is the border's news, read like a place of the two countries ("the path to the X monastery was closed")."""
        if place.country != GEORGIA or place.precision != "site" or place.source != "curated":
            return False
        if self._border_sites is None:
            near = [p for p in self.g.places if p.country in EVENT_COUNTRIES]
            self._border_sites = {
                p.name for p in self.g.places
                if p.country == GEORGIA and p.precision == "site" and p.source == "curated"
                and any(distance_km(p.lat, p.lon, q.lat, q.lon) <= BORDER_SITE_KM for q in near)}
        return place.name in self._border_sites

    def _georgian_incident(self, sentence, tokens, first, last, key, place):
        """Is the place in Georgia, named as itself (an old name of it is more often a village of the two
        countries), with an incident told right by it? Such a town is then read like one of the two countries'."""
        return (place.country == GEORGIA and (key in _own_keys(place.name) or _part_of_own(tokens, first, last, place))
                and _incident_at(sentence, tokens[first].begin, tokens[last].end))

    def _keep_abroad(self, sentence, tokens, first, last, phrase):
        if _paper_title_after(sentence, tokens[first].begin, tokens[last].end):
            return False                   # "according to the New York Times": the paper's title, no town
        if on_named_line(sentence, tokens[first].begin):
            return True                    # "the Baku–Tbilisi–Kars railway", "a railway from Kars to Nakhchivan"
        if _gathered_at(sentence, tokens[first].begin) or _names_gathering(sentence, tokens[last].end) \
                or _gathering_held_after(sentence, tokens[last].end):
            return True                    # "two rounds in Geneva", "the Assembly, meeting in Strasbourg, condemned",
                                           # "on the sidelines of the Geneva Peace Forum"
        if _aid_gathered_in(sentence, tokens[first].begin, tokens[last].end):
            return True                    # "the aid collected in Batumi", "people in Gori collecting food for ..."
        if _DRILL_HELD_AT.search(sentence, max(0, tokens[first].begin - 160), tokens[first].begin) \
                and not _DRILL_PLANNED.search(sentence, max(0, tokens[first].begin - 200), tokens[first].begin):
            return True                    # "began three days of exercises in the north of the X province": where
                                           # the troops drilled (older sets: 22 of 31 such places annotated; not a
                                           # drill to come, "would hold exercises near the border at X")
        seat = _BODY_SEAT.search(sentence, max(0, tokens[first].begin - 120), tokens[first].begin)
        if seat:
            # "the OSCE Permanent Council in Vienna": where the body sits; news there only when the body sat
            # ("a session of the Permanent Council in Vienna"), a text was put before it ("the report was
            # submitted to the ... Council in Vienna") or it adopted one
            # or the body, named with its seat, sat there: "the Security Council in New York met", "the court in
            # The Hague ruled on Monday"
            return bool(_BODY_AT_WORK.search(sentence, max(0, seat.start() - 80), seat.start())
                        or _BODY_SAT.match(sentence, tokens[last].end) or _AGREEMENT_MADE.search(sentence))
        if _at_border_point(sentence, tokens[first].begin, tokens[last].end) or any(
                self.crossing_site(phrase, p, sentence, tokens[first].begin) for p in sum(self.lookup(phrase), [])):
            return True
        if any(self.crossing_state(phrase, p, sentence, tokens[last].end) for p in sum(self.lookup(phrase), [])):
            return True                    # "Upper Lars reopened at noon": the crossing's own news
        prev = {tokens[k].text.lower() for k in (first - 1, first - 2)
                if k >= 0 and "," not in sentence[tokens[k].end:tokens[first].begin]}
        if route_abroad(sentence, tokens[first].begin, prev):
            return True                    # a route through places abroad: "a line from Kars through Igdir",
                                           # "through the Georgian ports of Poti and Batumi"
        if _journey_from(sentence, tokens[first].begin, tokens[last].end):
            return True                    # "flown from Budapest to Baku", "the flights arrived from Moscow"
        if (down := _AIRCRAFT_DOWN_AT.search(sentence, max(0, tokens[first].begin - 120), tokens[first].begin)) \
                and not _COUNTED_BEFORE.search(sentence, max(0, down.start() - 30), down.start()):
            return True                    # "the helicopter came down in fog in the X forest": where it came down
        if _heads_paragraph(sentence, tokens[first].begin, tokens[last].end):
            # "Oslo: the ministers met on Friday": the heading names where the paragraph's news took place
            return _MEETING.search(sentence, tokens[last].end) is not None
        if _REPORTS_TO.search(sentence, max(0, tokens[first].begin - 30), tokens[first].begin):
            return False                   # "the mission's task is to report to Brussels": whom it reports to
        if _RUINS_OF.search(sentence, max(0, tokens[first].begin - 30), tokens[first].begin) \
                and _RESCUE_WORK.search(sentence):
            return True                    # "rescuers searched the ruins of X": where they worked
        if not prev & FOREIGN_LOCATIVE and not (prev & {"and", "or"} and _LISTED_AFTER_LOCATIVE.search(
                sentence, max(0, tokens[first].begin - 80), tokens[first].begin)) \
                and not _left_for(sentence, tokens[first].begin):
            return False                   # (but "talks in Sochi and Brussels"; and "left for Moscow for talks",
                                           # bound there as after "to")
        after = sentence[tokens[last].end:tokens[last].end + 60]
        if METONYMY_VERBS.match(after.lstrip(" ,")):
            return False
        # where people meet, or where a statement is made to the press ("In Moscow, ... told reporters"), or where
        # rescuers sent from the region dig survivors out of a disaster's ruins ("pulled a boy out alive in X")
        return (bool(_MEETING.search(sentence)) or bool(PRESS_BRIEFING.search(sentence))
                or bool(_AGREEMENT_MADE.search(sentence)) or bool(_COURT_RULED.search(sentence))
                or _rescue_told_at(sentence, tokens[first].begin, tokens[last].end))


# an aircraft that crashed or came down at a place abroad, the place right after the verb's clause: "the airliner
# crashed near Aktau", "the president's helicopter came down in fog in the X forest", "made a forced landing near Y"
# (where the crash happened; not the aircraft's destination, "on its way to Tabriz", nor a flight that landed safely)
# (the aircraft itself, not what is counted or sold of it: "prices of plane tickets went down in X", "the number of
# flights and planes went down in Y"; and what it came down in on the way: "in fog in the mountains near X", "into
# the sea near Y", "shortly after take-off near Z")
_AIRCRAFT_DOWN_AT = prefilter.compile(r"\b(?:helicopters?|aircraft|airliners?|planes?|jets?|drones?)\b"
                                      r"(?!\s+(?:tickets?|fares?|prices?|traffic|sales|orders?|spotters?|makers?|industry|"
                                      r"market|deals?|services?|company|companies|routes?))"
                                      r"(?:(?!\b(?:number|numbers|prices?|fares?|tickets?|sales|traffic)\b)[^.;:]){0,60}?"
                                      r"\b(?:crash(?:ed|es)?|crash-landed|came\s+down|went\s+down|(?:was|were)\s+shot\s+down|"
                                      r"made\s+(?:a|an)\s+(?:forced|emergency|hard)\s+landing)"
                                      r"(?:\s+(?:shortly\s+|soon\s+|just\s+)?after\s+take-?off)?"
                                      r"(?:\s+(?:in|into|on)\s+(?:fog|bad\s+weather|flames|"
                                      r"(?:the|a)\s+(?:mountains?|sea|field|hillside|forest|lake|river)))*"
                                      r"\s+(?:in|near|outside|at|into)\s+(?:the\s+)?$", re.I)
_COUNTED_BEFORE = prefilter.compile(r"\b(?:number|numbers|prices?|fares?|sales|share|count)\s+of\b[^.;:]*$", re.I)

# a military exercise held at a place abroad, the place after a locative word in the exercise's own clause: "began
# exercises in the X province", "war games in the northern parts of X and Y provinces", "a joint exercise in the X
# district", "followed the exercise from a command post near X" (not the province after "the X district of": it only
# locates the district; nor past a new clause, "The drill began, and television in X showed ...", a relative one,
# "the exercises, which Baku condemned at a meeting in X", nor an exercise's topic: "the drill was about ... in X",
# nor harm to people the drill only names: "troops who took part in the exercises were killed in a crash near X")
_DRILL_HELD_AT = prefilter.compile(r"\b(?:exercises?|drills?|war\s+games|manoeuvres|maneuvers)\b"
                                   r"(?:(?!\b(?:about|against|to|after|since|said|says|told|that|which|who|whom|whose|killed|died|injured|"
                                   r"wounded|crashed)\b|,\s+(?:and|but|while|as)\b)"
                                   r"[^.;:!?\"“”]){0,100}?"
                                   r"\b(?:in|near|at|around|outside)\s+(?:the\s+)?"
                                   r"(?:(?:north|south|east|west|northern|southern|eastern|western|north-western|"
                                   r"north-eastern|south-western|south-eastern)\s+(?:(?:parts?|areas?)\s+)?of\s+(?:the\s+)?)?"
                                   r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:,|and)\s+)?$")
# an exercise still to come, or only threatened: "would hold exercises near ...", "plans to stage drills in ..."
_DRILL_PLANNED = prefilter.compile(r"\b(?:would|will|plans?\s+to|planned\s+to|intends?\s+to|threaten(?:s|ed)?\s+to)\s+"
                                   r"(?:\w+\s+){0,2}?(?:exercises?|drills?|war\s+games|manoeuvres|maneuvers)\b", re.I)

# a capital abroad that a body reports to, standing for the institutions there: "its task was to report to Brussels
# and to visit the border", "it reported to Brussels on military developments" (older sets: 2 of 2 such capitals
# unannotated; the "to" is no journey's, whatever meeting the sentence tells)
_REPORTS_TO = prefilter.compile(r"\breport(?:s|ed|ing)?\s+(?:back\s+)?to\s+$")

# a traveller setting off for the place abroad, the verb right before it or the town left between: "the deputy
# minister left for Moscow on Saturday for talks", "the delegation departed for Tehran", "the envoy left Ankara for
# Tbilisi" (the place is where the journey goes, as after "to"; kept, like a journey "to" it, only where people meet
# there or speak to the press; narrower than _DEPARTED_FOR, which reads a capital of the region bound for by any
# convoy: "aid bound for X" abroad stays a cargo's end)
_LEFT_FOR = prefilter.compile(r"\b(?:left|leaves|leaving|departed|departs|departing|set\s+(?:off|out)|sets\s+(?:off|out)|"
                              r"headed|heading|heads)\s+(?:[A-Z][\w'’-]+\s+)?for\s+(?:the\s+)?$")


def _left_for(sentence, begin):
    """Is the place at ``begin`` where a traveller "left for" ("left for Moscow on Saturday for talks")?"""
    return bool(_LEFT_FOR.search(sentence, max(0, begin - 50), begin))


# rescue work after a disaster: survivors pulled, dug or brought out alive or out of the rubble, rescuers digging or
# searching ruins; where a side's rescuers work abroad is their news, as a meeting is (not ruins only visited or
# filmed: "the ruins of Ani")
_RESCUE_WORK = prefilter.compile(r"\b(?:pulled|pulling|brought|bringing|dug|digging|got|rescued|freed)\b[^.;:]{0,50}?"
                                 r"\bout\b[^.;:]{0,40}?\b(?:alive|rubble|ruins|debris)\b|"
                                 r"\b(?:digging|dug|searching|searched|combing|combed)\s+(?:through\s+)?(?:the\s+)?"
                                 r"(?:rubble|ruins|debris)\b", re.I)
# ... a town's ruins, named after them ("digging through the ruins of X")
_RUINS_OF = prefilter.compile(r"\b(?:rubble|ruins|debris)\s+(?:of|in)\s+$", re.I)
# what stands between the rescue and the town when both are told in one clause: no comma, semicolon or colon (not
# "The team, which had worked in X in 1999, pulled a woman out alive in Y": X is an aside of the team's past)
_CLAUSE_GAP = prefilter.compile(r"[^,;:]*")
# ... and the town told before the rescue is in no clause of its own: "Rescuers who trained in X last year pulled a
# boy out alive in Y" (where they trained)
_RELATIVE_BEFORE = prefilter.compile(r"\b(?:who|which|that|whose)\b", re.I)


def _clause_start(sentence, begin):
    return max(sentence.rfind(c, 0, begin) for c in ",;:") + 1


# ... or the town opens the sentence, perhaps after its day, or as where the rescuers worked: "In X, rescuers pulled two
# children out alive", "On Tuesday, in X, ...", "Working in X, the team ..."
_OPENING_IN = prefilter.compile(r"\s*(?:(?:[Oo]n|[Ee]arly\s+on|[Ll]ate\s+on)\s+\w+(?:\s+\w+)?,\s+)?"
                                r"(?:(?:[Ww]orking|[Ss]earching|[Dd]igging)\s+)?(?:[Ii]n|[Aa]t)\s+$")


def _rescue_told_at(sentence, begin, end):
    """Is rescue work told in the clause of the town abroad at ``begin:end`` ("pulled a boy out alive in X"), or
    after it opening the sentence ("In X, rescuers dug two children out of the rubble")?"""
    for hit in _RESCUE_WORK.finditer(sentence):
        if hit.end() <= begin and _CLAUSE_GAP.fullmatch(sentence, hit.end(), begin):
            return True
        if hit.start() >= end and (_OPENING_IN.fullmatch(sentence, 0, begin) or (
                _CLAUSE_GAP.fullmatch(sentence, end, hit.start())
                and not _RELATIVE_BEFORE.search(sentence, _clause_start(sentence, begin), begin))):
            return True
        if hit.start() < begin and hit.end() > end:
            return True                # "pulled a girl in X out alive"
    return False

# where people meet: the lexicon's first meeting cue (talks, a meeting, a visit, a signing)
_MEETING = next(rx for rx, kind in OTHER if kind == "meeting")

# a gathering right before the place it is held in: "a meeting in Yalta", "two rounds in Geneva", "telethons held in
# Los Angeles", "the next round is planned for Geneva", "the Assembly, meeting in Strasbourg", "a rally in Marneuli":
# where people met
_GATHERED_AT = prefilter.compile(r"(?=[bcdfgmnprstv])\b(?:talks|meetings?|meeting|summits?|rounds?|sessions?|conferences?|"
                                 r"negotiations|consultations|forums?|congress(?:es)?|telethons?|fund-?raisers?|concerts?|"
                                 r"galas?|funerals?|burials?|memorial\s+services?|"
                                 # (people rallying for a side abroad: "a rally in Marneuli", "protests at the embassy"; not
                                 # a state that protests at another's deed, "Baku protests at Moscow's arms deliveries", nor a
                                 # unit that marches in a parade, "the regiment marches in Moscow's parade")
                                 r"rall(?:y|ies)|demonstrations?|vigils?|"
                                 r"protests?(?=\s+(?:(?:was|were|is|are|will\s+be|to\s+be|has\s+been|had\s+been)\s+)?"
                                 r"(?:(?:held|hosted|staged|organi[sz]ed|convened)\s+(?:in|at)|in|at\s+the)\s)|"
                                 r"(?:(?<=the )|(?<=protest )|(?<=peace )|(?<=mass )|(?<=street )|(?<=\d )|(?<=several ))marches)"
                                 r"\s+(?:(?:was|were|is|are|will\s+be|to\s+be|has\s+been|had\s+been)\s+)?"
                                 r"(?:(?:held|hosted|staged|organi[sz]ed|convened)\s+(?:in|at)|"
                                 r"(?:planned|scheduled|set|due|expected|slated)\s+(?:for|in|at)|in|at)\s+(?:the\s+)?$", re.I)


# a journey from a place abroad into another: "was flown from Budapest to Baku", "travelled from Kyiv to Yerevan"
_TRAVELLED_FROM = prefilter.compile(rf"\b(?:{FLIGHT_VERB}|travell?(?:ed|ing)|driven|drove|brought|taken|"
                                    r"transferred|extradited|deported|returned|sent|moved)\s+(?:back\s+|home\s+)?from\s+$", re.I)
# flights or vehicles that arrived from a place abroad (or a traveller flown in from it): where their way began, the
# far end of a route into the region ("the first flights arrived from Moscow and Dubai", "who had flown in from Rome")
_ARRIVED_FROM = prefilter.compile(r"(?:\b(?:flights?|planes?|lorr(?:y|ies)|trucks?|buses|trains?)\b[^.;]{0,40}?\b"
                                  r"(?:arriv(?:ed|es|ing)|landed|came)|\bflown\s+in)\s+from\s+"
                                  r"(?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+))*$")


def _place_after(preposition):
    """A regex matching ``preposition`` and the capital opening the name of a place after it (" to the X")."""
    return prefilter.compile(rf"\s+{preposition}\s+(?:the\s+)?[A-ZƏÇŞĞÜÖİ]")


_TO_A_PLACE = _place_after("to")
# a journey from a place into one abroad: "flew from Yerevan to Vienna", "was driven from Goris to Tabriz"; the
# place abroad is where its way ended, kept like the start of one ("flown from Budapest to Baku")
_TRAVELLED_TO = prefilter.compile(rf"\b(?:{FLIGHT_VERB}|travell?(?:ed|ing)|driven|drove|brought|taken|transferred|"
                                  r"extradited|deported|sent|moved)\s+(?:back\s+|home\s+)?from\s+"
                                  r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+to\s+$")
# a passenger vehicle or service named by its ends, the place abroad one of them: "the bus from X", "a direct flight
# from A to X", "the plane took off from A for X", "the train left A for X", "arrived in A from X", "the train from A
# reached X" (not lorries, which only carry goods: "lorries from X queued at Y"; nor a flight only carrying people,
# "a charter flight took them from A to B")
_VEHICLE = r"(?i:flights?|planes?|airliners?|bus(?:es)?|coach(?:es)?|minibus(?:es)?|trains?)"
_NAMED = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_VEHICLE_THEN = rf"\b{_VEHICLE}\b[^.;,]{{0,60}}?\b"          # a vehicle, then a few words before its verb
_DEPARTED = r"(?:took\s+off|left|departed|set\s+(?:off|out))"
_SERVICE_FROM = rf"\b{_VEHICLE}\s+from\s+(?:{_NAMED}\s+(?:to|for)\s+)?$"          # "the bus from X", "a flight from A to X"
_SERVICE_LEFT_FOR = rf"{_VEHICLE_THEN}{_DEPARTED}\s+(?:from\s+)?{_NAMED}\s+for\s+$"  # "the plane took off from A for X"
_SERVICE_CAME_FROM = rf"{_VEHICLE_THEN}(?:arrived|landed)\s+(?:in|at)\s+{_NAMED}\s+from\s+$"    # "arrived in A from X"
_SERVICE_REACHED = (rf"\b{_VEHICLE}\s+from\s+{_NAMED}\s+(?:[a-z]+\s+){{0,2}}?"                 # "the train from A
                    r"(?:reached|(?:arrived|landed)\s+(?:in|at))\s+$")                            # reached X"
_SERVICE_END = prefilter.compile(f"{_SERVICE_FROM}|{_SERVICE_LEFT_FOR}|{_SERVICE_CAME_FROM}|{_SERVICE_REACHED}")
# the start of such a service, told before its far end: "the train left X for A", "the plane took off from X for A"
_SERVICE_LEFT = prefilter.compile(rf"{_VEHICLE_THEN}{_DEPARTED}\s+(?:from\s+)?$")
_FOR_A_PLACE = _place_after("for")


# the far end abroad of an evacuation or of refugees' flight, told of the people moved: "the families were ferried to
# A", "sent north by plane to B", "two ships carried the evacuees from X to A", "the ferries landed them at A",
# "refugees were arriving in B and C", "the families reached B", "camped in the mission in B" (where the evacuees got
# to is the news of the route; not "a letter sent to B", nor "taken to B for talks": the sentence must name the
# people moved)
# (not relatives named by whose they are: "families of the soldiers arrived in A to demand their sons back")
# (patients moved abroad for treatment too: "burned patients were driven from the airport to A's hospital"; driven
# or transferred, the people are the ones moved, the verb's subject: not "the war has driven people to A", "money for
# the patients was transferred to B", "the bodies of the patients were driven to C")
_PEOPLE_WORDS = (r"(?:refugees|evacuees|passengers|families(?!\s+of\b)|women|children|people|Armenians|Azerbaijanis|"
                 r"Russians|survivors|patients|them)")
_PEOPLE_MOVED = prefilter.compile(rf"\b{_PEOPLE_WORDS}\b", re.I)
_MOVED_TO = prefilter.compile(rf"\b(?:(?:{FLIGHT_VERB}|ferried|shipped|evacuated|sent|carried|taken|"
                              rf"(?<!\bof\s)(?<!\bfor\s)(?<!\bof\sthe\s)(?<!\bfor\sthe\s)\b(?i:{_PEOPLE_WORDS})"
                              rf"(?:\s+from\s+(?:the\s+)?[\w'’-]+)?\s+(?:were|was|had\s+been|have\s+been|being)\s+"
                              rf"(?:[a-z]+\s+)?(?:driven|transferred))\b[^.;:]{{0,100}}?\bto|"
                              r"(?:landed|landing)\s+(?:them\s+)?at|arriv(?:ed|ing|e)\s+in|reached|"
                              r"(?:housed|put\s+up|sheltering|sheltered|refuge|camped)\s+in(?:\s[^.;:]{0,60}?\s(?:in|at))?)"
                              r"\s+(?:the\s+)?$")
# ... listed after another end so reached: "arriving in Kyiv and Odesa", "hotels in A and in B"
_LISTED_BEFORE = prefilter.compile(r"(?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+(?:in\s+)?))+$")
# ... or where they were carried on from, opening the sentence: "From A the passengers were flown on to B"
_MOVED_ON_FROM = prefilter.compile(rf"\s+(?:the\s+|they\s+|these\s+)?(?:\w+\s+)?(?:were|was)\s+"
                                   rf"(?:{FLIGHT_VERB}|ferried|shipped|taken|sent|carried)\b")


_ENVOYS = prefilter.compile(r"\b(?:delegations?|delegates|ministers?|president|premier|envoys?|leaders?|officials?|"
                            r"deputies|negotiators)\b", re.I)
_FOR_TALKS = prefilter.compile(r"[^.;:]{0,40}?\b(?:for|to\s+hold|to\s+attend)\s+(?:(?:peace|the|a|further)\s+)?"
                               r"(?:talks|negotiations|consultations|meetings?|summit)\b", re.I)


def _evacuation_end(sentence, begin, end):
    """Is the place abroad at ``begin:end`` an end of a journey of evacuees or refugees the sentence tells ("were
    ferried to A", "the ferries landed them at A", "From A the passengers were flown on to B")?"""
    listed = _LISTED_BEFORE.search(sentence, max(0, begin - 80), begin)
    first = listed.start() if listed else begin
    # the people moved are named in the journey's own clause, before its end or in the verb's words: not "a
    # delegation was flown to A for talks about the refugees", "the letter sent to A by the women of X"
    moved = _MOVED_TO.search(sentence, max(0, first - 140), first)
    if (moved and _PEOPLE_MOVED.search(sentence, max(0, moved.start() - 80), first)
            # (nor a delegation or officials flown in for talks: "the delegation, with families of the victims, was
            # flown to A for talks")
            and not _ENVOYS.search(sentence, max(0, moved.start() - 80), moved.start())
            and not _FOR_TALKS.match(sentence, end)):
        return True
    on_from = re.match(r"\s*From\s+$", sentence[:begin]) and _MOVED_ON_FROM.match(sentence, end)
    return bool(on_from and _PEOPLE_MOVED.search(sentence, end, on_from.end()))


def _journey_from(sentence, begin, end):
    """Is the place abroad at ``begin:end`` where a journey into another place began ("flown from Budapest to
    Baku", "the flights arrived from Moscow and Dubai") or where one from another place ended ("flew from Yerevan to
    Vienna"), or an end of a service named by its ends ("the bus from
    Ganja to Tbilisi")? It is then the route's end, not a place news is told from."""
    return bool(_TRAVELLED_FROM.search(sentence, max(0, begin - 40), begin) and _TO_A_PLACE.match(sentence, end)
                or _TRAVELLED_TO.search(sentence, max(0, begin - 80), begin)
                or _ARRIVED_FROM.search(sentence, max(0, begin - 120), begin)
                or _SERVICE_END.search(sentence, max(0, begin - 120), begin)
                or _SERVICE_LEFT.search(sentence, max(0, begin - 100), begin) and _FOR_A_PLACE.match(sentence, end)
                or _evacuation_end(sentence, begin, end))


# a court's sentence or ruling is given where the court sits: "a court in Budapest sentenced him"
_COURT_RULED = prefilter.compile(r"\b(?:court|tribunal|judges?)\b[^.;]{0,60}?\b(?:sentenc(?:ed|es)|convict(?:ed|s)|"
                                 r"acquitt(?:ed|s)|jailed|ruled|found\s+(?:him|her|them)\s+guilty)\b", re.I)


# a border unit named after the town it is based in: "its Horadiz detachment", "the Julfa border detachment" (what
# the unit did is told at the place it did it, named apart)
_UNIT_NAMED_BEFORE = prefilter.compile(r"\b(?:its|their|the)\s+$", re.I)
_DETACHMENT_AFTER = prefilter.compile(r"\s+(?:border\s+(?:guards?\s+|troops\s+)?)?detachments?\b", re.I)
# ... the place it acted at told after it: "found a package near the village of X", "detained two men at Y"
_ACTED_AT_AFTER = prefilter.compile(r"[^.;]*?\b(?:near|at|in|outside|close\s+to)\s+(?:the\s+)?(?P<named>village\s+of\s+|town\s+of\s+)?"
                                    r"(?P<name>[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*){0,2})")


# the local unit named after its town: "the Vardenis community" (one of Armenia's enlarged communities), no river
# named like a village ("the Kapan municipality" is read as the town's body, see _AREAS_BODY_AFTER)
_LOCAL_UNIT_NOUN = "community"


# a place opening its paragraph as a heading, before a colon: "Oslo: ...", "Turku again: ...", "the Aula, Vienna: ..."
# (a building or a venue may come first, but no town or word that only locates it: "Espoo, Finland:" is Espoo,
# "Tartu, near Tallinn:" Tartu); or the first cell of a list's row, before a spaced slash: "Tegh / the ministry / ..."
_HEADING_BEFORE = prefilter.compile(r"^\s*(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5},\s+)?$")
_HEADING_AFTER = prefilter.compile(r"(?:\s+again)?\s*(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*|"
                                   r",\s*(?:near|outside|north|south|east|west)\b[^:.;]{0,40})?(?::|\s/)\s")
_VENUE_WORDS = prefilter.compile(r"\b(?:House|Hall|Palace|Castle|Cent(?:er|re)|Hotel|Residence|Building|Villa|Manor|Chateau|"
                                 r"Château|Academy|Institute|Headquarters|Embassy|Office)\b")


def _heads_paragraph(sentence, begin, end):
    """Is the place at ``begin:end`` a paragraph's heading, written before a colon ("Oslo: the talks ended")? A name
    before it in the heading must be a venue's ("Blair House, Washington:"), else the place only locates it."""
    if not _HEADING_AFTER.match(sentence, end):
        return False               # (tested first, for speed: few names are followed by a colon)
    before = sentence[:begin]
    if not _HEADING_BEFORE.match(before):
        return False
    return not before.strip() or bool(_VENUE_WORDS.search(before))


# a named gathering after the town it is held in: "the Munich Security Conference", "the Antalya Diplomacy Forum"
# (one or two words between: "the Minsk Conference", never held in Minsk, and "the Minsk Group" are no such name)
_NAMED_GATHERING = prefilter.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Conference|Forum|Summit)\b")


def _names_gathering(sentence, end):
    """Does a named gathering follow the town name ending at ``end``? The town is where people met."""
    return bool(_NAMED_GATHERING.match(sentence, end))


# an airport's or a station's code given as a code: "under a code assigned by Azerbaijan, UBBS", "its ICAO code,
# UDYZ", "coded EVN": the register's label, no place the news happened at (the code right after the word, or after
# who assigned it; not a code the sentence names before a clause of its own: "squawked an emergency code, and
# landed at EVN")
_CODE_NAMED = prefilter.compile(r"(?=[cdi])\b(?:codes?|coded|designators?|identifiers?)"
                                r"(?:\s+(?:assigned|given|issued|allocated)\s+(?:to\s+it\s+)?by\s+(?:the\s+)?"
                                r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?,?\s*$", re.I)
_CODE_WORD = prefilter.compile(r"[A-Z]{3,4}")


# a gathering named by the town it was held in, and said to have been held: "The Moscow gathering took place at the
# embassy", "the Paris vigil was held outside the town hall" (not "the Moscow office", nor "the Geneva talks may
# resume", which holds nothing yet)
_TOWN_GATHERING_HELD = prefilter.compile(r"\s+(?:(?:memorial|remembrance|commemorative|protest|mourning)\s+)?"
                                         r"(?:gathering|rally|vigil|commemoration|ceremony|protest|demonstration|march|"
                                         r"meeting|service|event)s?\s+(?:(?:also|itself|first)\s+)?"
                                         r"(?:took\s+place|was\s+held|were\s+held|has\s+been\s+held|had\s+been\s+held)\b"
                                         # (not "the Gyumri rally took place in Yerevan": held elsewhere)
                                         r"(?!\s+in\s+(?-i:[A-Z]))", re.I)


def _gathering_held_after(sentence, end):
    """Does a gathering said to have been held follow the town name ending at ``end`` ("The Moscow gathering took
    place")? The town is where people met."""
    return bool(_TOWN_GATHERING_HELD.match(sentence, end))


# people who gathered at a seat of power's building in a town, to protest or to mourn: "thousands of protesters
# outside the parliament in Baku", "a wreath was laid at the Azerbaijani embassy in Beijing", "a commemoration was
# held at the embassy in Paris": the town is where they gathered, not a government that speaks (as "officials at
# the ministry in Baku said" is). The gathering is named within the sentence's clause before the building. (Not who
# acts on it, "a rally condemned by the ministry in X", "a wreath sent by the embassy in Y"; nor what people are
# angry at, "protesters angry at the government in Z"; nor a time, "dispersed before the ministry in X spoke".)
_GATHERED_AT_SEAT = prefilter.compile(r"(?=[cdgmprsvw])\b(?:protesters|demonstrators|crowds?|rall(?:y|ies|ied)|protests?|"
                                      r"protested|picket\w*|vigils?|commemorations?|commemorated|ceremon(?:y|ies)|wreaths?|"
                                      r"gathering|gathered|mourners|marchers|sit-ins?)\b[^.;:]{0,80}?"
                                      r"\b(?:outside|in\s+front\s+of|around|near|"
                                      r"(?<!angry\s)(?<!furious\s)(?<!anger\s)(?<!outrage\s)(?<!aimed\s)(?<!directed\s)at)"
                                      r"\s+(?:the\s+)?"
                                      r"(?:[A-Z][\w'’-]+\s+){0,2}(?:parliament|government|ministry|embass(?:y|ies)|consulate|"
                                      # (the missions too: "protesters gathered outside the foreign missions in Yerevan")
                                      r"(?:diplomatic|foreign)\s+missions?|"
                                      r"administration|presidential\s+(?:palace|administration|office)|" + STATE_SERVICE + r"|"
                                      # (a body's office too: "a sit-in outside the Red Cross office in X")
                                      r"office)"
                                      r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
                                      r"(?:\s+building)?\s+in\s+$", re.I)


# a clause after a place telling what goes on there: "..., where protesters blocked the government building" (not
# the speaker's own doing there: "by telephone from Yerevan, where he was attending a meeting")
_WHERE_CLAUSE = prefilter.compile(r",?\s+where\s+(?!(?:he|she|I|we|they)\b)")


def _scene_told_after(sentence, end):
    """Does a "where" clause right after the place ending at ``end`` tell of something that happened there (an event
    cue in it): "he joined us from Yerevan, where protesters blocked the road" (the capital is a scene, not only
    where the speaker sat; not one denied or feared: "where shells have never fallen")?"""
    where = _WHERE_CLAUSE.match(sentence, end)
    return bool(where) and not FIRE_UNTOLD.search(sentence, where.end()) \
        and any(hit.begin >= where.end() for hit in cue_hits(sentence))


def _gathered_at_seat(sentence, begin):
    """Do people gather at a seat of power's building in the town at ``begin`` ("protesters outside the parliament
    in ")?"""
    return bool(_GATHERED_AT_SEAT.search(sentence, max(0, begin - 200), begin))


# people who gathered to protest, mourn or bury, told by the verb right before the place: "hundreds protested in X",
# "crowds rallied outside X", "he was buried in X", "activists staged a vigil in X", "a funeral for the soldier was
# held in X" (where people gathered, as at talks)
_GATHERED_BY_VERB = prefilter.compile(r"(?:\b(?:protested|rallied|demonstrated|(?:was|were|been)\s+(?:laid\s+to\s+rest|buried)|"
                                      r"(?:held|staged)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:rall(?:y|ies)|vigils?|protests?|"
                                      r"demonstrations?|funerals?|memorial\s+services?))|"
                                      r"\b(?:funerals?|burials?|vigils?|rall(?:y|ies)|protests?|demonstrations?|memorial\s+services?)"
                                      r"\b[^.;,]{0,40}?\b(?:was|were)\s+held)"
                                      r"\s+(?:(?:on|last)\s+\w+\s+)?(?:in|outside|near)\s+(?:the\s+)?(?:centre\s+of\s+|center\s+of\s+)?$", re.I)


# aid gathered for the war in a town abroad, as a fund-raiser is held there: the goods and the verb right before the
# place ("the food gathered in X", "medicine collected in Y"), or its people and then their gathering right after it
# ("people in X spent the day gathering flour and medicine", "volunteers in Y were collecting clothes", and the
# second town of two: "people in X and Y gathering food")
_AID_GOODS = (r"(?:aid|food|flour|medicines?|clothes|clothing|supplies|donations|tyres|blankets|parcels|"
              r"humanitarian\s+(?:aid|cargo|goods))")
_AID_GATHERED_BEFORE = prefilter.compile(r"\b" + _AID_GOODS + r"\s+(?:(?:was|were|had\s+been|being)\s+)?"
                                         r"(?:gathered|collected|donated)\s+(?:in|at)\s+$", re.I)
_AID_GATHERING_AFTER = prefilter.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:(?:[a-z]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+){0,4}?"
                                         r"(?:gather(?:ed|ing)|collect(?:ed|ing))"
                                         r"\s+(?:[\w'’-]+,?\s+){0,2}?" + _AID_GOODS + r"\b")
_PEOPLE_IN_BEFORE = prefilter.compile(r"\b(?:people|residents|volunteers|Armenians|Azerbaijanis|locals|villagers|families)"
                                      r"\s+(?:of|in|from)\s+(?:(?-i:[A-Z])[\w'’-]+\s+and\s+)?$", re.I)


# goods gathered for trade or waste, no aid: "collecting tyres for recycling", "clothes collected for sale"
_GATHERED_FOR_TRADE = prefilter.compile(r"\bfor\s+(?:recycling|sale|resale|export|scrap|the\s+(?:market|shops?))\b", re.I)


def _aid_gathered_in(sentence, begin, end):
    """Is aid for the war gathered in the town at ``begin:end`` ("the food gathered in X", "people in X gathering
    medicine"; not goods gathered for trade, _GATHERED_FOR_TRADE)?"""
    return bool(_AID_GATHERED_BEFORE.search(sentence, max(0, begin - 60), begin)
                or (_PEOPLE_IN_BEFORE.search(sentence, max(0, begin - 30), begin)
                    and _AID_GATHERING_AFTER.match(sentence, end))) \
        and not _GATHERED_FOR_TRADE.search(sentence, max(0, begin - 60))


# a gathering set for a place: "scheduled the next round for Geneva", "set the leaders' next meeting for Oslo"
_GATHERING_SET_FOR = prefilter.compile(r"\b(?:set|sets|scheduled|schedules|fixed|fixes|planned|plans|called|calls)\s+"
                                       r"(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:talks|meetings?|summits?|"
                                       r"rounds?|sessions?|conferences?)\s+for\s+(?:the\s+)?$", re.I)


def _gathered_at(sentence, begin):
    """Does a gathering and the word that places it come right before ``begin`` ("a meeting in ", "protested in
    ", "set the next meeting for ")?"""
    return bool(_GATHERED_AT.search(sentence, max(0, begin - 60), begin)
                or _GATHERING_SET_FOR.search(sentence, max(0, begin - 80), begin)
                or _GATHERED_BY_VERB.search(sentence, max(0, begin - 80), begin)
                or _gathered_at_seat(sentence, begin))


# a body named before the place it sits in: "the Politburo in Moscow", "the Supreme Soviet of the USSR in Moscow",
# "the OSCE Permanent Council in Vienna" (where the body is, not what happened there)
_BODY_SEAT = prefilter.compile(r"\b(?:Soviets?|Politburo|Presidium|Council|Committee|Parliament|Duma|Assembly|[Cc]ourt|Commission|"
                               r"Secretariat|Ministry|Government|Patriarchate|Synod)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*"
                               r"(?:\s+[A-Z][\w'’.-]*){0,3})?\s+(?:in|at)\s+$")
# the body named with its seat, sitting there: "the Security Council in New York met on Thursday", "the Court of
# Justice in The Hague ruled", "the Assembly in Strasbourg debated the report"
_BODY_SAT = prefilter.compile(r"\s*(?:,\s*)?(?:(?:on|this|last|late|early)\s+\w+\s+|again\s+|yesterday\s+|today\s+)?"
                              r"(?:met|meets|held|holds|convened|convenes|discussed|discusses|debated|debates|ruled|rules|"
                              r"ordered|orders|heard|hears|voted|votes|adopted|adopts|opened|sentenced|convicted|acquitted|"
                              r"began|concluded)\b")
# a body at work, before its name: a text put before it ("the report was submitted to the OSCE Permanent Council"),
# a sitting of it ("at a session of the organisation's Permanent Council"), or a hearing before it ("hearings opened
# at the International Court of Justice", "lawyers argued before the court")
_BODY_AT_WORK = prefilter.compile(r"\b(?:(?:submitted|presented|delivered|handed\s+(?:over\s+)?|reported)\s+to|"
                                  # talks held at the body's session: "discussions begun at the Assembly in New York"
                                  r"(?:talks|discussions|negotiations|consultations|meetings?)\s+(?:(?:begun|began|held|"
                                  r"started|opened)\s+)?(?:at|on\s+the\s+(?:margins|sidelines)\s+of)|"
                                  r"(?:sessions?|meetings?|sittings?)\s+of|(?:argued|appeared|testified|pleaded)\s+before|"
                                  r"(?:hearings?|proceedings)\s+(?:(?:opened|began|resumed|started|continued|were\s+held|"
                                  r"was\s+held|took\s+place)\s+)?(?:at|before|in))\s+(?:the\s+)?"
                                  r"(?:[\w'’.-]+\s+(?:of\s+(?:the\s+)?)?){0,5}$", re.I)


# an industrial works named after its town, with the words for its trade between: "the Kajaran copper-molybdenum
# plant", "the Metsamor nuclear power plant", "the Kajaran combine" (a river has none): the town's
_TOWN_WORKS_AFTER = prefilter.compile(r"(?:\s+[a-z][a-z-]*){0,2}\s+(?:plant|combine|factory|refinery)\b")
# rivers the gazetteer does not list under "<name> River", named like a village ("the Kur camps")
_RIVERS_UNLISTED = frozenset({"Kur", "Kura"})
# the camp or the wagons a town shelters the displaced in, after its name: "inside the X camp", "in the Y tent camps",
# "families in the Z boxcars", "wagons rusting on the X sidings" (a river has no camp; one word may come between)
_TOWN_SHELTER_AFTER = prefilter.compile(r"(?:\s+(?:refugee|tent|displaced|IDP|old|new|main|largest|biggest|railway))?"
                                        r"\s+(?:camps?|tents|wagons|boxcars|sidings|shelters|dugouts)\b")
# a works only threatened, what a weapon "could reach" or "would strike": no event there
_THREATENED_BEFORE = prefilter.compile(r"\b(?:could|would|might|may|can)\s+(?:reach|hit|strike|target)\s+the\s+$")

# a road around a town, after its name: "the Goris ring road", "the Ijevan bypass" (a river has none)
_TOWN_ROAD_AFTER = prefilter.compile(r"\s+(?:ring\s+road|orbital\s+road|by-?pass(?:\s+road)?)\b")
# the end of a road or section named after the town it reaches: "the post at the Kapan end of the section", "queued
# at the Goris exit of the highway", "the Kapan end" (not "the X end of the war": only a way's end)
_ROAD_END_AFTER = prefilter.compile(r"\s+(?:end|exit|entrance)\s+of\s+the\s+(?:road|highway|motorway|route|section|stretch|"
                                    r"bridge|tunnel|pass|corridor)\b|\s+end\b(?!\s+of\b)", re.I)


# the last word of an institution's name: "the World Bank", "the Eurasian Development Bank" (also the names of
# villages: "Bank" in Azerbaijan)
_INSTITUTION_NAME_ENDS = {"bank", "fund", "foundation", "institute", "university", "agency"}


def _names_outlet(sentence, begin, end):
    """Is the name at ``begin:end`` the town of a newspaper or news site, after an article ("a Goris weekly"), or
    the first word of an outlet's title after its kind ("the paper Yeşil Iğdır")?"""
    # (the patterns anchored after the name, quick to fail, are tried first)
    if _TITLE_GOES_ON.match(sentence, end) and _OUTLET_KIND_BEFORE.search(sentence, max(0, begin - 50), begin):
        return True                        # "the local paper Yeşil Iğdır wrote": the title's first word
    if _ONE_WORD_TITLE_ENDS.match(sentence, end) and _OUTLET_KIND_BEFORE.search(sentence, max(0, begin - 50), begin):
        return True                        # "according to the paper Sardarabad, ...": the whole title
    if _paper_title_after(sentence, begin, end):
        return True                        # "according to the New York Times": the paper's title
    if outlet_word(sentence[begin:end]) and _SOURCE_HEARD_BEFORE.search(sentence, max(0, begin - 30), begin):
        return True                        # "as reported by Kentron on Monday": the channel, not the Yerevan district
    return bool(_OUTLET_AFTER.match(sentence, end) and _OUTLET_BEFORE.search(sentence, max(0, begin - 20), begin))


def _paper_title_after(sentence, begin, end):
    """Does a paper's title go on after the town at ``begin:end`` ("the Syunik Herald", "Massis Post wrote",
    "according to the Washington Post")?"""
    return bool(_PAPER_TITLE_AFTER.match(sentence, end)
                or (_PAPER_POST_AFTER.match(sentence, end)
                    and _HEARD_BEFORE.search(sentence, max(0, begin - 30), begin)))


# a vehicle's make or model, after an article and before the kind of vehicle: "a Gazelle minibus", "a Kamaz lorry"
_ARTICLE_BEFORE = prefilter.compile(r"(?=[afot])\b(?:an?|one|two|three|four)\s+$", re.I)
_VEHICLE_KIND_AFTER = prefilter.compile(r"\s+(?:minibus(?:es)?|buses|bus|vans?|lorr(?:y|ies)|trucks?|jeeps?|cars?|sedans?|"
                                        r"pick-?ups?|tractors?|taxis?|tankers?|trailers?)\b", re.I)


# a name given right after an animal's noun is the animal's ("the mare Nairi", "our dog Sevan")
# (one animal named: not a herd and the people after it, "killed horses X farmers had kept", "the stray dogs Y
# residents feed")
_ANIMAL_BEFORE = prefilter.compile(r"\b(?:mare|stallion|gelding|horse|pony|foal|colt|filly|dog|puppy|cat|kitten|donkey)\s+$",
                                   re.I)


def _names_vehicle(sentence, begin, end):
    """Is the name at ``begin:end`` a vehicle's make, told between an article and the vehicle's kind ("a Gazelle
    minibus", "two Kamaz trucks")? A make may spell like a village's name; no event is there."""
    return bool(_ARTICLE_BEFORE.search(sentence, max(0, begin - 8), begin) and _VEHICLE_KIND_AFTER.match(sentence, end))


def _ends_institution_name(tokens, first, last):
    """Is the one-word name the last word of an institution's name, a capitalised word right before it ("the
    European Bank for Reconstruction", "the World Bank")?"""
    if first != last or first == 0 or tokens[first].text.lower() not in _INSTITUTION_NAME_ENDS:
        return False
    before = tokens[first - 1]
    return before.text[:1].isupper() and tokens[first].begin - before.end == 1


def _at_border_point(sentence, begin, end):
    """Whether the name abroad at ``begin:end`` is a border point: "the Norduz customs point", "the crossing at
    Alican", "the crossings, A and Norduz,", "border guards at Norduz" (a crossing into the region is where its traffic is stopped or let
    through)."""
    return bool(_BORDER_POINT_AFTER.match(sentence, end) or _LISTED_CROSSINGS.match(sentence, end)
                or _border_point_before(sentence, begin)
                or _CROSSINGS_LISTED_BEFORE.search(sentence, max(0, begin - _CROSSINGS_LIST_REACH), begin)
                or _STATIONS_AT_BEFORE.search(sentence, max(0, begin - _CROSSINGS_LIST_REACH), begin)
                or _BORDER_GUARDS_AT.search(sentence, max(0, begin - 40), begin)
                or _POINTS_MADE_AT.search(sentence, max(0, begin - _CROSSINGS_LIST_REACH), begin))


def _border_point_before(sentence, begin):
    """Whether a crossing word and "at" come just before the name: "the crossing at Alican", a border point
    abroad written the other way round from "the Alican crossing"; or a crossing named by its two sides: "the rail
    crossing from Kars to Gyumri"."""
    point = _POINT_AT_BEFORE.search(sentence, max(0, begin - 30), begin)
    return (bool(point) and point.group("noun").lower() != "bridge"
            or _crossing_side(sentence, begin))


_CROSSING_SIDES_REACH = 70               # characters a crossing named by its sides may take before the name


def _crossing_side(sentence, begin):
    """Is the name at ``begin`` a side of a crossing named by its two sides ("the rail crossing from Kars to
    Gyumri", "the Agarak crossing with Nurduz")?"""
    return CROSSING_SIDES_BEFORE.search(sentence, max(0, begin - _CROSSING_SIDES_REACH), begin) is not None


# a bridge named by the two banks it joins: "a planned bridge between Ordubad and X", "the road bridge from A to B"
_BRIDGE_SIDES_BEFORE = prefilter.compile(r"\b(?i:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?i:bridges?)\s+(?i:between|from)\s+(?:the\s+)?"
                                         r"(?:(?P<other>[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?)\s+(?:to|and)\s+"
                                         r"(?:the\s+)?)?$")
# ... the bank named after the first: "(between Ordubad) and X"
_BRIDGE_OTHER_AFTER = prefilter.compile(r"\s+(?:to|and)\s+(?:the\s+)?(?P<other>[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?)")
# a border bridge's two banks stand this close (a bridge "between Yerevan and Moscow" is a figure of speech)
BRIDGE_BANKS_KM = 80


# a crossing's state told right after its name: "X reopened", "X was closed", "X has remained shut", or in a clause
# about its pass: "the X pass, which is closed for days in winter"
_STATUS_AFTER = prefilter.compile(r"(?:\s+(?:pass|crossing(?:\s+point)?|customs\s+(?:post|point)|border\s+(?:post|checkpoint)|"
                                  r"checkpoint),?(?:\s+(?:which|that))?)?"
                                  r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been|has|had|remains?|remained|"
                                  r"stays?|stayed)\s+)?(?:(?:fully|partly|again|temporarily|still|regularly|often|"
                                  r"repeatedly)\s+)?"
                                  rf"(?:{CROSSING_STATE})\b")
# a word of place before a crossing named alone: "at the Red Bridge", "through Upper Lars", "near the Red Bridge"
_AT_POINT_BEFORE = prefilter.compile(r"\b(?:at|through|via|near|outside|past|across|to|towards|reach(?:ed)?)\s+(?:the\s+)?$", re.I)
# a crossing point written before the name it is known by: "the checkpoint at Hakari", "the bridge at Hakari",
# "the Turkish border near Kartsakhi" (a town abroad placing the border: its border point)
_POINT_WORDS = r"checkpoint|crossing|bridge|border"
_POINT_AT_BEFORE = prefilter.compile(rf"\b(?P<noun>{_POINT_WORDS})\s+(?:at|on|near)\s+$", re.I)
_POINT_NOUNS = ("checkpoint", "bridge", "border")     # words a crossing site's name is written with as they stand
# ... and, for a site the gazetteer knows under a crossing word, a post or a crossing made at the name: "the post at
# Hakari", "tried to cross at Hakari" (read as the crossing's checkpoint)
_CROSSING_AT_BEFORE = prefilter.compile(rf"\b(?P<noun>{_POINT_WORDS}|post|cross(?:ed|es)?)\s+(?:at|on|near)\s+$", re.I)
# a border crossing point named after a place abroad: "the Norduz customs point", "the Alican border gate", "the
# Red Bridge road crossing", "the Norduz–Meghri crossing" (the crossing's other side named after a dash)
# (its mode may stand before the word: "the Akyaka–Akhurik railway border crossing", "the X land border crossing")
_BORDER_POINT_WORDS = (r"\s+(?:customs\s+(?:point|post|terminal|checkpoint)|"
                       r"(?:(?:railway|rail|road|land)\s+)?border\s+(?:gate|crossing|point|post|checkpoint|terminal)|"
                       r"(?:(?:railway|rail|road)\s+)?(?:crossing(?:\s+point)?|checkpoint))s?\b")
# a crossing word after the name with a qualifier between: "land crossing", "border point", "road border crossing",
# "customs checkpoint", "crossing point" (not a post: "the X border post" may be an army's; nor the bare "point":
# "the X point" is as often a firing point or a height's)
_QUALIFIED_POINT_AFTER = prefilter.compile(r"\s+(?:(?:(?:land|road|rail|railway|border|customs|frontier|transit)\s+){1,2}"
                                           r"(?:crossing|point|checkpoint|gate|terminal)|crossing\s+point)s?\b")
_DASHED_PARTNER = r"\s*[-–—]\s*[A-Z][\w'’-]+"
_BORDER_POINT_AFTER = prefilter.compile(rf"(?:{_DASHED_PARTNER})?{_BORDER_POINT_WORDS}")
_PAIRED_BORDER_POINT_AFTER = prefilter.compile(_DASHED_PARTNER + _BORDER_POINT_WORDS)
# a stretch of the border named after the place it runs by: "in the Tovuz section of the border", "on the Ararat
# stretch of the state border" (the place, not a river named like a village: see ``_keep_region``), and the army's
# "positions in the Vardenis section", "fighting in the Tavush sector" (a section of the line, named so alone)
_BORDER_STRETCH_AFTER = prefilter.compile(r"\s+(?:(?:section|sector|stretch|segment|part)s?\s+of\s+the\s+(?:(?:state|national|"
                                          r"Armenian|Azerbaijani|Armenian-Azerbaijani|Azerbaijani-Armenian|Iranian|Georgian|"
                                          r"Turkish)\s+)?(?:border|frontier|line\s+of\s+contact)\b"
                                          r"|(?:section|sector)s?\b(?!\s+of\b))", re.I)


def _paired_crossing_side(sentence, begin, end):
    """Is the name one side of a border crossing named by its two banks joined by a dash ("the Akyaka–Akhurik
    crossing", "the Agarak–Norduz road checkpoint"), either the first or the second? Its side abroad is then named,
    small as it may be."""
    return bool(_PAIRED_BORDER_POINT_AFTER.match(sentence, end)
                or _DASHED_BEFORE.search(sentence, max(0, begin - 3), begin) and _BORDER_POINT_AFTER.match(sentence, end))
# a border point listed before the crossing word the list shares: "the Red Bridge, Lagodekhi, Samtatskaro and
# Mtkvari crossings"
_LISTED_CROSSINGS = prefilter.compile(r"(?:\s*,\s*(?:the\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?){0,6}\s*,?\s+(?:and|or)\s+"
                                      r"(?:the\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+(?:customs\s+|border\s+)?"
                                      r"(?:crossings|checkpoints|posts|gates|crossing\s+points)\b")
# the names listed before the one read: "A, B and ", "the C, the D or "
_NAMES_LISTED_UP_TO = (r"(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s*(?:,\s*|\s+(?:and|or)\s+)(?:the\s+)?)"
                       r"{0,6}$")
# a border point in the list that a plural crossing word names in apposition: "all four crossings on the X border,
# the A, B, C and D, were closed", "both checkpoints, E and F," (the list up to the name)
_CROSSINGS_LISTED_BEFORE = prefilter.compile(r"\b(?:crossings|crossing\s+points|checkpoints|border\s+(?:posts|gates)|"
                                             r"customs\s+posts)\b[^.;:,]{0,60},\s+(?:the\s+)?"
                                             + _NAMES_LISTED_UP_TO)
_CROSSINGS_LIST_REACH = 160              # characters the plural crossing word may stand before the name
# border or customs stations "at" a name or a list of names: "the border station at X", "the customs posts at X, Y
# and Z" (each a border point)
_STATIONS_AT_BEFORE = prefilter.compile(r"\b(?:(?:border|customs)\s+(?:posts?|gates?|stations?|points?|terminals?)|crossings|"
                                        r"checkpoints|crossing\s+points)\s+(?:at|in)\s+(?:the\s+)?"
                                        + _NAMES_LISTED_UP_TO)
# crossing points opened or set up at a name or a list of names: "crossing points had been opened at X and at Y", "a
# second such point was set up at Z" (the point the sentence before named)
_POINTS_MADE_AT = prefilter.compile(r"\b(?:crossing\s+points?|checkpoints?|border\s+(?:posts?|points?|crossings?)|"
                                    r"(?:such|second|another|new)\s+(?:crossing\s+)?point)\b[^.;:]{0,40}?"
                                    r"\b(?:opened|set\s+up|established)\s+at\s+"
                                    r"(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s*(?:,\s*|\s+and\s+(?:at\s+)?))*$")
# the guards or customs officers of a border point abroad, named by its place: "Iranian border guards at Norduz"
_BORDER_GUARDS_AT = prefilter.compile(r"\b(?:border\s+(?:guards?|troops|police|service|officers)|customs\s+(?:officers|officials|"
                                      r"service))\s+(?:at|in)\s+(?:the\s+)?$", re.I)
# a line's way across the border at a place: "the line from A to B, crossing the border near C", "a stretch of track
# to the Turkish frontier at D"
_LINE_AT_BORDER = (r"\b(?:lines?|railways?|rail|tracks?|roads?|highway|pipelines?|stretch|sections?)\b[^.;]{0,80}?"
                   r"\b(?:to|towards?|cross(?:es|ed|ing)?|meets?|reach(?:es|ed|ing)?)\s+the\s+(?:[\w'’-]+\s+)?"
                   r"(?:border|frontier)\s+(?:near|at)\s+$")
_LINE_AT_BORDER_RX = prefilter.compile(_LINE_AT_BORDER)
_LINE_REACH = 120                        # characters a line's word may stand before the border's place


def line_at_border(sentence, begin):
    """Is the place at ``begin`` where a line the sentence tells of crosses the border ("crossing the border near X")?"""
    return _LINE_AT_BORDER_RX.search(sentence, max(0, begin - _LINE_REACH), begin) is not None


# a route's places abroad: "by sea through the Georgian ports of Poti and Batumi", "from Kars through Igdir to
# Dilucu" (the list goes on after the first)
_TRANSPORT = prefilter.compile(r"(?=[bcefgilmprstvw])\b(?:rail\w*|roads?|routes?|lines?|trains?|cargo|freight|ports?|sea|"
                               r"lorr(?:y|ies)|trucks?|crossings?|transit|wagons?|shipments?|consignments?|tankers?|convoys?|"
                               r"sections?|stretch|ships?|vessels?|ferr(?:y|ies)|exports?|imports?|terminals?|bus(?:es)?|"
                               r"coaches|minibus(?:es)?|supplies|goods)\b", re.I)
# the places a list after a route's word goes on with: "through A, B and C", "between A and B", "connecting A with B"
_ROUTE_LIST = r"(?:[A-Z][\w'’-]+\s*(?:,\s*|\s+and\s+|\s+to\s+|\s+through\s+|\s+with\s+))*$"
_ROUTE_ABROAD = prefilter.compile(r"\b(?:through|via|over)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:ports?|stations?|crossings?)\s+of\s+)?"
                                  + _ROUTE_LIST + r"|"
                                  r"\bfrom\s+[A-Z][\w'’-]+\s+through\s+$|"
                                  # the towns a service runs to or goods travel between: "buses ran to A, B and C",
                                  # "supplies travel from D through E to F"
                                  r"\b(?:run|runs|ran|running|travell?(?:ed|ing|s)?)\s+(?:to|from)\s+(?:the\s+)?"
                                  + _ROUTE_LIST + r"|"
                                  # "rail traffic between A and B", "the railway connecting A with B", "the ports of A and B"
                                  r"\b(?:(?:traffic|lines?|railways?|rail|roads?|routes?|sections?|stretch|links?|services?|"
                                  r"trains?|highway|runs?|running|ran)\s+between|connecting|linking|joining|ports\s+of)\s+(?:the\s+)?"
                                  + _ROUTE_LIST + r"|"
                                  # the port goods leave from: "trains from the Black Sea port of A" (the far end a line is
                                  # only described by, "to the Turkish port of B", is no stage)
                                  r"\bfrom\s+the\s+(?:[\w'’-]+\s+){0,3}?port\s+of\s+$|"
                                  # a port or a terminal goods are shipped from or loaded at: "exports through the oil
                                  # terminal at A", "shipments from the port of B", "tankers loading crude at C"
                                  r"\b(?:shipments?|exports?|imports?|consignments?|cargo|freight|oil|crude|grain|tankers?)\s+"
                                  r"(?:[\w'’-]+\s+){0,3}?(?:from|through|via|at|out\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                                  r"(?:terminals?|ports?|harbou?rs?)\s+(?:at|of|in)\s+$|"
                                  r"\b(?:load(?:s|ed|ing)?|ship(?:s|ped|ping)?|export(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,2}?"
                                  r"(?:at|from)\s+(?:the\s+)?$|" + _LINE_AT_BORDER + r"|"
                                  # where a line or a carriage by rail leads: "the line to A", "the new rail line to B",
                                  # "oil moved by rail to C" (not "a direct line to Moscow", "a hot line to D": a telephone's)
                                  r"\b(?:(?:the\s+(?:[a-z]+\s+)?|rail(?:way)?\s+)lines?|railway|(?:by\s+)?rail)\s+to\s+"
                                  r"(?:the\s+)?$|"
                                  # a work of the line near a town: "a railway bridge near A"
                                  r"\b(?:bridges?|stations?|tunnels?|depots?)\s+(?:near|outside)\s+$|"
                                  # where traffic or a line sets out and the towns it goes on to: "a train from A to B",
                                  # "freight from C", "the branch line from D"
                                  r"\b(?:trains?|traffic|freight|cargo|lorr(?:y|ies)|trucks?|convoys?|services?|railway|rail|"
                                  r"lines?)\s+from\s+(?:the\s+)?" + _ROUTE_LIST + r"|"
                                  # goods or vehicles held up at a place on their way: "wagons were stranded at A and B",
                                  # "a cargo stuck in C"
                                  r"\b(?:stuck|stranded|held\s+up)\s+(?:at|in)\s+(?:the\s+)?" + _ROUTE_LIST + r"|"
                                  # the stages of a journey: "passes A", "descend to B", "travelled to C by train"
                                  r"\b(?:pass(?:es|ed|ing)?|descend(?:s|ed|ing)?\s+(?:to|into)|climb(?:s|ed|ing)?\s+to|"
                                  r"travell?(?:ed|ing|s)?\s+to|sent\s+to|head(?:s|ed|ing)?\s+(?:to|for|towards?)|"
                                  r"set(?:s|ting)?\s+off\s+(?:for|to|towards?)|ferr(?:y|ies)\s+to|"
                                  # a ship at its port: "vessels arriving at A", "the destroyer is unloading at B"
                                  r"(?:arriv(?:e|es|ed|ing)|unload(?:s|ed|ing)?|dock(?:s|ed|ing)?|berth(?:s|ed|ing)?)\s+(?:at|in)|"
                                  r"mov(?:es|ed|ing)\s+towards?)\s+(?:the\s+)?$|"
                                  # goods carried to a place, a vehicle driven between two: "carries cheese and brandy to
                                  # A", "drives a lorry between B and C"
                                  r"\b(?:carr(?:y|ies|ied|ying)|haul(?:s|ed|ing)?|deliver(?:s|ed|ing)?)\s+[^.;]{0,60}?\s+"
                                  r"(?:to|towards?)\s+(?:the\s+)?$|"
                                  r"\b(?:drives?|drove|driving|driven)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+)?"
                                  r"(?:lorr(?:y|ies)|trucks?|buses|bus|minibus(?:es)?|vans?)\s+between\s+" + _ROUTE_LIST + r"|"
                                  # vehicles or their drivers on their way: "lorry drivers bound for the Georgian port of A"
                                  r"\b(?:lorr(?:y|ies)|trucks?|drivers|buses|trains?|wagons|tankers|tank\s+cars|ships|vessels)\s+bound\s+for\s+"
                                  r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$")
# a water main named by the towns it joins: "the A-B-C water pipeline"
_WATER_PIPELINE = prefilter.compile(r"\s+water\s+(?:pipelines?|mains?)\b", re.I)
# a pipeline named by its place abroad, its terminal or its way: "the Supsa pipeline", "the Ceyhan oil pipeline"
_NAMES_PIPELINE = prefilter.compile(r"\s+(?:(?:oil|gas|export|crude)\s+)?pipelines?\b")


# a pipeline named by its end towns that was blocked, cut or shut: "the A-B gas pipeline is blocked", "saboteurs
# cut the A-B pipeline" (the line's news, told at both its ends; not a pipeline only named: "the A-B-C pipeline
# carries oil to the sea")
_PIPELINE_CUT_AFTER = prefilter.compile(r"\s+(?:(?:gas|oil|water)\s+)?pipelines?\s+(?:(?:is|was|were|are|has\s+been|had\s+been|"
                                        r"have\s+been|remains?|remained)\s+)?(?:(?:again|also|now|still)\s+)?"
                                        r"(?:blocked|blockaded|cut(?:\s+off)?|shut(?:\s+(?:off|down))?|closed|stopped|"
                                        r"sabotaged|blown\s+up)\b", re.I)
_PIPELINE_CUT_BEFORE = prefilter.compile(r"\b(?:block(?:ed|s|ing)?|blockad(?:ed|es|ing)|cut(?:s|ting)?|shut(?:s|ting)?|"
                                         r"clos(?:ed|es|ing)|sabotag(?:ed|es|ing)|blew\s+up)\s+(?:off\s+)?the\s+$", re.I)


# (a line shut for its upkeep is no cut: "the A-B pipeline was closed for repairs", "shut for maintenance")
_PIPELINE_UPKEEP = prefilter.compile(r"[^.;]{0,60}?\bfor\s+(?:(?:routine|scheduled|planned|urgent)\s+)?(?:repairs?|maintenance|"
                                     r"inspections?)\b", re.I)


def _pipeline_cut(sentence, begin, end):
    """Is the pipeline named by the towns at ``begin``..``end`` ("the A-B gas pipeline") blocked, cut or shut (and
    not for its upkeep)?"""
    return bool(_PIPELINE_CUT_AFTER.match(sentence, end)
                or _PIPELINE_CUT_BEFORE.search(sentence, max(0, begin - 40), begin)) \
        and not _PIPELINE_UPKEEP.match(sentence, end)


def names_pipeline(sentence, end):
    """Does a pipeline's word follow the place ending at ``end`` ("the Supsa pipeline"), naming the line by it?"""
    return _NAMES_PIPELINE.match(sentence, end) is not None


def route_abroad(sentence, begin, prev=None):
    """Is the place abroad (or in Georgia) at ``begin`` a stage of a route the sentence tells of ("freight through
    the ports of A and B", "rail traffic between C and D", "the lorries descend to E")? ``prev``: the two words
    before it, lower case, when the caller has them."""
    if not _TRANSPORT.search(sentence):
        return False
    if prev is None:
        prev = set(sentence[max(0, begin - 30):begin].lower().split()[-2:])
    return bool(prev & {"through", "via", "over"} or _ROUTE_ABROAD.search(sentence, max(0, begin - 120), begin))


# where an agreement was made is where people met: "the agreement reached in Washington", "a truce
# announced in Moscow"; where a court gave its ruling: "the order ... was read out in The Hague"; and where an
# assembly voted a text: "the Assembly adopted, in Strasbourg, a resolution", "the assembly in Strasbourg voted a
# resolution"
_AGREEMENT_MADE = prefilter.compile(r"\b(?:adopt(?:ed|s)|vot(?:ed|es))\b[^.;]{0,40}?\b(?:resolution|declaration)s?\b|\b(?:resolution|declaration)s?\b"
                                    r"[^.;]{0,40}?\b(?:was|were|has\s+been|had\s+been)\s+adopted\b|"
                                    r"\b(?:agreements?|accords?|deal|declaration|treaty|ceasefire|truce)\s+"
                                    r"(?:(?:was|were|had been|has been)\s+)?(?:reached|struck|concluded|brokered|initial+ed|"
                                    r"announced)\b|"
                                    # the verb before the truce: "the ministers announce a humanitarian ceasefire", "declared a
                                    # truce" (not a breach of one: "announced a ceasefire violation"; nor its end: "declared
                                    # the truce over", "announced that the ceasefire had collapsed")
                                    r"\b(?:announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?"
                                    r"(?:[\w-]+\s+){0,2}?(?:ceasefire|truce|armistice)\b(?!\s+(?:violat|breach|over\b|void\b|"
                                    r"dead\b|null\b|(?:had\s+|has\s+|was\s+)?(?:been\s+)?(?:collaps|broken|ended|violat|breach)))|"
                                    r"\b(?:court|tribunal|judges?)['’]s?\s+(?:\w+\s+){0,3}?(?:order|ruling|"
                                    r"judgment|judgement|verdict)\b[^.;]{0,80}?\b(?:read out|delivered|handed down|issued)\b|"
                                    r"\b(?:order|ruling|judgment|judgement|verdict)\b[^.;]{0,80}?\b(?:was|were)\s+"
                                    r"(?:read out|delivered|handed down)\b", re.I)


# The countries abroad whose towns the news of the conflict names, by their names and adjectives (the lexicon's):
# "Turkey", "Türkiye", "Turkish"; used by countries_named and _FIRE_CAME_DOWN_AT
_ABROAD_NAMES = {"TR": ("Turkey", "Türkiye"), "IR": ("Iran",), "RU": ("Russia",), "GE": ("Georgia",)}
_ABROAD_ADJ = {code: ADJ_COUNTRY[names[0].lower()] for code, names in _ABROAD_NAMES.items()}
_ABROAD_WORDS = {code: names + (_ABROAD_ADJ[code],) for code, names in _ABROAD_NAMES.items()}
# The countries abroad an article names, by name or adjective: evidence that their towns are meant ("Kars")
_COUNTRY_WORDS = {code: (words, prefilter.compile(rf"\b(?:{'|'.join(words)})\b")) for code, words in _ABROAD_WORDS.items()}


def countries_named(text):
    """The codes of the countries abroad that ``text`` names ("Turkey", "Turkish" give "TR"); a substring test
    first, as most articles name few of them."""
    return frozenset(code for code, (words, rx) in _COUNTRY_WORDS.items()
                     if any(word in text for word in words) and rx.search(text))


def _curated_citing(place, candidates):
    """The curated candidate that cites ``place``'s GeoNames record as its source, else ``place`` itself: the
    record and the curated row are one place, reported under the project's name."""
    if place.source != "geonames":
        return place               # (for speed: only a GeoNames record is cited)
    return next((p for p in candidates if cites_record(p, place)), place)


def _curated_own_name_abroad(keys, region, abroad):
    """Is the phrase (``keys``) the own name of a curated place abroad, while the region's places it meets bear it
    only as a GeoNames alternate name? The curated row goes first, as in the gazetteer's ranking: "Aralik" is
    Aralık of Iğdır, whose row says so, not Yerazgavors of Shirak, 130 km off, which GeoNames once called Aralikh."""
    def own(p):
        return not keys.isdisjoint(_own_keys(p.name, p.armenian_name, p.azerbaijani_name))
    return (any(p.source == "curated" and own(p) for p in abroad)
            and not any(p.source == "curated" or own(p) for p in region))


@lru_cache(maxsize=65_536)
def _own_keys(*names):
    """The keys of a place's own names (cached: the same places come back in sentence after sentence)."""
    return frozenset(k for n in names if n for k in name_keys(n))


@lru_cache(maxsize=65_536)
def _own_keys_abroad(name):
    """The keys of the own name of a place abroad, also with its letters' marks dropped: GeoNames' "Aşlān Dūz"
    is the news' Aslanduz, its "Sarıkamış" the news' Sarikamis."""
    return _own_keys(name) | {unaccented_key(name)}


# a Georgian village's part named before its own name, "Lower", "Upper", "Middle" ("Kvemo Ponichala", "Zemo Larsi",
# "Shua Khevi"): the village named as itself, its part only placed within it
_GEORGIAN_PART = prefilter.compile(r"(?:Kvemo|Zemo|Shua)[- ]$")


def _part_of_own(tokens, first, last, place):
    """Is the name at ``first:last`` a Georgian part's word and the place's own name after it ("Kvemo Ponichala" for
    Ponichala)?"""
    return first < last and bool(_GEORGIAN_PART.fullmatch(tokens[first].text + " ")) \
        and query_keys(" ".join(t.text for t in tokens[first + 1:last + 1]))[0] in _own_keys(place.name)


# what happens at a place itself: fire or a blast, a checkpoint, a road closed (not a route merely named), told
# within this many characters of its name with no comma between
_INCIDENT_LAYERS = ("shelling", "checkpoints", "corridors")
INCIDENT_CHARS = 60
GEORGIA = "GE"
BORDER_SITE_KM = 25.0        # a curated Georgian site this near a place of Armenia or Azerbaijan lies on their border


def _incident_at(sentence, begin, end):
    """Is an incident told right by the name at ``begin:end``, in its clause: a blast, fire, a checkpoint, a road
    closed, people going short? A town of Georgia (the region, outside the conflict's two countries) is news of the
    conflict only then: a pipeline to Armenia blown up near it, drivers bound for Armenia turned back at its police
    post, its families queuing for fuel once the gas line through it was cut."""
    def near(hit):
        gap = sentence[end:hit.begin] if hit.begin >= end else sentence[hit.end:begin]
        return len(gap) <= INCIDENT_CHARS and "," not in gap and ";" not in gap
    return any(h.strong and h.layer in _INCIDENT_LAYERS and h.kind != "denial" and near(h)
               for h in cue_hits(sentence)) or _hardship_at(sentence, begin, end)


# a shell, rocket or drone that came down at a place, right before its name: "stray shells landed in", "a drone
# crashed near", "a rocket hit the village of", "mortar rounds fell on Iran's", and what it hit there: "shells hit
# houses near", "exploded in a field outside", "crashed into a barn outside the Turkish town of"; also told as
# having "fallen" or "come down", and a drone or aircraft shot or brought down over a place ("a drone was shot down
# near", "air defences shot down a drone near", "shot the drone down over"), or on a part of the place's land
# ("came down on the edge of", "landed on the pastures of", "fell in the fields of")
_CRAFT = r"(?:drones?|UAVs?|helicopters?|aircraft|planes?|missiles?|rockets?)"
_DOWNED = rf"\b(?:shot|brought)\s+(?:down\s+(?:an?|the|one|two|its|their)\s+(?:[a-z-]+\s+)?{_CRAFT}|" \
    rf"(?:an?|the|one|two|its|their)\s+(?:[a-z-]+\s+)?{_CRAFT}\s+down)"
_FIRE_CAME_DOWN_AT = prefilter.compile(
    r"(?:\b(?:shells?|rockets?|missiles?|mortars?|mortar\s+(?:rounds?|bombs?)|projectiles?|drones?|UAVs?|"
    r"bullets?|rounds?|munitions?)\b[^.;,]{0,40}?\b(?:landed|fell|fallen|falling|crashed|exploded|struck|hit|hitting|"
    rf"c[oa]me\s+down|coming\s+down|(?:shot|brought)\s+down)|{_DOWNED})\s+"
    r"(?:(?:(?:(?:in|into|on)\s+)?(?:(?:a|an|the|two|three|several|some|\d+)\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+)??"
    r"(?:in|on|near|into|inside|at|outside|over|above)\s+)?"
    r"(?:the\s+(?:edge|outskirts|fields?|farmland|farms?|pastures?|meadows?)\s+of\s+)?"
    rf"(?:the\s+(?:(?:{'|'.join(_ABROAD_ADJ.values())})\s+)?(?:(?:border|frontier)\s+)?(?:village|town|city)\s+of\s+)?"
    rf"(?:(?:{'|'.join(sum(_ABROAD_NAMES.values(), ()))})['\u2019]s\s+)?$", re.I)
FIRE_CAME_DOWN_CHARS = 90


def _border_province_incident(sentence, begin, key, place):
    """Is the place a town or village of a neighbour's border province (Parsabad, Tuzluca), named as itself, where a
    shell, rocket or drone came down ("stray shells landed in Poldasht"), or where a post or a roadblock stops or
    turns back traffic ("turned back at a police post outside Kaleybar")? The fighting's fire fell across the Aras,
    and a post by the border is the traffic's news, as at a Georgian town's police post: such a place is then read
    like one of the region's. Not other fire told near it: an army's drill by a border town abroad is no event of
    the conflict."""
    return (in_border_province(place) and key in _own_keys_abroad(place.name)
            and (bool(_FIRE_CAME_DOWN_AT.search(sentence, max(0, begin - FIRE_CAME_DOWN_CHARS), begin))
                 or _post_at(sentence, begin)))


# the words between a post and the town it stands at: "a police post outside", "the roadblock near", "the post at"
_POST_PLACED_AT = prefilter.compile(r"\s+(?:just\s+|right\s+)?(?:at|outside|near|by|in)\s+(?:the\s+(?:town|village)\s+of\s+)?$")


def _post_at(sentence, begin):
    """Is the name at ``begin`` where a post or a roadblock told as stopping, checking or turning back traffic
    stands ("stopped at a police post outside X", "the roadblock near X")? Not a town the traffic leaves or goes
    to ("lorries leaving X clear customs at Y": Y's post)."""
    return any(h.strong and h.layer == "checkpoints" and h.kind != "denial" and h.end <= begin
               and _POST_PLACED_AT.fullmatch(sentence, h.end, begin) for h in cue_hits(sentence))


# people short of what a cut supply gave them: "queuing for bread", "petrol stations ran dry", "shortages of flour"
# (not goods queuing at a port: that is their route's news)
_HARDSHIP = prefilter.compile(r"\b(?:queu(?:e|es|ed|ing)\s+for|ran\s+dry|shortages?\s+of)\b", re.I)


def _hardship_at(sentence, begin, end):
    """Is a shortage told right by the name at ``begin:end``, in its clause ("families in A were queuing for fuel",
    "the petrol stations of B ran dry")? In a Georgian town it is the conflict's news when a supply line through it was cut."""
    after = _HARDSHIP.search(sentence, end, end + INCIDENT_CHARS)
    before = [m for m in _HARDSHIP.finditer(sentence, max(0, begin - INCIDENT_CHARS), begin)]
    gaps = ([sentence[end:after.start()]] if after else []) + [sentence[m.end():begin] for m in before]
    return any("," not in gap and ";" not in gap for gap in gaps)


# "the heights of Chichagli": a height, not the town a variant spelling of its name may read (Arıqıran, 55 km off)
_HEIGHTS_OF = prefilter.compile(r"\b(?:heights?|hills?|peaks?|ridges?|mountains?)\s+(?:of|near)\s+(?:the\s+)?$", re.I)
# "the Bargushad range": a range or ridge named before its noun, not the village a variant spelling reads
_HEIGHTS_AFTER = prefilter.compile(r"\s+(?:range|ridge|massif|mountains)\b")


def height_read_as_town(sentence, mention):
    """Is the mention a height's name ("the heights of X", "the X range") matched to a town only through a variant
    spelling?
    Such a match is a guess at another place: the height's own name is no evidence for a town that far."""
    return mention.how != "exact" and mention.place.precision == "town" \
        and bool(_HEIGHTS_OF.search(sentence, max(0, mention.begin - 30), mention.begin)
                 or _HEIGHTS_AFTER.match(sentence, mention.end))


# words of a mountain's slopes before its name: "the plain below Ararat", "villages at the foot of Kapaz"
_BELOW_MOUNTAIN = prefilter.compile(r"\b(?:below|beneath|(?:the\s+)?foot\s+of|(?:the\s+)?(?:slopes?|foothills)\s+of)\s+$", re.I)


def mountain_read_as_town(sentence, mention, lookup):
    """Is the town mention a mountain's name after words of its slopes ("the plain below Ararat": the mountain,
    not Ararat town)? Only for a name the gazetteer also files as the site "Mount <name>"; ``lookup`` is the
    finder's."""
    if mention.place.precision != "town" or not _BELOW_MOUNTAIN.search(sentence, max(0, mention.begin - 30),
                                                                      mention.begin):
        return False
    return any(p.precision == "site" for p in sum(lookup(f"Mount {mention.text}"), []))


def place_key(mention):
    """What makes two mentions the same place."""
    return (mention.place.name, mention.place.lat, mention.place.lon)


def dedupe_mentions(mentions):
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


_FINDERS = {}


def finder_for(gazetteer):
    """The :class:`Finder` of a gazetteer (one per gazetteer, so its caches are reused)."""
    finder = _FINDERS.get(id(gazetteer))
    if finder is None or finder.g is not gazetteer:
        finder = _FINDERS[id(gazetteer)] = Finder(gazetteer)
    return finder


# words a headline or a sentence capitalises beside a name that make no name with it: days, months, times of day and
# the small words of a title ("Shells hit SOS Monday", "Shelling On ZAR")
_NO_NAME_WORDS = set("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december today yesterday tonight overnight morning afternoon evening night on in at of and to from
""".split())


def _km(a, b):
    """Kilometres between two places."""
    return distance_km(a.lat, a.lon, b.lat, b.lon)
