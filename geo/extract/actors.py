"""Canonical actors: one name per claimant, whatever the wording.

Reports name the same claimant many ways: "Azerbaijan's defence ministry",
"Baku's defence ministry", "the Azerbaijani Defence Ministry", "Defence
Ministry spokesman Vagif Dargahli" are all "Azerbaijani MoD". The table
``data/actors.csv`` lists each canonical actor with its nation, its office and
its aliases (names of people and organisations included: the people who led or
spoke for it in 2016-2026), and ``sources`` for officeholders that are not common
knowledge. A row named after the person in office ("Azerbaijani presidency (Ilham Aliyev)") gives that
person's ``terms``: outside them, :func:`as_of` names the office alone. A phrase is read in this order:

1. the whole phrase is an alias ("Red Cross", "Hajiyev", "Yerevan");
2. a nation ("Azerbaijani", "Azerbaijan's", "Baku's") and an office ("defence
   ministry", "foreign minister", "prosecutor", "border service", "emergency service",
   "health authorities", "police", "news site", "television") found in the
   phrase name a row of the table; a person's alias in the phrase gives the
   nation when no nation word does ("an aide to President Aliyev");
3. an alias inside the phrase ("spokesman Vagif Dargahli").

:func:`canonical_actor` returns None when nothing in the table fits, so the
caller keeps the phrase as written ("Russian journalists").
"""

import csv
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from .. import prefilter
from .lexicon import ADJ_COUNTRY, TITLES

ACTORS_CSV = Path(__file__).resolve().parents[2] / "data" / "actors.csv"
MAX_ALIAS_WORDS = 8

# Words that give a claimant's nation: adjectives and country names, and capitals standing for governments.
NATION_WORDS = dict(ADJ_COUNTRY, **{
    "baku": "Azerbaijani", "yerevan": "Armenian", "moscow": "Russian", "kremlin": "Russian",
    "washington": "US", "stepanakert": "Karabakh", "khankendi": "Karabakh", "nagorno-karabakh": "Karabakh",
    "azerbaijan's": "Azerbaijani", "armenia's": "Armenian", "russia's": "Russian", "nkr": "Karabakh",
    # the region's own institutions, however a report names the region
    "breakaway": "Karabakh", "self-proclaimed": "Karabakh", "separatist": "Karabakh",
    "unrecognised": "Karabakh", "unrecognized": "Karabakh",
    # Iran's provinces of East and West Azerbaijan (Tabriz, Urmia) are Iran's, not the Republic of Azerbaijan's
    "east azerbaijan": "Iranian", "west azerbaijan": "Iranian"})
_NATION_ALT = "|".join(re.escape(k) for k in sorted(NATION_WORDS, key=len, reverse=True))  # longest first
_NATION_RX = prefilter.compile(r"(?<![\w.])(" + _NATION_ALT + r")(?:'s)?(?![\w])")

# "according to Azerbaijani agencies": a nation's agencies with no other word are its news agencies (its state
# agencies are named by what they do: "the State Border Service", "state agencies")
_NATION_AGENCIES = r"^(?:the\s+)?(?:" + _NATION_ALT + r")\s+agencies$"
# "as Turkish reporting recalled", "Azerbaijani news reports say": a nation's reporting or reports with no other word
# is its press ("government reporting", "official reporting", "Armenian government reports" stay the body's), and
# so are its reports of the day ("according to Armenian reports at the time")
_NATION_REPORTING = r"^(?:the\s+)?(?:(?:" + _NATION_ALT + r")\s+)?(?:news\s+)?report(?:ing|s)(?:\s+at\s+the\s+time)?$"

# Moscow's government before the Soviet Union ended was the Soviet one: "Moscow announced" in 1988, "the foreign
# ministry in Moscow says" in 1988 (as the older sets file them)
SOVIET_END = dt.date(1991, 12, 26)
SOVIET_BODIES = {"Russian government": "Soviet government",
                 "Russian government (Foreign Ministry)": "Soviet Foreign Ministry"}
# ... but Russia's own government, which the Russian republic had from 1990, named as Russia's: "the Russian
# government said Boris Yeltsin would mediate", "Russia's Foreign Ministry said" in 1991
RUSSIA_NAMED = prefilter.compile(r"\b(?:Russia['’]s|Russian)\s+(?:government|foreign\s+minist(?:ry|er)|parliament|"
                                 r"president|leadership)\b|\bYeltsin\b|\bRSFSR\b", re.I)

# Offices, most specific first: "presidential aide" before "president", "defence minister" before "minister".
OFFICES = (
    ("prosecutor", r"prosecutor"),
    # "according to the investigation", "investigators said": the body that investigates crimes
    ("investigative", r"investigative committee|\binvestigat(?:ion|ors)\b"),
    ("security", r"(?:state|national) security service|security service|\bnss\b"),
    ("border", r"border (?:service|guards?|troops|agency)"),
    ("ombudsman", r"ombuds(?:man|woman|person)|human rights defender"),
    ("peacekeepers", r"peacekeep"),
    ("aide", r"presidential (?:aide|adviser|advisor|assistant)|(?:aide|adviser|advisor|assistant) to (?:the )?"
             r"president|foreign policy (?:aide|adviser|advisor)"),
    ("defence", r"defen[cs]e (?:ministry|minister|department|chief)|ministry of defen[cs]e|\bmod\b|"
                r"\bmilitary\b|\barmy\b|\barmed forces\b|general staff|\bforces\b|\btroops\b|\bunits\b"),
    ("foreign", r"foreign (?:ministry|minister|affairs|office)|ministry of foreign affairs|\bmfa\b|"
                r"secretary of state|state department|\bdiplomats?\b|\bembass(?:y|ies)\b|\bambassadors?\b|\bconsulates?\b|"
                r"\bconsul(?:s|[- ]general)?\b"),
    ("security council", r"security council"),
    ("emergency", r"emergenc(?:y|ies) (?:service|services|situations|ministry|committee)|ministry of emergenc|"
                  r"rescue service|\brescuers\b"),
    ("health", r"health (?:ministry|minister|authorities|officials|department|service)|ministry of health"),
    # "Azerbaijan's education ministry told Trend": the ministry that runs the schools
    ("education", r"education (?:ministry|minister)|ministry of (?:science and )?education"),
    # "Azerbaijan's transport ministry told Trend": the ministry that runs the roads and buses (its full name,
    # "the Ministry of Transport", stays the body the table lacks, as before)
    ("transport", r"\btransport (?:ministry|minister)\b"),
    ("interior", r"interior ministry|ministry of (?:internal affairs|the interior)|internal affairs ministry|"
                 r"\bpolice\b"),
    # a side's legislature and its members: "an Armenian MP", "Azerbaijani lawmakers", "a member of the Milli Majlis"
    ("parliament", r"\bparliament(?:ary|arians?)?\b|national assembly|milli m[ae]jlis|\bmps?\b|\blawmakers?\b"),
    ("prime minister", r"prime minister|\bpm\b|\bpremier\b"),
    ("president", r"\bpresident\b|presidency|presidential (?:administration|office|press service)"),
    # a nation's press, whatever the outlet: "a Turkish news site", "Azerbaijani television", "the Armenian
    # site PanArmenian", "as Turkish reporting recalled"; the table lists each nation's main outlets under its press
    # ("Armenpress reported", "AZERTAC", "TASS"), as the sets annotate them; an outlet it does not list keeps its own
    # name
    ("media", r"\bmedia\b|\bpress\b(?!\s+(?:service|office|secretary|release|conference))|\bnews(?:papers?| ?sites?|"
              r"\s+(?:agency|agencies|outlets?|websites?|portals?|channels?))\b|\btelevision\b|\btv\b|\bwebsites?\b|"
              r"\bsites?\b|\boutlets?\b|\bbroadcasters?\b|" + _NATION_REPORTING + "|" + _NATION_AGENCIES),
    # "the Azerbaijani statement", "Armenia's note": a side's document without a body is its government's, and so
    # are its unnamed sources ("sources in Baku", "Armenian government sources")
    # (a province's governor's office is the state's: "the East Azerbaijan governor's office")
    ("government", r"\bgovernment\b|\bauthorities\b|\bofficials?\b|(?<!opposition )\bsources\b|\bcabinet\b|\bleadership\b|\bstatements?\b|"
                   r"\bgovernor(?:'s)? office\b|\bgovernorate\b|"
                   r"\bcommuniqu[eé]s?\b|\bnote\b|\bdelegations?\b"),
)
OFFICE_RX = [(office, prefilter.compile(rx)) for office, rx in OFFICES]
# the head of state's envoy or representative (in a district, for a region) speaks for the government, not as
# the president: "the office of the president's special representative in Lachin"
ENVOY = prefilter.compile(r"(?:president|prime minister)(?:'s)?\s+(?:special\s+)?(?:representative|envoy)|"
                    r"(?:representative|envoy)\s+of\s+(?:the\s+)?(?:president|prime minister)|"
                    r"special representative(?:['’]s)? office")


# a person's name closing a phrase, bare or in the brackets of a label already read ("Armenian parliament (Name)")
_NAME_AT_END = prefilter.compile(r"\(?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+)\)?$")


def member_named(phrase):
    """The name after a legislature's member's role ("Azerbaijani lawmaker Rasim Guliyev" → "Rasim Guliyev"), or
    None: one of 100-odd members speaks for himself, so his name is kept under his parliament."""
    name = _NAME_AT_END.search(phrase.strip(" .,"))
    if name and office_in(phrase[:name.start()].lower()) == "parliament":
        return name.group("name")
    return None


@lru_cache(maxsize=4096)
def office_in(text):
    """The office a lower-case claimant names ("defence ministry spokesman" → "defence"), or None. (Cached: an
    article asks it of the same few claimants for sentence after sentence, each some fifteen searches.)"""
    office = next((office for office, rx in OFFICE_RX if rx.search(text)), None)
    if office in (None, "president", "prime minister") and ENVOY.search(text):
        return "government"
    return office


# a body "for" its field, written "of" it in the table
_BODY_FOR = prefilter.compile(r"\b(agency|committee|service|ministry|department)\s+for\b")


def _clean(phrase):
    """Lower case, straight apostrophes, no leading article, no possessive 's, no trailing punctuation."""
    text = " ".join(phrase.replace("’", "'").split()).strip(" .,'\"").lower()
    text = re.sub(r"^(?:the|a|an)\s+", "", text)
    text = re.sub(r"'s\b", "", text)
    return text.replace("defense", "defence")


class _Nations(dict):
    """Canonical actor → nation. A side's body written as :meth:`ActorTable.state_body` writes it ("Armenian
    government (Road Department)") is its government's side, read off the name, so lookups never change the table."""

    governments = frozenset()

    def __missing__(self, name):
        head, _, body = name.partition(" (") if isinstance(name, str) else ("", "", "")
        if body.endswith(")") and head in self.governments:
            return dict.__getitem__(self, head)
        raise KeyError(name)

    def get(self, name, default=None):
        try:
            return self[name]
        except (KeyError, TypeError):
            return default


class ActorTable:
    """The canonical actors of ``data/actors.csv``, indexed by alias and by (nation, office)."""

    def __init__(self, rows):
        self.canonical = []
        self.aliases = {}                 # cleaned alias -> canonical
        self.by_office = {}               # (nation, office) -> canonical
        self.nation_of = _Nations()       # canonical -> nation
        self.office_of = {}               # canonical -> its first office ("prosecutor")
        self.people = {}                  # a person's full name as written ("Shushan Stepanyan") -> canonical
        self.terms = {}                   # canonical -> [(first day, day the successor took over or None)]
        self.outlet_titles = {}           # first word -> an outlet's names of two words or more ("Azat Artsakh")
        self.outlet_words = set()         # an outlet's names of one word ("Kentron"), as written
        for row in rows:
            name = row["canonical"].strip()
            self.canonical.append(name)
            self.nation_of[name] = row["nation"].strip()
            if (row.get("terms") or "").strip():
                self.terms[name] = _terms(row["terms"])
                self.nation_of.setdefault(_office_alone(name), row["nation"].strip())
            for alias in [name] + row["aliases"].split(";"):
                if alias.strip():
                    self.aliases.setdefault(_clean(alias), name)
                    if _a_person_s_name(alias.strip()):
                        self.people.setdefault(alias.strip(), name)
            if row["office"].strip() == "media":
                for alias in row["aliases"].split(";"):
                    if len(alias.split()) > 1 and alias.strip()[:1].isupper():
                        self.outlet_titles.setdefault(alias.split()[0], []).append(alias.strip())
                    elif len(alias.split()) == 1 and alias.strip()[:1].isupper():
                        self.outlet_words.add(alias.strip())
            if row["office"].strip():
                self.office_of.setdefault(name, row["office"].strip())
                self.by_office.setdefault((row["nation"].strip(), row["office"].strip()), name)
        self.spellings = _spellings(self.people, self.aliases)  # "pashinian" -> Pashinyan's: transliterations
        self.nation_of.governments = {name for (nation, office), name in self.by_office.items()
                                      if office == "government" and nation in SIDES}

    def as_of(self, claimant, day, russia_named=False):
        """The claimant as it stood on ``day``: a row named after the person in office loses the person outside
        their terms ("Azerbaijani presidency (Ilham Aliyev)" in 1999 is "Azerbaijani presidency": another Aliyev
        held it), whatever follows the name ("... (Ilham Aliyev) (press service)"); Moscow's government before the end
        of the Soviet Union is the Soviet one (see SOVIET_BODIES), unless ``russia_named``: the sentence names
        Russia's own (RUSSIA_NAMED); unchanged otherwise."""
        if not claimant or day is None:
            return claimant
        for name, terms in self.terms.items():
            if name in claimant and not any(start <= day and (end is None or day < end) for start, end in terms):
                claimant = claimant.replace(name, _office_alone(name))
        if day < SOVIET_END and not russia_named:
            claimant = SOVIET_BODIES.get(claimant, claimant)
        return claimant

    def exactly(self, phrase):
        """The canonical name of a claimant written as one of the table's own names ("the International Committee of
        the Red Cross" → ICRC), or None: no part of the phrase is read for it, as :meth:`lookup` may."""
        return self._alias(_clean(phrase or ""))

    def _alias(self, text):
        """The canonical name of a cleaned phrase that is one of the table's names, a body "for" its field read as
        the body "of" it too ("the State Agency for Automobile Roads" is the "State Agency of Automobile Roads",
        as translations write either), or None."""
        return self.aliases.get(text) or self.aliases.get(_BODY_FOR.sub(r"\1 of", text))

    def lookup(self, phrase):
        """The canonical name of a claimant as written, or None when the table has nothing for it."""
        text = _clean(phrase)
        if not text or NAMED_PERSONS_KIN.fullmatch(" ".join(phrase.split())):
            return None
        if alias := self._alias(text):
            return alias if _titled_as_written(text, phrase) else None
        if (post := _OUTLET_POST.fullmatch(" ".join(phrase.split()))) \
                and self.office_of.get(owner := self._alias(_clean(post.group("owner")))) == "media":
            return owner                   # "APA's Karabakh bureau": the outlet, wherever its office sits
        if self.is_state_body(phrase):
            # (the side's name inside the bracket is its government's already: "(Karabakh National Security
            # Service)" is "(National Security Service)", as :meth:`state_body` writes it)
            head, _, body = " ".join(phrase.split()).partition(" (")
            short = _SIDE_IN_NAME.sub("", body[:-1]).strip()
            if self.nation_of.get(head) == "Karabakh":
                short = _KARABAKH_IN_NAME.sub("", short).strip()
            return f"{head} ({short or body[:-1]})"
        inner = self._inner_alias(text, {w.lower() for w in re.findall(r"[A-Z][a-z'’-]+", phrase)})
        # "the Service for Khankendi and the Aghdara district": the places a body serves are not its nation
        nation = _nation(_SERVES.sub("body", text)) or (self.nation_of.get(inner) if inner else None)
        office = office_in(text)
        if (office and _NOT_THE_OFFICE.search(text)) or (office == "prosecutor" and NAMED_PROSECUTOR.search(phrase)):
            office = None                  # "Deputy Prime Minister Mher Grigoryan" is not the prime minister (nor
            # "the prosecutor X Y" the prosecutor's office)
        unlisted = bool(nation and not office and UNLISTED_MINISTRY.search(phrase))
        if unlisted:
            office = "government"          # "Azerbaijan's Ministry of Transport": a ministry the table lacks
        if inner and nation and self.nation_of.get(inner) not in ("", nation):
            inner = None                   # "the National Security Service of Artsakh" is not Armenia's
        if inner and _FORMER.search(text):
            inner = None                   # "former foreign minister Elmar Mammadyarov" no longer speaks for it
        of_government = _OF_SIDE_GOVERNMENT.search(phrase)
        if of_government and nation in SIDES and inner in (None, self.by_office.get((nation, "government"))) \
                and body_name(phrase[:of_government.start()]):
            # "the Unified Information Centre of the Armenian government": a body its own name gives to its
            # government
            return self.state_body(nation, phrase[:of_government.start()])
        if office == "parliament" and inner and self.office_of.get(inner) != "parliament":
            return inner                   # "lawmakers of the Civil Contract party": the party they speak for
        if office == "government" and inner and inner not in self.office_of and self.nation_of.get(inner) == nation:
            return inner                   # "an official of the Azerbaijan Red Crescent Society": a body of its own
            # that the table gives a nation but no office, not its government
        if office and nation and (nation, office) in self.by_office and not (unlisted and nation in SIDES):
            member = member_named(phrase) if office == "parliament" else None
            return f"{self.by_office[(nation, office)]} ({member})" if member else self.by_office[(nation, office)]
        if office in _MINISTRY_NAMES and nation and nation not in SIDES and not inner:
            # "the French Foreign Ministry", "Georgia's interior ministry": a ministry the table has no row for
            # speaks for its government
            return ministry_of(nation, office)
        if nation in SIDES and not inner and office not in ("media", "peacekeepers") \
                and (office or STATE_BODY.search(phrase) or _COMMISSION.search(text)) \
                and not NOT_STATE_BODY.search(phrase):
            # a body of one of the conflict's sides the table has no row for ("Artsakh's National Security
            # Service", "Azerbaijan's State Agency of Automobile Roads"): it speaks for its government
            return self.state_body(nation, phrase)
        if nation and office in (None, "government") and not inner and _BODY_NOUN.search(text):
            body = self.aliases.get(nation.lower())
            if body and body not in self.office_of:
                return body                # "the EU's civilian monitoring mission": a body, not a nation
        return inner

    def name_words(self):
        """The lower-case words of the table's names and aliases ("defence", "ministry", "authorities")."""
        if not hasattr(self, "_name_words"):
            self._name_words = frozenset(w for alias in self.aliases for w in re.findall(r"[a-z][a-z'-]+", alias))
        return self._name_words

    def government_of(self, name):
        """The government a claimant speaks as, or None: itself when it is one, and a side's government for
        that government's body in brackets ("Armenian government (Ministry of Health)" → "Armenian
        government"): "officials said" after the health ministry spoke are its government's."""
        if self.office_of.get(name) == "government":
            return name
        head = (name or "").partition(" (")[0]
        if head != name and self.office_of.get(head) == "government" and self.nation_of.get(head) in SIDES:
            return head
        if self.office_of.get(name) in _MINISTRIES and self.nation_of.get(name) in SIDES:
            return self.by_office.get((self.nation_of[name], "government"))
        return None

    def is_state_body(self, name):
        """Is the name a side's state body as :meth:`state_body` writes it ("Armenian government (Road
        Department)")? It is then its own canonical name, as the table's rows of that form are."""
        m = re.fullmatch(r"(.+?) \((.+)\)", " ".join(name.split()))
        nation = self.nation_of.get(m.group(1)) if m else None
        return bool(nation in SIDES and self.by_office.get((nation, "government")) == m.group(1))

    def state_body(self, nation, phrase):
        """A body of a side's state the table has no row for, as its government's body: "the Road Department"
        in an Armenian report → "Armenian government (Road Department)", written like the table's own rows
        ("Azerbaijani government (State Border Service)"); the bare government when the phrase names no body."""
        government = self.by_office.get((nation, "government"))
        body = body_name(phrase)
        if not government or not body:
            return government
        if nation == "Karabakh":                 # "Karabakh's National Security Service" is "Artsakh's"
            body = body_name(_KARABAKH_IN_NAME.sub("", body)) or body
        return f"{government} ({body})"          # its nation is its government's (see ``_Nations``)

    def _inner_alias(self, text, capitalised=frozenset()):
        """The longest alias found as whole words inside the phrase, or None; a surname after another
        capitalised first name is someone else ("Ramin Aliyev" is not Ilham Aliyev)."""
        words = text.split()
        for size in range(min(MAX_ALIAS_WORDS, len(words)), 0, -1):
            # the last of two names is the one speaking: "Ilham Aliyev's aide Hikmet Hajiyev"
            for i in range(len(words) - size, -1, -1):
                key = " ".join(words[i:i + size])
                if size < len(words) and _KIND_ONLY_ALIAS.fullmatch(key):
                    continue               # "Iranian state radio in Tabriz": another station of that state's
                if key in COMMON_NOUN_TITLES and words[i] not in capitalised:
                    continue               # "a UN observer": a person, not the Observer
                found = self.aliases.get(key) or (size <= 3 and self.spellings.get(skeleton(key)))
                if found and not (size == 1 and words[i] in NATION_WORDS) \
                        and not (size == 1 and i > 0 and words[i - 1] in capitalised
                                 and _another_first_name(words[i - 1])) \
                        and not (size == 1 and self.office_of.get(found) == "media"
                                 and (_before_a_surname(words, i, capitalised) or _before_a_local_noun(words, i))):
                    return found           # a lone nation word inside a phrase is not the actor
        return None


# the kin of a person named, themselves unnamed ("Ruben Vardanyan's family", "Levon Mnatsakanyan's wife"): they speak
# for themselves, not for the body the person served
NAMED_PERSONS_KIN = prefilter.compile(r"(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}['’]s\s+(?:family|relatives|"
                                      r"wife|husband|widow|son|daughter|children|mother|father|parents|brother|sister)")
# an outlet's office or reporter named with the place it works from: "APA's Karabakh bureau", "Trend's Baku
# correspondent" (the place is no nation of the outlet's)
_OUTLET_POST = prefilter.compile(r"(?:the\s+)?(?P<owner>.+?)['’]s\s+(?:[A-Z][\w-]*\s+){0,2}(?:bureau|desk|correspondents?|"
                                 r"reporters?)")


# outlets named by a common noun ("The Observer", "The Guardian"): the word is the outlet only when written with its
# capital ("the Observer reported"); "an observer said", "a UN observer" is a person
COMMON_NOUN_TITLES = frozenset({"observer", "guardian"})


def _titled_as_written(text, phrase):
    """Is a cleaned phrase that is a whole alias not an outlet's common noun written in lower case ("an observer")?"""
    return text not in COMMON_NOUN_TITLES or re.search(r"\b" + text.capitalize() + r"\b", phrase) is not None


# a nation's state radio named by its kind alone ("Iranian state radio", "Iran's official radio"): the table's station
# only when the phrase says no more; inside a longer phrase it may be another station or service of that state's
# broadcaster ("Iranian state radio in Tabriz", "Iranian state radio's Azeri-language service")
_KIND_ONLY_ALIAS = prefilter.compile(r"[\w'-]+ (?:state|official|state-run) radio")

# "... of the Armenian government": a body named as its side's government's
_OF_SIDE_GOVERNMENT = prefilter.compile(r"\s+of\s+the\s+(?:Armenian|Azerbaijani|Karabakh|Artsakh|Nagorno-Karabakh)\s+"
                                        r"(?:government|authorities)\b", re.I)


# the nouns that end or head the name of a state body: "the State Water Resources Agency", "the Ministry of
# Economy", "the Road Department foundation", "the Urban Development Committee"
_BODY_HEAD = prefilter.compile(r"(?i)^(?:ministry|agency|service|committee|administration|inspectorate|fund|company|"
                               r"department|foundation|centre|center)$")
_CONNECTOR = {"of", "and", "for", "on"}
# the side named inside a body's name is the government's already: "of the Republic of Armenia", "Armenian"
_SIDE_IN_NAME = prefilter.compile(r"(?i)^(?:the\s+)?(?:(?:Republic\s+of\s+)?(?:Armenia|Azerbaijan|Artsakh)(?:'s|’s)?|Armenian|"
                                  r"Azerbaijani|RA|NKR)\s+|\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?:Armenia|Azerbaijan|"
                                  r"Artsakh|Nagorno-Karabakh)$")
# and "Karabakh" opening the name of a Karabakh body is its side too ("Karabakh's National Security Service" is
# "Artsakh's"), but not of an Azerbaijani one, whose region it names ("the Karabakh Revival Fund")
_KARABAKH_IN_NAME = prefilter.compile(r"(?i)^(?:the\s+)?(?:Nagorno-)?Karabakh(?:'s|’s)?\s+")


def _joins_name(words, k):
    """Does the small word at ``k`` go on inside a name: "of", "and the", "for" before a capitalised word?"""
    if words[k] not in _CONNECTOR | {"the"}:
        return False
    following = words[k + 1:k + 3]
    if following[:1] == ["the"]:
        following = following[1:]
    return bool(following) and following[0][:1].isupper()


# the areas a body serves, listed after its name, are not its name: "the Restoration, Construction and Management
# Service for Khankendi and the Aghdara and Khojaly districts" is the Restoration, Construction and Management Service
_SERVED_AREAS = prefilter.compile(r"\s+for\s+[A-Z][\w'-]*(?:,|\s+and\s+the\s).*$|\s+for\s+.*\b(?:districts?|regions?|provinces?)$")
# the area a body serves, named in its name: "... Service for Khankendi and the Aghdara and Khojaly districts"
_AREA_NOUN = prefilter.compile(r"^(?:districts?|regions?|provinces?)$")


def body_name(phrase):
    """The name of the state body a claimant phrase names, without the side's name: "Azerbaijan's State Agency
    of Automobile Roads spokesman" → "State Agency of Automobile Roads"; None when no capitalised name of a body
    is in it ("the road department": too vague to name)."""
    words = phrase.replace("’", "'").split()
    # a capitalised head only: "the press service of the Ministry of Culture" is the ministry's
    heads = [i for i, w in enumerate(words) if _BODY_HEAD.match(w.strip(",.'")) and w[:1].isupper()]
    for i in heads:
        start = i
        while start > 0 and (words[start - 1][:1].isupper() or (
                words[start - 1] in _CONNECTOR and start > 1 and words[start - 2][:1].isupper())):
            start -= 1
        end = i + 1
        while end < len(words) and (words[end][:1].isupper() and words[end].lower() not in TITLES
                                    or _BODY_HEAD.match(words[end]) or _AREA_NOUN.match(words[end].strip(",."))
                                    and words[end - 1][:1].isupper() or _joins_name(words, end)):
            end += 1
        name = _SERVED_AREAS.sub("", " ".join(words[start:end]).strip(" ,."))
        if name.lower().startswith("the "):
            name = name[4:]
        previous = None
        while previous != name:
            previous, name = name, _SIDE_IN_NAME.sub("", name).strip()
        if len(re.findall(r"\b[A-Z]", name)) >= 2 or (name[:1].isupper() and not _BODY_HEAD.match(name)):
            return name
    return None


# a ministry named by its field, when the table has no row for that field ("the Ministry of Transport",
# "the Economy Ministry"): it speaks for its government, as the health ministries do
UNLISTED_MINISTRY = prefilter.compile(r"\bMinistry of (?:the\s+)?[A-Z]|\b(?!(?:Azerbaijani|Armenian|Russian|Turkish|Iranian|"
                                      r"Georgian|French|US|Karabakh|Artsakh|Defen[cs]e|Foreign|Interior|Health|"
                                      r"Emergenc\w+|The|the|Its|its|Their|A|An)\b)[A-Z][\w'’]+ Ministry\b")
# (a deputy foreign or defence minister speaks for his ministry: "Azerbaijan's deputy foreign minister" is its MFA)
_NOT_THE_OFFICE = prefilter.compile(r"\b(?:deputy|vice)[\s-]+(?:prime minister|premier|president)|"
                                    r"\b(?:former|ex)[\s-]+(?:\w+\s+)?(?:prime minister|premier|president|"
                                    r"foreign minister|defen[cs]e minister|minister)")
# a prosecutor named by name ("the prosecutor Yusif Agayev") is that person, who may serve anywhere; the Prosecutor
# General named ("Prosecutor General Kamran Aliyev") still speaks for the office
# (nor "Prosecutor Office Armenia": the office by another word order)
NAMED_PROSECUTOR = prefilter.compile(r"\b[Pp]rosecutor\s+(?!(?:General|Generals|Office|Offices|Service|Department|Bureau)\b)"
                                     r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]{2,}")
# a past holder: the table lists people under the body they led, which a former holder no longer speaks for
_FORMER = prefilter.compile(r"\b(?:former|ex|erstwhile|retired)[\s-]")
# what a body is for ("the Service for Khankendi and the Aghdara district": the places it serves are not its nation),
# up to the state it is of, closing the name ("the State Committee for Refugees of Armenia": Armenia's)
_SERVES = prefilter.compile(r"\b(?:service|agency|committee|office)\s+for\s+.*?(?=\s+of\s+(?:the\s+republic\s+of\s+)?"
                            r"(?:armenia|azerbaijan)$|$)")
SIDES = ("Azerbaijani", "Armenian", "Karabakh")          # the nations of the conflict's sides
OTHER_SIDE = {"Azerbaijani": "Armenian", "Armenian": "Azerbaijani"}   # the two states' each other
_MINISTRIES = ("defence", "foreign")                      # a side's ministries, written "Armenian MoD" / "... MFA"
# a foreign ministry speaks for its government, and is written as its body: "Armenian government (Foreign Ministry)";
# so do a nation's civil ministries the table has no row for ("Georgian government (Interior Ministry)")
FOREIGN_MINISTRY = "Foreign Ministry"
_MINISTRY_NAMES = {"foreign": FOREIGN_MINISTRY, "interior": "Interior Ministry", "health": "Health Ministry",
                   "emergency": "Emergencies Ministry"}
# a state body named by its field, capitalised: "the State Agency of Automobile Roads", "the Restoration,
# Construction and Management Service", "the State Water Resources Agency", "the State Commission on Hostages" (a
# commission named without its state may be anyone's: "the Regional Commission on the Census")
STATE_BODY = prefilter.compile(r"\b(?:Agency|Service|Committee|State Commission|Administration|Inspectorate|Fund|Company|Department|Foundation)\b")
# a commission named with its side, in any case: "Armenia's commission on delimitation" is the state's
_COMMISSION = prefilter.compile(r"\bcommissions?\b")
# bodies a side's name is in that are not its state's: a broadcaster's service in a side's language ("RFE/RL's
# Armenian Service", "the BBC Azerbaijani Service"), a diaspora's organisation ("the Armenian National Committee of
# America", "Armenian Fund USA"), a fund or foundation not named as the state's ("the Karabakh Foundation"; "the
# State Oil Fund" is the state's), a body two states share ("the joint border commission", "the
# Armenian-Azerbaijani commission")
NOT_STATE_BODY = prefilter.compile(r"(?i:\b(?:joint|bilateral|intergovernmental)\b|\b(?:armenian|azerbaijani)-(?:armenian|"
                                   r"azerbaijani|russian|turkish|georgian|iranian)\b)|"
                                   r"\b(?:RFE/RL|Radio Free Europe|Radio Liberty|Radio Azadliq|Azatutyun|BBC|VOA|"
                                   r"Voice of America)\b|\bof (?:America|Canada|Australia|Europe|Great Britain)\b|"
                                   r"\b(?:USA|UK|US)$|^(?!.*\b(?:State|Republic)\b).*\b(?:Fund|Foundation)\b")
_BODY_NOUN = prefilter.compile(r"\b(?:mission|monitors|observers|delegation|team|commission|council|office|"
                               r"spokes(?:man|woman|person))\b")
_PERSON = prefilter.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$")
# the last word of a body's name, which no surname is: "Azerbaijani Foreign Ministry", "State Border Service"
_BODY_LAST_WORDS = frozenset({"ministry", "army", "forces", "president", "service", "front", "general", "cabinet",
                              "committee", "minister", "headquarters", "council", "agency", "church", "television",
                              "office", "court", "union", "commission", "group", "department", "ombudsman",
                              "government", "trust", "mission"})


def _a_person_s_name(alias):
    """Does the alias name a person ("Shushan Stepanyan"), not a body written like one ("Azerbaijani Foreign
    Ministry", "State Border Service")? A body's name, read as a person's, made "an official of the Azerbaijani
    Foreign Ministry, who ..." a person speaking as himself."""
    words = alias.split()
    return bool(_PERSON.match(alias)) and words[0].lower() not in TITLES and words[0].lower() not in NATION_WORDS \
        and words[-1].lower() not in _BODY_LAST_WORDS


# letters that transliterations of Armenian and Azerbaijani names swap: Pashinian/Pashinyan,
# Hikmat/Hikmet, Tatevosyan/Tadevosyan
_SWAPPED = str.maketrans({"y": "i", "e": "a", "d": "t"})
MIN_SPELLED_SURNAME = 6


def skeleton(name):
    """A name with the letters transliterations disagree on made one ("Pashinian" and "Pashinyan" meet)."""
    return name.lower().translate(_SWAPPED)


def _spellings(people, aliases):
    """Skeleton of each person's full name, and of their surname where the table lists it alone, → their
    actor; a skeleton two actors share is left out."""
    found = {}
    for name, actor in people.items():
        surname = name.split()[-1]
        alone = len(surname) >= MIN_SPELLED_SURNAME and aliases.get(surname.lower()) == actor
        for key in {name, surname} if alone else {name}:
            found.setdefault(skeleton(key), set()).add(actor)
    return {key: actors.pop() for key, actors in found.items() if len(actors) == 1}


# words that open a noun phrase, capitalised at a sentence's start, never a first name
_DETERMINERS = {"the", "a", "an", "our", "this", "these", "those", "its", "their", "his", "her", "some", "many",
                "several", "one", "two", "three", "most", "all"}


def _another_first_name(word):
    """Is ``word``, before a known surname, the first name of someone else ("Ramin Aliyev" is not
    Ilham Aliyev)? A title, a nation or a determiner before the surname is no first name ("Our subscribers")."""
    return word.isalpha() and word not in TITLES and word not in NATION_WORDS and word not in _DETERMINERS


# the people or offices of a place, after its name: "Kentron residents", "the Kentron administration" (the district,
# not the channel of that name; not the nouns an outlet's own people take: "RT head Margarita Simonyan", "Trend
# officials", "the APA council")
_LOCAL_NOUNS = frozenset({"residents", "resident", "inhabitants", "dwellers", "people", "locals", "administration",
                          "district", "municipality", "community", "mayor", "prefect", "prefecture",
                          "police", "authorities", "hospital", "school"})


def _before_a_local_noun(words, i):
    """Is ``words[i]`` (an outlet's one-word name) followed by a noun of a place's people or offices ("Kentron
    residents", "the Kentron administration"): the place of that name, not the outlet?"""
    return i + 1 < len(words) and words[i + 1].lower() in _LOCAL_NOUNS


def _before_a_surname(words, i, capitalised):
    """Is ``words[i]`` followed by a capitalised word that is no nation and no title, as a first name is by a
    surname? An outlet's one-word name ("Turan") is then someone's first name ("Turan Mammadov"); "Sputnik
    Armenia" and "Armenpress Director ..." stay the outlet."""
    return i + 1 < len(words) and words[i + 1] in capitalised and words[i + 1] not in NATION_WORDS \
        and words[i + 1] not in TITLES


def _nation(text):
    """The nation a phrase speaks for; Karabakh wins over Armenian ("ethnic Armenian authorities in Karabakh"), not
    over Azerbaijani ("Azerbaijani media from Khankendi", "Azerbaijani officials in Karabakh": Azerbaijan's)."""
    found = [NATION_WORDS[m.group(1)] for m in _NATION_RX.finditer(text)]
    if "Karabakh" in found and "Azerbaijani" not in found:
        return "Karabakh"
    return found[0] if found else None


def _terms(text):
    """The terms of a ``terms`` cell: "1999-12-31/2008-05-07;2012-05-07/" → [(first day, day the successor took
    over)], no end for a holder still in office."""
    terms = []
    for term in text.split(";"):
        start, _, end = term.strip().partition("/")
        terms.append((dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end.strip() else None))
    return terms


def _office_alone(name):
    """The canonical name without the person in brackets: "Russian presidency (Vladimir Putin)" → "Russian
    presidency"."""
    return re.sub(r"\s*\([^()]*\)$", "", name)


@lru_cache(maxsize=4)
def load_actors(path=ACTORS_CSV):
    """The actor table (read once per path)."""
    with Path(path).open(encoding="utf-8", newline="") as f:
        return ActorTable(list(csv.DictReader(f)))


@lru_cache(maxsize=8192)
def canonical_actor(phrase):
    """The canonical name of a claimant ("Baku's defence ministry" → "Azerbaijani MoD"), or None."""
    return load_actors().lookup(phrase or "")


def opens_outlet_title(text, begin):
    """Does an outlet's name of two words or more that the table knows start at ``begin`` ("Azat Artsakh reported",
    "Tehran Radio said": the paper or station, whose first word is no place)?"""
    word = re.match(r"[\w'’-]+", text[begin:begin + 40])
    titles = load_actors().outlet_titles.get(word.group()) if word else None
    return any(text.startswith(title, begin) and not text[begin + len(title):begin + len(title) + 1].isalnum()
               for title in titles or ())


def outlet_word(word):
    """Is ``word`` an outlet's whole name of one word that the table knows ("Kentron", the channel; "Azg", the
    paper), as written?"""
    return word in load_actors().outlet_words


def ministry_office(claimant):
    """The ministry a claimant is, "defence" or "foreign" ("Azerbaijani MoD", "Georgian government (Foreign
    Ministry)"), or None: read off the table, else off the name as :func:`ministry_of` writes it."""
    office = load_actors().office_of.get(claimant)
    if office in _MINISTRIES:
        return office
    if claimant.endswith("MoD"):
        return "defence"
    return "foreign" if claimant.endswith(f"({FOREIGN_MINISTRY})") else None


def ministry_of(nation, office):
    """A nation's ministry the table has no row for, as its government's body ("Georgian", "foreign" → "Georgian
    government (Foreign Ministry)"), as the annotators count a ministry speaking: for its government."""
    return f"{nation} government ({_MINISTRY_NAMES[office]})"


def as_of(claimant, day, russia_named=False):
    """The claimant with the person in office dropped when ``day`` (the claim's) lies outside their terms
    (see :meth:`ActorTable.as_of`)."""
    return load_actors().as_of(claimant, day, russia_named)
