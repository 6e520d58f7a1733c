"""Roads and corridors as things: what a road's name, "between A and B" and a corridor mean for events.

* "the Goris–Kapan highway", "the Askeran-Aghdam road": the towns name the
  road. They are waypoints of a route when the sentence is about the route
  itself (reopened, offered, planned: the corridors layer), never the places of
  a shelling, a checkpoint or a mention that only happened on the road.
* "between the villages of A and B": the event lies on the road between them;
  both places carry the same event, described as between them.
* "the Lachin corridor": the corridor, not Lachin town; whatever happens to it
  (opened, blocked, shelled) is read on the corridors layer, with the kind of
  what happened and the status that follows.
"""

import re

# Words that make a name chain a road: "the X–Y road", "the X-Y-Z highway", "the X–Y rail line".
_ROAD_AFTER = re.compile(r"^\s+(?:(?:main|old|new|mountain|inter-?state|strategic|federal)\s+)?"
                         r"(?:road|roads|highway|motorway|route|railway|railroad|rail line|rail link|railway line|"
                         r"corridor|carriageway|track|supply route|axis)\b", re.I)
_DASH_BETWEEN = re.compile(r"^\s*[-–—]\s*$")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:villages?|towns?|settlements?|cities|communities)\s+of\s+)?$",
                      re.I)
_AND = re.compile(r"^\s*(?:and|&)\s+(?:the\s+)?(?:(?:village|town|settlement|city)\s+of\s+)?$", re.I)

# What a corridor place's event becomes on the corridors layer.
_CORRIDOR_KIND = {"blockade": "blockade", "barrier": "blockade", "checkpoint": "checkpoint"}


def route_ends(sentence, mentions):
    """Mentions that are the end towns naming a road ("the Goris–Kapan highway"): a set of their begins."""
    ends, chain = set(), []
    for m in mentions:
        if chain and _DASH_BETWEEN.match(sentence[chain[-1].end:m.begin]):
            chain.append(m)
            continue
        _close(sentence, chain, ends)
        chain = [m]
    _close(sentence, chain, ends)
    return ends


def _close(sentence, chain, ends):
    if len(chain) >= 2 and _ROAD_AFTER.match(sentence[chain[-1].end:]):
        ends.update(m.begin for m in chain)


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


def corridor_kind(layer, kind):
    """The corridors-layer kind of what happened to a corridor."""
    if layer == "corridors":
        return kind
    if layer == "checkpoints":
        return _CORRIDOR_KIND.get(kind, "blockade")
    if layer == "shelling":
        return kind
    return "route"
