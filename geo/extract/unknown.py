"""Villages the gazetteer does not know, kept at the district the sentence puts them in.

"Shells hit the village of Garayusifli in the Barda district": when the gazetteer
lacks Garayusifli the event would be lost, although the sentence says where it
is to within a district. Such a name becomes a mention of a place made for it:
the village's name as written (in English spelling when written in
Azerbaijani Latin), the district's point and country, the district's precision
(the map draws it as an area as wide as a district or province, not as a point)
and source ``approximate`` (the review page asks for its coordinates before it
can be saved). Only names the sentence itself calls villages, lists with a
village of that district the gazetteer knows, and a name the area right after
it locates ("Kangarli in the Aghdam district") are taken; a capitalised word
alone never is.
"""

import re

from .. import prefilter
from ..errors import GeoError
from ..gazetteer import Place, distance_km
from ..names import english_form
from .lexicon import SURNAME, THE_BEFORE, VILLAGE_FIRST_WORD, is_river
from .mentions import FUZZY_IN_TEXT, Mention

_NAME = r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
# up to three words describing the village in "X, a small mountain village" (no "a resident of the village")
_DESCRIBING = r"(?:(?!(?:of|in|from|at|near|the|to|for|and|with|by)\b)[a-z-]+\s+){0,3}"
# a name the list ends on that then reports is the source, no village: "the village of X, Azernews reported"
_SOURCE_AFTER = prefilter.compile(r"\s+(?:reported|reports|said|says|wrote|writes|added|announced|quoted)\b")
# ... and a full name set off by commas after the village, then telling, is its speaker: "the village of X, Anar
# Aliyev, told the agency" (the village's head, no second village)
_SPEAKER_AFTER = prefilter.compile(r"\s*,\s+(?:told|tells|said|says|reported|wrote|added)\b")
# "the village of X", "villages of X, Y and Z", "villages including X and Y", "X village", "the X and Y settlements"
# (not "the Aghdam village of X", whose village is X)
_CALLED_VILLAGE = prefilter.compile(rf"\b(?:villages?|settlements?|hamlets?)\s+(?:of|including|such\s+as)\s+(?P<list>{_NAME}"
                                    rf"(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?)"
                                    rf"|(?P<one>{_NAME})\s+village\b(?!\s+of\b)"   # "the Aghdam village of X": X
                                    rf"|(?<![\w'’-])(?!(?:In|At|Near|On|From|The)\s)(?P<appo>{_NAME}),\s+an?\s+{_DESCRIBING}village\b"
                                    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|of|near|on|at|by|close|about|some|just|which|that|where)\b)"   # "X, a mountain village"
                                    # "the A and B settlements of the X district" (not "the A and B villages of C": C)
                                    rf"|(?P<pair>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})\s+(?:villages|settlements)\b"
                                    rf"(?!\s+of\s+[A-ZƏÇŞĞÜÖİ])"
                                    # "A, B, C and other villages of the X district": the names listed are villages too
                                    rf"|(?P<others>{_NAME}(?:\s*,\s*{_NAME})*)\s*,?\s+and\s+(?:other|more|several|some)\s+"
                                    r"(?:villages|settlements)\b")
# a name written as a possessive owns the noun after it ("Trend's correspondent"): never a village's name
_POSSESSIVE_END = prefilter.compile(r"['’]s$")
# (but right after "the village of" the name is the village's own: "the village of X's main street")
_VILLAGE_OF_BEFORE = prefilter.compile(r"\b(?:village|settlement|hamlet)\s+of\s+$")
# "A, B, C and D" (each one or two capitalised words)
_LIST = prefilter.compile(rf"{_NAME}(?:\s*,\s*{_NAME}){{1,}}\s*,?\s+and\s+{_NAME}")
_ITEM = prefilter.compile(_NAME)
# an owner, not a village: "Talish, Madagiz and Hasanli's brigade"
_POSSESSIVE = prefilter.compile(r"['’]s?$")
# the names (two or more) a list or count is said to include: "the list in Syunik includes A and B"
_INCLUDED = prefilter.compile(rf"\binclud(?:es|ed)\s+({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})")
# an area that opens the sentence sets the scene for the names listed after it (as the pipeline's
# _OPENS_SENTENCE, which is narrower: only "In the")
_DISTRICT_OPENS_SENTENCE = prefilter.compile(r"^\s*(?:In|Within|Across)\s+(?:the\s+)?$")
# the first of a pair of names before an area: "Yusifjanli and Garahaji in the Aghdam district"
_AND_BEFORE = prefilter.compile(rf"(?<![\w'’-])({_NAME})\s+and\s+$")
# the names listed before that pair: "facing A, B, Yusifjanli and Garahaji in the Aghdam district"
_COMMAS_BEFORE = prefilter.compile(rf"(?:(?<![\w'’-]){_NAME}\s*,\s*)+$")
# a water work after the name: "the Gulbaghchay reservoir in the Aghdam district" is the reservoir, not a village
_WATER_WORK_AFTER = prefilter.compile(r"\s+(reservoirs?|dams?)\b")
_AREA_WORD = prefilter.compile(r"\s+(?:District|Province|Region|Rayon|Marz)$")
# a list that ends on an area's noun names areas: "in the A, B and C districts"
_AREAS_NOUN_AFTER = prefilter.compile(r"\s+(?:districts|regions|provinces|rayons|marzes)\b", re.I)
# "near A, B and C", "the villages A, B and C": the list names places
_PLACES_LISTED_AFTER = prefilter.compile(r"\b(?:near|in|at|around|outside|villages?|communities|settlements?)\s+(?:the\s+)?$")
# a list that opens the sentence, after a time at most, is its subject and names places as well as "near A, B and C"
# does: "In the 1990s A, B, C and D were under fire" (the known villages among them still decide)
_LIST_OPENS_SENTENCE = prefilter.compile(r"^\s*(?:(?:In|During|Since|By|Until)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?"
                                         r"\d{4}s?\s*,?\s*)?$")
# ... when what the sentence tells of them is an event ("were under constant attack", "had been shelled"): a list
# that is only talked about ("Vardenis, Artanish and Sotk are names the report repeats") names nothing
_LIST_EVENT_AFTER = prefilter.compile(r"\s+(?:were|was|had\s+been|have\s+been|came|come)\s+(?:[a-z]+\s+){0,2}?"
                                      r"(?:under|shelled|attacked|hit|fired|bombed|burned|destroyed|captured|taken|emptied|"
                                      r"evacuated|surrounded)\b")
# a former name in a history aside: "founded as the village of X", "once the village of Y", "formerly a hamlet called Z"
_FORMER_VILLAGE_BEFORE = prefilter.compile(r"\b(?:(?:founded|established|built|begun|started)\s+as|once|formerly|"
                                           r"originally)\s+"
                                           r"(?:an?\s+|the\s+)?(?:small\s+)?(?:village|settlement|hamlet)\s+"
                                           r"(?:of|called|named)\s+$", re.I)
# a first name and a surname told by its ending (as frames' full names) with an area in brackets after it: a
# person and his home or beat, no village ("Reports: Hovik Melkonyan (Syunik)"; not "Yukhari Buzgov (Babek)", whose
# first word is a village's "upper")
_PERSON = prefilter.compile(r"(?!" + VILLAGE_FIRST_WORD + r"\s)"
                            r"[A-Z][a-z]+\s+" + SURNAME)
_BRACKET_AFTER = prefilter.compile(r"\s*\(")
# a rank or office right before the name: "Colonel Ilgar Mirzayev in the Tovuz district", "Captain A and Major B in
# the X district" are people, whatever area follows; a village is never written after a soldier's rank (a joined
# rank too: "Lieutenant-Colonel A B")
_TITLE_BEFORE = prefilter.compile(r"(?<![\w'’])(?:[Cc]olonel|[Gg]eneral|[Mm]ajor|[Cc]aptain|[Ll]ieutenant|[Ss]ergeant|"
                                  r"[Cc]orporal|[Pp]rivate|[Cc]ommander|[Pp]resident|[Mm]inister|[Ss]pokes(?:man|woman|person)|"
                                  r"Mr|Mrs|Ms|Dr|Lt|Col|Gen|Sgt|Capt|Maj)\.?\s+$")
# a person's noun and a comma right before a first name and surname: "killed one of its soldiers, Anar Aliyev, in the
# X district" names the soldier, no village
_PERSON_NOUN_BEFORE = prefilter.compile(r"\b(?:soldiers?|servicem[ae]n|officers?|conscripts?|troops?|residents?|civilians?|"
                                        r"villagers?|farmers?|drivers?|men|women|sons?|daughters?|brothers?|victims?)\s*,\s*$",
                                        re.I)
# names set after an area with "near": "positions in the Kalbajar district, near A and B" are villages of that district
# (the list ends the clause: a comma or full stop follows, or a preposition or time word; "near Armenia's border" is
# no list of villages)
_NEAR_AFTER = prefilter.compile(rf"(?:\s+(?:district|region|rayon|province|marz))?,?\s+near\s+"
                                rf"(?P<list>{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?)"
                                r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|from|since|during|overnight|late|early|this|last|with|by|for)\b)")
AREA_KM = 40            # a known village of a list this close to the area's point lies in it
SMALL_VILLAGE = 5_000   # people: a namesake this small in another country does not outweigh the area named
# what a capitalised word at a list's or a village phrase's edge may be instead of a name
_NOT_NAMES = {"the", "and", "in", "of", "on", "at", "a", "an", "village", "villages", "district", "region", "he",
              "she", "it", "they", "we"}


def person_in_apposition(sentence, begin, end):
    """Is ``sentence[begin:end]`` a first name and surname set after a person's noun and a comma ("one of its
    soldiers, Anar Aliyev, in the X district")? A person, never a name the area after it locates."""
    return bool(_PERSON.fullmatch(sentence, begin, end)
                and _PERSON_NOUN_BEFORE.search(sentence, max(0, begin - 30), begin))


def unknown_villages(sentence, mentions, areas, could_be_name, gazetteer=None, name_before=None):
    """Mentions for the villages of ``sentence`` that no mention covers, placed at the nearest of ``areas``.

    Parameters
    ----------
    mentions : list of Mention
        What the gazetteer found in the sentence.
    areas : list of Mention
        The districts and provinces the sentence names (or the one it calls "the same district").
    could_be_name : callable
        ``could_be_name(word)``: could the word be a village's name (not a nation, day or title)?
    gazetteer : geo.gazetteer.Gazetteer, optional
        Asked for the name within the area first ("Hakari, Zangilan": a name several villages share
        that the gazetteer knows only with its district).
    name_before : callable, optional
        ``name_before(sentence, area)``: the span of the name the area locates ("Kangarli in the Aghdam
        district"), as the pipeline reads it when it leaves the area out, or None.
    """
    if not areas:
        return []
    # a small village of another country far from the area is a namesake: the village of the list is one the
    # gazetteer lacks ("In the Zangilan district ... Raband and Yenikand" is no Yenikand of Armenia's Ararat)
    read = [a for a in areas if a.how not in _LOOSE]
    if read:
        areas = [a for a in areas if a.how not in _LOOSE or not _loose_far(a, read)]
    taken = [(m.begin, m.end) for m in mentions
             if not _namesake_abroad(m, areas) and not (read and _loose_far(m, read))]
    names = []
    for hit in _CALLED_VILLAGE.finditer(sentence):
        if hit.group("one") or hit.group("appo"):
            names.append(hit.span("one" if hit.group("one") else "appo"))
        else:
            group = "list" if hit.group("list") else "pair" if hit.group("pair") else "others"
            names += [x.span() for x in _ITEM.finditer(sentence, hit.start(group), hit.end(group))
                      if sentence[x.start():x.end()].lower() not in _NOT_NAMES
                      and not _SOURCE_AFTER.match(sentence, x.end())
                      and not (_PERSON.fullmatch(sentence, x.start(), x.end())
                               and _SPEAKER_AFTER.match(sentence, x.end()))]
    for area in areas:
        span = name_before(sentence, area) if name_before else None
        if span and _PERSON.fullmatch(sentence, *span) and _BRACKET_AFTER.match(sentence, span[1]):
            continue                       # "Reports: Hovik Melkonyan (Syunik)": a person and where he reports from
        if span:
            names.append(span)
            pair = _AND_BEFORE.search(sentence, 0, span[0])     # "Khnushinak and Karmir Shuka in the X region"
            if pair and sentence[pair.start(1):pair.end(1)].lower() not in _NOT_NAMES:
                names.append(pair.span(1))
                names += _listed_before(sentence, pair.start(1))
        near = _NEAR_AFTER.match(sentence, area.end)     # "in the Kalbajar district, near Yellija and Barmagbina"
        if near:
            names += [x.span() for x in _ITEM.finditer(sentence, near.start("list"), near.end("list"))
                      if sentence[x.start():x.end()].lower() not in _NOT_NAMES]
    lists = [(hit.start(), hit.end()) for hit in _LIST.finditer(sentence)] \
        if "," in sentence and "and" in sentence else []    # (a quick test first)
    # (names only said to be included, "includes A and B", stand on a known village among them or "villages" before,
    # not on an area opening the sentence: "In the X province, the festival programme includes A and B")
    included = {hit.span(1) for hit in _INCLUDED.finditer(sentence)} - set(lists) if "nclud" in sentence else set()
    for start, stop in dict.fromkeys(lists + sorted(included)):
        items = [(x.start(), x.end()) for x in _ITEM.finditer(sentence, start, stop)]
        items = [(b, e) for b, e in items if sentence[b:e].lower() not in _NOT_NAMES]
        area = _nearest(areas, start)
        known = [m for m in mentions if start <= m.begin < stop and m.place.precision == "town"]
        if any(distance_km(m.place.lat, m.place.lon, area.place.lat, area.place.lon) <= AREA_KM for m in known) \
                or re.search(r"\bvillages\b[^.;]{0,60}$", sentence[:start]) \
                or ((start, stop) not in included and area.end <= start
                    and _DISTRICT_OPENS_SENTENCE.match(sentence[:area.begin])):
            names += items                 # (the last: "In the Zangilan district, the army entered A, B and C")
    out = []
    for begin, end in sorted(set(names), key=lambda span: (span[0], -span[1])):     # the longer name first
        text = sentence[begin:end]
        if any(begin < e and b < end for b, e in taken) or not all(could_be_name(w) for w in text.split()):
            continue
        if _POSSESSIVE_END.search(text):
            if not _VILLAGE_OF_BEFORE.search(sentence, max(0, begin - 30), begin):
                continue                   # "the village of X, Trend's correspondent said": an owner, no village
            end -= 2                       # "the village of X's main street": the village X
            text = sentence[begin:end]
        if _TITLE_BEFORE.search(sentence, max(0, begin - 30), begin):
            continue                       # "Colonel Ilgar Mirzayev in the Tovuz district": a person, no village
        if _FORMER_VILLAGE_BEFORE.search(sentence, max(0, begin - 60), begin):
            continue                       # "the town, founded as the village of X": its old name, no place today
        taken.append((begin, end))
        area = _nearest(areas, begin)
        work = _WATER_WORK_AFTER.match(sentence, end)
        if work:
            out.append(Mention(sentence[begin:work.end()], begin, work.end(), made_site(text, work.group(1), area.place),
                               "area", 0.0, False))
            continue
        known = known_in(gazetteer, text, area)
        if not known and len(text.split()) == 2:
            # a two-word spelling of a village of the area ("Kushchu Ayrim", "Bagnis Ayrim" for the Gazakh
            # district's Gushchu Ayrim, Baganis Ayrim) is that village, as a one-word one the finder reads loosely
            # and the area settles is: no village made up at the area's point beside it
            known = loose_in(gazetteer, text, area)
        if not known and names_river(gazetteer, text):
            continue                       # a river the area does not hold is no village it lacks
        out.append(Mention(text, begin, end, known, "exact", 100.0, False) if known
                   else Mention(text, begin, end, made_place(text, area.place), "area", 0.0, False))
    return out


def qualified_villages(sentence, mentions, areas, could_be_name, gazetteer):
    """Mentions for the names no mention covers that the gazetteer files only with their district in brackets
    ("Sarijali (Aghdam)"), read as that village when the district is one of ``areas`` (named in the sentence or
    earlier in the article: "In the Aghdam district, the school of Sarijali was hit"). Only a bare name the
    gazetteer reads as nothing else, and not after "the" (a village is written bare; "where the Hakari meets the
    Bargushad" is the river): the district named says which of its namesakes is meant. A name the gazetteer does
    not file so is left alone (nothing is made up here)."""
    if not areas or gazetteer is None:
        return []
    taken = [(m.begin, m.end) for m in mentions]
    out = []
    for hit in _ITEM.finditer(sentence):
        for end in dict.fromkeys((hit.end(), hit.start() + len(hit.group().split()[0]))):   # two words, then one
            begin, text = hit.start(), sentence[hit.start():end]
            if any(begin < e and b < end for b, e in taken) or not gazetteer.qualified_namesakes(text) \
                    or not all(could_be_name(w) for w in text.split()) or THE_BEFORE.search(sentence, 0, begin) \
                    or _read_bare(gazetteer, text):
                continue
            place = next((p for p in (known_in(gazetteer, text, a) for a in areas) if p is not None), None)
            if place is not None:
                taken.append((begin, end))
                out.append(Mention(text, begin, end, place, "exact", 100.0, False))
                break
    return out


def _read_bare(gazetteer, name):
    """Does the gazetteer read the bare name as some place ("Tavush" is the province, "Aghdam" the town)?"""
    try:
        gazetteer.resolve(name)
    except GeoError:
        return False
    return True


def listed_with_villages(sentence, mentions, could_be_name, region=()):
    """Mentions for the names a list gives with villages the gazetteer knows ("near A, B and C", A and B known,
    close together): C is a village beside them the gazetteer lacks, placed at the nearest of them. A list
    of places near each other is one neighbourhood; two known villages are needed, so a list of people or
    bodies with one namesake village in it is not read so."""
    out = []
    taken = [(m.begin, m.end) for m in mentions]
    for hit in _LIST.finditer(sentence) if "," in sentence and "and" in sentence else ():   # (a quick test first)
        if _AREAS_NOUN_AFTER.match(sentence, hit.end()):
            continue                       # "in the Goris, Ijevan and X districts": districts, not villages
        opening = not _PLACES_LISTED_AFTER.search(sentence, 0, hit.start())
        if opening and not (_LIST_OPENS_SENTENCE.match(sentence[:hit.start()])
                            and _LIST_EVENT_AFTER.match(sentence, hit.end())):
            continue
        listed = [m for m in mentions if hit.start() <= m.begin < hit.end() and m.place.precision == "town"
                  and (not region or m.place.country in region)]
        known = _neighbours(listed)
        if len(known) < 2:
            continue
        items = [item.span() for item in _ITEM.finditer(sentence, hit.start(), hit.end())]
        for index, (begin, end) in enumerate(items):
            text = sentence[begin:end]
            if text.lower() in _NOT_NAMES or any(begin < e and b < end for b, e in taken) \
                    or _POSSESSIVE.search(text) or not all(could_be_name(w) for w in text.split()):
                continue
            if opening and re.fullmatch(SURNAME, text):
                continue                   # a person at the head of the sentence: "In 1992 A, B and Hovsepian
                                           # were named in the report"
            if len(known) < len(listed) and not _next_to(items, index, known):
                continue                   # a far known village set aside: only a name listed next to one of
                                           # the neighbours is theirs ("Koti, Voskevan, Jermuk and X": X, after
                                           # Jermuk, may lie by Jermuk)
            village = _nearest(known, begin).place
            place = made_place(text, village)._replace(
                ref=f"a village listed with {village.name} the gazetteer does not know, placed at that village's point")
            out.append(Mention(text, begin, end, place, "area", 0.0, False))
            taken.append((begin, end))
    return out


def _neighbours(known):
    """The known villages of a list that lie close together: all of them, or, when one lies far from the rest (a
    namesake the gazetteer read elsewhere: "A, B, C and D" with D filed under a district far away), the rest when
    they are more than half of the list; none when the list has no such neighbourhood."""
    known = list(known)
    close = lambda a, b: distance_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon) <= AREA_KM   # noqa: E731
    group = max(([b for b in known if close(a, b)] for a in known), key=len, default=[])
    if 2 * len(group) <= len(known) or not all(close(a, b) for a in group for b in group):
        return []
    return group


def _next_to(items, index, known):
    """Is the list item before or after the one at ``index`` (spans, in order) one of the ``known`` mentions?"""
    return any(m.begin < items[k][1] and items[k][0] < m.end for k in (index - 1, index + 1)
               if 0 <= k < len(items) for m in known)


def _listed_before(sentence, end):
    """The spans of the names a comma list gives before ``end``, where the pair an area locates begins: the
    whole list lies in that area ("A, B, C and D in the Tovuz district")."""
    listed = _COMMAS_BEFORE.search(sentence, 0, end)
    if not listed:
        return []
    return [x.span() for x in _ITEM.finditer(sentence, listed.start(), listed.end())
            if sentence[x.start():x.end()].lower() not in _NOT_NAMES]


def _namesake_abroad(mention, areas):
    place = mention.place
    return (place.precision == "town" and place.population < SMALL_VILLAGE and place.source != "curated"
            and all(place.country != a.place.country
                    and distance_km(place.lat, place.lon, a.place.lat, a.place.lon) > AREA_KM for a in areas))


_LOOSE = ("variant", "fuzzy")     # readings of a name as another's spelling


def _loose_far(mention, areas):
    """A name read only as a spelling variant or typo of an area far from every area the sentence puts it in
    ("the village of Chirag in the Kalbajar district" is no Shirak of Armenia): a village the gazetteer lacks."""
    place = mention.place
    return mention.how in _LOOSE and place.precision != "town" and all(
        distance_km(place.lat, place.lon, a.place.lat, a.place.lon) > AREA_KM for a in areas)


def names_river(gazetteer, name):
    """Is ``name`` exactly a river the gazetteer knows ("the Iranian side of the Araks, in Gilan province": the
    river's bank in a province far from the river's point, and no village the gazetteer lacks)?"""
    if gazetteer is None:
        return False
    try:
        match = gazetteer.resolve(name)
    except GeoError:
        return False
    return match.how == "exact" and is_river(match.place)


def known_in(gazetteer, name, area):
    """The gazetteer's place of exactly this name in the area ("Hakari, Zangilan"), or None."""
    if gazetteer is None:
        return None
    # the area as written, then under the gazetteer's name for it ("the Karvachar district" is Kalbajar's)
    for where in dict.fromkeys((area.text, _AREA_WORD.sub("", area.place.name))):
        try:
            match = gazetteer.resolve(f"{name}, {where}")
        except GeoError:
            continue
        near = distance_km(match.place.lat, match.place.lon, area.place.lat, area.place.lon) <= AREA_KM
        if match.how == "exact" and near:
            return match.place
    return None


def loose_in(gazetteer, name, area):
    """The village the gazetteer reads a spelling as, a variant or a close typo of its name ("Kushchu Ayrim" for
    Gushchu Ayrim; a typo as close as the finder asks of running text), when it lies in the area (within AREA_KM of
    its point); else None (a reading far away is another place, a loose one another name: "Ikinji Alibayli" is no
    Ikinji Aghali; the name stays a village of the area the gazetteer lacks)."""
    if gazetteer is None:
        return None
    try:
        match = gazetteer.resolve(name, near=(area.place.lat, area.place.lon))
    except GeoError:
        return None
    place = match.place
    if match.how not in _LOOSE or (match.how == "fuzzy" and match.score < FUZZY_IN_TEXT) \
            or place.precision != "town" or distance_km(place.lat, place.lon, area.place.lat, area.place.lon) > AREA_KM:
        return None
    return place


def _nearest(areas, at):
    return min(areas, key=lambda m: abs(m.begin - at))


def made_place(name, area):
    """A place for a village the gazetteer lacks: the area's point, as uncertain as the area."""
    english = english_form(name)
    return Place(name=english, lat=area.lat, lon=area.lon, country=area.country, source="approximate",
                 precision="region" if area.precision == "region" else "district", population=0, armenian_name="",
                 azerbaijani_name=name if english != name else "",
                 ref=f"a village of {area.name} the gazetteer does not know, placed at that area's point")


def made_site(name, noun, area):
    """A place for a reservoir or dam the gazetteer lacks ("Gulbaghchay Reservoir"): named as the gazetteer
    names such sites, at the area's point and as uncertain as the area."""
    place = made_place(name, area)
    return place._replace(name=f"{place.name} {noun.capitalize()}", azerbaijani_name="",
                          ref=f"a {noun} in {area.name} the gazetteer does not know, placed at that area's point")
