"""A place named earlier, written again as a bare noun: "the town", "the city", "the village", "the lake".

News text names a town once and goes on with "the town" ("Hadrut came under fire on Monday. ... a sabotage group
entered the town"); the annotated sets give such a sentence's event the place named before, its text the noun phrase
(heldout71–73 "the town", heldout69, 72 and 74 "the city", heldout66, 70, 74 and 75 "the village", heldout65 "the
lake"). The reading is kept conservative, as the sets are: most bare nouns are never annotated, and a wrong place is
worse than none. "The town" (city, village) is the one town-class place (a settlement the gazetteer files as a
town) that the last sentence naming such a place named, no more than :data:`TOWN_SENTENCES` sentences back; "the
lake" the one lake the article has named within :data:`LAKE_SENTENCES` sentences (a lake is a rarer feature than a
town: an article seldom names two, and goes on with "the lake" for longer). Never read: a noun with its name after it
("the town of X"), a compound or a possessive ("the town hall", "the village head", "the town's market"), a noun with
a word before it ("the southern town"), a sentence that names a place of the same kind itself (another, or the same
one, which gives the event by its name), a heading, a sentence set in another country ("In Russia, ...") or
opening on another place ("Elsewhere, ..."), or when two places of the kind compete (a settlement named by its word
that no row reads, "the village of X", "X, a small town", competes too). A town named only to locate a person or an
office ("a visitor from X") is no naming the noun refers back to, and leaves the town named before it in place
(heldout73, 77 and 81 file "the town" after such a sentence as the town before). A noun read so counts as
a new naming of its place for the sentences after it ("the lake" then "the lake" again). The pipeline keeps the
event only when a cue of its sentence gives it one (a bare "the town" with no cue is no event).
"""
import re

from .. import prefilter
from ..dates import MONTHS, WEEKDAYS
from ..gazetteer import COUNTRY_NAMES, feature_kind
from .lexicon import NATION_ADJECTIVES
from .mentions import ROAD_PIECE_AFTER, Mention

BACKREF = "backref"            # the Mention.how of a place read from a bare noun
TOWN_SENTENCES = 3             # how many sentences back "the town" looks for the town
LAKE_SENTENCES = 8             # ... and "the lake" for the lake

_NOUN_KIND = {"town": "town", "city": "town", "village": "town", "lake": "lake"}

# the bare noun after "the": not "the town of X", "the town's", nor the first word of a compound ("the town hall",
# "the village head", "the lake shore"); (a capital noun is a name: "the Black Lake")
_COMPOUND = (r"of|hall|halls|council|councils|head|heads|headman|elder|elders|chief|mayor|administration|authorities|"
             r"centre|center|school|schools|shop|shops|market|square|cemetery|police|hospital|clinic|church|mosque|"
             r"museum|library|residents|people|folk|gates?|limits|entrance|exit|well|spring|road|roads|street|"
             r"streets|house|houses|side|shore|shores|bed|basin|water|waters|dam|land|lands|fields|pastures|area|"
             r"sector|incident|itself|proper|and\s+its|or\b")
_BARE_NOUN = prefilter.compile(rf"\b[Tt]he\s+(?P<noun>town|city|village|lake)\b(?![’'-])(?!\s+(?:{_COMPOUND})\b)")

# a town named as one stop of a road's dashed name ("the Shusha-Krasny Bazar-Kadjar section", "the Goris–Kapan
# road"): the road's name, not a naming of the town that a later "the town" refers back to (nor one that keeps the
# sentence's own "the town" from being read); a dash with no road word after the names is a break in the sentence
# ("drove into X—Armenian soldiers were everywhere" names X)
_DASH_BEFORE = prefilter.compile(r"\w\s?[-–—]\s?$")
_DASH_AFTER = prefilter.compile(r"\s?[-–—]\s?[A-ZƏÇŞĞÜÖİ]")
# the rest of the chain after a stop ("-Krasny Bazar-Kadjar"), up to the road word (mentions.ROAD_PIECE_AFTER)
_CHAIN_REST = prefilter.compile(r"(?:\s?[-–—]\s?[A-ZƏÇŞĞÜÖİ][\w'’]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’]*)?)*")


def _chain_stop(sentence, m):
    """Is the mention one stop of a road's dashed name ("Shusha" and "Krasny Bazar" in "the Shusha-Krasny Bazar
    section of highway")?"""
    return bool((_DASH_BEFORE.search(sentence, max(0, m.begin - 3), m.begin) or _DASH_AFTER.match(sentence, m.end))
                and ROAD_PIECE_AFTER.match(sentence, _CHAIN_REST.match(sentence, m.end).end()))


# the region's lake words at a name's end ("Sev Lich", "Maral-gol", "Boyuk Alagol")
_LAKE_WORD_END = prefilter.compile(r"(?i)(?:\s|-)lich$|g(?:o|ö)l(?:ü)?$")


def place_kind(place, written=""):
    """The kind a bare noun may refer back to the place as: "town" for a settlement, "lake" for a lake (by its
    name, or the name it was written with: "Black Lake"), None for anything else."""
    if place.precision == "town" and not feature_kind(place.name):
        return "town"
    for name in (place.name, written):
        if name and (feature_kind(name) == "Lake" or _LAKE_WORD_END.search(name.strip())):
            return "lake"
    return None


# what the article called a settlement where it named it: a village, or a town (a city)
_CLASS = {"town": "town", "city": "town", "village": "village", "lake": "lake"}
_CALLED_BEFORE = prefilter.compile(r"\b(?P<noun>village|town|city)s?\s+of\s+(?:the\s+)?$", re.I)
_CALLED_AFTER = prefilter.compile(r"(?:\s+|,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?)(?P<noun>village|town|city)\b", re.I)
# a name written as a word for something else: "the Horadiz operation", "the Goris road", "the Shusha massacre"
_ATTRIBUTIVE = prefilter.compile(r"\s+(?:operations?|offensives?|battles?|fronts?|directions?|sectors?|roads?|highways?|"
                                 r"routes?|corridors?|airport|district|region|province|border|line|pass|bridge|massacre|"
                                 r"tragedy|events|group|brigade|regiment|battalion|branch|office|school|museum|team|club|"
                                 r"height|heights|hills?|ridge|plain|forest|river|reservoir|dam|gorge|valley)\b")
# a name where a place would stand ("in X", "through X", "reached X"): one the gazetteer did not read may be the
# place the noun means ("At a café in X, the owner said the town was quiet", X a town the gazetteer lacks)
_WHERE_NAME = prefilter.compile(r"\b(?:in|at|into|through|via|near|outside|from|to|towards?|reach(?:ed|es|ing)?)\s+"
                                r"(?:the\s+)?(?P<name>[A-Z][\w'’-]*)")
# capitalised words that name no town: a month, a weekday, a country (COUNTRY_NAMES holds Armenia, Azerbaijan and
# their neighbours), a wider region, or a sentence's first word ("The", "I", "A")
_NO_PLACE = ({m.lower() for m in MONTHS} | set(WEEKDAYS) | {c.lower() for c in COUNTRY_NAMES.values()}
             | {"europe", "karabakh", "nagorno-karabakh", "artsakh", "the", "i", "a"}
             # a nation's adjective, no town: "close to the Iranian frontier", "towards the Azeri positions" (the
             # lexicon's one list of them)
             | NATION_ADJECTIVES)
# a settlement named by its word that no mention read ("the village of X", "X, a small town"): a place of the kind
# named between the one before and the bare noun, which may be the place the noun means
_UNREAD_SETTLEMENT = prefilter.compile(r"\b(?:village|town|city)\s+of\s+(?P<of>[A-Z][\w'’-]*)"
                                       r"|\b(?P<named>[A-Z][\w'’-]*),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                                       r"(?:village|town|city)\b")
# a sentence set in another country ("In Russia, police said ...") or opening on another place ("Elsewhere, ...",
# "Further south, ..."): the noun is not the place named before
_COUNTRY_CODE = {called.lower(): code for code, called in COUNTRY_NAMES.items()}
_IN_COUNTRY = prefilter.compile(rf"\b(?:[Ii]n|[Ii]nside)\s+(?P<country>{'|'.join(COUNTRY_NAMES.values())})\b")
_ELSEWHERE = prefilter.compile(r"^\W*(?:Elsewhere|(?:Further|Farther)\s+(?:north|south|east|west)\w*)\b")
VILLAGE_POPULATION = 10_000    # a place this big is no village
TOWN_POPULATION = 100_000      # ... nor one this big a town (it may be "the city")


def _called(sentence, m):
    """The word the sentence calls the named place by: "village" ("the village of X", "X village", "X, a small
    village"), "town" ("the town of X", "X, a town of 4,000"), else ""."""
    if m.how == BACKREF:
        return _CLASS[m.text.split()[-1].lower()]
    said = _CALLED_BEFORE.search(sentence, max(0, m.begin - 30), m.begin) or _CALLED_AFTER.match(sentence, m.end)
    return _CLASS.get(said.group("noun").lower(), "") if said else ""


def _unread_place(sentence, named):
    """Does the sentence put a name where a place stands that no mention read ("in Aslan Duz", "through X")?"""
    return any(not any(m.begin <= hit.start("name") < m.end for m in named)
               and hit.group("name").lower().rstrip("'’s") not in _NO_PLACE
               for hit in _WHERE_NAME.finditer(sentence))


def _unread_settlement(sentence, named):
    """Does the sentence name a village, town or city by its word that no mention read ("the village of X")?"""
    for hit in _UNREAD_SETTLEMENT.finditer(sentence):
        start = hit.start("of") if hit.group("of") else hit.start("named")
        name = (hit.group("of") or hit.group("named")).lower()
        if name not in _NO_PLACE and not any(m.begin <= start < m.end for m in named):
            return True
    return False


def _elsewhere(sentence, place):
    """Is the sentence set somewhere else than the place: another country, or "Elsewhere"?"""
    return bool(_ELSEWHERE.search(sentence)) or any(_COUNTRY_CODE[hit.group("country").lower()] != place.country
                                                    for hit in _IN_COUNTRY.finditer(sentence))


def _key(place):
    """The key a place is told apart by here (its name and point: two places may share a name)."""
    return (place.name, place.lat, place.lon)


# a place named by its own word and placed by the noun's: "a village near the town", "another town west of the city"
_RELATIVE_PLACE_BEFORE = prefilter.compile(r"\b(?:an?|another|one|other|each|every)\s+(?:\w+\s+)?(?:town|city|village|lake)\s+"
                                           r"(?:near|outside|beside|by|above|below|off|west|east|north|south|close\s+to)\s+$")


def _fits(noun, place, called):
    """May the bare noun name the settlement (named so)? Not a town the article called a village, nor the
    reverse; not a city of a hundred thousand as "the town", nor a town of ten thousand as "the village"."""
    if noun == "lake":
        return True
    if called and called != _CLASS[noun]:
        return False
    if noun == "village":
        return place.population <= VILLAGE_POPULATION
    return noun == "city" or place.population <= TOWN_POPULATION


class BackReferences:
    """What an article has named so far, sentence by sentence, for its bare nouns."""

    def __init__(self):
        self._count = 0            # sentences read
        self._last = {}            # kind → (the sentence number, {place key: (place, called, antecedent)})

    def read(self, sentence, named, kept, heading=False):
        """Mentions for the bare nouns of ``sentence`` that refer back to a place named before. ``named`` are all
        the places the sentence names, ``kept`` those left as its events' places (a place named only to locate a
        person or an office, "a girl from X", is no place "the town" refers back to). A heading is read for its
        names but gives none."""
        number = self._count
        self._count += 1
        kept = {_key(m.place) for m in kept}
        here = {}
        for m in named:
            kind = place_kind(m.place, m.text)
            if kind and _chain_stop(sentence, m):
                continue                   # a stop of a road named by its towns ("the A-B-C section of highway")
            if kind:
                key = _key(m.place)
                usable = kind == "lake" or (key in kept and not _ATTRIBUTIVE.match(sentence, m.end))
                if key in here.get(kind, {}):
                    usable = usable or here[kind][key][2]
                here.setdefault(kind, {})[key] = (m.place, _called(sentence, m), usable)
        out = []
        if not heading and ("the " in sentence or "The " in sentence):
            for hit in _BARE_NOUN.finditer(sentence):
                noun = hit.group("noun")
                kind = _NOUN_KIND[noun]
                last = self._last.get(kind)
                reach = TOWN_SENTENCES if kind == "town" else LAKE_SENTENCES
                if kind in here or not self._plain(sentence, hit) or last is None or number - last[0] > reach \
                        or len(last[1]) != 1 or (kind == "town" and _unread_place(sentence, named)):
                    continue               # the sentence names one itself, or none or two were named just before
                place, called, usable = next(iter(last[1].values()))
                if usable and _fits(noun, place, called) and not _elsewhere(sentence, place):
                    out.append(Mention(hit.group(0), hit.start(), hit.end(), place, BACKREF, 100.0, False))
        for m in out:
            kind = _NOUN_KIND[m.text.split()[-1].lower()]
            here.setdefault(kind, {})[_key(m.place)] = (m.place, _called(sentence, m), True)
        if "town" not in here and _unread_settlement(sentence, named):
            here["town"] = {None: (None, "", False)}     # a settlement no mention read: the one "the town" may mean
        for kind, places in here.items():
            if kind == "town" and kind in self._last and None not in places \
                    and not any(usable for _, _, usable in places.values()):
                continue                   # a town named only to locate a person or an office ("a visitor from X")
                                           # is no naming "the town" refers back to, nor does it hide the one before
            if kind == "lake" and kind in self._last and number - self._last[kind][0] <= LAKE_SENTENCES:
                places = {**self._last[kind][1], **places}   # two lakes named near each other compete
            self._last[kind] = (number, places)
        return out

    @staticmethod
    def _plain(sentence, hit):
        """Is the noun the plain back-reference, not a relative place's ("a village near the town": the place is
        named by its own word)?"""
        before = sentence[max(0, hit.start() - 30):hit.start()].lower()
        return not _RELATIVE_PLACE_BEFORE.search(before)
