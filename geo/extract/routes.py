"""Roads and corridors as things: what a road's name, "between A and B" and a corridor mean for events.

* "the Goris–Kapan highway", "the Askeran-Aghdam road", "the road from Goris
  to Kapan": the towns name the road. They are waypoints of a route when the
  sentence is about the route itself (reopened, closed, offered, built), never
  the places of a shelling, a blockade or an explosion that only happened on
  the road.
* "between the villages of A and B": the event lies on the road between them;
  both places carry the same event, described as between them; a road closed
  or blocked there is a blockage at a point of it (checkpoints), not the route.
* "the Lachin corridor": the corridor, not Lachin town; whatever happens to it
  (opened, blocked, shelled) is read on the corridors layer, with the kind of
  what happened and the status that follows, and it refers to the road of the
  corridors layer in force on that day (:func:`corridor_in_force`: the old
  route before 30 August 2022, the new road after).
"""

import datetime as dt
import json
import math
import os
import re
from functools import lru_cache
from pathlib import Path

from .. import prefilter
from .. import settings

# Words that make a name chain a road or a line: "the X–Y road", "the X-Y-Z highway", "the X–Y rail line",
# "the Goris-Stepanakert power line", "the X-Y gas pipeline", "the X-Y stretch" (a stretch named by its two
# ends is a piece of road; not a "section", which may be of a border line or a point of a road).
_ROAD_NOUN = (r"(?:(?:main|old|new|mountain|inter-?state|strategic|federal)\s+)?"
              r"(?:road|roads|highway|motorway|route|railway|railroad|rail line|rail link|railway line|"
              r"corridor|carriageway|track|supply route|axis|line|lines|pipeline|gas pipeline|"
              r"stretch(?!\s+of\s+(?:the\s+)?(?:state\s+)?(?:border|frontier)\b)|"
              r"power line|power lines|transmission line|cable)\b")
# (not "road" as the mode word of a border crossing: "the Bagratashen–Sadakhlo road border checkpoint" is the
# crossing; a railway crossing to reopen stays the line, as heldout31 reads it)
_CROSSING_AFTER_MODE = r"(?!(?<!rail)(?<!railway)\s+(?:border\s+)?(?:crossing|checkpoint|gate|post)s?\b)"
# (its number may come between: "the Yerevan–Meghri M-2 highway")
_ROAD_AFTER = prefilter.compile(r"^\s+(?:[A-Z]{1,2}-?\d{1,3}(?:-\d{1,3})*\s+)?" + _ROAD_NOUN + _CROSSING_AFTER_MODE, re.I)
_DASH_BETWEEN = prefilter.compile(r"^\s*[-–—/]\s*$")      # a slash too: "the Ijevan/Dilijan road"
# the words of a way one drives, which "from A" or "between A" follows
_DRIVEN_WAY = r"road|highway|motorway|route"
# (a stretch told by its two ends is a piece of road too: "the stretch leading from A to B could not be used")
_ROAD_FROM = prefilter.compile(r"(?=[hlmrs])\b(?:" + _DRIVEN_WAY + r"|railway|rail line|line|stretch)"
                               r"\s+(?:running\s+|leading\s+)?from\s+$", re.I)
# (a stretch that is a piece of the front or the border, no road: "Azerbaijani positions along the stretch from A to
# B", "the stretch from A to B of the border", "troops advanced along a stretch from A to B")
# (not the border's guards or posts, who work on roads too: "trucks on the stretch from A to B were stopped as the
# border guards checked them", "the Border Guard Service said")
_STRETCH_OF_FRONT = prefilter.compile(r"\b(?:borders?(?!\s+(?:guards?|guard\s+service|service|police|troops|officers|"
                                      r"crossings?|checkpoints?|posts?|control)\b)|frontier(?!\s+guards?\b)|"
                                      r"front|front\s+line|line\s+of\s+contact|positions?|"
                                      r"trenches|troops\s+advanced|advanced|advancing)\b", re.I)
# (the far end may be named as a village: "the stretch from A to the village of B")
_TO = prefilter.compile(r"^\s+to\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?$", re.I)
# a vehicle's journey, which names the road it was on: "a car driving from A to B", "the bus from A to B", "a lorry
# on its way from A to B" (the fire at it happened somewhere on that road, at neither town)
_VEHICLE_FROM = prefilter.compile(r"(?=[abclmtv])\b(?:car|cars|bus|buses|minibus|lorry|lorries|truck|trucks|van|taxi|tractor|"
                                  r"ambulance|convoy|vehicle|vehicles)\s+(?:(?:driving|travelling|traveling|heading|going|"
                                  r"moving|on\s+(?:its|their)\s+way)\s+)?from\s+$", re.I)
_BETWEEN = prefilter.compile(r"\bbetween\s+(?:the\s+)?(?:(?:villages?|towns?|settlements?|cities|communities)\s+of\s+)?$",
                             re.I)
# a road told by the towns it links, in a clause of its own: "the road through the corridor, which links A with B"
_ROAD_LINKS = prefilter.compile(r"\b(?:" + _DRIVEN_WAY + r"|corridor)s?\b[^.;:]{0,60}?,?\s+(?:which|that)\s+"
                                r"(?:links?|connects?|joins?)\s+$", re.I)
_WITH = prefilter.compile(r"^\s+(?:with|and|to)\s+$", re.I)
_AND = prefilter.compile(r"^\s*(?:and|&)\s+(?:the\s+)?(?:(?:village|town|settlement|city)\s+of\s+)?$", re.I)

# What a corridor place's event becomes on the corridors layer.
_CORRIDOR_KIND = {"blockade": "blockade", "barrier": "blockade", "checkpoint": "checkpoint"}


# A line named by its towns, at home or abroad: "the Baku–Tbilisi–Kars railway", "the Igdir–Nakhchivan gas pipeline"
# (dashes, slashes or "to": "the Yerevan/Gyumri railway", "the Gyumri to Kars railway"), "the railway from Kars
# through Igdir and Aralik to the Dilucu border gate", "the pipeline will run from Igdir to Sadarak" (a route noun,
# then from ... through/via/to ...; not a relative clause describing the road: "the road that runs from Vardenis to
# Sotk").
_NAME = r"[A-ZƏÇŞĞÜÖİ][\w'’]*(?:\s[A-ZƏÇŞĞÜÖİ][\w'’]*){0,2}"
_DASHED_LINE = prefilter.compile(rf"{_NAME}(?:(?:\s?[-–—/]\s?|\s+to\s+){_NAME})+\s+{_ROAD_NOUN}{_CROSSING_AFTER_MODE}")
# lines listed under one plural noun: "the A–B and C–B roads", "the A-B, C-D and E-F sections" (sections of a road,
# with no other road noun: the line list's own noun)
_PAIR = rf"{_NAME}(?:\s?[-–—]\s?{_NAME})+"
_DASHED_LINES = prefilter.compile(rf"{_PAIR}(?:,\s+{_PAIR})*,?\s+and\s+{_PAIR}\s+(?:roads|highways|routes|railways|sections)\b"
                                  + _CROSSING_AFTER_MODE)
# ... or after it and a colon: "work on three roads: A–B–C, D–B and E–B" (the list is the roads' names; not
# "routes", which may be flights' or talks': "flights resumed on three routes: Yerevan–Moscow, ...")
_LISTED_LINES = prefilter.compile(rf"\b(?:roads|highways|railways)\s*:\s*(?:the\s+)?{_PAIR}"
                                  rf"(?:,\s+(?:the\s+)?{_PAIR})*,?\s+and\s+(?:the\s+)?{_PAIR}")
_STOP = rf"(?:the\s+)?(?:(?:{_NAME}\s+)?(?:province|district|region)\s+of\s+)?{_NAME}"   # "the Turkish province of Igdir"
_FROM_LINE = prefilter.compile(r"\b(?:road|highway|motorway|route|railway|railroad|rail\s+line|rail\s+link|line|pipeline|"
                               r"link|connection)\s+(?:(?!(?:that|which)\b)[\w-]+\s+){0,3}?from\s+" + _STOP
                               + rf"(?:\s*(?:,|\s(?:and|through|via|to))\s+{_STOP})+")
# an air or passenger service named by its ends is such a line too: "its Moscow-Baku flights", "the Yerevan–Kapan
# services" (the capital or the town abroad at its end is a town the service runs to)
_DASHED_SERVICE = prefilter.compile(rf"{_NAME}(?:\s?[-–—]\s?{_NAME})+\s+(?:air\s+)?(?:flights?|services?)\b")
_LINE_WORDS = prefilter.compile(r"\b(?:road|highway|motorway|route|rail|railway|railroad|line|pipeline|link|connection|"
                                r"sections|flight|service)",
                                re.I)


# a power line or pipeline named before a stretch: "the high-voltage line broke on its A–B stretch" is a piece of that
# line, no road (heldout159 files a power line's section between two towns at both towns, as no route)
_UTILITY_LINE = prefilter.compile(r"\b(?:(?:power|high-voltage|electricity|transmission|gas|water)\s+(?:line|lines|cable)|"
                                  r"(?:gas\s+)?pipelines?)\b[^.;:]*$", re.I)
_ROAD_WORD = prefilter.compile(r"\b(?:road|roads|highway|motorway|route|traffic)\b", re.I)
# the stretch told as the line's own: "on its A–B stretch", "the pipeline's A–B stretch" (not "the power line was cut,
# and peacekeepers patrolled the A–B stretch": another thing's)
_ITS_BEFORE = prefilter.compile(r"\b(?:its|(?:line|lines|cable|pipeline)['’]s)\s+$", re.I)


def _utility_stretch(sentence, begin, named):
    """Is the line ``named`` (its towns and noun), told from ``begin``, a stretch of a power line or pipeline named
    before it in its clause?"""
    if not named.rstrip().endswith("stretch") or not _ITS_BEFORE.search(sentence, max(0, begin - 20), begin):
        return False
    utility = _UTILITY_LINE.search(sentence, max(0, begin - 200), begin)
    return utility is not None and not _ROAD_WORD.search(sentence, utility.start(), begin)


@lru_cache(maxsize=256)
def named_lines(sentence):
    """The spans (begin, end) of the lines a sentence names by their towns (cached: asked for each place of it)."""
    if not _LINE_WORDS.search(sentence):
        return ()
    return tuple([(m.start(), m.end()) for m in _DASHED_LINE.finditer(sentence)
                  if not _utility_stretch(sentence, m.start(), m.group())]
                 + [(m.start(), m.end()) for m in _FROM_LINE.finditer(sentence)]
                 + [(m.start(), m.end()) for m in _DASHED_LINES.finditer(sentence)]
                 + [(m.start(), m.end()) for m in _LISTED_LINES.finditer(sentence)]
                 + [(m.start(), m.end()) for m in _DASHED_SERVICE.finditer(sentence)])


# a line named by its towns that is being built or opened: the news of its sentence ("where Azerbaijan has been
# building the Horadiz–Aghband railway"), even beside words saying where something lies
_LINE_WORK = prefilter.compile(r"\b(?:build|builds|building|built|construct|constructs|constructing|constructed|lay|lays|"
                               r"laying|laid|launch|launches|launching|launched|open|opens|opening|opened|reopen|reopens|"
                               r"reopened|inaugurate|inaugurates|inaugurated|complete|completes|completing|completed|"
                               r"restore|restores|restoring|restored|rebuild|rebuilding|rebuilt)\s+(?:the|a|an)\s+"
                               r"(?:new\s+)?$", re.I)


def line_at_work(sentence):
    """Is a line the sentence names by its towns being built, opened or restored ("building the Horadiz–Aghband
    railway")?"""
    return any(_LINE_WORK.search(sentence, max(0, begin - 60), begin) for begin, _ in named_lines(sentence))


# a road whose work is only seen, by a visitor: "inspected work on the A-B road", "was shown the earthworks on three
# roads" (the visit is the news at a town also named on its own, no route yet)
_WORK_SEEN = prefilter.compile(r"\b(?:inspect(?:ed|s|ing)?|shown|show(?:ed|s|ing)?|view(?:ed|s|ing)?|tour(?:ed|s|ing)?)\s+"
                               r"(?:the\s+)?(?:[\w-]+\s+)?(?:work|works|earthworks|construction|progress)\s+on\b[^.;:]*:?[^.;:]*$",
                               re.I)


def work_seen(sentence, begin):
    """Is the road word or road town at ``begin`` on a road whose work a visitor only inspected or was shown?"""
    return (("work" in sentence or "construction" in sentence or "progress" in sentence)
            and bool(_WORK_SEEN.search(sentence, max(0, begin - 160), begin)))


def on_named_line(sentence, begin):
    """Is the name at ``begin`` one of the towns naming a line ("Kars" in "the Baku–Tbilisi–Kars railway", "a
    railway from Kars to Nakhchivan")? Such a town abroad is a waypoint of the line, not a far-away guess."""
    return any(b <= begin < e for b, e in named_lines(sentence))


def route_ends(sentence, mentions):
    """Mentions that are the end towns naming a road ("the Goris–Kapan highway", "the road from Goris
    to Kapan", "the railway from Kars through Igdir to Dilucu"): a set of their begins."""
    ends, chain = set(), []
    for m in mentions:
        if chain and _DASH_BETWEEN.match(sentence[chain[-1].end:m.begin]):
            chain.append(m)
            continue
        _close(sentence, chain, ends)
        chain = [m]
    _close(sentence, chain, ends)
    for a, b in zip(mentions, mentions[1:]):
        before = sentence[max(0, a.begin - 40):a.begin]
        road = _ROAD_FROM.search(before)
        if road and road.group(0)[:7].lower() == "stretch" and _STRETCH_OF_FRONT.search(sentence):
            road = None                    # "positions along the stretch from A to B", "the stretch from A to B of the
            # border": a piece of the front, no road
        if (road or _VEHICLE_FROM.search(before)) and _TO.match(sentence[a.end:b.begin]):
            ends.update((a.begin, b.begin))
        elif _WITH.match(sentence[a.end:b.begin]) and _ROAD_LINKS.search(sentence, max(0, a.begin - 100), a.begin):
            ends.update((a.begin, b.begin))
    for begin, end in named_lines(sentence):
        inside = [m.begin for m in mentions if begin <= m.begin < end]
        if len(inside) >= 2:
            ends.update(inside)
    return ends


# a road named only to say where something is: "at the 149th kilometre of the Hajigabul-Horadiz-Aghband road",
# "on the road that used to be called the Gazakh-Ijevan highway", "a depot beside (or on) the Stepanakert–Askeran
# highway", "the village of Tegh on the Goris–Stepanakert road" or "Tegh, the village on the Goris–Stepanakert road"
# (where the village lies), "runs south of the old Goris-Stepanakert highway" (a side of the road)
# (not "off" after a movement: "wrecks were pulled off the A–B road", "a lorry skidded off it" happened on the road;
# nor after a closure: "troops closed off the A–B road", "police were sealing off the A-B highway" shut the road)
_OFF_WHERE = "".join(rf"(?<!{verb} )" for verb in ("pulled", "towed", "driven", "pushed", "cleared", "removed",
                                                   "skidded", "veered", "swept", "forced", "slid", "blown",
                                                   "taken", "lifted", "hauled", "dragged",
                                                   "closed", "closing", "close", "closes", "sealed", "sealing",
                                                   "seal", "seals", "cordoned", "cordoning", "cut", "cutting",
                                                   "shut", "shutting", "blocked", "blocking", "fenced", "fencing",
                                                   "roped", "roping")) + "off"
# the road's name up to its first town: "the old Goris-"
_ROAD_NAMED = r"\s+the\s+(?:(?:old|new|main|former)\s+)?(?:[\w'’]+\s*[-–—]\s*)*$"
_ROAD_LOCATES = prefilter.compile(r"(?:\b(?:kilomet(?:re|er)|km)\s+of|\b(?:called|known\s+as|named)"
                                  r"|\b(?:beside|alongside|next\s+to|" + _OFF_WHERE + r"|near|close\s+to"
                                  r"|(?:north|south)(?:-?(?:east|west))?\s+of|(?:east|west)\s+of)"
                                  # a branch leaving the road: "the road that climbs to X from the A–B highway", "the
                                  # turn-off from the A–B road" (A and B only place where it leaves)
                                  # (not a thing taken off the road, nor anyone leaving it: "cleared the road blocks from
                                  # the A–B road", "back on the road after troops withdrew from the A–B highway")
                                  r"|\b(?:road|turn-?off|turning|branch|spur)\s+(?:(?:(?:that|which)\s+)?"
                                  r"(?:climb|run|lead|go|branch|turn|wind|leav|head)(?:s|es|ing|ning)\b[^.;:,]{0,40}?\s)?from"
                                  r"|\b(?:village|settlement|town|hamlet)\s+of\s+"
                                  r"[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?"
                                  r",?\s+(?:(?:which\s+)?(?:lies|lying|located|situated)\s+)?on)" + _ROAD_NAMED, re.I)
# a store standing on the road: "the depot on the Stepanakert–Askeran road" (like one beside it; but a post set up at
# the store is a checkpoint on the road, at both its towns: "a checkpoint at a petrol station on the A–B road")
_STORE_ON_ROAD = prefilter.compile(r"\b(?:depots?|warehouses?|(?:filling|petrol|fuel)\s+stations?)\s+on" + _ROAD_NAMED, re.I)
_POST_AT_STORE = prefilter.compile(r"\b(?:checkpoints?|posts?|roadblocks?|barriers?)\s+(?:at|by|beside|outside|near)\s+"
                                   r"(?:an?|the)\s+(?:[\w-]+\s+)?$", re.I)


# an apposition after a place (a mention, not "On Monday, on the A-B road"): "Areni, on the A-B road", "Masis, the
# town on the A-B road"
_ROAD_APPOSED = prefilter.compile(r",\s+(?:(?:the|a)\s+(?:[\w-]+\s+)?(?:village|town|city|settlement|hamlet)\s+)?on"
                                  + _ROAD_NAMED, re.I)


# the road named again as what was shut, after a clause the road only located: "fire near the A–B road closed that
# stretch of the highway" (the closure is the road's news: A and B are its ends, not a locator)
# (not another road, named by its own place: "a protest that blocked the road in Yerevan")
_ROAD_SHUT_AGAIN = prefilter.compile(r"[^.;:]{0,100}?\b(?:closed|shut|blocked|cut|halted|stopped)\s+(?:off\s+)?"
                                     r"(?:that|this|the)\s+(?:same\s+)?(?:stretch|section|road|highway|route)\b"
                                     r"(?!\s+(?:in|at|to|near|from|into|through|between)\b)", re.I)


def locating_roads(sentence, mentions, ends):
    """The begins of the ``ends`` (see :func:`route_ends`) naming a road that only locates something or is a
    road's name: no event at these towns."""
    outer = _stretched_roads(sentence)
    lines = named_lines(sentence) if "where it" in sentence else ()
    return {m.begin for m in mentions if m.begin in ends
            and ((_ROAD_LOCATES.search(sentence, max(0, m.begin - 120), m.begin)
                  and not _ROAD_SHUT_AGAIN.match(sentence, m.end))
                 or _store_on_road(sentence, m)
                 or _road_apposed(sentence, m, mentions, ends)
                 or any(b <= m.begin < e for b, e in outer)
                 or any(b <= m.begin < e and _WHERE_IT_PASSES.match(sentence, e) for b, e in lines))}


def _store_on_road(sentence, mention):
    """Is the road of ``mention`` named only to say where a depot or a station stands, no post set up at it?"""
    store = _STORE_ON_ROAD.search(sentence, max(0, mention.begin - 120), mention.begin)
    return bool(store) and not _POST_AT_STORE.search(sentence, max(0, store.start() - 40), store.start())


# a road named by its ends, then the place where it was shut: "the A–B road was closed where it passes through C"
# (A and B name the road; C is where it happened)
_WHERE_IT_PASSES = prefilter.compile(r"[^.;:]{0,60}?\bwhere\s+it\s+(?:passes|runs|goes|crosses)\s+(?:through|by|past|near)\s+"
                                     r"(?:the\s+(?:village|town)\s+of\s+)?[A-ZƏÇŞĞÜÖİ]")


# a stretch of a road told by its own two ends, right after the road: "the Yerevan–Tbilisi highway on the
# Ijevan–Noyemberyan stretch" (what happened, happened on that stretch: its towns are the places)
_ON_STRETCH = prefilter.compile(r"\s+(?:on|along|over)\s+(?:the|its)\s+$", re.I)
_STRETCH_END = prefilter.compile(r"\bstretch$", re.I)


def _stretched_roads(sentence):
    """The spans of the roads named by their towns only to say which road a stretch named right after belongs to
    ("the A–B highway on the C–D stretch": A and B name the road, C and D are where it happened)."""
    lines = named_lines(sentence)
    return [(b, e) for b, e in lines
            if any(b2 > e and _ON_STRETCH.fullmatch(sentence, e, b2) and _STRETCH_END.search(sentence, b2, e2)
                   for b2, e2 in lines)]


# the way taken through a town: "go round by A", "drive out through A", "via A"
_WAY_BY_BEFORE = prefilter.compile(r"\b(?:by|via|through|past|by\s+way\s+of)\s+$", re.I)


def _road_apposed(sentence, mention, mentions, ends=()):
    """Is the road of ``mention`` named in apposition right after another place ("Areni, on the A-B road")? Not
    after one of the road's own towns taken as the way: "come round by A, on the A–B road" is the way taken, A named
    twice."""
    m = _ROAD_APPOSED.search(sentence, max(0, mention.begin - 120), mention.begin)
    if not m:
        return False
    road = {(p.place.name, p.place.lat, p.place.lon) for p in mentions
            if p.begin in ends and m.start() < p.begin <= mention.begin + 60}     # (the towns naming this road)
    # (the own town exempt only as the way taken, "round by A", "through A": "stopped at A, on the A–B road" is A
    # located by its road)
    return any(p.end == m.start() and ((p.place.name, p.place.lat, p.place.lon) not in road
                                       or not _WAY_BY_BEFORE.search(sentence, max(0, p.begin - 20), p.begin))
               for p in mentions)


def _close(sentence, chain, ends):
    road = len(chain) >= 2 and _ROAD_AFTER.match(sentence[chain[-1].end:])
    if road and not _utility_stretch(sentence, chain[0].begin, road.group()):
        ends.update(m.begin for m in chain)


# a road named by the towns it runs between: "the highway between A and B"
# (and its stretch said to run between them: "the highway on the stretch that runs between A and B"; or the road
# told by where it leads first: "the old road to Karabakh between A and B", a place's name after "to" or "from")
_ROAD_BETWEEN = prefilter.compile(r"\b(?:(?:" + _DRIVEN_WAY + r")(?:\s+(?:to|from)\s+(?-i:[A-Z])[\w'’-]+)?|"
                                  r"(?:stretch|section)\s+(?:that|which)\s+runs)\s+between\s+$", re.I)
_ROAD_BETWEEN_REACH = 50        # characters back from the first town to the road noun


def road_between_ends(sentence, mentions):
    """The begins of the towns naming a road "between A and B" ("the highway between Ijevan and Berd")."""
    return {m.begin for pair in between_pairs(sentence, mentions)
            if _ROAD_BETWEEN.search(sentence, max(0, pair[0].begin - _ROAD_BETWEEN_REACH), pair[0].begin) for m in pair}


def between_pairs(sentence, mentions):
    """Pairs (a, b) of mentions read "between A and B", in order."""
    pairs = []
    for a, b in zip(mentions, mentions[1:]):
        if _BETWEEN.search(sentence[max(0, a.begin - 60):a.begin]) and _AND.match(sentence[a.end:b.begin]):
            pairs.append((a, b))
    return pairs


def is_corridor(place):
    """A curated corridor (the Lachin corridor), not a town."""
    return "corridor" in place.name.lower()


# people blocking a road (not a blockade, nor a road cut)
_BLOCKING = prefilter.compile(r"\bblock(?:s|ed|ing)?\b", re.I)
# a post on the road named with the blocking: "blocked the road between A and B at a checkpoint", "... and set up
# a checkpoint" (the blockage is at that point, not the stretch)
POST_NAMED = prefilter.compile(r"\b(?:check-?points?|roadblocks?|barricades?)\b", re.I)


def between_kind(layer, kind, sentence="", pair=None):
    """A road blocked or cut between two places is a blockage at a point of it (checkpoints layer); a road closed
    between them ("police closed the highway between A and B for the morning") is the road's own state, and so is
    the road named by the two places that people blocked ("residents blocked the highway between A and B": heldout51,
    66, 68 and 83 annotate it at both places as the road's blockade, 10 events to heldout16's 2), unless a post on it is named
    ("... at a checkpoint")."""
    if layer == "corridors" and kind == "blockade":
        if pair is not None and _BLOCKING.search(sentence) and not POST_NAMED.search(sentence) \
                and _ROAD_BETWEEN.search(sentence, max(0, pair[0].begin - _ROAD_BETWEEN_REACH), pair[0].begin):
            return layer, kind
        return "checkpoints", "blockade"
    return layer, kind


def corridor_kind(layer, kind):
    """The corridors-layer kind of what happened to a corridor."""
    if layer == "corridors":
        return kind
    if layer == "checkpoints":
        return _CORRIDOR_KIND.get(kind, "blockade")
    if layer == "shelling":
        return kind
    return "route"


CORRIDOR_NEAR_KM = 6                 # a corridor place this close to a road of the layer names that road


def corridor_in_force(place, day, layers_dir=None):
    """The feature of the corridors layer that a corridor place names on ``day``, or None.

    The road passing within a few km of the place and in force that day (from
    its start day up to, not including, its end day), from the built
    ``corridors.geojson``.
    """
    path = _corridors_file(layers_dir or settings.get().layers_dir)
    try:
        roads = _roads_near(path, os.stat(path).st_mtime_ns, place.lat, place.lon)
    except OSError:
        return None
    iso = day.isoformat() if isinstance(day, dt.date) else str(day)
    for feature in roads:
        props = feature["properties"]
        if props["start_date"] <= iso and (not props.get("end_date") or iso < props["end_date"]):
            return feature
    return None


@lru_cache(maxsize=1024)
def _roads_near(path, mtime, lat, lon):
    """The roads of a corridors file passing within CORRIDOR_NEAR_KM of a point, in the file's order (cached per
    point: the same corridor places come back article after article)."""
    return tuple(f for f in _corridor_features(path, mtime)
                 if _line_km(lat, lon, f["geometry"]["coordinates"]) <= CORRIDOR_NEAR_KM)


@lru_cache(maxsize=8)
def _corridors_file(layers_dir):
    """The path of a layers folder's corridors file (made once: a candidate asks for it each time)."""
    return str(Path(layers_dir) / "corridors.geojson")


@lru_cache(maxsize=4)
def _corridor_features(path, _mtime):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return [f for f in data.get("features", []) if f.get("geometry", {}).get("type") == "LineString"]


def _line_km(lat, lon, coords):
    """Distance in km from a point to a polyline of (lon, lat), on a local flat projection."""
    kx, ky = 111.32 * math.cos(math.radians(lat)), 110.57
    px, py = lon * kx, lat * ky
    best = math.inf
    for (x1, y1), (x2, y2) in zip(coords, coords[1:]):
        ax, ay, bx, by = x1 * kx, y1 * ky, x2 * kx, y2 * ky
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(px - ax - t * dx, py - ay - t * dy))
    return best


# a road's name given as the signs or people call it: "the M-2, which the signs call Yerevan–Goris–Meghri", "the
# M-6, which drivers know as the Vanadzor–Alaverdi road"
_ROAD_CALLED = prefilter.compile(rf"\b(?:call(?:s|ed)?|know[sn]?\s+as|named|signposted(?:\s+as)?)\s+(?:the\s+)?"
                                 rf"(?P<road>{_NAME}(?:\s?[-–—]\s?{_NAME})+)")


def road_names_given(sentence):
    """The spans of the road names a sentence gives after "call", "known as" and the like: the towns are the
    road's name, a description of a road, not where anything happened (the caller keeps them when a strong cue
    makes the road the news: "the M-2, known as the Yerevan–Meghri highway, was closed")."""
    return [m.span("road") for m in _ROAD_CALLED.finditer(sentence)]
