"""The pipeline: article text → sentences → place mentions → candidate events (GeoJSON).

For each sentence: find the place mentions (:mod:`.mentions`), the cues
(:mod:`.cues`), the attributions (:mod:`.claims`) and the dates
(:mod:`geo.dates`); give each place its layer, kind, claimant and date; merge
a sentence's corridor places into one route; build the candidate dicts.
"""

import datetime as dt
import functools
import hashlib
import logging
import re
from collections import Counter
from typing import NamedTuple

from .. import prefilter
from ..article import article_text, read_article
from ..dates import (COUNTED_BACK, FUTURE_TENSE, MONTH_NAMES, MONTHS, RECENT_DAYS, WEEKDAYS, YEAR_IN, DateSpan,
                     find_dates, anniversary_years, as_dated_weekdays, count_value, dated_weekdays, named_weekdays, narrative_day, recalls)
from ..errors import GeoError
from ..gazetteer import (AMBIGUOUS_KM, COUNTRY_NAMES, DISTRICT_KM, QUALIFIER_KM, REGION, SAME_PLACE_KM, distance_km, load_gazetteer,
                         tier_of)
from .claims import (Attribution, actor_of, person_s_page, airlines_named, bodies_named, published_by, media_outlet, body_key, both_sides, claim_for,
                     companies_named, company_named, find_attributions, group_subject, home_nation, is_pronoun,
                     karabakh_service, known_surnames, list_speakers, named_side, of_another_side, other_side_bodies,
                     outlets_named, person_of_pronoun, gender_of, body_teller, genders_told, rights_groups_named, web_outlet,
                     peacekeepers_named, people_in, bodies_in_apposition, paper_heard, person_before, person_s_staff,
                     quote_speakers, relative_label, relaying_outlet, resolve_pronoun, seated_bodies,
                     sentence_government, spokesperson_of, subject_actor)
from .claims import (ANSWER, QUESTION, as_residents, one_of_more_dwellers, outlet_of_its_reporter, outlet_of_the_reporters, briefing_speaker, capitals_turn, named_holder,
                     names_a_speaker_only, passive_host, person_subject, presented_person, private_people, sentence_home,
                     traveller_reporting, home_of_bare_ministry)
from .abroad import ArticleAbroad
from .asides import HOST_ASKS_PLACE, NOTE, asides_dropped
from .backrefs import BACKREF, BackReferences
from .actors import OTHER_SIDE, RUSSIA_NAMED, as_of, canonical_actor, load_actors, ministry_office
from .frames import (APPOSITION_CLOSES, HOME_NEWS_AFTER, described_dropped, full_name_firsts, kin_name_alone,
                     kin_named_in, note_signer_alone, interviewee_named, person_opening, relative_named, surname_alone, surname_sent,
                     surnames_in)
from .digests import digest_press, press_voice, section_press
from .documents import (WRITER_SPEAKS, joint_document, letterhead_statement, own_release, publisher_aside,
                        quoted_document, reader_letter, reproduced_documents, signed_letters)
from .glosses import glosses, names_sentence
from .cues import (HEAD_OF, INCLUDING, blast_again, depot_blast_told, has_stem, classify, names_road_end, clause_breaks, clause_span, cue_hits, describes_character, describes_geography,
                   distance, ends_with_word, fire_unknown, link_or_caption, listed_cut_off, names_a_time, route_kind,
                   together_head, told_in_clause, ARMED_MEN, DISASTER_NAMED, UTILITY_NAMED)
from ..names import name_keys, query_keys
from .lexicon import (ADJ_COUNTRY, CAPITALS, CROSSING_SIDES_BEFORE, CROSSING_STATE, DRILL_WORDS, EVENT_COUNTRIES,
                      HOME_HARM_TOLD, KIND_STATUS, KIND_WORDS, NOT_EVENT_PLACES, NUMBER_WORDS, OBJECT_PRONOUNS,
                      POPULATION, PRIORITY, RETURN_ARTICLE, SAYING, SHUT_STATES, TRAFFIC_CHECKED, WAITING_OR_STUCK, WAR_NEWS, COMMUTE_AFTER)
from .lexicon import THE_BEFORE
from .mentions import (ASKED, PEOPLE_OF, PLACE_AGAIN, Mention, countries_named, dedupe_mentions, finder_for,
                       fired_on_subject, height_read_as_town, mountain_read_as_town, place_key, line_at_border,
                       names_pipeline, route_abroad, tokenize)
from .routes import (between_kind, between_pairs, corridor_in_force, corridor_kind, is_corridor, line_at_work,
                     locating_roads, road_between_ends, road_names_given, route_ends, work_seen)
from .unknown import (AREA_KM, known_in, listed_with_villages, made_place, person_in_apposition, qualified_villages,
                      unknown_villages)
from .sentences import credit_line, entry_head, dateline_end, trailer_line, masthead_tagline, headline_sentences, \
    letterhead_place, MAX_LETTERHEAD_SENTENCE, MAX_HEADING_WORDS, appeal_notes, by_paragraph, explainer_title, \
    instruction_line, other_news_line, schedule_item_place, timetable_slot_name, passes_on_news, \
    routine_sections, editors_notes, house_notices, section_headings, numbered_headings, run_on_paragraphs, split_sentences

log = logging.getLogger(__name__)


class Row(NamedTuple):
    """One place of a sentence, read: what happened there, when, and who says so."""

    mention: Mention
    layer: str
    kind: str
    claimed: str = ""
    date: object = None       # geo.dates.DateSpan, or None when the text states no date
    between: str = ""         # "A and B" when the event lies on the road between two places


def _blocks(sentences, run_on):
    """Paragraph → the first paragraph of its block: lines that follow one another with no blank line between are
    one block of text, as a piece that sets each sentence on a line of its own writes a paragraph."""
    block = {}
    for s in sentences:
        if s.paragraph not in block:
            block[s.paragraph] = block.get(s.paragraph - 1, s.paragraph) if s.paragraph in run_on else s.paragraph
    return block


# the years back from which a history stated in a paragraph keeps its days without a year in that paragraph, even in
# the month before publication (dates._day_without_year gives those days to the publication's year otherwise)
OLD_HISTORY_YEARS = 10
# a leap of years forward from the history told: "Thirty years later", "decades afterwards"
_YEARS_LATER = prefilter.compile(r"(?i)\b(?:years|decades)\s+(?:later|afterwards?)\b")
# a month written with its year, in a sentence or a heading: "in July 2020", "THE JULY DAYS, 2020", "8 July 2016"
_MONTH_OF_YEAR = prefilter.compile(r"(?i)\b(?P<m>January|February|March|April|May|June|July|August|September|October|"
                                   r"November|December)(?:\s+[a-z]+)?,?\s+(?P<y>(?:19|20)\d\d)\b")
# (not a month that only bounds a stretch of time running on to now: "since July 2020 the front has been restless")
_MONTH_AS_BOUND = prefilter.compile(r"(?i)\b(?:since|after|until|till)\s+(?:early\s+|late\s+|mid-)?$")
# a sentence that speaks of the present: "Today the situation is tense", "This year, on 14 July, ..." (not "now",
# which a history tells too: "the now-abandoned post")
_TELLS_THE_PRESENT = prefilter.compile(r"(?i)\b(?:today|nowadays|currently|this\s+(?:year|month|summer|spring|autumn|"
                                       r"winter))\b")
# a weekday written with the day: "On Friday, 14 July" (the year whose 14 July was a Friday)
_WEEKDAY_WITH_DAY = prefilter.compile(r"(?i)\b(?P<wd>" + "|".join(WEEKDAYS) + r")\b,?\s*(?:the\s+)?$")
# agencies named with their kind ("aid agencies", "news agencies"): what a later bare "the agencies" are
_AGENCIES_KIND = prefilter.compile(r"(?i)\b(?P<kind>[\w.-]+)\s+agencies\b")
_PRESS_AGENCIES = {"news", "wire", "press", "information"}
# words before "agencies" that tell no kind: the agencies named last keep theirs ("the agencies", "both agencies")
_NO_KIND = {"the", "two", "three", "both", "these", "those", "several", "other", "all", "such", "some", "many",
            "foreign", "international", "local", "western", "russian", "armenian", "azerbaijani", "turkish", "iranian"}
_BARE_AGENCIES = prefilter.compile(r"(?i)\s*the\s+agencies\s*")
# an outlet's opinion piece named bare, as a teller: "the column", "the editorial" (not a commentary, which a body
# issues too: "In a joint commentary, the ministries said ... According to the commentary")
_BARE_PIECE = prefilter.compile(r"(?i)\s*(?:(?:the|this|that)\s+)?(?P<piece>column|editorial|op-ed)\s*")

# "the village of Verin Shorzha in Gegharkunik province", "Movses, in Armenia's Tavush province", "Nerkin Hand in
# the southern province of Syunik", "Khnapat, in the neighbouring Martuni region": the area after a place only says
# where that place is; so does an area under one side's name ("in what it calls the Tovuzgala region") or the
# second of its two names ("in the Ghazakh (Gazakh) district")
# ("A and B, both in the C district", "..., all three in the D region": the area locates the list before it; so
# does it a name's area or sector: "the Zarkand area of the Basarkechar district")
_LOCATOR_GAP = prefilter.compile(r"\s*,?\s*"
                                 # (the border crossed on the way: "A and B, on the other side of the border in the X district")
                                 r"(?:(?:just\s+)?(?:across|over|beyond|on\s+the\s+other\s+side\s+of)\s+the\s+(?:border|frontier)\s+)?"
                                 r"\b(?:(?:both|all(?:\s+(?:two|three|four|five))?)\s+)?(?:(?:area|sector)\s+)?(?:in|of)\s+"
                                 r"(?:what\s+(?:it|they|[A-ZƏÇŞĞÜÖİ][\w-]*)\s+(?:call(?:s|ed)?|names?|named)\s+)?"
                                 # (or by what the area was: "the reservoir, in what used to be the X district")
                                 r"(?:what\s+(?:used\s+to\s+be|was\s+once|was\s+then|was\s+formerly)\s+)?(?:the\s+)?"
                                 # (or a part of it: "Levonarkh, in the same part of the Martakert district")
                                 r"(?:(?:same|southern|northern|eastern|western|central|upper|lower)\s+parts?\s+of\s+(?:the\s+)?)?"
                                 r"(?:(?:former|southern|northern|eastern|western|central|neighbouring|neighboring|"
                                 r"nearby|adjacent)\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w-]*['’]s\s+)?"
                                 r"(?:(?:province|region|district|marz)\s+of\s+)?"
                                 r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*\s*\(\s*)?$")


_AREA_NOUN = r"(?:province|region|district|marz|rayon|raion|oblast)"
# (either of two names: "the Ghazakh (Gazakh) district")
_AREA_NOUN_AFTER = prefilter.compile(rf"^(?:\s*\([^()]{{1,40}}\)|\))?\s+{_AREA_NOUN}\b", re.I)
# "positions near Chinarli in the Tovuzgala area": a town's surroundings locate the place before them as a district does
_TOWN_AREA_AFTER = prefilter.compile(r"\s+area\b")
# "Kəmərli (Qazax)", "Alkhanli (Fuzuli district)": the area in brackets after a place says where it is
_BRACKET_OPEN = prefilter.compile(r"^\s*\(\s*$")
_BRACKET_CLOSE = prefilter.compile(rf"^(?:\s+{_AREA_NOUN})?\s*\)", re.I)
# "Gazakh district's Kemerli village", "Zangilan's Aghali", "the Gazakh district's enclaves of X and Y": the village
# named with its area first
_AREA_OWNS = prefilter.compile(rf"^(?:\s+{_AREA_NOUN})?['’]s\s+(?:(?:villages?|enclaves?|exclaves?|settlements?|"
                               r"communities)\s+(?:of\s+)?)?$", re.I)
# "Qalakənd village of Gədəbəy district": what the place is, between it and the area it lies in
# what may stand between a place and the area that locates it: "Qalakənd village, in ...", "the Horadiz railway
# station, in the Fuzuli district"
_FEATURE_WORD = prefilter.compile(r"\s+(?:village|town|settlement|hamlet|community|(?:railway\s+|train\s+|bus\s+)?station"
                                  r"|checkpoint|airport|bridges?|dam|reservoir)\b", re.I)   # ("the X bridge in the Y district")
_UNKNOWN_VILLAGE_BEFORE = prefilter.compile(r"\b(?:village|town|settlement|community|hamlet)\s+of\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+"
                                            r"(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?$"
                                            # (not a determiner or a possessive: "Our village in the X region was
                                            # shelled" names no village, and the region is the place)
                                            r"|(?<![\w'’-])(?!(?:The|Their|Our|His|Her|Its|My|Your|This|That|These|Those|"
                                            r"Each|Every|One|Another)\s)"
                                            r"[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+(?:village|settlement|hamlet|community)$")   # "Digh settlement of"


# "Kurdlar and Yukhari Aybasanli in the Fuzuli district", "Nngi, a village in the Martuni region", "Dadivank, a
# medieval monastery in the Kalbajar district", "the Khudavang monastery in the Kalbajar district", "Govar village
# of the Tartar district", "Nngi is a hill village of the Martuni region": a name the
# gazetteer may not know, or such a name with an apposition or a noun saying what it is, before the area.
_SITE_KINDS = (r"(?:village|town|settlement|community|hamlet|monastery|church|cathedral|basilica|temple|mosque|"
               r"mausoleum|fortress|castle|height|hill|post|base|camp|mine|reservoir|dam|spring|site)s?")
# (a village's size may come between it and its district: "Nngi, a village of about 900 people in the Martuni region")
_SIZE_OF = (r"(?:\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|fewer\s+than\s+|"
            r"over\s+|under\s+)?[\d][\d,.]*\s+(?:people|inhabitants|residents|souls))?")
# "A and B, two villages of the Martuni district", "A and B, villages of the C district": a list's apposition counting
# its villages (or a bare plural) before the area they lie in
_SEVERAL_VILLAGES = (r",\s+(?:(?:the\s+)?(?:two|three|both)\s+)?"
                     r"(?:(?!(?:and|or|but|while|where|which|the|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"several|many|some|other)\b)[a-z][\w'’-]*\s+){0,2}?(?:villages|settlements|hamlets|communities)")
# (a nature reserve too: "the Basitchay reserve in the Zangilan district" is the reserve's news, the district only
# says where it is)
_NAME_BEFORE = prefilter.compile(rf"(?:^|(?<=\w)[\s,]+)(?P<name>[A-ZƏÇŞĞÜÖİ][\w'’-]+)(?:(?:,|\s+(?:is|was))\s+(?:a|an|the)\s+"
                                 rf"(?:[\w'’-]+\s+){{0,4}}?"
                                 rf"{_SITE_KINDS}{_SIZE_OF}|{_SEVERAL_VILLAGES}|\s+(?:monastery|church|cathedral|basilica|"
                                 rf"temple|mosque|mausoleum|fortress|castle|"
                                 r"reservoirs?|dams?|(?:state\s+)?(?:nature\s+)?reserve|village|settlement|hamlet|sub-?district|"
                                 r"community))?$")
# (nations' adjectives are told by _NATIONS)
_NOT_A_PLACE_NAME = {"karabakh", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                     "january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "president", "minister", "ministry", "army", "the", "and",
                     # a post, whose holder the area after it names: "the Special Representative in the Aghdam
                     # district", "the Governor in the Syunik province"
                     "representative", "representation", "envoy", "ambassador", "governor", "mayor", "prefect",
                     "administrator",
                     # a church's dedication before its district: "Church of the Holy Mother of God, X district" (GeoNames
                     # gives Goght the alternate name "God")
                     "god", "saviour", "saints",
                     # the last word of a state body's name before its area: "a post of the State Border Service in
                     # the X district" (the area locates the post, no village called "Border Service")
                     "service", "agency", "committee",
                     # a determiner or a possessive opening "X village": "Their village is Kolatak", "This village
                     # lies in the Y district" (the village is the one named after, no village called "Their")
                     "their", "our", "his", "her", "its", "my", "your", "this", "that", "these", "those", "each",
                     "every", "one", "another"}
# The area opens the sentence or names the villages' district, and the villages follow by name: "In the
# Zangilan district the army had entered Havali, Zarnali and Hakari", "four villages of the (or its) Gazakh
# district ...: Baghanis Ayrum, Kheyrimli", "In the Aghdam district, a man was killed ... in the village of Qaradagli".
_AREA_OPENS = prefilter.compile(r"^(?:[\w'’,]+\s+){0,3}?in\s+the\s+$|\bvillages\s+(?:of|in)\s+(?:the|its|their)\s+$", re.I)
_NAMED_VILLAGES = prefilter.compile(r"\b(?:village|town|settlement)\s+of\s+[A-ZƏÇŞĞÜÖİ]|"
                                    r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?,\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+"
                                    r"(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?(?:,|\s+and)\s+[A-ZƏÇŞĞÜÖİ]")


# the words for a part of a town: "the Nizami district of Baku", "the Karkijahan settlement of Khankendi"
_PART_NOUN = r"(?:settlement|quarter|neighbou?rhood|suburb|microdistrict|district)"
# "the Karkijahan settlement of Khankendi", "the Garadagh district of Baku": a town's part named before the town
# (a sentence's capital determiner names no part: "The settlement of Seysulan was taken" is the village itself)
_PART_OF = prefilter.compile(rf"(?<![\w'’-])(?!(?:The|A|An|This|That|Its|Their|Our|Every)\s)[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+{_PART_NOUN}\s+of\s+$")
_IN_GAP = prefilter.compile(r"\s+in\s+$")
_VILLAGE_IN_BEFORE = prefilter.compile(r"\b(?:village|settlement|hamlet)\s+of\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
                                       r"\s+in\s+$")


def _a_place_name(word):
    """Could the capitalised word be a village's name (not a nation, a country, a day, a title or the surname
    of someone in the actor table)?"""
    low = word.lower()
    keys = name_keys(word)
    return (low not in _NOT_A_PLACE_NAME and not low.startswith(_NATIONS)
            and not (keys and keys[0] in NOT_EVENT_PLACES) and word not in known_surnames())


# (not _STATE_ADJ: a word read as no place takes "azeri" and "soviet" as well, which name no state to place a town in)
_NATIONS = ("armenian", "azerbaijani", "azeri", "russian", "turkish", "iranian", "georgian", "soviet")


# "Govar, Tartar district": only a comma between a name and the district it lies in (the area word written after
# the district, and no more names after it, "Barda, Tartar district and Ganja" being a list, nor what the district
# owns: "Like Karki, the Gazakh district's enclaves")
_COMMA_GAP = prefilter.compile(r"\s*,\s+(?:the\s+)?$")
_AREA_GOES_ON = prefilter.compile(rf"(?i:\s+{_AREA_NOUN})?(?:\s*(?:,|\s+(?:and|or))\s+(?:the\s+)?[A-ZƏÇŞĞÜÖİ]|['’]s\b)")
# ("A, B, Tartar district": names listed before the comma)
_LISTED_BEFORE = prefilter.compile(r"(?:,|\band|\bor)\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?$")


_BRACKET_GAP = prefilter.compile(r"\s*\(\s*$")


def _locator_gap(sentence, area):
    """The words between a name and the area after it that say the area locates it ("in the", "of", a bracket
    around the area, "Garatepeli (Goranboy)", or a comma alone before a district written as such: "Govar, Tartar
    district"), as a match, or None."""
    closed = _BRACKET_CLOSE.match(sentence[area.end:])
    if closed and not _AREA_NOUN_AFTER.match(sentence[area.end + closed.end():]):
        return _BRACKET_GAP.search(sentence[:area.begin])   # (not "the Ghazakh (Gazakh) district": its two names)
    gap = _LOCATOR_GAP.search(sentence[:area.begin])
    if gap or not _AREA_NOUN_AFTER.match(sentence[area.end:]) or _AREA_GOES_ON.match(sentence, area.end):
        return gap
    comma = _COMMA_GAP.search(sentence[:area.begin])
    return comma if comma and not _LISTED_BEFORE.search(sentence[:comma.start()]) else None


def _name_before_area(sentence, area):
    """The span of the name that an area after it locates ("Kangarli in the Aghdam district", "Nerkin Vardut in
    Gegharkunik province", "Govar, Tartar district"): what makes the area no event, and a village to keep if the
    gazetteer lacks it."""
    gap = _locator_gap(sentence, area) if area.end else None
    named = _NAME_BEFORE.search(sentence, 0, gap.start()) if gap else None
    if not named or not _a_place_name(named.group("name")):
        return None
    if named.start("name") == 0 and named.end() == named.end("name"):
        return None                            # "Schools in the Askeran region": a sentence's first word needs
                                               # an apposition ("Gunnut, a village of the Sharur district")
    begin = named.start("name")
    first = _FIRST_OF_TWO.search(sentence, 0, begin)
    if first and _a_place_name(first.group(1)) and first.group(1).lower() not in _FUNCTION_WORDS:
        begin = first.start(1)                 # "Nerkin Vardut", "Yukhari Aybasanli"
    if person_in_apposition(sentence, begin, named.end("name")):
        return None                            # "one of its soldiers, Anar Aliyev, in the X district": a person
    return begin, named.end("name")


# "the Tartar district's Govar", "Syunik province's village of Nerkin Hand": the name the area owns, right after it
# (one or two capitalised words, no third)
_OWNED_NAME = prefilter.compile(rf"(?i:\s+{_AREA_NOUN})?['’]s\s+(?:(?:village|settlement)\s+of\s+)?"
                                r"(?P<name>[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?)(?!\s+[A-ZƏÇŞĞÜÖİ])")
# what an area owns that is no village: "the Aghdam district's Executive Authority", "the district's Central Hospital"
_OFFICE_WORDS = {"executive", "authority", "power", "administration", "head", "governor", "police", "prosecutor",
                 "court", "office", "department", "municipality", "central", "hospital", "council", "mayor"}


def _name_owned_by_area(sentence, area):
    """The span of the name the area's possessive right before it locates ("the Tartar district's Govar"), or
    None: a village to keep if the gazetteer lacks it (the area then no event, as for a village it knows)."""
    owned = _OWNED_NAME.match(sentence, area.end) if area.end else None
    if not owned:
        return None
    words = owned.group("name").split()
    if not all(_a_place_name(w) and w.lower() not in _OFFICE_WORDS for w in words):
        return None
    return owned.span("name")


def _name_area_locates(sentence, area):
    """The span of the name the area locates, written before it ("Govar in the Tartar district") or owned by it
    ("the Tartar district's Govar"), or None."""
    return _name_before_area(sentence, area) or _name_owned_by_area(sentence, area)


_FUNCTION_WORDS = {"in", "on", "at", "near", "from", "to", "into", "for", "by", "with", "outside", "around", "of",
                   "the", "a", "an", "and", "or", "but", "as", "when", "while", "after", "before", "since"}
_A_LOWER_CASE_WORD = prefilter.compile(r"(?<![\w.])[a-zəçşğüöı]{2,}\b")
# a byline of a firm named with "and" or "of" and the town it writes from, alone on its line: "Wheel and Kiln
# Studio, Gazakh." (where the writer sits, as a byline with no lower-case word at all)
_FIRM_AND_TOWN = prefilter.compile(r"(?:[A-Z][\w'’&-]*\s+)+(?:(?:and|of)\s+(?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*\s*)+,"
                                   r"\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\.?")
_FIRST_OF_TWO = prefilter.compile(r"(?<![\w'’-])([A-ZƏÇŞĞÜÖİ][\w'’-]+) $")


def _locates_named_places(sentence, m, mentions=()):
    """Does the area mention ``m`` only say where places named in the sentence are?"""
    if _name_area_locates(sentence, m):
        return True
    if "villages" in sentence and _counted_villages(sentence, m):
        return True
    if _TRIP_TO_AREA.search(sentence, max(0, m.begin - 40), m.begin) and (seen := _SEEN_IN_AREA.match(sentence, m.end)):
        named = next((n for n in mentions if n.begin == seen.end()), None)
        if (named is not None and named.place.precision == "town" and named.place.country == m.place.country
                and distance_km(named.place.lat, named.place.lon, m.place.lat, m.place.lon) <= DISTRICT_KM) \
                or (named is None and seen.group("named") and sentence[seen.end():seen.end() + 1].isupper()):
            return True                    # "went up to the X district and visited the village of Y": the visit
                                           # is at Y, the district only says where Y lies (a town far from the
                                           # district, "... and visited Baku", lies elsewhere: both stay)
    # "In the Aghdara district, 70 families have moved to Hasanriz": the villages after it (the ones the gazetteer
    # has or a village of it the gazetteer lacks, kept at its point) are the news
    if not _AREA_OPENS.search(sentence[:m.begin]) or _AREAS_LISTED_AFTER.match(sentence, m.end):
        return False                       # (but "villages of the Tovuz, Goranboy, Tartar and Aghdam districts"
                                           # names four districts, no villages)
    noun = _AREA_NOUN_ONLY.match(sentence, m.end)
    if fired_on_subject(sentence, noun.end() if noun else m.end):
        return False                       # "the border villages of the X district were shelled, and a man was
                                           # killed in the village of Y": the district's villages are news too
    return bool(_NAMED_VILLAGES.search(sentence, m.end)) or bool(
        _OPENS_SENTENCE.match(sentence[:m.begin]) and _AREA_COMMA.match(sentence, m.end)
        and any(n.begin > m.end and (n.place.precision == "town" or n.how == "area") for n in mentions))


_OPENS_SENTENCE = prefilter.compile(r"^in\s+the\s+$", re.I)
# a journey to an area that ends at a village or town in it, named next: "went up to the X district yesterday and
# visited the village of Y", "travelled to the Z region on Monday and toured W" (a visit is told at the place seen)
_TRIP_TO_AREA = prefilter.compile(r"\b(?:went|came|travelled|traveled|drove|flew|headed|made\s+a\s+trip)\s+(?:up\s+|down\s+|out\s+)?"
                                  r"to\s+the\s+$")
_SEEN_IN_AREA = prefilter.compile(rf"\s+{_AREA_NOUN}\b(?:\s+(?:yesterday|today|on\s+[A-Z]\w+day|this\s+morning))?,?\s+"
                                  r"(?:and\s+|where\s+he\s+|where\s+she\s+|where\s+they\s+)(?:then\s+|first\s+)?"
                                  r"(?:visited|toured|inspected|opened|called\s+at|stopped\s+at|went\s+to|drove\s+to)\s+"
                                  r"(?:the\s+)?(?P<named>(?:village|town|settlement|city)\s+of\s+)?")
# an area's noun after its name: "the X district were shelled"
_AREA_NOUN_ONLY = prefilter.compile(rf"\s+{_AREA_NOUN}\b", re.I)
# the villages of an area, named by the sentence as a list the count matches: "had taken A, B, C and D, four villages
# of the X district", "two villages of the Y district, E and F, had also been taken", or a few of them: "four
# villages of the Z district had been taken, among them G" (the area only says where the villages are)
_VNAME = r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
_VLIST = rf"{_VNAME}(?:\s*,\s*{_VNAME})*\s*,?\s+and\s+{_VNAME}"
_COUNTED_BEFORE = prefilter.compile(rf"(?P<list>{_VLIST}),\s+(?:the\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten)"
                                    # (or counted as some of a larger number: "A, B and C, three of the seven villages of
                                    # the X district he named", the count still the list's)
                                    r"\s+(?:of\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                    r"twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+)?"
                                    r"(?:[a-z]+\s+)?villages\s+(?:of|in)\s+(?:the\s+)?$")
_VILLAGES_COUNTED = prefilter.compile(r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+)?"
                                      r"villages\s+(?:of|in)\s+(?:the\s+)?$", re.I)
_LISTED_AFTER_AREA = prefilter.compile(rf"(?:\s+{_AREA_NOUN})?\s*[,:]\s+(?P<list>{_VLIST})\b", re.I)
_AMONG_THEM = prefilter.compile(rf"\b(?:among|including)\s+them\s+{_VNAME}")
# a few of them named right after the area, "among them" closing the list: "four villages of the Z district, G among
# them", "more villages of the Z district as freed, G and H among them" (not after a clause of its own: "seven villages
# of the Z district were occupied during the first war, G among them")
_NAMED_AMONG_THEM = prefilter.compile(rf"(?:\s+{_AREA_NOUN})?(?:\s+[a-z]+){{0,3}}\s*,\s+(?:{_VLIST}|{_VNAME})\s+among\s+them\b")
# villages counted with no number: "more villages of the Z district", "several villages in the Z district"
_VILLAGES_SOME = prefilter.compile(r"\b(?:more|several|other|some)\s+(?:[a-z]+\s+)?villages\s+(?:of|in)\s+(?:the\s+)?$", re.I)
# a village named as one of an area's villages: "A was among the thirteen villages of the Z district taken that day",
# "A and B were among the villages in the Z district" (the area only says where A is)
_ONE_OF_VILLAGES = prefilter.compile(rf"(?<![\w'’-]){_VNAME}(?:\s*,?\s+and\s+{_VNAME})?\s+(?:was|were|is|are)\s+(?:also\s+)?"
                                     r"(?:among|one\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?villages\s+(?:of|in)\s+(?:the\s+)?$")
# people counted between the villages and "among them": "four villages of X were shelled, killing three people,
# among them A B" (the people are the ones named)
_PEOPLE_BETWEEN = prefilter.compile(r"\b(?:people|persons|civilians|residents|soldiers|servicemen|men|women|children|killing|"
                                    r"wounding|injuring|dead|killed|wounded|injured)\b", re.I)


def _counted_villages(sentence, m):
    """Is the area mention ``m`` the area of villages the sentence counts and names (see ``_COUNTED_BEFORE``), or of
    one it names as among them (``_ONE_OF_VILLAGES``)?"""
    before = sentence[:m.begin]
    listed = _COUNTED_BEFORE.search(before)
    if listed:
        return len(_ITEM_NAME.findall(listed.group("list"))) == count_value(listed.group("count"))
    if _ONE_OF_VILLAGES.search(before):
        return True
    count = _VILLAGES_COUNTED.search(before)
    if (count or _VILLAGES_SOME.search(before)) and _NAMED_AMONG_THEM.match(sentence, m.end):
        return True
    if not count:
        return False
    after = _LISTED_AFTER_AREA.match(sentence, m.end)
    if after:
        return len(_ITEM_NAME.findall(after.group("list"))) == count_value(count.group("count"))
    among = _AMONG_THEM.search(sentence, m.end)
    return among is not None and not _PEOPLE_BETWEEN.search(sentence, m.end, among.start())


_ITEM_NAME = prefilter.compile(rf"(?:^|(?<=,)|(?<=\band))\s*{_VNAME}")
_AREAS_LISTED_AFTER = prefilter.compile(r"(?:\s*,\s*[A-ZƏÇŞĞÜÖİ][\w'’-]+)*\s*,?\s+(?:and|or)\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+"
                                        r"(?:districts|regions|provinces|rayons|raions)\b")
_AREA_COMMA = prefilter.compile(rf"(?:\s+{_AREA_NOUN})?\s*,", re.I)


# "Kut, on the eastern shore of Lake Sevan", "Verishen and Akner, villages on the slopes above Goris", "Nerkin
# Hand, south of Kapan", "the Berdadzor sub-region, the villages south-west of Shushi": an apposition placing the
# name before it by a landmark; the landmark is no event.
# (also with a country's possessive: "Aghband, on the southern edge of Azerbaijan's Zangilan district"; and with a
# longer description before the landmark: "Shikharkh, the settlement of new flats for displaced families just outside
# Tartar")
_PLACED_BY = prefilter.compile(
    r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+(?:sub-region|region|district|village|town|river|gorge|valley|area))?"
    # (after a short aside of its own that gives a bearing: "Sotk, far to the north, east of Lake Sevan")
    r",\s+(?:(?=[^,]{0,30}?\b(?:north|south|east|west)(?:ern|wards?)?\b)(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:with|and|that|which|who|whose|where)\s)[\w'’-]+\s+){0,8}?"
    r"(?:(?:on|at|in|near)\s+the\s+(?:[\w-]+\s+)?(?:shores?|side|banks?|slopes?|edge|outskirts|foot|head|coast|"
    r"approaches|fringes?)\s+of"
    r"|(?:[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-east|north-west|"
    r"south-east|south-west|northeast|northwest|southeast|southwest)\s+of"
    r"|(?:just\s+)?(?:above|below|outside)"
    r"|a\s+few\s+(?:hundred\s+)?(?:metres|meters|kilometres|kilometers)\s+from)"
    r"\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w-]*['’]s\s+)?$")
# an apposition placing the name before it on a town's side: "Madagiz, on the Aghdara side", "Vorotan, on the Goris
# side," (the town only names the side; the place before it is the news; not the side of something else: "on the
# Aghdam side of the front")
_ON_THE_SIDE_BEFORE = prefilter.compile(r"(?P<name>[A-ZƏÇŞĞÜÖİ][\w'’-]+),\s+on\s+the\s+$")
_SIDE_AFTER_NAME = prefilter.compile(r"\s+side\b(?!\s+of\b)")
# a crossing's side is where something stands by it, no place lying there: "the checkpoint on the road to X, on the
# Azerbaijani side of the Y bridge" (the post is at the bridge; X does not lie beside it)
_SIDE_OF = prefilter.compile(r"\bside\s+of\s+(?:the\s+)?$")
# the aim of a patrol, the traffic it goes to watch: "to watch the movement at the entrance to X", "to observe the
# traffic on the Y road" (an aim told, no road used or closed there)
_WATCHED_TRAFFIC = prefilter.compile(r"\bto\s+(?:watch|observe|monitor)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:traffic|movements?)"
                                     r"\s+(?:at|on|along|near)\s+(?:the\s+)?(?:(?:entrance|approach(?:es)?|start|mouth)\s+"
                                     r"(?:to|of)\s+(?:the\s+)?)?$", re.I)
# a bearing opening a sentence: "On the far side of X, ...", "On the other side of the Y," (the sentence then names
# the place it tells of)
_FAR_SIDE_OPENING = prefilter.compile(r"\s*(?:On|Across|Beyond)\s+(?:the\s+)?(?:far|other|opposite)\s+side\s+of\s+(?:the\s+)?")
# a clause of its own between two places: "On the far side of X, fighting raged, the ombudsman said, while Y ..." (Y
# is no place the bearing's sentence tells of)
_OTHER_CLAUSE = prefilter.compile(r";|,\s+(?:while|whereas|but)\b")
_CROSSING_NAMED = prefilter.compile(r"[^,;.]*?\b(?:[Bb]ridges?|[Cc]rossings?|[Cc]heckpoints?|[Cc]ustoms\s+posts?)\b")
# "the Dilucu border gate, on the border of Azerbaijan's Nakhchivan exclave", "Yeraskh, on Armenia's border with the
# Nakhchivan exclave": an apposition placing the name before it on a border; the land across it is no event
_ON_BORDER_OF = prefilter.compile(
    r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+(?:border\s+gate|gate|crossing|checkpoint|bridge|station|village|town))?,\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:on|at|near|along|by|before)\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*['’]s\s+)?"
    r"(?:[\w-]+\s+)?(?:border|frontier|boundary)\s+(?:of|with)\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*['’]s\s+)?$")
_ON_BORDER_LAST_WORDS = ("of", "with", "the", "'s", "’s")
# the district a place or its land belonged to, its past administrative home: "because the land had belonged to the
# Aghdam district in Soviet times", "a village that belonged to the Sadarak district", "the area was part of the
# Aghdam district" (the older sets annotate no event at the district: it only says where the place lay)
_BELONGED_TO = prefilter.compile(r"\b(?:(?:had\s+)?belonged|belonging)\s+to\s+the\s+$"
                                 r"|\b(?:was|were|had\s+been)\s+(?:counted\s+as\s+)?(?:a\s+)?part\s+of\s+the\s+$")
_DISTRICT_WORD_AFTER = prefilter.compile(r"\s+(?:district|region|rayon|raion)\b")
# ... but not a corridor or a road it is part of ("the area was part of the Lachin corridor"), nor the district of
# unnamed villages it alone places ("villages that belonged to the Aghdam district were shelled")
_ROUTE_WORD_AFTER = prefilter.compile(r"\s+(?:corridor|road|highway|route)\b")
_WHICH_BELONGED = prefilter.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:belonged|were|was|had\s+been)\s+")
# a named site placed by the village near it: "the Gandzasar monastery near the village of Vank" (not a site left
# unnamed, its article capitalised by position: "The airport near X was shelled" is news at X)
_SITE_NEAR = prefilter.compile(r"(?<![\w'’-])(?!(?:The|A|An|This|That|Its|Their|Our|His|Her)\s)[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+(?:(?:monastery|church|cathedral|mosque|fortress|bridge|airport|tunnel|"
                               r"reservoir|dam)\s+(?:near|close\s+to|outside)"
                               # (a named reservoir or dam above or below its town too: "the Kechut Reservoir above Jermuk";
                               # not "The reservoir below Sev Lake", a reservoir left unnamed)
                               r"|(?<!\bThe\s)(?<!\bA\s)(?:[Rr]eservoir|[Dd]am)\s+(?:just\s+)?(?:above|below|outside))"
                               r"\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$")
# "the President's Special Representative in Zangilan", "the governor of Syunik", "the Special Representation
# of the President of Azerbaijan in the Jabrayil district": a post or its office, which names no event (so do
# several holders: "met the mayors of X, Y and Z", the list's later names following the first)
_POST_OF = prefilter.compile(r"\b(?:[Rr]epresentative|[Rr]epresentation|[Gg]overnors?|[Mm]ayors?|[Ee]nvoy|[Aa]mbassador|[Pp]refect|"
                             r"[Aa]dministrator)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})?"
                             r"\s+(?:in|of|for|to)\s+(?:the\s+)?$"
                             # "the head of the enlarged community of Geghamasar", "who led the neighbouring community of X"
                             r"|\b(?:(?:[Hh]ead|[Cc]hief|[Ll]eader)\s+of|led|leads|heads|headed)\s+the\s+(?:[\w-]+\s+){0,2}?"
                             r"community\s+of\s+$"
                             # "who then led the UN office in Baku", "head of the ICRC mission in Yerevan": the seat of a post
                             r"|\b(?:(?:[Hh]ead|[Cc]hief|[Ll]eader|[Dd]irector)\s+of|led|leads|heads|headed|ran|runs)\s+"
                             r"(?:the\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:office|mission|bureau|delegation|embassy|branch)"
                             r"\s+in\s+(?:the\s+)?$"
                             # "Nizami Bakhmanov, the former head of Shusha", "its acting head of Lachin" (not "at the head
                             # of the Lachin corridor")
                             r"|(?:\b(?:former|then|acting|deputy)\s+|,\s+(?:the\s+)?)(?:head|chief)\s+of\s+(?:the\s+)?$"
                             # "Ararat Avalyan, who heads X, told the site": the head's post, as "the head of X" is
                             r"|,\s+who\s+(?:(?:now|still|then)\s+)?(?:heads|headed|leads|led)\s+(?:the\s+(?:village|town|"
                             r"community)\s+of\s+)?$"
                             # "A B, then the prosecutor of X, ...": a named person's post in an apposition, as "the mayor
                             # of X" is (not "the prosecutors in X say", an office speaking)
                             r"|[a-z],\s+(?:(?:then|now|former|later)\s+)?(?:the\s+)?(?:(?:district|city|town|regional)\s+)?"
                             r"prosecutor\s+(?:of|in|for)\s+(?:the\s+)?$")

# "a polling station set up at the permanent representation in Yerevan": the office as a building, where
# something happens, not a post
_AT_AN_OFFICE = prefilter.compile(r"\bat\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?[Rr]epresentation\s+in\s+(?:the\s+)?$")


# the place a speaker heads ("the mayor of X", "the head of the X community"), told again by its kind in what the
# speaker says ("said 160 people had left the town", "said nine families stayed in the village"; not "the village
# of Y" or "the village Y", another one)
# (or the one who heads it, or the head of a neighbour: "A B, who heads X, told", "A B, who heads the community of X,
# said", "the head of neighbouring Y said")
_HEAD_OF_PLACE = prefilter.compile(r"\b(?:" + HEAD_OF + r"|who\s+(?:(?:now|still|then)\s+)?(?:heads|headed|leads|led)\s+"
                                   r"(?:the\s+)?)$", re.I)


# ... or harm to its houses or people told by the speaker, with no other place named: "the mayor of X, A B, said
# several houses were damaged", "A B, the mayor of Y, said people spent the night in basements" (not frames._HARM_TOLD,
# the words of fire and harm anywhere: here harm to houses or people told after a word of saying)
_HARM_TOLD = prefilter.compile(r"\b(?:said|says|told|tells|added|reported)\b[^;:]*?\b(?:houses?|homes?|buildings?|residents?|"
                               r"people|families|civilians)\b[^;:]*?\b(?:damaged|destroyed|hit|shelled|struck|killed|wounded|"
                               r"injured|cellars?|basements?)\b|"
                               # (or fire said to have hit there: "told the agency that gunfire had hit roofs and streets there")
                               r"\b(?:said|says|told|tells|added|reported)\b[^;:]*?\b(?:gunfire|shells?|shots|bullets|rockets?|"
                               r"mortars?)\s+(?:had\s+|have\s+|has\s+)?(?:hit|struck|damaged)\b[^;:]*?\bthere\b", re.I)


def _head_tells_of_place(sentence, mention, before, alone=False):
    """Is the place a speaker heads the place the speaker's words are about ("X, the mayor of Berdzor, said 160
    people had left the town"; or, the sentence's only place, "said several houses were damaged")? Then it is the
    news's place, not only the speaker's post."""
    return bool(_HEAD_OF_PLACE.search(before[-40:])) and (
        bool(PLACE_AGAIN.search(sentence, mention.end))
        or (alone and mention.place.precision not in ("region", "district") and bool(_HARM_TOLD.search(sentence, mention.end))))


_LIST_GAP = prefilter.compile(r"^\s*(?:,|,?\s+and|,?\s+or)\s+$")
# "Vang will be called Chinarli", "Madagiz, which it has renamed Sugovushan", "renamed the village of A, in the B
# district, as C": a new name of the place just named;
# "the village was called Getashen until 1967", "Gunashli, the village formerly called Norashen": an old one;
# "Vank is today the Azerbaijani village of Sarov": the name the other side now gives the place just named (not
# "the town, which Armenians call Stepanakert": the older sets take that name as the place itself)
_NEW_NAME = prefilter.compile(r"\b(?:renamed|renamed\s+[^.;:()]{1,60}?(?<!\bwell)\s+as|(?:will|would|is\s+to|was\s+to|shall)\s+be\s+(?:re)?(?:named|called)|now\s+called"
                              r"|(?:was|were)\s+(?:formerly\s+|once\s+|originally\s+|previously\s+)?(?:called|named)"
                              r"|(?:formerly|previously)\s+(?:called|named|known\s+as)"
                              r"|\b(?:is|are)\s+(?:today|now)\s+(?:the\s+|an?\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*\s+)?"
                              r"(?:village|town|settlement)\s+of)\s+$")


# People are named with their age, or described after a quotation's "said": "Anahit, 67, from ...", '"...," said
# Narek, a teacher' (not "the ministry said Tegh, a village near the border, was shelled")
_AGE_AFTER = prefilter.compile(r",\s*\d{1,3}\s*,")
_SAID_BEFORE = prefilter.compile(r"[,\"”’]\s*(?:said|says|asked|added|recalled|explained|wrote)\s+$")
_PERSON_AFTER = prefilter.compile(r",\s+(?:a|an|who|whose)\s")
# the words the text before a place ends with for each of these regexes (tested first: the regexes, anchored at
# the end, would otherwise be tried at each of the 160 positions before every place)
_PLACED_BY_LAST_WORDS = ("of", "above", "below", "outside", "from", "the")
# named areas placed by a compass bearing from a town, with no comma: "the Khizi and Absheron districts north of
# Baku", "several villages north of Martakert, in the Geranboy district" (the town only says where they lie; kept
# when it is the sentence's only place: "villages north of Tartar were shelled")
_AREAS_PLACED_BY = prefilter.compile(r"\b(?:districts?|villages|settlements|localities|places|hamlets|communities|areas?|"
                                     r"regions?|heights)\s+"
                                     r"(?:(?:about|some|just)\s+)?(?:[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                                     r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
                                     r"northwest|southeast|southwest)\s+of\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$", re.I)
# a distance that locates a place or a site told before it: "it lies ten kilometres from X", "the village, which lies
# 5 km south of Y", "the caravanserai stands eight kilometres south of the town of Z" (the town only says where the
# other lies; kept when it is the sentence's only place and the sentence tells of the war: "the village, which lies 5
# km from X, was shelled")
_LIES_AT_DISTANCE = prefilter.compile(r"\b(?:it|which|that|village|town|settlement|site|caravanserai|monastery|church|"
                                      r"mosque|fortress|airport|estate)\s+(?:lies|lay|stands|stood|sits|is\s+(?:located|"
                                      r"situated))\s+(?:about\s+|some\s+|just\s+|only\s+)?(?:[\d.,]+|a\s+few|"
                                      r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                                      r"thirty|forty|fifty)(?:-[a-z]+)?)\s*-?\s*(?:km|kilometres|kilometers|miles|metres|"
                                      r"meters)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:away\s+)?from)"
                                      r"\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", re.I)
# (so is a way closed or blocked, traffic stuck on it, refugees come or a vehicle hit, when the town is all that tells
# where: "the road that lies 5 km from X was closed by protesters", "refugees reached a camp that lies 5 km from Y")
_NEWS_THERE_TOLD = prefilter.compile(r"\b(?:block(?:s|ed|ing)?|blockad\w*|closed|shut|cut\s+off|protest\w*|queu\w*|"
                                     r"stuck|refugees?|displaced|hit|struck)\b", re.I)
# (a clause on the town itself after it tells its own news: "a few kilometres from X, which was taken on Monday")
_OWN_NEWS_AFTER = prefilter.compile(r"\s*,\s*(?:which|where)\b")
# a place opening a radio station's name: "This has been Radio Sevan International", "told Radio Yerevan" (the
# station, not the town)
_RADIO_BEFORE = prefilter.compile(r"\bRadio\s+$")
# an outlet's home in an apposition after its name: "Turan, the agency in Baku, wrote", "JAM-NEWS, the regional site
# based in Tbilisi, gives" (older sets: 0 of 1 such towns annotated)
_OUTLET_HOME_BEFORE = prefilter.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agency|newspaper|paper|daily|weekly|site|"
                                        r"website|outlet|channel|broadcaster)\s+(?:(?:based\s+)?in|from)\s+$")
# a channel named by its name right after the word (older sets: 0 of 1 such places annotated, "the local channel
# Zangezur TV"), or set off by a comma when the channel is the one telling ("A Telegram channel, Lori 7, says"; not
# the channel a clause is told on or to, after which the news begins: "According to the channel, X was shelled", "On
# the state channel, Y residents described ...")
_CHANNEL_BEFORE = prefilter.compile(r"\b[Cc]hannel\s+$|" + r"(?<!\b[Tt]o )(?<!\b[Oo]n )(?<!\b[Ii]n )(?<!\b[Oo]f )(?<!\b[Bb]y )(?<!\b[Aa]t )"
                                    r"(?<!\b[Ff]or )(?<!\b[Ww]ith )(?<!\b[Ff]rom )(?<!\b[Vv]ia )(?<!\b[Aa]bout )"
                                    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?[Cc]hannel\s*,\s+$")
_POST_OF_LAST_WORDS = ("in", "of", "for", "to", "the", "heads", "headed", "leads", "led")
# the shore a place named right before lies on, with no comma between: "the village of X on the eastern shore of"
_SHORE_OF = prefilter.compile(r"\s+on\s+the\s+(?:[\w-]+\s+)?(?:shores?|banks?|coast)\s+of\s+(?:the\s+)?")
_SITE_NEAR_LAST_WORDS = ("of", "near", "the", "to", "outside", "above", "below")
_NEW_NAME_LAST_WORDS = ("renamed", "named", "called", "as", "of")
# a name given from now on: "would be called Sugovushan", "renamed X" (not an old one, "was formerly called X"). When
# it is the sentence's only place the renamed place is told only by it ("wrote that the village would be called
# Sugovushan", "Armenia renamed it Tigranashen"): the older sets file the renaming there, so it is kept
# (the renamed thing a place: not "the new ferry will be named Lachin", "the ship was renamed Shusha")
_NAME_TO_COME = prefilter.compile(r"\b(?:village|town|city|settlement|hamlet|community|district|region|it)\b[^.;:]{0,60}?"
                                  r"\b(?:renamed|(?:will|would|is\s+to|was\s+to|shall)\s+be\s+(?:re)?(?:named|called))\s+$")


# the town a ground force set out from, in a sentence telling of the place it took: "a column coming down from X
# captured Y", "Y was occupied by a force attacking from X", "a second column, advancing southward from X, seized Y",
# "tanks attacking from the direction of X took Y" (where the troops came from, no event of its own). One rule for
# both readings: fire from a place is kept (no capture told: "troops attacking from X shelled Y"), so is a way told
# from one place to the next ("units advancing from X towards Y took the road": a route, not "from X on Monday"), and
# a town whose own capture is told after it ("she came from X, which was seized in November")
_FORCE_FROM = prefilter.compile(r"(?=[acmps])\b(?:attacking|advancing|coming|came|moving|moved|striking|pushing)\s+"
                                r"(?:(?:south|north|east|west)(?:ward)?\s+|down\s+|in\s+)?"
                                r"from\s+(?:the\s+)?(?:(?:direction|side)\s+of\s+(?:the\s+)?)?$", re.I)
_CAPTURE_TOLD = prefilter.compile(r"\b(?:took|taken|captured?|seized?|occupied|overr[au]n)\b", re.I)
_WAY_ON = prefilter.compile(r"\s*(?:,\s*)?(?:to|towards?|into|on|at|via|through)\b"
                            r"(?!\s+the\s+(?:north|south|east|west)\b)"                   # (not "from X, to the west")
                            r"(?!\s+(?:the\s+)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|dawn\b|night\b|"
                            r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b|(?:same|next|following)\s+day\b))", re.I)   # (nor "from X on Monday")
_OWN_CAPTURE_AFTER = prefilter.compile(r"\s*,?\s*(?:which|that|where|after\s+it|when\s+it|once\s+it)\b[^,;.]{0,40}?"
                                       r"\b(?:taken|captured|seized|occupied|overrun)\b", re.I)


def _placed_by_bearing(sentence, m):
    """Is the town at ``m`` written after "villages north of" (the bearing of places the sentence tells of, not the
    place itself)?"""
    before = sentence[max(0, m.begin - 160):m.begin]
    return ends_with_word(before, ("of", "the")) and bool(_AREAS_PLACED_BY.search(before))


def _named_right_before(sentence, mentions, m, at):
    """Is a place other than ``m`` named right before ``at``, where a clause saying how far it lies opens ("Talish,
    which lies eight kilometres from X": Talish is what the distance locates, the news its own)?"""
    return sentence[at:at + 5].lower() in ("which", "that ") and any(
        n.place != m.place and n.end <= at and not sentence[n.end:at].strip(" ,") for n in mentions)


def landmarks_dropped(sentence, mentions):
    """The mentions without the places that only locate the name before them ("Kut, on the eastern shore of
    Lake Sevan"), those naming a person's post ("the Special Representative in Zangilan") and a place's new name
    ("Vang will be called Chinarli")."""
    out, post_end = [], None
    for m in mentions:
        before = sentence[max(0, m.begin - 160):m.begin]
        placed = (ends_with_word(before, _PLACED_BY_LAST_WORDS) or ends_with_word(before, ("'s", "’s"))) \
            and _PLACED_BY.search(before)
        if placed and _a_place_name(placed.group().split(",")[0].split()[0]) \
                and not (_SIDE_OF.search(placed.group()) and _CROSSING_NAMED.match(sentence, m.begin, m.end + 12)):
            continue
        if ends_with_word(before, ("the",)) and _ON_THE_SIDE_BEFORE.search(before) \
                and _SIDE_AFTER_NAME.match(sentence, m.end) \
                and _a_place_name(_ON_THE_SIDE_BEFORE.search(before).group("name")):
            continue                       # "Madagiz, on the Aghdara side": the side the place named before lies on
                                           # (older sets: 4 of 4 such towns unannotated)
        if len(mentions) > 1 and _placed_by_bearing(sentence, m):
            continue                       # "the Khizi and Absheron districts north of Baku": where they lie
        if ends_with_word(before, ("from", "of", "the")) and (lies := _LIES_AT_DISTANCE.search(before)) \
                and (_named_right_before(sentence, mentions, m, m.begin - len(before) + lies.start())
                     or not (WAR_NEWS.search(sentence) or HOME_HARM_TOLD.search(sentence)
                             or _NEWS_THERE_TOLD.search(sentence))) \
                and not _OWN_NEWS_AFTER.match(sentence, m.end):
            continue                       # "it lies ten kilometres from X": the distance locates what lies there
                                           # (but "... from X, which came under control on Monday": X's news; and
                                           # "a camp that lies 5 km from X", in war news, is only placed by X)
        if ends_with_word(before, ("from", "the", "of")) and _FORCE_FROM.search(before) \
                and any(n.place != m.place for n in mentions) and _CAPTURE_TOLD.search(sentence) \
                and not _WAY_ON.match(sentence, m.end) and not _OWN_CAPTURE_AFTER.match(sentence, m.end):
            continue                       # "a column coming down from X captured Y": where the troops set out
        # (every _GOODS_FROM match holds "from", in any case, or a verb of growing: a quick test before the costly
        # search, which tries some seventy goods words at each word of the window)
        if ends_with_word(before, ("from", "the", "of", "in", "at", "near", "outside", "above", "on", "around",
                                   "below")) \
                and ("from" in before.lower() or any(w in before for w in _GROWN_STEMS)
                     or any(w.capitalize() in before for w in _GROWN_STEMS)) \
                and (goods := _GOODS_FROM.search(before)) \
                and not ((goods.group("supplier") or goods.group("maker")) and _FIRE_FROM_SUPPLIER.search(before)) \
                and not ((goods.group("grown") or goods.group("label"))
                         and (_FIRE_FROM_SUPPLIER.search(sentence) or WAR_NEWS.search(sentence)
                                                   or HOME_HARM_TOLD.search(sentence))) \
                and not (_STAPLES.match(goods.group())
                         and (WAR_NEWS.search(sentence) or _STAPLES_CARRIED.search(sentence)
                              or HOME_HARM_TOLD.search(sentence) or "arrived" in goods.group().lower()
                              or _STAPLES_ARRIVED_AFTER.match(sentence, m.end))) \
                and not _goods_place_told(sentence, m.end):
            continue                       # "carded wool from X has arrived", "the black tea from Y": where goods
                                           # come from (older sets annotate none of 11 such; but "carpets from X
                                           # were looted when the town was taken", "honey from Y, which they
                                           # fled" tell the home's news)
        if ends_with_word(before, ("the",)) and _FROM_THE_BEFORE.search(before) \
                and _SUPPLIER_AFTER.match(sentence, m.end) and not _FIRE_FROM_SUPPLIER.search(sentence):
            continue                       # "sheets from the X collector", "a part from the Y supplier": a
                                           # supplier named by its town (older sets: 0 of 4 such towns annotated)
        if ends_with_word(before, ("in", "at", "of")) and _FOR_TRADE_IN.search(before) \
                and not WAR_NEWS.search(sentence) and not HOME_HARM_TOLD.search(sentence) \
                and not _SUPPLY_CUT.search(sentence):
            continue                       # "stoppers for the winery in X": whom an order is for, no news there
        if ends_with_word(before, ("radio",)) and _RADIO_BEFORE.search(before):
            continue                       # "Radio Sevan International": a station's name
        if ends_with_word(before, ("in", "from")) and _OUTLET_HOME_BEFORE.search(before) \
                and APPOSITION_CLOSES.match(sentence, m.end):
            continue                       # "Turan, the agency in Baku, wrote": the outlet's home
        if ends_with_word(before, ("channel", "channel,")) and _CHANNEL_BEFORE.search(before):
            continue                       # "the local channel Zangezur TV", "a Telegram channel, X 26,": its name
        if ends_with_word(before, ("of", "the")) and any(_SHORE_OF.fullmatch(sentence, n.end, m.begin) for n in mentions):
            continue                       # "Kut on the shore of Lake Sevan": the lake only says where Kut lies
        if len(mentions) > 1 and _WATCHED_TRAFFIC.search(before) and any(n.place != m.place for n in mentions):
            continue                       # "a patrol from X to watch the traffic at the entrance to the Y
                                           # corridor": what the patrol went to watch (older sets: 1 of 1 such
                                           # corridor unannotated), the patrol's news is at X
        if len(mentions) > 1 and _FAR_SIDE_OPENING.fullmatch(before) and sentence.startswith(",", m.end) \
                and any(n.begin > m.end and n.place != m.place and not _OTHER_CLAUSE.search(sentence, m.end, n.begin)
                        for n in mentions):
            continue                       # "On the far side of Lake Sevan, ... near Sotk": a bearing that opens the
                                           # sentence, before the place it tells of
        if ends_with_word(before, _SITE_NEAR_LAST_WORDS) and _SITE_NEAR.search(before):
            continue                       # "the Gandzasar monastery near the village of Vank": where the site is
        if ends_with_word(before, _ON_BORDER_LAST_WORDS) and _ON_BORDER_OF.search(before):
            continue                       # "the Dilucu gate, on the border of Azerbaijan's Nakhchivan exclave"
        if ends_with_word(before, ("the",)) and _BELONGED_TO.search(before) \
                and (m.place.precision in ("district", "region") or _DISTRICT_WORD_AFTER.match(sentence, m.end)) \
                and not _ROUTE_WORD_AFTER.match(sentence, m.end) \
                and not (_WHICH_BELONGED.search(before) and all(n.place == m.place for n in mentions)):
            continue                       # "the land had belonged to the Aghdam district in Soviet times"
        if (ends_with_word(before, _POST_OF_LAST_WORDS) and _POST_OF.search(before)
                and not _AT_AN_OFFICE.search(before)
                and not _head_tells_of_place(sentence, m, before, alone=len(mentions) == 1)) or (
                ends_with_word(before, _NEW_NAME_LAST_WORDS) and _NEW_NAME.search(before)
                and not (_NAME_TO_COME.search(before) and all(n.place == m.place for n in mentions))) or (
                post_end is not None and _LIST_GAP.match(sentence[post_end:m.begin])):
            post_end = m.end               # "the representative in the Aghdam, Fuzuli and Khojavend districts"
            continue
        post_end = None
        if any(n.begin > m.end and _AREA_OWNS.match(sentence[m.end:n.begin]) for n in mentions):
            continue                       # "Zangilan's Aghali": the village named with its district
        if _site_in_town(sentence, m, mentions) or _airports_town(sentence, m, mentions):
            continue
        if _worship_in_named_town(sentence, m, mentions):
            continue                       # "In X they toured the Z mosque": the building of the town named
        if any(n.begin > m.end and _SETTLEMENT_NAMED_AT.fullmatch(sentence, m.end, n.begin)
               and distance_km(m.place.lat, m.place.lon, n.place.lat, n.place.lon) > _NAMED_AFTER_HOME_KM
               for n in mentions):
            continue                       # "the Zangilan settlement at Masazir": a settlement named after the far
                                           # home of those who live there, which stands at the place named after it
                                           # (not "the Shikharkh settlement in Tartar", a quarter of the town)
        if "where" in before and _where_way_by_site(sentence, m, mentions):
            continue                       # "a checkpoint at the X bridge, where the Y road sets off towards Z"
        if _COMPANY_AFTER.match(sentence, m.end) or _FUND_AFTER.match(sentence, m.end) \
                or (_PRODUCT_AFTER.match(sentence, m.end)
                    and (not _PATTERN_AFTER.match(sentence, m.end) or _WEAVING.search(sentence))):
            continue                       # "Goris Airport LLC", "the Tavush fund", "Jermuk mineral water": a body
                                           # or a product named after the place
        if _AGE_AFTER.match(sentence, m.end) or (_PERSON_AFTER.match(sentence, m.end) and _SAID_BEFORE.search(before)):
            continue                       # "said Narek, a 42-year-old father", "Garnik, 54,": a person
        out.append(m)
    return out


# goods named by where they come from: "carded wool from X", "honey from the village of Y", "black tea from Z"
# (or said to be a kind from there: "the tea you sent is the black kind from Z", "the wool was the coarse sort from W")
# (and a trade's materials, from the yard or mill that sells them: "oak from the yard in X", "gold leaf from Y")
# (and a workshop's parts and metal, food and herbs: "waits for a part from X", "the new sheet of copper from Y",
# "thyme from the hills above Z": older sets 0 of 10 such towns annotated; so fodder and a maker's paint and tin:
# "the lucerne from the X side", "the paint from the Y supplier"; and a grocer's staples and spices: "saffron from X",
# "sacks of rice from Y", "salt from Z"; and orchard fruit, nuts and seed, as apricots are: "plums from the X
# orchards", "seed grown on the Y plateau")
_GOODS = r"\b(?:wool|fleece|honey|cheese|butter|tea|wine|brandy|apricots?|walnuts?|grapes?|melons?|" \
         r"pomegranates?|cherries|figs|fruit|herbs|spices|silk|rugs|carpets|roots|" \
         r"oak|pine|beech|timber|planks|boards|gold\s+leaf|varnish|glaze|yarn|canvas|sailcloth|marble|tiles|leather|" \
         r"(?<=\ba\s)part|spare\s+parts?|parts|copper|brass|chicken|trout|thyme|lichen|hay|sesame|molasses|quince|" \
         r"lentils?|records|pressings|books|lucerne|alfalfa|clover|straw|paints?|tin|" \
         r"saffron|rice|flour|salt|sugar|sumac|barberries|pepper|hazelnuts?|almonds?|chestnuts?|caviar|" \
         r"plums?|pears?|apples?|peaches|quinces|berries|nuts|seeds?|linseed|flax)"
_GROWN_STEMS = ("grown", "harvested", "picked", "gathered", "raised")    # (the verbs of the growing form below)
_GOODS_FROM = prefilter.compile(r"(?i)" + _GOODS + r"(?:\s+[\w'’-]+){0,5}?\s+(?:is|are|was|were)\s+the\s+(?:[\w-]+\s+){0,2}"
                                r"(?:kind|sort|variety|type)\s+from\s+(?:the\s+)?$"
                                r"|" + _GOODS + r"(?:\s+(?:came|come|arrived)(?:\s+in)?)?\s+from\s+"
                                r"(?:the\s+(?:village|town|city)\s+of\s+|the\s+(?:timber\s+)?(?:yard|mill|sawmill|quarry)\s+"
                                r"(?:in|at)\s+|the\s+(?:hills|slopes|meadows|woods)\s+(?:above|around|near)\s+|the\s+"
                                # (or a shop's stock bought from a home or a shop there: "records from a shop in X that is
                                # closing", "pressings came in from a flat being cleared in Y")
                                r"|an?\s+(?:shop|store|flat|house|dealer|collector)(?:\s+being\s+cleared)?\s+in\s+)?$"
                                # (or anything got from a supplier placed by its town, whatever the thing: "hay bought from
                                # a farm near X", "flour from the mill at Y", "soles from a supplier in Z", "a goshawk from a
                                # dealer in W": older sets 0 of 39 such towns annotated)
                                r"|\bfrom\s+(?P<supplier>(?:an?|the|our|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:farms?|mills?|tannery|dairy|"
                                r"suppliers?|dealers?|growers?|merchants?|chandlers?|flocks|orchards?|vineyards?|quarry|"
                                r"workshops?|apiar(?:y|ies)|nursery|sawmill))\s+(?:near|at|in|outside|above)\s+"
                                r"(?:the\s+(?:village|town|city)\s+of\s+)?$"
                                # (goods from a maker or a grower, placed by the town or the road they keep to: "honey from
                                # the beekeepers on the X road", "fish from the fishermen at Y"; only goods named before
                                # them: people "evacuated from the farms on the Z road" or "sheep seized from the shepherds
                                # near W" are news there)
                                # (or goods grown on a place's land: "seed grown on the X plateau", "pears picked in the
                                # orchards of Y": where they grew, no event; older sets annotate none)
                                # (not when the sentence tells harm or war there: "walnuts grown on the slopes of X burned
                                # after shelling", "troops seized apples grown in Y", see landmarks_dropped)
                                r"|" + _GOODS + r"\s+(?P<grown>grown|harvested|picked|gathered|raised)\s+(?:on|in|near|around|above|"
                                r"below)\s+(?:the\s+)?(?:(?:hills|slopes|meadows|fields|orchards|gardens|valley|plateau)\s+"
                                r"(?:of|above|around|near|below)\s+(?:the\s+)?)?$"
                                # (or a label's line, the goods understood: "Grown in our own garden and the neighbours'
                                # gardens in X, picked in August", "Picked on the slopes above Y")
                                r"|\b(?P<label>(?-i:Grown|Harvested|Picked|Gathered))\s+(?:on|in|near|around|above|below)\s+"
                                r"(?:(?:the|our|their|its|my)\s+(?:[\w'’-]+\s+){0,6}?(?:gardens?|orchards?|fields|meadows|"
                                r"vineyards?|groves?|hills|slopes|valley|plateau)\s+(?:in|of|at|above|around|near|below)\s+"
                                r"(?:the\s+)?)?$"
                                r"|" + _GOODS + r"(?:\s+[\w'’-]+){0,3}?\s+from\s+(?P<maker>(?:an?|the|our|their|its)\s+"
                                r"(?:[\w'’-]+\s+){0,2}?(?:farms?|suppliers?|growers?|orchards?|vineyards?|apiar(?:y|ies)|"
                                r"beekeepers?|fishermen|shepherds?|bakers?))\s+(?:near|at|in|outside|above|on\s+the)\s+"
                                r"(?:the\s+(?:village|town|city)\s+of\s+)?$")
# a grocer's staples are what a blockade or the war cuts off, or lorries carry: their home stays when the sentence
# tells of that ("lorries carrying flour from X were turned back", "sugar and flour from Y ran out") or of their
# arrival ("the flour arrived from Z after a week's wait", as bread and aid arriving do), as it does not for spices
# or honey
_STAPLES = prefilter.compile(r"(?i)(?:rice|flour|salt|sugar)\b")
_STAPLES_CARRIED = prefilter.compile(r"(?i)\b(?:lorr(?:y|ies)|trucks?|convoys?|cargo|shipments?|turned\s+back|stopped|"
                                     r"held\s+up|blocked|searched|queued)\b")
# ... the staples' own arrival, told of them: "the flour arrived from X" (see _GOODS_FROM), "flour from Y (finally)
# arrived" (not someone else's: "rice from X is the best, said the chef, who arrived in Baku", "when the teacher
# arrived, she asked for flour from Y")
_STAPLES_ARRIVED_AFTER = prefilter.compile(r"(?i)(?:\s+(?!(?:who|which|that|when|and|but)\b)[\w'’-]+){0,2}?\s+"
                                           r"(?:(?:had|has|have)\s+)?arrived\b")
# ... or a supplier named by its town before the noun: "from the X supplier", "from the Y collector"
_FROM_THE_BEFORE = prefilter.compile(r"\bfrom\s+the\s+$", re.I)
_SUPPLIER_AFTER = prefilter.compile(r"\s+(?:suppliers?|dealers?|collectors?|workshops?|mills?|wholesalers?|growers?|merchants?|"
                                    r"nursery|tannery|dairy|sawmill|quarry|apiary)\b")
# goods a maker sends to a trade's customer placed by its town, as an order book lists them: "stoppers for the winery
# in X", "floats: for the fishermen at Y", "a dozen trays for the bakery in Z" (whom they are for; war news in the
# sentence keeps the town)
_FOR_TRADE_IN = prefilter.compile(r"\bfor\s+(?:the|a|an|our)\s+(?:[\w'’-]+\s+){0,2}?(?:winery|wineries|distillery|brewery|"
                                  r"bakery|creamery|cannery|dairy|tannery|restaurant|café|cafe|hotel|fishermen|vintners?|"
                                  r"cellars?|cooperage)\s+(?:in|at|of)\s+(?:the\s+(?:village|town)\s+of\s+)?$", re.I)
# ... but not a supply cut off from it: "gas for the bakery in X was cut off", "protesters blocked the road, so no bread
# for the hotel in Y came through"
_SUPPLY_CUT = prefilter.compile(r"(?i)\b(?:cut|blocked|halted|stopped|came\s+through|got\s+through)\b")
# (not fire that came from one: "shots were fired from a farm near X" is fire from the town)
_FIRE_FROM_SUPPLIER = prefilter.compile(r"\b(?:fir(?:e|ed|es|ing)|shots?|shell\w*|rockets?|missiles?|mortars?|artillery|"
                                        r"attack\w*|drones?|snipers?|gunfire)\b", re.I)


# ... but goods carried on from there to another place are a run between the two: "a driver who carries apricots
# from X to Y", "brought the aid from X to Y"
_ON_TO_PLACE = prefilter.compile(r"\s+(?:on\s+)?(?:to|towards|into|through)\s+(?:the\s+)?[A-ZƏÇŞĞÜÖİ]")


def _goods_place_told(sentence, end):
    """Does the sentence tell of the place goods come from, the name ending at ``end``: its news after it ("honey
    from X, which they fled", "carpets from Y were looted when the town was taken") or a load carried on from it
    (_ON_TO_PLACE)? Then the place stays, for both goods rules (_GOODS_FROM, _goods_from)."""
    return bool(HOME_NEWS_AFTER.search(sentence, end) or _ON_TO_PLACE.match(sentence, end)
                or _HOME_HIT_AFTER.search(sentence, end))


# ... or the town itself under fire after it: "oak from the yard in X burned when the town was shelled"
_HOME_HIT_AFTER = prefilter.compile(r"\b(?:the\s+(?:town|village|city)|it)\s+(?:was|were|had\s+been|has\s+been|came\s+under)\s+"
                                    r"(?:shelled|bombed|struck|hit|attacked|fire|shelling|bombardment)\b", re.I)


# a settlement or a camp named after a place, placed at another: "the Zangilan settlement at Masazir", "the Lachin
# camp in Barda" (the displaced people's homes named after the district they came from)
_SETTLEMENT_NAMED_AT = prefilter.compile(r"\s+(?:settlement|camp)\s+(?:at|in|near)\s+(?:the\s+(?:town|village)\s+of\s+)?")
_NAMED_AFTER_HOME_KM = 50


# a post placed by where a way starts at it: "a checkpoint at the X bridge, where the Y road sets off from the border
# towards Z", "the checkpoint, where the Y corridor meets the border" (the way and its towns only say where the post
# is: older sets annotate the bridge alone in 10 sentences of 14; but a bridge closed there closes the way: "closed the
# X bridge, where the Y corridor meets the border" keeps the corridor)
_WHERE_WAY_OPENS = prefilter.compile(r"(?i)\b(?:checkpoints?|posts?)(?:\s+(?:at|on|by)\s+the\s+(?:[\w'’-]+\s+)?"
                                     r"(?:bridge|crossing))?\s*,\s+where\s+the\s+")
_WAY_STARTS = prefilter.compile(r"(?i)\b(?:road|corridor|highway|route)\s+(?:[\w'’-]+\s+){0,3}?(?:starts|begins|sets\s+off|"
                                r"sets\s+out|leaves|enters|meets|crosses|reaches)\b")
_WHERE_CLAUSE_END = prefilter.compile(r"[,;:.]|\s(?:and|but|while)\s")


def _where_way_by_site(sentence, m, mentions):
    """Is ``m`` in a "where" clause that places a site named before it by a way starting there (_WHERE_WAY_OPENS), a
    clause telling nothing else (no fire, no closure)?"""
    opens = list(_WHERE_WAY_OPENS.finditer(sentence, 0, m.begin))
    if not opens:
        return False
    where = opens[-1]
    comma = sentence.rfind(",", where.start(), where.end())
    if not any(where.start() <= n.end <= comma for n in mentions if n is not m):
        return False                       # (the site itself is named before the clause: "the X bridge, where")
    end = _WHERE_CLAUSE_END.search(sentence, where.end())
    end = end.start() if end else len(sentence)
    if m.end > end:
        return False
    clause = sentence[where.end():end]
    return bool(_WAY_STARTS.search(clause)) and not any(h.strong for h in cue_hits(clause) if h.layer != "other")


# a company's legal form after the place it is named after: "Goris Airport LLC", "Sisian Mining CJSC", and a bank
# named after it: "Ararat Bank" (but "the Nakhchivan Bank of the Araz" in a headline is the riverbank)
_COMPANY_AFTER = prefilter.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:LLC|CJSC|OJSC|JSC|Ltd|PLC|GmbH|Bank(?!\s+of\b))\b")
# a product sold under the place's name: "Jermuk mineral water exports rose", "Ararat brandy", a carpet's "the Shusha
# pattern", food and stone named after where they come from: "Lori cheese", "a kilo of Lankaran leaf", "a block of
# Guzdek limestone" (not "the Tartar pattern of shelling"; not where it is made or dug:
# "the Jermuk mineral water plant", "the Guzdek limestone quarry")
_PRODUCT_AFTER = prefilter.compile(r"\s+(?:"
                                   # (and a kitchen's drinks and preserves, maybe of a season: "the old X summer drink", "Y
                                   # quince jam", "a Z winter sherbet")
                                   r"(?:(?:summer|winter|spring|autumn|festive|holiday|quince|cherry|cornel|mulberry|fig|"
                                   r"apricot|plum|walnut|pomegranate|rose)\s+)?(?:drinks?|sherbets?|syrups?|jams?|"
                                   r"preserves|sweets|pastr(?:y|ies))\b|"
                                   r"mineral\s+water|brandy|cognac|(?:pattern|type|style|design)(?!\s+of\b)(?!\s+(?:attacks?|shelling|strikes?|rockets?|missiles?|raids?|fire|assaults?|offensives?|tactics)\b)|cheese|honey|"
                                   r"tea|leaf|wine|"
                                   # (and a kitchen's: "a cookery book of Zangilan dishes", "Lankaran cuisine")
                                   r"dishes|cuisine|"
                                   r"limestone|marble|tuff|granite|basalt|"
                                   # (and rugs woven in its style: "old Ganja carpets", "a Goris kilim"; older sets file
                                   # none of 4 such)
                                   r"carpets?|rugs?|kilims?)\b"
                                   r"(?!\s+(?:plant|factory|bottling|supply|pipe|main|distillery|quarr(?:y|ies)|mines?|"
                                   r"plantations?|vineyards?|gardens?|estates?|farms?|"
                                   # (nor where it is kept, sold or made, or a feast of it: "the Tavush wine cellar", "Jermuk
                                   # tea houses", "the Martuni wine harvest", "the Kalbajar honey festival")
                                   r"cellars?|houses?|shops?|stalls?|markets?|fairs?|festivals?|harvests?|museums?|dairy|"
                                   r"dairies|works|workshops?|cooperatives?|growers?|makers?|producers?))")
# (a pattern, a type, a style or a design only in a sentence of weaving: "a carpet, Gazakh type"; not "shelling
# followed the Tartar pattern: rockets hit the town", "a Grad-type launcher near X")
_WEAVING = prefilter.compile(r"\b(?:carpets?|rugs?|kilims?|weav\w*|woven|embroider\w*|textiles?|loom)\b", re.I)
_PATTERN_AFTER = prefilter.compile(r"\s+(?:pattern|type|style|design)\b")
# a fund, a foundation or a troupe after the place it is named after, written in lower case: "through the Tavush
# fund", "the Lori development foundation", "the Shusha folk ensemble" (its money or its tour is no event at the
# place)
_FUND_AFTER = prefilter.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:fund|foundation|ensemble|choir|orchestra)\b")


# a landmark placed in its town: "the Ghazanchetsots cathedral in Shushi", "the museum in the town of Goris"
# (not a second place in a list: "over the X reservoir and in Y" names both)
_IN_TOWN_AFTER = prefilter.compile(r"(?:\s+(?!(?:and|or|then|also)\b)[a-z]+){0,2}\s+in\s+(?:the\s+(?:town|city|village)\s+of\s+)?$")


# a house of worship of a town the sentence names: "In X the couple laid the first stone of the new Y mosque and then
# looked over the Z mosque", "they went to X, where they toured the Z mosque" (a site, or a village close by whose
# name the building bears), and "the Y and Z mosques in X" (the name before the noun says which building, even when a
# far town bears it). The town is the event's place. A second name of the building just placed in its town ("the
# cathedral in the town of X, known as Z") stays the building's own, as older sets annotate it.
_WORSHIP = r"(?:mosques?|church(?:es)?|cathedrals?|chapels?)\b"
_WORSHIP_IN_NAME = prefilter.compile(r"\b(?:mosque|church|cathedral|chapel)\b", re.I)
_WORSHIP_AFTER = r"(?:\s+(?:and|or)(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*){1,4})?\s+" + _WORSHIP
_WORSHIP_NEXT = prefilter.compile(_WORSHIP_AFTER)
_WORSHIP_IN_TOWN = prefilter.compile(_WORSHIP_AFTER + r"\s+in\s+(?:the\s+(?:town|city)\s+of\s+)?")
_SECOND_NAME_GAP = prefilter.compile(r",\s+(?:(?:also\s+)?(?:known|called)\s+as\s+|the\s+)?")
# the town as the building's owner, already read as only placing it: "Shusha's Yukhari Govhar Agha mosque"
_TOWN_OWNS_GAP = prefilter.compile(r"['’]s\s+")
# a town only left or come from: "soldiers from X prayed in the Y mosque", "the minister left X and prayed in ..."
_LEFT_TOWN = prefilter.compile(r"\b(?:from|left|leaving|leaves|leave|out\s+of)\s+(?:the\s+(?:town|city)\s+of\s+)?$", re.I)


def _worship_in_named_town(sentence, m, mentions):
    """Is ``m`` only the name of a house of worship in a town the sentence names (see _WORSHIP_IN_TOWN)?"""
    named_after = bool(_WORSHIP_NEXT.match(sentence, m.end))
    if not named_after and not (m.place.precision == "site" and _WORSHIP_IN_NAME.search(m.place.name)):
        return False
    for town in mentions:
        if town.place.precision != "town" or town.place == m.place:
            continue
        if town.begin >= m.end:
            if named_after and _WORSHIP_IN_TOWN.fullmatch(sentence, m.end, town.begin):
                return True
        elif town.end <= m.begin and not _SECOND_NAME_GAP.fullmatch(sentence, town.end, m.begin) \
                and not _TOWN_OWNS_GAP.fullmatch(sentence, town.end, m.begin) \
                and not _LEFT_TOWN.search(sentence, max(0, town.begin - 40), town.begin) \
                and distance_km(m.place.lat, m.place.lon, town.place.lat, town.place.lon) <= SAME_PLACE_KM:
            return True
    return False


# an airport lies outside the town it is named with ("the Syunik Airport in Kapan"): a place of its own, not a spot
# in the town
_AIRPORT_NOUN = r"(?:airports?|airfields?|aerodromes?|air\s*bases?)\b"
_AIRPORT_WORDS = prefilter.compile(r"\b" + _AIRPORT_NOUN, re.I)
_AIRPORT_AFTER = prefilter.compile(r"\s+(?:international\s+)?" + _AIRPORT_NOUN, re.I)


def _airport(sentence, m):
    """Is ``m`` an airport, by its name or the word after it ("Syunik Airport", "Zvartnots airport")?"""
    return m.place.precision == "site" and bool(_AIRPORT_WORDS.search(m.text) or _AIRPORT_AFTER.match(sentence, m.end))


def _site_in_town(sentence, m, mentions):
    """Is ``m`` a site named with the town it stands in, right after it ("the Ghazanchetsots cathedral in
    Shushi")? The town is the event's place; the landmark only says where in the town. Not an airport, which
    stands outside its town."""
    if m.place.precision != "site" or _airport(sentence, m):
        return False
    town = next((n for n in mentions if n.begin > m.end), None)
    return (town is not None and town.place.precision == "town"
            and bool(_IN_TOWN_AFTER.match(sentence[m.end:town.begin]))
            and distance_km(m.place.lat, m.place.lon, town.place.lat, town.place.lon) <= SAME_PLACE_KM)


def _airports_town(sentence, m, mentions):
    """Is ``m`` the town an airport named right before it is in ("the Syunik Airport in Kapan")? It only says which
    town the airport serves; the airport is the event's place."""
    site = next((n for n in reversed(mentions) if n.end <= m.begin), None)
    return (site is not None and _airport(sentence, site) and m.place.precision == "town"
            and bool(_IN_TOWN_AFTER.match(sentence[site.end:m.begin])))


# the building of an area's own body: "the building of the X district police", "the police building of the X district"
_BODY = r"(?:police|court|executive|administration|prosecutor['’]s)"
_BODY_BUILDING_BEFORE = prefilter.compile(rf"\b(?P<body>{_BODY}\s+)?(?:building|headquarters|premises|offices)\s+of\s+"
                                          r"(?:the\s+)?$", re.I)
_DISTRICT_BODY_AFTER = prefilter.compile(rf"\s+district\s+{_BODY}\b", re.I)


def _displaced_body(sentence, m, out):
    """Is the district ``m`` only the name of a body whose building stands at a town named before it, far outside
    the district ("a shell fell on A and damaged the building of the X district police, which works from there")?
    A district's police or court driven from its land works from another town; the hit is at that town. (A town of
    the district keeps it: "a shell hit Tartar and the building of the Tartar district court".)"""
    if m.place.precision != "district" or not out or out[-1].place.precision != "town":
        return False
    before = _BODY_BUILDING_BEFORE.search(sentence, max(0, m.begin - 50), m.begin)
    if not before or not (before.group("body") or _DISTRICT_BODY_AFTER.match(sentence, m.end)):
        return False
    town = out[-1].place
    return distance_km(town.lat, town.lon, m.place.lat, m.place.lon) > DISTRICT_KM


def locators_dropped(sentence, mentions, gazetteer=None):
    """The mentions without the districts and provinces that only locate the place named before them
    (a place of the gazetteer, or "the village of X" that it does not know), or the villages the sentence
    names after it; so too a district's seat standing for its district after a village of it (with
    ``gazetteer``)."""
    out, dropped = [], None
    for m in mentions:
        if out and _in_brackets_after(sentence, out[-1], m):
            continue                       # "Kəmərli (Qazax)": the bracket says where the place lies
        if out and _seat_locating_village(sentence, out[-1], m, gazetteer):
            continue                       # "near Yukhari Ayrim in Kalbajar": the district, written as its seat
        if dropped is not None and _OTHER_NAME_GAP.fullmatch(sentence, _area_end(sentence, dropped), m.begin):
            continue                       # "..., in the Aghdam district that Armenians call Akna": the locator again
        if _sides_name_of(sentence, dropped if dropped is not None else (out[-1] if out else None), m,
                          _SIDES_NAME_GAP if dropped is not None else _BRACKET_OPENS):
            continue                       # "the Basarkechar district (Vardenis in Armenian usage)", "Hadrut
                                           # (Khojavend in Azerbaijani usage)": the locator or the place again, by
                                           # the name one side gives it
        dropped = None
        if _displaced_body(sentence, m, out):
            continue                       # "in A ... the building of the X district police": the body's, at A
        if _way_end_aside(sentence, m, mentions):
            continue                       # "at the X bridge, at the start of the Y corridor": the way whose end
                                           # the site stands at only says where it lies
        if _names_area(sentence, m) or _TOWN_AREA_AFTER.match(sentence, m.end):
            gap = _locator_gap(sentence, m)
            before = sentence[:gap.start()] if gap else ""
            if gap and out and _district_narrows_area(sentence, out[-1], m, gap, gazetteer):
                out[-1] = m                # "in Nakhchivan, in the Shahbuz district": the district is the place
                continue
            if gap and out and _ends_before(sentence, out[-1], gap.start()) and _placed_by_bearing(sentence, out[-1]):
                out[-1] = m                # "villages north of X in the Y district": the villages lie in the
                continue                   # district, the town only gives their bearing
            if gap and ((out and _ends_before(sentence, out[-1], gap.start())) or _UNKNOWN_VILLAGE_BEFORE.search(before)):
                dropped = m
                continue
            if _locates_named_places(sentence, m, mentions):
                dropped = m
                continue
        elif _IN_GAP.search(sentence[:m.begin]) and _VILLAGE_IN_BEFORE.search(sentence[:m.begin]):
            continue                       # "the village of Qashalti in Naftalan": a village lies in the town's area
        elif ends_with_word(sentence[max(0, m.begin - 60):m.begin], ("of",)) \
                and (part_of := _PART_OF.search(sentence, max(0, m.begin - 60), m.begin)):
            if m.place.precision != "town" or any(n.begin == part_of.start() for n in mentions):
                continue                   # "the Karkijahan settlement of Khankendi": a part of the town is the place
            # (but "the Javadkhan district of Ganja": a quarter the gazetteer lacks lies in its town, the place)
        elif _base_at_airport(sentence, m, mentions):
            continue                       # "their base at X and ... at X airport": the base is the airport
        elif _road_to_aside(sentence, m, mentions) or _way_from_aside(sentence, m, mentions):
            continue                       # "a depot exploded outside X, on the road to Y, while ...": the road's
                                           # destination only says where the site lies
        elif out and (_area_of_site(sentence, out[-1], m)
                      or _STANDS_IN_AREA.search(sentence, max(0, m.begin - 60), m.begin)):
            continue                       # "the X monastery in Kalbajar", "X, which stands in the district they
                                           # call Karvachar": the area the site or place before lies in
        out.append(m)
    return out


# an aside after a place or a site giving the road it stands on by where the road leads: "outside X, on the road to
# Y, while ...", "at Z, on the main road to W." (the road's destination locates; nothing happens there)
_ROAD_TO_ASIDE = prefilter.compile(r",\s+on\s+the\s+(?:main\s+|old\s+|new\s+)?(?:road|highway)\s+(?:to|towards)\s+(?:the\s+)?$",
                                   re.I)
_ROAD_TO_ASIDE_CLOSES = prefilter.compile(r"\s*(?:,|[.;]?\s*$)")


def _road_to_aside(sentence, mention, mentions):
    """Is ``mention`` the destination of a road named in an aside right after another place ("outside X, on the road
    to Y,")? Only a place locates so: after a vehicle or a group ("A convoy, on the road to Y, was hit") the road to Y
    is where it happened."""
    aside = _ROAD_TO_ASIDE.search(sentence, max(0, mention.begin - 40), mention.begin)
    return bool(aside and _ROAD_TO_ASIDE_CLOSES.match(sentence, mention.end)
                and any(m.end == aside.start() for m in mentions if m is not mention)
                and not _ROAD_AGAIN.search(sentence, mention.end))


# ... or by the places the road or line runs between: "the station at X, on the line from A through B to C, was
# wrecked", "work at Y, on the road from A towards B, goes on" (the way's towns locate; nothing happens there;
# older sets 1 of 1 file the place before alone)
_WAY_FROM_ASIDE = prefilter.compile(r",\s+on\s+the\s+(?:main\s+|old\s+|new\s+)?(?:road|highway|line|railway|rail\s+line)\s+"
                                    r"from\s+", re.I)
# (the way taken up again after the aside is what the sentence tells of: "..., and the line was cut")
_WAY_AGAIN = prefilter.compile(r"\bthe\s+(?:road|highway|line|railway)\b", re.I)


def _way_from_aside(sentence, mention, mentions):
    """Is ``mention`` one of the towns a road or line runs between, named in an aside right after another place
    ("the station at X, on the line from A through B to C,")? Not when the road is taken up again after it."""
    for aside in _WAY_FROM_ASIDE.finditer(sentence, max(0, mention.begin - 120), mention.begin + 1):
        close = sentence.find(",", aside.end())
        close = len(sentence) if close < 0 else close
        if aside.end() <= mention.begin < close and any(m.end == aside.start() for m in mentions) \
                and not _WAY_AGAIN.search(sentence, close):
            return True
    return False


# an aside after a place giving the end of a corridor or road it stands at: "a checkpoint at the X bridge, at the
# start of the Y corridor" (older sets: 3 of 4 such sentences annotate the site alone)
_WAY_END_ASIDE = prefilter.compile(r",\s+(?:at|near)\s+the\s+(?:start|beginning|entrance|end|mouth|exit|head)\s+(?:of|to)\s+"
                                   r"(?:the\s+)?$", re.I)
_WAY_AFTER = prefilter.compile(r"\s+(?:corridor|road|highway)\b", re.I)
# (the place before may be a site named by its word after it, "the X bridge", and the day after it: "at the X
# bridge on Sunday, at the start of ...")
_SITE_WORD_AFTER = prefilter.compile(r"(?:\s+(?:bridge|checkpoint|crossing|pass|border\s+post|post))?"
                                     r"(?:\s+on\s+(?-i:[A-Z])[a-z]+)?", re.I)


def _way_end_aside(sentence, mention, mentions):
    """Is ``mention`` a corridor or road ("the Y corridor", "the Y road") whose end an aside right after another
    place gives as where that place stands ("at the X bridge, at the start of the Y corridor")?"""
    if not (" corridor" in mention.text.lower() or _WAY_AFTER.match(sentence, mention.end)):
        return False
    aside = _WAY_END_ASIDE.search(sentence, max(0, mention.begin - 40), mention.begin)
    return bool(aside and any(_SITE_WORD_AFTER.fullmatch(sentence, m.end, aside.start())
                              for m in mentions if m is not mention)
                and not _ROAD_AGAIN.search(sentence, mention.end))


# the road of the aside taken up again, as what the sentence tells of: "near X, on the road to Y, and the road was
# blocked" (the road to Y was cut: its destination stays)
_ROAD_AGAIN = prefilter.compile(r"\bthe\s+(?:road|highway)\b", re.I)


# "in Nakhchivan, in the Shahbuz district": a second "in" after a comma that narrows the wider area named first
_NARROWING_GAP = prefilter.compile(r"^\s*,\s*in\s+(?:the\s+)?$")
WIDER_AREA_KM = 80        # a district this close to the wider area's point may lie inside it


def _district_narrows_area(sentence, wider, m, gap, gazetteer):
    """Is the district ``m`` written after a comma and "in the" a part of the wider area named just before it ("fire
    on positions in Nakhchivan, in the Shahbuz district", "in Tovuz, in the Tovuz district" is no such case)? The
    wider area is a province or region, or a town that names its exclave or province ("Nakhchivan"); a village
    before the district is located by it instead ("Talish, in the Tartar district")."""
    if m.place.precision != "district" or not _NARROWING_GAP.match(sentence[wider.end:m.begin]):
        return False
    if m.place.name.split()[0].lower() == wider.place.name.split()[0].lower():
        return False                           # the district of the town's own name
    area = wider.place if wider.place.precision == "region" else None
    if area is None and wider.place.precision == "town" and gazetteer is not None:
        for word in ("exclave", "province"):
            area = next((p for p in gazetteer.candidates(f"{wider.place.name} {word}") if p.precision == "region"),
                        None)
            if area:
                break
    return area is not None and distance_km(area.lat, area.lon, m.place.lat, m.place.lon) <= WIDER_AREA_KM


# a relative clause placing the place named before in an area: "which stands in the district they call X", "that
# lies in the X district"
_STANDS_IN_AREA = prefilter.compile(r"\b(?:which|that)\s+(?:stands?|lies?|sits?|is)\s+in\s+(?:the\s+)?(?:(?:district|region|"
                                    r"province)\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){1,2}?(?:call|calls|know\s+as)\s+)?$")


def _area_of_site(sentence, site, m):
    """Is ``m`` a town written right after a site ("the X monastery in Kalbajar") that stands too far from the
    town to be in it, but within a district's reach? The town's name then says which area the site is in (the
    town by the site is in it: see _site_in_town; a far one is no locator: talks "about the X bridge in
    Washington")."""
    return (site.place.precision == "site" and m.place.precision == "town" and not _airport(sentence, site)
            and bool(_IN_TOWN_AFTER.match(sentence[site.end:m.begin]))
            and SAME_PLACE_KM < distance_km(site.place.lat, site.place.lon, m.place.lat, m.place.lon) <= AREA_KM)


# a base named by its town: "their base at Khojaly", "the air base near X"
_BASE_AT = prefilter.compile(r"\bbases?\s+(?:at|in|near|outside)\s+(?:the\s+)?$", re.I)


def _base_at_airport(sentence, m, mentions):
    """Is ``m`` the town a base is named by, in a sentence that also names the town's airport? The base is the
    airfield (one place, the airport), not the town."""
    return (m.place.precision == "town" and bool(_BASE_AT.search(sentence, max(0, m.begin - 30), m.begin))
            and any(n.begin != m.begin and _airport(sentence, n) and n.text.lower().startswith(m.text.lower())
                    for n in mentions))


# the words that end a sight's full name, which the article may then drop: "Haghartsin Monastery", then "at Haghartsin"
_SIGHT_WORDS = frozenset({"monastery", "church", "cathedral", "mosque", "fortress", "castle", "temple", "vank"})
SIGHT_VILLAGE_KM = 15     # the village a sight is named after lies this close to it (Haghartsin: 7 km)
SIGHT_IN_TOWN_KM = 2      # a sight this close to the town of its name stands in it ("Shusha fortress", "Askeran
                          # Fortress"): the bare name is the town
# a village's own news, which its bare name keeps telling even after the sight named for it: "troops shelled
# Kirants, damaging three houses", "residents of Kirants said", "walked on to Kirants, where the villagers fed them"
_VILLAGE_NEWS = prefilter.compile(r"\b(?:village|villagers|residents?|inhabitants|houses?|homes?|school|mayor|community|"
                                  r"shell(?:s|ed|ing)?|fir(?:e|ed|ing)|drones?|struck|attack(?:s|ed)?|wounded|killed)\b", re.I)


def _named_sites(mentions):
    """The sights among ``mentions`` by their bare names: {"haghartsin": Haghartsin Monastery}."""
    out = {}
    for m in mentions:
        bare, _, word = m.place.name.rpartition(" ")
        if m.place.precision == "site" and word.lower() in _SIGHT_WORDS:
            out[bare.lower()] = m.place
    return out


def _sites_named_before(sentence, mentions, sites):
    """The mentions, a village written with a sight's bare name after the article named the sight in full read as
    the sight ("the night at Haghartsin Monastery", then "the liturgy at Haghartsin"): the village of its name lies
    some way off, and the article means the place it has been telling of. Not a town the sight stands in ("Shusha"
    after "the Shusha fortress"), nor a village whose own news the sentence tells ("troops shelled Kirants" after
    "Kirants Monastery")."""
    if _VILLAGE_NEWS.search(sentence):
        return mentions
    out = []
    for m in mentions:
        site = sites.get(m.text.lower()) if m.place.precision == "town" else None
        if site is not None and SIGHT_IN_TOWN_KM < distance_km(site.lat, site.lon, m.place.lat, m.place.lon) \
                <= SIGHT_VILLAGE_KM:
            m = m._replace(place=site)
        out.append(m)
    return out


# "through the corridor", "the old corridor": the corridor the article named before (the Lachin corridor)
_THE_CORRIDOR = prefilter.compile(r"\bthe\s+(?:(?:old|new|same|whole)\s+)?(corridor)\b")


def _the_corridor(sentence, corridor):
    """A mention of ``corridor`` for each "the corridor" of the sentence."""
    return [Mention("corridor", hit.start(1), hit.end(1), corridor, "exact", 100.0, False)
            for hit in _THE_CORRIDOR.finditer(sentence)] if "corridor" in sentence else []


# what comes between an area and its other name: "the Kalbajar district that Armenians call Karvachar", "..., which
# Azerbaijanis know as Khojavend"
_OTHER_NAME_GAP = prefilter.compile(r"\s*(?:,\s*which|that)\s+(?:[\w'’-]+\s+){0,2}(?:calls?|called|names?|knows?\s+as|"
                                    r"refers?\s+to\s+as)\s+(?:the\s+)?", re.I)

# a place's other name told right after it: "arrived in X, the name Baku uses for Y", "X, which Armenians call Y" (Y
# is X named again, no place of its own: what X's clause tells is the place's reading)
_RENAMED = prefilter.compile(r"(?:\s*,\s*which|\s+that)\s+(?:[\w'’-]+\s+){0,2}(?:calls?|called|knows?\s+as|refers?\s+to\s+as)\s+|"
                             r"\s*,\s*(?:the|a)\s+name\s+(?:[\w'’-]+\s+){0,3}?(?:uses?|used|gives?|gave)\s+for\s+")

# the area's other name set off after it and said whose it is: "the Basarkechar district (Vardenis in Armenian
# usage)", "the X district, Y to Armenians,"
_SIDES_NAME_GAP = prefilter.compile(r"\s*[(,]\s*")
_BRACKET_OPENS = prefilter.compile(r"\s*\(\s*")
_FOR_A_SIDE = prefilter.compile(r"\s+(?:to|in|for|among)\s+(?:the\s+)?(?:Armenian|Azerbaijani|Russian)s?\b")
# a bracket's gloss ends with the side's name or its usage: "(Khojavend in Azerbaijani usage)", "(Y to Armenians)";
# "Hadrut (Tugh in Armenian hands)" names a second place
_GLOSS_CLOSES = prefilter.compile(r"(?:\s+(?:usage|use|spelling|parlance|sources|maps))?\s*\)")


def _sides_name_of(sentence, named, m, gap):
    """Is ``m`` the other name, said whose it is, of the place ``named`` just before it across ``gap``?"""
    if named is None or not gap.fullmatch(sentence, _area_end(sentence, named), m.begin):
        return False
    side = _FOR_A_SIDE.match(sentence, m.end)
    return bool(side) and (gap is not _BRACKET_OPENS or bool(_GLOSS_CLOSES.match(sentence, side.end())))


def _area_end(sentence, m):
    """Where the area's name ends, with its area word ("Kalbajar district")."""
    after = _AREA_NOUN_AFTER.match(sentence[m.end:])
    return m.end + after.end() if after else m.end


def _names_area(sentence, m):
    """Is the mention a district or province, or a place named with an area word after it ("Tovuz district")?"""
    return m.place.precision in ("district", "region") or bool(_AREA_NOUN_AFTER.match(sentence[m.end:]))


def _is_area(sentence, m):
    """Does the mention name a district or province (not a corridor, whose entry is a district, nor a name the
    sentence calls a village: "near the village of Chirag" is no Shirak province)?"""
    return _names_area(sentence, m) and not is_corridor(m.place) and not _called_village(sentence, m)


# "the village of X", "X village", "X, a mountain village in the district"
_VILLAGE_OF_BEFORE = prefilter.compile(r"\b(?:village|hamlet|settlement)\s+of\s+$", re.I)
_VILLAGE_AFTER = prefilter.compile(r"(?:\s+|,\s+an?\s+(?:(?!(?:of|in|from|at|near|the|to|for|and|with|by)\b)[a-z-]+\s+){0,3})"
                                   r"(?:village|hamlet)\b(?!\s+of\b)")


def _called_village(sentence, m):
    """Does the sentence call the name a village ("the village of X", "X village", "X, a small village")?"""
    return bool(_VILLAGE_OF_BEFORE.search(sentence, max(0, m.begin - 20), m.begin)
                or _VILLAGE_AFTER.match(sentence, m.end))


_FROM_REGION = prefilter.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# a checkpoint placed only by its province ("reopened an old border checkpoint in Tavush"): the news names no smaller
# place for it, so the province is where the checkpoint is
_CHECKPOINT_IN_REGION = prefilter.compile(r"\bcheckpoints?\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?$", re.I)
# the side fire came from is where the guns stood: "fired at X from the Nakhchivan side of the border"
_SIDE_FIRED_FROM = prefilter.compile(r"\bfrom\s+the\s+$")
# a province fire came from, while the other country's district is where it fell: "shells fired from Armenia's A
# province hit B", "fired on the B district from positions in the A province" (where the guns stood, not a side of
# the fighting)
_FIRED_FROM_AREA = prefilter.compile(r"\bfrom\s+(?:(?:[\w'’-]+\s+){0,2}?(?:in|inside|on|across)\s+)?(?:the\s+)?"
                                     r"(?:[A-Z][\w'’-]*['’]s\s+)?(?:the\s+)?$")
_SIDE_AFTER = prefilter.compile(r"\s+side\b")
_SAME_AREA = prefilter.compile(r"\bthe\s+same\s+(?:district|region|province|rayon)\b", re.I)
# "eight villages of the district: A, B, C", "the district's villages": a district named earlier in the article
_THE_AREA = prefilter.compile(r"\b(?:villages|settlements|communities)\s+(?:of|in)\s+the\s+(?:district|region|province)\b"
                              r"(?!\s+of)|\bthe\s+(?:district|region|province)['’]s\s+(?:villages|settlements)\b")


# (or "the villages named by the president are A, B and C": the list after "are"; Armenia's villages are also its
# rural "communities": "roads in several communities, including A, B and C")
_VILLAGES_NAMED = prefilter.compile(r"\bvillages?\s+of\s+[A-ZƏÇŞĞÜÖİ]|\bvillages\b[^.;:()]{0,60}?\s(?:are|were)\s+[A-ZƏÇŞĞÜÖİ]"
                                    r"|\bcommunities\b[^.;:()]{0,40}?\s(?:including|such\s+as|are|were)\s+[A-ZƏÇŞĞÜÖİ]"
                                    r"|[A-ZƏÇŞĞÜÖİ][\w'’-]+,\s+an?\s+(?:(?!(?:of|in|from|at|near|the|to|for|and|with|by)\b)[a-z-]+\s+){0,3}"
                                    r"village\b")   # "X, a mountain village"
# a town named with a list of villages: "Hadrut together with the villages of A, B and C", "Hadrut and the villages of"
_TOWN_AND_VILLAGES = prefilter.compile(r"(?P<town>[A-ZƏÇŞĞÜÖİ][\w'’-]+)(?:,)?\s+(?:together\s+with|along\s+with|and|with)\s+"
                                       r"(?:the\s+)?(?:\w+\s+)?villages\s+of\s+[A-ZƏÇŞĞÜÖİ]")


_TOWN_S_VILLAGE = prefilter.compile(r"\b[Tt]he\s+(?P<town>[A-ZƏÇŞĞÜÖİ][\w'’-]+)\s+villages?\s+of\s+[A-ZƏÇŞĞÜÖİ]")
_VILLAGE_OF_TOWN = prefilter.compile(r"(?<![\w'’-])(?<![Tt]he )(?P<village>[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?)\s+village\s+of\s+"
                                     r"(?P<town>[A-ZƏÇŞĞÜÖİ][\w'’-]+)(?![\w'’-])")


# A town standing for the district of its name: what the 2020 statement handed over ("the hand-over of Lachin
# follows that of Aghdam and of Kalbajar", "the transfer of Kalbajar was postponed"), or what the sentence calls a
# district ("Kalbajar, a high mountain district wedged between ...", "in Kalbajar, Aghdam and the other districts",
# "seven districts, including Lachin and Kalbajar", "a single district named Geranboy").
# (Not "Kalbajar was handed back": annotators read that one as the town as often as the district.)
_HANDOVER_OF = prefilter.compile(r"\b(?:hand-?overs?|transfers?)\s+of\s+(?:the\s+)?$", re.I)
_AND_THAT_OF = prefilter.compile(r"\b(?:(?:that|those)\s+of|and\s+of)\s+$")
_CALLED_A_DISTRICT = prefilter.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?district\b(?!['’]|\s+(?:centres?|centers?|capitals?|"
                                       r"towns?|seats?|administration|authorit\w+|heads?|courts?|hospitals?|police|"
                                       r"executive|prosecutor\w*|officials?|health|offices?|council|governor\w*|hall|"
                                       r"spokes\w+)\b)")
_AND_OTHER_DISTRICTS = prefilter.compile(r"(?:\s*,\s*[A-ZƏÇŞĞÜÖİ][\w'’-]+)*,?\s+and\s+(?:the\s+)?other\s+districts\b")
# towns listed as examples of districts: "seven districts around it, including Lachin, Kalbajar and Aghdam" (not
# "the districts ..., such as Aghdam" nor "among them Samukh, Shamkir and Naftalan": the older sets annotate those
# examples at the town, 4 to 0; with "including" they split 3 district to 2 town)
_DISTRICTS_INCLUDING = prefilter.compile(r"\bdistricts\b[^.;:()]{0,40}?\b(?:including|namely|notably)\s+"
                                         r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+\s*(?:,\s*|,?\s+and\s+|,?\s+or\s+))*$")
# "merged into a single district named Geranboy": the name a district is given
_DISTRICT_NAMED = prefilter.compile(r"\bdistricts?\s+(?:named|called|renamed|(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,2}?call)\s+$")
_NOT_THE_DISTRICT = prefilter.compile(r"\s+(?:city|town)\b|['’]s?\b")


# A district is a route's only where the route runs through it or links it: "runs through territory in the Gubadli
# district", "a bridge linking the Zangilan district with Iran",
# "over the pass into the Kalbajar district", a tunnel "under" a range, the drive "over the Murov range" (not "a new road in the Khojavend district", "visited the Fuzuli
# district and were shown the works on the highway": a road there, nothing travelling through the district)
_HOLDS_ROAD = prefilter.compile(r"(?:\s+district)?\s*,\s*(?:which|that)\s+(?:includes|contains|holds|carries|has)\b", re.I)
# A province a route sentence names after "in" or "of" only locates the road or the people ("the Zanger section in
# Syunik", "In Shirak province the Horom–Artik road", "the mountains of Vayots Dzor"; not "a rail link through Syunik")
_IN_AREA = prefilter.compile(r"\b(?:in|of)\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:(?:northern|southern|eastern|western|"
                             r"central|north-\w+|south-\w+)\s+)?(?:(?:province|region|marz)\s+of\s+)?$", re.I)
_THROUGH_AREA = prefilter.compile(r"\b(?:through|via|into|across|along|to|under|over|reached|linking|connecting)\s+(?:[\w'’-]+\s+){0,4}?(?:the\s+)?$", re.I)
# a range's pass or its mountains named by the range, the way taken over it: "crossed the Murov passes", "the north
# slope of the X pass", "while crossing the snowbound Y mountains", "crossed the Z range" (the mention is the way,
# not the district)
_RANGE_WAY = prefilter.compile(r"\s+(?:pass(?:es)?|mountains|range)\b", re.I)


_ROAD_BEFORE = prefilter.compile(r"\b(?:roads?|highways?|routes?|tracks?)\b", re.I)
# "the Garadagh district of Baku", "the Shengavit district of Yerevan": a capital's district, named after it
_OF_CITY_AFTER = prefilter.compile(r"(?:\s+district)?\s+of\s+(?P<city>[A-Z][\w'’-]+)\b")


def _city_quarter(sentence, mention):
    """Is the district a quarter of a capital ("the Garadagh district of Baku")? Such a quarter is a place a
    convoy leaves from or reaches, a route's end like a town."""
    city = _OF_CITY_AFTER.match(sentence, mention.end)
    return bool(city) and any(k in CAPITALS for k in name_keys(city.group("city")))


# an area said to be cut off, as the subject: "the Berdadzor sub-district has been cut off since April", "the four
# villages of the X district have been cut off"
# ... or severed from the rest of its land, named after the verb: "the advance severed the X district from ..."
_SEVERED_BEFORE = prefilter.compile(r"\bsever(?:ed|s|ing)\s+(?:the\s+)?$")
_BESIDE_BEFORE = prefilter.compile(r"\b(?:near|beside|by|along|past)\s+(?:the\s+)?$")   # a road "near Lake Sevan"
# (a sub-region too, and a word of time before "been": "the X sub-region has now been cut off")
_CUT_OFF_AFTER = prefilter.compile(r"(?:\s+(?:sub-?district|district|sub-?region|region|area|province|of|the|"
                                   r"[A-ZƏÇŞĞÜÖİ][\w'’-]*))*"
                                   r"\s+(?:has|have|had|was|were|is|are)\s+(?:(?:now|still|already)\s+)?(?:been\s+)?"
                                   r"(?:(?:completely|entirely|"
                                   r"effectively|virtually|largely)\s+)?cut\s+off\b")


def _site_struck(row, hits):
    """The row of a road's town that only locates a site on the road, read as a route: what the sentence's strong
    fire or checkpoint cue tells befell the site, if it tells one (else the row as it was)."""
    if row.layer != "corridors":
        return row
    struck = [h for h in hits if h.strong and h.layer in ("shelling", "checkpoints")]
    if not struck:
        return row
    nearest = min(struck, key=lambda h: abs(h.begin - row.mention.begin))
    return row._replace(layer=nearest.layer, kind=nearest.kind)


def _district_route(sentence, mention, read, exclave=False):
    """The (layer, kind) read for a mention, a district that only has a road in it made no route waypoint (a
    village the gazetteer lacks, drawn as wide as its district, is still a village a road runs to); a district cut off
    is blockaded itself."""
    layer, kind = read
    if layer == "checkpoints" and kind == "blockade" and mention.place.precision in ("district", "region") \
            and _ROADS_SHUT_IN.search(sentence, max(0, mention.begin - 80), mention.begin):
        return "corridors", kind           # "protesters blocked roads in the Tavush region": no point, its roads
    # (a lake is filed as wide as a district but is no area a road runs in: "closed the highway near Lake Sevan" is
    # the road shut beside the lake; the lake itself, "Lake Sevan started receiving water through the tunnel", is not)
    if layer == "corridors" and mention.place.precision == "district" and not is_corridor(mention.place) \
            and not ("lake" in mention.place.name.lower().split()
                     and _BESIDE_BEFORE.search(sentence, max(0, mention.begin - 12), mention.begin)) \
            and not (kind == "blockade" and "cut" in sentence and _CUT_OFF_AFTER.match(sentence, mention.end)) \
            and not (kind == "blockade" and _SEVERED_BEFORE.search(sentence, max(0, mention.begin - 20), mention.begin)) \
            and not (mention.place.source == "approximate"
                     and _ROAD_BEFORE.search(sentence, max(0, mention.begin - 60), mention.begin)) \
            and not _THROUGH_AREA.search(sentence, max(0, mention.begin - 60), mention.begin) \
            and not (_RANGE_WAY.match(sentence, mention.end) or _RANGE_WAY.search(mention.text)) \
            and not _HOLDS_ROAD.match(sentence, mention.end) and not _city_quarter(sentence, mention):
        return "other", "mention"
    if layer == "corridors" and mention.place.precision == "region" and not is_corridor(mention.place) \
            and not exclave and _IN_AREA.search(sentence, max(0, mention.begin - 60), mention.begin) \
            and not (kind in ("blockade", "closure")
                     and _ROADS_SHUT_IN.search(sentence, max(0, mention.begin - 80), mention.begin)):
        return "other", "mention"
    return read


# the roads of a whole area blocked or closed, the area after them: "protesters blocked roads in the Tavush region",
# "roads were closed in the Syunik province" (the area's roads are the news, no road of it named)
# (not roads left open or only threatened: "roads were not closed in", "no roads were blocked in", "threatened to
# block roads in", "called on supporters to block roads in")
_ROADS_SHUT_IN = prefilter.compile(r"(?<!\bto\s)\b(?:block\w*|clos\w*|shut)\s+"
                                   r"(?:(?:the|several|many|some|all|main|major|local)\s+)*"
                                   r"roads\s+in\s+(?:the\s+)?$"
                                   r"|(?<!\bno\s)\broads\s+(?:were|have\s+been|had\s+been|are|remain(?:ed)?)\s+"
                                   r"(?:(?!not\b|never\b)\w+\s+)?"
                                   r"(?:block\w*|clos\w*|shut)\s+in\s+(?:the\s+)?$", re.I)


def _placed_before(sentence, taken, placed):
    """Mentions of villages the article placed at their area earlier ("the village of Nerkin Hand in Syunik",
    then "near Nerkin Hand"): the same village, where no other mention covers the name."""
    out = []
    for name, place in placed.items():
        # a loose reading of the same name (a spelling variant of a place elsewhere) yields to the village placed
        held = [m for m in taken if m.text != name or m.how not in ("variant", "fuzzy")]
        out += [Mention(name, b, e, place, "area", 0.0, False) for b, e in _named_again(sentence, name, held + out)]
    return out


def _named_again(sentence, name, taken):
    """The spans (begin, end) where the sentence writes a name the article gave before, as words of their own (a
    possessive "Nerkin Hand's" too), that no mention of ``taken`` covers."""
    return [(hit.start(), hit.end()) for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", sentence)
            if not any(m.begin < hit.end() and hit.start() < m.end for m in taken)]


def _towns_read_as_districts(sentence, found, finder):
    """The mentions, a town that stands for the district of its name (see above) read as that district."""
    handover = [m.end() for m in re.finditer(r"\b(?:hand-?overs?|transfers?)\s+of\b", sentence, re.I)]
    out = []
    for m in found:
        if m.place.precision == "town" and not _NOT_THE_DISTRICT.match(sentence, m.end) and (
                _HANDOVER_OF.search(sentence, max(0, m.begin - 30), m.begin)
                or (handover and handover[0] < m.begin and _AND_THAT_OF.search(sentence, max(0, m.begin - 12), m.begin))
                or _CALLED_A_DISTRICT.match(sentence, m.end) or _AND_OTHER_DISTRICTS.match(sentence, m.end)
                or ("districts" in sentence and _DISTRICTS_INCLUDING.search(sentence, max(0, m.begin - 160), m.begin))
                or _DISTRICT_NAMED.search(sentence, max(0, m.begin - 30), m.begin)):
            district = next((p for p in finder.lookup(f"{m.place.name} District")[0] if p.precision == "district"),
                            None)
            if district is not None:
                m = m._replace(place=district)
        out.append(m)
    # the town's other names in the sentence are the district too: "of Kalbajar, known to Armenians as Karvachar"
    read = {(m.place.name, m.place.lat, m.place.lon): n.place for m, n in zip(found, out) if n.place is not m.place}
    return [n._replace(place=read[(n.place.name, n.place.lat, n.place.lon)])
            if (n.place.name, n.place.lat, n.place.lon) in read else n for n in out]


def _glossed_names(naming, finder, evidence):
    """The places the article's names sentences (``naming``) say other names stand for ({"Istisu": the place
    Jermuk})."""
    out = {}
    for sentence in naming:
        found = {m.text: m.place for m in finder.mentions(sentence.text, None, evidence) if m is not None}
        for gloss in glosses(sentence.text):
            # a village the finder leaves alone without "in" or "near" before it ("known as Chinari")
            region = [] if gloss.other in found else finder.lookup(gloss.other)[0]
            place = found.get(gloss.other) or next((p for p in region if p.name == gloss.other), None)
            if place is not None:
                out[gloss.name] = place
    return out


# a name set beside its other side's name for the place: "A, which Armenians call B", "A, the Tavush village Armenians
# call B" (the gloss says which of A's namesakes is meant)
_SIDE_CALLS_GAP = prefilter.compile(r"\s*,\s*(?:which|the\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|city|settlement)"
                                    r"(?:\s+(?:that|which))?)\s+(?:[\w'’-]+\s+){1,2}?(?:calls?|called|names?|knows?\s+as)\s+")
_GLOSSED_NAME = prefilter.compile(r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?")


def _namesake_by_gloss(sentence, mentions, finder):
    """The mentions, a name read as the place its gloss names when that place is one of the name's namesakes:
    "Chinarli, the village Armenians call Chinari" is the Chinari that GeoNames also calls Chinarli, not another
    Chinarli (a name with no such namesake keeps its own reading)."""
    out = []
    for m in mentions:
        gloss = _SIDE_CALLS_GAP.match(sentence, m.end)
        other = gloss and _GLOSSED_NAME.match(sentence, gloss.end())
        if other and other.group(0) != m.text:
            named = {(p.name, p.lat, p.lon) for p in finder.lookup(other.group(0))[0] if p.name == other.group(0)}
            meant = [p for p in finder.lookup(m.text)[0] if (p.name, p.lat, p.lon) in named]
            # (a curated reading stands, and a gloss naming the same place's other record changes nothing)
            if len(meant) == 1 and m.place.source != "curated" \
                    and place_key(m) != (meant[0].name, meant[0].lat, meant[0].lon):
                m = m._replace(place=meant[0])
        out.append(m)
    return out


def _shared_alias_read(sentence, mention, finder, named_before, in_sentence):
    """A name that places far apart each bear only as an alias ("Shahumyan region": the Soviet district now in
    Goranboy, and the later province around Kalbajar) is the one of them nearest the places named before it
    (``named_before``) or with it in the sentence (``in_sentence``); None, the name asked and left off the map,
    when no such place decides; the mention as found otherwise."""
    if mention.place.source != "curated" or mention.place.precision not in ("district", "region"):
        return mention
    area = _AREA_WORD_AFTER.match(sentence, mention.end)
    name = mention.text + (area.group(0) if area else "")
    region = [p for p in finder.lookup(name)[0] if p.source == "curated"]
    if len(region) < 2 or not any(distance_km(a.lat, a.lon, b.lat, b.lon) > AMBIGUOUS_KM
                                  for a in region for b in region):
        return mention
    keys = set(query_keys(name))
    if any(keys & set(name_keys(p.name)) for p in region):
        return mention                     # the own name of one of them: that one
    near = [q for q in named_before + [p for p in in_sentence if p is not mention.place] if q not in region]
    if not near:
        return None                        # nothing says which: asked, never the first listed
    nearest = min(region, key=lambda p: min(distance_km(p.lat, p.lon, q.lat, q.lon) for q in near))
    return mention._replace(place=nearest)


_AREA_WORD_AFTER = prefilter.compile(r"\s(?:region|district|province|raion|rayon)\b", re.I)

NEIGHBOUR_KM = 25         # a place of the report this close to a reading of a name lies around it


def _namesake_by_neighbours(mention, gazetteer, named_before, in_sentence):
    """A town read as the village namesake the gazetteer files only qualified ("Agdam (Tovuz)") when the report's
    places so far cluster around that namesake (two or more within NEIGHBOUR_KM) and none lies within AMBIGUOUS_KM
    of the first reading: a report on the Tovuz border naming Tovuz and Dondar Gushchu means the Tovuz village of
    Aghdam, not the Karabakh town. The mention as found otherwise: nothing here is a far-away guess."""
    if mention.place.precision != "town" or mention.how != "exact":
        return mention
    namesakes = [p for p in gazetteer.qualified_namesakes(mention.text) if p.name != mention.place.name]
    if not namesakes:
        return mention
    readings = {mention.place.name} | {p.name for p in namesakes}
    others = {(q.name, q.lat, q.lon) for q in named_before + in_sentence if q.name not in readings}

    def neighbours(p):
        return sum(distance_km(p.lat, p.lon, lat, lon) <= NEIGHBOUR_KM for _, lat, lon in others)

    if any(distance_km(mention.place.lat, mention.place.lon, lat, lon) <= AMBIGUOUS_KM for _, lat, lon in others):
        return mention
    best = max(namesakes, key=neighbours)
    return mention._replace(place=best) if neighbours(best) >= 2 else mention


# a capitalised word of a report: a name a town may be written by
_CAPITALISED_WORD = prefilter.compile(r"\b[A-ZƏÇŞĞÜÖİ][\w'’-]{3,}")
_HOME_TOWN_BEFORE = prefilter.compile(r"\b(?:natives?\s+of|born\s+in|hails?\s+from)\s+$", re.I)


def _town_by_other_name(mention, finder, named_before, text):
    """A village read under its own name when a curated town far away bears the same name as an alias and the
    report names that town under another name, before or after: that town ("the self-defence of Kirovabad ... forced
    out of Gandzak, as the Armenians call the town" is Ganja, not the Gegharkunik village Gandzak; so is "Gandzak"
    opening a report that says "Kirovabad" further on). The mention as found otherwise: the town must be named, so
    nothing here is a guess (and not when the report calls the name a village: "Gandzak, a village in Gegharkunik",
    "the village of Gandzak" stay the village, whatever town the report names)."""
    if mention.how != "exact" or mention.place.source == "curated" or mention.place.precision != "town":
        return mention
    name = re.escape(mention.text)
    if re.search(r"\bvillages?\s+of\s+" + name + r"\b|\b" + name
                 + r"(?:\s+village\b|,\s+(?:a|the)\s+(?:\w+\s+)?village\b)", text, re.I):
        return mention
    towns = [p for p in finder.lookup(mention.text)[0] if p.source == "curated" and p.precision == "town"
             and p.name != mention.text
             and distance_km(p.lat, p.lon, mention.place.lat, mention.place.lon) > AMBIGUOUS_KM]
    if not towns:
        return mention
    named = {(q.name, q.lat, q.lon) for q in named_before}
    named_later = set()
    if not any((p.name, p.lat, p.lon) in named for p in towns):
        # the town's other names written anywhere in the report ("Kirovabad" after "Gandzak")
        keys = {(p.name, p.lat, p.lon) for p in towns}
        # (not a home town: "a native of Ganja", "born in Ganja" tells whence a person came, not of the scene)
        words = {w.group(0) for w in _CAPITALISED_WORD.finditer(text)
                 if not _HOME_TOWN_BEFORE.search(text, max(0, w.start() - 20), w.start())}
        for word in words - {mention.text}:
            named_later.update(k for k in ((q.name, q.lat, q.lon) for q in finder.lookup(word)[0]) if k in keys)
    towns = [p for p in towns if (p.name, p.lat, p.lon) in named | named_later]
    return mention._replace(place=towns[0]) if len(towns) == 1 else mention


def _read_glossed(sentence, mentions, glossed):
    """The mentions, a name the article glosses read as the place it stands for, and found where the gazetteer
    does not know it ("units near Garakilsa", where Garakilsa is Sisian)."""
    out = [m._replace(place=glossed[m.text]) if m.text in glossed else m for m in mentions]
    for name, place in glossed.items():
        out += [Mention(name, b, e, place, "exact", 100.0, False) for b, e in _named_again(sentence, name, out)]
    return sorted(out, key=lambda m: m.begin)


def _town_of_village(sentence, found):
    """The town mention in "the Aghdam village of X" (a town standing for its district), or None."""
    called = _TOWN_S_VILLAGE.search(sentence)
    return called and next((m for m in found if m.begin == called.start("town") and m.end == called.end("town")
                            and m.place.precision == "town"), None)


def _loosely_read_village(sentence, m, found):
    """Is the mention a spelling variant of an area that another place of the sentence locates ("near Chirag in
    Kalbajar" is no Shirak province)? A place located in a town is no province: the village is one the gazetteer
    lacks."""
    return m.how in ("variant", "fuzzy") and any(
        o is not m and o.begin > m.end and _name_before_area(sentence, o) == (m.begin, m.end) for o in found)


# where something happened, right before a village's name: "near X in Kalbajar", "at X in Aghdam"; or a report's
# list of such villages: "the list named X and Y in Kalbajar", "the ministry listed X in Kalbajar", "shelling of
# villages including X in Gadabay" (a list a report or a ministry names, or villages that include it: not anyone
# named, "the government named Aydin Karimov in Shusha as its envoy", "two soldiers were wounded, including Elvin in
# Kalbajar")
_AT_PLACE_BEFORE = prefilter.compile(r"\b(?:near|at|outside|around)\s+$"
                                     r"|\b(?:list|report|statement|tally|count|bulletin|update)s?\s+(?:also\s+)?"
                                     r"(?:named|listed|included)\s+$"
                                     r"|\b(?:ministry|it|they)\s+(?:also\s+)?listed\s+$"
                                     r"|\b(?:villages|settlements|communities|hamlets|places|areas)\b[^.;:]{0,30}?"
                                     r"\bincluding\s+$", re.I)
# the first of two names before the one an area locates: "near Keshdak and Barmagbin in Kalbajar"
# (or of a list: "near Keshdak, Zarbuli and Barmagbin in Kalbajar")
_PAIR_BEFORE = prefilter.compile(r"(?<![\w'’-])([A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
                                 r"(?:\s*,\s*[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?)*)\s*,?\s+and\s+$")


# a second village and its town after a first one's: "near A in Kalbajar and B in Lachin" (B lies in Lachin)
_SEAT_AND_BEFORE = prefilter.compile(r"\bin\s+(?P<seat>[A-ZƏÇŞĞÜÖİ][\w'’-]+)\s+and\s+$")


def _district_towns_locating(sentence, found, gazetteer):
    """The towns standing for their districts that locate the name before them ("a mine near Jamilli in Kalbajar",
    "the list named A in Kalbajar and B in Lachin"), when the gazetteer reads that name as nothing there (or only as
    another place's spelling): the village is kept at the town, approximate, as for "the Aghdam village of X"."""
    towns = []
    for m in found:
        if m.place.precision != "town" or m.how != "exact":
            continue
        span = _name_before_area(sentence, m)
        if not span:
            continue
        pair = _PAIR_BEFORE.search(sentence, 0, span[0])    # "near A and B in Kalbajar": both lie there
        start = pair.start(1) if pair else span[0]
        chained = _SEAT_AND_BEFORE.search(sentence, max(0, span[0] - 40), span[0])
        if not _AT_PLACE_BEFORE.search(sentence, max(0, start - 60), start) and not (
                chained and any(t.begin == chained.start("seat") for t in towns)):
            continue
        if any(o.how not in ("variant", "fuzzy") and o.begin < span[1] and span[0] < o.end for o in found):
            continue                          # a village the gazetteer knows
        if _district_seat(m, gazetteer):
            towns.append(m)
    return towns


def _district_town_locating(sentence, found, gazetteer):
    """The first of :func:`_district_towns_locating`, or None."""
    return next(iter(_district_towns_locating(sentence, found, gazetteer)), None)


# a log's or list's row head: the villages, then the district written as its seat town, then a colon ("Galakand and
# Zamanli, Gadabay: positions fired at", "Kohnagishlag, Aghstafa: ...", "A, Kalbajar, and the Tovuz village of B:")
_NAMES_THEN_SEAT = prefilter.compile(r"^\s*(?P<names>[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
                                     r"(?:\s*,\s*[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?)*"
                                     r"(?:\s*,?\s+and\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?)?)"
                                     r",\s+(?P<town>[A-ZƏÇŞĞÜÖİ][\w'’-]+)(?=\s*:|,\s+and\s)")


def _seat_heading_names(sentence, found, gazetteer):
    """The town mention of a row head that names villages and then, after a comma, the town standing for their
    district, before the colon that opens the row's text ("Hajalli and Aghbulaq, Tovuz: positions fired at"): the
    town only says where the villages lie, as "Hakari, Zangilan" does. None when the sentence opens otherwise or
    the town is no district's seat."""
    head = _NAMES_THEN_SEAT.match(sentence)
    if not head:
        return None
    town = next((m for m in found if (m.begin, m.end) == head.span("town") and m.place.precision == "town"
                 and m.how == "exact"), None)
    if town is None or town.place.country not in ("AZ", "AM"):   # (not "Villa Borghese, Rome:", a venue abroad)
        return None
    # the town's own district, under the name as written ("Aghstafa" is the seat of the gazetteer's Agstafa District)
    district = _resolved(gazetteer, f"{town.text} District")
    seat = district is not None and district.precision == "district" and not is_corridor(district) \
        and distance_km(district.lat, district.lon, town.place.lat, town.place.lon) <= AREA_KM
    return town if seat or _district_seat(town, gazetteer) else None


def _name_before_seat(sentence, area):
    """The span of the last name before ", <town>" in a row head ("... and Aghbulaq, Tovuz:"), or None."""
    named = re.search(r"(?<![\w'’-])([A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?),\s+$", sentence[:area.begin])
    return named.span(1) if named else None


# a district written as what the villages listed after it belong to: "the Tovuz villages of A, B and C", "near Tovuz
# villages including A, B and C" (the plural keeps the district's name from being read as a place of its own)
_DISTRICT_VILLAGES = prefilter.compile(r"(?<![\w'’-])(?P<town>[A-ZƏÇŞĞÜÖİ][\w'’-]+)\s+villages\s+"
                                       r"(?:of|including|such\s+as|among\s+them)\s+(?=[A-ZƏÇŞĞÜÖİ])")


def _district_of_villages(sentence, found, gazetteer):
    """The district a sentence names as the owner of the villages it lists ("the Tovuz villages of Aghdam, Kokhanabi
    and Garalar"), as a mention at the name, and the list's span; (None, None) when there is none. The villages
    lie in it: a name the gazetteer knows elsewhere is read as its namesake there, one it lacks is kept at the
    district."""
    hit = _DISTRICT_VILLAGES.search(sentence)
    if not hit:
        return None, None
    district = _resolved(gazetteer, f"{hit.group('town')} District")
    if district is None or district.precision != "district" or is_corridor(district):
        return None, None
    listed = re.match(r"[^.;:()]*", sentence[hit.end():])
    return (Mention(hit.group("town"), hit.start("town"), hit.end("town"), district, "exact", 100.0, False),
            (hit.end(), hit.end() + listed.end()))


def _district_seat(m, gazetteer):
    """Is the town mention ``m`` the seat of a district the gazetteer holds under its name ("Kalbajar" and the
    Kalbajar District), so that it may stand for that district?"""
    district = _resolved(gazetteer, f"{m.place.name} District")
    return district is not None and district.precision == "district" and not is_corridor(district) \
        and district.name.lower() == f"{m.place.name} district".lower() \
        and distance_km(district.lat, district.lon, m.place.lat, m.place.lon) <= AREA_KM


_IN_ONLY = prefilter.compile(r"\s+in\s+")


def _seat_locating_village(sentence, village, m, gazetteer):
    """Is the town ``m`` a district's seat written right after a village of that district to say where it lies
    ("positions near Yukhari Ayrim in Kalbajar", "near A and B in Aghdam")? The village is the place."""
    return (gazetteer is not None and village.place.precision == m.place.precision == "town"
            and village.place.name != m.place.name and _IN_ONLY.fullmatch(sentence, village.end, m.begin) is not None
            and not _AREA_NOUN_AFTER.match(sentence[m.end:]) and _district_seat(m, gazetteer)
            and distance_km(village.place.lat, village.place.lon, m.place.lat, m.place.lon) <= AREA_KM)


# a place written as what the villages after it belong to: "among six Tovuz villages", "the Sharur villages of A and B"
_VILLAGES_OF_AREA_AFTER = prefilter.compile(r"\s+villages\b")
_COUNTED_VILLAGES_BEFORE = prefilter.compile(r"\b(?:the|six|five|four|three|two|several|some|many|other|all|seven|eight|nine|"
                                             r"ten|\d+)\s+$", re.I)


# the place named as one of those villages: "Aghdam was among six Tovuz villages", "the Sharur villages of A and B",
# "six Tovuz villages, including A" (not a place of another clause or list: "two Tovuz villages and the town of B")
_AMONG_BEFORE = prefilter.compile(r"\b(?:among|of)\b[^,;.]*$")
_LISTED_AFTER = prefilter.compile(r"\s+villages\b(?:\s+[a-z]+)?\s*(?:\(|:|,?\s*(?:of|including|such\s+as|namely|like)\b)")


def _one_of_the_villages(sentence, n, d):
    """Is ``n`` named as one of the villages the area ``d`` is written before?"""
    if n.end <= d.begin:
        return bool(_AMONG_BEFORE.search(sentence, n.end, d.begin))
    return bool(_LISTED_AFTER.match(sentence, d.end)) and n.begin >= d.end


def _area_of_villages_dropped(sentence, found):
    """The mentions without a place written as the area of the villages after it ("Aghdam was among six Tovuz
    villages damaged", "the Sharur villages of A and B") when the sentence names another place: the villages are
    named, and the area only says where they lie."""
    drop = [m for m in found if _VILLAGES_OF_AREA_AFTER.match(sentence, m.end)
            and _COUNTED_VILLAGES_BEFORE.search(sentence, max(0, m.begin - 12), m.begin)]
    if not drop or not any(n.place != d.place and _one_of_the_villages(sentence, n, d) for n in found for d in drop):
        return found
    return [m for m in found if m not in drop]


def _same_name_as_qualified(found):
    """The mentions, a bare name written again in the sentence read as the village its first mention was placed at
    ("Aghdam (Tovuz): ... Aghdam was among the villages damaged"): one name in one sentence is one place, and the
    area the sentence gave it says which of its namesakes."""
    qualified = {m.text: m.place for m in found
                 if m.place.precision == "town" and m.place.name.endswith(")") and "(" in m.place.name}
    if not qualified:
        return found
    return [m._replace(place=qualified[m.text]) if m.text in qualified and m.place.precision == "town"
            and m.place is not qualified[m.text] else m for m in found]


def _town_in_brackets(sentence, found):
    """The town mention in brackets after a name ("Garatepeli (Goranboy)": a town standing for its district,
    saying where the name before it lies), or None."""
    return next((m for k, m in enumerate(found) if m.place.precision == "town" and _BRACKET_CLOSE.match(sentence[m.end:])
                 and _BRACKET_GAP.search(sentence[:m.begin]) and not (k and found[k - 1].end >= m.begin - 3)), None)


def _without_village_locators(sentence, found, gazetteer=None):
    """The mentions without an area written only to locate a village: after it ("Gizilhajili village of Gazakh")
    or before it ("the Tavush village of Kirants"). The village must lie in that area: a namesake found far
    away is looked for again in the area ("the Tovuz village of Agdam" is Agdam of Tovuz, not Aghdam), and
    when the area has none, both stay."""
    pairs = []
    for m in _VILLAGE_OF_TOWN.finditer(sentence):
        pairs.append(((m.start("village"), m.end("village")), (m.start("town"), m.end("town"))))
    for m in _TOWN_S_VILLAGE.finditer(sentence):
        village = next((f for f in found if f.begin == m.end() - 1), None)
        if village is not None:
            pairs.append(((village.begin, village.end), (m.start("town"), m.end("town"))))
    drop, moved = set(), {}
    for (vb, ve), (ab, ae) in pairs:
        village = next((f for f in found if (f.begin, f.end) == (vb, ve)), None)
        area = next((f for f in found if (f.begin, f.end) == (ab, ae)), None)
        if village is None or area is None:
            continue
        if distance_km(village.place.lat, village.place.lon, area.place.lat, area.place.lon) <= AREA_KM:
            drop.add(id(area))
            continue
        there = known_in(gazetteer, village.text, area)
        if there is not None:
            moved[id(village)] = village._replace(place=there)
            drop.add(id(area))
    return [moved.get(id(f), f) for f in found if id(f) not in drop]


# a village refugees were moved on to: "had the refugees moved out to the village of X" (they left the area the article
# named; the village lies wherever they were sent, not there)
_REFUGEES_MOVED_TO = prefilter.compile(r"\b(?:refugees|evacuees|displaced|deportees)\b[^.;:]{0,60}?\b(?:moved|taken|sent|"
                                       r"resettled|relocated|transferred|bussed|brought)\s+(?:out\s+|away\s+|on\s+)?"
                                       r"(?:to|into)\s+the\s+villages?\s+of\s+$")


def _villages_of_area_before(sentence, found, area, could_be_name, gazetteer):
    """The villages a sentence names ("the village of Kangarli", "the villages of Hajili and Haji Isagli") that no
    place of the gazetteer covers, read in the district or province the article named before: a name the gazetteer
    knows there is that village; the others are kept at the area, approximate, when the sentence names one village
    only or a list of which one village is known to lie in the area (a list of far villages is not the area's)."""
    area = area._replace(begin=0, end=0)
    # a village read only as a spelling variant or typo of a place far from the area is one the gazetteer lacks
    # ("the village of Narli" in a report on the Tartar district is no Chinarli of Shamkir)
    found = [m for m in found if m.how not in ("variant", "fuzzy")
             or distance_km(m.place.lat, m.place.lon, area.place.lat, area.place.lon) <= AREA_KM]
    villages = [v for v in unknown_villages(sentence, found, [area], could_be_name, gazetteer)
                if not _REFUGEES_MOVED_TO.search(sentence, 0, v.begin)]
    near = lambda m: distance_km(m.place.lat, m.place.lon, area.place.lat, area.place.lon) <= AREA_KM  # noqa: E731
    if len(villages) == 1 or any(m.how == "exact" for m in villages) or any(
            m.place.precision == "town" and near(m) for m in found):
        return villages
    return []


def _same_area(same, last_area, last_town, paragraph, number, gazetteer):
    """The area "the same district" (``same``) of sentence ``number`` refers to, or None: the district or province
    named last, in the same paragraph or the sentence just before (a digest gives each item a line of its own);
    failing that, the district of the town named in one of the two sentences before with no area named since
    ("the army had freed the town of X." ... "six villages of the same district had been taken as well")."""
    if last_area and (last_area[1] == paragraph or last_area[2] == number - 1):
        return last_area[0]
    if last_town is None or number - last_town[1] > 2 or (last_area and last_area[2] >= last_town[1]) \
            or "district" not in same.group().lower():
        return None
    return _town_district(last_town[0], gazetteer)


# a person named just before "of/in/from the same district": "His cousin Kamran of the same district", "A farmer,
# Ilgar, in the same district", "a boy named Tural in the same district" (where the person lives, no village)
_ONE_NAMED_BEFORE = prefilter.compile(r"\b(?:cousin|brother|sister|son|daughter|father|mother|wife|husband|uncle|aunt|nephew|"
                                      r"niece|neighbou?r|friend|relative|colleague|farmer|driver|resident|villager|teacher|"
                                      r"doctor|nurse|shepherd|soldier|man|woman|boy|girl|widow|pensioner|student|worker)"
                                      r"(?:\s*,|\s+(?:named|called))?\s+$", re.I)


def _name_same_area_locates(sentence, area):
    """The span of the village "the same district" (``area``) locates ("shells landed on X in the same district"),
    as ``_name_area_locates``, or None when a person is named there instead (see ``_ONE_NAMED_BEFORE``)."""
    span = _name_area_locates(sentence, area)
    if span and _ONE_NAMED_BEFORE.search(sentence, max(0, span[0] - 40), span[0]):
        return None
    return span


def _district_of_town(sentence, mentions, said, gazetteer):
    """The district named after a town the sentence names just before "villages of the district" ("took the city of
    Jabrayil and several villages of the district"), as a mention at the town, or None: the villages listed then
    or later lie in it."""
    towns = [m for m in mentions if m.place.precision == "town" and m.how == "exact" and m.end <= said.start()
             and said.start() - m.end <= 60]
    return _town_district(towns[-1], gazetteer) if towns else None


def _town_district(town, gazetteer):
    """The district named after the town mention ``town`` ("Jabrayil" → Jabrayil District), as a mention at the
    town, or None when the gazetteer has no such district around it."""
    district = _resolved(gazetteer, f"{town.place.name} District")
    if district is None or district.precision != "district" or is_corridor(district) \
            or distance_km(district.lat, district.lon, town.place.lat, town.place.lon) > AREA_KM:
        return None
    return town._replace(place=district)


def _district_of_listed(mentions, said, gazetteer):
    """The district (a gazetteer area named "... District") of their country the known villages named after "villages
    of the district" (``said``) all lie nearest to, within AREA_KM, as a mention with no span, or None: the article
    named no district, only the villages ("six villages of the district: A, B and C" after "the Tovuz stretch of the
    border")."""
    towns = [m for m in mentions if m.place.precision == "town" and m.begin >= said.end()]
    if not towns:
        return None
    countries = {m.place.country for m in towns}
    districts = [p for p in gazetteer.places if p.precision == "district" and p.country in countries
                 and p.name.endswith(" District")]   # (a district, as the text says: not Lake Sevan nor a corridor)
    nearest = set()
    for m in towns:
        near = min((d for d in districts if d.country == m.place.country),
                   key=lambda d: distance_km(d.lat, d.lon, m.place.lat, m.place.lon), default=None)
        if near is None or distance_km(near.lat, near.lon, m.place.lat, m.place.lon) > AREA_KM:
            return None
        nearest.add(near)
    return towns[0]._replace(place=nearest.pop(), begin=0, end=0) if len(nearest) == 1 else None


def _area_of_villages(mentions, named_areas):
    """The area named earlier that a village of the sentence lies in (the latest such), as a list of one, or []."""
    for area in reversed(named_areas):
        if any(m.place.precision == "town" and distance_km(m.place.lat, m.place.lon, area.place.lat, area.place.lon)
               <= AREA_KM for m in mentions):
            return [area._replace(begin=0, end=0)]
    return []


def _ends_before(sentence, m, at):
    """Does mention ``m`` end at ``at``, or with only what it is between ("Qalakənd village| of ...")?"""
    if m.end == at:
        return True
    word = _FEATURE_WORD.match(sentence, m.end)
    return bool(word) and word.end() == at


def _in_brackets_after(sentence, place, area):
    """Is ``area`` in brackets right after ``place`` ("Kəmərli (Qazax)", "Alkhanli (Fuzuli district)")?"""
    return (area.begin > place.end and bool(_BRACKET_OPEN.match(sentence[place.end:area.begin]))
            and bool(_BRACKET_CLOSE.match(sentence[area.end:])))


# "the villages of Agdam and Dondar Gushchu in the Tovuz district": the places named before an area, in the
# same stretch of text, lie in it.
_LOCATED_STRETCH = prefilter.compile(r"^[^;:()]{0,80}$")
SAME_AREA_KM = 25        # a reading this close to the area's point is taken to lie in it


def located_in_area(sentence, mentions, gazetteer):
    """The mentions, each place said to lie in an area taken as the one of that name in the area when the
    gazetteer's first reading lies farther from it: named before "in the X district/province" ("Agdam ... in
    the Tovuz district", "Qalakənd village of Gədəbəy district"), with the area in brackets after it
    ("Kəmərli (Qazax)") or the area's possessive before it ("Gazakh district's Kemerli village")."""
    out = list(mentions)
    located = set()     # the mentions an area after them has placed
    for k, area in enumerate(mentions):
        if k and _in_brackets_after(sentence, mentions[k - 1], area):
            out[k - 1] = _reading_in(out[k - 1], area, gazetteer)
            continue
        if k and area.place.precision == "town" and _VILLAGE_IN_BEFORE.search(sentence[:area.begin]):
            gap = _IN_GAP.search(sentence[:area.begin])
            if mentions[k - 1].end == gap.start():
                out[k - 1] = _reading_in(out[k - 1], area, gazetteer)   # "the village of Aghdam in Tovuz"
            continue
        if k and area.place.precision == mentions[k - 1].place.precision == "town" \
                and _PART_OR_NEAR_GAP.fullmatch(sentence, mentions[k - 1].end, area.begin):
            out[k - 1] = _namesake_near(out[k - 1], area, gazetteer)   # "the Sabunchu district of Baku"
            if _PART_OF_GAP.fullmatch(sentence, mentions[k - 1].end, area.begin):
                out[k - 1] = _part_of_town(out[k - 1], area)
            continue
        if not _names_area(sentence, area):
            continue
        gap = _locator_gap(sentence, area)
        for i in range(len(out)):
            m = out[i]
            if m.place.precision != "town":
                continue
            if i < k and gap and _ends_before(sentence, m, gap.start()):
                out[i] = _reading_in(m, area, gazetteer)           # "Qalakənd village of Gədəbəy district"
                located.add(i)
            elif i < k and i not in located and gap and _LOCATED_STRETCH.match(sentence[m.end:gap.start()]):
                # further off: only a far reading, and not over a nearer area that placed it ("A and B in the
                # X district and C in the Y district": A lies in X)
                out[i] = _reading_in(m, area, gazetteer, QUALIFIER_KM)
                located.add(i)
            elif i > k and m.begin > area.end and _AREA_OWNS.match(sentence[area.end:m.begin]):
                out[i] = _reading_in(m, area, gazetteer)           # "Gazakh district's Kemerli village"
            elif i > k and m.begin > area.end and _AREA_INCLUDING.match(sentence, area.end, m.begin):
                out[i] = _reading_in(m, area, gazetteer, QUALIFIER_KM)   # "the Tovuz district, notably Aghdam"
            elif i > k and _loose_reading_far_from_scene(sentence, area, m):
                out[i] = _reading_in(m, area, gazetteer, AREA_KM)  # "In the Tartar district, shells hit Govar"
    return [_part_of_town_before(sentence, m, gazetteer) for m in out]


def _part_of_town_before(sentence, m, gazetteer):
    """``m`` as a part of the town whose possessive stands before it ("Baku's Nizami district": the town's
    name there is often read as its government, not as a place of its own), see :func:`_part_of_town`."""
    town = _TOWNS_PART.search(sentence, max(0, m.begin - 40), m.begin)
    if town is None or m.place.precision != "town" or not _PART_NOUN_AFTER.match(sentence, m.end):
        return m
    found = _resolved(gazetteer, town.group("town"))
    if found is None or found.precision != "town":
        return m
    area = m._replace(text=town.group("town"), place=found)
    return _part_of_town(_namesake_near(m, area, gazetteer), area)


# what lies between a place and the town it is a part of or lies by: "Sabunchu district of Baku", "Agdam near
# Tovuz", "X on the outskirts of Y", "the village of X, south of Y" (a bearing from the town after a comma)
_PART_OR_NEAR_GAP = prefilter.compile(rf"\s+(?:{_PART_NOUN}\s+of|near|close\s+to|(?:on\s+the\s+)?outskirts\s+of)\s+|"
                                      r",\s+(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+")


_PART_OF_GAP = prefilter.compile(rf"\s+{_PART_NOUN}\s+of\s+")
_TOWNS_PART = prefilter.compile(r"\b(?P<town>[A-Z][a-z]+)['’]s\s+$")
_PART_NOUN_AFTER = prefilter.compile(rf"\s+{_PART_NOUN}\b")


def _part_of_town(m, town):
    """``m``, a part of the town ``town`` ("the Nizami district of Baku", "Baku's Nizami district"), kept at the
    town when its reading lies farther than AREA_KM from it: a village of that name elsewhere (Nizami of Ararat)
    is not the town's quarter the gazetteer lacks."""
    if distance_km(m.place.lat, m.place.lon, town.place.lat, town.place.lon) <= AREA_KM:
        return m
    return m._replace(place=made_place(m.text, town.place), how="area", score=0.0)


def _resolved(gazetteer, query):
    """The gazetteer's place for ``query`` ("Baku", or "name, qualifier" with a district, a town or a country), or
    None if it has none."""
    try:
        return gazetteer.resolve(query).place
    except GeoError:
        return None


def _namesake_near(m, area, gazetteer):
    """``m`` read as its namesake by the town ``area`` ("Agdam near Tovuz" is Agdam of Tovuz, not Aghdam) when the
    gazetteer has one (within QUALIFIER_KM) closer than its first reading lying over SAME_AREA_KM away; else
    ``m`` as found: no point is made up for a place the gazetteer lacks there."""
    here = distance_km(m.place.lat, m.place.lon, area.place.lat, area.place.lon)
    if here <= SAME_AREA_KM:
        return m._replace(how="located") if m.how == ASKED else m
    there = _resolved(gazetteer, f"{m.text}, {area.text}")
    if there is None:
        return m
    if distance_km(there.lat, there.lon, area.place.lat, area.place.lon) < here:
        # a name asked about ("Shelli": a village of Lori or of Aghdam) is settled by the town it lies by
        return m._replace(place=there, how="located" if m.how == ASKED else m.how)
    return m


def _loose_reading_far_from_scene(sentence, area, m):
    """Is ``m`` a typo or variant reading lying farther than AREA_KM from the area that opens the sentence as its
    scene ("In the Tartar district, shells hit Govar": no Govlar 120 km away), in the same clause? Such a name is
    more likely a village of the area the gazetteer lacks than a far place misspelt."""
    return (m.how in _LOOSE_READINGS and _OPENS_SENTENCE.match(sentence[:area.begin])
            and bool(_AREA_COMMA.match(sentence, area.end)) and ";" not in sentence[area.end:m.begin]
            and distance_km(m.place.lat, m.place.lon, area.place.lat, area.place.lon) > AREA_KM)


_LOOSE_READINGS = ("variant", "fuzzy")


# the day a sentence gives between an area and the places it includes: "five villages in the Tartar district on
# Sunday, including A and B" (the list is still the area's)
_WHEN_BEFORE_LIST = r"(?:\s+(?:on\s+(?:\d{1,2}\s+)?[A-Za-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:week|month)|yesterday|today))?"


# an area followed by the places it includes: "the Syunik province, including Goris, Kapan and Sisian", "the Tovuz
# district, notably the villages of Aghdam and Alibeyli" (up to the place at the end; the names listed before it
# capitalised)
_AREA_INCLUDING = prefilter.compile(
    rf"(?i:(?:\s+{_AREA_NOUN})?{_WHEN_BEFORE_LIST}\s*,?\s+{INCLUDING}"
    r"(?:\s+(?:in|at|on|near|around))?\s+(?:the\s+)?(?:(?:villages?|towns?|cities|city|settlements?)\s+of\s+)?)"
    r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?(?:\s*,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?)*$")


def areas_listing_their_places(sentence, mentions):
    """The mentions without a district or province followed by the places it includes that lie in it ("in the
    Syunik province, including Goris, Kapan and Sisian"): the places are the events; the area only gathers them."""
    out = []
    for k, m in enumerate(mentions):
        listed = [n for n in mentions[k + 1:] if n.place.precision in ("town", "site")
                  and _AREA_INCLUDING.match(sentence, m.end, n.begin)]
        if _names_area(sentence, m) and listed and all(
                distance_km(n.place.lat, n.place.lon, m.place.lat, m.place.lon) <= AREA_KM for n in listed):
            continue
        out.append(m)
    return out


def _reading_in(m, area, gazetteer, near_km=SAME_AREA_KM):
    """``m`` read as the place of its name in ``area`` ("X, Area") when its first reading lies more than
    ``near_km`` from the area and that one lies closer. A spelling the gazetteer only matched as a variant or
    a typo of a place that does not lie in the area (farther than ``near_km``, or than AREA_KM for the place
    of that name in the area) is a village it lacks ("Garahaji in the Aghdam district" is no Qaraçı 200 km
    north, "Japar in the Aghdara district" no Chapar of the Kalbajar hills): kept at the area, approximate."""
    here = distance_km(m.place.lat, m.place.lon, area.place.lat, area.place.lon)
    if here <= near_km:
        # a far reading within near_km is still no match for a namesake lying in the district itself ("Gishlag,
        # Garajally and Suleymanli in the Jabrayil district": Gishlag of Jabrayil, not Tsaghkashat; "the Berd
        # district of Armenia and the village of Chinarli": Berd's Chinari, not Chinarli of Azerbaijan)
        there = (_resolved(gazetteer, f"{m.text}, {area.text}")
                 if here > SAME_AREA_KM and area.place.precision == "district" and not is_corridor(area.place) else None)
        if there is not None and distance_km(there.lat, there.lon, area.place.lat, area.place.lon) <= AREA_KM < here:
            m = m._replace(place=there)
        # a spelling read as a variant ("Chayli" for Chaylu) that the area named with it confirms
        return m._replace(how="located") if m.how in ("variant", "fuzzy", ASKED) else m
    read = m
    there = _resolved(gazetteer, f"{m.text}, {area.text}")
    if there is not None and distance_km(there.lat, there.lon, area.place.lat, area.place.lon) < here:
        read, here = (m._replace(place=there, how="located" if m.how == ASKED else m.how),
                      distance_km(there.lat, there.lon, area.place.lat, area.place.lon))
    # (a reading found by name in the area may lie to its edge; the first reading must lie where one in it may)
    if m.how != "exact" and here > (AREA_KM if read is not m else min(near_km, AREA_KM)):
        return m._replace(place=made_place(m.text, area.place), how="area", score=0.0)
    return read


def namesakes_in_lists(sentence, mentions, gazetteer):
    """The mentions, a town listed among towns of one other country read as its namesake there: "offices in
    Yeghegnadzor, Goris, Martuni, Jermuk and Kapan" is Gegharkunik's Martuni, not Khojavend (Martuni)."""
    towns = [k for k, m in enumerate(mentions) if m.place.precision == "town"]
    runs, run = [], towns[:1]
    for a, b in zip(towns, towns[1:]):
        if _LIST_GAP.match(sentence[mentions[a].end:mentions[b].begin]):
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    runs.append(run)
    out = list(mentions)
    for run in (r for r in runs if len(r) >= 4):
        countries = [mentions[k].place.country for k in run]
        for k in run:
            others = {c for j, c in zip(run, countries) if j != k}
            if len(others) != 1 or mentions[k].place.country in others or others - set(REGION):
                continue
            there = _resolved(gazetteer, f"{mentions[k].text}, {COUNTRY_NAMES[others.pop()]}")
            if there is None:
                continue
            if there.country != mentions[k].place.country:
                out[k] = mentions[k]._replace(place=there)
    return out


# the words that say which country a place named beside them lies in: "the Iranian border town of X", "Iran's X",
# "Nakhchivan's X", "Iranian border guards at X" (a side's guards stand on its side) before it; "X, Iran",
# "X in Iran('s ...)", "X on the Iranian side" after it
# (the six states' adjectives, "iranian": "IR", are the lexicon's for the gazetteer's country names)
_STATE_ADJ = {ADJ_COUNTRY[called.lower()].lower(): code for code, called in COUNTRY_NAMES.items()}
_STATE_NOUN = {called.lower(): code for code, called in COUNTRY_NAMES.items()} | {"nakhchivan": "AZ"}
_ADJ = "|".join(_STATE_ADJ)
_NOUN = "|".join(_STATE_NOUN)
_COUNTRY_BEFORE = prefilter.compile(
    rf"(?i)\b(?:(?:the\s+)?(?P<adj_of>{_ADJ})\s+(?:(?:border|frontier|river|port)\s+)?"
    rf"(?:town|city|village|settlement|port)\s+of\s+"
    rf"|(?P<noun>{_NOUN})['’]s\s+|(?P<adj>{_ADJ})\s+(?:(?:border\s+)?(?:guards|police)\s+(?:at|in)\s+)?)$")
_COUNTRY_AFTER = prefilter.compile(
    rf"(?i)\s*,\s*(?P<noun>{_NOUN})\b(?!['’]s|\s+(?:and|or)\b)"      # "X, Iran," (not "in X, Iran's minister said")
    rf"|\s*,?\s+in\s+(?P<noun_in>{_NOUN})\b|\s+on\s+the\s+(?P<adj>{_ADJ})\s+(?:side|bank)\b")
# a namesake across a border lies this close to the first reading: Jolfa and Julfa face each other on the Aras, the
# two Astaras on the Astarachay; Bileh Savar and Bilasuvar lie some 20 km apart
TWIN_KM = 40


# the words a _COUNTRY_BEFORE match ends with (before its trailing space): "of", "'s", a state's adjective, or the "at"
# or "in" after "guards" or "police"
_COUNTRY_LAST_WORDS = ("of", "'s", "’s") + tuple(_STATE_ADJ)


def _country_before_possible(window):
    """Can _COUNTRY_BEFORE match at the window's end? A quick test, for speed only: most words before a place are
    none of its last words (a text not in ASCII, where the case-insensitive regex may fold a letter, is always
    tried)."""
    if not window.isascii():
        return True
    return ends_with_word(window, _COUNTRY_LAST_WORDS) or (
        ends_with_word(window, ("at", "in")) and ("guards" in (low := window.lower()) or "police" in low))


def _country_said(sentence, m):
    """The country the words right beside ``m`` place it in (ISO code), and whether they say so outright
    ("in Iran", "Iran's", "the Iranian town of") rather than by a bare adjective ("Iranian Jolfa"); None if none."""
    begin = max(0, m.begin - 60)
    before = _COUNTRY_BEFORE.search(sentence, begin, m.begin) \
        if _country_before_possible(sentence[begin:m.begin]) else None
    if before:
        adj, noun = before.group("adj_of") or before.group("adj"), before.group("noun")
        return (_STATE_ADJ[adj.lower()] if adj else _STATE_NOUN[noun.lower()]), not before.group("adj")
    after = _COUNTRY_AFTER.match(sentence, m.end)
    if after:
        noun, adj = after.group("noun") or after.group("noun_in"), after.group("adj")
        return (_STATE_NOUN[noun.lower()] if noun else _STATE_ADJ[adj.lower()]), True
    return None, False


def namesakes_by_country(sentence, mentions, gazetteer):
    """The mentions, a town the words beside it place in another country than its first reading read as its
    namesake there ("the Iranian border town of Jolfa" is Iran's, not Nakhchivan's Julfa) when the gazetteer has
    one within TWIN_KM, or anywhere in that country when the words say so outright ("the Iranian city of Shirvan"
    is Shīrvān of North Khorasan, not Şirvan; "Karayazi, in Turkey's Erzurum province" the Turkish town, not
    Garayazi); one said outright to lie in a country without such a namesake is left asked (and so
    dropped, as a name no area settled): a point on the wrong side of a border is the worst reading. Not a site:
    a bridge or a dam on a border river is both sides' ("near Khoda Afarin in Iran")."""
    out = []
    for m in mentions:
        country, outright = _country_said(sentence, m)
        if country is None or m.place.country == country or m.place.precision != "town":
            out.append(m)
            continue
        there = _resolved(gazetteer, f"{m.text}, {COUNTRY_NAMES[country]}")
        if there is not None and there.country == country and (
                outright or distance_km(there.lat, there.lon, m.place.lat, m.place.lon) <= TWIN_KM):
            out.append(m._replace(place=there))
        else:
            out.append(m._replace(how=ASKED) if outright else m)
    return out


def _twins_read(sentence, mentions, twins, home_said):
    """The mentions, a town the article first placed abroad as its namesake ("the Iranian town of Jolfa") read
    as that namesake when named bare later under any spelling ("Julfa"): the article's town, not the one across
    the border; unless the article has said outright it means the home one too ("Azerbaijan's Julfa")."""
    out = []
    for m in mentions:
        key = place_key(m)
        if m.place.precision == "town":
            country, outright = _country_said(sentence, m)
            if country == m.place.country and outright:
                home_said.add(key)
            elif country is None and key in twins and key not in home_said:
                m = m._replace(place=twins[key])
        out.append(m)
    return out


# "opened a complex in Nakhchivan", "flew to Azerbaijan's Nakhchivan exclave for talks", "visited Nakhchivan"
_INTO_EXCLAVE = prefilter.compile(r"\b(?:in|to|at|visits?|visited|visiting)\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*['’]s\s+)?$")


# people of a place as the subject of what they did there: "crowds in Nakhchivan began tearing down the fences",
# "protesters in the Nakhchivan Autonomous Republic blocked the road", "thousands in Nakhchivan on Saturday stormed
# the party building", "residents in Nakhchivan, angry at the shortages, were blocking the railway"; not what they
# only began to feel or say ("residents in Nakhchivan have started complaining about prices")
_CROWD_IN = prefilter.compile(r"\b(?:crowds?|protesters|demonstrators|residents|locals|villagers|people|mobs?|thousands|"
                              r"hundreds|students|workers|youths|rioters|inhabitants)\s+in\s+(?:the\s+)?$", re.I)
# what such people did there, as a stem (before "-ing": "began pulling down") and as a verb ("tore down", "stormed")
_ACTION_STEMS = (r"(?:tear|pull|attack|block|storm|burn|set|march|gather|rall(?:y|i)|clash|seiz|destroy|dismantl|break|"
                 r"cross)")
_ACTION = (r"(?:tore|torn|pull(?:s|ed)?|attack(?:s|ed)?|block(?:s|ed)?|storm(?:s|ed)?|burn(?:s|ed|t)?|"
           r"set(?:s)?(?!\s+to\b)|"
           r"march(?:es|ed)?|gather(?:s|ed)?|rall(?:y|ies|ied)|clash(?:es|ed)?|seiz(?:e|es|ed)|destroy(?:s|ed)?|"
           r"dismantl(?:e|es|ed)|broke|broken|break(?:s)?|cross(?:es|ed)?|tear(?:s)?)")
_ACTED_AFTER = prefilter.compile(r"(?:\s+of\s+(?:Soviet\s+)?[A-Z][\w'’-]*)?"
                                 r"(?:\s+(?:on\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?|overnight|yesterday|"
                                 r"today|last\s+(?:week|night|month))|\s*,[^,.;:]{1,60},)?\s+"
                                 r"(?:(?:have|had|has)\s+)?(?:"
                                 r"(?:began|begun|begin|begins|started|starts|start)\s+"
                                 rf"(?:to\s+{_ACTION}|{_ACTION_STEMS}[a-z]*ing)"
                                 rf"|{_ACTION}|(?:were|was|are|is)\s+{_ACTION_STEMS}[a-z]*ing)\b")


def _exclave_crowds(sentence, row, finder):
    """Is the row an exclave the news names by its capital, whose people the sentence tells did something there
    ("crowds in Nakhchivan began pulling down the fences")? The exclave is where it happened, as a town would be."""
    begin = row.mention.begin
    return (finder.names_exclave(row.mention.place)
            and bool(_CROWD_IN.search(sentence, max(0, begin - 30), begin))
            and bool(_ACTED_AFTER.match(sentence, row.mention.end)))


# the frontier's fences and watchtowers pulled down or attacked: "crowds tore down the watchtowers along the frontier
# between X and Iran", "the attacks on the frontier installations in X"
_FENCES_DOWN = prefilter.compile(r"\b(?:tear\w*|tore|torn|pull\w*|attack\w*|dismantl\w*|cut|cutting|destroy\w*|broke|"
                                 r"broken|smash\w*)\b[^.;:]{0,80}?\b(?:fences?|fencing|barbed[\s-]wire|watchtowers?|"
                                 r"(?:frontier|border)\s+(?:installations|fortifications|posts))\b", re.I)


# the exclave named as where the fences stand: "the frontier between X and Iran", "the installations in X" (not
# "a delegation from X", whose fences are elsewhere)
_FENCES_WHERE = prefilter.compile(r"(?:\b(?:frontier|border)s?\s+(?:between|of|with|along)\s+|\b(?:in|along)\s+)(?:the\s+)?$",
                                  re.I)

# ... or the exclave's own stretch of the frontier where they stand: "crowds on the X stretch of the Soviet frontier
# pulled down the fences" (the clause's verb right after it, not "soldiers patrolled the X part of the frontier after
# crowds tore down fences near Y", nor "..., far from the X section of the border")
_FRONTIER_STRETCH_AFTER = prefilter.compile(r"\s+(?:section|sector|stretch|part)\s+of\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)\b",
                                            re.I)
_STRETCH_THEN_VERB = prefilter.compile(r"(?:\s+(?:with|between)\s+[\w\s-]{0,40}?)?\s+(?:had\s+|have\s+|then\s+)?")


def _exclave_fences(sentence, row, finder):
    """Is the row an exclave the news names by its capital whose frontier fences or watchtowers the sentence tells
    were pulled down or attacked (no fire)? The exclave is where it happened, as in the crowds of _exclave_crowds."""
    begin = row.mention.begin
    if not (row.layer == "other" and finder.names_exclave(row.mention.place) and _FENCES_DOWN.search(sentence)):
        return False
    if _FENCES_WHERE.search(sentence, max(0, begin - 40), begin):
        return True
    stretch = _FRONTIER_STRETCH_AFTER.match(sentence, row.mention.end)
    fences = stretch and _FENCES_DOWN.search(sentence, stretch.end())
    return bool(fences and _STRETCH_THEN_VERB.fullmatch(sentence, stretch.end(), fences.start()))


# the exclave's name as a word before another ("the Nakhchivan exclave", "Nakhchivan's environment", "to the Nakhchivan
# border"): it names something of the exclave's, not where a plain event happened
_EXCLAVE_AS_MODIFIER = prefilter.compile(r"(?:['’]s\b|\s+(?:exclave|border|frontier|side|section|sector|stretch|part|"
                                         r"Autonomous)\b)")
# the exclave as a topic talked of, not where something happened: "the army's progress in Nakhchivan", "the situation
# in Nakhchivan", "then the ministry jumps to Nakhchivan"
_EXCLAVE_TOPIC = prefilter.compile(r"\b(?:progress|situation|developments?|news|jumps?|jumped|turns?|turned)\s+(?:in|to)\s+"
                                   r"(?:the\s+)?$", re.I)
_BORDER_WORD = prefilter.compile(r"\b(?:border|frontier)s?\b", re.I)


def _exclave_event(sentence, row, rows, finder):
    """Is the row something done in an exclave the news names by its capital (a meeting, a site opened "in
    Nakhchivan")? Such an exclave is where it happened, as a town would be; on its border it only locates. A plain
    event written "in" or "to" the bare name (a day spent there, equipment sent to it, lands in it returned to) is
    one too when the sentence names no other place and no border, and does not only talk of the exclave."""
    begin = row.mention.begin
    if not (row.layer == "other" and finder.names_exclave(row.mention.place)
            and _INTO_EXCLAVE.search(sentence, max(0, begin - 40), begin)):
        return False
    if row.kind in ("meeting", "presence"):
        return True
    return (row.kind in ("mention", "handover")
            and not _EXCLAVE_AS_MODIFIER.match(sentence, row.mention.end)
            and not _EXCLAVE_TOPIC.search(sentence, max(0, begin - 30), begin)
            and not _BORDER_WORD.search(sentence)
            and all(r.mention.place == row.mention.place for r in rows))


# a journey's words: what flies, runs or is sent between places ("flights", "shuttling", "was sent", "airlifted")
_TRIP = (r"(?:flights?|flew|flown|fly|flies|flying|planes?|airlift\w*|charters?|trains?|buses|bus|coaches|ferr(?:y|ies|ied)|"
            r"shuttl\w*|commut\w*|travell?\w*|journeys?|trips?|drove|driven|sail\w*|sent|sends?|sending|dispatched|"
            r"deployed|shipped|delivered|transferred|moved|brought|taken|evacuated|redeployed)")
# the exclave as a journey's start ("flights from Nakhchivan", "equipment was flown from Nakhchivan"), one end of a
# shuttle ("shuttling between Ganja and Nakhchivan"), or a destination in a list ("doctors were sent to Nakhchivan
# and Lankaran"): the words before the name, the journey's word among them
_TRIP_FROM_EXCLAVE = prefilter.compile(r"\b" + _TRIP + r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?$", re.I)
_TRIP_BETWEEN = prefilter.compile(r"\b" + _TRIP + r"\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?"
                              r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+and\s+(?:the\s+)?)?$", re.I)
_TRIP_TO_LIST = prefilter.compile(r"\b" + _TRIP + r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?"
                         r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:,\s+|,?\s+and\s+)(?:the\s+)?)*$", re.I)
# what follows the exclave's name at a journey's start or in a shuttle or a list: "to Baku", "and Ganja", ", Lankaran"
_TRIP_GOES_ON = prefilter.compile(r"\s+to\s+(?:the\s+)?(?-i:[A-Z])|\s+and\s+(?:the\s+)?(?-i:[A-Z])|,\s+(?-i:[A-Z])")
_TRIP_REACH = 80           # characters back from the exclave's name to the journey's word
# ... but not weapons flown or sent from it to strike: "the drones that struck Yeraskh were flown from Nakhchivan",
# "missiles launched and sent from Nakhchivan" (where the fire came from, which the sets leave out)
_TRIP_WEAPONS = prefilter.compile(r"(?i)\b(?:drones?|UAVs?|missiles?|rockets?|shells?|mortars?|bombs?|kamikaze|"
                                  r"struck|strikes?|fired|firing)\b")


def _exclave_journey(sentence, row, rows, finder):
    """Is the row an exclave the news names by its capital as a journey's end: flown or sent from it to another place
    ("flights from Nakhchivan to Baku", "flights from Nakhchivan were cancelled"), shuttled between it and another
    ("between Ganja and Nakhchivan"), or sent to it among other places ("sent to Nakhchivan and Lankaran")? Its capital
    is where the journey starts or ends, as a town would be (its border, "the Nakhchivan exclave" or talk of it stay
    no event). The other places named with it must be journey ends too, not only where someone comes from ("refugees
    from Nakhchivan reached Ganja" is none)."""
    begin, end = row.mention.begin, row.mention.end
    if row.layer not in ("other", "corridors") or not finder.names_exclave(row.mention.place) \
            or _EXCLAVE_AS_MODIFIER.match(sentence, end) or _BORDER_WORD.search(sentence) \
            or _TRIP_WEAPONS.search(sentence):
        return False
    window = max(0, begin - _TRIP_REACH)
    if _TRIP_FROM_EXCLAVE.search(sentence, window, begin):
        # "flights from Nakhchivan", "equipment was flown from Nakhchivan to Baku"
        return True
    if _TRIP_BETWEEN.search(sentence, window, begin):
        # "shuttling between Ganja and Nakhchivan", "flights between Nakhchivan and Ganja"
        return _TRIP_BETWEEN.search(sentence, window, begin).group(0).rstrip().endswith(("and", "the")) \
            or bool(_TRIP_GOES_ON.match(sentence, end))
    # "sent to Nakhchivan and Lankaran", "sent to Ganja, Nakhchivan and Lankaran" (the list's other places are
    # destinations too; the exclave alone after "to" is read by _exclave_event)
    listed = _TRIP_TO_LIST.search(sentence, window, begin)
    return bool(listed) and (bool(_TRIP_GOES_ON.match(sentence, end)) or not listed.group(0).rstrip().endswith("to"))


# the gap between two names of one list: "Baku, Nakhchivan", "Baku and Nakhchivan", "A, B, and C"
_TOWNS_GAP = prefilter.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)")
# where a list of towns is said to be, right before its first name: "over A, B and C", "in A and B", "to the towns of
# A and B" (not "between A and B", read by _exclave_journey, nor "from A and B", where someone only comes from)
_TOWNS_WHERE = prefilter.compile(r"\b(?:in|over|at|near|across|around|above|to)\s+(?:the\s+(?:towns?|cities|city)\s+of\s+)?$")


def _exclave_listed(sentence, row, rows, finder):
    """Is the row an exclave the news names by its capital, listed with towns where the same thing happened ("jets
    flew over Baku, Nakhchivan and Ganja", "troops trained in Baku and Nakhchivan")? The capital is a town of the
    list, as the others are (its border, "the Nakhchivan exclave" or the exclave as a modifier stay no event)."""
    begin, end = row.mention.begin, row.mention.end
    if row.layer != "other" or not finder.names_exclave(row.mention.place) \
            or _EXCLAVE_AS_MODIFIER.match(sentence, end) or _BORDER_WORD.search(sentence):
        return False
    towns = sorted((r.mention for r in rows if r.mention.place != row.mention.place
                    and r.mention.place.precision not in ("region", "country")), key=lambda m: m.begin)
    chain = [m for m in towns
             if _TOWNS_GAP.fullmatch(sentence, m.end, begin) or _TOWNS_GAP.fullmatch(sentence, end, m.begin)]
    if not chain:
        return False
    # (the list's first name, walking back through the towns joined to it: "over A, B, Nakhchivan")
    first = min(begin, chain[0].begin)
    for m in reversed([m for m in towns if m.end <= first]):
        if not _TOWNS_GAP.fullmatch(sentence, m.end, first):
            break
        first = m.begin
    return bool(_TOWNS_WHERE.search(sentence, max(0, first - 40), first))


# "near the border with the Nakhchivan exclave", "the Nakhchivan stretch of the border": the border only locates; "fire came from positions in Nakhchivan":
# where the guns stood, which the sets split on (left out, as before); "the Ordubad region of Nakhchivan": it
# locates the district
_BORDER_WITH = prefilter.compile(r"\b(?:border\s+with|region\s+of|district\s+of|rayon\s+of)\s+(?:the\s+)?$", re.I)
_STRETCH_AFTER = prefilter.compile(r"\s+(?:section|sector|stretch|part)\s+of\s+the\s+border\b", re.I)
_FIRED_FROM_IN = prefilter.compile(r"\bfrom\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?$", re.I)


def _exclave_fired_on(sentence, row, rows, finder):
    """Is the row fire in an exclave the news names by its capital, the only place the sentence gives ("one of the
    positions in Nakhchivan was destroyed")? The exclave is where it happened, as a province is (heldout29). On its
    border or a stretch of it (annotated in heldout10 and 29, left out in heldout37 and 46), or as where fire came
    from, it only locates."""
    begin = row.mention.begin
    return (finder.names_exclave(row.mention.place)
            and all(r.mention.place == row.mention.place for r in rows)
            and not _BORDER_AFTER.match(sentence, row.mention.end)
            and not _STRETCH_AFTER.match(sentence, row.mention.end)
            and not _BORDER_WITH.search(sentence, max(0, begin - 20), begin)
            and not _FIRED_FROM_IN.search(sentence, max(0, begin - 40), begin))


# "its positions in Nakhchivan"
_POSITIONS_IN = prefilter.compile(r"\bpositions?\s+in\s+(?:the\s+)?$")


def _exclave_positions(sentence, row, rows, finder):
    """Is the row an exclave named as where a side's positions are ("quadcopters tried to fly over its positions
    in Nakhchivan and in the Lachin district")? What is told of the positions happened there, beside places outside
    it too (heldout28, 29 and 50 annotate the exclave); a village of the exclave the sentence names is the place
    ("the Yukhari Buzgov incident, 'fire at positions in Nakhchivan'")."""
    begin, place = row.mention.begin, row.mention.place
    return (bool(_POSITIONS_IN.search(sentence, max(0, begin - 20), begin))
            and not _FIRED_FROM_IN.search(sentence, max(0, begin - 40), begin)   # where the guns stood: left out
            and finder.names_exclave(place)
            and not any(r.mention.place != place
                        and distance_km(r.mention.place.lat, r.mention.place.lon, place.lat, place.lon) <= EXCLAVE_KM
                        for r in rows))


EXCLAVE_KM = 75     # a place this close to the exclave's capital lies in the exclave (Ordubad's villages: 65 km)


# "during a working visit to Shirak province", "on a visit to the Tavush region", "visited units in Tavush",
# "inspected units in the Syunik province", "ministers came to Tavush": the province is where the visit was
_VISIT_TO = prefilter.compile(r"\b(?:[Vv]isit\s+to|(?:visited|toured|inspected)\s+(?:[a-z-]+\s+){0,3}?in|"
                              r"(?:visited|toured|went\s+to|travell?ed\s+to|arrived\s+in)|"
                              # (came to: only an official or a delegation, not refugees or aid that came to the province)
                              r"\b(?:[Mm]inisters?|[Pp]residents?|[Aa]mbassadors?|[Ee]nvoys?|[Dd]elegations?|[Oo]fficials?|"
                              r"[Gg]overnors?|[Dd]eput(?:y|ies)|[Cc]ommissioners?|[Pp]remier|MPs|[Ll]awmakers|[Cc]ommanders?)"
                              r"\s+(?:[\w-]+\s+){0,2}?came\s+to)\s+(?:the\s+)?$")
_VISIT_REACH = 50             # characters back from the province to the visit


def _province_visited(sentence, row):
    """Is the row a province an official visited (the visit's place, though no smaller place is its own)?"""
    return row.layer == "other" and bool(_VISIT_TO.search(sentence, max(0, row.mention.begin - _VISIT_REACH),
                                                                          row.mention.begin))


# an incident told as having happened in a province: "a serious accident happened in the Ararat province", "the
# collision occurred in Vayots Dzor", "the ceremony took place in the Syunik province"
_HAPPENED_IN = prefilter.compile(r"\b(?:happened|occurred|took\s+place)\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?$")


def _province_happened(sentence, row):
    """Is the row a province the sentence says something happened in? (Its place, when no smaller place is named.)"""
    return bool(_HAPPENED_IN.search(sentence, max(0, row.mention.begin - _VISIT_REACH), row.mention.begin))


# a province where the displaced were housed, or one a count of people is given for: "sheltered in the Lori province",
# "placement in hotels of Shirak province", "2,310 in Aragatsotn", "Lori 1,204 people", "in Tavush, with 870 people"
_HOUSED_IN = prefilter.compile(r"\b(?:housed|sheltered|accommodated|hosted|placed|placement|accommodation)\b[^.;:]{0,40}?"
                               r"\b(?:in|of)\s+(?:the\s+)?$", re.I)
_COUNT_BEFORE = prefilter.compile(r"\b\d[\d,]*\s+(?:(?:people|persons|families|of\s+them)\s+)?(?:(?:were|had\s+been|have\s+been)"
                                  r"\s+)?(?:(?:housed|sheltered|accommodated|placed|settled)\s+)?in\s+(?:the\s+)?$", re.I)
_COUNT_AFTER = prefilter.compile(r"(?:\s+province)?\s*,?\s+(?:with\s+)?(?:\d{1,3}(?:,\d{3})+\b|\d+\s+(?:people|persons|families)\b|"
                                 r"\d{2,}(?=\s*[,;.]|\s+and\b|$))", re.I)   # ("Lori 903 and Shirak 1,204": a figure in a list)
# a town's population before the province that locates it: "Masis, a town of some 20,000 people in Ararat province"
_POPULATION = prefilter.compile(r"\bof\s+" + POPULATION + r"\s+in\s+(?:the\s+)?$", re.I)
_HOUSED_REACH = 60            # characters back from the province to the housing word or the count
# the province as the subject that took people in: "Syunik received 300 families", "Kotayk province has taken in
# 2,000 people", "Lori registered 400 new arrivals" (the reception's place, like "housed in Lori")
_RECEIVED_AFTER = prefilter.compile(r"(?:\s+province)?\s+(?:has\s+|had\s+|have\s+)?(?:already\s+|so\s+far\s+)?"
                                    r"(?:received|taken\s+in|took\s+in|welcomed|registered|housed|sheltered|accommodated)\s+"
                                    r"(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?\d[\d,]*\s+"
                                    r"(?:[\w-]+\s+){0,2}?(?:families|people|persons|refugees|evacuees|arrivals|residents)\b", re.I)


# the villages of a province as a whole, fire told on them: "the border villages of Tavush were shelled", "fired for an
# hour towards three villages of Syunik" (the older sets annotate the province so 4 times to 1, a smaller place named
# elsewhere in the sentence or not); the fire is told on the villages themselves, in their own clause ("blazes broke
# out in the villages of X" a week before the news is no fire on them)
# (not one village placed among them: "X, one of the villages of Tavush, was shelled" is fire at X; but "the shelling
# of the villages of Tavush" is fire on them all)
# (the fire told on the villages, no other verb between that takes them: "the shelling of X forced the villages of
# Tavush to leave", "shelling near X left the villages of Tavush without power" tell no fire on them)
_VILLAGES_OF = prefilter.compile(r"(?<!\bone\sof\sthe\s)(?<!\bone\sof\sthe\sborder\s)(?<!\bamong\sthe\s)"
                                 r"\bvillages\s+of\s+"
                                 r"(?:the\s+|Armenia's\s+|Armenia’s\s+|Azerbaijan's\s+|Azerbaijan’s\s+)?$")
_FIRE_ON_VILLAGES_OF = prefilter.compile(r"\b(?:fired|fire|firing|shelled|shelling|struck|hit|targeted|attacked|bombarded)\b"
                                         r"(?:(?!\s[a-z]+ed\s+(?:the|its|their|all|both|many|several|some|most|these|those)\b"
                                         r"|\s(?:left|kept|put|made|drove|sent|shook|woke|got)\s)[^.;:,]){0,40}?"
                                         + _VILLAGES_OF.pattern)
_FIRED_ON_AFTER = prefilter.compile(r"(?:\s+province)?\s+(?:were|was|had\s+been|have\s+been|has\s+been|came|come|"
                                    r"have\s+come|had\s+come)\s+(?:[a-z]+\s+){0,2}?"
                                    r"(?:shelled|fired\s+(?:on|at)|hit|struck|attacked|bombarded|targeted|"
                                    r"under\s+(?:[a-z]+\s+){0,2}?fire)\b")
# the villages the subject of a clause of their own, told of something else: "Troops hit X and the villages of Tavush
# were evacuated" (no fire told on them)
_VILLAGES_OWN_CLAUSE = prefilter.compile(r"(?:\s+province)?\s+(?:were|was|are|is|have|has|had)\b")
# the villages named right after it: "the border villages of Tavush, X among them", "..., including X", "...: X and Y"
# (a word of time between: "several villages of the Tavush province overnight, among them X")
_VILLAGES_NAMED_AFTER = prefilter.compile(r"(?:\s+province)?(?:\s+(?:overnight|yesterday|today|again|on\s+[A-Z][a-z]+))?"
                                          r"\s*(?:,\s*(?:among\s+them|including|notably|such\s+as)\b|"
                                          r",\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+among\s+them\b|:|\s*\(|"
                                          r"\s+(?:including|such\s+as|like)\b|,\s*(?:namely|specifically|that\s+is)\b|"
                                          r"\s*[—–]|\s+-\s)")
_VILLAGES_REACH = 80          # characters back from the province to the fire told on its villages


def _province_villages_fired(sentence, row):
    """Is the row a province whose villages, as a whole, the sentence tells fire on? Its place, though the sentence
    names a smaller place too ("..., and a school in X was damaged"); not when the villages are named right after
    it ("the villages of Tavush, X among them"), which are the places."""
    begin = row.mention.begin
    return (row.layer == "shelling"
            and bool((_FIRE_ON_VILLAGES_OF.search(sentence, max(0, begin - _VILLAGES_REACH), begin)
                      and not (_VILLAGES_OWN_CLAUSE.match(sentence, row.mention.end)
                               and not _FIRED_ON_AFTER.match(sentence, row.mention.end)))
                     or (_VILLAGES_OF.search(sentence, max(0, begin - 40), begin)
                         and _FIRED_ON_AFTER.match(sentence, row.mention.end)))
            and not _VILLAGES_NAMED_AFTER.match(sentence, row.mention.end))


def _province_hosts(sentence, row):
    """Is the row a province where displaced people were housed, one that took a number of them in, or one the
    sentence counts people in? (The reception's place: a count by province names no smaller place.)"""
    before = sentence[max(0, row.mention.begin - _HOUSED_REACH):row.mention.begin]
    counted = _COUNT_BEFORE.search(before) and not _POPULATION.search(before)
    return row.layer == "other" and bool(_HOUSED_IN.search(before) or counted
                                         or _COUNT_AFTER.match(sentence, row.mention.end)
                                         or _RECEIVED_AFTER.match(sentence, row.mention.end))


# a name listed with provinces, a figure or "in" between ("1,465 in Syunik, 200 in Armavir", "Lori 2,435, Ararat
# 980", "Kotayk and Ararat"): the gap that keeps a list of provinces going
_PROVINCE_LIST_GAP = prefilter.compile(r"(?:\s+province)?(?:\s+\d[\d,]*(?:\s+people)?)?\s*[,;]?\s*(?:and\s+|or\s+)?"
                                       r"(?:(?:about\s+|some\s+)?\d[\d,]*\s+(?:of\s+them\s+)?in\s+(?:the\s+)?)?", re.I)


def provinces_in_lists(sentence, mentions, gazetteer):
    """The mentions, a town listed next to a province read as the province of its name ("298 in Tavush, 200 in
    Armavir" is Armavir province, not the town): a list of provinces goes on with provinces."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.place.precision != "town" or m.place.country not in REGION:
            continue
        neighbours = [mentions[j] for j in (k - 1, k + 1) if 0 <= j < len(mentions)]
        if not any(n.place.precision == "region" and n.place.name.endswith(" Province")
                   and _PROVINCE_LIST_GAP.fullmatch(sentence, min(n.end, m.end), max(n.begin, m.begin))
                   for n in neighbours):
            continue
        try:
            province = gazetteer.resolve(f"{m.text} Province")
        except GeoError:
            continue
        if province.how == "exact" and province.place.precision == "region":
            out[k] = m._replace(place=province.place)
    return out


# an exercise held in a province or an exclave: "held mobilisation drills in Syunik province", "began joint
# military exercises in Nakhchivan" (the exercise's place, though no smaller place is its own)
_DRILL_IN = prefilter.compile(r"\b(?:exercises?|" + DRILL_WORDS + r")\b[^.;:,]{0,40}?"
                              r"\b(?:in|at)\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*['’]s\s+)?"
                              # (one part of it: "in the north of the X province", "in the northern parts of X and Y")
                              r"(?:(?:north|south|east|west|northern|southern|eastern|western)\s+(?:(?:parts?|areas?)\s+)?"
                              r"of\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?\s+and\s+)?)?$")
_DRILL_REACH = 110            # characters back from the province to the exercise held in it


def _province_drilled(sentence, row):
    """Is the row a province or an exclave an exercise was held in (see _DRILL_IN)?"""
    return row.layer == "other" and bool(_DRILL_IN.search(sentence, max(0, row.mention.begin - _DRILL_REACH),
                                                          row.mention.begin))


# troops that crossed, moved, came or advanced into a province ("crossed into Syunik", "advanced about 3 km into
# Armenia's Syunik region"), or that acted in one stretch of it ("tried to move the line in one sector of Syunik"): the
# province is where the incursion was, though no smaller place is named
_ENTERED_INTO = prefilter.compile(r"\b(?:crossed|cross|crossing|advanced|advancing|moved|came|come|pushed|penetrated|encroached|"
                                  r"infiltrated|incursions?)\b[^.;:]{0,60}?\binto\s+(?:the\s+)?"
                                  r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*['’]s\s+)?"
                                  # (each province of a list entered: "crossed into Gegharkunik and Syunik")
                                  r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?(?:\s*,\s*|,?\s+and\s+))*$")
# ... and still so with a smaller place named only as the troops' heading after it: "moved several kilometres into
# Syunik in the direction of X" (the province entered, X where they were going; not "5 km into Syunik near X")
_HEADING_AFTER = prefilter.compile(r"\s+(?:in\s+the\s+directions?\s+of|towards?)\s", re.I)
_SECTOR_OF = prefilter.compile(r"\b(?:in|on|at|along)\s+(?:one|a|another|the\s+[\w-]+)\s+(?:sector|section|stretch)\s+"
                               r"of\s+(?:the\s+)?$", re.I)
_ENTERED_REACH = 90           # characters back from the province to the crossing


def _province_entered(sentence, row):
    """Is the row a province troops crossed or advanced into, or one sector of which they acted in (see
    _ENTERED_INTO, _SECTOR_OF)? Its place when the sentence names no smaller one."""
    start = max(0, row.mention.begin - _ENTERED_REACH)
    return bool(_ENTERED_INTO.search(sentence, start, row.mention.begin)
                or _SECTOR_OF.search(sentence, start, row.mention.begin))


# troops, border guards or their posts sent into, set up in or withdrawn from a province ("sent border guards into
# Syunik", "two strongholds were set up in Syunik", "posts would be withdrawn from Tavush and Gegharkunik"): the
# province is where they stand, though no smaller place is named (not aid or goods sent there: no force is named)
# (not housing, medical or rescue units, nor job posts or post offices: "two hundred housing units were set up in X",
# "sent two units of firefighters to Y", "new job posts were set up in Z")
_FORCE_WORD = (r"\b(?:troops|soldiers|servicemen|border\s+guards|peacekeepers|"
               r"(?<![Hh]ousing\s)(?<![Rr]esidential\s)(?<![Aa]partment\s)(?<![Mm]edical\s)(?<![Ss]torage\s)units"
               r"(?!\s+of\s+(?:firefighters|rescuers|doctors|medics|volunteers|housing)\b)|"
               r"(?:military\s+|border\s+|mobile\s+)?(?<![Jj]ob\s)(?<![Bb]log\s)(?<![Ss]taff\s)(?<![Tt]eaching\s)(?<![Vv]acant\s)"
               r"(?:posts|outposts|strongholds)(?!\s+offices?\b))\b")
_POSTING_WORD = (r"\b(?:sent|send|sending|deployed|deploy|deploying|posted|stationed|set\s+up|placed|"
                 r"withdrawn|withdraw|withdrew|withdrawing|pulled\s+out)\b")
_POSTED_IN = prefilter.compile(r"(?:" + _FORCE_WORD + r"[^.;:]{0,60}?" + _POSTING_WORD + r"|" + _POSTING_WORD
                               + r"[^.;:]{0,30}?" + _FORCE_WORD + r")[^.;:]{0,30}?\b(?:into|in|to|from)\s+(?:the\s+)?"
                               r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*['’]s\s+)?"
                               # (each province of a list: "withdrawn from Tavush, Syunik and Ararat")
                               r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?(?:\s*,\s*|,?\s+and\s+))*$")
_POSTED_REACH = 120           # characters back from the province to the force posted in it


def _province_posted(sentence, row):
    """Is the row a province troops or posts were sent into, set up in or withdrawn from (see _POSTED_IN)?"""
    return bool(_POSTED_IN.search(sentence, max(0, row.mention.begin - _POSTED_REACH), row.mention.begin))


# a province naming a stretch of the border: "work on the Gegharkunik border", "along the Tavush border" (not "the
# Gegharkunik section of the border", nor "a section of the Gegharkunik border": a named stretch is where it was)
_BORDER_AFTER = prefilter.compile(r"(?:\s+province|\s+region)?\s+border\b(?!\s+(?:villages?|towns?|communit))", re.I)
_SECTION_BEFORE = prefilter.compile(r"\b(?:section|sector|stretch|part)\s+of\s+(?:the\s+)?$", re.I)


def _province_border(sentence, row):
    """Does the province only name the border something happened on ("servicemen captured on the Gegharkunik
    border")? It locates the event on a line hundreds of kilometres long, as "in Syunik" does not: heldout46
    leaves it out twice, while a section of it named as such is annotated (heldout11, 25, 40)."""
    return (bool(_BORDER_AFTER.match(sentence, row.mention.end))
            and not _SECTION_BEFORE.search(sentence, max(0, row.mention.begin - 30), row.mention.begin))


def _between(sentence, rows):
    """"between A and B": both places carry the one event (the more specific reading of the two)."""
    by_begin = {r.mention.begin: i for i, r in enumerate(rows)}
    for a, b in between_pairs(sentence, [r.mention for r in rows]):
        i, j = by_begin[a.begin], by_begin[b.begin]
        best = min((rows[i], rows[j]), key=lambda r: PRIORITY[r.layer])
        layer, kind = between_kind(best.layer, best.kind, sentence, (a, b))
        label = f"{a.place.label} and {b.place.label}"
        for k in (i, j):
            rows[k] = rows[k]._replace(layer=layer, kind=kind, between=label,
                                       claimed=rows[k].claimed or best.claimed, date=rows[k].date or best.date)
    return rows


def _home_named_again(sentence, found):
    """The mentions without a place named first as the home of the people who act and again later in the sentence:
    "residents of X blocked the highway on the stretch between X and Y" tells the stretch's blockade at its later
    name, the first only says who acted (as "people from X" already does)."""
    keys = [place_key(m) for m in found]
    return [m for i, m in enumerate(found)
            if not (keys[i] in keys[i + 1:] and PEOPLE_OF.search(sentence, max(0, m.begin - 30), m.begin))]


def _side_accounts(mentions, claim_of, date_of):
    """The (claimant, date) of each side's account of one place named more than once in a sentence: the first
    mention's, then each later mention whose claimant is of another side than every account kept, so one side's
    two mentions give one row and the two sides' give two, never merged."""
    accounts = []
    for mention in mentions:
        claimed = claim_of(mention)
        if accounts and not all(of_another_side(claimed, told) for told, _ in accounts):
            continue
        accounts.append((claimed, date_of(mention)))
    return accounts


# a month written right before a year ("in March 1988", "22 March 1988", "March 4, 1988")
_MONTH_BEFORE_YEAR = prefilter.compile(r"\b(?:" + MONTH_NAMES + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+$")


# a piece or article of a web outlet named again: "The same piece claims that"
_SAME_PIECE = prefilter.compile(r"(?i)\bsame\s+(?:piece|article)s?\b")


# an outlet citing or quoting "the ministry" with no side or office of its own (not "the ministry of defence", "the ministry in
# Baku")
_CITING_BARE_MINISTRY = prefilter.compile(r"(?i)(?:citing|quoting)\s+the\s+ministry\b(?!\s+(?:of|in|for)\b)")


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
    finder = finder_for(gazetteer or load_gazetteer())
    people = people_in(text)
    private = private_people(text)    # people speaking as themselves, not for any body
    # people named in full: their surname alone is no place ("Ghukasyan"), unless it is a place's own name
    surnames = surnames_in(text, lambda word: any(p.name == word for p in finder.lookup(word)[0]))
    all_surnames = surnames_in(text)  # ... and those that are also a place's own name ("Tumanyan"): see surname_sent
    kin_named = kin_named_in(text)    # first names given after a kin word ("our classmate Narek")
    signers = full_name_firsts(text)  # first names of people named in full, which may sign a note ("A note from Karen")
    bodies = {}                       # head noun → the body the article last named in full with it ("the Fund")
    web_report = ""                   # a site named by its address whose piece "the same account" is, until another speaks
    web_site = ""                     # the last such site: whose "the same piece" or "the same article" it is
    publisher = ""                    # the body a "Published by:" line names: whose "the report" the article reads
    candidates, seen = [], set()
    previous_paragraph = None  # paragraph of the sentence before
    previous_claimant = ""    # its claimant, the default for a sentence of the same paragraph
    last_claimant = ""        # the last named claimant, for "the ministry said" further on
    recent_claimant = ""      # the claimant of the sentence just before, for "according to them"
    recent_ministry = ""      # the ministry an outlet relayed in the sentence just before, for "citing the ministry"
    last_person = ""          # the person a sentence last opened with, for "he said" an outlet relays
    genders = genders_told(text)   # the people whose title says their sex, for "he" and "she"
    persons_heard = []        # the claimants so far (and people named by a title), in order, for a "she" the last
                              # one cannot be
    heard_from_body = False   # the last claimant spoke as a body or an outlet ("the ministry said"), no "he" or "she"
    person_heard = ""         # the claimant a person last spoke for, or the person a sentence last opened with
    army_named = ""           # the army last named in full ("the Defence Army's positions"), for "the army said"
    counted_before = False    # that claimant is a report or a mission, whose count a next sentence may go on with
    seen_claimants = []       # every claimant so far, for "the presidential office" after "Aliyev"
    bare_ministry = ""        # the ministry the writer names without its side, once a sentence showed it
    contrasted = ""           # that ministry, when the sentence just before showed it
    answerer = ""             # who gives the briefing the article transcribes, for its "A: ..." lines
    speaking = (None, "")     # (paragraph, speaker) of a transcript's turn labelled in capitals ("ANAHIT: ...")
    answering = None          # the paragraph of the transcript's answer being read
    asking = None             # the paragraph of the transcript's question being read
    bare_answers = False      # the transcript labels no answer: every paragraph after a question answers it
    checkpoint_sites = set()  # bridges and crossings the article has given a checkpoint
    last_area = None          # (the last district or province named, its paragraph, its sentence), for "the same
                              # district"
    last_town = None          # (the last town named, its sentence): its district is "the same district" when no
                              # district was named since ("freed the town of X. ... villages of the same district")
    named_areas = []          # every district or province named so far, for "the villages of the district"
    readings = {}             # names an area made the article read as another place ("Aghdam" in Tovuz)
    twins = {}                # a town → its namesake abroad the article first placed it as ("the Iranian town of
                              # Jolfa"), for the same town under another spelling later ("Julfa")
    home_said = set()         # towns the article said outright were in their own country ("Azerbaijan's Julfa")
    placed_villages = {}      # villages the gazetteer lacks, placed at their area once: the same village later
    marked_abroad = ""        # the side an opening "In Baku," marked as not the article's own
    last_company = ""         # the company the sentence before named after its trade, for "a spokeswoman said"
    last_corridor = None      # the last corridor named, for "the corridor" further on
    depot_blast = ""          # the sentence that told a depot's accidental blast, which "the explosion" is after it
    named_sites = {}          # a monastery or church named in full, by its bare name: "Haghartsin" after it
    narrative_paragraph = None   # the paragraph that stated the narrative's day last
    narrative_number = None      # the sentence that stated the narrative's day last
    recalled_history = False     # was that sentence told as recalled ("..., the site recalled.")?
    history_told = False         # was that sentence someone's telling ("X told the meeting that ...")?
    narrative = None          # the day a retold history reached ("On 12 February 1994"), for "on 13 February" after
    looking_back = False      # a sentence before the history looked back on it ("Thirty years ago this week")
    anniversary = 0           # the years an anniversary piece looks back ("A year ago today": 1)
    entry_day = None          # the day a diary's dated heading gives, which its entry's "today" and "this morning" mean
    described_document = None  # (paragraph, kind) of a document a description opens with: "Typed report dated ..."
    document_day = None       # (paragraph, day) of a document described as "dated" a day: its "yesterday" counts from it
    prev_stated_day = False   # the sentence before stated a day, which "The day before, ..." is counted from
    previous_day = None       # the one day the sentence before stated ("yesterday" too): "In the afternoon" is that day
    month_before, month_paragraph = None, None   # the one month stated last, and its paragraph
    told_day = None           # the last day an earlier sentence stated, which "on the Sunday" is counted from
    parts_told = {}           # part of the day → (day, sentence number) told with it last: "On Sunday morning"
    told_spoken = False       # was told_day only the day a speaker spoke ("..., the ombudsman told reporters yesterday")
    aid_agencies = False      # the agencies named last with their kind are no press's ("aid agencies")
    year_named = None         # the last year an earlier sentence wrote, which "on 15 March that year" is of
    years_named = []          # every year earlier sentences wrote, latest first (a weekday's day may be of one)
    month_told = None         # (month, year, in a heading) of the month an earlier sentence wrote with its year
    told_in_entry = False     # has a sentence under the dated heading stated a day of its own ("began on 16 November")
    note = None               # the paragraph of the publisher's note being read ("Translator's note: ...")
    sentences = split_sentences(text)
    story_day = _dateline_day(sentences, published)   # the day the story was filed: the dateline's, else published
    weekdays_dated = dated_weekdays(text, story_day)  # "last Saturday, 11 February": the piece's "last Saturday"
    named_near = {}                                    # paragraph → named_weekdays of it and the one before
    weekday_named = bool(_WEEKDAY_IN_TEXT.search(text))   # (speed: no "Saturday, 7 May" in the piece, none to read)
    paragraph_text = {}                                # paragraph → its text, for the weekdays named near a sentence
    for one in sentences if weekday_named else ():     # (only read when a weekday is named with its day)
        paragraph_text[one.paragraph] = paragraph_text.get(one.paragraph, "") + " " + one.text
    run_on = run_on_paragraphs(text)      # paragraphs going on from the line before, for an answer's block
    block = _blocks(sentences, run_on)    # paragraph → the first paragraph of its block of lines
    headlines = headline_sentences(sentences)
    covered_week = {**_covered_week(sentences, headlines, story_day), **weekdays_dated}   # a review's week
    headings = section_headings(sentences) - headlines
    numbered = numbered_headings(sentences, headings)   # an item's title: "3. A drone over X"
    lone_questions = _lone_questions(sentences)     # a question that is its paragraph ("Is this the corridor?")
    asked_heads = _question_heads(sentences)        # the same, up to an interviewer's longer question
    tagline = masthead_tagline(sentences)
    routine = routine_sections(sentences, headings)    # police notes, court notices, letters, a diary
    routine |= editors_notes(sentences)      # a press release's notes for editors
    appeal_practical = appeal_notes(sentences, headings)   # an appeal's "Where to give", "Opening hours"
    notices = house_notices(sentences, headings)           # a shop's "Notices", which may pass on an event
    body_names = set()        # every place the body names, an event or not
    named_before = []         # the places of the region named so far, for an alias several places share
    speakers = {**list_speakers(sentences), **quote_speakers([x.text for x in sentences])}
    home = home_nation([x.text for x in sentences])
    side = named_side([x.text for x in sentences])
    press = digest_press([x.text for x in sentences])    # the country whose papers a press digest reads, its media
    sections = section_press([x.text for x in sentences], headings)   # a digest's sections of one country's papers
    # paragraph → who issued the document the article prints in full, or both states issuing a joint text
    issuers = reproduced_documents(sentences) or joint_document(sentences) or quoted_document(sentences)
    if not issuers:                              # or the body whose own release the article is, of the home country
        issuers = {p: resolve_pronoun(issuer, "", "", (), people, home, side)
                   for p, issuer in (own_release(sentences) or letterhead_statement(sentences)).items()}
    letter = reader_letter(sentences)    # the paragraphs of a reader's letter to the editor
    signed = signed_letters(sentences)   # a letters page's letters: paragraph → the writer's name
    evidence = countries_named(text)     # countries abroad whose smaller towns the article may name ("Kars")
    abroad = ArticleAbroad(text, finder)  # which of the namesakes abroad it means ("Arlington, Virginia")
    returning = RETURN_ARTICLE.search(text) is not None    # the displaced going home: their convoys are the return
    naming = [x for x in sentences if names_sentence(x.text)]   # "A and B are known in Armenia as X and Y"
    glossed = _glossed_names(naming, finder, evidence)           # A is X
    turn_labels = _turn_labels(sentences)      # a transcript's speakers ("ARPI: ..." on turn after turn)
    # an interview's answers under their speaker's name, paragraph → name (a place's name is no speaker's)
    named_turns = _named_turns(sentences, lambda name: _COMPASS_FIRST.match(name) or any(finder.lookup(name)))
    closing_sources = _closing_sources(sentences)   # a log entry's source in brackets at its end: "(X Ministry.)"
    backrefs = BackReferences()    # the places named so far, for "the town" and "the lake"
    previous_first = 0             # where the sentence before's events begin
    for number, sentence in enumerate(sentences):
        first_candidate = len(candidates)  # where this sentence's events begin
        s = sentence.text
        tokens = tokenize(s)
        if ANSWER.match(s):
            answering = sentence.paragraph     # a transcript's answer ("A: Yes. ..."), to its paragraph's end
        elif QUESTION.match(s):
            asking = sentence.paragraph        # a transcript's question ("Q: Do people still go to X?")
        elif answerer and sentence.index in asked_heads:
            asking = sentence.paragraph        # an interview's question printed as a sub-head of its own, after the
                                               # introduction named who answers ("We spoke to X", "X Y, 48, ran ...")
        elif answering is not None and sentence.paragraph == answering + 1 and sentence.paragraph in run_on \
                and not QUESTION.match(s):
            answering = sentence.paragraph     # and on through the lines of its block, up to the next question
        elif asking is not None and sentence.paragraph == asking + 1:
            answering, bare_answers = sentence.paragraph, True   # an answer with no label ("Q. Why?", then "I ...")
        elif bare_answers and answering is not None and sentence.paragraph == answering + 1:
            answering = sentence.paragraph     # and its paragraphs after it, up to the next question
        opens_paragraph = number == 0 or sentences[number - 1].paragraph != sentence.paragraph
        heading_line = not _A_LOWER_CASE_WORD.search(s)
        # (read once: the heading tests below all take these same dates; and only where one of them can read a day:
        # a line with a clock time, a line with no lower-case word, the first sentence of a paragraph)
        own_dates = find_dates(s, story_day) if heading_line or opens_paragraph or _CLOCK_TIME.search(s) else []
        if heading_line and month_told is not None and month_told[2]:
            month_told = None              # a new section's heading ends the month the one before gave
        months_written = [w for w in _MONTH_OF_YEAR.finditer(s)
                          if not _MONTH_AS_BOUND.search(s, max(0, w.start() - 20), w.start())] \
            if "19" in s or "20" in s else []   # (a quick test: every match holds a year of 19xx or 20xx)
        if month_told is not None and not heading_line and not months_written and _TELLS_THE_PRESENT.search(s):
            month_told = None              # "Today the situation is tense.": the text is back to its own days
        for written in months_written:     # (a heading's too: "THE JULY DAYS, 2020")
            month_told = (MONTHS[written.group("m").lower()], int(written.group("y")), heading_line)
        timed_head = _timed_heading_day(s, own_dates, story_day)
        if timed_head is not None:
            entry_day, told_in_entry = timed_head, False
            continue                       # "22 September 2022, 23:45, to 23 September, 08:30.": a log entry's
                                           # date line, with its hours; the entry under it happened that day
        if not _A_LOWER_CASE_WORD.search(s) or _FIRM_AND_TOWN.fullmatch(s.strip()):
            heading = _heading_day(s, own_dates, story_day) or (
                opens_paragraph and _inline_heading_day(s, own_dates, story_day))
            entry_day, told_in_entry = heading or entry_day, told_in_entry and not heading
            continue                       # a dateline or byline ("Khankendi/Jabrayil, 28 January 2026, Report.az"):
                                           # where the report was filed, nothing that happened
        inline = _inline_heading_day(s, own_dates, story_day) if opens_paragraph else None
        if inline is not None:
            entry_day, told_in_entry = inline, False   # the notes of that day follow in its paragraph
        if entry_day is not None and _DAYS_HEADING.fullmatch(s):
            entry_day, told_in_entry = None, False
            continue                       # "4. Thursday and Friday.": a section of days with no date of its own
                                           # ends the dated entry before it; its "on Thursday" counts from publication
        raw = [m for m in finder.mentions(s, tokens, evidence)
               if m is not None and not surname_alone(s, m, surnames) and not kin_name_alone(s, m, kin_named)
               and not surname_sent(s, m, all_surnames)
               and not note_signer_alone(s, m, signers)
               and not height_read_as_town(s, m)
               and not mountain_read_as_town(s, m, finder.lookup)]
        raw = [m for m in raw if not _in_turn_label(s, m, turn_labels)]
        raw = abroad.read(raw)
        if glossed:
            raw = _read_glossed(s, raw, glossed)
        in_sentence = [m.place for m in raw if m.place.country in REGION]
        raw = [_shared_alias_read(s, m, finder, named_before, in_sentence) for m in raw]
        raw = [m for m in raw if m is not None]
        if "call" in s or "know" in s or "name" in s:
            raw = _namesake_by_gloss(s, raw, finder)
        chosen = [m if m.text in readings else _town_by_other_name(
                      _namesake_by_neighbours(m, finder.g, named_before, in_sentence), finder, named_before, text)
                  for m in raw]
        readings.update((after.text, after.place) for before, after in zip(raw, chosen) if after is not before)
        raw = chosen
        if sentence.index not in headlines:
            body_names.update(m.place.name for m in raw if m.how != ASKED)
        named_before.extend(m.place for m in raw if m.place.country in REGION and m.how != ASKED)
        # one place per name in an article: "the village of Aghdam in the Tovuz district", later "the municipal
        # head of Aghdam" is the same Aghdam (and "Kemerli" after "Kemerli (Qazax)" is that village)
        raw = [m._replace(place=readings[m.text], how="located" if m.how == ASKED else m.how)
               if m.text in readings and m.place.precision == "town" else m for m in raw]
        raw = _twins_read(s, raw, twins, home_said)
        found = provinces_in_lists(s, namesakes_in_lists(s, located_in_area(s, raw, finder.g), finder.g), finder.g)
        found = namesakes_by_country(s, found, finder.g)
        readings.update((after.text, after.place) for before, after in zip(raw, found)
                        if after.place is not before.place and after.place.precision == "town")
        twins.update((place_key(before), after.place) for before, after in zip(raw, found)
                     if after.place.country != before.place.country and after.place.precision == "town")
        found = [m for m in found if m.how != ASKED]      # a name asked about that no area named with it settled
        named_here = found                                 # every place the sentence names, for "the town" (backrefs)
        areas = [m for m in found if _is_area(s, m) and not _loosely_read_village(s, m, found)]
        same = _SAME_AREA.search(s) if not areas else None
        told = _same_area(same, last_area, last_town, sentence.paragraph, number, finder.g) if same else None
        if told is not None:
            areas = [told._replace(begin=0, end=0)]  # "in the same district": the one just named
        elif not areas and ("district" in s or "region" in s or "province" in s) and (said := _THE_AREA.search(s)) \
                and (district := _district_of_town(s, found, said, finder.g)):   # (the quick test: words it needs)
            areas = [district]                                # "the city of Jabrayil and villages of the district"
        elif not areas and named_areas and ("district" in s or "region" in s or "province" in s) \
                and _THE_AREA.search(s):
            areas = _area_of_villages(found, named_areas)     # "villages of the district: A, B, C"
        elif not areas and "district" in s and (said := _THE_AREA.search(s)) \
                and (district := _district_of_listed(found, said, finder.g)):
            areas = [district]                                # "villages of the district: A, B, C", no district
            # named before: the one the known villages of the list lie in
        elif not areas and not named_areas and "district" in s and (said := _THE_AREA.search(s)) \
                and (district := _same_area(said, None, last_town, sentence.paragraph, number, finder.g)):
            told, same = district, said                       # "the town of X was taken ... A was among the
            # villages of the district": no district named yet, so the district of the town just named, read as
            # "the same district" is
        elif not areas and "villages" in s:
            owner, listed = _district_of_villages(s, found, finder.g)   # "the Tovuz villages of A, B and C"
            if owner is not None:
                areas = [owner]
                found = [_reading_in(m, owner, finder.g) if listed[0] <= m.begin < listed[1]
                         and m.place.precision == "town" else m for m in found
                         if not (m.begin < owner.end and owner.begin < m.end)]   # (the district, as its town)
        could_be_name = lambda w: _a_place_name(w) and w not in people     # noqa: E731
        unknown = unknown_villages(s, found, areas, could_be_name, finder.g, _name_area_locates)
        town = _town_of_village(s, found) if not areas and "village" in s else None
        seats = []
        if town is None and not areas and " in " in s:
            seats = _district_towns_locating(s, found, finder.g)   # "near Jamilli in Kalbajar"
            town = next(iter(seats), None)
        bracketed = False
        if town is None and not areas and "(" in s:
            town = _town_in_brackets(s, found)
            bracketed = town is not None
        heading = None
        if not areas and ":" in s and "," in s:
            heading = _seat_heading_names(s, found, finder.g)    # "Galakand and Zamanli, Gadabay: ..."
            town = heading or town
        if town is not None:
            # "the Aghdam village of Chamanli", "Garatepeli (Goranboy)": the district written as its town locates
            # the village; one the gazetteer lacks is kept there, approximate, in the town's stead (not the surname
            # of someone named in full: "Reporter: Karen Mkhitaryan (Goris)" gives a person's town, no village)
            named = (lambda w: could_be_name(w) and w not in surnames) if bracketed else could_be_name   # noqa: E731
            towns = seats if town in seats else [town]    # ("A in Kalbajar and B in Lachin": both towns)
            unknown = unknown_villages(s, found, towns, named, finder.g,
                                       _name_before_seat if heading is not None else _name_before_area)
            if unknown:
                found = [m for m in found if not any(m is t for t in towns)]
        elif not areas and named_areas and ("village" in s or "communities" in s) and _VILLAGES_NAMED.search(s):
            # "the villages of Hajili and Haji Isagli", the district named earlier in the article: a name the
            # gazetteer knows only with that district ("Hajili (Jabrayil)") is that village
            unknown = _villages_of_area_before(s, found, named_areas[-1], could_be_name, finder.g)
        elif not areas and "village" in s and (listed := _TOWN_AND_VILLAGES.search(s)):
            # "took Hadrut together with the villages of Chayli, Gishlag and Sur": villages the gazetteer lacks
            # are kept around the town they are named with (approximate, at its point)
            town = next((m for m in found if m.end == listed.start("town") + len(listed.group("town"))
                         and m.place.precision == "town" and m.how == "exact"), None)
            if town is not None:
                unknown = unknown_villages(s, found, [town], could_be_name, finder.g)
        if not unknown and town is None:
            # "near A, B and C", A and B villages the gazetteer knows: C one it lacks, beside them (also when the
            # sentence names an area that locates none of them: "the governor of X said there was fighting around
            # A, B and C", A and B far from X's point)
            unknown = listed_with_villages(s, found, could_be_name, REGION)
        if areas and town is None and " in " in s \
                and (seat := _district_town_locating(s, [m for m in found if m not in areas], finder.g)) is not None:
            # "near A and B in Gadabay and near C in the Kalbajar district": the seat town locates its own
            # villages as a district named in full locates the others
            more = unknown_villages(s, found + unknown, [seat], could_be_name, finder.g, _name_before_area)
            if more:
                unknown += more
                found = [m for m in found if m is not seat]
        if "village of" in s or "villages of" in s:
            # "in Gizilhajili village of Gazakh": the town after "village of" only says where the village is
            found = _without_village_locators(s, found, finder.g)
        unknown += _placed_before(s, found + unknown, placed_villages)
        if told is not None:
            # "shells landed on X in the same district": the words stand where the district would, and the name
            # before them is the one it locates
            unknown += unknown_villages(s, found + unknown, [told._replace(begin=same.start(), end=same.end(),
                                                                         text=same.group())],
                                        could_be_name, finder.g, _name_same_area_locates)
        if areas or named_areas or told is not None:
            # "In the Aghdam district, the school of Sarijali": a village the gazetteer files only with that district
            # (or the one "the same district" refers back to)
            unknown += qualified_villages(s, found + unknown, [a for a in areas if a.end]
                                          + ([told] if told is not None else []) + named_areas[::-1],
                                          could_be_name, finder.g)
        placed_villages.update((u.text, u.place) for u in unknown if u.place.source == "approximate")
        found = [m for m in found if not any(u.begin < m.end and m.begin < u.end for u in unknown)]   # namesakes
        areas = [a for a in areas if not a.end or not a.how in ("variant", "fuzzy") or a in found]   # (nor a loose reading a village replaced)
        found = described_dropped(s, sorted(landmarks_dropped(s, locators_dropped(s, found, finder.g)) + unknown,
                                            key=lambda m: m.begin))
        found = asides_dropped(s, found)
        if "(" in s:
            found = _same_name_as_qualified(found)
        if "villages" in s:
            found = _area_of_villages_dropped(s, found)
        if "," in s:
            found = areas_listing_their_places(s, found)
        if "district" in s or "ransfer" in s or "and-over" in s or "andover" in s:
            found = _towns_read_as_districts(s, found, finder)     # (the words its rules need)
        if named_sites:
            found = _sites_named_before(s, found, named_sites)
        named_sites.update(_named_sites(found))
        # "a sabotage group entered the town": the town the sentences just before named (see backrefs)
        bare = backrefs.read(s, [m for m in named_here if not any(u.begin < m.end and m.begin < u.end
                                                                  for u in unknown)] + unknown,
                             found, sentence.index in headlines or number in headings)
        if bare:
            found = sorted(found + bare, key=lambda m: m.begin)
        named = [m.place for m in found if is_corridor(m.place)]
        if named:
            last_corridor = named[-1]
        elif last_corridor:
            found = sorted(found + _the_corridor(s, last_corridor), key=lambda m: m.begin)
        if areas:
            last_area = (areas[-1], sentence.paragraph, number)
            named_areas.extend(a for a in areas if a.end)
        towns = [m for m in found if m.place.precision == "town" and m.how == "exact" and m.place.country in REGION]
        if towns:
            last_town = (towns[-1], number)
        dateline = dateline_end(sentence)
        if dateline:
            found = [m for m in found if m.begin >= dateline]     # where the reporter files from
        if credit_line(sentence):
            found = []                                       # where the staff sit, not where news happened
        letterhead = [m for m in found if letterhead_place(
            sentence, sentences, m.begin, m.end, [o.end for o in found if o.place.precision == m.place.precision])] \
            if number < MAX_LETTERHEAD_SENTENCE else []
        if letterhead and not any(h.strong for h in cue_hits(s, returning)):
            found = [m for m in found if m not in letterhead]
            # "Vorotan Bike Hire, Goris - notice to customers": the issuer's town on its letterhead (a headline's
            # "Shelling hits Tartar, Barda" tells an event and keeps its places)
        if len(found) > 1 and ("call" in s or "know" in s or "refer" in s or " name " in s):
            # "the village of X, which Baku calls Y": Y is X named again; where the gazetteer reads Y as another
            # place (a namesake elsewhere), that place is no place of this sentence
            found = [n for n in found if not any(
                m.end <= n.begin and place_key(m) != place_key(n) and _RENAMED.fullmatch(s, m.end, n.begin)
                for m in found)]
        if any(schedule_item_place(sentence, m.begin, m.end) for m in found) \
                and not any(h.strong for h in cue_hits(s, returning)):
            found = [m for m in found if not schedule_item_place(sentence, m.begin, m.end)]
            # "Thursday 6 April: Sisian, the art school": where a round's plan goes that day
        if any(timetable_slot_name(sentence, m.begin, m.end) for m in found) \
                and not any(h.strong for h in cue_hits(s, returning)):
            noted = not cue_hits(s, returning)
            found = [m for m in found if not timetable_slot_name(sentence, m.begin, m.end, noted=noted)]
            # "Tuesday 4.00 Mariam, 4.45 Arpi": the pupil a lesson's slot holds ("16:00 Narek, beginner." too, but
            # not a line with a cue of the war: "20:10 Martuni, sirens.", "08:00 Lachin, road open again.")
        if entry_head(sentence):
            found = []                                       # "Tuesday 12 April, evening, Goris.": where the diary
                                                             # was written
        if trailer_line(sentence, sentences[number - 1] if number else None):
            found = []                                       # "Next week: the fair in Ijevan": the next issue
        if sentence.index == tagline:
            found = []                                       # "Weekly of the Askeran region": the outlet's beat
        passed_on = sentence.index in notices and passes_on_news(s) \
            and any(h.strong for h in cue_hits(s, returning))
        if (sentence.index in routine and not passed_on) or other_news_line(sentence):
            found = []                                       # "POLICE NOTES", "In other news, ...": not the news
            # (but a shop's "Notices" passing on "the X road was closed" is news)
        if sentence.index in appeal_practical and not any(h.strong for h in cue_hits(s, returning)):
            found = []                                       # "Where to give: the clinic in X": where to come (but
                                                             # "the clinic in X was shelled" there is news)
        if instruction_line(sentence):
            found = []                                       # "Leave Goris in daylight": what to do, no event
        if NOTE.match(s):
            note = sentence.paragraph
        if note == sentence.paragraph:
            found = []                                       # "Editor's note: ...": the publisher's aside
        if _weather_only(s):
            found = []                                       # "Snow is falling in Gavar": weather, no event
        if _road_condition_line(s):
            found = []                                       # "Goris-Sisian: open, icy patches": a road's state
        if _route_described(s):
            found = []                                       # "The pass carries the A–B highway": geography
        if _service_line(s):
            found = []                                       # "Cars for X leave from bay one": a timetable
        if ("No." in s or (number and "No." in sentences[number - 1].text)) \
                and _catalogue_entry(s, sentences[number - 1].text if number else None):
            found = []                                       # "No. 2, the X ring": a catalogue's piece
        if _ADVICE.match(s):
            found = []                                       # "Do not accept loads for X": the writer's advice
        if _asks_the_reader(s):
            found = []                                       # "Which of these towns could you reach from X?": a
            # quiz's or an interviewer's question to "you", nothing that happened
        if _standing_aside(s):
            found = []                                       # "19:02:10 LEAD: GORIS (2'40")", "Practical notes:
            # fill up in X", "The visitor who drives the A–B road today passes Y": a slot, advice, a standing fact
        found = _home_named_again(s, found)
        mentions = dedupe_mentions(found)
        turn = capitals_turn(s, text) if s[:1].isupper() and ":" in s[:40] else []
        if turn or _LABELLED_TURN.match(s):
            speaking = (sentence.paragraph, turn[0].who if turn else "")   # a new turn, its speaker named or not
        attributions = find_attributions(s)
        cited = recent_claimant if recent_claimant and (ministry_office(recent_claimant)
                                                        or "ministry" in recent_claimant.lower()) else recent_ministry
        if cited:
            # "..., Artsakhpress reported, citing the ministry": the ministry the sentence before quoted, whatever
            # the outlet's side (or the ministry an outlet relayed there: "the ministry in Baku said, according to
            # AZERTAC")
            attributions = [a._replace(who=cited) if _CITING_BARE_MINISTRY.match(s, a.pos) else a
                            for a in attributions]
        # "The reporters also said ...", after a sentence an outlet told: that outlet's reporters
        attributions = [a._replace(who=outlet_of_the_reporters(s, a, recent_claimant) or a.who)
                        for a in attributions]
        if web_site and _SAME_PIECE.search(s):
            # "The same piece claims that ...": the site's piece, though a villager spoke between (a person has no piece)
            attributions = [a._replace(who=web_site) if a.who == "the report" else a for a in attributions]
        document_voice = None              # the described document telling the sentence, and where its telling ends
        if described_document and described_document[0] == sentence.paragraph:
            # "Handwritten report dated 14 June. It states that ...", "The writer states that ...": that report
            writer = _WRITER_TELLS.match(s) if not attributions else None
            again = _kind_tells(s, described_document[1])
            if writer:
                attributions = [Attribution(writer.start("verb"), described_document[1])]
            elif again:                    # (a later "and list the families" is the document's verb, no speaker)
                # (one with a subject of its own after it is another's telling: "..., but villagers told us")
                attributions = [Attribution(again.start("verb"), described_document[1])] + [
                    a for a in attributions if a.pos > again.end()
                    and (canonical_actor(a.who) or not re.search(r"\band\s+$", s[:a.pos]))]
            elif attributions and (_DOCUMENT_ITSELF.fullmatch(attributions[-1].who)
                                   or _same_document(attributions[-1].who, described_document[1])):
                attributions[-1] = attributions[-1]._replace(who=described_document[1])
            if attributions and attributions[0].who == described_document[1]:
                # (its kind alone, "report", is no pronoun for the source named before: the document speaks, up to
                # another teller's subject: "The report says X was calm, while the ministry said Y was shelled")
                after = attributions[1].pos if len(attributions) > 1 else len(s)
                subject = s.rfind(attributions[1].who, attributions[0].pos, after) if len(attributions) > 1 else -1
                document_voice = (described_document[1], subject if subject >= 0 else after)
        described = _document_described(s, sentence.paragraph)
        if described:                      # (a "report" named before is another's: this one speaks for itself)
            people.pop(body_key(described[1]), None)
            bodies.pop(described[1], None)
        described_document = described or (
            described_document if described_document and described_document[0] == sentence.paragraph else None)
        if aid_agencies:                   # "Aid agencies warned ... The agencies said": those agencies, no wires
            attributions = [a for a in attributions if not _BARE_AGENCIES.fullmatch(a.who)]
        # "The column said", no outlet's column or editorial named before it: no one new speaks (the one heard
        # before goes on), not a claimant called "column"
        attributions = [a for a in attributions if not ((piece := _BARE_PIECE.fullmatch(a.who))
                                                        and body_key(piece.group("piece").lower()) not in people)]
        for m in _AGENCIES_KIND.finditer(s) if has_stem(s, ("agencies",)) else ():   # (a quick test first)
            if m["kind"].lower() not in _NO_KIND:
                aid_agencies = m["kind"].lower() not in _PRESS_AGENCIES
        if attributions and speaking[0] == sentence.paragraph:
            speaking = (None, "")          # a turn that names its source retells that source's account from there on
        attributions = attributions or turn
        # "attacked the Defence Army's positions ..., the army's press service said": the army named in full before
        attributions = [a._replace(who=army) if _BARE_ARMY.fullmatch(a.who.strip())
                        and (army := _army_meant(army_in_full(s[:a.pos]), army_named)) else a for a in attributions]
        if not attributions and speaking[1] and speaking[0] == sentence.paragraph:
            attributions = [Attribution(0, speaking[1])]    # the rest of a guest's turn: "ANAHIT: ... Since May, ..."
        asked = QUESTION.match(s) if attributions else None
        if asked:                          # "Q (Trend): ...": the outlet in the label asks, it claims nothing (nor is
            attributions = [a for a in attributions if a.pos >= asked.end()]   # the answer's "she")
        # "under Russian peacekeeper escort, according to the contingent": the peacekeepers just named
        people.update((body_key(noun), body) for noun, body in peacekeepers_named(s).items())
        # "rescuers of the emergency service in Stepanakert searched X, the service said": that service
        people.update((body_key(noun), body) for noun, body in seated_bodies(s).items())
        # "ANAMA, the national mine action agency, started ...; the agency said": that body
        people.update((body_key(noun), body) for noun, body in bodies_in_apposition(s).items())
        # the ministry the writer names bare is "the ministry" again, though the other side's was named since (not
        # right after it spoke in a sentence of its own: "Baku's ministry insists X. The ministry added Y" is Baku's)
        if bare_ministry and (contrasted or not ministry_office(recent_claimant) or recent_claimant == bare_ministry):
            people[body_key("ministry")] = bare_ministry
        actors = {}                        # attribution → its actor, for this sentence (people unchanged while it is read)
        if attributions:                   # "... the distributor Armgaz. A spokeswoman said": the company's
            company = company_named(s[:attributions[-1].pos]) or last_company
            attributions[-1] = spokesperson_of(attributions[-1], company)
        last_company = company_named(s)
        if not attributions and number in speakers:
            attributions = [Attribution(0, speakers[number])]   # a quotation whose speaker is named later
        if not attributions and sentence.paragraph in named_turns:
            attributions = [Attribution(0, named_turns[sentence.paragraph])]   # "Aram Petrosyan: ...": his answer
        # a bare "he" or "she" that the last claimant's title says is not them ("Baroness X reported ... . He added"):
        # the latest person heard before, whose title does not say otherwise
        if genders and attributions:
            last_claimant = person_of_pronoun(attributions[-1].who, last_claimant, persons_heard, genders)
        # a bare "he" or "she" after a body or an outlet spoke ("The defence ministry said ... . Now, he said, ..."): the
        # person heard before it, else nobody; a ministry, an agency or an outlet is no "he" (kept for the sentences
        # after this one)
        # (not when the sentence names someone before it: "A new commander, X, was sent to hold Y, and he told the
        # paper": whom it means is read from the sentence itself)
        body_heard = ""
        if attributions and heard_from_body and attributions[-1].who.strip().lower() in ("he", "she") \
                and not _NAMED_BEFORE_PRONOUN.search(s, 0, attributions[-1].pos):
            body_heard, last_claimant = last_claimant, person_heard
        answerer = _answerer(s, answerer, answering == sentence.paragraph)
        if not attributions and answerer and answering == sentence.paragraph:
            attributions = [Attribution(0, answerer)]           # a transcript's "A: ...": the briefing's speaker
        # every sentence's dates, with places or not, move a retold history on ("On 12 February 1994, near the
        # heights ...", then "On 13 and 14 February they took the pass")
        recall = recalls(s)
        if recall:
            narrative = None               # "... on 27 February, to mark the anniversary": today's, the story ends
        # a history from decades back, stated in this very paragraph ("a letter printed in February 1992. ... on 23
        # February alone"), goes on through its own days even in the month before publication, as one the article
        # looks back on does (a date as old named in an earlier paragraph may be background to today's news)
        # (not once a later year was written since, "They held it until 2020.", nor a sentence that leaps years on,
        # "Thirty years later, on 28 May": the story has come forward to the report's own time)
        # (or in the very next sentence when the one that stated it was told as recalled, a page that sets each
        # sentence in a paragraph of its own: "... shot down on 28 January 1992, the site recalled." then "On
        # 5 February a helicopter dropped leaflets ...", and so on while the history goes on so)
        old_history = (narrative is not None
                       and (block.get(narrative_paragraph) == block[sentence.paragraph]
                            or (narrative_number == number - 1 and recalled_history))
                       and story_day.year - narrative.year >= OLD_HISTORY_YEARS
                       and (year_named is None or year_named <= narrative.year) and not _YEARS_LATER.search(s))
        dates_against = functools.partial(find_dates, s, story_day, retold=looking_back or old_history, told=told_day,
                                          anniversary=anniversary, previous=previous_day, year_named=year_named,
                                          years_named=tuple(years_named),
                                          month_before=month_before if month_paragraph == sentence.paragraph else None)
        stated = dates_against(narrative)
        if narrative is not None and any(_looked_back_to(d, narrative) for d in stated) \
                and any(i in headings for i in range(narrative_number + 1, number)):
            # a history stated before a section's heading goes on under it, but a day without its year that falls
            # before the history's day is the new section's own ("... the city was taken on 17 October 2020." then,
            # under "Roads", "The works were inspected on 29 August"): read against publication
            stated = dates_against(None)
        stated = _in_month_told(s, stated, month_told, story_day)
        stated = _without_restated_weekdays(s, stated)
        stated = _same_part_of_day(stated, told_day, told_spoken, parts_told, number)
        if _COUNTED_ON.match(s):           # "Two days later, at five in the morning, ...": the morning of that day
            stated = [d for d in stated if not _PART_OF_DAY.fullmatch(d.text)]
        for written in YEAR_IN.finditer(s):
            year_named = int(written.group())
            if year_named in years_named:
                years_named.remove(year_named)
            # (only a year written with its month tells days of it: "March 1988", not "the 1994 ceasefire", "a
            # book of 1990", "by 2030", which a current story's weekday, written wrongly, must not be moved to)
            if _MONTH_BEFORE_YEAR.search(s, 0, written.start()):
                years_named.insert(0, year_named)
        anniversary = anniversary or ((recall or "years after" in s) and anniversary_years(s))   # "A year ago today, ...": the piece's
        if entry_day is not None:
            stated = _relative_to_entry(s, stated, entry_day, narrative, looking_back, told_day, told_in_entry)
        near = named_near.get(sentence.paragraph)
        if near is None:                   # "Saturday, 7 May" in this paragraph or the one before: its bare "on Saturday"
            near = named_near[sentence.paragraph] = named_weekdays(
                paragraph_text.get(sentence.paragraph - 1, "") + "\n" + paragraph_text.get(sentence.paragraph, ""),
                story_day) if weekday_named else {}
        # (the week a review covers is not the one of a sentence that looks ahead or speaks of today: "will reopen
        # on Tuesday", "Today, Sunday, ...")
        if stated:                         # (speed: no date stated, none to set to the week's days)
            week = weekdays_dated if FUTURE_TENSE.search(s) or _SAYS_TODAY.search(s) else covered_week
            stated = as_dated_weekdays(stated, {**week, **near} if near else week)
        if prev_stated_day or previous_day is not None:   # (a day before, or "yesterday" before)
            stated = _counted_from_day_before(stated, previous_day)
        if document_day is not None and document_day[0] == sentence.paragraph and (
                not attributions or _DOCUMENT_ITSELF.fullmatch(attributions[-1].who)
                or (described_document and attributions[-1].who == described_document[1])):
            # "Report dated 13 June 1992. The writer states that X was attacked yesterday.": its days, not today's
            # (not another's telling after it: "..., police said")
            stated = _relative_to_document(s, stated, document_day[1], narrative, looking_back)
        document_day = _document_dated(s, stated, sentence.paragraph) or (
            document_day if document_day is not None and document_day[0] == sentence.paragraph else None)
        prev_stated_day = any(_stated_day(d) for d in stated)
        day_before = previous_day if previous_paragraph == sentence.paragraph else None
        told = _without_day_appositions(s, stated)
        previous_day = next((d.start for d in reversed(told) if d.precision == "day" and d.start == d.end), None)
        # the one month (and no day) this sentence stated: "On the 16th" later in its paragraph, with no other date
        # stated in between, is that month's day
        if told:
            months_told = [d.start for d in told if d.precision == "month" and d.kind == "calendar"]
            month_before = months_told[0] if len(months_told) == 1 and previous_day is None else None
            month_paragraph = sentence.paragraph
        # (the head's day is the entry's; and so is a day stated that is the entry's own: "it is Saturday", under
        # "Saturday, 7 May", tells no other day)
        told_in_entry = told_in_entry or (prev_stated_day and inline is None
                                          and any(_stated_day(d) and d.start != entry_day for d in stated))
        # ("yesterday at about 01:00" states a day too, one before the report's: "the same night" of a later sentence
        # is that one)
        # "The next day the army entered X, under the statement signed on 9 November": a day the sentence names only
        # as an earlier one (before the day told before) is no day of its own; the day counted on still is
        # (not a day the sentence's speaker gives: "The next day the ministry said that X was hit on 2 May")
        earlier_only = (told_day is not None and bool(told) and bool(_COUNTED_ON.match(s))
                        and all(d.end is not None and d.end < told_day for d in told)
                        and not _SPEAKER_TOLD.search(s, 0, min(d.begin for d in told)))
        if not earlier_only:
            told_day = _night_opening(s, told) or next((d.start for d in reversed(told) if not _NIGHT_BEFORE.fullmatch(
                d.text) and not _SINCE_DAY_BEFORE.search(s, 0, d.begin)
                and (_stated_day(d) or (_relative_day(d) and d.start < story_day))), told_day)
        if told_day is not None and told and all(d.precision == "month" and d.kind == "calendar" and d.end
                                                 and not d.start <= told_day <= d.end
                                                 and not _MONTH_OF_ANOTHER.search(s, 0, d.begin) for d in told) \
                and _HAPPENING.search(s):
            # a sentence that moves the story to another month with no day ("X had its roofs hit in February"):
            # "the same evening" after it is that month's, no day told before (not a month that only dates another
            # thing: "the ceasefire signed in November", "a report due in September")
            told_day = None
        days = [d for d in told if d.precision == "day"]
        told_spoken = (bool(attributions) and bool(days) and told_day == days[-1].start
                       and all(_speaker_day(s, d) and not _PART_TOLD.search(d.text) for d in days))
        for d in told:
            part = _PART_TOLD.search(d.text)
            if part and _stated_day(d) and d.start == d.end:
                parts_told[part.group().lower()] = (d.start, number)
        counted_from = told_day
        if (not told or earlier_only) and told_day is not None:
            told_day = _counted_on(s, told_day)   # "A day later ..." then "On the same day ...": that later day
        previous_narrative = narrative
        narrative = narrative_day([d for d in stated if not _NIGHT_BEFORE.fullmatch(d.text)], narrative,
                                  story_day)    # "A year ago, on 13 September 2022" starts one ("The night before"
                                                # looks back from it and leaves it)
        if narrative is not None and narrative == counted_from and told_day != counted_from:
            narrative = told_day  # a history told on "Two days later": its "the same day" after is that later day
        if narrative is not None and narrative != previous_narrative:
            narrative_paragraph = sentence.paragraph    # the paragraph that stated it (read by old_history)
            narrative_number = number
            recalled_history = old_history or bool(_TOLD_AS_RECALLED.search(s))
            history_told = bool(_TELLS_IT.search(s))
        elif (narrative is not None and not stated and narrative_number == number - 1
              and (recalled_history or history_told) and _TELLS_IT.search(s)):
            # a speaker's telling goes on through sentences with no date of their own ("X told the meeting that
            # the attacks began on 21 November 1988." then "He said ..." then "She added that on 24 November ..."):
            # the history's year still holds in the next sentence, as after one told as recalled
            narrative_number = number
            recalled_history = True
        looking_back = looking_back or recall
        dates = _after_dateline(stated, dateline) if mentions else []
        if mentions and not stated and day_before is not None and _SAME_ACTORS_GO_ON.match(s):
            # "The commissions met yesterday ... According to a statement, they agreed that ...": what the same
            # people did at that meeting, its day
            dates = [DateSpan("", 0, 0, day_before, day_before, "day", "relative")]
        if (mentions and (not stated or earlier_only) and told_day != counted_from
                and told_day <= story_day):
            # "On 6 May ... . A day later soldiers blockaded X": the sentence names its day, counted on from the one
            # told before, as the annotated sets date it (carried days with no day word of their own stay unstated;
            # so does a day past the story's own, counted from a deadline or a plan: "set 15 June as the deadline
            # ... The next day police closed X"); its words are the date's text, so the event shows what dated it
            count = counted_on_match(s)
            dates = [DateSpan(count.group("words") if count else "", 0, 0, told_day, told_day,
                              "day", "relative")]
        if entry_day is not None and mentions and not dates and not told_in_entry:
            dates = [_entry_span(entry_day)]   # a diary entry's undated news happened on the heading's day
        same_paragraph = previous_paragraph is not None and previous_paragraph == sentence.paragraph
        # a sentence that goes on about what the one before reported ("It starts at ...") keeps its claimant,
        # in a new paragraph too
        label = _LABELLED_TURN.match(s)   # (a transcript's turn that adds to the one before: "B: And one near X too")
        claim_default = previous_claimant if same_paragraph or _GOES_ON.match(s, label.end() if label else 0) else ""
        body_on = _BODY_GOES_ON.match(s) if not attributions and recent_claimant else None
        if body_on and (body_on.group("noun").lower() in recent_claimant.lower()
                        or people.get(body_key(body_on.group("noun").lower())) == recent_claimant):
            # "... according to Azerbaijan's State Border Service. For now the service allows only cars to cross at
            # X": the rule the body that spoke just before keeps in force, told from its own account
            claim_default = recent_claimant
        acting = subject_actor(s, people)  # the known actor the sentence opens with, read once (people unchanged)
        following = sentences[number + 1] if number + 1 < len(sentences) else None
        drove = traveller_reporting(s, following.text if following and following.paragraph == sentence.paragraph
                                    else "", people) if not attributions else ""
        if drove:
            claim_default = drove          # "X drove the road through A and B. He wrote that ...": X's own account
        elif not attributions and acting:
            claim_default = ""             # "Aliyev later visited Shusha.": an actor acting, not a claim
        elif not attributions and _AGENTLESS_SPEECH.search(s):
            claim_default = recent_claimant or last_claimant  # "Seven villages were named as well": by the last speaker
        elif not attributions and counted_before and _AGENTLESS_COUNT.search(s):
            claim_default = recent_claimant   # "The mission counted 900 in A. Only ten were found in B.": its count
        if not attributions and sentence.paragraph in issuers and not publisher_aside(s):
            claim_default = issuers[sentence.paragraph]   # a document printed in full: its issuer's words
        elif not attributions and sentence.paragraph in signed:
            claim_default = signed[sentence.paragraph]   # a letters page's letter: its writer's account, by name
        elif not attributions and sentence.paragraph in letter and WRITER_SPEAKS.search(s):
            claim_default = "residents"    # a reader's letter: what its writer tells of their own life
        elif not attributions and sentence.paragraph in closing_sources:
            claim_default = closing_sources[sentence.paragraph]   # a log entry: the source its bracket names
        opener = acting if attributions else ""
        here = sentence_home(s, home)      # "In Yerevan, the government said": the home of this sentence
        if here != home:
            marked_abroad = here           # "In Baku, the ministry said": the article is written from elsewhere
        elif not home and marked_abroad in OTHER_SIDE:
            here = OTHER_SIDE[marked_abroad]   # so its bare "the Defence Ministry" is the other side's, its own
        hits = cue_hits(s, returning) if mentions else []
        if depot_blast and hits:
            hits = blast_again(s, hits, depot_blast)   # "the explosion at X" after the depot's blast: that accident
        depot_blast = depot_blast or (s if depot_blast_told(s) else "")
        strong_told = any(h.strong for h in hits)   # a strong cue anywhere in the sentence
        if mentions and describes_geography(s, hits) and not line_at_work(s):
            mentions = []                # "X lies on the Y river north of Z": where places are, no event
        elif mentions and link_or_caption(s, hits):
            mentions = []                # "Read more: Life in Goris after the war": another story's title
        elif mentions and describes_character(s, hits):
            mentions = []                # "Ordubad is famous for its apricots": what a place is like, no event
        elif mentions and _public_asks(s, hits):
            mentions = []                # "Readers ask whether they can travel to X": a question, nothing told
        elif mentions and sentence in naming and not strong_told:
            mentions = []                # "A and B are known in Armenia as X and Y": what places are called
        elif mentions and number in headings and (number in numbered or not strong_told):
            mentions = []                # a section's heading ("Tartar and Kalbajar"): what follows is about them
        elif mentions and explainer_title(sentence, sentence.index in headlines or number in headings
                                          or sentence.index in lone_questions):
            mentions = []                # "Five things to know about the new border in A": the body tells it
        elif mentions and asking == sentence.paragraph and _ASKED.search(s):
            mentions = []                # a transcript's question ("Q: Do people still go to X?") reports nothing
        elif mentions and HOST_ASKS_PLACE.match(s):
            mentions = []                # "PRESENTER: And in Baku?": a hand-over to the reporter there
        elif mentions and _nothing_recorded(s, hits):
            mentions = []                # "On the X section the monitors logged no incidents in May": nothing told
        unanswered = _asked_unanswered(s) if mentions else None
        if unanswered:
            mentions = [m for m in mentions if not unanswered[0] <= m.begin < unanswered[1]]
        if mentions and not strong_told:
            named = road_names_given(s)     # "the M-2, which the signs call A–B–C": the road's name, no event
            mentions = [m for m in mentions if not any(b <= m.begin < e for b, e in named)]
        if mentions:
            breaks = clause_breaks(s)
            rows = []
            spans = [(m.begin, m.end) for m in found]
            ends = route_ends(s, found) | _between_ends_when_at_point(s, hits, found, breaks)
            locating = locating_roads(s, found, ends) if ends else set()
            near = set()                   # the near end of a road that only locates a site
            if locating:
                # "a depot beside the Stepanakert–Askeran highway", the depot placed at Stepanakert before: the near
                # end, where the article already reported it, is where it happened; the far end gives nothing
                reported = {name for c in candidates for name in c["place_name"].split(";")}
                near = {m.begin for m in found if m.begin in locating and m.place.name in reported}
                if len(near) < len(locating):
                    locating, ends = locating - near, ends - near
            # the road is the news unless something else happened on it (shelled, blocked, exploded)
            # (not an event that only dates the journey: "travelled along the A–B route and, after the attack, ...")
            # (nor the reason a road was closed: "closed after a landslide and gunfire" closed the road)
            causes = _closure_causes(s, hits, breaks) if ends else set()
            road_hits = [h for h in hits if h.begin not in causes]
            # (traffic checked on the road still runs on it: "police were checking lorries on the A–B road")
            at_point = bool(ends) and _happened_at_point(s, road_hits, found, ends, breaks)
            route_news = not at_point and _road_news(s, road_hits, found, ends, breaks)
            end_places = {place_key(m) for m in found if m.begin in ends}
            clause = _road_alone(s, road_hits, found, ends, locating, end_places, breaks)
            # (not when the clause says where on the road: "set up a checkpoint on the A–B road at B")
            only_road = clause is not None and _road_blocked(*clause) and not at_point
            # (posts that only stand on the road are checkpoints at its towns, the road still running: "Azerbaijani
            # checkpoints have stood on the A–B highway", "a lorry passes a checkpoint on the road from A to B")
            # (not a road told by the towns it links: "checkpoints along the road, which links A with B" is the way)
            posted = only_road and not route_news and _posts_only(clause[0]) and not _LINKS.search(clause[1])
            # (barriers put up on the road, not across it, are a blockade at a point of it, as a protest's is:
            # "residents threatened to put up barriers on the A-B road")
            barred = any(h.strong and h.kind == "barrier" and not _blocks_road(s, h, road_hits)
                         and not _barriers_gone(s, h) for h in road_hits)
            protested = clause is not None and (_road_blocked_in_protest(*clause)
                                                or (barred and _blockade_only(clause[0])))
            # (the road itself blocked or closed in protest, no barriers only put up on it)
            road_cut = protested and not barred and _road_blocked_in_protest(*clause)
            services = _service_ends(s, found, ends) if ends and not route_news else set()
            for first in [m for m in mentions if m.begin not in locating]:
                # a place named twice in a sentence: the mention with the most specific event wins
                # ("residents of Askeran ... barriers on the Askeran-Aghdam road")
                options = [Row(m, *_district_route(s, m, classify(s, m, road_hits if m.begin in ends else hits,
                                                                  breaks, spans),
                                                        finder.names_exclave(m.place))) for m in found
                           if (m.place.name, m.place.lat, m.place.lon) == place_key(first) and m.begin not in locating]
                # the near end of a road that locates a struck site takes what befell the site, not a route: "shells
                # hit a warehouse on the Stepanakert–Askeran road" is fire at Askeran
                options = [_site_struck(o, hits) if o.mention.begin in near else o for o in options]
                if len(options) > 1:
                    # (a first name with no event of its own leaves the reading to the other name, nearer what
                    # follows: "residents of X, which Baku calls Y, said fire was coming from the heights")
                    named = {o.mention.end for o in options if o.layer != "other"}
                    options = [o for o in options if not any(_RENAMED.fullmatch(s, end, o.mention.begin)
                                                             for end in named if end < o.mention.begin)] or options
                # the towns naming a road are waypoints of the route, never where something happened on it;
                # when the road itself is the news, each of them is a waypoint whatever the words before it
                # ("said that the Aghdam–Khankendi route is open")
                options = [(o._replace(layer="corridors", kind=route_kind(s)) if o.mention.begin in ends
                            and (route_news or o.mention.begin in services) and o.layer != "corridors" else o)
                           for o in options]
                # a town visited and named again by a road whose work the visitor only saw: the visit is its news
                # ("visited A and inspected work on the A-B road")
                # (nor is the road words' route the news at its own name: "laid a stone in A and was shown work on
                # three roads: A-B, ...")
                if len(options) > 1:
                    looked = {o.mention.begin for o in options if work_seen(s, o.mention.begin)}
                    if looked and len(looked) < len(options):
                        options = [(o._replace(layer="other", kind="mention") if o.layer == "corridors"
                                    and o.kind == "route" else o) for o in options if o.mention.begin not in looked]
                if posted:
                    options = [(o._replace(layer="checkpoints", kind="checkpoint")
                                if o.mention.begin in ends or place_key(o.mention) in end_places else o)
                               for o in options]
                elif only_road and not route_news:
                    # "troops cut the road from Vardenis to Aghdara": no other place says where on the road, so
                    # what happened happened to the road, drawn between its towns
                    options = [(o._replace(layer="corridors", kind=corridor_kind(o.layer, o.kind))
                                if o.mention.begin in ends or place_key(o.mention) in end_places else o)
                               for o in options]
                if protested:
                    # "protesters blocked the road from A to B": a blockage at a point of the road, as "a protest on
                    # the road between A and B" is, not the route cut; but the towns a road is named by ("the A-B
                    # highway") are its name, not where anyone stood: "protesters blocked the A-B highway" is that
                    # road's blockade (heldout59, 60, 66 and 68 annotate it so; the sets differ on the other forms)
                    options = [(o if o.mention.begin not in ends else
                                o._replace(layer="corridors", kind="blockade") if road_cut and names_road_end(s, o.mention) else
                                o._replace(layer="checkpoints", kind="blockade"))
                               for o in options]
                # fire told along a road named by its towns is fire at each town ("set fires along the road from A
                # to B"), whatever cue lies nearer
                along = {o.mention.begin: _fire_along(s, o.mention, road_hits) for o in options
                         if o.mention.begin in ends}
                options = [(o._replace(layer="shelling", kind=along[o.mention.begin]) if along.get(o.mention.begin)
                            else o) for o in options]
                # people on a road named by its towns when fire struck them ("they were on the road from A to B when
                # they were shot"): the road's towns, on the corridors layer
                struck = {o.mention.begin: _journey_struck(s, o.mention, found, ends, road_hits) for o in options
                          if o.mention.begin in ends}
                options = [(o._replace(layer="corridors", kind=struck[o.mention.begin]) if struck.get(o.mention.begin)
                            else o) for o in options]
                options = [o for o in options if o.mention.begin not in ends
                           or (o.layer == "corridors" and (route_news or only_road or o.mention.begin in services))
                           or along.get(o.mention.begin) or struck.get(o.mention.begin)
                           or (o.layer == "checkpoints" and (protested or posted))
                           or (o.layer == "corridors" and protested and road_cut and names_road_end(s, o.mention))
                           or (o.layer == "checkpoints" and _crossing_end(s, o.mention))]
                if not options:
                    continue
                row = _placed_reading(s, min(options, key=lambda o: PRIORITY[o.layer]), found, ends, hits)
                row = _crossing_reading(s, row, hits, checkpoint_sites, finder)
                if row.kind == "mention" and number and sentences[number - 1].paragraph == sentence.paragraph \
                        and listed_cut_off(s, sentences[number - 1].text, row.mention.begin):
                    row = row._replace(layer="corridors", kind="blockade")   # "The agency named them as A, B"
                if row.mention.how == BACKREF and row.kind == "mention":
                    continue               # "the town" in a sentence with no cue: no event told there
                if _locates_person(s, row, hits, found):
                    continue
                if _service_planned(s, row.mention):
                    continue               # "flights to X will start soon": a plan, nothing run yet
                if _guests_home(s, row.mention) and not any(h.strong and h.kind != "proposal" for h in hits):
                    continue               # "our guests from X were to bring trees": the guests' home (a plan of
                                           # theirs, "had planned to join us", tells nothing at it either)
                if _venue_locates(s, row.mention) and not any(h.strong and h.kind != "proposal" for h in hits):
                    continue               # "send the ring to the bird centre in X", "a delivery from Y": where it
                                           # stands (a plan is no news there: "planned for May, if the hall in X is
                                           # free")
                if _goods_from(s, row.mention) and not strong_told:
                    continue               # "bring the new seed from X", "the anvil he brought from Y": where it
                                           # was got, nothing told there
                if _service_terms(s, row.mention) and not strong_told:
                    continue               # "delivery in X is free": a price card's terms
                if _CLOSED_FOR_ERRAND.search(s, max(0, row.mention.begin - 160), row.mention.begin):
                    continue               # "closed on Monday for the family's trip to X": the shop's own closing
                                           # (its "closed" is no road's, so a strong cue does not keep it)
                if _offered_errand(s, row.mention) and not strong_told:
                    continue               # "my nephew can bring the cello to X": an errand offered, no event there
                if _COMMUTER_FROM.search(s, max(0, row.mention.begin - 120), row.mention.begin) \
                        and _ASIDE_CLOSES.match(s, row.mention.end) and not strong_told:
                    continue               # "Our driver, who comes in every morning on the bus from X, says": a
                                           # person's own daily way to work, told in an aside, no event there
                if _placed_by_bearing(s, row.mention) and not strong_told:
                    continue               # "customers with family in the villages south of X": X only says where
                                           # the villages lie, and nothing is told of them (older sets: 9 of 10
                                           # such towns unannotated; "villages north of X were shelled" stays)
                if _timetable_line(s, row.mention) and not strong_told:
                    continue               # "A to B: 07:30 and 15:00": a timetable's line, no event
                if _run_notice(s, row.mention) and not strong_told:
                    continue               # "the coach to X leaves at six", "found on the Y coach": a station's
                                           # notice, no event
                if _PICTURES_FROM.search(s, max(0, row.mention.begin - _PICTURES_REACH), row.mention.begin) \
                        and not strong_told and not _PICTURES_SHOW.search(s, row.mention.end):
                    continue               # "a photo essay with pictures from X and Y": where the pictures were
                                           # taken, nothing told happening there
                if _PICTURES_SHOWING.search(s, max(0, row.mention.begin - _SHOWING_REACH), row.mention.begin) \
                        and not strong_told:
                    continue               # "old slides showing X, the Y gorge and the bridge at Z": the views the
                                           # pictures hold, nothing told happening there
                if _MAP_OF.search(s, max(0, row.mention.begin - _PICTURES_REACH), row.mention.begin) \
                        and not strong_told and not _MAP_OF_MINES.match(s, row.mention.end):
                    continue               # "a walking map of the X shore": what the map shows, no event there
                if _site_on_road(s, row.mention) and not strong_told:
                    continue               # "the barn on the X road": the road the barn stands on, by its town
                if _journey_planned(s, row.mention) and not strong_told:
                    continue               # "they hope to come by the road through X": a plan, no journey made
                if _road_as_condition(s, row.mention):
                    continue               # "would stay closed until the X road was open again": a condition
                if _aim_to_cut(s, row.mention):
                    continue               # "the aim is to cut the road between X and Y": an aim, no road cut yet
                if _monument_stands(s, row.mention):
                    continue               # "the X monument in the Y district has long been ...": where it stands
                if _outing_called_off(s, row.mention) and not strong_told:
                    continue               # "the trip to X is postponed": where the outing was to go
                if _club_event_called_off(s, row.mention) \
                        and not any(h.strong and h.kind != "proposal" for h in hits):
                    continue               # "the kite day below X, planned for May, will not take place": a plan
                if _commentators_town(s, row.mention):
                    continue               # "politicians in X point out that ...": who speaks, not where
                if _nothing_happened(s, row.mention) and not strong_told:
                    continue               # "Nothing has happened to X itself": a reassurance, no event
                if _threat_condition(s, row.mention):
                    continue               # "would go to war if X were attacked": an attack supposed, not told
                if _supposed_outcome(s, row.mention):
                    continue               # "X would be under water if the dam broke": a harm supposed, not told
                if _purpose_only(s, row.mention):
                    continue               # "the substation was meant to link X and Y to the grid": a purpose
                if _survivors_home(s, row.mention, found):
                    continue               # "survived by his brother in X": where a survivor lives
                if row.kind in _PEOPLE_KINDS and fire_unknown(s, row.mention.begin):
                    continue               # "I have no information that anyone fired from X": no fire is told at X
                # a place both sides name in one sentence ("A said X fired on Kut; B said Y fired on Kut from Z"):
                # each side's account of it is its own row, with the claimant and date of its own clause
                mentions = [row.mention] + [o.mention for o in options if o.mention.begin != row.mention.begin]
                accounts = _side_accounts(
                    mentions,
                    # press_voice: "the papers wrote" in a digest of one country's papers
                    lambda m: document_voice[0] if document_voice and m.begin < document_voice[1] else press_voice(
                        paper_heard(claim_for(m, attributions, people, claim_default,
                                              (last_claimant, recent_claimant, seen_claimants), breaks, opener, s,
                                              here, side, last_person, actors), seen_claimants, people, s),
                        sections.get(number, press)),
                    lambda m: _date_for(m, _own_clause_dates(s, m, dates), attributions, breaks, s, found, hits))
                rows.extend(row._replace(claimed=who, date=date) for told, date in accounts for who in both_sides(told))
            # a province or an autonomous republic is a route's region ("a rail link through Syunik"); a
            # province is also where fighting was when the sentence names no smaller place ("four soldiers
            # were killed in clashes in the province of Gegharkunik"; an exclave too, see _exclave_fired_on) or troops
            # entered ("pastures in Tavush that troops entered in May"), and where people were driven from
            # ("7,600 people were displaced from Gegharkunik"); elsewhere it only locates ("5 km into the
            # Syunik province", "a village in Syunik", "a shootout on the Nakhchivan border")
            smaller = any(r.mention.place.precision != "region" for r in rows)
            # (a district of the other country named as the far side of the province is no smaller place in it:
            # "clashes on the border between Armenia's Tavush province and Azerbaijan's Gazakh district")
            inside = {r.mention.place.country for r in rows
                      if r.mention.place.precision != "region"
                      and not (r.mention.place.precision == "district" and r.layer == "shelling")}
            # (a journey's start named by its province is where the travellers come from, no route: "the march from
            # Tavush reached X")
            rows = [r for r in rows if r.mention.place.precision != "region"
                    or (r.layer == "corridors" and not _FROM_REGION.search(s, max(0, r.mention.begin - 12), r.mention.begin))
                    or r.kind == "displacement"
                    or (r.layer == "checkpoints" and not smaller
                        and _CHECKPOINT_IN_REGION.search(s, max(0, r.mention.begin - 40), r.mention.begin))
                    or _PROVINCES_LISTED.match(s, r.mention.end)      # "in the Tavush and Syunik provinces"
                    or r.mention.place.source == "approximate"        # a village placed at its province
                    or ((r.layer == "shelling" or r.kind == "control") and not smaller
                        and r.mention.place.name.endswith(" Province") and not _province_border(s, r))
                    or (r.layer == "shelling" and smaller and r.mention.place.name.endswith(" Province")
                        and r.mention.place.country not in inside and not _province_border(s, r)
                        and not _FIRED_FROM_AREA.search(s, max(0, r.mention.begin - 50), r.mention.begin)
                        and all(o.mention.place.country != r.mention.place.country for o in rows
                                if o.mention.place.precision == "district"))
                    or (r.layer == "shelling" and not smaller and _exclave_fired_on(s, r, rows, finder))
                    or _exclave_positions(s, r, rows, finder)
                    or (r.layer == "shelling" and _SIDE_FIRED_FROM.search(s, max(0, r.mention.begin - 12), r.mention.begin)
                        and _SIDE_AFTER.match(s, r.mention.end))   # "fired from the Nakhchivan side of the border"
                    or _exclave_event(s, r, rows, finder) or _exclave_crowds(s, r, finder)
                    or _exclave_journey(s, r, rows, finder) or _exclave_listed(s, r, rows, finder)
                    or _exclave_fences(s, r, finder)
                    or _province_visited(s, r) or _province_hosts(s, r)
                    or (r.mention.place.name.endswith(" Province") and _province_villages_fired(s, r))
                    or (not smaller and (_province_drilled(s, r) or _province_happened(s, r)
                                         or _province_entered(s, r) or _province_posted(s, r)))
                    or (r.kind == "incursion" and _province_entered(s, r) and _HEADING_AFTER.match(s, r.mention.end))]
            rows = _between(s, rows)
            spoken = _spoken_day(s, dates, attributions)
            for group in _group_corridors(rows):
                candidate = _candidate(group, sentence, story_day, source, spoken, private)
                # (a headline's copy is no repeat the body's must yield to: the body's, with its date and
                # claimant, replaces it in :func:`_without_headline_repeats`)
                key = (candidate["place_name"], candidate["layer"], candidate["kind"],
                       candidate["start_date"], candidate["date_certain"], candidate["claimed_by"],
                       sentence.index in headlines)
                if key in seen:
                    continue
                seen.add(key)
                candidates.append(candidate)
        _go_on_with_list(s, candidates[previous_first:first_candidate], candidates[first_candidate:])
        previous_first = first_candidate
        claimant = subject = ministry_told = ""
        if attributions:
            # (the sentence's teller, not a label a relative clause gives a thing: "..., which a driver described as")
            tellers = [a for a in attributions if not relative_label(s, a)] or attributions
            actor = actor_of(tellers[-1].who, people, actors)
            named_person = person_before(actor, tellers, people, actors) if is_pronoun(actor) else ""
            # ("APA gave another account: its correspondent wrote": the outlet just named)
            claimant = (outlet_of_its_reporter(tellers[-1].who, s[:tellers[-1].pos])
                        or person_s_staff(actor, s[:tellers[-1].pos], people)
                        or person_s_page(tellers[-1].who, s[:tellers[-1].pos], people) or named_person
                        or (opener if opener and is_pronoun(actor) and actor.lower() not in OBJECT_PRONOUNS
                            else sentence_government(actor, tellers[:-1], people)
                            or resolve_pronoun(actor, last_claimant, recent_claimant, seen_claimants, people,
                                               here, side)))
            # "the paper said": the outlet heard
            claimant = paper_heard(claimant, seen_claimants, people, s)
            if claimant == "media":
                # "The same site wrote": the outlet heard before, as "the same paper" is, not an unnamed one (so
                # that a later "it added" is that outlet too)
                who = tellers[-1].who.strip()
                heard = paper_heard(who, seen_claimants, people, s)
                claimant = heard if heard != who else claimant
            claimant = _ministry_of_places(claimant, candidates[first_candidate:])
            if claimant and ministry_office(claimant) and _BARE_OFFICE_MINISTRY.fullmatch(tellers[-1].who.strip()):
                ministry_told = claimant   # "the defence ministry said", read as one side's: "the same ministry" next
            # (a pronoun the sentence's own opener resolves names that person: "Senator X opened ..., he said")
            if claimant and ((not is_pronoun(actor) and actor.lower() not in OBJECT_PRONOUNS)
                             or claimant in (opener, named_person)):
                last_claimant, body_heard = claimant, ""    # (a new claimant heard: no body to keep)
                heard_from_body = body_teller(tellers[-1].who, s, tellers[-1].pos)
                if not heard_from_body:
                    person_heard = claimant
                body = _BODY_NOUN.search(tellers[-1].who)
                if body:                   # "the State Agency of Automobile Roads said ... the agency said"
                    people[body.group(0).lower()] = claimant
            # an outlet that relays the sentence's last teller ("..., Eurasianet wrote, the minister announced") was
            # heard too: a later "the site reported" is that outlet
            seen_claimants.extend(actor_of(a.who, people, actors) for a in tellers[:-1]
                                  if relaying_outlet(a.who))
            # and so was an outlet the table does not know that wrote it "quoting" its teller ("..., the Hetq Weekly
            # wrote, quoting the ministry"): a later "the same paper" is that outlet, not the ministry it quoted
            relayer = _WROTE_QUOTING.search(s) if "quoting" in s or "citing" in s else None   # (the words it needs)
            if relayer:
                seen_claimants.append(relayer.group("who"))
            if claimant:
                seen_claimants.append(claimant)
        else:
            # "Pashinyan gave a different account. ..., he said, ...": he is the person named last
            # "The protesters set up tents. They say ...": they are the protesters
            # ("Called my sister Anahit. She says ...": the relative named, when the next sentence opens with her)
            subject = (acting or passive_host(s, people) or drove     # "We were met by X. He told us ...": X
                       or relative_named(s, following.text if following else "")
                       # ("Ruzanna Melikyan has a brother in X. She told us ...": the person named in full)
                       or (person_opening(s, following.text) if following and following.paragraph == sentence.paragraph
                           else ""))
            last_claimant = subject or group_subject(s) or last_claimant
            if subject:
                heard_from_body, person_heard = False, subject
        if body_heard:
            last_claimant = body_heard     # (the body stays the last claimant for a later "the ministry", "it")
        # "X spoke on Friday. According to him, ...": the person the sentence before named, when it quoted no one
        # (not a group it named: "Reporters interviewed farmers. According to them, ..." has no claimant)
        recent_claimant = claimant or subject
        # the ministry a sentence's outlet relayed: "the ministry in Baku said, according to AZERTAC"
        recent_ministry = next((who for who in (actor_of(a.who, people, actors) for a in reversed(tellers[:-1]))
                                if ministry_office(who)), "") if attributions and media_outlet(claimant) else ""
        # "Armenpress carried an interview with X Y, the head of Z. He told the agency": X Y, not the outlet that ran
        # it, in the next paragraph too (an interview's introduction often stands alone)
        interviewee = interviewee_named(s, following.text) if following else ""
        if interviewee:
            recent_claimant = last_claimant = person_heard = interviewee
            heard_from_body, body_heard = False, ""
        # (and a person named by a title who spoke before the sentence's last claimant: "Ms X said ..., and Mr Y denied
        # it. She added": X)
        for heard in [a.who.strip() for a in attributions if gender_of(a.who, genders)] + [last_claimant]:
            if heard and (not persons_heard or persons_heard[-1] != heard):
                persons_heard.append(heard)
        last_person = person_subject(s, people) or last_person
        if person_subject(s, people):
            person_heard = last_person     # "Nikol Pashinyan addressed a forum": a later "he" may be him
        army_named = _army_meant(army_in_full(s), army_named)    # (two sides' armies named: neither is meant)
        # (a defence body of another that spoke since is the one "the army" goes on with: "Troops attacked the
        # Defence Army's posts, Azerbaijan's defence ministry said. The army said ..." is that ministry still)
        if claimant and claimant != army_named and ministry_office(claimant) == "defence":
            army_named = ""
        counted_before = bool(claimant) and any(_COUNTING_SOURCE.search(a.who) for a in attributions)
        # "Trend reported that ... . Named in the same report": the outlet's piece, whoever spoke between (a source
        # note in brackets, a resident); another report named ("its annual report") is the one meant after it
        # (not "the report" of the digest's own document, read after a line naming its publisher: "PUBLISHED BY:
        # Human Rights Watch ... The report states that ...", which stays that body's report to the end)
        if _NEW_REPORT.search(s) and not (publisher and _only_the_report(s)):
            bodies.pop("report", None)
            people.pop(body_key("report"), None)
            publisher = ""
        named_publisher = published_by(s)
        if named_publisher:
            publisher = bodies["report"] = named_publisher
        if claimant and attributions and _REPORTED_VERB.match(s, attributions[-1].pos) and media_outlet(claimant):
            bodies["report"] = claimant
        if web_report and claimant and claimant != web_report:
            # (another speaks after the site: "the same account" is no longer the site's piece)
            if bodies.get("report") == web_report:
                bodies.pop("report")
                people.pop(body_key("report"), None)
            web_report = ""
        if web_outlet(claimant):
            bodies["report"] = web_report = web_site = claimant   # "razm.info says ... . The same account claims"
        quoting = _OUTLET_QUOTING.match(s)
        if quoting and quoting.group("who").lower() not in ADJ_COUNTRY:
            # "Euronews quoted Colonel X as saying ... . According to the same report": the outlet's report, not
            # the words of the one it quoted
            bodies["report"] = canonical_actor(quoting.group("who")) or quoting.group("who")
        if _PLACE_PEOPLE_OPENING.match(s):
            # "Residents of Tegh met on Monday. The community says": the village's people, not a community whose
            # statement was named before
            bodies["community"] = "residents"
        bodies.update(bodies_named(s))     # "the Fund" further on: the fund this sentence names in full
        for noun, group in rights_groups_named(s).items():   # "the rights group" further on: "Human Rights Watch"
            if group:
                bodies[noun] = group
            else:                          # (another watchdog named here: not the rights group named before)
                bodies.pop(noun, None)
                people.pop(body_key(noun), None)
        bodies.update(companies_named(s))  # "the company said" further on: "the operator GeoProMining"
        bodies.update(airlines_named(s))   # "the airline said" further on: "Azerbaijan Airlines (AZAL)"
        bodies.update(outlets_named(s))    # "the same daily" further on: the outlet this sentence was told
        if ministry_told:
            # "the same ministry" further on: the ministry just heard by its office alone, whichever side it was read
            # as, is the nearest of that kind (not another side's ministry named in full before it)
            bodies["ministry"] = ministry_told
        for noun in other_side_bodies(bodies, claimant, seen_claimants):
            bodies.pop(noun)               # the other side speaks again: "the ministry" is no longer the first's
            people.pop(body_key(noun), None)
        people.update((body_key(noun), body) for noun, body in bodies.items())
        previous_paragraph, previous_claimant = sentence.paragraph, claimant or claim_default
        # "The ministry published a map ...; Baku's ministry insists ...": the writer's own ministry is the bare one,
        # for the rest of the article (its own side, as a dateline would give)
        contrasted = home_of_bare_ministry(s, attributions, people)
        if contrasted:
            bare_ministry = contrasted
            home = home or load_actors().nation_of.get(contrasted, "")
    karabakh_service(text, candidates)     # Armenia's service in a story told from Karabakh: Karabakh's own
    return _without_far_guesses(_without_headline_repeats(candidates, headlines, body_names))


# a ministry named by its office alone, no side: "the defence ministry", "the Ministry of Foreign Affairs"
_BARE_OFFICE_MINISTRY = prefilter.compile(r"(?i)(?:the\s+)?(?:(?:defen[cs]e|foreign|foreign\s+affairs|interior|emergenc(?:y|ies)|"
                                          r"health)\s+ministry|ministry\s+of\s+(?:defen[cs]e|foreign\s+affairs|"
                                          r"internal\s+affairs|emergency\s+situations|emergencies|health))")


# a sentence that tells what the people of the sentence before did next, with no day of its own: "they agreed
# that ...", "According to Baku, they signed ..." (not their words, which may be of any day, nor what they had done
# before, would do or did later, nor how they lived: "he lived in X for ten years")
_SAME_ACTORS_GO_ON = prefilter.compile(r"(?:(?:According\s+to|In)\s+[^,;:\"“”]{1,80},\s+)?(?:They|they|He|he|She|she)\s+"
                                       r"(?:also\s+|then\s+|jointly\s+)?(?!(?:" + SAYING + r"|added|noted|reported|told|"
                                       r"stressed|warned|used|needed|wanted|hoped|feared|lived|worked|served|studied|belonged|owned|remained|"
                                       r"seemed|appeared)\b)"
                                       r"(?:[a-z]{2,}ed|met|signed|set|made|took|held|agreed)\b")
_GOES_ON = prefilter.compile(r"(?:It|They)\s+(?!(?:said|says|say|added|reported|told|was|were|is|are)\b)[a-z]+s\b|"
                             # the document cited before, named again: "In the same statement it named ...", "The same
                             # bulletin listed ..." (its source's word, in a new paragraph too)
                             r"(?:In\s+the|The)\s+same\s+(?:statement|report|bulletin|release|briefing)s?\b|"
                             # a count that adds to the one before: "Another 172 families have settled in ...", by its source
                             r"(?:Another|A\s+further)\s+(?:\d[\d,.]*|" + NUMBER_WORDS + r"|"
                             r"dozen|hundred|thousand)\b|"
                             # a count or place added with no verb of its own: "And one near Taghaverd as well"
                             r"And\s+(?:one|another|two|three|\d+)\s+(?:more\s+)?(?:near|in|at|over|outside|around)\b")
# a body the sentence before quoted, named again by its bare noun as it keeps a rule in force (a present tense):
# "For now the service allows only residents to cross", "The ministry still bars lorries from the road"
_BODY_GOES_ON = prefilter.compile(r"(?:(?:For\s+now|For\s+the\s+time\s+being|At\s+present|Currently|So\s+far|Since\s+then),?\s+"
                                  r"the|The)\s+(?P<noun>service|ministry|committee|agency|department)\s+"
                                  r"(?:(?:still|now|only|also|currently)\s+)?(?:allows|permits|lets|bars|bans|keeps|requires|"
                                  r"admits|limits|restricts)\b")
# a sentence that asks: it ends with a question mark (before any closing quote or bracket)
_ASKED = prefilter.compile(r"\?[\"”’')\]]*\s*$")
# a question put to "you": "Which of these places could you have driven to from X?", "Q: What did you see in Y?"
_YOU_ASKED = prefilter.compile(r"\b(?:could|can|would|will|do|did|should|might|have|had)\s+you\b", re.I)


def _asks_the_reader(sentence):
    """Is the sentence a question put to "you" (a worksheet's, a quiz's or an interviewer's)? It asks, it tells
    nothing that happened at the places it names; not one that tells of something happening there ("How could you
    sleep in X when shells fell all night?", "Did you hear the explosions in Y?")."""
    return "you" in sentence and _ASKED.search(sentence) is not None and _YOU_ASKED.search(sentence) is not None \
        and not _HAPPENING.search(sentence)
# the noun a later "the agency said" names a state body by
# a person's name, first name and surname, that a sentence gives before its "he" or "she" (not a place after a
# capitalised preposition: "In Stepanakert, he said")
_NAMED_BEFORE_PRONOUN = prefilter.compile(r"\b(?!(?:In|At|On|Near|From|By|For|To|The|After|Before|Now|Then|But|And|Outside|"
                                          r"Inside|Across|Along)\b)[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\b")
_BODY_NOUN = prefilter.compile(r"\b(?:[Ss]ervice|[Aa]gency|[Cc]ommittee)\b")
# a count going on with no agent of its own: "Only about ten people were found in the Fuzuli district"
_AGENTLESS_COUNT = prefilter.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?(?:found|counted|"
                                     r"recorded|registered)\b(?!\s+by\b)")
# a source that counts: a report, a survey, a mission or its monitors
_COUNTING_SOURCE = prefilter.compile(r"(?i)(?=[cmorst])\b(?:report|survey|census|count|tally|mission|monitors|observers)\b")
# A passive verb of saying with no agent: what was said comes from the speaker named last
_AGENTLESS_SPEECH = prefilter.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?(?:named|listed|"
                                      r"announced|mentioned|read\s+out)\b(?!\s+(?:by|after|as(?!\s+well)|in\s+honour)\b)")


# "Light snow is falling in the town of Gavar", "it was snowing in Goris": weather alone is no event; a road, a pass,
# people or buildings it touched are ("snow closed the road", "roofs collapsed under the snow")
_WEATHER = prefilter.compile(r"\b(?:snow|rain|sleet|hail|drizzle)\s+(?:is|was|were|has\s+been|had\s+been)\s+falling\b"
                             r"|\bit\s+(?:is|was|has\s+been)\s+(?:snowing|raining)\b", re.I)
_WEATHER_TOUCHED = prefilter.compile(r"\b(?:roads?|highways?|pass|passes|motorways?|routes?|traffic|tracks?|closed|blocked|shut|"
                                     r"stranded|stuck|cut\s+off|damaged|collapsed|flooded|evacuat\w+|killed|injured|"
                                     r"missing|rescued|buried)\b", re.I)

# the outlet's public asking it something: "Readers keep writing to ask whether ...", "Many members have asked what
# has become of X", "A listener in Y asks when ...", "Two callers asked about the railway through Z" (not "asked why the bus from A to B runs twice a day", which
# tells what it asks about; cues._AUDIENCE_ASKED is the narrower line that opens with readers having asked about
# something, read with the links and captions)
_PUBLIC_ASKS = prefilter.compile(r"\b(?:[Rr]eaders?|[Mm]embers|[Ll]isteners?|[Vv]iewers?|[Cc]allers?|[Mm]any\s+of\s+you|"
                                 # a firm's own public: "several guests booked on our tours have written to ask whether"
                                 r"(?:our\s+)?(?:[Gg]uests|[Cc]ustomers|[Cc]lients)|"
                                 # or others who ask the writer: "Others asked me about the villages ...", "people ask me
                                 # whether" (older sets: 5 of 6 places asked about not annotated)
                                 r"^\s*(?P<others>Others|Other\s+people|People|Neighbou?rs|Visitors))\b"
                                 r"[^.;:\"“]{0,60}?\bask(?:s|ed|ing)?\s+(?:us\s+|me\s+)?(?:whether|if|what|how|when|where|about)\b"
                                 # or a reader's question the outlet prints under a label: "Reader question of the day: ..."
                                 # (after a clock time or a show's timestamp, if any: "[41:05] Listener question: ...")
                                 r"|^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*[-–—]?\s*)?(?:[Rr]eader|[Ll]istener|[Vv]iewer)s?['’]?\s+questions?\b[^:]{0,30}:")


def _public_asks(sentence, hits):
    """Is the sentence a question the outlet's readers (members, listeners) ask, with nothing strong told before
    it? What the question names (the trip asked about, what became of a site "since the fighting") is asked, not
    reported; the towns the askers write from only say where they live."""
    asks = _PUBLIC_ASKS.search(sentence) if "ask" in sentence or "uestion" in sentence else None
    if asks is not None and asks.group("others") and any(h.strong or h.kind == "casualties" for h in hits):
        return False        # "People asked me about the shelling of X", "... how the soldiers killed near Y had
                            # died": what others ask about names harm told
    return asks is not None and not any(h.strong and (h.begin < asks.start() or told_in_clause(sentence, asks.end(), h))
                                        for h in hits)


# a record of what was said that holds nothing: "the network logged no statements in May", "no new reports were
# received from X" (not the ground said to be calm: "no violations were recorded near X" is a bulletin's report of
# the line there, kept as the sets keep a calm night)
_NOTHING_RECORDED = prefilter.compile(
    r"\b(?:recorded|logged|registered|reported|noted|received)\s+no\s+(?:new\s+|further\s+|other\s+)?"
    r"(?:statements?|reports?|claims?|complaints?)\b|"
    r"\bno\s+(?:new\s+|further\s+|other\s+)?(?:statements?|reports?|claims?|complaints?)\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:recorded|logged|registered|reported|received)\b",
    re.I)


# a lack of a road, a standing state: "the villages still have no decent road of their own", "X has no paved road"
_NO_ROAD_OF_THEIR_OWN = prefilter.compile(r"\b(?:have|has|had)\s+(?:still\s+)?no\s+(?:[\w-]+\s+){0,2}?"
                                          r"(?:roads?|route|access\s+road)\b", re.I)


def _nothing_recorded(sentence, hits):
    """Does the sentence only say that a record holds nothing (``_NOTHING_RECORDED``), or that places still have no
    road (a lack, no change: "the villages still have no decent road of their own"), with nothing that happened told
    in it (no strong cue)? Its places are where nothing was recorded or nothing is: no event."""
    return not any(h.strong for h in hits) and (_NOTHING_RECORDED.search(sentence) is not None
                                                or _NO_ROAD_OF_THEIR_OWN.search(sentence) is not None)


# a question put to a speaker that the answer leaves open: "Asked by Ms X whether the crossings and the railway through
# Y were open, the correspondent said he had no reliable information", "Asked if Z had been shelled, the spokesman
# said he could not confirm it" (the places are asked about; nothing is told of them; but "Asked about the shelling of
# X, he said he had no further details" takes the shelling as told, and keeps X)
_ASKED_UNANSWERED = prefilter.compile(r"^Asked\s+(?:by\s+[^,]{1,60}?\s+)?(?:whether|if)\s+(?P<asked>[^;:]{1,200}?),\s+"
                                      r"[^,;:]{1,60}?\s+(?:said|says|replied|answered|told\s+\w+)\s+(?:that\s+)?"
                                      r"(?:he|she|they|it|the\s+\w+)\s+(?:had|has|have)\s+no\s+(?:reliable\s+|firm\s+|further\s+|"
                                      r"such\s+)?(?:information|details|knowledge|data)\b|"
                                      r"^Asked\s+(?:by\s+[^,]{1,60}?\s+)?(?:whether|if)\s+(?P<asked2>[^;:]{1,200}?),\s+"
                                      r"[^,;:]{1,60}?\s+(?:said|says|replied|answered)\s+(?:that\s+)?(?:he|she|they|it)\s+"
                                      r"(?:could\s+not|cannot|can\s+not|did\s+not|does\s+not|do\s+not)\s+(?:confirm|say|know)\b")


def _asked_unanswered(sentence):
    """The span of a question the sentence's answer leaves open (see ``_ASKED_UNANSWERED``), or None."""
    if not sentence.startswith("Asked"):
        return None                        # (a quick test, for speed)
    asked = _ASKED_UNANSWERED.match(sentence)
    if asked is None:
        return None
    return asked.span("asked") if asked.group("asked") is not None else asked.span("asked2")


# a sentence opening with a prohibition is the writer's advice to readers, no news: "Do not accept consignments for
# X until the road reopens", "Don't write Y for the corridor", also as a numbered recommendation ("4.1 Do not plan
# movements on the X-Y section")
_ADVICE = prefilter.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:Do\s+not|Don['’]t)\s+[a-z]")

# a running order's timed slot: the clock time, the slot's kind and its subject in capitals, perhaps its length
# ("19:02:10 LEAD: GORIS (2'40") - reporter A. B.", "21:15 REACTION: VANADZOR"): a heading of the programme, which
# tells of nothing that happened (the items under it do)
_RUNNING_ORDER_HEAD = prefilter.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s+(?-i:[A-Z][A-Z'’&/ -]{1,30}):\s+"
                                        r"(?-i:[A-Z][A-Z'’&/,. -]{1,60})"
                                        r"(?:\s*\(\d{1,2}['’]\s*\d{0,2}[\"”]?\)|\s*$|\s+[-–—])")
# a report's closing notes for readers who go there themselves: "Practical notes: fill up in X; carry passports",
# "Travel tips: book rooms in Y early" (what to do, nothing that happened there; the verb opens the note, a noun
# does not: "Practical notes: fuel is cheap in X")
_PRACTICAL_NOTES = prefilter.compile(r"(?:Practical|Travel|Useful)\s+(?:notes?|tips?|information|advice|points?)\s*:\s*"
                                     r"(?:(?:fuel\s+up|fill\s+up|carry|bring|take|avoid|book|allow|expect|check|do\s+not|"
                                     r"don['’]t|ask|"
                                     r"plan|leave|stay|keep|note|remember|use|buy|get|start|pack|wear)\b)", re.I)
# what any reader or visitor who goes there today finds: "The visitor who drives the A–B road today passes the
# village", "Anyone who takes the old road sees ..." (a standing fact of the place, no event); or where such readers
# must go for what they want: "Walkers who want to see a match will have to travel to X" (advice, no event)
_GENERIC_TRAVELLER = prefilter.compile(r"(?:^|\b(?:[Tt]he|[Aa]ny|[Aa])\s+)(?:[Aa]nyone|(?i:reader|visitor|traveller|traveler|"
                                       r"tourist|motorist|driver|hiker|walker)s?)\s+who\s+(?:\w+\s+)?(?:drives|travels|walks|"
                                       r"visits|takes|follows|comes|goes|crosses|reaches|passes|wants?\s+to)\b")
# something happening at the places (fire, fighting, a road closed, soldiers, crowds): a sentence telling of it is news
# whoever travels in it or whatever heads it ("we drove to X, where shells had fallen the night before", "09:40
# UPDATE: X - shells hit the market", "Travel advice: avoid X, where shelling went on all week")
# (nuts sold "in shell" or "in the shell" are unshelled, no fire: "140 kilos in shell went to the confectioner")
_HAPPENING = prefilter.compile(r"\b(?:(?<!\bin\s)(?<!\bin\sthe\s)(?<!\bin\stheir\s)shells?\b|shell(?!s?\b)\w*|fir(?:e|ed|es|ing)|attack\w*|shot|shoot\w*|clash\w*|fight\w*|kill\w*|"
                               r"wound\w*|explo\w*|mines?|block\w*|closed|closure|checkpoints?|troops|soldiers|destroy\w*|"
                               r"burn\w*|protest\w*|crowds?|damag\w*|bomb\w*|artillery|gunfire|drones?|evacuat\w*|"
                               r"stopped|detain\w*|arrest\w*|hit|struck|strikes?|rockets?|missiles?|mortars?|grenades?|"
                               r"raid\w*|seiz\w*|captur\w*)\b", re.I)


# a line of a price list, the goods' place only where they come from: "Lori cheese from X, 3,900 drams a kilo",
# "Y trout, whole: 4,800 drams a kilo" (a price, no event)
_PRICE_LINE = prefilter.compile(r"\b\d[\d,.]*\s*(?:drams?|manats?|roubles?|rubles?|dollars|euros?|lari|AMD|AZN)\s+"
                                r"(?:a|per|the)\s+(?:kilo|kg|kilogram|litre|liter|piece|loaf|dozen|jar|bottle)\b", re.I)
# ... or a line giving several prices, each after its item: "Sumac from X, 600 drams; dried mint, 450 drams" (not
# prices told in a sentence: "rent in X rose from 50,000 drams to 80,000 drams as refugees arrived")
_CURRENCY = r"(?:drams?|manats?|roubles?|rubles?|lari|AMD|AZN)"
# (each price may follow its item with "at": "X shop, 20 pairs at 9 manat; the teacher, one pair at 12 manat", an
# account's lines)
_PRICE = prefilter.compile(r"(?:(?<!\d)[,:]|\bat)\s*\d[\d,.]*\s*" + _CURRENCY + r"\b", re.I)
# ... or a catalogue's line closed by its one price: "The X road atlas: 7,200 dram.", "Y city plan, new edition: 2,500
# drams" (a price told in a sentence runs on: "bread in Z now costs 600 drams, twice last month's"; and the comma of
# a figure is no break: "sugar in Y now sells for 3,000 drams.")
_PRICE_CLOSES = prefilter.compile(r"(?<!\d)[,:]\s*\d[\d,.]*\s*" + _CURRENCY + r"\.?\s*$", re.I)
# ... or a shop's own terms closed by the price they start at: "We deliver to X and Y if the order is above 5,000
# drams." (not a price told in news: "sugar in Z now sells for 3,000 drams.")
_TERMS_PRICE_CLOSES = prefilter.compile(r"\b(?:above|over|under|below|at\s+least|more\s+than)\s+\d[\d,.]*\s*" + _CURRENCY
                                        + r"\.?\s*$", re.I)
_WE_OUR = prefilter.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
# ... or a list's line closed by its unit and price, no currency: "Potatoes from X, last of the store, kg: 180"
_UNIT_PRICE_CLOSES = prefilter.compile(r"[,;]\s*(?:per\s+)?(?:kg|kilo|kilogram|litre|liter|piece|loaf|dozen|jar|bottle|"
                                       r"bunch)\s*:\s*\d[\d,.]*\s*$", re.I)
# (not a delivery's line, the weight its load: "Flour delivered to X through the corridor, kg: 40000")
_SENT_GOODS = prefilter.compile(r"\b(?:delivered|sent|shipped|brought|carried|transported|trucked|unloaded)\b", re.I)
# ... or a notice's contact line: "Questions to A by telephone, never after nine" (the name a person's)
_CONTACT_LINE = prefilter.compile(r"\s*(?:Questions|Enquiries|Inquiries)\s+(?:to|for)\s+(?:[A-Z][\w'’-]*\s+){1,2}"
                                  r"(?:by|on|over)\s+(?:the\s+)?(?:tele)?phone\b")
# a schedule's or a forecast's line headed by its weekday: "Monday: A 09:40-10:30, B 11:00-12:00", "Friday: the
# lakeside villages, X and then Y" (older sets: 0 of the 18 articles with such lines annotate a place in them)
_DAY_LINE = prefilter.compile(r"\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\s*:\s")
# (not a chronicle's line telling what people did that day: "Friday: refugees arrive in X", "Thursday: the last
# residents leave Y")
_DAY_NEWS = prefilter.compile(r"\b(?:arrive|arrives|arrived|leave|leaves|reopen|reopens|reopened|begin|begins|began|"
                              r"enter|enters|entered|flee|flees|fled|withdraw|withdraws|withdrew|queue|queues|queued|"
                              r"cross|crosses|crossed|announce|announces|announced)\b")
# a programme's or a list's line naming a title: "2. Slow air: "X at Dusk" (solo pipes, A. B.)", "THREAD: "Stuck at
# Y" (148 replies)" (a tune's, a thread's or a talk's title: its places are no scene; a quoted sentence, ending in
# a stop, is a claim and is read as one, and so is a headline dated in its bracket: 'Update: "Residents return to
# X" (Armenpress, 14 September)')
_TITLE_LINE = prefilter.compile(r"(?:\d{1,2}\.\s+)?[A-Z][\w'’ -]{0,30}:\s+[\"“][^\"”.!?]{1,60}[\"”]\s*"
                                r"\((?![^()]*\b\d{1,2}\s+(?:" + MONTH_NAMES + r")\b)[^()]{1,80}\)\s*")


def _standing_aside(sentence):
    """Is the sentence a running order's slot heading, notes that tell readers what to do, what any visitor who
    goes there finds, or a line naming a title, with nothing happening at its places (a slot, advice, a standing
    fact, a title: no event)?"""
    return bool(_RUNNING_ORDER_HEAD.match(sentence) or _PRACTICAL_NOTES.match(sentence)
                or ("who" in sentence and _GENERIC_TRAVELLER.search(sentence))
                or _PRICE_LINE.search(sentence) or len(_PRICE.findall(sentence)) >= 2 or _PRICE_CLOSES.search(sentence)
                or (_UNIT_PRICE_CLOSES.search(sentence) and not _SENT_GOODS.search(sentence))
                or _CONTACT_LINE.match(sentence)
                or (_TERMS_PRICE_CLOSES.search(sentence) and _WE_OUR.search(sentence))
                or (_DAY_LINE.match(sentence) and not _DAY_NEWS.search(sentence))
                or _TITLE_LINE.fullmatch(sentence.strip())) \
        and not _HAPPENING.search(sentence)


_APPOSITION = prefilter.compile(r",\s+(?:the|a|an|which|where|both|two|three)\s")


# a country entered at a border point: "the trucks entered Turkey at the Alican border gate" (not a region or a
# district: "troops entered Lachin at the bridge" took it)
_ENTERED_AT = prefilter.compile(r"\benter(?:ed|s|ing)?\s+(?:Armenia|Azerbaijan|Georgia|Russia|Turkey|Türkiye|Iran)"
                                r"(?:['’]s(?:\s+[\w-]+){1,3})?\s+(?:at|through|via)\s+(?:the\s+)?$")
# a route's waypoint abroad: "from Margara through Turkey's Igdir province", "via Kars"
_THROUGH_ABROAD = prefilter.compile(r"\b(?:through|via)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}$")
_NEAR_TOWN = prefilter.compile(r"\s+near\s+(?:the\s+(?:town|city)\s+of\s+)?$")


def _locates_place_before(sentence, mention, found, ends):
    """Is ``mention`` a town written right after "near" to locate a village named just before it? (Not after a town
    naming a road, ``ends``: "the road between A and B near C" says where on the road.)"""
    return mention.place.precision == "town" and any(
        m.end < mention.begin and m.place.precision == "town" and m.place is not mention.place and m.begin not in ends
        and _NEAR_TOWN.fullmatch(sentence, m.end, mention.begin) for m in found)


# people pressing a demand: a road they block is a protest, not a corridor cut ("farmers blocked the road from A to B,
# demanding ...")
_DEMAND = prefilter.compile(r"\b(?:demand\w*|protest\w*|demonstrat\w+|opposition|strik(?:e|ers|ing)|in\s+protest)\b", re.I)


# the words before a town naming a road along which something happened: "along the road from A to B", "along the
# highway between A and B" (before A, or before B after A). Not "on the road": fire "on a car on the road from A to
# B" locates the car (heldout10 gives its towns nothing; heldout20 gives "on the road between" both, as it stands)
_ALONG_ROAD = prefilter.compile(r"\balong\s+the\s+(?:[\w-]+\s+)?(?:road|highway)\s+(?:from|between)\s+"
                                r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:to|and)\s+)?$")


# people told on a road named by its towns when they were attacked: "they were on the road from A to B when they were
# shot", "the family was driving along the highway from A to B when a drone hit the car" (people moving along the
# road, which the sets file on the corridors layer at each of its towns, fire or not); not fire at a vehicle only
# placed on it ("fired on a car on the road from A to B"), where no one is told travelling
_ON_ROAD_FROM = prefilter.compile(r"\b(?:was|were|had\s+been)\s+(?:(?:driving|travell?ing|going|heading|walking|fleeing|"
                                  r"on\s+(?:their|his|her)\s+way)\s+)?(?:on|along)\s+the\s+(?:[\w-]+\s+)?(?:road|highway)\s+"
                                  r"from\s+$")
_TO_THEN = prefilter.compile(r"\s+to\s+(?:the\s+)?$")
_WHEN_STRUCK = prefilter.compile(r"\s+when\s+")
# (not fire only heard or learnt of: "when they heard shelling in the distance", "when we heard that X had been
# shelled"; nor fire at another place: "when shells hit X", where a place after "near" only says where on the road)
_ONLY_HEARD = prefilter.compile(r"\b(?:heard|hear|hears|saw|watched|learned|learnt|read|news)\b")
_NEAR_BEFORE = prefilter.compile(r"\b(?:near|outside|close\s+to|just\s+(?:before|past|after)|past)\s+"
                                 r"(?:the\s+(?:village|town)\s+of\s+)?$")


def _journey_struck(sentence, mention, found, ends, hits):
    """The kind of the fire that struck people told on a road "from A to B" when it came ("they were on the road from
    A to B when they were shot"), when ``mention`` is A or B, else None: the road is where it befell them, a corridor
    at each of its towns."""
    for a, b in zip(found, found[1:]):
        if mention not in (a, b) or a.begin not in ends or b.begin not in ends \
                or not _TO_THEN.fullmatch(sentence, a.end, b.begin) \
                or not _ON_ROAD_FROM.search(sentence, max(0, a.begin - 80), a.begin):
            continue
        when = _WHEN_STRUCK.match(sentence, b.end)
        if when and not _ONLY_HEARD.search(sentence, when.end()) and all(
                _NEAR_BEFORE.search(sentence, max(when.end(), n.begin - 40), n.begin)
                for n in found if n.begin >= when.end()):
            return next((h.kind for h in hits if h.strong and h.layer == "shelling" and h.kind != "denial"
                         and h.begin >= when.end()), None)
    return None


def _fire_along(sentence, mention, hits):
    """The kind of the fire told before a road along which it was ("set fires along the road from X to Y", "shelled
    positions along the highway between X and Y") when the place is one of the road's towns, else None. Fire along a
    road is fire at each of its towns; a road only named beside fire ("fired on a car on the road from X to Y")
    still gives nothing there."""
    along = _ALONG_ROAD.search(sentence, max(0, mention.begin - 80), mention.begin)
    if along is None:
        return None
    return next((h.kind for h in reversed(hits) if h.strong and h.layer == "shelling" and h.kind != "denial"
                 and h.end <= along.start()), None)


# vehicles checked as they pass, the cue of the checkpoint lexicon: the traffic goes on ("searched the cars")
_TRAFFIC_CHECKED = prefilter.compile(TRAFFIC_CHECKED, re.I)


def _road_event(sentence, h, kinds):
    """Does the cue ``h`` tell of something that happened on a road: fire or a post, or one of ``kinds``? Vehicles
    only checked as they pass leave the road running."""
    return (h.strong and (h.layer in ("shelling", "checkpoints") or h.kind in kinds)
            and not _TRAFFIC_CHECKED.fullmatch(sentence, h.begin, h.end))


# barriers put across a road: "put cement barriers across the road from A to B"
_ACROSS = prefilter.compile(r"\s+across\b")


def _blocks_road(sentence, h, hits):
    """Is the cue ``h`` barriers that close the whole road, its own news: put across it ("put concrete blocks across
    the road from A to B") or closing it ("closed the A-B road with barricades")?"""
    return h.kind == "barrier" and (_ACROSS.match(sentence, h.end) is not None
                                    or any(c.strong and c.kind == "closure" for c in hits))


# barriers taken away, no blockade: "police removed the barriers on the A-B road", "the barricades were cleared"
_GONE = r"(?:removed|dismantled|cleared|lifted|taken\s+down|took\s+down|pulled\s+down)"
_GONE_BEFORE = prefilter.compile(r"\b" + _GONE + r"\s+(?:(?:the|their|its|all)\s+)?(?:[\w'’-]+\s+)?$", re.I)
_GONE_AFTER = prefilter.compile(r"[^.;]{0,60}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+" + _GONE + r"\b", re.I)


def _barriers_gone(sentence, h):
    """Were the barriers of the cue ``h`` taken away ("removed the barriers on the road", "the barricades on it were
    cleared")?"""
    return bool(_GONE_BEFORE.search(sentence, max(0, h.begin - 40), h.begin) or _GONE_AFTER.match(sentence, h.end))


# fire told in a "where" clause of unnamed places, which it describes: "so visitors could see the places where the
# fighting took place" (those places', not the road's; not "the road, where fighting raged")
_UNNAMED_WHERE = prefilter.compile(r"\b(?:places|sites|spots|fields|battlefields|grounds)\s+where\s+(?:[\w'’-]+\s+){0,4}$",
                                   re.I)


def _road_news(sentence, hits, found, ends, breaks):
    """Is the road that the towns in ``ends`` name the news: nothing else happened on it (shelled, a post, a crash,
    damage; vehicles only checked as they pass leave it running)? Only such a cue nearest one of the towns naming
    a road tells of a road: a post or fire nearest another place is that place's news ("the A crossing stayed
    open, and drivers now take the B–C road"); one nearest a road town named again is the road's ("traffic on the
    A–B highway halted after a depot exploded near B"). (The caller has already ruled out an event at a point of
    the road: ``_happened_at_point``.)"""
    towns = {place_key(m) for m in found if m.begin in ends}
    for h in hits:
        if not _road_event(sentence, h, ("accident", "crash", "damage")) or names_a_time(sentence, h):
            continue
        if _blocks_road(sentence, h, hits) or _UNNAMED_WHERE.search(sentence, max(0, h.begin - 80), h.begin):
            continue
        nearest = min(found, key=lambda m: distance(h.begin, h.end, m.begin, m.end, breaks))
        if place_key(nearest) in towns:
            return False
    return True


# a passenger service a vehicle runs, named by its towns: "a minibus serving the A–B–C route"
_SERVING_ROUTE = prefilter.compile(r"\bserv(?:ing|es|ed)\s+the\s+(?P<road>[^\s,;]+)\s+"
                                   r"(?:bus\s+|minibus\s+)?(?:route|line)s?\b")


def _service_ends(sentence, found, ends):
    """The begins of the towns naming a service a vehicle runs ("a minibus serving the A–B–C route"): what befell
    the vehicle (a crash) leaves the service running between its towns, so they stay its waypoints. A town also
    named outside the road ends is left to that mention ("a crash in the town of A")."""
    spans = [m.span("road") for m in _SERVING_ROUTE.finditer(sentence)]
    elsewhere = {place_key(m) for m in found if m.begin not in ends}
    return {m.begin for m in found if m.begin in ends and place_key(m) not in elsewhere
            and any(begin <= m.begin < end for begin, end in spans)}


# a place that says where on a road something happened: "closed near C", "the section past C", "a post at C"
_AT_POINT = prefilter.compile(r"\b(?:near|at|outside|past|close\s+to)\s+(?:the\s+village\s+of\s+)?$", re.I)
# a point of a road named by the site a place gives its name to: "near the C bridge", "at the C junction"
_AT_THE = prefilter.compile(r"\b(?:near|at|outside|past|close\s+to)\s+the\s+$", re.I)
_ROAD_SITE_AFTER = prefilter.compile(r"\s+(?:bridge|junction|turn(?:-?off)?|crossroads|interchange|roundabout|exit|tunnel|"
                                     r"pass)\b", re.I)
_POINT_REACH = 60            # characters between what happened and the place it happened at


def _between_ends_when_at_point(sentence, hits, found, breaks):
    """The begins of the towns naming a road "between A and B" when something happened at a place of the road's own clause ("the
    highway between A and B was closed near C"): they only say which road it was, as the towns of "the A–B road"
    do. (Fire on such a road with no such place stays the one event between its towns.)"""
    ends = road_between_ends(sentence, found)
    return ends if ends and _happened_at_point(sentence, hits, found, ends, breaks) else set()


def _happened_at_point(sentence, hits, found, ends, breaks):
    """Did fire, a post, a closure, a crash or a detour happen at a place named in the road's own clause after "near",
    "at" and the like ("the A–B highway was closed near C", "the A–B road will be rerouted near C", "the A–B road's
    section past C was shelled", "a checkpoint near C on the A–B road", "a checkpoint on the A–B road at B", "two cars
    collided near the C bridge on the A–B road")?
    That place is where it happened, as a blockade near a village is; the towns only say which road it was."""
    lo, hi = clause_span(breaks, min(ends), max(ends), len(sentence))
    points = [m for m in found if lo <= m.begin < hi and m.begin not in ends
              and (_AT_POINT.search(sentence, max(0, m.begin - 30), m.begin)
                   or (_AT_THE.search(sentence, max(0, m.begin - 30), m.begin)
                       and _ROAD_SITE_AFTER.match(sentence, m.end)))
              and not line_at_border(sentence, m.begin)]      # "a line from A to B, crossing the border near C"
    # (no clause breaks given: the reach is counted in characters only)
    return any(lo <= h.begin < hi and _road_event(sentence, h, ("closure", "blockade", "crash", "route_change"))
               and distance(h.begin, h.end, m.begin, m.end, ()) <= _POINT_REACH for h in hits for m in points)


# a crossing told after the road as the side its post stands on: "a post at the start of the A–B road, on the
# Azerbaijani side of the C bridge" (the road's post, at the bridge: the road's towns keep their news)
_SIDE_APPOSITION = prefilter.compile(r",\s+(?:on|at)\s+the\s+(?:[\w'’-]+\s+)?side\s+of\s+(?:the\s+)?$")


def _crossing_by_road(sentence, m):
    """Is ``m`` a bridge or crossing named in an apposition as the side of it where the road's post stands?"""
    return bool(_SIDE_APPOSITION.search(sentence, max(0, m.begin - 60), m.begin)
                and _CROSSING_NAMED.match(sentence, m.begin, m.end + 12))


# a second statement of the same speaker after a clause: ", and that ..."
_AND_THAT = prefilter.compile(r",\s*and\s+that\b")


def _road_alone(sentence, hits, found, ends, locating, end_places, breaks):
    """The cues and the text of the clause of a road named by its towns, when no other place is named in that
    clause (else None), so that what the cues tell happened to the road itself. (A town's other name after it,
    "Aghdara, which Armenians call Martakert", is still that town; a clause naming another place tells of that place:
    "cut the road from A to B and advanced towards C".)"""
    if not ends:
        return None
    lo, hi = clause_span(breaks, min(ends), max(ends), len(sentence))
    others = [clause_span(breaks, m.begin, m.end, len(sentence)) for m in found if not lo <= m.begin < hi]
    if not all(m.begin in ends or m.begin in locating or place_key(m) in end_places or _crossing_by_road(sentence, m)
               for m in found if lo <= m.begin < hi):
        return None
    kept = [h for h in hits if not any(a <= h.begin < b for a, b in others)]
    # a road its own clause tells held or cut stays blocked whatever a later statement naming no place tells of the
    # people on it: "said soldiers were holding the road from A to B, and that bullets came through the car" (not
    # the same men's deed on it: "took a stretch of the A-B road and fired at cars" keeps the fire on the road)
    own = [h for h in kept if lo <= h.begin < hi]
    if any(h.begin >= hi for h in kept) and _AND_THAT.match(sentence, hi) and _blockade_only(own) \
            and not _in_protest(kept, sentence):
        kept = own
    return kept, sentence[lo:hi]


# what gives the reason a road was closed, right after the closure: "closed after a landslide", "shut because of
# shelling", "blocked on Tuesday following gunfire", "closed to the public while troops searched for saboteurs"
_CAUSE = prefilter.compile(r"\b(?:after|because\s+of|due\s+to|following|amid|owing\s+to|as\s+a\s+result\s+of|"
                           r"in\s+the\s+wake\s+of|while|during)\b", re.I)
_CAUSE_REACH = 60         # characters from a closure to the word giving its reason ("closed the A-B road on Tuesday after")
# the fire that is the subject of the closure, right before its verb (the rest of its noun phrase between, no
# clause of its own): "rifle fire from across the line closed the A–B road", "sniper fire has shut the A-B motorway"
# (a road named by its towns counts as one word: "fire near the A–B road closed that stretch")
_CAUSE_AS_SUBJECT = prefilter.compile(r"(?:\s*(?!(?:and|but|then|which|that|before|after|when|while|as)\b)[\w'’-]+(?:[–—][\w'’-]+)*){0,6}\s*$",
                                      re.I)


def _closure_causes(sentence, hits, breaks):
    """The begins of the cues giving why a road was closed or blocked ("closed after a landslide and gunfire", "rifle
    fire closed the A–B road"): the closure is what happened to the road; its cause is no other event on it."""
    causes = set()
    for closure in (h for h in hits if h.strong and h.kind in ("closure", "blockade")):
        hi = clause_span(breaks, closure.begin, closure.end, len(sentence))[1]
        why = _CAUSE.search(sentence, closure.end, min(len(sentence), closure.end + _CAUSE_REACH))
        # in the closure's clause, or the word opening the next one ("closed to the public while troops searched")
        if why and why.start() <= hi + 1:
            end = max(hi, clause_span(breaks, why.end(), why.end(), len(sentence))[1])
            causes.update(h.begin for h in hits if why.end() <= h.begin < end)
        causes.update(h.begin for h in hits if h.layer == "shelling" and h.end <= closure.begin
                      and _CAUSE_AS_SUBJECT.fullmatch(sentence, h.end, closure.begin))
    # (and a word of the same noun right before such a cause: "Sniper" of "Sniper fire from across the line")
    causes.update(h.begin for h in hits if h.layer == "shelling" for c in hits
                  if c.begin in causes and h.end < c.begin and not sentence[h.end:c.begin].strip())
    return causes


# the trades a shop buys from, named by their town in _PERSON_IN and _SENT_BY_PERSON: "a wholesaler in X", "the
# carver in Y" (where the goods come from or are made)
# (a trader too, named by the goods he sells: "paid the glass merchant in X", "the spice merchants in Y")
_MAKERS = r"wholesalers?|suppliers?|makers?|craftsm[ae]n|potters?|weavers?|(?:wood)?carvers?|merchants?"
# (a trader named so in a sentence with armed men in it is where they acted: "soldiers looted the stock of a spice
# merchant in X")
_TRADER_IN = prefilter.compile(r"\b(?:" + _MAKERS + r")\s+in\b", re.I)

# people named by where they live or work, in a sentence that tells nothing happening there: "the writer is a nurse
# in Goris", "our friends in Kapan and Sisian send parcels", "journalists in A and in B" (a list of towns after "in"
# stays with its people); visitors named by the town they come from: "a reader from Goris", "archaeologists from
# Baku", "volunteer units from X counter-attacked" near Y (not reporters a spokesman told something in a town, nor families helped there, which the sets annotate; nor
# people from a town, who may have fled it)
_PERSON_IN = prefilter.compile(r"\b(?:(?i:teachers?|doctors?|nurses?|readers?|people|pensioners?|students?|lawyers?|"
                               r"engineers?|writers?|journalists?|photographers?|stringers?|relatives|cousins?|friends?|"
                               r"colleagues?|partners?|"
                               # a shop's trade partner by his town: "canopies from a wholesaler in X" (where goods come
                               # from), a craftsman whose work is sold or shown: "bobbins turned by a maker in X"
                               + _MAKERS + r"|carpenters?|"
                               # a commander named by his seat: "a profile of the rebel colonel in X is being prepared"
                               r"colonels?|generals?|"
                               # a body's seat: "the defence ministries in A and B", "the regional administration in X" (the
                               # body acts or speaks; the town only says which body); a broadcaster's, when it speaks, below
                               r"ministr(?:y|ies)|administrations?)\s+in|"
                               # a person's work there: "she left for a new job in X", "a teacher from the Y theatre" (where
                               # the job or the person's institution is, nothing told of the town)
                               # (one person's job, not jobs in a town: "jobs in X have gone since the corridor closed")
                               r"(?i:(?:an?|her|his|their|my|our)\s+(?:new\s+)?job\s+in|(?:teachers?|doctors?|nurses?|actors?|actresses|directors?|"
                               r"engineers?|lawyers?)\s+from\s+the)|"
                               # the outlet's or the charity's own people there: "our correspondents in A and B will be back",
                               # "our reporter in C adds that ...", a firm's own staff: "our guide in D is safe", "we could
                               # not reach our drivers in E", "our team in F"
                               r"(?i:our\s+(?:correspondents?|reporters?|volunteers?|guides?|drivers?|team|staff))\s+in|"
                               # a private giver by the town: "a lentil from a grandmother in X", "rugs bought from a family in
                               # Y" (where the giver lives, nothing told of the town)
                               r"(?i:from\s+(?:an?|my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:grandmother|grandfather|"
                               r"grandparents|family|farmer|aunt|uncle|neighbou?r|widow)\s+in)|"
                               # the makers of a place's produce: "gatherers in the villages of the X area", "the growers of
                               # Y bring apples", "weavers from Z" (where the goods come from)
                               r"(?P<makers>(?i:growers|gatherers|producers|beekeepers|weavers|bakers|potters|winemakers|"
                               r"craftsmen|herders)"
                               r"\s+(?:in|of|from)(?:\s+the)?(?:\s+(?:villages|farms|orchards|gardens)\s+(?:of|in|around)"
                               r"(?:\s+the)?)?)|"
                               # someone staying with kin there: "she is staying with her daughter in X" (where a person is
                               # for now, as a reader's town is; not where a family lives, which may be where it found room
                               # after it fled)
                               r"(?P<kin>(?i:(?:staying|stays|stayed)\s+with\s+(?:his|her|their|my|our|an?|the)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:daughters?|sons?|relatives|family|sisters?|brothers?|cousins?|aunts?|"
                               r"uncles?|parents|children|grandchildren|in-laws))\s+in)|"
                               r"(?i:readers?|colleagues?|archaeologists?|historians?|scholars?|researchers?|scientists?|volunteers?|units|"
                               # a visitor by the town he comes from: "a photographer from X", "tourists from Y"; a child by
                               # its home: "the psaltery for the girl from Z", "two boys from W came to practice"
                               r"photographers?|tourists?|walkers|hikers|girls?|boys?)"
                               r"\s+from)\s+(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s*,\s*|\s+(?:and|or)\s+)(?:in\s+)?)*$")
# a broadcaster named by its seat when it speaks: "the radio in X tells it differently", "the television in Y said"
# (the town only says which one; not a broadcaster that goes off the air there, nor a journalist of it wounded, which
# is news of the town; nor "the radio station in X", a building that may be hit)
_BROADCASTER_IN = prefilter.compile(r"\b(?i:radio|television|broadcasters?)\s+in\s+$")
_BROADCASTER_SPEAKS = prefilter.compile(r"\s+(?:(?:also|too|often|always|still|now|again)\s+)?(?:tells|told|says|said|"
                                        r"reports|reported|describes|described|puts|put|shows|showed|claims|claimed|"
                                        r"gives|gave|calls|called|(?:has|had)\s+it)\b")
# what a town that only locates people may read as besides a bare mention: the people's own noun, a weak cue
# ("journalists" are present) when nothing strong happens in the sentence (not civilians' life, which is news:
# "pensioners in X queued for bread")
_PEOPLE_KINDS = ("mention", "presence")
# a journey's start, not a home: "volunteers from A to B"
_JOURNEY_ON = prefilter.compile(r"\s+(?:to|towards)\s")
_SPEAKS = prefilter.compile(r"\b(?:said|says|told|tells|reported|reports|wrote|writes)\b")
# a sentence telling only where a named person is: "Anna Petrosyan is in X.", "Our correspondent Aram Sargsyan is now
# at Y." (a name, the verb "to be" and the place, nothing after it)
_ONLY_WHERE_SOMEONE_IS = prefilter.compile(r"(?:(?:Our|our)\s+(?:correspondent|reporter)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s+"
                                           r"(?:is|was)\s+(?:now\s+|still\s+)?(?:in|at)\s+(?:the\s+)?$")
_SENTENCE_ENDS = prefilter.compile(r"\s*[.!]?\s*")
# a transcript's speaker tag: "SAMVEL (caller, X):", "Anna Petrosyan (listener, Y):" (the bracket says where the
# speaker rings from; what the speaker says follows the colon)
_SPEAKER_TAG_BEFORE = prefilter.compile(r"(?:^|[.!?:]\s+)[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\s*\(\s*"
                                        r"(?:(?:[a-z]+\s+){0,2}[a-z]+\s*,\s*(?:from\s+)?"
                                        # the role in capitals and the speaker's first name in the bracket: "CALLER (Lilit, X):"
                                        r"|(?<=[A-Z]{3}\s\()[A-Z][a-z]+\s*,\s*)?$")
_SPEAKER_TAG_AFTER = prefilter.compile(r"\s*\)\s*:")
# the caller's own home or work after the tag: "I teach in X", "we live in Y"
_CALLERS_HOME = prefilter.compile(r"\b(?:I|[Ww]e)\s+(?:teach|work|live|study)\s+in\s+(?:the\s+)?$"
                                  # or the greeting from there: "Good evening from X"
                                  r"|\b(?:Good\s+(?:morning|afternoon|evening|day)|Hello|Greetings)\s+from\s+$")
_PERSON_REACH = 80                       # characters the person's noun and a list of towns may take before the place
# flights or services still to come, the place of their route named in the service's phrase: "passenger flights to X
# will start soon", "technical flights will begin in the new year, to be followed by passenger flights to Y", "would
# come first, followed by services to Z" (a plan or a promise: the sets leave them out; flights that ran, stopped or
# were banned have no future verb: "flights to X stopped in 1990"; flights that "would resume only when ..." tell of
# the halt, which the sets keep)
_SERVICE_TO = r"\b(?:flights?|services?)\s+(?:(?:once|twice|daily|weekly|regularly)\s+)?(?:to|from|between|into|out\s+of)\s+"
_FUTURE_START = (r"\b(?:will|would|shall|(?:is|are)\s+(?:due\s+)?to|(?:is|are)\s+expected\s+to|(?:is|are)\s+planned\s+to)\s+"
                 r"(?:(?:soon|then|only|first|also)\s+)?(?:(?:start|begin|open|launch)\b|(?:follow|come)\b"
                 # (to come after the rest, not "would follow a longer route", "would come under fire", "come to a halt")
                 r"(?!\s+(?:under|to|back|from|through|along|across|over|the|a|an|its|their|this|that|these|those)\b))")
# the future verb before the service: "... will begin ..., to be followed by passenger flights to Y"
_PLANNED_SERVICE_BEFORE = prefilter.compile(r"(?=[afistw])(?:" + _FUTURE_START + r"|\bto\s+be\s+followed\s+by|\bfollowed\s+by)"
                                            r"[^.;]{0,80}?" + _SERVICE_TO + r"(?:the\s+)?$", re.I)
# or after it: "flights to X from the airport near Y will start soon"
_SERVICE_BEFORE_PLACE = prefilter.compile(r"(?=[fs])" + _SERVICE_TO + r"(?:the\s+)?[^.;]{0,60}$", re.I)
# (not past a stop the sentence tells first: "flights to X were cancelled and would resume on Friday")
_FUTURE_AFTER = prefilter.compile(r"(?:(?!\b(?:was|were|has|have|had|cancell?ed|suspended|stopped|halted|banned|grounded|"
                                  r"diverted)\b)[^.;]){0,60}?" + _FUTURE_START, re.I)


def _service_planned(sentence, mention):
    """Is the place at ``mention`` on the route of flights or services the sentence says are still to start?"""
    if _PLANNED_SERVICE_BEFORE.search(sentence, max(0, mention.begin - 160), mention.begin):
        return True
    service = _SERVICE_BEFORE_PLACE.search(sentence, max(0, mention.begin - 80), mention.begin)
    return bool(service) and bool(_FUTURE_AFTER.match(sentence, mention.end))


# a venue the town only locates: "send the ring to the bird centre in X", "we thank the bakery in Y", "takes the money
# to the school gym in Z" (older sets: 9 of 11 such towns unannotated), or the town a private order comes from ("wait
# for a delivery from X", 0 of 2). A venue that opens its sentence, after a time or a place at most, is its subject,
# and what it does may be news ("the workshop in X was requisitioned", "on Tuesday the bakery in Y was requisitioned");
# people taken to it, treated or sheltering there keep the town (below), and so does a strong cue (the caller's test:
# "a rocket hit the museum in Z")
# (not a place people are held in: "ended his hunger strike in the detention centre in X" is news of the prisoner)
_VENUE_IN_BEFORE = prefilter.compile(r"\b(?:the|a|an|our|its|their)\s+(?:[\w'’-]+\s+)?"
                                     r"(?<!detention\s)(?<!remand\s)(?:centre|center|bakery|museum|studio|"
                                     r"library|shop|gym|caf[eé]|restaurant|brewery|sauna|club|workshop|park\s+office|"
                                     # a hall booked or met in ("if the hall in X is free", "meet in a hall in Y": older
                                     # sets 2 of 2 unannotated), not a town's own ("the city hall in Z says")
                                     r"(?<!city\s)(?<!town\s)hall|"
                                     # a supplier's or client's cooperative, by its town or the villages around it ("wax
                                     # from a cooperative in X", "canvas sent to a cooperative in the Y villages": older
                                     # sets 2 of 2 such towns unannotated)
                                     r"cooperative)"
                                     r"\s+in\s+(?:(?<=cooperative\sin\s)the\s+)?$", re.I)
_ORDER_FROM = prefilter.compile(r"\b(?:a|the)\s+(?:[a-z]+\s+)?(?:delivery|parcel|order)\s+from\s+$|"
                                # goods ordered or bought there, or coming to the writer from there: "the veneers ordered
                                # from X have arrived", "new ones have been ordered from Y", "copper now comes to us from Z"
                                # (older sets: 0 of 3 such towns annotated)
                                r"\b(?:ordered|bought|purchased)\s+(?:from|in)\s+$|"
                                # (a thing's supply in the present: not people who came, "refugees came to us from X")
                                r"\b(?:comes|arrives)\s+to\s+(?:us|me)\s+(?:now\s+)?from\s+$|"
                                # or from a supplier named by its trade there: "the cord has arrived from the spinner in X",
                                # "the stone has to come from the yard in Y" (older sets: 0 of 4 such towns annotated)
                                r"\b(?:come|comes|came|coming|arrive|arrives|arrived|arriving)\s+from\s+(?:the|a|an|our|their)"
                                r"\s+(?:[a-z]+\s+)?(?:suppliers?|spinners?|weavers?|makers?|farmers?|yards?|mills?|factory|"
                                # (a plant called "the works": "the glass has come from the works in X")
                                r"factories|workshops?|works|quarry|quarries|dealers?|wholesalers?)\s+in\s+$",
                                re.I)
# things fetched from a town or from the land by it, the town only where they were got: "bring the new seed from X",
# "the anvil my father brought from Y", "dig moss from the forest above Z" (older sets: 26 of 33 towns something is
# brought from unannotated, those kept being people, fire or a returnee's soil); not people or fire brought ("brought
# its volunteers home from X", "the night brought heavy fire from Y")
_GOODS_FROM_BEFORE = prefilter.compile(r"\b(?:bring|brings|brought|bringing|dig|digs|dug|digging|gather|gathers|gathered|"
                                       r"gathering|collect|collects|collected|collecting|pick|picks|picked|picking)\s+"
                                       # (the one it is brought for, a pronoun before the goods, is no part of them: "to
                                       # bring us a load of staves from X", "brought me the seed from Y")
                                       r"(?:(?:us|me|him|her|them)\s+(?=(?:an?|the|some|[\w'’-]+s)\s))?"
                                       r"(?P<goods>(?:[\w'’-]+\s+){1,5}?)(?:back\s+|up\s+|in\s+)?from\s+(?:the\s+)?"
                                       r"(?:(?:forests?|woods?|hills?|meadows?|slopes?|fields?)\s+(?:above|near|around|outside|"
                                       r"below|behind|of)\s+)?$|"
                                       # (the thing named before, in a relative clause: "the one my father brought from X")
                                       r"\b(?:the\s+one|which|that)\s+(?P<bringer>(?:[\w'’-]+\s+){1,3}?)brought\s+(?:back\s+)?"
                                       r"from\s+$|"
                                       # (or with no "that": "traced from the magazine a member brought from X")
                                       r"\bthe\s+(?P<thing>[a-z]+)\s+(?:a|an|one\s+of\s+(?:our|my)|our|my|his|her|their)\s+"
                                       r"[a-z]+\s+brought\s+(?:back\s+)?from\s+$|"
                                       # (or a thing that has come or is due from there: "the new filter cloths have
                                       # arrived from X", "the wool lining comes from Y", "the tinted lenses come up from
                                       # Z": older sets annotate none of the towns things come from, only people, vehicles or
                                       # fire that came)
                                       r"\b(?:the|our|my|a|an|its|their)\s+(?P<arrived>(?:[\w'’-]+\s+){1,6}?)"
                                       r"(?:(?:has|have|had|should|will|would|must|may|did|does|do)\s+)?(?:not\s+)?"
                                       r"(?:yet\s+|just\s+|now\s+|already\s+|finally\s+)?(?:arrived?|arrives|come|comes|came)\s+"
                                       r"(?:up\s+|down\s+|in\s+|over\s+)?from\s+(?:the\s+)?$", re.I)
_NOT_GOODS = prefilter.compile(r"\b(?:people|men|women|children|child|boys?|girls?|bab(?:y|ies)|man|woman|famil(?:y|ies)|refugees|volunteers|traders|workers|guests|"
                               r"visitors|pilgrims|them|us|him|her|me|you|soldiers|troops|wounded|dead|bod(?:y|ies)|"
                               r"prisoners|captives|daughters?|sons?|wife|husband|mother|father|parents|relatives|friends|"
                               # (people brought for someone are no goods: "the helicopter brought us casualties from X",
                               # "the bus brought them orphans from Y")
                               r"civilians|casualties|orphans|evacuees|injured|patients|residents|villagers|pupils|"
                               r"students|passengers|hostages|detainees|servicemen|fighters|"
                               r"fire|shells?|shelling|rockets?|water|soil|earth|ashes|remains|home|"
                               # (nor arms, forces, aid or mines: "brought reinforcements from X", "aid from Y", "collected
                               # mines from Z" tell of the war)
                               r"reinforcements?|artillery|weapons?|arms|ammunition|munitions?|tanks?|equipment|units?|"
                               r"aid|supplies|humanitarian|mines?|ordnance|explosives?|"
                               # (nor a journey told on the way: "were brought to the ceremony by bus from X")
                               r"to|into|by|via)\b", re.I)


# (what came is no thing when it is people, a vehicle, fire, word or a supply whose cut is news: "the first cars came
# down from X", "our bakers come from V", "small-arms fire came from Y", "the statement came from Z", "the gas
# coming from W")
_NOT_ARRIVED_GOODS = prefilter.compile(r"\b(?:teams?|crews?|groups?|delegations?|returnees|settlers|migrants|players?|drivers?|fighters?|police|residents?|"
                                       r"students?|pupils?|members?|passengers?|staff|correspondents?|reporters?|cousins?|"
                                       r"neighbours?|customers?|patients?|officials?|observers?|who|cars?|bus(?:es)?|"
                                       r"minibus(?:es)?|lorr(?:y|ies)|trucks?|vehicles?|convoys?|columns?|flights?|planes?|"
                                       r"helicopters?|trains?|ambulances?|shots?|shooting|gunfire|attacks?|strikes?|drones?|"
                                       r"missiles?|bullets?|bombs?|explosions?|blasts?|reports?|news|word|statements?|reply|"
                                       r"answer|calls?|messages?|story|orders?|gas|electricity|power|fuel|oil|petrol|diesel|"
                                       # (nor relief or arms whose coming is the news: "the flour arrived from X on Tuesday")
                                       r"bread|flour|grain|wheat|food\w*|medicines?|medical|aid|supplies|cargo|shipments?|"
                                       r"deliver(?:y|ies)|ammunition|shells?|rockets?|mortars?|fire|"
                                       # (nor people named by a trade or a role: "two of our bakers come from X")
                                       r"\w{2,}(?:ers|ors|ists|ians))\b", re.I)


# ... or a thing a trader waits for or is promised from a town, or a bare plural thing opening the sentence that came
# from it: "we are waiting for hides from X", "more promised from Y by Thursday", "Labels arrived from Z" (older sets:
# 0 of 4 towns a part or a material is waited for from annotated); not people, word or fuel ("waiting for word from
# X", "tank cars of petrol were promised from Y", "Azerbaijanis came from Z")
_AWAITED_FROM_BEFORE = prefilter.compile(r"\b(?:wait|waits|waited|waiting)\s+for\s+(?P<goods>(?:[\w'’-]+\s+){1,5}?)from\s+"
                                         r"(?:the\s+)?$|"
                                         r"\b(?P<arrived>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:(?:was|were|is|are|has\s+been|"
                                         r"have\s+been)\s+)?promised\s+from\s+(?:the\s+)?$|"
                                         r"^\W*(?P<bare>[A-Z][a-z]+(?<![iu])s)\s+(?:arrived|came|come)\s+(?:up\s+|down\s+|in\s+)?"
                                         r"from\s+(?:the\s+)?$")
# (the bare plural may be people, words or threats, or the goods a road carries, as well: "Evacuees came from X",
# "Casualties arrived from Y", "Warnings came from Z", "Goods arrived from W")
_NOT_BARE_GOODS = prefilter.compile(r"\b(?:\w+ees|casualties|hostages|medics|paramedics|nurses|monks|priests|nuns|guards|"
                                    r"conscripts|recruits|veterans|orphans|elders|widows|warnings|threats|complaints|protests|"
                                    r"appeals|demands|claims|denials|accusations|rumou?rs|calls|goods|freight)\b", re.I)


def _goods_from(sentence, mention):
    """Is the place at ``mention`` only where something was fetched from, has come from or is waited for (see
    above)?"""
    # (every match of either pattern holds "from", in any case, inside the window searched: a window without it, most
    # of them, is passed over before both searches, the same answer without the scans)
    if "from" not in sentence[max(0, mention.begin - 80):mention.begin].lower():
        return False
    m = _GOODS_FROM_BEFORE.search(sentence, max(0, mention.begin - 80), mention.begin) \
        or _AWAITED_FROM_BEFORE.search(sentence, max(0, mention.begin - 80), mention.begin)
    if m is None:
        return False
    groups = m.groupdict()
    return not _NOT_GOODS.search(groups.get("goods") or groups.get("thing") or groups.get("arrived")
                                 or groups.get("bare") or "") \
        and not _NOT_ARRIVED_GOODS.search(groups.get("arrived") or groups.get("bare")
                                          # (what is waited for, not what was brought: "waiting for word from X")
                                          or (groups.get("goods")
                                              if m.re.pattern == _AWAITED_FROM_BEFORE.pattern else None) or "") \
        and not _NOT_BARE_GOODS.search(groups.get("bare") or "") \
        and not _goods_place_told(sentence, mention.end)


# the client a trader's order is made for, by the client's town: "steps for a courtyard in X", "a plaque for the
# entrance of a mosque in Y" (older sets: 0 of 9 such towns annotated); and a job list's line headed by its client:
# "- Wedding hall in Z: name board over the entrance"
_CLIENTS = (r"(?:family|customer|client|courtyard|school|mosque|church|hotel|restaurant|caf[eé]|shop|house|office|hall|"
            # (and a club or a council an order is made for: "a cookery book for a women's council in X")
            r"bakery|pharmacy|clinic|council|club|"
            # (and a choir or a chapel: "hand bells for a school choir in X", "a bell for a village church near Y";
            # older sets 0 of 12 such towns annotated)
            r"choir|chapel|monastery|kindergarten)")
# (not money given for it: "a loan will pay for the new school in X", "the fund said it would pay for a clinic in Y";
# a client of the order is one among many, "for a school in X": "the heaters for the school in X were bought" is news)
_FOR_CLIENT_IN = prefilter.compile(r"(?<!\bpay\s)(?<!\bpays\s)(?<!\bpaid\s)(?<!\bpaying\s)(?<!\bmoney\s)(?<!\bfunds\s)"
                                   r"(?<!\bgrant\s)\bfor\s+(?:the\s+[\w'’-]+\s+of\s+)?(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?"
                                   + _CLIENTS + r"\s+(?:in|near)\s+$"
                                   # (or a client's cellar, shop or café by the road it stands on: "hoops for the wine
                                   # cellar on the X road", "signs for a café on the Y highway"; the road only says where
                                   # the client is, nothing travels it)
                                   r"|(?<!\bpay\s)\bfor\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:" + _CLIENTS[3:-1]
                                   + r"|cellar|farm|inn|garage|tea\s+house)\s+on\s+the\s+$"
                                   # (or a community a bell is cast for: "a small bell for the community of X")
                                   r"|(?<![Aa]id\s)\bfor\s+the\s+(?:village\s+)?community\s+of\s+$")
# (the client's own news in war keeps the town: "blankets for a kindergarten in X, where refugee children now sleep",
# "candles for a monastery near Y, which troops now guard")
_CLIENT_IN_WAR = prefilter.compile(r"\b(?:refugees?|displaced|evacu\w+|fled|shell(?:s|ed|ing)|rockets?|missiles?|drones?)\b",
                                   re.I)
# (the client by a road: the place names the road, "the X road" or "highway", not a town the client stands in; but
# vehicles or traffic in the sentence travel that road: "lorries carrying fuel for the hotel on the X road queued for
# two days" is the road's news)
_CLIENTS_ROAD_AFTER = prefilter.compile(r"\s+(?:road|highway)\b")
_CLIENT_LINE = prefilter.compile(r"\s*(?:[-–•*]\s*|\d{1,2}[.)]\s*)?(?:[A-Z][a-z]+\s+)?(?i:" + _CLIENTS + r")\s+in\s+")
_COLON_AFTER = prefilter.compile(r"\s*:")
# ... or an order book's line opened by the town, then the client in it and a colon before the work: "X, the Avagyan
# house: chimney cap", "Y, the shop of A B: a new sign" (the town only says where the client is)
_LINE_OPENER = prefilter.compile(r"\s*(?:[-–•*]\s*|\d{1,2}[.)]\s*)?")
_CLIENT_AFTER_TOWN = prefilter.compile(r",\s+the\s+(?:[A-Z][\w'’-]+\s+)?(?i:" + _CLIENTS + r")\b[^:.;]{0,40}:\s")
# (people taken to the venue or reaching it, treated, sheltering or gathered there, or a scene the venue marks: "taken
# to the medical centre in X", "evacuees reached the reception centre in X", "were treated at the medical centre in Y",
# "families are sleeping in the sports club in Z", "handed out blankets at the sports club in Z", "joked A, outside a
# shop in Z"; or the venue doing what the sentence tells: "an autopsy carried out by its forensic centre in Z")
_PEOPLE_AT_VENUE_BEFORE = prefilter.compile(r"\b(?:(?:taken|brought|rushed|driven|flown|evacuated|transferred)\s+to|reached|"
                                            r"(?:arrived|got|came|returned)\s+(?:at|to|in)|"
                                            r"(?:treated|admitted|hospitali[sz]ed|recovering|sheltering|sheltered|housed|"
                                            r"sleeping|staying|hiding)\s+in|at|by|outside|behind|opposite|near|"
                                            r"in\s+front\s+of)\s+$")
_SUBJECT_OPENING = prefilter.compile(r"\W*(?:(?:on|in|at|by|since|after|before|during|late|early|last|this|overnight|"
                                     r"yesterday|today|earlier|later)\b(?:[^,;:]{0,30},|(?:\s+[\w'’-]+){0,2})\s*)?", re.I)


# (a hall where refugees are given beds or aid is handed out is the news there: "given beds in the school hall in X",
# "aid is handed out in the hall in Y")
_HALL_IN_WAR = prefilter.compile(r"\b(?:refugees?|displaced|evacu\w+|aid|beds?|wounded|shelter\w*|fled|war|shell\w*|"
                                 r"rockets?|missiles?|drones?)\b", re.I)


def _venue_locates(sentence, mention):
    """Is the place at ``mention`` only where a venue named before it stands ("the ringing centre in X"), the venue
    neither the sentence's subject nor where anyone is taken, treated or sheltered (nor a scene beside it), in a
    sentence with no armed men (troops who loot or occupy a museum make it news), or the town a private order comes
    from?"""
    venue = _VENUE_IN_BEFORE.search(sentence, max(0, mention.begin - 60), mention.begin)
    if venue is not None:
        return not _SUBJECT_OPENING.fullmatch(sentence, 0, venue.start()) \
            and not ARMED_MEN.search(sentence.lower()) \
            and not _PEOPLE_AT_VENUE_BEFORE.search(sentence, max(0, venue.start() - 40), venue.start()) \
            and not (venue.group().lower().rstrip().endswith("hall in") and _HALL_IN_WAR.search(sentence))
    return bool(_ORDER_FROM.search(sentence, max(0, mention.begin - 40), mention.begin)
                or ("for" in sentence[max(0, mention.begin - 60):mention.begin]    # (the word it needs, first)
                    and (client := _FOR_CLIENT_IN.search(sentence, max(0, mention.begin - 60), mention.begin))
                    and (not client.group().endswith("on the ") or _CLIENTS_ROAD_AFTER.match(sentence, mention.end)
                         and not _VEHICLES.search(sentence) and "traffic" not in sentence.lower())
                    and not _CLIENT_IN_WAR.search(sentence) and not ARMED_MEN.search(sentence.lower()))
                or (_CLIENT_LINE.fullmatch(sentence, 0, mention.begin) and _COLON_AFTER.match(sentence, mention.end))
                or (_LINE_OPENER.fullmatch(sentence, 0, mention.begin) and _CLIENT_AFTER_TOWN.match(sentence, mention.end)
                    and not _CLIENT_IN_WAR.search(sentence) and not ARMED_MEN.search(sentence.lower())))


# pictures named by the places they come from, a list of them perhaps: "a photo essay with pictures from A, B and the
# hills above C" (what the pictures show, when the sentence tells it, keeps the place: "photographs from X, where men
# were setting fire to their houses", which the older sets annotate)
_PICTURES_FROM = prefilter.compile(r"\b(?:pictures|photos|photographs|images)\s+from\s+"
                                   r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s*,\s*|,?\s+and\s+))*$")
_PICTURES_REACH = 80                     # characters back from the place to the pictures' noun
# (or what they show, said after the place: "more photos from X will follow, showing the ruins of the mosque")
_PICTURES_SHOW = prefilter.compile(r"\b(?:show(?:s|ed|ing|n)?|depict(?:s|ed|ing)?|where)\b")
# ... or pictures named by the places they show, a list of views with no act in it: "postcards showing X, the Y gorge
# and the bridge at Z", "old prints depicting A and B" (what is done there, when told, keeps the place: "photographs
# showing soldiers raising a flag in X", "footage showed refugees waiting in Y")
_SIGHT = (r"(?:bridges?|gorges?|church(?:es)?|monaster(?:y|ies)|fortress(?:es)?|castles?|squares?|markets?|valleys?|"
          r"rivers?|lakes?|hills?|mountains?|stations?|streets?|houses?|gates?|walls?|centre|views?|waterfalls?)")
_PICTURES_SHOWING = prefilter.compile(r"\b(?:slides|postcards|pictures|photos|photographs|images|paintings|prints|engravings|"
                                      r"drawings|sketches|watercolou?rs|views)\b[^.;:!?]{0,80}?\b(?:show(?:s|ed|ing)?|"
                                      r"depict(?:s|ed|ing)?)\s+"
                                      # (the views listed before the place: names, or sights told by a name: "X, the Y gorge")
                                      r"(?:(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*|" + _SIGHT + r")"
                                      r"(?:\s*,\s*|,?\s+and\s+))*"
                                      # (and the sight the place names: "the bridge at Z", "the old church of W")
                                      r"(?:the\s+(?:[\w'’-]+\s+)?" + _SIGHT + r"\s+(?:at|of|in|near)\s+)?$")
_SHOWING_REACH = 200                     # characters back from the place to the pictures' noun
# a map, atlas or survey sheet named by what it shows: "a walking map of the X shore", "topographic sheets of Y", "maps
# of A and B" (older sets: 0 of some 20 such places annotated; a shop's stock or a talk's subject, no event)
# (nor mine maps of a place: "the mine maps of X were incomplete" are its minefields' maps, news of the place)
_MAP_OF = prefilter.compile(r"\b(?<!mine\s)(?<!minefield\s)(?:maps?|atlas(?:es)?|(?:city|town|street)\s+plans?|sheets?)\s+of\s+(?:the\s+)?"
                            r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s*,\s*|,?\s+and\s+))*$")
# (but maps of a place's minefields show the mines laid there: "maps of the Fuzuli and Zangilan minefields")
_MAP_OF_MINES = prefilter.compile(r"(?:['’]s)?(?:(?:\s*,|\s+and)?\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)*\s+(?:district\s+)?"
                                  r"(?:minefields?|mines)\b")


# a building or yard told by the road it stands on, the road named by the town it leads to: "drying in the barn on the
# X road", "the timber yard on the Y road has offered ...", "the petrol station on the Z road" (older sets: 2 of 2 such
# towns unannotated; the town only says which road, nothing goes along it); with a strong cue the caller keeps it
# ("a shell hit the petrol station on the Z road"); a tradesman told by the road he works on is the same: "ask the
# smith on the X road"
_SITE_ON_ROAD_BEFORE = prefilter.compile(r"\b(?:barns?|sheds?|yards?|garages?|workshops?|shops?|stores?|kiosks?|warehouses?|"
                                         r"mills?|farms?|bakery|bakeries|caf[eé]s?|restaurants?|(?:petrol|filling|gas)\s+"
                                         r"stations?|(?:black|lock|tin|copper|silver|gold)?smiths?|carpenters?|joiners?|"
                                         r"tailors?|cobblers?|shoemakers?|mechanics?|potters?|saddlers?|glaziers?|welders?)"
                                         r"\s+on\s+the\s+(?:old\s+|new\s+|main\s+)?$", re.I)
_ROAD_NAMED_AFTER = prefilter.compile(r"\s+(?:road|highway)\b", re.I)


def _site_on_road(sentence, mention):
    """Is the place at ``mention`` only the town that names the road a building stands on ("the barn on the X
    road")?"""
    return bool(_SITE_ON_ROAD_BEFORE.search(sentence, max(0, mention.begin - 40), mention.begin)
                and _ROAD_NAMED_AFTER.match(sentence, mention.end)
                and not ARMED_MEN.search(sentence.lower()) and not WAR_NEWS.search(sentence))
                # (a shop on the X road looted by soldiers is news on the road)


# a trader's terms for work in a town: "delivery in X is free for orders over ...", "Delivery and fixing in Y itself
# are free", "fixing on a roof in Z is included" (older sets: 0 of 4 such towns annotated: a price card's terms, no
# event)
# (or a trader's visits, and a delivery to the town: "measuring visits in X and the villages within twenty
# kilometres are free", "Collection and delivery in Y: free for orders over ...", "delivery to Z is free": older sets
# 0 of 10 such towns annotated)
_SERVICE_IN_BEFORE = prefilter.compile(r"\b(?:delivery|deliveries|fixing|fitting|installation|collection|postage|shipping|"
                                       r"(?:measuring\s+|home\s+)?visits|call-outs?)\b"
                                       r"[^.;:]{0,40}?\b(?:in|inside|within|to)\s+(?:the\s+)?"
                                       r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:,|\s+(?:and|or))\s+)*$", re.I)
# (every match of either holds one of these)
_SERVICE_STEMS = ("deliver", "fixing", "fitting", "installation", "collection", "postage", "shipping", "visits",
                  "call-out")
_TERMS_AFTER = prefilter.compile(r"[^.;:]{0,60}?(?:\b(?:is|are)\s+(?:always\s+|also\s+|still\s+)?(?:free|included)\b"
                                 r"(?!\s+(?:of|from)\b)|\s*:\s*(?:free|included)\b)")
# ... or the terms told first, the town last: "Delivery is free within X", "fitting is included in Y and Z"
_TERMS_BEFORE = prefilter.compile(r"\b(?:delivery|deliveries|fixing|fitting|installation|collection|postage|shipping)\s+"
                                  r"(?:is|are)\s+(?:always\s+|also\s+|still\s+)?(?:free|included)\s+(?:in|inside|within)\s+"
                                  r"(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:,|\s+(?:and|or))\s+)*$", re.I)
# ... or the terms told as a price card's line, "free" or "no charge" before the service: "No charge for delivery
# within X and Y", "Free delivery to Z", "free fitting in W" (not when the clause goes on to the war's roads or aid,
# see _WE_POST_WAR_AFTER: "free delivery to X resumed after the road reopened"; nor when the war's relief or road
# opens it: "The Red Cross said free delivery within X of flour began on Monday")
_FREE_SERVICE_BEFORE = prefilter.compile(r"\b(?:no\s+charge\s+for|free(?:\s+of\s+charge)?)\s+(?:home\s+)?"
                                         r"(?:delivery|deliveries|fixing|fitting|installation|collection|postage|shipping)"
                                         r"\s+(?:in|inside|within|to)\s+(?:the\s+)?"
                                         r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:,|\s+(?:and|or))\s+)*$", re.I)

# ... or a shop's hours, closed on the day its keeper goes to a town: "The shop is closed on Monday, when I go to X for
# brass", "closed on Wednesday afternoon, when we go to the market in Y", "when we go to the Z market" (older sets 0 of
# 4 such towns annotated: the keeper's errand, no event)
_CLOSED_WHEN_AWAY = prefilter.compile(r"\b(?:closed|shut|closes)\b[^.;:]{0,80}?\bwhen\s+(?:I|we)\s+(?:go|drive|travel)\s+"
                                      r"(?:(?:up|down|over|in)\s+)?(?:to|into)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?"
                                      r"(?:market|fair|bazaar|auction)\s+(?:in|at)\s+)?$")
# (or closed for the keepers' own trip, or while a machine of the shop is away for its service: "The counter will be
# closed on Monday for the family's trip to X", "closed next Friday because the engraving machine goes to Y for its
# service"; older sets 1 of 1 such errand unannotated, as the form above)
_CLOSED_FOR_ERRAND = prefilter.compile(r"\b(?:closed|shut)\b[^.;:]{0,80}?\b(?:for\s+(?:(?:the\s+)?(?:family['’]s|family|staff)|"
                                       # (the keepers' own trip, not "the border was closed for a trip to X by the president")
                                       r"our|my)\s+(?:trip|outing|excursion|holiday)\s+to|"
                                       r"because\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?(?:machine|press|oven|kiln|lathe|"
                                       r"loom)\s+(?:goes|is\s+going|will\s+go)\s+(?:up\s+|down\s+)?to)\s+(?:the\s+)?$")

# a person's habitual coming to work, told in a "who" aside by when or how the person comes: "Our apprentice, who
# comes in every morning on the bus from X, says", "Karine, who comes on Mondays from Y, has asked" (older sets: 1 of 1
# such town unannotated; one person in the present, not people who came: "families who came on the bus from Z")
_COMMUTER_FROM = prefilter.compile(r"\bwho\s+(?:comes|travels|drives|walks|cycles)\s+(?:in\s+|over\s+|down\s+|up\s+)?"
                                   r"(?=(?:every|each|daily|on|by)\b)(?:(?:every|each)\s+(?:day|morning|evening|week)\s+|"
                                   r"daily\s+|on\s+(?:[A-Z][a-z]+days|weekdays|workdays)\s+)?"
                                   r"(?:(?:on|by)\s+(?:the\s+)?(?:bus|minibus|coach|train|taxi|bike|bicycle)\s+)?"
                                   r"from\s+(?:the\s+)?$")
# (the aside closes after the place, and the sentence goes on with its own verb)
_ASIDE_CLOSES = prefilter.compile(r"\s*,")

# a thing someone can take to a town for a customer, offered: "my nephew can bring the cello to X", "anyone who can
# bring an instrument to Y will be seen first" (older sets: 1 of 1 such town unannotated; an offer, nothing done);
# not people, aid or food carried ("ambulances can take the wounded to Z", "lorries can bring flour to W")
_ERRAND_OFFERED = prefilter.compile(r"\b(?:can|could)\s+(?:bring|take|carry|drive)\s+(?P<goods>(?:[\w'’-]+\s+){1,8}?)"
                                    r"(?:up\s+|down\s+|over\s+)?to\s+(?:the\s+)?$")


def _offered_errand(sentence, mention):
    """Is the place at ``mention`` only where someone offers to take a thing (see above)?"""
    m = _ERRAND_OFFERED.search(sentence, max(0, mention.begin - 80), mention.begin)
    return m is not None and not _NOT_GOODS.search(m.group("goods")) \
        and not _NOT_ARRIVED_GOODS.search(m.group("goods"))


# ... or a trader's own round of posting or delivering to towns, told in the present or the future: "We post to X and Y
# on Mondays only", "we will deliver to Z ourselves", "we deliver on Saturdays to A and to B" (older sets: 0 of 5 such
# towns annotated), each town with its own day too ("we deliver to A on Thursdays and to B on alternate Saturdays");
# not a delivery done ("we delivered blankets to X yesterday")
_WE_POST_TO_BEFORE = prefilter.compile(r"\b(?:[Ww]e|I)\s+(?:will\s+|can\s+|also\s+|only\s+|still\s+|cannot\s+|can['’]t\s+)*"
                                       r"(?:post|ship|deliver|mail|send\s+(?:parcels|orders|them))\b"
                                       r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+days?|weekdays|ourselves|only|also|free))*\s+(?:to|in)\s+"
                                       # (each town of the round with its own day: "to X on Thursdays and to Y on
                                       # alternate Saturdays")
                                       r"(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+on\s+(?:(?:alternate|every|most|some)\s+)?"
                                       r"[A-Z][a-z]+days)?(?:,|\s+(?:and|or))\s+(?:to\s+|in\s+)?)*$")
# (not when the clause goes on to the war's relief or road: "we also deliver to X when the road is open", "we will
# deliver to Y the humanitarian aid", "we send parcels to Z through the Red Cross")
_WE_POST_WAR_AFTER = prefilter.compile(r"[^.;]*?\b(?:roads?|corridor|blockade\w*|checkpoints?|border|aid|humanitarian|fuel|"
                                       r"petrol|shell\w*|fire|ceasefire|Red\s+Cross|army|troops|soldiers|refugees|"
                                       r"minister|ministry)\b", re.I)


def _service_terms(sentence, mention):
    """Is the place at ``mention`` only where a trader's delivery or fitting is free or included ("delivery in X is
    free", "delivery is free within X"), a town a trader's orders are for ("orders for X go out on Tuesdays") or the
    keeper's errand the shop closes for (_CLOSED_WHEN_AWAY)?"""
    # (_SERVICE_IN_BEFORE and _TERMS_BEFORE need one of the service words in the words before the place, which most
    # lack: tested first, the same answer without the scans)
    service = has_stem(sentence[max(0, mention.begin - 80):mention.begin], _SERVICE_STEMS)
    return bool(service and _SERVICE_IN_BEFORE.search(sentence, max(0, mention.begin - 80), mention.begin)
                and _TERMS_AFTER.match(sentence, mention.end)) \
        or bool("when" in sentence and _CLOSED_WHEN_AWAY.search(sentence, max(0, mention.begin - 160), mention.begin)) \
        or bool(service and _TERMS_BEFORE.search(sentence, max(0, mention.begin - 80), mention.begin)) \
        or bool(service and _FREE_SERVICE_BEFORE.search(sentence, max(0, mention.begin - 80), mention.begin)
                and not _WE_POST_WAR_AFTER.match(sentence, mention.end)
                and not _WE_POST_WAR_AFTER.match(sentence)) \
        or bool(_WE_POST_TO_BEFORE.search(sentence, max(0, mention.begin - 80), mention.begin)
                and not _WE_POST_WAR_AFTER.match(sentence, mention.end)) \
        or bool("rders" in sentence     # (the word the search needs: a sentence without it has no orders for X)
                and _ORDERS_FOR_BEFORE.search(sentence, max(0, mention.begin - 80), mention.begin)
                and not _ORDERED_TO_AFTER.match(sentence, mention.end))


# a timetable's line: the run's two ends, a colon, then its times ("Kapan to Goris: 08:00 and 14:00, ...", "A - B:
# 7.30"); a notice's own business, no event at either end
_TIMETABLE_LINE = prefilter.compile(r"\s*(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+){1,3}?(?:to|[-–—])\s+(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+\s+){0,2}?"
                                    r"[A-ZƏÇŞĞÜÖİ][\w'’-]+\s*:\s*(?:at\s+)?\d{1,2}[:.]\d{2}\b")


def _timetable_line(sentence, mention):
    """Is the place at ``mention`` one end of a timetable's line ("A to B: 07:30, 09:00"), the line's opening?"""
    line = _TIMETABLE_LINE.match(sentence)
    return bool(line) and mention.end <= sentence.index(":", line.start())


# a coach station's notice: the hour a run leaves ("the morning coach to X leaves at half past six", "the bus to Y
# departs from the square") and a thing left on a run named by its town ("found on the Z coach"); older sets: 0 of 7
# such towns annotated (the run's business, no event at the town; fire on it is a strong cue the caller keeps)
_RUN_TO_BEFORE = prefilter.compile(r"\b(?:bus|coach|minibus|train)\s+(?:to|for)\s+$", re.I)
_RUN_LEAVES_AFTER = prefilter.compile(r"\s+(?:now\s+|still\s+|will\s+)?(?:leaves?|departs?)\s+(?:at|from)\b")
_LEFT_ON_BEFORE = prefilter.compile(r"\b(?:found|left|forgotten)\s+(?:[\w'’-]+\s+){0,3}?(?:on|in)\s+the\s+$", re.I)
_RUN_AFTER = prefilter.compile(r"\s+(?:bus|coach|minibus|train)\b")


def _run_notice(sentence, mention):
    """Is the place at ``mention`` only the town a run goes to in its timetable ("the coach to X leaves at six") or
    the run a thing was left on ("found on the Y coach")?"""
    return bool((_RUN_TO_BEFORE.search(sentence, max(0, mention.begin - 20), mention.begin)
                 and _RUN_LEAVES_AFTER.match(sentence, mention.end))
                or (_LEFT_ON_BEFORE.search(sentence, max(0, mention.begin - 60), mention.begin)
                    and _RUN_AFTER.match(sentence, mention.end)))


# a trader's orders named by the towns they go to: "Orders for A, B and C go out on Tuesdays", "the orders for X will
# wait here for collection" (the shop's own business; older sets: the one such list, heldout105's, unannotated); the
# orders bare, opening the sentence or after "the", "our": not a command given ("the army issued orders for X to be
# evacuated", "the evacuation orders for X")
_ORDERS_FOR_BEFORE = prefilter.compile(r"(?:(?<!\w )|(?<=\b[Tt]he )|(?<=\b[Oo]ur )|(?<=\b[Yy]our )|(?<=\b[Aa]ll )|(?<=\b[Aa]ny ))"
                                       r"\b[Oo]rders\s+for\s+(?:the\s+)?(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:,|\s+(?:and|or))\s+)*$")
# (nor orders for a town to be left or held: "Orders for X to be evacuated came on Monday")
_ORDERED_TO_AFTER = prefilter.compile(r"(?:(?:,|\s+(?:and|or))\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)*\s+to\s+(?:be|leave|evacuate|withdraw|"
                                      r"hold|stay|surrender|retreat|move)\b")


# guests, visitors or friends told by the town they come from: "our guests from X", "visitors from Y" (their home;
# older sets: 9 of 9 such towns unannotated); a guest named by a trade ("our guest potter from X") and a touring
# company ("the puppet company from Y": older sets 2 of 2 unannotated) too, and a partner group by its town ("our
# sister choir in Z"), and a shop's customers ("customers from A and B may leave repairs with ..."), each town of a
# list of them; not a carrier's company, whose home starts the service it runs ("the bus company from X resumed
# trips to Y")
_GUESTS_FROM_BEFORE = prefilter.compile(r"\b(?:(?:guests|visitors|friends|customers|clients|guest\s+[a-z]+|troupe|(?<!bus\s)(?<!coach\s)"
                                        r"(?<!transport\s)(?<!trucking\s)(?<!haulage\s)(?<!freight\s)(?<!shipping\s)"
                                        r"(?<!logistics\s)(?<!taxi\s)company)\s+from|"
                                        r"sister\s+(?:choir|club|school|circle|society|ensemble|group)\s+in)\s+(?:the\s+)?"
                                        r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:,|\s+(?:and|or))\s+)*$",
                                        re.I)
# (or members, pupils or customers told by where they live: "several of our customers come from the villages of the X
# district", "our pupils are from Y" (their homes; older sets: 0 of 9 such places annotated))
_MEMBERS_FROM_BEFORE = prefilter.compile(r"\b(?:customers|clients|members|pupils|students|readers|subscribers|regulars|buyers)"
                                         r"\s+(?:[\w'’-]+\s+){0,2}?(?:come|comes|are)\s+from\s+(?:the\s+)?"
                                         r"(?:(?:villages?|towns?|families)\s+(?:of|around|near|in|between)\s+(?:the\s+)?)?"
                                         r"(?:[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:,|\s+(?:and|or))\s+)*$", re.I)
# (nor when they fled it: "the students are from X and fled in October" were driven out of it)
_MEMBERS_FLED_AFTER = prefilter.compile(r"[^.;]{0,60}?\b(?:fled|escaped|were\s+(?:displaced|evacuated|expelled|deported)|"
                                        r"(?:was|were)\s+(?:captured|shelled|taken|occupied))\b")
# (unless the sentence tells their journey from it: "visitors from X travelled by bus to Y" keeps both ends)
_GUESTS_TRAVELLED_AFTER = prefilter.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:travelled|traveled|came|drove|walked|flew|went|"
                                            r"arrived|crossed|reached|set\s+off|left)\b")


def _guests_home(sentence, mention):
    """Is the place at ``mention`` only the home of the guests or visitors named by it ("our guests from X were to
    bring trees"), no journey of theirs told?"""
    # (every match of both holds "from" or "sister" in the words before the place, which most lack: tested first,
    # the same answer without _MEMBERS_FROM_BEFORE's scan)
    if not has_stem(sentence[max(0, mention.begin - 80):mention.begin], ("from", "sister")):
        return False
    return bool(_GUESTS_FROM_BEFORE.search(sentence, max(0, mention.begin - 40), mention.begin)
                or (_MEMBERS_FROM_BEFORE.search(sentence, max(0, mention.begin - 80), mention.begin)
                    and not COMMUTE_AFTER.match(sentence, mention.end)
                    and not _MEMBERS_FLED_AFTER.match(sentence, mention.end))) \
        and not _GUESTS_TRAVELLED_AFTER.match(sentence, mention.end)


# a journey only hoped for or planned, the place on the way it is to take: "our guests hope to come by the old road
# through X", "he plans to drive back via Y" (a plan: the older sets leave such a journey out)
_JOURNEY_PLANNED_BEFORE = prefilter.compile(r"(?=[hpi])\b(?:hope[sd]?|hoping|plans?|planned|planning|intends?|intended|"
                                            r"intending)\s+to\s+"
                                            r"(?:come|travel|drive|go|get|return)\s+(?:back\s+|home\s+|here\s+)?"
                                            r"(?:by|via|through|along|over)\b[^.;:]{0,60}$", re.I)


def _journey_planned(sentence, mention):
    """Is the place at ``mention`` on the way of a journey the sentence says someone hopes or plans to make?"""
    return bool(_JOURNEY_PLANNED_BEFORE.search(sentence, max(0, mention.begin - 120), mention.begin))


# a road named only as the condition a future step waits for: "the road would stay closed until the X road was open
# again", "we will not send the parcels until the Y corridor reopens" (a condition, nothing told of the road; a road
# that reopened on a day, "waited until the X road reopened on Monday", tells its reopening)
_UNTIL_ROAD_BEFORE = prefilter.compile(r"\b(?:would|will|shall|'ll|’ll)\b[^.;:]{0,100}?\buntil\s+the\s+$", re.I)
_ROAD_OPEN_AFTER = prefilter.compile(r"\s+(?:road|corridor|highway|route|pass|border)\s+(?:(?:is|was|were|are)\s+"
                                     r"(?:open(?:ed)?|reopened)\s+again\b|(?:is|was)\s+reopened\b|re-?opens\b|"
                                     r"opens\s+again\b)(?!\s+(?:on|in|at|last|yesterday)\b)")


# (not in news of the road's closing itself, the blockade, the convoys or the people it strands: "the convoy will wait
# in X until the Y corridor is reopened, the Red Cross said", "residents will not be able to leave until the Y
# corridor reopens, as the blockade entered its third week", "trucks will queue at X until ...")
_ROAD_SHUT_NEWS = prefilter.compile(r"\b(?:blockade\w*|blocked|convoys?|aid|humanitarian|Red\s+Cross|ICRC|peacekeep\w*|"
                                    r"troops|soldiers|army|checkpoints?|lorries|trucks|stranded|residents|refugees|"
                                    r"evacu\w+|shortages?|activists)\b", re.I)


def _road_as_condition(sentence, mention):
    """Is the place at ``mention`` naming a road only as the condition a future step waits for (see above)?"""
    return bool(_ROAD_OPEN_AFTER.match(sentence, mention.end)
                and _UNTIL_ROAD_BEFORE.search(sentence, max(0, mention.begin - 160), mention.begin)
                and not _ROAD_SHUT_NEWS.search(sentence))


# a road an army's aim is said to be to cut or take, the place on it: "he believes the aim is to cut the road between
# X and Y", "their goal was to seize the highway to Z" (an aim ascribed, nothing done there yet)
_AIM_TO_CUT_BEFORE = prefilter.compile(r"(?=[agiop])\b(?:aims?|goals?|objectives?|purpose|intention)\s+(?:is|was|are|were|would\s+be)\s+"
                                       r"to\s+(?:(?!\b(?:but|while|whereas)\b)[^.;:]){0,80}?\b(?:cut|sever|seize|capture|take|block|"
                                       r"close)\s+(?:off\s+)?(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:roads?|highways?|routes?)\b"
                                       # (the place still on that road: not after a new clause, "..., and troops shelled
                                       # X", "..., which it did on 8 November")
                                       r"(?:(?!\b(?:but|while|whereas)\b|,\s+(?:and|which|when|then|after|before|as)\b|"
                                       r"\s+and\s+(?:then\s+)?(?:troops|forces|soldiers|units|they|it)\b)[^.;:]){0,80}$", re.I)


def _aim_to_cut(sentence, mention):
    """Is the place at ``mention`` on a road the sentence says someone aims to cut or take (and not that the aim was
    met: "..., which it did on 8 November")?"""
    return bool(_AIM_TO_CUT_BEFORE.search(sentence, max(0, mention.begin - 200), mention.begin)) \
        and not _AIM_MET_AFTER.match(sentence, mention.end)


# the aim said to be met, after the place: "the aim was to seize the road to X, which it did on 8 November"
_AIM_MET_AFTER = prefilter.compile(r"(?:\s+(?:and|or)\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)*\s*,?\s+(?:which|as)\s+"
                                   r"(?:it|they|he|she|the\s+[\w-]+)\s+(?:(?:soon|later|then|duly)\s+)?"
                                   r"(?:did|had\s+done|has\s+done)\b")


# an outing called off, the place only where it was to go: "the choir's trip to X is postponed", "we have cancelled
# the school visit to Y", "the excursion to Z was called off because of the rain" (nothing happened at the place)
_OUTING = r"(?:trips?|visits?|excursions?|outings?|tours?|pilgrimages?|journeys?|picnics?|concerts?)"
_CALLED_OFF = r"(?:postponed|cancell?ed|called\s+off|put\s+off|deferred|rescheduled)"
_OUTING_TO_BEFORE = prefilter.compile(r"(?=[cejoptv])\b" + _OUTING + r"\s+(?:to|in|at)\s+(?:the\s+)?$", re.I)
_OUTING_CALLED_OFF_AFTER = prefilter.compile(r"(?:\s+(?:[\w'’-]+\s+){0,3}?)?\s*,?\s*(?:is|are|was|were|has\s+been|have\s+been|"
                                             r"had\s+been|will\s+be|must\s+be)\s+(?:now\s+|also\s+|again\s+)?" + _CALLED_OFF
                                             + r"\b", re.I)
_CALLED_OFF_OUTING_BEFORE = prefilter.compile(r"(?=[cdp])\b(?:postpon\w+|cancell?\w*|call(?:s|ed|ing)?\s+off|"
                                              r"put(?:s|ting)?\s+off|defer\w*)\s+"
                                              r"(?:the|our|a|an|its|their|this|next\s+week['’]s)\s+"
                                              r"(?:[\w'’-]+\s+){0,3}?" + _OUTING + r"\s+(?:to|in|at)\s+(?:the\s+)?$", re.I)


# a tour operator's itineraries or tours named by the places they were to visit, opening a sentence that calls them
# off: "Itineraries A-1 (X, Y and Z) and A-2 (W) are cancelled", "Our tours to X and Y have been postponed" (the
# places of a cancelled plan, where nothing happened)
_OUTINGS_OPEN = prefilter.compile(r"^\W*(?:all\s+(?:of\s+)?)?(?:(?:our|the|these|its|their)\s+)?(?:[\w'’-]+\s+)?"
                                  r"(?:itinerar(?:y|ies)|tours?|excursions?|trips?|outings?)\b[^.;:]{0,160}$", re.I)
_OUTINGS_CALLED_OFF_AFTER = prefilter.compile(r"[^.;:]{0,160}?\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|"
                                              r"will\s+be)\s+(?:now\s+|also\s+|again\s+)?" + _CALLED_OFF + r"\b", re.I)


# a club's own event, planned and then called off, named with the place it was to be held at: "the kite day on the
# meadow below X, planned for Sunday, will not take place", "the tournament planned for November in Y has been
# postponed", "our planned observing night at the Z pass is cancelled" (older sets: 0 of 16 such places annotated;
# a crisis monitoring or a peacekeepers' run put off stays, kept by a strong cue other than a proposal, by the nouns,
# which name no such run, or by _CALLED_OFF_BUSINESS)
_CLUB_EVENT_AT_BEFORE = prefilter.compile(r"\b(?:days?|nights?|part(?:y|ies)|tournaments?|match(?:es)?|meets?|meetings?|"
                                          r"paddles?|walks?|camps?|galas?|regattas?|recitals?|exhibitions?|competitions?|"
                                          r"festivals?|races?|rides?|dives?|workshops?)"
                                          r"(?:\s+planned\s+for\s+[^,.;:]{1,40}?)?(?:\s+[a-z][\w'’-]*){0,5}?"
                                          r"\s+(?:in|at|on|above|below|under|near|by)\s+(?:the\s+)?$")
_PLANNED_CALLED_OFF_AFTER = prefilter.compile(r"(?:\s+(?:pass|lake|gorge|valley|hills?|ridge|shore|woods|forest|meadow))?"
                                              r"(?:\s*,\s*(?:which\s+(?:was|had\s+been)\s+)?(?:planned|scheduled|due)\s+"
                                              r"for\s+[^,.;:]{1,50},)?\s*(?:(?:is|are|was|were|has\s+been|have\s+been|"
                                              r"had\s+been|will\s+be)\s+(?:now\s+|also\s+|again\s+)?" + _CALLED_OFF +
                                              r"|will\s+not\s+(?:take\s+place|go\s+ahead|be\s+held))\b", re.I)
# (no club's event, but official or political business put off: "the meeting of the foreign ministers in X, planned
# for Friday, has been postponed", "the night patrols near Y have been cancelled", "protest meetings in Z have been
# cancelled")
_CALLED_OFF_BUSINESS = prefilter.compile(r"\b(?:ministers?|commissions?|officials|leaders|presidents?|prime\s+minister|talks|"
                                         r"summit|negotiat\w*|delegations?|envoys?|patrols?|peacekeepers|troops|soldiers|"
                                         r"army|protests?|rall(?:y|ies)|OSCE|parliament)\b", re.I)


def _outing_called_off(sentence, mention):
    """Is the place at ``mention`` only where a trip, a visit or an outing the sentence calls off was to go?"""
    if _CALLED_OFF_OUTING_BEFORE.search(sentence, max(0, mention.begin - 90), mention.begin):
        return True
    if _OUTINGS_OPEN.search(sentence[:mention.begin]) and _OUTINGS_CALLED_OFF_AFTER.match(sentence, mention.end):
        return True
    return bool(_OUTING_TO_BEFORE.search(sentence, max(0, mention.begin - 30), mention.begin)
                and _OUTING_CALLED_OFF_AFTER.match(sentence, mention.end))


def _club_event_called_off(sentence, mention):
    """Is the place at ``mention`` only where a club's event the sentence calls off was to be held ("the star party
    above X, planned for May, is postponed")?"""
    return bool(_PLANNED_CALLED_OFF_AFTER.match(sentence, mention.end)
                and _CLUB_EVENT_AT_BEFORE.search(sentence, max(0, mention.begin - 90), mention.begin)
                and not _CALLED_OFF_BUSINESS.search(sentence))


# commentators named by the town they speak from, what they say following: "opposition politicians in X point out
# that ...", "analysts in Y argue" (the town says who they are; "politicians in X were detained" is news there)
_COMMENTATORS_IN = prefilter.compile(r"(?=[aceop])\b(?:politicians?|commentators?|analysts?|observers|experts?|"
                                     r"pundits?)\s+in\s+(?:the\s+)?$", re.I)
_POINT_OUT_AFTER = prefilter.compile(r"\s+(?:(?:also|often|rightly|now)\s+)?(?:point(?:s|ed)?\s+out|say|says|said|argue[sd]?|"
                                     r"note[sd]?|warn(?:s|ed)?|believe[sd]?|think|thought|claim(?:s|ed)?|suggest(?:s|ed)?|"
                                     r"ask(?:s|ed)?|insist(?:s|ed)?|complain(?:s|ed)?)\b")


def _commentators_town(sentence, mention):
    """Is the place at ``mention`` the town of commentators the sentence goes on to quote ("politicians in X point
    out that ...")?"""
    return bool(_COMMENTATORS_IN.search(sentence, max(0, mention.begin - 30), mention.begin)
                and _POINT_OUT_AFTER.match(sentence, mention.end))


# a place the sentence says nothing happened to: "Nothing has happened to X itself, and the shops are open",
# "nothing had happened in Y" (a reassurance, no event there)
_NOTHING_HAPPENED_TO = prefilter.compile(r"\b(?:[Nn]othing|[Nn]one\s+of\s+(?:this|it))\s+(?:(?:has|had|have)\s+)?(?:yet\s+|ever\s+)?"
                                         r"(?:happened|occurred)\s+(?:to|in|at)\s+(?:the\s+)?$")


def _nothing_happened(sentence, mention):
    """Is the place at ``mention`` one the sentence says nothing happened to?"""
    return bool(_NOTHING_HAPPENED_TO.search(sentence, max(0, mention.begin - 50), mention.begin))


# a place in the condition of a threat: "she would ask for a vote on war if any part of X were attacked", "Ankara will
# act if Armenia attacks X" (an attack supposed, none told)
# (a place after a comparison in the clause is told, not supposed: "if they attacked X as they had attacked Y on
# Tuesday")
_THREAT_IF_BEFORE = prefilter.compile(r"\b(?:would|will|threaten\w*|warn\w*)\b[^.;:]{0,120}?\b(?P<cond>if)\s+"
                                      r"(?:(?!\b(?:as|when|after|since|like|while|where|which|who)\b)[^,.;:]){0,60}$")
_SUPPOSED_ATTACK = prefilter.compile(r"(?i)\b(?:attack\w*|invad\w*|shell\w*|bomb\w*)\b")
_IF_CLAUSE_END = prefilter.compile(r"[,.;:]|$")


def _threat_condition(sentence, mention):
    """Is the place at ``mention`` in the if-clause of a threat, the clause supposing an attack?"""
    before = _THREAT_IF_BEFORE.search(sentence, max(0, mention.begin - 200), mention.begin)
    if before is None:
        return False
    begin = before.start("cond")          # (the word "if", not the letters in "cliffs" or "difficult")
    end = _IF_CLAUSE_END.search(sentence, mention.end).start()
    return bool(_SUPPOSED_ATTACK.search(sentence, begin, end))


# a place in what a work is only meant to do: "the substation was meant to link villages of X and Y to the grid", "the
# bridge is designed to connect A with B", "the road is intended to let drivers from C skirt the town" (its purpose,
# nothing done there yet; not one meant "to be evacuated" or to "reach" a place, said of people, nor a place that the
# sentence then tells was hit: "the line meant to supply X was shelled")
# (the purpose ends where the sentence goes on to what was done: "meant to bring food to X, but it was stopped at Y",
# "which were meant to bring flour to X, were stopped near Y" keep Y; so does a work the sentence told was hit before
# its purpose: "troops shelled the road that was meant to link X with Y"; a convoy stopped or a road blocked after it
# keeps its places as one hit does)
_MEANT_TO_BEFORE = prefilter.compile(r"\b(?:is|are|was|were|being)\s+(?:(?:also|only|now)\s+)?(?:meant|designed|intended)\s+to\s+"
                                     r"(?P<verb>link|connect|join|supply|serve|feed|let|allow|carry|bring)\b[^.;:]{0,160}$")
# a clause of its own after the purpose: ", but it was stopped at", ", were stopped near", ", and the first train ran"
# (not a list going on: ", and Zangilan to the grid", ", and the villages of X")
_AFTER_PURPOSE = r",\s+(?:but|and|while|whereas|yet)\s+(?!the\s+(?:villages?|towns?)\b)(?![A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?" \
                 r"(?:\s*[,.]|\s+(?:and|to|with|from|in|into|on)\b|$))|\bbut\b|\b(?:was|were|has|have|had)\b"
_PURPOSE_ENDS = prefilter.compile(_AFTER_PURPOSE)
_TOLD_AFTER_PURPOSE = prefilter.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:shelled|hit|"
                                        r"struck|damaged|destroyed|attacked|bombed|cut|blown\s+up|stopped|blocked|"
                                        r"halted|turned\s+back|closed|mined)\b|\bcame\s+under\s+(?:fire|attack|shelling)\b|"
                                        + _AFTER_PURPOSE.replace(r"|\bbut\b|\b(?:was|were|has|have|had)\b", ""))
_HIT_BEFORE_PURPOSE = prefilter.compile(r"\b(?:shelled|struck|damaged|destroyed|attacked|bombed|blew\s+up|blown\s+up|"
                                        r"cut|blocked|closed|mined|hit)\b")


def _purpose_only(sentence, mention):
    """Is the place at ``mention`` only in the purpose a work is meant to serve ("was meant to link X to the grid")?"""
    if not (" meant to " in sentence or " designed to " in sentence or " intended to " in sentence):
        return False
    purpose = _MEANT_TO_BEFORE.search(sentence, max(0, mention.begin - 200), mention.begin)
    if not purpose or _TOLD_AFTER_PURPOSE.search(sentence, mention.end) \
            or _HIT_BEFORE_PURPOSE.search(sentence, 0, purpose.start()):
        return False
    ends = _PURPOSE_ENDS.search(sentence, purpose.end("verb"), mention.end)   # (to the mention's end: a lookahead
    return not (ends and ends.start() < mention.begin)                        # past its start reads the name)


# a place in the outcome a condition supposes: "the plain down to X would be under water if the dam were breached",
# "Y could be flooded within hours if it gave way" (a harm supposed, none told; not "would have been", said of what
# did happen); the place the subject of that outcome, no comma between (not "Shells fell on X, which would be wiped
# out if the shelling went on": what did fall on X is told)
_SUPPOSED_OUTCOME_AFTER = prefilter.compile(r"[^.;:,]{0,40}?\b(?:would|could|might)\s+(?!have\b)(?:\w+\s+){0,2}?"
                                            r"(?:under\s+water|flooded|submerged|washed\s+away|wiped\s+out)\b"
                                            r"[^.;:]{0,30}?\bif\b")


def _supposed_outcome(sentence, mention):
    """Is the place at ``mention`` in the outcome of a condition ("X would be flooded if the dam broke")?"""
    return bool(_SUPPOSED_OUTCOME_AFTER.match(sentence, mention.end))


# an obituary's survivors told by where they live: "He is survived by his sister Gayane in X, ..., by his brother in
# Y and by four grandchildren" (the homes of the family, not where anything happened)
_SURVIVORS_IN = prefilter.compile(r"\bsurvived\s+by\b[^.;]*\b(?:in|at)\s+(?:the\s+)?$", re.I)


def _survivors_home(sentence, mention, found=()):
    """Is the place at ``mention`` where a survivor the obituary lists lives? Not when the sentence goes on to tell
    of the place itself: "survived by his wife in X, who was wounded in the shelling of X", "..., where she arrived
    with the evacuees on 26 September"."""
    return bool(_SURVIVORS_IN.search(sentence, 0, mention.begin)) and not _place_named_later(mention, found) \
        and not _WHERE_AFTER.match(sentence, mention.end)


# a relative clause on the place itself: "in X, where she arrived on Monday"
_WHERE_AFTER = prefilter.compile(r"\s*,?\s+where\b")


def _place_named_later(mention, found):
    """Is the place at ``mention`` named again later in the sentence (``found``: the sentence's places)?"""
    return any(m.begin > mention.end and place_key(m) == place_key(mention) for m in found)


# a monument told by where it stands and what it is, nothing done at it: "the Victory monument in the Nasimi district
# has long been the centre of remembrance", "the Shusha memorial in Vienna is one of several" (the place of a
# monument is background; people who came to it, laid wreaths or damaged it make it an event's)
_MONUMENT_IN = prefilter.compile(r"\b(?:monuments?|memorials?|statues?|obelisks?)\b[\"”’']?\s+(?:in|at)\s+(?:the\s+)?$", re.I)
_MONUMENT_NAMED = prefilter.compile(r"\s+(?:[A-Z][\w'’-]+\s+)?(?:[Mm]onument|[Mm]emorial|[Ss]tatue|[Oo]belisk)\s+(?:in|at)\s+"
                                    r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
_STANDS_AS = prefilter.compile(r"(?:\s+(?:district|region|province|quarter|park|square|city|town))?,?\s+"
                               r"(?:has\s+long\s+been|has\s+been|have\s+been|is|are|stands|stand|remains|remain|"
                               r"was\s+long|rises|rise)\b(?!\s+(?:being\s+)?(?:unveiled|opened|inaugurated|damaged|destroyed|"
                               r"desecrated|vandali[sz]ed|attacked|shelled|hit|built|erected|moved|removed)\b)")
# (nor where people were fired on, killed or surrounded: "the memorial in X is under fire", "is where they were
# killed", "is surrounded by troops")
_DONE_AT_MONUMENT = prefilter.compile(r"(?=[abcdefghiklosuvw])\b(?:unveil\w*|inaugurat\w*|damag\w*|destroy\w*|desecrat\w*|"
                                      r"vandali[sz]\w*|attack\w*|under\s+fire|fired|firing|kill\w*|died|wounded|surround\w*|"
                                      r"struck|bomb\w*|blown|seized|captured|"
                                      r"shell\w*|laid|lay|gathered|visited|came\s+to|held|erected|built|opened)\b", re.I)


def _monument_stands(sentence, mention):
    """Is the place at ``mention`` only where a monument stands, or the name it bears, in a sentence that tells
    what the monument is and nothing done at it?"""
    # (the short searches at the place first: the sentence-wide one for what was done at the monument is made only
    # for a place a monument stands at)
    if _MONUMENT_IN.search(sentence, max(0, mention.begin - 30), mention.begin):
        stands = bool(_STANDS_AS.match(sentence, mention.end))
    else:
        named = _MONUMENT_NAMED.match(sentence, mention.end)
        stands = bool(named) and bool(_STANDS_AS.match(sentence, named.end()))
    return stands and not _DONE_AT_MONUMENT.search(sentence)


# people someone goes or is sent to are where the journey ends: "sent the children to relatives in X"
_TO_PEOPLE = prefilter.compile(r"\b(?:to|with)\s+(?:(?:the|their|his|her|our|my|some)\s+)?$")


def _speaker_tag(sentence, mention):
    """Is the mention the place in a transcript's speaker tag ("ARAM (caller, X): ...")?"""
    return bool(_SPEAKER_TAG_BEFORE.search(sentence, max(0, mention.begin - 60), mention.begin)
                and _SPEAKER_TAG_AFTER.match(sentence, mention.end))


# people named as a crowd: "crowds of local people in X have torn down the fences", "a crowd of people in Y" (a
# gathering is itself the news there, not a person the town only locates)
_CROWD_OF = prefilter.compile(r"\b(?:crowds?|throngs?|mobs?)\s+of\s+(?:(?:local|angry|young|ordinary)\s+)?$", re.I)


# someone's job told by the town it is in: "she is a nurse in X", "I was a student in Y", "the author is a teacher in
# Z" (where the person works, whatever the rest of the sentence tells of them; not when the town is named again as
# the scene: "... in X and was wounded there")
_WORKS_IN = prefilter.compile(r"\b(?:is|was|works\s+as|worked\s+as)\s+an?\s+(?:nurse|doctor|teacher|surgeon|student|engineer|"
                              r"lawyer|midwife|paramedic|pensioner|librarian|accountant)\s+(?:in|at)\s+(?:the\s+)?$")
_THERE_AFTER = prefilter.compile(r"\bthere\b")
# where a person is at home or at the family's own land: "Kept by A, at the family pear trees in X, and at home in Y",
# "I was at home in Z all week" (the writer's or the person's place; harm told there has a strong cue of its own:
# "killed at home in X by a shell")
# (harm or an arrest told, or armed men there, is the town's news: "a man was wounded at home in X", "two brothers were
# arrested at home in Y by soldiers")
_HARMED_AT_HOME = prefilter.compile(r"\b(?:killed|dead|died|wounded|injured|hurt|shot|murdered|arrested|detained|abducted|"
                                    r"kidnapped|seized|taken\s+away)\b", re.I)
_AT_HOME_IN = prefilter.compile(r"\bat\s+(?:home|(?:the|our|my|his|her|their)\s+family(?:['’]s)?\s+(?:[\w-]+\s+)?"
                                r"(?:house|home|trees|orchards?|gardens?|farm|flat|vineyards?|land))\s+in\s+$", re.I)
# a sports side named by its town: "the friendly against the X school side", "lost to the Y youth team", "the Z girls'
# eleven" (the team, not the town; a team hurt or stopped by the war has a strong cue, and the war told in the
# sentence keeps the town: "the X youth team's training ground was shelled")
_TEAM_AFTER = prefilter.compile(r"\s+(?:(?:school|schools|youth|junior|senior|under-\d+s?|girls['’]?|boys['’]?|women['’]s|"
                                r"men['’]s|veterans['’]?|football|chess|basketball|volleyball|rugby|hockey|camogie|"
                                r"hurling|wrestling)\s+)+(?:side|team|eleven|squad)s?\b", re.I)
# a factory named by its town with what it makes: "labels of the X match factory", "a bottle from the Y brandy works"
# (the maker, not the town, as a maker "in X" is; a factory hit or shut by the war has a strong cue; not a site named
# by its place alone, "the Z works turn out ore", which the older sets file as the site's news)
_FACTORY_AFTER = prefilter.compile(r"\s+(?:[a-z]+\s+){1,2}?(?:factory|factories|works|mills?|distillery|brewery|winery|"
                                   r"cannery|tannery|foundry)\b")
# an office named by its seat: "Artak B., the ombudsman in X, said the families would get shelter", "the human rights
# defender in Y told reporters ..." (the town says which office speaks; what it says is not told of the seat, unlike
# a teacher there, whose words are of the town she is in)
_OFFICE_SEAT = prefilter.compile(r"\b(?:ombudsm[ae]n|ombudsperson|(?:human\s+)?rights\s+defender)\s+in\s+$", re.I)


# a thing that came from, or was sent by, someone the town only locates: "the parcel arrived from a friend in X",
# "strings sent by a cousin in Y" (where the sender lives, not the thing's route; not people going to relatives in Z,
# who fled there, nor a person who came: "she came with the children from a relative in Z")
_SENT_BY_PERSON = prefilter.compile(r"(?<!\bshe )(?<!\bhe )(?<!\bwe )(?<!\bthey )(?<!\bI )\b(?:arrived|arrives|came|comes|sent|posted|received|brought)\s+(?:[\w-]+\s+){0,3}?"
                                    r"(?:from|by|through|via)\s+(?:a|an|my|our|his|her|their|the)\s+(?:[\w-]+\s+)?"
                                    r"(?:friends?|relatives?|cousins?|colleagues?|neighbours?|acquaintances?|"
                                    # or a shop's maker or supplier: "new boards arrived from the carver in X" (where the
                                    # goods are made; older sets file 0 of 2 such towns)
                                    + _MAKERS + r"|smiths?)\s+in\s+$", re.I)
# (not a sender who tells the news: "word arrived from a friend in X, who said the road was closed")
_SENDER_TELLS = prefilter.compile(r"\s*,?\s+(?:who|saying|that)\b")


def _locates_person(sentence, row, hits=(), found=()):
    """Is the row a bare mention of a town that only says where a person is ("a teacher in Baku", "readers in
    Yerevan", "we tried to reach journalists in X")? The sets leave out towns used only to locate a person; a town
    where something happened to or near the person has a cue of its own and is no bare mention. A person there who
    speaks of no other place speaks of that town ("a teacher in X said villagers watched the smoke"): kept."""
    if _speaker_tag(sentence, row.mention) and not any(
            place_key(m) == place_key(row.mention) and not _speaker_tag(sentence, m)
            and not _CALLERS_HOME.search(sentence, max(0, m.begin - 40), m.begin) for m in found) and (
            row.layer == "other" or any(place_key(m) != place_key(row.mention) for m in found)):
        return True                        # "LUSINE (caller, X): I teach in X.": where the caller rings from (but
                                           # "ARAM (caller, X): They shelled our street.": the caller's own town)
    def nothing_told_there():
        # no strong cue in the sentence and the town not named again after it: nothing befell it
        return not any(h.strong for h in hits) and not _place_named_later(row.mention, found)

    if _WORKS_IN.search(sentence, max(0, row.mention.begin - 40), row.mention.begin) \
            and not _THERE_AFTER.search(sentence, row.mention.end) \
            and nothing_told_there():
        return True                        # "my niece is a nurse in X and she has not slept since ...": her work
                                           # (but "a teacher in X and was killed when a shell hit the school", "who
                                           # was a teacher in X, was wounded in the shelling of X": the scene)
    if row.layer == "other" and _AT_HOME_IN.search(sentence, max(0, row.mention.begin - 60), row.mention.begin) \
            and nothing_told_there() \
            and not _HARMED_AT_HOME.search(sentence) and not ARMED_MEN.search(sentence.lower()):
        return True                        # "at home in X": where the person is
    if row.layer == "other" and _TEAM_AFTER.match(sentence, row.mention.end) \
            and nothing_told_there() \
            and not _CLIENT_IN_WAR.search(sentence) and not ARMED_MEN.search(sentence.lower()):
        return True                        # "against the X school side": the team
    if row.layer == "other" and _FACTORY_AFTER.match(sentence, row.mention.end) \
            and THE_BEFORE.search(sentence, max(0, row.mention.begin - 6), row.mention.begin) \
            and not any(h.strong for h in hits) and not _place_named_later(row.mention, found):
        return True                        # "labels of the X match factory": the maker
    if row.layer == "other" and _OFFICE_SEAT.search(sentence, max(0, row.mention.begin - 40), row.mention.begin) \
            and nothing_told_there():
        return True                        # "the ombudsman in X said ...": the office's seat
    if row.layer in ("corridors", "other") and _SENT_BY_PERSON.search(sentence, max(0, row.mention.begin - 80),
                                                                       row.mention.begin) \
            and not _SENDER_TELLS.match(sentence, row.mention.end) \
            and not any(h.strong and h.layer in ("shelling", "checkpoints") for h in hits):
        return True                        # "the part arrived from a friend in X": the sender's home
    if row.kind in _PEOPLE_KINDS and not any(h.strong for h in hits) \
            and _BROADCASTER_IN.search(sentence, max(0, row.mention.begin - 30), row.mention.begin) \
            and _BROADCASTER_SPEAKS.match(sentence, row.mention.end):
        return True                        # "the radio in X tells it differently": which radio
    if row.kind != "mention":
        if row.kind not in _PEOPLE_KINDS or any(h.strong for h in hits):
            return False
        if _SPEAKS.search(sentence, row.mention.end) and not any(
                m.begin > row.mention.end and place_key(m) != place_key(row.mention) for m in found):
            return False
    if row.kind == "mention" and _ONLY_WHERE_SOMEONE_IS.match(sentence, 0, row.mention.begin) \
            and _SENTENCE_ENDS.fullmatch(sentence, row.mention.end) \
            and not any(m.begin < row.mention.begin for m in found):
        return True                        # "Anna Petrosyan is in X.": a reporter handed over to, where she stands
    person = _PERSON_IN.search(sentence, max(0, row.mention.begin - _PERSON_REACH), row.mention.begin)
    if person is not None and (person.group("makers") or person.group("kin")) and any(h.strong for h in hits):
        return False                       # "the growers of X cannot reach their orchards because of sniper fire",
                                           # "she is staying with her son in Y because of the shelling" (a refuge)
    if person is not None and _TRADER_IN.search(person.group()) and ARMED_MEN.search(sentence.lower()):
        return False                       # "troops looted the warehouse of a grain merchant in X": the troops' deed
    return (person is not None and not _TO_PEOPLE.search(sentence, max(0, person.start() - 20), person.start())
            and not _JOURNEY_ON.match(sentence, row.mention.end)
            and not _CROWD_OF.search(sentence, max(0, person.start() - 40), person.start()))


def _placed_reading(sentence, row, found, ends, hits):
    """The row of a place read by where it stands: a town that only locates a village is a mention; a place abroad
    is kept only where people meet or speak to the press, as a town naming a line or a border crossing; a corridor's
    event is the corridor's."""
    if _locates_place_before(sentence, row.mention, found, ends):
        # "the village of Dashalti near Shusha": the town only says where the village is
        row = row._replace(layer="other", kind="mention")
    on_route = row.mention.place.country not in EVENT_COUNTRIES and (
        route_abroad(sentence, row.mention.begin) or names_pipeline(sentence, row.mention.end))
    if row.layer == "other" and (on_route or line_at_border(sentence, row.mention.begin)):
        # "the lorries descend to Vladikavkaz": a stage of the route abroad the sentence tells of; "the line from A
        # to B, crossing the border near C": the line's crossing, at home too
        row = row._replace(layer="corridors", kind="route")
    if row.mention.abroad and not (row.layer == "corridors" and (
            on_route or row.mention.begin in ends
            or _THROUGH_ABROAD.search(sentence, max(0, row.mention.begin - 40), row.mention.begin))) \
            and not (row.layer == "checkpoints" and _crossing_end(sentence, row.mention)):
        met = any(h.kind == "meeting" for h in hits)
        row = row._replace(layer="other", kind="meeting" if met else "statement")
    if is_corridor(row.mention.place):
        if _checkpoint_in_corridor(sentence, row.mention, found) or (
                row.layer == "checkpoints" and _BESIDE_CORRIDOR.search(sentence, max(0, row.mention.begin - 20),
                                                                       row.mention.begin)):
            row = row._replace(layer="checkpoints", kind="checkpoint")
        elif row.kind == "handover" and _HANDED_OVER_AFTER.match(sentence, row.mention.end):
            pass                           # "the corridor was handed over to Azerbaijan": land given up, as a town
        elif _SETTLEMENTS_OF.search(sentence, max(0, row.mention.begin - 40), row.mention.begin) \
                and _PEOPLE_LEAVE.match(sentence, row.mention.end):
            # "the people of the settlements in the X corridor were evacuated": the corridor only says where the
            # settlements are, and their people leaving is the news (no traffic on the road)
            row = row._replace(layer="other", kind="humanitarian")
        else:
            row = row._replace(layer="corridors", kind=corridor_kind(row.layer, row.kind))
    return row


# the corridor itself handed over (not patients or captives handed over since it was cut)
_HANDED_OVER_AFTER = prefilter.compile(r"(?:\s+corridor)?\s+(?:(?:had|has|have|was|were|would|will|is|are)\s+)?"
                                       r"(?:(?:been|be|to\s+be)\s+)?"
                                       r"(?:handed|given|passed)\s+(?:over|back)\b", re.I)
_SETTLEMENTS_OF = prefilter.compile(r"\b(?:villages|settlements|towns|communities)\s+(?:in|of|along|inside)\s+(?:the\s+)?$",
                                    re.I)
# (not when they leave by a road, or the road is closed, the traffic on it the news: "evacuated by bus along the X
# road", "emptied as the road was closed")
_PEOPLE_LEAVE = prefilter.compile(r"[^.;]*?\b(?:evacuat\w*|emptied|told\s+to\s+leave|resettled)\b"
                                  r"(?![^.;]*?\b(?:(?:along|via|through|down|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                                  r"(?:road|highway|route|corridor)\b|(?:road|highway|route|corridor)\s+(?:[\w'’-]+\s+){0,3}?"
                                  r"(?:closed|blocked|cut|shut|sealed)\b))", re.I)


# a checkpoint said to stand in a corridor: "the checkpoint in the X corridor", "checkpoints along the road through
# the X corridor", "a checkpoint at the entrance to the X corridor", also with a few words of its setting up between
# ("set up a checkpoint on Sunday at the entrance to", "the checkpoint Azerbaijan established on"; no comma, and no
# other place: "a checkpoint at the X bridge on the Y corridor" stands at the bridge); so are the posts of those who
# keep it ("peacekeepers took down their posts in the X corridor", "kept five observation posts in the X corridor",
# "the posts of the Russian peacekeepers in the X corridor"),
# and the personnel a side deployed along it
# ("withdraw all personnel it had deployed on or along the X corridor": its posts there; not the personnel of those
# who tend people, "medical personnel deployed along the X corridor treated the wounded")
_CHECKPOINT_IN = prefilter.compile(r"(?:\bcheck-?\s?points?|\b(?:their|its|peacekeep\w*['’]?)\s+posts?|\bobservation\s+posts?|"
                                   r"\bposts?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)?peacekeep\w*|"
                                   r"(?<!\bmedical\s)(?<!\bhumanitarian\s)(?<!\bhealth\s)(?<!\baid\s)(?<!\brelief\s)(?<!\brescue\s)"
                                   r"(?<!\bICRC\s)(?<!\bCross\s)\bpersonnel\s+(?:[\w'’-]+\s+){0,3}?deployed)\s+(?:[\w'’-]+\s+){0,4}?(?:in|on|along|at|inside|within)\s+(?:the\s+)?"
                                   r"(?:(?:entrance|start|exit|end|mouth)\s+(?:to|of)\s+(?:the\s+)?)?"
                                   r"(?:(?:road|highway|route)\s+(?:through|in|along)\s+(?:the\s+)?)?$", re.I)
_CORRIDOR_WORD = prefilter.compile(r"\s+corridor\b", re.I)          # after the name: "the Lachin corridor"
# or the corridor named by its road, after one name: "the checkpoint on the Lachin road" (not "the A–B road")
_CORRIDOR_ROAD_WORD = prefilter.compile(r"\s+(?:road|highway)\b", re.I)
_TOWNS_DASH = prefilter.compile(r"[-–—]")
# a post set up beside a corridor, not in it: "five new posts, one of them close to the X corridor" (the post is
# the news there, as one in the corridor is)
_BESIDE_CORRIDOR = prefilter.compile(r"\b(?:close\s+to|near|next\s+to|beside)\s+(?:the\s+)?$", re.I)


def _checkpoint_in_corridor(sentence, mention, found):
    """Is the mention a corridor written as such ("the X corridor") that a checkpoint is said to stand in, with no
    other place of ``found`` named between them? The checkpoint is then the news there, not the corridor's traffic.
    (A road named by its towns, "the A–B road", with a checkpoint at its entrance stays the route: the sets read
    that wording both ways.)"""
    if not (" corridor" in mention.text.lower() or _CORRIDOR_WORD.match(sentence, mention.end)
            or (_CORRIDOR_ROAD_WORD.match(sentence, mention.end) and sentence[mention.begin - 1:mention.begin] == " "
                and not _TOWNS_DASH.search(mention.text))):
        return False
    post = _CHECKPOINT_IN.search(sentence, max(0, mention.begin - 80), mention.begin)
    return post is not None and not any(post.start() < m.begin and m.end <= mention.begin for m in found)


def _crossing_reading(sentence, row, hits, checkpoint_sites, finder):
    """The row of a crossing read by its checkpoint: a crossing with a checkpoint is remembered in
    ``checkpoint_sites``, and a later bare mention of it is still that checkpoint; entering a country at a crossing
    is passing its checkpoint; a crossing said to be closed or reopened is its checkpoint's news."""
    site = row.mention.place.name
    if row.layer == "checkpoints" and _post_site(row.mention) and (fire := _hurt_at_post(sentence, row.mention, hits)):
        row = row._replace(layer="shelling", kind=fire.kind)  # "a soldier was wounded at the X checkpoint by fire"
    elif row.layer == "checkpoints" and row.kind == "checkpoint" and _met_at(sentence, row.mention):
        row = row._replace(layer="other", kind="meeting")     # "the envoys held their meeting on the X crossing"
    elif row.layer == "checkpoints" and row.kind == "checkpoint" and _post_site(row.mention) \
            and _visited(sentence, row.mention):
        row = row._replace(layer="other", kind="meeting")     # "the minister visited the X checkpoint"
    elif row.layer == "checkpoints" and _CROSSING_SITE.search(site):
        checkpoint_sites.add(site)
    elif row.layer in ("other", "corridors") and (finder.crossing_state(row.mention.text, row.mention.place, sentence, row.mention.end)
                                   or _border_at_closed(sentence, row.mention)):
        # "Upper Lars reopened at noon"; "traffic through the X customs post was suspended": a closure there
        row = row._replace(layer="checkpoints", kind="closure" if _shut_after(sentence, row.mention.end) else "checkpoint")
    elif row.layer == "corridors" and _post_site(row.mention) and _passage_stopped(sentence, row.mention):
        # "traffic through the X checkpoint was suspended", "stopped the vehicles from crossing the X checkpoint":
        # passage halted or let through again at a post is the post's news
        row = row._replace(layer="checkpoints", kind="checkpoint")
    elif row.layer == "corridors" and row.kind == "route" and _waiting_at(sentence, row.mention.begin) \
            and finder.named_crossing(row.mention.text, row.mention.place):
        row = row._replace(layer="checkpoints", kind="checkpoint")     # "lorries still parked at Norduz"
    elif row.layer == "other" and row.kind in ("mention", "presence") and site in checkpoint_sites:
        # "the situation around the Hakari bridge", after its checkpoint: the checkpoint still
        row = row._replace(layer="checkpoints", kind="checkpoint")
    elif row.layer == "other" and row.kind == "control" and row.mention.place.precision == "site" \
            and _CROSSING_SITE.search(site) \
            and _ENTERED_AT.search(sentence, max(0, row.mention.begin - 80), row.mention.begin) \
            and not any(h.kind == "control" and not sentence.startswith("enter", h.begin) for h in hits):
        # "the trucks entered Turkey at the Alican border gate": entering at a border crossing is
        # passing its checkpoint, no change of control (unless the sentence says the crossing was seized)
        row = row._replace(layer="checkpoints", kind="checkpoint")
    elif row.layer == "other" and row.kind in ("presence", "mention") and row.mention.place.precision == "site" \
            and _CROSSING_SITE.search(site) and _BORDER_GUARDS.search(sentence):
        # "border guards took over the duties at the Margara crossing", "the border guards' departure from the
        # airport", "the officers left the passport booths at the airport": a crossing or an airport staffed by
        # border guards is a checkpoint
        row = row._replace(layer="checkpoints", kind="checkpoint")
    elif row.layer == "other" and row.kind in ("presence", "mention") and row.mention.place.precision == "site" \
            and _CROSSING_SITE.search(site) \
            and _POST_AT.search(sentence, max(0, row.mention.begin - _POST_REACH), row.mention.begin):
        # "the post at Hakari was reinforced": a post standing at a crossing is its checkpoint
        row = row._replace(layer="checkpoints", kind="checkpoint")
    elif row.layer == "other" and row.kind in ("presence", "mention") and _works_on_crossing(sentence, row.mention, finder):
        # "the works at X would be finished within a week", "X was ready for operation": the crossing's post built
        row = row._replace(layer="checkpoints", kind="checkpoint")
    return row


# fire at a post: a person wounded or shot "at the X checkpoint" (or "at its X checkpoint"), with the fire told in
# the sentence ("... by fire from across the border"): the fire is the post's news, not the post (the sets annotate
# all such sentences `shelling`); not a post set up after fire elsewhere ("killed near A, and then a checkpoint was
# set up at the X bridge")
_HURT_BEFORE_POST = prefilter.compile(r"\b(?:wounded|injured|killed|shot|hurt)\b[^.;:,]{0,50}?\s(?:at|on)\s+"
                                      r"(?:the\s+|its\s+|their\s+)?$", re.I)
_HURT_REACH = 70                         # characters the harm word may stand before the post's name


def _post_site(mention):
    """Is the mention a border crossing or checkpoint site (a bridge, crossing, checkpoint or border post)?"""
    return mention.place.precision == "site" and bool(_CROSSING_SITE.search(mention.place.name))


def _hurt_at_post(sentence, mention, hits):
    """The fire cue of a person wounded or shot at the post (see _HURT_BEFORE_POST), or None."""
    if not _HURT_BEFORE_POST.search(sentence, max(0, mention.begin - _HURT_REACH), mention.begin):
        return None
    return next((h for h in hits if h.layer == "shelling" and h.strong), None)


# a post written right before a crossing's name: "the post at Hakari", "the Azerbaijani posts near the X crossing"
_POST_AT = prefilter.compile(r"\bposts?\s+(?:at|on|near)\s+(?:the\s+)?$")
_POST_REACH = 20                         # characters "post at the" may take before the name


# a meeting held at a place, its venue told after the meeting's word: "the envoys met on Friday at the X crossing",
# "held their fifth meeting on Tuesday on the X border crossing" (not "met to discuss the rebuilding of the X
# crossing": the crossing is what they spoke of)
# (or a crossing named by both its sides, the second after a dash: "met on the A–B border crossing")
_MET_AT = prefilter.compile(r"\b(?:met|meet(?:s|ing)?|meetings|talks|summit)\b[^.;:]{0,40}?\s(?:on|at)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w'’]*[-–—])?$", re.I)
_MET_REACH = 60                          # characters a meeting's word may stand before its venue


def _met_at(sentence, mention):
    """Is the place where a meeting was held ("met at the X crossing")? A meeting at a border post is the meeting's
    news, not the post's."""
    return _MET_AT.search(sentence, max(0, mention.begin - _MET_REACH), mention.begin) is not None


# passage at a post stopped, suspended or resumed: the passing told right before the post's name ("traffic through
# the X checkpoint", "crossings through the X checkpoint", "the passage of the vehicles through the X checkpoint",
# "stopped the vehicles from crossing the X checkpoint", "lorries stopped at the X checkpoint"), a stop or a resumption
# told in the sentence, and the sentence calling the place a post (the sets annotate these `checkpoints`; a bridge
# closed, "closed the X bridge", stays the route, as most sets file it, and so does traffic "restricted" there)
_PASSING_BEFORE = prefilter.compile(r"\b(?:(?:traffic|passage|crossings|movement|transit)\b(?:\s+of\s+(?:[\w'’-]+\s+){1,4}?)?"
                                    r"\s*(?:through|at|via)|from\s+crossing|(?:stopped|halted|held|turned\s+back)\s+at)"
                                    r"\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_PASSAGE_STOPPED = prefilter.compile(r"\b(?:suspend\w*|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|resum(?:e|es|ed|ing)|barred|"
                                     r"refused)\b", re.I)
_POST_WORD = prefilter.compile(r"\b(?:checkpoint|crossing\s+point|border\s+(?:post|gate|crossing)|customs\s+post)\b", re.I)
_POST_WORD_AFTER = prefilter.compile(r"\s+(?:border\s+|road\s+|customs\s+)?(?:checkpoint|crossing|post|gate)\b", re.I)
_PASSING_REACH = 60                      # characters the passing's words may take before the post's name


def _passage_stopped(sentence, mention):
    """Is passage at the post said to be stopped or resumed (see _PASSING_BEFORE)?"""
    named_post = _POST_WORD.search(mention.text) or _POST_WORD_AFTER.match(sentence, mention.end)
    return bool(named_post) and bool(_PASSING_BEFORE.search(sentence, max(0, mention.begin - _PASSING_REACH), mention.begin)) \
        and bool(_PASSAGE_STOPPED.search(sentence))


# a visit to a post, told right before its name: "visited the X checkpoint", "went to the X crossing", "took the
# diplomats to the X checkpoint" (the sets annotate a visit there `other`, as a visit anywhere); not vehicles going
# there ("the lorries went to the X crossing": the crossing used), nor a tour to show works done (the post's news)
_VISITED_BEFORE = prefilter.compile(r"\b(?:visit(?:ed|s|ing)?|toured|(?:went|goes|go|came|comes)\s+to|"
                                    r"(?:took|takes|take|taking|brought|brings|led|leads)\s+(?:[\w'’-]+\s+){1,5}?to)"
                                    r"\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_VEHICLES = prefilter.compile(r"\b(?:lorr(?:y|ies)|trucks?|vehicles?|cars?|convoys?|buses|bus|minibus(?:es)?|ambulances?)\b",
                              re.I)
_POST_VISIT_REACH = 60                  # characters the visit's words may take before the post's name


# people going or taken to a post to pass it, not to see it: "thousands of people went to the X checkpoint hoping to
# cross", "the peacekeepers took the sick children to the X checkpoint", "Red Cross staff came to the X checkpoint with
# 19 patients" (the post used, as a vehicle going there; a visit told as one, "visited", "toured", stays a visit)
_PASSERS = prefilter.compile(r"\b(?:patients|sick|wounded|injured|children|refugees|residents|families|thousands|hundreds|"
                             r"crowds?|people|civilians|evacuees|displaced|to\s+cross|hoping\s+to|transfer\w*|handed\s+over)\b",
                             re.I)
_GOING_TO = prefilter.compile(r"^(?:went|goes|go|came|comes|took|takes|take|taking|brought|brings|led|leads)\b", re.I)


def _visited(sentence, mention):
    """Is the post the place someone visits (see _VISITED_BEFORE), no vehicle going there, nor people going or taken
    there to pass it (see _PASSERS)?"""
    visit = _VISITED_BEFORE.search(sentence, max(0, mention.begin - _POST_VISIT_REACH), mention.begin)
    if visit is None or _VEHICLES.search(sentence, 0, mention.begin):
        return False
    return not (_GOING_TO.match(visit.group(0)) and _PASSERS.search(sentence))


# works on a place or its readiness, told before its name: "rebuilt the old buildings at X", "the construction at X",
# "spent on rebuilding X", "the modernisation works under way at the X border gate", "the readiness of its post at X"
# (not "rebuilt the houses in X": the village's own)
_CROSSING_WORKS_BEFORE = prefilter.compile(r"\b(?:rebuil(?:t|d|ds|ding)|reconstruct\w*|construction|works|"
                                   r"renovat\w+|moderni[sz]\w+|"
                                   r"refurbish\w*|upgrad(?:ed|ing|es?)|readiness)\b"
                                   r"(?:[^.;:!?]{0,40}?\s(?:at|of))?\s+(?:the\s+)?$", re.I)
# its readiness or the works' end, told after its name: "X was ready for operation", "X is ready", "X had been rebuilt"
# (not "X is ready to welcome the guests": people there ready)
_READY_AFTER = prefilter.compile(r"\s+(?:is|was|are|were|would\s+be|will\s+be|has\s+been|had\s+been)\s+"
                                 r"(?:now\s+|fully\s+|almost\s+)?(?:ready|rebuilt|renovated|moderni[sz]ed|refurbished)\b"
                                 r"(?!\s+to\b)", re.I)
_WORKS_REACH = 60                        # characters a works word may stand before the place it is done on


def _works_on_crossing(sentence, mention, finder):
    """Is the place a border crossing (a crossing site, or a town whose name the gazetteer files a crossing under)
    said to be built, rebuilt or ready? Works on a border post are the checkpoint's news, as the post's opening is."""
    crossing = (mention.place.precision == "site" and _CROSSING_SITE.search(mention.place.name)) \
        or finder.crossing_site_of(mention.text) is not None
    return bool(crossing) and bool(_CROSSING_WORKS_BEFORE.search(sentence, max(0, mention.begin - _WORKS_REACH), mention.begin)
                                   or _READY_AFTER.match(sentence, mention.end))


_CROSSING_REACH = 80                     # characters a crossing's word may stand before its second town


def _crossing_end(sentence, mention):
    """Is the mention a town naming a border crossing by its two sides ("the rail crossing from A to B")? Both towns
    are that crossing's, kept with its checkpoint though no route is the news."""
    before = sentence[max(0, mention.begin - _CROSSING_REACH):mention.begin]
    return bool(CROSSING_SIDES_BEFORE.search(before))


# vehicles waiting at a border crossing named alone wait to pass its checkpoint: "the lorries are still parked at X"
_WAITING_AT = prefilter.compile(rf"\b(?:{WAITING_OR_STUCK})\s+"
                                r"(?:(?:for\s+(?:hours|days)|since\s+\w+)\s+)?at\s+(?:the\s+)?$", re.I)


# a crossing's state after its name that shuts it: "the X customs post had been suspended", "X was closed" (the first
# state word tells: not "X reopened after being closed")
_STATE_AFTER = prefilter.compile(rf"[^.;,]{{0,40}}?\b(?P<state>{CROSSING_STATE})\b")


def _shut_after(sentence, end):
    """Does the first state word after a crossing's name shut it ("was closed", "had been suspended")?"""
    m = _STATE_AFTER.match(sentence, end)
    return m is not None and m["state"] in SHUT_STATES


# the waiting vehicles' share at a crossing, told after the wait: "lorries were waiting at its customs posts, most of
# them at X", "the majority of these at Y", "the rest were at Z", "others at W"
_MOST_OF_THEM_AT = prefilter.compile(r"\b(?:most|many|some|half|all|others|the\s+(?:majority|rest|bulk))"
                                     r"(?:\s+of\s+(?:them|these|those|which))?\s+(?:(?:were|are)\s+)?at\s+(?:the\s+)?$", re.I)
_WAITED = prefilter.compile(rf"\b(?:{WAITING_OR_STUCK})\b", re.I)


def _waiting_at(sentence, begin):
    """Are vehicles said to wait at the place ("parked at X", "waiting at the posts, most of them at X")?"""
    if _WAITING_AT.search(sentence, max(0, begin - 40), begin):
        return True
    share = _MOST_OF_THEM_AT.search(sentence, max(0, begin - 40), begin)
    return share is not None and _WAITED.search(sentence, 0, share.start()) is not None


# "the border at Margara has remained closed", "the gate at X still closed": the crossing there, closed or opened
_BORDER_AT = prefilter.compile(r"\b(?:border(?:\s+crossing)?|(?:border\s+)?gate)\s+at\s+$", re.I)
_CLOSED_AFTER = prefilter.compile(rf"[^.;,]{{0,40}}?\b(?:{CROSSING_STATE})\b")


def _border_at_closed(sentence, mention):
    """Is the place the border named by its town ("the border at X") in a clause saying it was closed or opened?"""
    return bool(_BORDER_AT.search(sentence, max(0, mention.begin - 30), mention.begin)
                and _CLOSED_AFTER.match(sentence, mention.end))


def _road_blocked(hits, sentence=""):
    """Is a blockade all that happened (a road cut, closed or blocked, posts set up on it, a section of it taken),
    with no shooting, mine or accident on it, and no protest or demand behind it?"""
    return _blockade_only(hits) and not _in_protest(hits, sentence)


def _road_blocked_in_protest(hits, sentence):
    """Is a road blocked by people pressing a demand, with nothing else happening on it ("protesters blocked the
    road from A to B")?"""
    return _blockade_only(hits) and _in_protest(hits, sentence)


def _blockade_only(hits):
    """Do the cues tell only a blockade (a road cut, closed or blocked, posts set up on it, a section taken)? A
    closure told beside a blockade is the same road shut ("residents blocked the A–B stretch and police closed the
    road further on")."""
    strong = [h for h in hits if h.strong]
    blocked = any((h.layer, h.kind) == ("checkpoints", "blockade") for h in strong)
    return bool(strong) and all((h.layer, h.kind) in _DONE_TO_ROAD
                                or (blocked and (h.layer, h.kind) == ("corridors", "closure")) for h in strong)


def _posts_only(hits):
    """Do the strong cues tell only of posts standing on a road ("checkpoints have stood on the A–B highway"), with
    nothing closed, blocked or taken?"""
    strong = [h for h in hits if h.strong]
    return bool(strong) and all(h.kind == "checkpoint" for h in strong)


def _in_protest(hits, sentence):
    """Is a protest or a demand behind what the cues tell?"""
    return any(h.kind == "protest" for h in hits) or bool(_DEMAND.search(sentence))


# what a blockade of a road may come with: "took control of the section of the A-B road and set up posts on it";
# barriers put on it ("protesters set up a roadblock on the A-B road")
_DONE_TO_ROAD = {("checkpoints", "blockade"), ("checkpoints", "checkpoint"), ("checkpoints", "barrier"),
                 ("other", "control")}


def _answerer(sentence, answerer, in_answer):
    """Who gives a transcript's answers after ``sentence``: the speaker of a briefing it announces; else the person it
    presents with their age ("X Y, 61, a nurse, ...") when no one gives them yet and it is no answer itself (a person
    the answers or a later paragraph name does not replace the briefing's speaker); else ``answerer``."""
    briefing = briefing_speaker(sentence)
    if briefing:
        return briefing
    if not answerer and not in_answer:
        return presented_person(sentence)
    if answerer and not in_answer and (answerer[:1].islower() or answerer.lower().startswith(("the ", "a ", "an "))):
        return named_holder(sentence) or answerer   # "An interview with the head of ...", then "X Y has headed ..."
    return answerer


def _weather_only(sentence):
    """Does the sentence only say that snow or rain is falling somewhere? (An apposition after the places, "Goris
    and Sisian, the two main towns on the highway", only describes them.)"""
    # (a quick test first, for speed: every match holds one of these words)
    hit = _WEATHER.search(sentence) if has_stem(sentence, ("falling", "snowing", "raining")) else None
    if not hit:
        return False
    comma = _APPOSITION.search(sentence, hit.end())
    clause = sentence[:comma.start()] if comma else sentence
    return not _WEATHER_TOUCHED.search(clause)


# a road report's line for one route, "Goris-Sisian: open, wet, icy patches", "Yerevan-Goris (M2): open throughout",
# "A–B: the road is passable with care, ice on the bends": the road open under the weather is no event (a line that
# tells something else besides, "A–B: open to the bridge; expect police checks", or a closure, stays news)
_ROAD_CONDITION = prefilter.compile(r"\s*[A-Z][\w'’]+(?:\s*[-–]\s*[A-Z][\w'’]+)+(?:\s+turn)?(?:\s*\([A-Z]\d+\))?\s*:\s*"
                                    r"(?:the\s+road\s+(?:is|remains)\s+)?(?:open|passable)\b(?P<rest>[^;]*)$")
_ROAD_SURFACE = prefilter.compile(r"\b(?:snow\w*|ice|icy|iced|black\s+ice|wet|fog\w*|chains|tyres|ploughs?|gritters?|"
                                  r"slippery|compacted|packed|throughout|with\s+care)\b", re.I)
_ROAD_NEWS = prefilter.compile(r"\b(?:check\w*|police|block\w*|clos\w*|shut|shell\w*|fir\w+|convoy\w*|troops|soldiers|mined|mines?|"
                               r"lorr(?:y|ies)|trucks?|roadworks|repair\w*)\b", re.I)


def _road_condition_line(sentence):
    """Is the sentence a road report's line saying that a route is open or passable, with only its surface or weather
    after ("Goris-Kapan (M2): open.", "Goris-Sisian: open, wet, icy patches near the X turn")?"""
    hit = _ROAD_CONDITION.match(sentence)
    if not hit:
        return False
    rest = hit.group("rest").strip(" .")
    return not _ROAD_NEWS.search(rest) and (not rest or bool(_ROAD_SURFACE.search(rest)))


# "At 2,410 metres, the pass crosses the range and carries the A–B highway", "The Vorotan pass carries the main
# highway into Syunik": a pass told by what it carries or how high it rises is the mountain described, no event (what
# happened on it, closed or blocked, is news); a road that "links" two towns stays a route, as earlier reports read it
_PASS_DESCRIBED = prefilter.compile(r"\b[Pp]ass\s+(?:rises|carries|crosses)\b")
_HAPPENED = prefilter.compile(r"\b(?:clos\w+|block\w*|shut|reopen\w*|open\w*|fire[ds]?|shell\w*|attack\w*|snow\w*|ice|icy|fog\w*|"
                              r"stranded|stuck|built|building|construct\w*|repair\w*|will|would|planned|killed|wounded)\b", re.I)


def _route_described(sentence):
    """Does the sentence only describe a mountain pass (its height, the road it carries), nothing happening on it?"""
    # (every _PASS_DESCRIBED match holds "ass": a quick test, for speed)
    return "ass" in sentence and bool(_PASS_DESCRIBED.search(sentence)) and not _HAPPENED.search(sentence)


# a business's or a rank's service to a place, told by its timetable or its time on the way: "Cars for X leave from
# bay one", "Buses to Y run every forty minutes", "parcels to Z take two days", "parcels to Z usually arrive within
# two days" (where the cars go or the parcels are sent, no event; the same service stopped, resumed or under fire is
# news)
_SERVICE = prefilter.compile(r"\b(?:[Cc]ars|[Bb]uses|[Mm]inibuses|[Tt]axis|[Cc]oaches|[Tt]rains|[Ff]lights|[Pp]arcels|"
                             r"[Dd]eliveries|[Oo]rders|"
                             # (or the one carrier or bus of the route: "the carrier to X goes on Friday", "the bus to
                             # Y leaves on Tuesdays")
                             r"(?<=[Tt]he\s)(?:carrier|bus|minibus|coach|van|post|mail))\s+(?:for|to)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                             # (two places joined: "parcels to X and Y usually arrive within two days")
                             r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:(?:usually|normally|generally|only)\s+)?"
                             r"(?:(?:leave|depart|run|go)(?:e?s)?\s+(?:from\s+(?:bay|platform|stand|stop|gate)\b|every\b|hourly\b|"
                             r"daily\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b)|(?:take|takes)\s+(?:[\w-]+\s+)?(?:days?|hours?|weeks?)\b|"
                             r"arrives?\s+(?:with)?in\s+(?:[\w-]+\s+)?(?:days?|hours?|weeks?)\b)")
_SERVICE_NEWS = prefilter.compile(r"\b(?:again|resum\w*|reopen\w*|suspend\w*|cancel\w*|stopp\w*|halt\w*|no\s+longer|"
                                  r"shell\w*|fir(?:e|ed|ing)|attack\w*|block\w*|clos\w*|because|since|after|"
                                  # (or a road's or a border's state told with it: "..., and the road through X is open")
                                  r"open|roads?|corridor|border|checkpoints?)\b", re.I)


def _service_line(sentence):
    """Does the sentence only give a service's timetable or delivery time to a place ("Cars for X leave from bay
    two", "parcels to Y take two days", "the carrier to Z goes on Friday")?"""
    return ("for " in sentence or "to " in sentence) and bool(_SERVICE.search(sentence)) \
        and not _SERVICE_NEWS.search(sentence)


# a catalogue's numbered entry: "No. 2, the A ring, with a cross", or the entry after its number on its own ("No.
# 19." / "B kilim, red and black, modern."): a piece named or placed by a town, where it was made, no event (an entry
# telling of war, "looted when C fell", stays)
_ENTRY_NUMBER = prefilter.compile(r"^\s*No\.\s?\d{1,4}(?:[,:]\s|\.\s*$)")
_ENTRY_NEWS = prefilter.compile(r"\b(?:shell\w*|fir(?:e|ed|ing)|attack\w*|destroy\w*|burn\w*|burnt|loot\w*|fled|flee\w*|"
                                r"captur\w*|taken|fell|war|killed|wounded|evacuat\w*|occup\w*|displaced|refugees?)\b", re.I)


def _catalogue_entry(sentence, previous):
    """Is the sentence a catalogue's numbered entry (its number opening it, or the sentence before only the
    number) describing a piece, with no war news in it?"""
    numbered = _ENTRY_NUMBER.match(sentence) or (previous is not None and _ENTRY_NUMBER.fullmatch(previous))
    return bool(numbered) and not _ENTRY_NEWS.search(sentence)


# several provinces named together as where something is ("posts in the Tavush, Syunik and Ararat provinces"): the
# area itself, since a single village or town lies in only one province
_PROVINCES_LISTED = prefilter.compile(r"(?:\s*,\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)*\s*,?\s+(?:and|or)\s+[A-Z][\w'’-]+"
                                      r"(?:\s[A-Z][\w'’-]+)?\s+provinces\b|\s+provinces\b")
# A crossing where a checkpoint stands: later mentions with no cue of their own are about that checkpoint
_CROSSING_SITE = prefilter.compile(r"\b(?:bridge|checkpoint|crossing|border (?:post|gate)|airport)\b", re.I)
# (or the booths where they check passports: "the officers left the passport booths at the airport")
_BORDER_GUARDS = prefilter.compile(r"\bborder (?:guards?|troops|service|duties)\b|\bpassport (?:booths?|control|desks?)\b", re.I)


# A spelling read only as a variant or a typo, this far from every place the article names exactly, is more
# likely a place the gazetteer lacks than the one it resembles ("Gyzylbulag" in Karabakh read as a Tavush village)
FAR_GUESS_KM = 100


def _without_far_guesses(candidates):
    """The candidates without those placed only by a variant or close spelling far from all the others."""
    exact = [(lat, lon) for c in candidates if c["tier"] == "region"
             for (lon, lat), how in zip(c["coordinates"], c["match"].split(";")) if how.startswith("exact")]
    if not exact:
        return candidates
    out = []
    for c in candidates:
        guesses = [(lon, lat) for (lon, lat), how in zip(c["coordinates"], c["match"].split(";"))
                   if not how.startswith(("exact", "area", "located"))]   # (a village kept at the area named with
                                                                          # it, or a variant the area confirms)
        if len(guesses) == len(c["coordinates"]) and all(
                min(distance_km(lat, lon, *e) for e in exact) > FAR_GUESS_KM for lon, lat in guesses):
            log.info("%s: %r left out, a guess %d km or more from the article's other places",
                     c["source"], c["place"], FAR_GUESS_KM)
            continue
        out.append(c)
    return out


# the longest question an interview prints as a sub-head of its own ("Where were you on the afternoon of the
# eleventh?"): an interviewer's question runs longer than a heading, a paragraph of argument longer still
MAX_ASKED_WORDS = 16
_ASKS_YOU = prefilter.compile(r"\byou(?:r|rs|rself|rselves)?\b", re.I)
_INTERVIEW_SIGN = prefilter.compile(r"\binterview\w*|\b(?:we|I)\s+(?:spoke|talked|sat|met|asked)\b", re.I)


def _ministry_of_places(claimant, found):
    """The sentence's claimant as later sentences hear it: when a ministry named without its nation was read as one
    side's at every place of the sentence ("The ministry confirmed that mortars were used near X", of a village in
    Armenia: Armenia's) and the sentence alone read it as another country's ministry of the same office, the one the
    places gave, so that the next "the Defence Ministry said" is that same ministry."""
    given = {c["claimed_by"] for c in found}
    if len(given) != 1 or not claimant:
        return claimant
    placed = given.pop()
    office = ministry_office(claimant)
    offices = load_actors().office_of
    if placed != claimant and offices.get(claimant) == "government" == offices.get(placed):
        return placed                      # "according to official counts" of a town: the government of its land
    return placed if office and placed != claimant and ministry_office(placed) == office else claimant


def _question_heads(sentences):
    """Indexes of the questions that are a paragraph of their own and end with a question mark: in an interview whose
    introduction named who answers, each is the interviewer's, and the paragraphs after it the answer. (Only when
    one of them asks the one who answers, "What do you hear from your customers?", or the article tells it is an
    interview, "We spoke to X": a feature's rhetorical sub-head, "Why does the road matter?", is no interviewer's.)"""
    heads = [group[0] for group in by_paragraph(sentences).values()
             if len(group) == 1 and group[0].text.rstrip().endswith("?")
             and len(group[0].text.split()) <= MAX_ASKED_WORDS]
    if not any(_ASKS_YOU.search(head.text) for head in heads) \
            and not any(_INTERVIEW_SIGN.search(x.text) for x in sentences):
        return set()
    return {head.index for head in heads}


def _lone_questions(sentences):
    """Indexes of the short questions that are a paragraph of their own: an explainer's or a Q&A's headings ("Is
    this the corridor?"; a longer one may be the body's own question: "Will the road stay open for those who ...?")."""
    return {group[0].index for group in by_paragraph(sentences).values()
            if len(group) == 1 and _ASKED.search(group[0].text) and len(group[0].text.split()) <= MAX_HEADING_WORDS}


def _without_headline_repeats(candidates, headlines, body_names=frozenset()):
    """A headline's event that the body reports too is the body's one (with its claimant and date); a headline's
    place that the body names without any event there ("on the Askeran front line" over a body naming only "the
    Askeran region" as where villages lie) is no event either, nor is one the body reports nothing at: a headline
    sums up the story, whose events the body tells where they happened ("Tavush villages under fire" over the
    villages' names). A place the body reports under the same name is kept ("Lachin" over "the Lachin corridor"),
    and so is a curated corridor, which the body tells of by its towns and roads ("a line through Meghri")."""
    body = [c for c in candidates if c["sentence"] not in headlines]
    reported = {name for b in body for name in b["place_name"].split(";")}
    reported_words = {_name_words(name) for name in reported}
    out = []
    for c in candidates:
        if c["sentence"] in headlines and any(
                b["place_name"] == c["place_name"] and b["layer"] == c["layer"]
                and (b["start_date"] == c["start_date"] or not c["date_certain"]) for b in body):
            continue
        names = set(c["place_name"].split(";"))
        if c["sentence"] in headlines and names <= body_names and not names & reported:
            continue
        if c["sentence"] in headlines and reported and not c.get("road_id") and not _SENTENCE_INSIDE.search(c["quote"]) \
                and not any(_name_words(n) in reported_words for n in names):
            continue                       # (a curated corridor is the story's subject, told of by its towns; a line
                                           # holding a sentence's end is a report's lead run on, not a headline)
        out.append(c)
    return out


# a sentence's end inside a line: "Drones struck X on Tuesday, the ministry said. (photo)" is no headline
_SENTENCE_INSIDE = prefilter.compile(r"\w[.!?]\s+\S")
# the words of a place's name that are no kind of place: "Lachin" of "the Lachin corridor", "Tartar District"
_PLACE_KIND_WORDS = frozenset("district province region corridor road highway route lake river mount crossing "
                              "checkpoint bridge city town village republic autonomous".split())


def _name_words(name):
    """The words naming a place, without its kind and its bracketed district ("Sarijali (Aghdam)" → sarijali):
    "Syunik Airport" is another place than "Syunik Province", "the Lachin corridor" is named as "Lachin" is."""
    return frozenset(w for w in re.sub(r"\s*\([^)]*\)", "", name).lower().split() if w not in _PLACE_KIND_WORDS)


# what a dated heading holds besides its day: a weekday, commas, a bullet ("Tuesday, 22 October", "• 22.10.2024"),
# a numbered label before the day in brackets ("Release 2 (Monday, 14 March)", "Update 3 – 5 May")
# a heading that is only weekdays, numbered or not ("4. Thursday and Friday.", "Saturday-Sunday")
# a source telling something as its report ("Trend reported that ...", "Meydan TV filmed the gate ..."), or as its
# written piece ("..., News.az wrote": what it wrote is its report too): what a later "the same report" names
_REPORTED_VERB = prefilter.compile(r"report(?:ed|s)\b|filmed\b|wrote\b|writes\b")
# a sentence opening with a place's people: "Residents of Tegh met", "Villagers in Tegh say", "Tegh's residents"
_PLACE_PEOPLE_OPENING = prefilter.compile(r"(?:(?:The\s+|Many\s+|Some\s+)?(?:[Rr]esidents|[Vv]illagers|[Ii]nhabitants|[Pp]eople|"
                                          r"[Ff]amilies)\s+(?:of|in|from)\s+(?:the\s+(?:village|town)\s+of\s+)?[A-Z]|"
                                          r"[A-Z][\w'-]*['’]s\s+(?:residents|villagers|inhabitants|people)\b)")
# an outlet opening a sentence by quoting someone: "Euronews quoted Colonel X as saying", "Trend quotes the mayor"
_OUTLET_QUOTING = prefilter.compile(r"(?:\d+(?:\.\d+)*\.?\s+)?(?!(?:The|A|An|This|That|It|He|She|They|We|I)\b)(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*){0,3})\s+"
                                    r"(?:quoted|quotes)\s+(?!(?:him|her|them|it|by|in)\b)")   # not "Residents quoted by Trend"
# an army named without its body or side, or its press service or spokesman: "the army said", "the army's press
# service said" (the side's defence ministry, unless the text named an army in full before)
_BARE_ARMY = prefilter.compile(r"(?i)(?:the\s+)?army(?:['’]s\s+(?:press\s+(?:service|office)|spokes(?:man|woman|person)))?")
# an army named in full by its capitalised name: "the Defence Army", "the Karabakh Defence Army"
_ARMY_IN_FULL = prefilter.compile(r"\b(?:[A-Z][\w-]*\s+){1,3}Army\b")


def army_in_full(text):
    """The claimant of the last army ``text`` names in full that the actor table knows ("the Defence Army's
    positions" → the Nagorno-Karabakh authorities), or "": what a later bare "the army" stands for; None when it
    names the armies of two claimants ("the Azerbaijani Army attacked the Defence Army's posts"): which one is
    meant is not told."""
    if "Army" not in text:
        return ""                          # (the quick test: every army named in full ends in "Army")
    found = []
    for m in _ARMY_IN_FULL.finditer(text):
        words = m.group(0).split()
        for k in range(len(words) - 1):    # the longest known name ending in "Army" ("On Tuesday the Defence Army")
            known = canonical_actor(" ".join(words[k:]))
            if known:
                found.append(known)
                break
    if len(set(found)) > 1:
        return None
    return found[-1] if found else ""


def _army_meant(named, before):
    """The army a bare "the army" stands for: the one named in full in its sentence before it, else the one named in
    an earlier sentence; none when the sentence names the armies of two claimants."""
    if named is None:
        return ""
    return named or before


# a named writer passing on its teller's words: "the Hetq Weekly wrote, quoting the ministry"
_WROTE_QUOTING = prefilter.compile(r"(?:\b[Tt]he\s+)?\b(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
                                   r"(?:wrote|writes|reported|reports),\s+(?:quoting|citing)\s")
_NEW_REPORT = prefilter.compile(r"(?=r)(?<!same )\breports?\b", re.I)
# "the report" or "this report" before a report: the one the article reads, not another named ("its annual report")
_THE_REPORT_BEFORE = prefilter.compile(r"(?i)\b(?:the|this)\s+$")


def _only_the_report(s):
    """Is every report the sentence names "the report" or "this report"?"""
    return all(_THE_REPORT_BEFORE.search(s, max(0, m.start() - 6), m.start()) for m in _NEW_REPORT.finditer(s))


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_IN_TEXT = prefilter.compile(_WEEKDAY + r",?\s+\d")
_DAYS_HEADING = prefilter.compile(r"\W*(?:\d{1,2}[.)]\s*)?" + _WEEKDAY + r"(?:\s*(?:,|and|&|to|-|–)\s*" + _WEEKDAY + r")*[.:]?\s*")
# a log's label before the day ("LOG ENTRY 2022-05-07", "Entry: 3 May", "INCIDENT ENTRY 4 May")
# (and its number: "Entry 2024/07 - 13 February 2024", "Entry No. 12: 3 May")
_HEADING_REST = prefilter.compile(r"[\W_]*(?:(?:[Ll]og|LOG|[Dd]iary|DIARY|[Ii]ncident|INCIDENT)\s+)?(?:[Ee]ntry|ENTRY)"
                                  r"(?:\s+(?:[Nn]o\.?\s*)?\d+(?:/\d+)?)?[\W_]*|"
                                  r"[\W_]*(?:[A-Z][a-z]+\s+\d{1,3}\b[\W_]*)?"
                                  r"(?:(?:" + _WEEKDAY + "|" + _WEEKDAY.upper() + r")[\W_]*)?")   # (a wire's day line in
                                                                                        # capitals too)


# the days a wire story's dated dateline may come before the day it was stored ("BAKU, Sept 13 (Reuters) -" in a
# feed read on the 15th); an older date is no filing day
MAX_DATELINE_LAG = dt.timedelta(days=7)


def _dateline_day(sentences, published):
    """The day a wire story's dateline gives ("BAKU, Sept 13 (Reuters) -"), else ``published``: the story's "on
    Thursday", "overnight" and "yesterday" count from the day it was filed, and what it leaves undated happened then."""
    for sentence in sentences:
        end = dateline_end(sentence)
        if end:
            days = [d.start for d in find_dates(sentence.text[:end], published)
                    if d.kind == "calendar" and d.precision == "day"
                    and not _WEEK_OF.search(sentence.text, 0, d.begin)]
            return days[0] if days and published - MAX_DATELINE_LAG <= days[0] <= published else published
    return published


# a notice's "week of 21 May" names the week it covers, not the day it was written ("ROPE NOTICE, week of 21 May")
_WEEK_OF = prefilter.compile(r"\bweek\s+(?:of|beginning|starting|commencing)\s+$", re.I)


def _heading_day(sentence, dates, published):
    """The day of a line that is only a calendar day ("Tuesday, 22 October", a diary's heading), or None: the
    entry under it says "today" of that day, not of the day the diary was published. A span of days ("Week 1
    (6-10 May)", a rota's or timetable's week) is no day of writing: its lines keep the publication day."""
    if len(dates) != 1 or dates[0].kind != "calendar" or dates[0].precision != "day" or dates[0].start > published \
            or dates[0].start != dates[0].end:
        return None
    rest = sentence[:dates[0].begin] + " " + sentence[dates[0].end_offset:]
    return dates[0].start if _HEADING_REST.fullmatch(rest) else None


# a notebook's day head run into its paragraph ("Thursday 24 March, evening, Stepanakert. Phones rang ..."): the day,
# then only a part of the day and a capitalised place, each after a comma
_INLINE_HEAD_BEFORE = prefilter.compile(r"\s*(?:" + _WEEKDAY + r",?\s*)?")
_INLINE_HEAD_REST = prefilter.compile(r"(?:\s*,\s*(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|noon|midday|late|"
                                      r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?))*\s*[.:]?\s*")
# (two places: "Wednesday 8 May, Ijevan and Dilijan", the entry kept in both)


def _inline_heading_day(sentence, dates, published):
    """The day of a sentence that opens a paragraph and is only a day head with a part of the day or a place
    ("Friday 25 March, morning.", "Thursday 24 March, evening, Stepanakert."), or None: the notes under it say
    "today" of that day, as a diary's heading line's entry does (:func:`_heading_day`; one day, not a span)."""
    if len(dates) != 1 or dates[0].kind != "calendar" or dates[0].precision != "day" or dates[0].start > published \
            or dates[0].start != dates[0].end:
        return None
    if not _INLINE_HEAD_BEFORE.fullmatch(sentence, 0, dates[0].begin):
        return None
    return dates[0].start if _INLINE_HEAD_REST.fullmatch(sentence, dates[0].end_offset) else None


# what a log's date line may hold besides its days: clock times, punctuation and the words that join or round them
# (a 12-hour clock too: "22 September 2022, 11.45 pm, to 23 September, 8.30 am.")
_TIMED_HEAD_REST = prefilter.compile(r"(?:[\s\d:.,;()\-–—]|\b(?:to|until|till|from|between|and|about|around|approx|am|pm|a\.m|"
                                     r"p\.m|hrs)\b)*",
                                     re.I)
_CLOCK_TIME = prefilter.compile(r"\b\d{1,2}[:.]\d\d\b")


def _timed_heading_day(sentence, dates, published):
    """The day of a line that is only a calendar day with the hours of what happened ("3 May 2022, 14:10 to
    16:00.", "22 September 2022, 23:45, to 23 September, 08:30.", "23 September 2022, about 07:40."), or None: a
    log's or a register's date line, whose entry below is dated by the day it began (a span over midnight by its
    first day). A line without a clock time is left to :func:`_heading_day`."""
    if not dates or not _CLOCK_TIME.search(sentence):
        return None
    first = dates[0]
    if first.kind != "calendar" or first.precision != "day" or first.start != first.end or first.start > published:
        return None
    if any(d.kind != "calendar" or d.precision != "day" or not dt.timedelta(0) <= d.start - first.start
           <= dt.timedelta(days=1) for d in dates[1:]):
        return None
    rest, at = [], 0
    for d in dates:
        rest.append(sentence[at:d.begin])
        at = d.end_offset
    rest.append(sentence[at:])
    return first.start if _TIMED_HEAD_REST.fullmatch(" ".join(rest)) else None


def _entry_span(entry_day):
    """The day of a diary's dated heading as the date of an entry's sentence that states none ("Tuesday 26
    December" then "A deminer was hurt by a mine in X."): what the entry tells happened that day, as a dated
    release's news happened on its date (a sentence that goes on from a day the entry stated keeps no date)."""
    return DateSpan("", 0, 0, entry_day, entry_day, "day", "relative")


# a day a state has lasted since ("the corridor has been closed since 12 December") starts it and tells no day of
# the story: "The same Sunday" after it is the Sunday told before, not one counted from that day
_SINCE_DAY_BEFORE = prefilter.compile(r"\bsince\s+(?:the\s+)?$", re.I)
# the word before a month ("signed in November", "due in September", "published in July") that makes it the date of
# another thing than the story's news
_MONTH_OF_ANOTHER = prefilter.compile(r"\b(?:signed|published|due|planned|scheduled|expected|held|agreed|announced|adopted|"
                                      r"issued|released|set|born|elected|appointed|founded|opened|since|until|till|before|"
                                      r"after|from|by|of|for)\s+$", re.I)


def _relative_to_entry(sentence, dates, entry_day, narrative, looking_back, told=None, told_in_entry=False):
    """The sentence's dates with those counted from the day of writing ("today", "this morning", "yesterday", "last
    week", "on Tuesday") counted from the day of the diary's entry or the dated release instead; its calendar days
    stay as read against publication. "That day" is the entry's day unless a sentence under the heading stated a
    day of its own (``told_in_entry``: "The story begins on 16 November. In the fighting that day ...")."""
    entry = find_dates(sentence, entry_day, narrative, retold=looking_back, told=told, entry=entry_day)
    from_entry = {d.begin: d for d in entry if d.kind in _FROM_WRITING}
    read = {d.begin for d in dates}
    # "That morning ...": the entry's day, not a day an earlier entry stated
    that_day = {} if told_in_entry else {d.begin: d for d in entry if _THAT_DAY.fullmatch(d.text)}
    own = [from_entry.get(d.begin, d) if d.kind in _FROM_WRITING else that_day.get(d.begin, d) for d in dates]
    return sorted(own + [d for d in that_day.values() if d.begin not in read], key=lambda d: d.begin)


# ("the same day", "that same morning" under an entry: the entry's day too)
_THAT_DAY = prefilter.compile(r"(?i)(?:on\s+)?(?:that\s+\w+|(?:the|that)\s+(?:very\s+)?same\s+\w+)")
# the kinds of date counted from the day of writing: "this morning", and a weekday ("early on Tuesday" in a release
# dated Wednesday, 9 March is the 8th, whatever day the page of releases was published)
_FROM_WRITING = ("relative", "weekday")


# a document described by its kind and its date: "Typed report dated 13 June 1992", "a letter dated 3 May", "the
# minutes, dated 2 March"
_DOCUMENT_DATED = prefilter.compile(r"(?i)(?=[bcdlmnrst])\b(?:reports?|letters?|telegrams?|cables?|memo(?:randum)?s?|notes?|"
                                    r"minutes|dispatch(?:es)?|messages?|statements?|diary\s+entr(?:y|ies)|logs?|bulletins?)"
                                    r",?\s+dated\s+")
# a count of days back from the document's own day: "two days earlier", "three days before" (not "two days before the
# vote": a day of another event)
_DAYS_BACK = prefilter.compile(r"(?i)\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+"
                               r"(?:earlier|before)\b(?!\s+(?:the|a|an|his|her|its|their)\b)")


# a description opening with a document's kind: "Typed report dated 13 June 1992, two pages.", "Minutes of committee
# meetings, 1993.", "Letter from the mayor to the committee."
_DOCUMENT_OPENING = prefilter.compile(r"(?:(?:[A-Z][a-z]+|[a-z]+)\s+){0,2}?(?P<kind>[Rr]eports?|[Ll]etters?|[Tt]elegrams?|"
                                      r"[Cc]ables?|[Mm]emo(?:randum)?s?|[Mm]inutes|[Dd]ispatch(?:es)?|[Dd]iar(?:y|ies))"
                                      r"\s+(?:dated|of|from|on|by|to)\b")
# the writer of the document described telling what it tells: "The writer states that ...", "The author says ..."
# (the verbs of a document's telling, without their "s": "states", "records", "notes")
_DOCUMENT_VERBS = r"(?:state|say|write|record|note|report|add|claim|describe)"
_WRITER_TELLS = prefilter.compile(r"\W*the\s+(?:writer|author|sender)\s+(?P<verb>" + _DOCUMENT_VERBS + r"s)\b", re.I)
# the words a description of a document opens with before its kind: "Typed ", "The ", "Two handwritten " (not a
# clause that mentions a dated document: "In a letter dated", "The ministry published a statement dated")
_DESCRIPTION_OPENING = prefilter.compile(r"\W*(?!(?:in|with|under|by|on|from|through|after|before|at|according|as)\b)"
                                         r"(?:[A-Za-z-]+\s+){0,2}", re.I)
# the document itself, as the sentences after its description name it: "It", "The writer", "The author"
_DOCUMENT_ITSELF = prefilter.compile(r"(?i)it|the\s+(?:writer|author|document|sender)")


# the described document named again by its kind: "The minutes record", "The later minutes note", "the same
# report says"
_KIND_AGAIN = prefilter.compile(r"(?i)(?:the|this|that|these|its)\s+(?:(?:same|later|earlier|first|last|final|typed|"
                                r"handwritten)\s+)?(?P<kind>[a-z]+?)(?:s|es)?")


def _same_document(who, kind):
    """Does the claimant name the document just described by its kind ("The later minutes" after "Minutes of
    committee meetings, 1993.", "The report" after "Report dated 6 July")?"""
    m = _KIND_AGAIN.fullmatch(who.strip())
    return bool(m) and (m.group("kind").lower() == kind or who.strip().lower().endswith(" " + kind))


def _kind_tells(sentence, kind):
    """The match of the described document, named again by its kind, telling what it tells ("The later minutes
    record that ...", "The diary notes ..."), or None."""
    plural = {"minutes": "minutes", "diary": "diar(?:y|ies)", "dispatch": "dispatch(?:es)?"}.get(kind, kind + "s?")
    return re.match(r"\W*(?:the|this|that|these)\s+(?:(?:same|later|earlier|first|last|final)\s+)?" + plural +
                    r"\s+(?:also\s+)?(?P<verb>" + _DOCUMENT_VERBS + r"s?)\b", sentence, re.I)


def _document_described(sentence, paragraph):
    """(paragraph, kind) when the sentence opens by describing a document ("Handwritten report dated 14 June 1992.",
    an archive's or a court's note on its papers), else None: "It states that ..." and "The writer says ..." after
    it in the paragraph are that document's telling."""
    m = _DOCUMENT_OPENING.match(sentence)
    if not m or re.search(r"(?i)\b(?:said|says|states|stated|reported|reports|records|recorded|wrote|writes)\b",
                          sentence[:m.start("kind")]):
        return None
    kind = m.group("kind").lower()
    return paragraph, {"minutes": "minutes", "diaries": "diary", "dispatches": "dispatch"}.get(kind, kind.rstrip("s"))


def _document_dated(sentence, dates, paragraph):
    """(paragraph, day) when the sentence describes a document by the day it is dated ("Handwritten report dated 14
    June 1992."), else None: what the following sentences of its paragraph say the document tells ("It states that
    X had fallen the previous day") is counted from that day, not from the day the description was published."""
    # (every match holds "dated": a quick test, most sentences pass over the scan, the same hits)
    for m in _DOCUMENT_DATED.finditer(sentence) if has_stem(sentence, ("dated",)) else ():
        if not _DESCRIPTION_OPENING.fullmatch(sentence, 0, m.start()):
            continue                       # "In a letter dated 3 May, the mayor asked ...": a letter, no description
        day = next((d for d in dates if d.begin == m.end() and d.precision == "day" and d.start == d.end), None)
        if day is not None:
            return paragraph, day.start
    return None


def _relative_to_document(sentence, dates, document_day, narrative, looking_back):
    """The sentence's dates with those counted from the day of writing ("yesterday", "the previous day", "on Tuesday")
    counted from the day of the document the paragraph describes, and a count of days back ("two days earlier") from
    it too, with a following "the same day" of the sentence on that counted day. Calendar days stay as read."""
    entry = find_dates(sentence, document_day, narrative, retold=looking_back, entry=document_day)
    from_document = {d.begin: d for d in entry if d.kind in _FROM_WRITING}
    own = [from_document.get(d.begin, d) if d.kind in _FROM_WRITING else d for d in dates]
    read = {d.begin for d in own}
    own += [d for d in entry if d.kind in _FROM_WRITING and COUNTED_BACK.fullmatch(d.text) and d.begin not in read]
    back = _DAYS_BACK.search(sentence)
    if back and not any(d.begin <= back.start() < d.end_offset for d in own):
        day = document_day - dt.timedelta(days=count_value(back.group("n"), 1))
        own = [d for d in own if not (d.begin > back.start() and _THAT_DAY.fullmatch(d.text))]
        own.append(DateSpan(back.group(0), back.start(), back.end(), day, day, "day", "relative"))
        for same in _THAT_DAY.finditer(sentence, back.end()):
            if re.match(r"(?i)(?:on\s+)?(?:the|that)\s+(?:very\s+)?same\s+day\b", same.group(0)):
                own.append(DateSpan(same.group(0), same.start(), same.end(), day, day, "day", "relative"))
    return sorted(own, key=lambda d: d.begin)


def _in_month_told(sentence, dates, month_told, published):
    """Days written without their year, of the month the text last wrote with its year ("stopped being quiet in July
    2020" then "from noon on 12 July"; a timeline's section heading "THE JULY DAYS, 2020" after "8 July 2016: ..."),
    are of that year when it is before publication's: the text tells that month, not the last one before publication
    (nor the history told before the heading). Not a day in the month before publication, today's news ("the attacks
    of September 2022" then "on 25 September" in a column of 20 October 2023), unless a section's heading gave the
    month and year; nor a sentence looking ahead or speaking of the present, nor a day whose weekday is written
    and falls in another year."""
    if month_told is None or month_told[1] >= published.year or FUTURE_TENSE.search(sentence) \
            or _TELLS_THE_PRESENT.search(sentence):
        return dates                       # (nor "This year, on 14 July": the sentence says its year)
    month, year, heading = month_told
    out = []
    for d in dates:
        if (d.kind == "calendar" and d.precision == "day" and d.start.month == month and d.start.year != year
                and (d.end is None or d.end == d.start) and not YEAR_IN.search(d.text)
                and (heading or not dt.timedelta(0) <= published - d.start <= dt.timedelta(days=RECENT_DAYS))):
            try:
                day = d.start.replace(year=year)
            except ValueError:             # 29 February of a year without it
                day = None
            weekday = _WEEKDAY_WITH_DAY.search(sentence, max(0, d.begin - 15), d.begin)
            if weekday and day is not None and day.weekday() != WEEKDAYS[weekday.group("wd").lower()]:
                day = None                 # "On Friday, 14 July": the year whose 14 July was a Friday
            if day is not None and day <= published:
                d = d._replace(start=day, end=day)
        out.append(d)
    return out


def _counted_from_day_before(dates, day):
    """The sentence's dates with a day counted back with no day of its own sentence to count from ("Shells hit X on
    Monday. The day before, ...") counted from the day the sentence before stated (the Monday, so the Sunday), not
    from publication: the annotated sets mostly date it so. Without a single day before (a month, a range), or beside
    a day of the sentence's own ("X, who had been there the night before, said on Monday": Monday dates it), it is
    dropped."""
    counted = [d for d in dates if d.kind == "relative" and COUNTED_BACK.fullmatch(d.text)]
    own_day = any(d.precision == "day" for d in dates if d not in counted)
    out = []
    for d in dates:
        if d in counted:
            if day is None or own_day:
                continue
            d = d._replace(start=day - dt.timedelta(days=1), end=day - dt.timedelta(days=1), kind="calendar")
        out.append(d)
    return out


def _after_dateline(dates, dateline):
    """The sentence's dates less the dateline's ("BAKU, March 14 (Agency) - In 1992 the town ..."), when a date
    follows it: the day the report was filed dates no event that the sentence dates itself; alone it is the news's."""
    own = [d for d in dates if d.begin >= dateline]
    return own if dateline and own else dates


def _date_for(mention, dates, attributions, breaks, sentence="", others=(), hits=()):
    """The date expression nearest the place in its clause, or None.

    Between several dates of a sentence: a comma or an "and" between date and place counts
    against the date ("the Kalbajar district by November 15, the Aghdam district by November 20"),
    a vague one ("overnight", "later this month", "in 2022") yields to a stated day, and a date said
    right after another place is that place's ("that of Aghdam on November 20 and of Kalbajar, known
    to Armenians as Karvachar, on November 25"). A place named twice takes the date nearest either
    name (``others``: the sentence's mentions).
    """
    if not dates:
        return None
    if len(dates) == 1:
        return dates[0]
    head = together_head(sentence, mention, [(o.begin, o.end) for o in others])
    head = next((o for o in others if head is not None and (o.begin, o.end) == (head.begin, head.end)), None)
    if head is not None and head is not mention:
        # "X was retaken on May 1, together with villages of A and B": they were retaken with X, on its day
        return _date_for(head, dates, attributions, breaks, sentence, others, hits)
    any_day = any(_stated_day(d) for d in dates)
    key = (mention.place.name, mention.place.lat, mention.place.lon)
    names = [mention] + [o for o in others if o is not mention and (o.place.name, o.place.lat, o.place.lon) == key]
    elsewhere = [o for o in others if (o.place.name, o.place.lat, o.place.lon) != key]

    # "... had attacked X, two villages that stayed in Armenian hands when the ceasefire of 10 November took effect":
    # the day of a thing named in a "when" clause of a relative clause dates that thing, not a place before it, when
    # another stated day comes before the place (a day of its own: the place's "On Saturday")
    things = [o for o in dates if _WHEN_THING_OF.search(sentence, max(0, o.begin - 60), o.begin)] \
        if "when" in sentence else []

    def cost_from(m, span):
        # (a source cited by "according to" tells no day of its own telling: "On 19 May, according to the agency,
        # columns went to X, and on the following day ten more" keeps the day that opens the sentence; after a verb
        # of saying it still closes the saying's day: "The monitors wrote on Friday that, according to locals, ...")
        verb_positions = [a.pos for a in attributions if a.pos < m.begin
                          and not (_ACCORDING_AT.match(sentence, a.pos)
                                   and not any(b.pos < a.pos for b in attributions))]
        dated_thing = [o for o in things if o.begin >= m.end and _WHEN_OF_RELATIVE.search(sentence, m.end, o.begin)]
        if span in dated_thing and any(_stated_day(o) and o.end_offset <= m.begin for o in dates):
            return distance(m.begin, m.end, span.begin, span.end_offset, breaks) + 1000
        d = distance(m.begin, m.end, span.begin, span.end_offset, breaks)
        # "On Wednesday, officials said ... on Tuesday": the first date is when they spoke, if a day follows
        # ("On 6 April the council expressed concern over X, and at the end of April ...": the day is X's)
        if verb_positions and span.end_offset <= max(verb_positions) and len(dates) > 1 \
                and any(_stated_day(o) and o.begin >= max(verb_positions) and o not in dated_thing for o in dates):
            d += 1000
        # "From the evening of 16 May ... units shelled X, the ministry said on Wednesday": the day after the
        # closing verb is when it was said; the event takes the day its own clause states
        if any(m.begin < a.pos <= span.begin and _VERB_THEN.fullmatch(sentence, a.pos, span.begin)
               and any(_stated_day(o) and o.kind != "since" and o.end_offset <= a.pos for o in dates)
               for a in attributions):
            d += 1000
        # "The governor said on Monday that he had visited X the day before": a day right after a verb of saying,
        # before the place, is when it was said; the place takes the other day its own clause states (no comma
        # between: "announced on Sunday that it had taken X, the first town since fighting resumed on 27 September"
        # keeps Sunday)
        # (or to its hearer: "told reporters today that X had been shelled yesterday": yesterday, as the day its
        # clause states, told by its distance from today as the day it was said is; only a day before the telling:
        # "told journalists yesterday that X had been shelled today" keeps its reading)
        if any(a.pos < span.begin and span.end_offset <= m.begin
               and (_VERB_THEN.fullmatch(sentence, a.pos, span.begin)
                    or _relative_day(span) and _TOLD_HEARER_THEN.fullmatch(sentence, a.pos, span.begin))
               for a in attributions) \
                and any((_stated_day(o) or _relative_day(span) and _relative_day(o) and o.start < span.start)
                        and (o.kind != "since" or _said_had_been_since(sentence, o, dates))
                        and o.begin >= span.end_offset
                        and (not _CLAUSE_AFTER_PLACE.search(sentence, m.end, max(m.end, o.begin))
                             or _APPOSITIVE_THEN_FULL_DATE.fullmatch(sentence, m.end, o.begin)
                             and YEAR_IN.search(o.text)
                             or _APPOSITIVE_THEN_OWN_VERB.fullmatch(sentence, m.end, o.begin)) for o in dates):
            d += 1000
        # "X, who led the defence of Y in 1988, told the meeting on Wednesday that the attacks began on 21 November":
        # a place named with the speaker, before the verb; the day right after the verb and its hearer is when it was
        # told, and the place takes the day the "that" clause states
        if any(m.begin < a.pos and _TOLD_HEARER_THEN.fullmatch(sentence, a.pos, span.begin)
               for a in attributions) \
                and any(_stated_day(o) and o.kind != "since" and o.begin >= span.end_offset
                        and _THAT_CLAUSE_TO.fullmatch(sentence, span.end_offset, o.begin) for o in dates):
            d += 1000
        # "The office held an event on Wednesday for X, which it said had been occupied on 28 December 1991": a full
        # date in the place's own relative clause tells what befell the place; the earlier day is the event's held
        # for it (not when the clause before the place tells what befell it that day: "On Tuesday artillery shelled
        # X, which had been shelled on 3 May 2016" keeps Tuesday)
        if span.end_offset <= m.begin and any(
                o.begin >= m.end and _stated_day(o) and YEAR_IN.search(o.text)
                and _PLACES_OWN_RELATIVE.fullmatch(sentence, m.end, o.begin) for o in dates) \
                and not any(span.end_offset <= h.begin and h.end <= m.begin for h in hits):
            d += 1000
        # "Agency X, quoting the ministry on Wednesday, said units fired at Y on Tuesday evening": the day right after
        # "quoting" and the source quoted is when the source spoke, not when the fire it reports came (but a place
        # named in what is cited takes its day: "citing the shelling of Y on Monday, Armenia called off talks on ...")
        quoting = _QUOTING_THEN.search(sentence, max(0, span.begin - 80), span.begin)
        if quoting and not quoting.start() <= m.begin < span.begin \
                and any(_stated_day(o) and o.begin >= span.end_offset for o in dates):
            d += 1000
        # "Thursday's missiles came four days after rockets were fired towards X ... on 18 October": a possessive
        # day dates the thing it names, not a place the sentence puts at another time (nor one whose own day the
        # sentence states: "the helicopter carrying people hurt in Monday's blast landed in X yesterday"; but the
        # thing's own place keeps it: "Tuesday's shelling of X", "Monday's attack on Y", "Tuesday's blast in Z")
        if _POSSESSIVE_DAY.match(sentence, span.end_offset) and span.end_offset <= m.begin \
                and (_OTHER_TIME.search(sentence, span.end_offset, m.begin)
                     or (not _THINGS_OWN_PLACE.fullmatch(sentence, span.end_offset, m.begin)
                         and any(o.begin >= m.end and o.precision == "day"
                                 and o.kind in ("calendar", "weekday", "relative")
                                 and not _POSSESSIVE_DAY.match(sentence, o.end_offset) for o in dates))):
            d += 1000
        if len(dates) > 1:
            lo, hi = min(m.end, span.end_offset), max(m.begin, span.begin)
            between = sentence[lo:hi]
            d += 40 * between.count(",") + 25 * len(_AND.findall(between))
            if any_day and not _stated_day(span) and not _own_day_before_relative(sentence, m, span, dates):
                d += 300
                # "X was calm this week, but the pipe hit by fire on 14 April ...": a vague time of a clause that
                # tells no event yields to the day of the clause that tells one
                if _eventless_clause(span, hits, breaks, len(sentence)) \
                        and any(_stated_day(o) and not _eventless_clause(o, hits, breaks, len(sentence)) for o in dates):
                    d += 1000
            # "Gubadli, which had been occupied since 31 August 1993, ... announced on Sunday": a state that
            # had lasted until the event is its background, not its date (nor against "Yesterday, the president
            # wrote, the army took back X, which had been held since August 1993")
            if span.kind == "since" and _HAD_BEEN.search(sentence, max(0, span.begin - 80), span.begin) \
                    and not _said_had_been_since(sentence, span, dates) \
                    and any(o.kind != "since" and (_stated_day(o) or _relative_day(o)) for o in dates):
                d += 300
            # "X has been without gas since 12 May; on 14 May shells hit the village": a day a state has lasted since,
            # its clause telling no event, only starts that state; the day another clause states with its event is
            # the event's
            elif span.kind == "since" and _eventless_clause(span, hits, breaks, len(sentence)) \
                    and any(o.kind != "since" and _stated_day(o) and not _eventless_clause(o, hits, breaks, len(sentence))
                            for o in dates):
                d += 1000
            # "X was closed on 5 April until 20 April": the day a state lasts until is its end, not its date,
            # when the sentence states another day
            if _until(sentence, span) and any(_stated_day(o) and not _until(sentence, o) for o in dates):
                d += 300
            # "from the evening of 31 May until the night of 1 June, units fired at X": an event told over a span of
            # days is dated by the day it began, as "on 6 and 7 May" is by the first
            if any(o.end_offset <= span.begin and (_stated_day(o) or (o.precision == "day" and o.start == o.end))
                   and _SPAN_FROM.search(sentence, max(0, o.begin - 45), o.begin)
                   and _SPAN_UNTIL.fullmatch(sentence, o.end_offset, span.begin) for o in dates):
                d += 300
            # "marked on Sunday the anniversary of the killings in X, which forces overran on 10 April 1992": the
            # place of a past event remembered takes that event's day, not the day it is remembered on
            anniversary = _ANNIVERSARY.search(sentence, 0, m.begin) if "anniversary" in sentence else None
            if anniversary and span.end_offset <= anniversary.start() \
                    and any(_stated_day(o) and o.begin >= anniversary.end() and YEAR_IN.search(o.text) for o in dates):
                d += 300
            # "fired near X late on 6 April and near Y at 02:20 on 7 April": a day that closes the member before
            # "and" is that member's, when the place's own member states another
            if span.end_offset <= m.begin and _AND_NEXT.match(sentence, span.end_offset) \
                    and any(_stated_day(o) and o.begin >= m.end for o in dates):
                d += 60
            # "The troops who crossed the border on Monday dug in around X and were still there on Tuesday": the day
            # of a relative clause on the subject, before the place, tells what the subject did before; the place
            # takes the day its own clause states after it
            # (not when only a preposition stands between the day and the place, which the relative clause itself
            # leads to: "The soldiers who were wounded on Monday in X died on Wednesday")
            if span.end_offset <= m.begin and _SUBJECT_RELATIVE.search(sentence, max(0, span.begin - 60), span.begin) \
                    and not _PLACE_LEAD.fullmatch(sentence, span.end_offset, m.begin) \
                    and any(_stated_day(o) and o.begin >= m.end for o in dates):
                d += 300
            # "Yesterday two tenors, both of whom served in Karabakh last year, went to X": the time of an aside on
            # the people, set off by commas before the place, tells what they did before; the place takes the
            # sentence's other date
            aside = _PEOPLE_ASIDE.search(sentence, 0, m.begin)
            if aside and aside.start() < span.begin and span.end_offset <= aside.end() \
                    and any(o.end_offset <= aside.start() or o.begin >= aside.end() for o in dates):
                d += 300
            # "Yesterday the families came home to X, and their children will start school on Monday": a day of a
            # later clause told in the future dates what is to come there, not the place told before it
            if span.begin >= m.end and _FUTURE_CLAUSE_THEN.search(sentence, m.end, span.begin) \
                    and any(o.end_offset <= m.begin and (_stated_day(o) or _relative_day(o)) for o in dates):
                d += 300
            # "From tonight, under the decree signed yesterday, a curfew applies in X": the day right after a document's
            # signing dates the document, not the place, when the sentence states another day (older sets: "under the
            # decree signed on Sunday, a curfew has been in force since Monday in X" is Monday's)
            if _DOCUMENT_SIGNED_THEN.search(sentence, max(0, span.begin - 80), span.begin) \
                    and any(o is not span and o.precision == "day" for o in dates):
                d += 300
            # "voted in X on 12 July, a decision that Baku declared void the following day": a day counted forward
            # in another clause dates a later act there, not the place
            if "," in between and _COUNTED_FORWARD.match(span.text):
                d += 300
            if any(o.end <= span.begin and _JUST_BEFORE.fullmatch(sentence, o.end, span.begin) for o in elsewhere) \
                    and not any(n.end <= span.begin and _JUST_BEFORE.fullmatch(sentence, n.end, span.begin)
                                for n in names):
                d += 60
        return d
    return min(dates, key=lambda span: min(cost_from(m, span) for m in names))


# a document and its signing, up to the day it was signed: "the martial law decree signed ", "the order issued on "
# (only a document the place's news is told under: "under the decree signed on 10 November, ..."; not "the agreement
# signed on 10 November ended the fighting in X", whose signing day is the place's)
_DOCUMENT_SIGNED_THEN = prefilter.compile(r"\b(?:under|by|following|after|per)\s+(?:the|a|an|its|this|that)\s+"
                                          r"(?:[\w-]+\s+){0,3}?(?:decree|law|order|resolution|statement|agreement|declaration|ordinance)\s+"
                                          r"(?:(?:that|which)\s+[\w ]{1,40}?\s+)?(?:was\s+)?(?:signed|issued|adopted|passed|"
                                          r"enacted|approved)\s+(?:on\s+)?$", re.I)


# a later clause told in the future, up to its day: ", and their children will start school " (no break after it)
_FUTURE_CLAUSE_THEN = prefilter.compile(r"(?:,\s*(?:and|but|while)|;)\s[^,;:]*?\b(?:will|won['’]t|(?:is|are)\s+(?:due\s+)?to)\s"
                                        r"[^,;:]*$")
# an aside on people, set off by commas: ", both of whom served in Karabakh last year,", ", who fought there in 1992,"
_PEOPLE_ASIDE = prefilter.compile(r",\s+(?:(?:both|all|some|most|many|several|each|one|two|three|four|five)\s+of\s+whom|who)\s"
                                  r"[^,;:]{1,80},")
# the subject's relative clause, from its opening up to a day it states: "The soldiers who crossed the line " (no
# comma or other clause between)
_SUBJECT_RELATIVE = prefilter.compile(r"^(?:The|Those|These)\s+(?:[\w-]+\s+){1,3}(?:who|which|that)\s+[^,;:]{1,50}$")
# what leads from a day to a place in the same phrase: "on Monday in ", "on Monday near the village of "
_PLACE_LEAD = prefilter.compile(r"[\s,]*(?:(?:in|near|at|outside|around|from|to|into|towards?|through|across|of|the|village|"
                                r"town|city)\s+)*")


# a relative clause about people or a thing, told in the past: "the officers who were killed on 6 May 1991"
_PAST_RELATIVE = prefilter.compile(r"\b(?:who|which|that)\s+(?:had\s+been|have\s+been|has\s+been|were|was|had|died|fell)\b")


def _own_day_before_relative(sentence, mention, span, dates):
    """Is ``span`` a day told by its distance from today ("today", "yesterday") in the place's own clause, with every
    stated day of the sentence inside a past relative clause after the place ("A ceremony was held in X today for
    the officers who were killed on 6 May 1991")? The place takes its own day; the stated one dates the past deed."""
    if not _relative_day(span) or span.begin < mention.end:
        return False
    rel = _PAST_RELATIVE.search(sentence, mention.end)
    return bool(rel) and span.end_offset <= rel.start() and all(
        o.begin >= rel.end() for o in dates if _stated_day(o))


# a past fight told in a relative clause: "veterans who fought at X (in the 1990s) gathered in Y on Monday"
_WHO_FOUGHT = prefilter.compile(r"\b(?:who|that|which)\s+(?:had\s+)?fought\s+(?:at|in|on|near|around)\s+[^,;]*$")
_OWN_DATE_GAP = prefilter.compile(r"[\s,]*(?:(?:in|on|during|between|from|until)\s+)?")


def _own_clause_dates(sentence, mention, dates):
    """The dates a place may take: all of its sentence's, but for a place where someone "who fought" once fought,
    no date of the main clause that goes on after it ("veterans who fought at X gathered in Y on Monday": the day
    they gathered, not the day they fought), only one said right after the place in its own clause ("who fought
    at X in 1993") or one before the relative clause (the day the statement naming them was made)."""
    who = _WHO_FOUGHT.search(sentence, max(0, mention.begin - 80), mention.begin)
    if not who:
        return dates
    return [d for d in dates if d.end_offset <= who.start()
            or (d.begin >= mention.end and _OWN_DATE_GAP.fullmatch(sentence, mention.end, d.begin))]


_AND = prefilter.compile(r"\band\b")
# a transcript's turn label in capitals: "DAVIT: ...", "NUNE SAHAKYAN: ..."
_LABELLED_TURN = prefilter.compile(r"\s*[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?:\s")


# an interview's turn labelled with its speaker's full name: "Aram Petrosyan: It was quiet until ..."
_NAMED_TURN = prefilter.compile(r"\s*(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}):\s")
# a region's name, which no person's is: "South Ossetia", "Northern Syunik"
_COMPASS_FIRST = prefilter.compile(r"(?:(?:North|South|East|West)(?:ern)?|Central)\b")


def _named_turns(sentences, is_place=lambda name: False):
    """Paragraph → speaker, for the paragraphs that open with a person's full name before a colon when the same name
    opens two paragraphs or more ("Aram Petrosyan: ...", then "Aram Petrosyan: ..."): an interview's answers, each the
    words of the one named; a known body's label ("Defence Ministry: ...") is left to the rules for labels, and a
    place's name (``is_place``: a digest's headings "South Ossetia: ...") is nobody's. The one answering is named
    outside the labels too, as an interview introduces its guest ("We asked Aram Petrosyan ..."): a heading that
    comes back ("Regional Roundup: ...") is no one's name."""
    turns, rest = {}, []
    for number, sentence in enumerate(sentences):
        m = None if number and sentences[number - 1].paragraph == sentence.paragraph \
            else _NAMED_TURN.match(sentence.text)
        rest.append(sentence.text[m.end():] if m else sentence.text)
        if m and not canonical_actor(m.group("who")) and not is_place(m.group("who")):
            turns[sentence.paragraph] = m.group("who")
    counts = Counter(turns.values())
    rest = " ".join(rest)
    return {paragraph: who for paragraph, who in turns.items()
            if counts[who] >= 2 and re.search(rf"\b{re.escape(who.split()[-1])}\b", rest)}


def _turn_labels(sentences):
    """The labels in capitals before a colon that open two paragraphs or more ("ARPI: Good evening ...", then
    "ARPI: The ministry says ..."): a transcript's speakers, named again at each turn. A dateline or a heading in
    capitals ("BERD: ...") opens one paragraph only; a speaker comes back."""
    counts = {}
    for number, sentence in enumerate(sentences):
        if number and sentences[number - 1].paragraph == sentence.paragraph:
            continue
        m = _LABELLED_TURN.match(sentence.text)
        if m:
            label = sentence.text[:m.end()].strip().rstrip(":").strip()
            counts[label] = counts.get(label, 0) + 1
    return {label for label, n in counts.items() if n >= 2}


# a bracket that is a sentence of its own and names only a source: "(Azerbaijani Defence Ministry.)", "(Armenian
# police, via Armenpress.)" (the body first; what relayed it after a comma, "via", or a semicolon)
_SOURCE_BRACKET = prefilter.compile(r"\(\s*(?P<who>[A-Z][^()\[\];,.:]{2,60}?)\s*(?:[,;][^()]{0,80})?\.?\s*\)\s*\.?\s*")


# a picture's credit in such a bracket names who took or holds the picture, no source of the entry: "(Armenian
# Defence Ministry, file photo.)", "(Azerbaijani Defence Ministry video.)"
_PICTURE_CREDIT = prefilter.compile(r"\b(?:photos?|photographs?|pictures?|images?|videos?|footage|maps?|archive|file)\b", re.I)


def _closing_sources(sentences):
    """Paragraph → claimant named by a bracket that closes the paragraph as a sentence of its own ("Tezekend: army
    positions fired at. From: ... (Azerbaijani Defence Ministry.)"), when the actor table knows the body: a log's or
    a register's entry gives its source so, and what the entry tells without a speaker of its own is that source's
    claim."""
    found = {}
    for number, sentence in enumerate(sentences):
        last = number + 1 == len(sentences) or sentences[number + 1].paragraph != sentence.paragraph
        first = number == 0 or sentences[number - 1].paragraph != sentence.paragraph
        if not last or first:
            continue
        m = _SOURCE_BRACKET.fullmatch(sentence.text.strip())
        if m and canonical_actor(m.group("who").strip()) and not _PICTURE_CREDIT.search(sentence.text):
            found[sentence.paragraph] = m.group("who").strip()
    return found


def _in_turn_label(sentence, m, labels):
    """Is the mention the name of a transcript's speaker in the label that opens the turn? A speaker's first name
    may also be a village's ("Arpi"); the label is who speaks, never where anything happened."""
    if not labels:
        return False
    label = _LABELLED_TURN.match(sentence)
    return bool(label) and m.end <= label.end() and sentence[:label.end()].strip().rstrip(":").strip() in labels

_LINKS = prefilter.compile(r"\b(?:links?|linking|connects?|connecting|joins?|joining)\b")
# a source cited as "according to X", at the attribution's offset
_ACCORDING_AT = prefilter.compile(r"according\s+to\b", re.I)
_COUNTED_FORWARD = prefilter.compile(r"(?:on\s+)?the\s+(?:next|following)\s+day|(?:a|one)\s+day\s+later", re.I)
_AND_NEXT = prefilter.compile(r",?\s+and\s")
# a "when" clause naming a thing by its day, up to that day: "when the ceasefire of ", "when the truce of " (no clause
# break between)
_WHEN_THING_OF = prefilter.compile(r"\bwhen\s+(?:the|a|an|its|their)\s+[^,;:.()]{1,40}?\s+of\s+$", re.I)
# a relative clause between the place and that "when": "X, two villages that stayed quiet when ..." (the clause tells
# of the place's past; "X was shelled again when the ceasefire of 12 October collapsed" dates the fire itself)
_WHEN_OF_RELATIVE = prefilter.compile(r"\b(?:that|which|who|where|whose)\b[^;:.()]*\bwhen\b", re.I)
_POSSESSIVE_DAY = prefilter.compile(r"['’]s\b")
# ... and the place of the thing the possessive day names, right after it: "Tuesday's shelling of X", "Monday's
# attack on the village of Y", "Tuesday's blast in Z"
_THINGS_OWN_PLACE = prefilter.compile(r"['’]s\s+(?:[\w-]+\s+){1,2}?(?:of|on|in|at|near|outside|against|around)\s+(?:the\s+)?"
                                      r"(?:(?:town|village|city)\s+of\s+)?", re.I)
_OTHER_TIME = prefilter.compile(r"\b(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier|later)\b", re.I)
# the opening and the closing words of a span of days: "from (the evening of) 31 May until (the night of) 1 June"
# (a clock time may come first: "from 16:15 on Monday until 04:30 on Tuesday", "from a quarter past four yesterday
# afternoon until half past four this morning"; the closing part of a day may be "the early hours of the next day")
_CLOCK = r"(?:(?:about|around)\s+)?(?:\d{1,2}[:.]\d\d|(?:a\s+quarter|half)\s+(?:past|to)\s+[a-z]+|[a-z]+\s+o['’]clock)\s+"
_SPAN_FROM = prefilter.compile(r"\bfrom\s+(?:" + _CLOCK + r")?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$", re.I)
_SPAN_UNTIL = prefilter.compile(r",?\s+(?:until|till|to|into)\s+(?:" + _CLOCK + r")?"
                                r"(?:the\s+(?:(?:early|small)\s+hours|(?:early\s+|late\s+)?(?:morning|afternoon|evening|night))"
                                r"\s+of\s+)?", re.I)
# "quoting the Defence Ministry on ...", "citing Azerbaijan's ministry late on ...": the source quoted, then its day
_QUOTING_THEN = prefilter.compile(r"\b(?:quoting|citing)\s+[^,;:()]{1,60}?\s+(?:(?:late|early)\s+)?$", re.I)
# a reporting verb and nothing more before a date: "said on Wednesday", "added late on Tuesday"
_VERB_THEN = prefilter.compile(r"[a-z]+\s+(?:(?:late|early)\s+)?")
# a verb of telling, its hearer and nothing more before a date: "told the meeting on", "told reporters late on"
_TOLD_HEARER_THEN = prefilter.compile(r"(?:told|said\s+to|wrote\s+to)\s+(?:(?:the|a|an)\s+)?[a-z]+\s+(?:(?:late|early)\s+)?"
                                      r"(?:(?:on|in)\s+)?")
# from that date to a day its "that" clause states, in the same clause: " that the attacks began on "
_THAT_CLAUSE_TO = prefilter.compile(r",?\s+that\s+[^,;:.]*")
# what ends the place's clause before a later day: a comma, or a new clause joined on ("said on Monday that shells hit
# X and that he would meet the minister on Friday": Friday is the meeting's, X keeps Monday)
_CLAUSE_AFTER_PLACE = prefilter.compile(r"[,;:]|\b(?:and|but)\s+(?:that|he|she|it|they|we|I)\b|\b(?:while|whereas)\b")
_ANNIVERSARY = prefilter.compile(r"\banniversary\s+of\b", re.I)
# a history told as recalled: "..., the site recalled.", "the paper reported at the time"
_TOLD_AS_RECALLED = prefilter.compile(r"\brecall(?:s|ed)?\b|\bat\s+the\s+time\b", re.I)
# a sentence that is someone's telling: "X told the meeting that", "He said", "Historians write that"
# (a telling going on, so "added" too; dates' _TOLD_THAT, the verb before a "that" clause whose day takes the story's
# year, differs: it adds "reported", "found", "concluded" and the like, not "added", and ignores case)
_TELLS_IT = prefilter.compile(r"\b(?:said|says|told|tells|added|adds|recalled|recalls|explained|write|writes|wrote)\b")
# a relative clause on the place, up to the day it states: ", which the office said had been occupied by ... on "
_PLACES_OWN_RELATIVE = prefilter.compile(r",\s+which\s+[^,;:]*?\b(?:had|has|was|were)\s+(?:been\s+)?[a-z]+ed\b[^,;:]*?\s+on\s+")
# a place's apposition saying where it lies: ", on the edge of Y,", ", south of Y,"
_APPOSITIVE_LOCATOR = (r",\s+(?:(?:on|at)\s+the\s+(?:edge|outskirts)\s+of|near|outside|(?:north|south|east|west)\s+of)\s+"
                       r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+")
# a place's apposition up to a full date that closes the place's clause: "captured X, on the edge of Y, on " (the
# date, with its year, is the capture's even after the comma: "reported on Saturday that ... captured X, near Y, on
# 28 December 1991"; no clause of its own between: "X, the first town since fighting resumed on 27 September" keeps
# the report's day)
_APPOSITIVE_THEN_FULL_DATE = prefilter.compile(_APPOSITIVE_LOCATOR + r"(?:on\s+)?")
# ... or any day after the place's own verb, past the apposition: "wrote on Monday that the village of X, south of Y,
# had fallen on Sunday" (Sunday is X's; the place's clause goes on through its verb)
_APPOSITIVE_THEN_OWN_VERB = prefilter.compile(_APPOSITIVE_LOCATOR + r"(?:had|has|was|were)\s+(?:been\s+)?[a-z]+\s+(?:on\s+)?")


def _looked_back_to(span, narrative):
    """Is ``span`` a calendar day written without its year that falls before the narrative's day ``narrative`` (the
    history looking back, :func:`geo.dates._day_in_narrative`)?"""
    return (span.kind == "calendar" and span.precision == "day" and not YEAR_IN.search(span.text)
            and span.start < narrative)
_HAD_BEEN = prefilter.compile(r"\bhad\s+been\b[^,;.]*$")
# the state itself is what was said: "his family announced last Friday that he had been refusing food since 5 April"
# (the other day is only the saying's, before "that"; not a relative clause: "X, which had been held since 1993")
# (a source set off by commas after "that" too: "wrote that, by the digger's own account, his team had been ...")
_SAID_THAT_HAD_BEEN = prefilter.compile(r"\b(?:said|announced|told|reported|wrote|stated|confirmed)\s+(?:[\w'’ ]{1,30}?\s+)?"
                                        r"(?P<that>that)(?:,\s+(?:according\s+to|by|in|citing)\s+[^,;.]{1,80},)?"
                                        r"\s+(?:(?!which\b|who\b)[\w'’]+\s+){1,5}?had\s+been\b[^,;.]*$")
# a state the date ends: "closed to individuals until", "shut for traffic till the" (not "postponed until 25
# November the handover", where the day is the event's)
_UNTIL_BEFORE = prefilter.compile(r"\b(?:closed|shut|suspended|halted|banned|restricted)\b[^.;]{0,40}?\b(?:until|till)\s+"
                                  r"(?:the\s+)?$", re.I)
_UNTIL_REACH = 60                        # characters the state and "until the " may take before the date
_JUST_BEFORE = prefilter.compile(r",?\s+(?:on|by|in|from)\s+(?:the\s+)?")


# a headline that names the run of days a piece looks back on ("The week in review: 25-31 October", "Week of 12 to
# 18 May"): at most a week, ended before the piece's day and within a week of it
_COVERED_MAX_DAYS = 7
# (a headline that says it looks back on them: "The week in review", "Seven days at the front", "Weekly round-up";
# not an event's own days, "Storms of 8-10 March: what we know")
_REVIEW_HEADLINE = prefilter.compile(r"\b(?:week(?:ly)?|review|round-?up|recap|digest|summary|days|diary|chronicle)\b", re.I)
_SAYS_TODAY = prefilter.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)


def _covered_week(sentences, headlines, story_day):
    """("named", weekday) → the day of that weekday in the run of days a review's headline covers, for
    :func:`geo.dates.as_dated_weekdays`: its bare "on Sunday", read against a Sunday's publication as that day, is
    the Sunday of the week reviewed ("The week in review: 25-31 October", published Sunday 1 November: "on Sunday
    evening" is 25 October). Empty when no headline names such a run."""
    for number in sorted(headlines):
        if not _REVIEW_HEADLINE.search(sentences[number].text):
            continue
        for span in find_dates(sentences[number].text, story_day):
            if span.kind != "calendar" or span.precision != "day" or span.end is None:
                continue
            length = (span.end - span.start).days
            if 1 <= length < _COVERED_MAX_DAYS and span.end < story_day <= span.end + dt.timedelta(days=7):
                return {("named", (span.start + dt.timedelta(days=k)).weekday()):
                        span._replace(start=span.start + dt.timedelta(days=k), end=span.start + dt.timedelta(days=k))
                        for k in range(length + 1)}
    return {}


# "The night before, troops had taken up positions": a look back to the eve of the day told, which the story's
# later "that afternoon" or "the same day" still means
_NIGHT_BEFORE = prefilter.compile(r"(?:on\s+)?the\s+(?:night\s+before|eve)", re.I)
# a sentence opened by a day counted on from the day told before it: "A day later, ...", "Two days later ...", "The
# next day ..." (or nights counted from a night told: "Two nights later", after "On Friday night")
# (after a chapter's time in show notes or a live blog: "09:30 The next day ...")
_COUNTED_ON = prefilter.compile(r"\W*(?:\[?\d{1,2}[:.]\d{2}\]?\s+)?"
                                # (a part of that day before it: "At dawn the next day", "Early the following day")
                                r"(?:(?:(?:at|by)\s+(?:dawn|daybreak|first\s+light)|early|late),?\s+(?=(?:on\s+)?the\s+))?"
                                r"(?P<words>(?P<n>a|one|two|three|four|five|six|seven)\s+(?:days?|nights?)\s+later|"
                                r"(?:on\s+)?the\s+(?:next|following)\s+day)\b(?!\s+than\b)", re.I)   # (not "a day later than planned")


# a speaker's verb before a date: the date is of what the speaker tells
_SPEAKER_TOLD = prefilter.compile(r"\b(?:" + SAYING + r"|reported|reports|wrote|writes|told|tells|added|adds|noted|notes)\b")


# a part of the day, written without its day: "in the morning", "during the night"
_PART_OF_DAY = prefilter.compile(r"(?i)(?:(?:early|late)\s+)?(?:in|during)\s+the\s+(?:morning|afternoon|evening|night)")


# ... or written later in the sentence, of what it tells: "his relative set off from X the next day" (the older sets
# date 5 of 6 such sentences so), not of a telling ("the agency wrote the next day", "told reporters the next day
# that", "denied it the next day", "a statement issued the next day": the day of the words) nor the end of a span
# ("until the early hours of the next day"), nor a day named as a thing ("the next day's papers", "promised the next
# day would be calmer")
_COUNTED_ON_WITHIN = prefilter.compile(r"(?<!\bof )(?<!\binto )(?<!\buntil )\b(?P<words>(?:on\s+)?the\s+(?:next|following)\s+day|"
                                       r"(?P<n>a|one|two|three|four|five|six|seven)\s+(?:days?|nights?)\s+later)\b"
                                       r"(?!\s+than\b)(?!['’]s\b)(?!\s+(?:would|will|could|might|may)\b)", re.I)
_TELLING_BEFORE = prefilter.compile(r"\b(?:" + SAYING + r"|reported|reports|wrote|writes|told|tells|added|adds|noted|notes|"
                                    r"denied|denies|admitted|admits|announced|confirmed|issued|published|released|corrected|"
                                    r"promised)\b[^.;:,]{0,30}$")


def counted_on_match(sentence):
    """The words of a day counted on from the one told before: opening the sentence (_COUNTED_ON), or later in it of
    what it tells (_COUNTED_ON_WITHIN), or None."""
    m = _COUNTED_ON.match(sentence)
    if m:
        return m
    m = _COUNTED_ON_WITHIN.search(sentence)
    if m and not _TELLING_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
        return m
    return None


def _counted_on(sentence, told_day):
    """The day a sentence opened by a day counted on from the one told before it reaches ("A day later soldiers
    blockaded X", after "on 6 May": 7 May), or naming one later ("set off from X the next day"), else ``told_day``.
    The sentence's own places are dated by it (the annotated sets date such a sentence 29 times to 8 in heldout2-81,
    unlike a sentence that only goes on about a day told before, whose carried day stays unstated), and "the same
    day" after it is that later day."""
    m = counted_on_match(sentence)
    if not m:
        return told_day
    return told_day + dt.timedelta(days=count_value(m.group("n"), 1) if m.group("n") else 1)


def _night_opening(sentence, told):
    """The day a span over one night began, when the sentence tells one ("from 16:15 on Monday until 04:30 on
    Tuesday", "from 23:45 on 22 September until 08:30 the next day"), else None: the event is dated by the day it
    began, and "that night" or "over the same hours" in a later sentence is that night, so that day (not the
    closing day, nor a day the account was given on: "..., the ministry said on Tuesday")."""
    days = [d for d in told if d.precision == "day" and d.start == d.end]
    for number, opening in enumerate(days):
        if not _SPAN_FROM.search(sentence, max(0, opening.begin - 45), opening.begin):
            continue
        until = _SPAN_UNTIL.match(sentence, opening.end_offset)
        if not until:
            continue
        closing = next((d for d in days[number + 1:] if d.begin == until.end()), None)
        if closing is not None:
            if (closing.start - opening.start).days == 1:
                return opening.start
            continue
        # a weekday that only closes the span is not kept among the dates ("until 04:30 on Tuesday"): the
        # weekday named, the day after the opening one
        named = _CLOSING_WEEKDAY.match(sentence, until.end())
        if named and _WEEKDAY_NUMBER[named.group(1).lower()] == (opening.start.weekday() + 1) % 7:
            return opening.start
    return None


_WEEKDAY_NUMBER = {name: n for n, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_CLOSING_WEEKDAY = prefilter.compile(r"(?:on\s+)?(" + _WEEKDAY + r")\b", re.I)


def _said_had_been_since(sentence, span, dates):
    """Is the "since" day that of a state a speaker's clause tells ("said on Friday that he had been on hunger strike
    since 5 April"), every other day standing before its "that" (the day of the saying)? (Not a weekday: "said on
    Friday that X had been shelled since Monday" is read from the day of publication, not back from the saying.)"""
    if any(w in span.text.lower() for w in WEEKDAYS):
        return False
    said = _SAID_THAT_HAD_BEEN.search(sentence, max(0, span.begin - 200), span.begin)
    return bool(said) and all(o.end_offset <= said.start("that") for o in dates if o is not span and o.kind != "since")


def _until(sentence, span):
    """Is the date the end of a closure, written after "until" or "till" ("closed until 20 April")?"""
    return bool(_UNTIL_BEFORE.search(sentence, max(0, span.begin - _UNTIL_REACH), span.begin))


def _eventless_clause(span, hits, breaks, length):
    """Does the clause holding the date tell no event (no strong cue: "the village was calm this week")? The
    clauses are those ``breaks`` cut the sentence (``length`` characters) into."""
    lo, hi = clause_span(breaks, span.begin, span.end_offset, length)
    return not any(h.strong and h.begin >= lo and h.end <= hi for h in hits)


# ", the second day of the ceasefire announced on 18 October", ", two days after the talks of 12 May": an apposition
# saying what the day before it was, whose own day is said of that thing
_DAY_APPOSITION = prefilter.compile(r",\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|\w+th|last|\d+(?:st|nd|rd|th))"
                                    r"\s+day|(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+(?:after|before|since))"
                                    r"\b[^;.]*$", re.I)


def _without_day_appositions(sentence, dates):
    """The sentence's dates less a day in an apposition to a day stated before it ("on 19 October, the second day of
    the ceasefire announced on 18 October"): "that day" in the next sentence is the 19th, the day the news is of."""
    out = []
    for d in dates:
        if out and _stated_day(out[-1]) and _DAY_APPOSITION.search(sentence, out[-1].end_offset, d.begin):
            continue
        out.append(d)
    return out


# a weekday restated at once as a calendar day: "on the Friday, so 29 October", "on Tuesday, that is, 4 May"
_RESTATED_AS = prefilter.compile(r"\s*,?\s*(?:so|that\s+is|i\.\s*e\.|namely)\s*,?\s*(?:on\s+)?(?:the\s+)?$", re.I)


def _without_restated_weekdays(sentence, dates):
    """The sentence's dates less a weekday the writer restates as a calendar day right after it ("on the Friday, so
    29 October"): the calendar day is the one meant, in the year the weekday was read in (the story's, when it looks
    back) where that day is the same weekday and no year is written with it."""
    dates, out = list(dates), []
    for i, d in enumerate(dates):
        after = dates[i + 1] if i + 1 < len(dates) else None
        if not (d.kind == "weekday" and after is not None and after.kind == "calendar" and after.precision == "day"
                and _RESTATED_AS.fullmatch(sentence, d.end_offset, after.begin)):
            out.append(d)
            continue
        day = after.start
        if after.start.year != d.start.year and not YEAR_IN.search(after.text):
            try:
                day = after.start.replace(year=d.start.year)
            except ValueError:             # 29 February in a year without one
                day = after.start
        if day.weekday() != d.start.weekday():   # another day ("on Thursday, so on 1 November the families left")
            out.append(d)
            continue
        dates[i + 1] = after._replace(start=day, end=day)
    return out


def _relative_day(span):
    """A day told by its distance from the report's ("yesterday"), to the day (not "last night", which runs over
    two days)."""
    return span.precision == "day" and span.kind == "relative" and span.start == span.end


def _stated_day(span):
    """A date the text states to the day: a calendar day or a weekday (not "overnight", "last week")."""
    return span.precision == "day" and span.kind in ("calendar", "weekday", "since")


def _group_corridors(rows):
    """Merge a sentence's corridor places into one candidate with ordered waypoints."""
    corridor = [r for r in rows if r.layer == "corridors"]
    if len(corridor) < 2:
        return [[r] for r in rows]
    groups = {}
    for r in corridor:
        groups.setdefault((r.claimed, r.date.start if r.date else None), []).append(r)
    out = [[r] for r in rows if r.layer != "corridors"]
    for group in groups.values():
        out.extend(_distinct_waypoints(group))
    return out


def _distinct_waypoints(group):
    """A route's rows as candidates' groups, never with a waypoint at the very point of the one before, which
    would draw a line of no length: such a waypoint is dropped, and a route left with one point is no route but
    its places, each a point ("the route through Meghri as the Zangezur corridor": the corridor's record is
    Meghri's point, so Meghri and the corridor)."""
    out = []
    for r in group:
        if not out or _point(r) != _point(out[-1]):
            out.append(r)
    return [out] if len(out) > 1 else [[r] for r in group]


def _point(row):
    return round(row.mention.place.lat, 5), round(row.mention.place.lon, 5)


# what may stand before a day that opens a sentence: "On 5 March, ...", "Speaking on Tuesday, Aliyev said"
_OPENING = prefilter.compile(r"[\W_]*(?:speaking\s+)?(?:(?:late|early)\s+)?(?:on\s+)?", re.I)


# "On Sunday morning": the part of the day a day was told with; "the same morning": that part again
_PART_TOLD = prefilter.compile(r"(?i)\b(?:morning|afternoon|evening|night)\b")
_SAME_PART = prefilter.compile(r"(?i)^(?:on\s+)?(?:the|that)\s+(?:very\s+)?same\s+(?P<part>morning|afternoon|evening|night)$")


# a day that only ends the sentence as its speaker's: "..., the ombudsman told reporters yesterday."
_SPEAKER_THEN = prefilter.compile(r"\b(?:told|said|says|tells|reported|wrote|announced)\s+(?:[a-z]+\s+){0,2}$")


def _speaker_day(sentence, date):
    """Is the day the last words of the sentence, right after its speaker's verb ("told reporters yesterday")?"""
    return (bool(_SPEAKER_THEN.search(sentence, max(0, date.begin - 40), date.begin))
            and not sentence[date.end_offset:].strip(" .\"'”’"))


def _same_part_of_day(dates, told_day, told_spoken, parts_told, number):
    """"The same morning" after a sentence whose only day is the one its speaker spoke ("..., the ombudsman told
    reporters yesterday") is the morning told in the sentence just before that one ("On Sunday morning the forces
    opened fire"), not the day of the telling, which had no morning of its own ("told reporters yesterday evening"
    has its own evening, which "the same evening" is)."""
    if not told_spoken:
        return dates
    out = []
    for d in dates:
        same = _SAME_PART.match(d.text)
        earlier = parts_told.get(same.group("part").lower()) if same else None
        if same and d.start == told_day and earlier and earlier[1] == number - 2 and earlier[0] != told_day:
            d = d._replace(start=earlier[0], end=earlier[0])
        out.append(d)
    return out


def _spoken_day(sentence, dates, attributions):
    """The day a verb of saying states right after it ("the ministry said on Tuesday"), else the day that opens the
    sentence with only the speaker between it and the verb ("On Tuesday, President Aliyev said that ..."), or None."""
    spoken = [d for d in dates if _stated_day(d) and d.kind != "since"]
    after = next((d.start for a in attributions for d in spoken
                  if d.begin >= a.pos and _VERB_THEN.fullmatch(sentence, a.pos, d.begin)), None)
    if after is not None:
        return after
    return next((d.start for a in attributions for d in spoken
                 if d.end_offset <= a.pos and _OPENING.fullmatch(sentence, 0, d.begin)
                 and names_a_speaker_only(sentence[d.end_offset:a.pos])), None)


def _claim_day(date, spoken, published):
    """The day a claim was made, as near as its sentence tells: the day it was said, else the day of what it tells,
    which it cannot precede ("On 14 June 1999, President Aliyev said ...", in a report of 2024, is Heydar Aliyev's);
    a state lasting since a day, an event to come or one without a date is spoken of on publication."""
    if spoken is not None:
        return min(spoken, published)
    if date is None or date.end is None:
        return published
    return min(date.start, published)


# a place's name in a list, its district perhaps after it: "Barda", "the village of Zorbulaq in Kalbajar", "the
# Aghdam district"
_LISTED_NAME = (r"(?:the\s+)?(?:(?i:villages?|towns?|settlements?|cit(?:y|ies)|districts?|regions?)\s+of\s+)?"
                r"[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+){0,2}"
                r"(?:\s+(?i:district|region|province|rayon|village|town|city))?"
                r"(?:\s+in\s+(?:the\s+)?[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?"
                r"(?:\s+(?i:district|region|province|rayon))?)?")


# places told as more of the same list or report as the sentence before: "A, B and C were also on the agency's list",
# "A and B were named in the same report"
_LIST_GOES_ON = prefilter.compile(r"(?:\b(?:was|were)\s+(?:also\s+)?(?:(?:on|in|among)\s+(?:the|its|their)\s+(?:same\s+)?"
                                  r"(?:[\w'’-]+['’]s\s+)?(?:list|tally)|named\s+in\s+the\s+same\s+(?:report|list|statement))\b"
                                  # (the same document naming more places: "The same statement named A and B", "The
                                  # same list also included C")
                                  # (places by name, perhaps each with its district, and nothing told of them but
                                  # where they lie: not a place named as something else, "named Barda as the venue of
                                  # the talks", "named A and B among the districts where schools remain shut", "named
                                  # A for the evacuation", "mentioned A, whose hospital took the wounded", nor other
                                  # news of it, "mentioned a meeting in C")
                                  r"|^(?i:the\s+same\s+(?:list|statement|report|tally|count))\s+(?:also\s+)?"
                                  r"(?:named|listed|included|mentioned|cited)\s+"
                                  rf"{_LISTED_NAME}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s+as\s+well\s+as\s+){_LISTED_NAME})*"
                                  r"(?![^.;]*\b(?i:as\s+(?!well\b)|for|whose|who|where|in\s+connection\s+with|"
                                  r"among\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:where|that|which|whose))\b)"
                                  # (the teller's list going on: "It also listed a pipeline supplying A and a hall in B")
                                  r"|^(?i:it|they|the\s+(?:ministry|report|statement|list|agency|service|committee))\s+"
                                  r"(?:also\s+listed|listed\s+as\s+well)\b"
                                  # (not a list of what stands unharmed: "It also listed the schools of X as closed")
                                  r"(?![^.;]*\bas\s+(?:(?:still|now|being|fully)\s+)?(?:closed|shut|open|reopened|"
                                  r"safe|calm|quiet|working|operating|functioning|normal|intact|unharmed|undamaged|"
                                  r"unaffected|passable)\b))"
                                  # (not a list of something else: "on the list of villages to get gas subsidies")
                                  r"(?!\s+(?:of|for|to)\b)")


# the teller named in the damage's own sentence ("..., the ministry added", "by its count"), not only carried on
_TELLER_TAG = prefilter.compile(r"\b(?:said|says|added|adds|listed|lists|noted|notes|reported|reports|stated|"
                                r"according\s+to|count)\b")
# damage told as mended or to be mended: "a decree on repairing the gas lines damaged in X", "crews had replaced the
# lines damaged in Y", "compensation for the pipes damaged in Z", or provided for by a decree or funds ("a decree
# on the power lines damaged in W", "allocated funds for the pipes damaged in V")
_REPAIR_TOLD = prefilter.compile(r"\b(?:repair|restor|rebuil|reconstruct|mend|fix|replac|compensat|decre|allocat|"
                                 r"fund)\w*", re.I)
# a cause of its own told for the damage, no fire: "broken in X during the storm", "by a falling tree", "by heavy snow"
_OWN_CAUSE = prefilter.compile(r"\b(?:by|during|in|after|amid|because\s+of|due\s+to)\s+(?:the\s+|a\s+|an\s+)?"
                               r"(?:[\w'’-]+\s+){0,2}?(?:storms?|snow\w*|winds?|gales?|blizzards?|ice|icing|frost|"
                               r"trees?|lightning|rain\w*|thunderstorms?|heat|accidents?|excavators?|diggers?|"
                               r"bulldozers?|thieves|vandals|workers|weather)\b", re.I)


def _go_on_with_list(sentence, before, found):
    """A sentence that only adds places to the list the sentence before told of ("A, B and C were also on the
    agency's list") tells of them what that list told: its layer and kind, and its claimant when it names none of its
    own (the places found in it are changed in place; its date is not carried, the sentence states no day).

    So does a utility's damage told with no cause by the teller of the fire the sentence before reported:
    "Power lines were broken in A and B, the ministry added" after "the ministry said houses in C had been hit" is
    more of that fire's damage (not after a report of something else, nor with a flood or a fire of its own named)."""
    if not found or not before or any(c["layer"] != "other" for c in found):
        return
    damage = not _LIST_GOES_ON.search(sentence)
    if damage and not (all(c["kind"] == "damage" for c in found) and UTILITY_NAMED.search(sentence)
                       and not DISASTER_NAMED.search(sentence.lower())):
        return
    # (the damage goes on from the fire the sentence before told, whatever else it told beside)
    told = {(c["layer"], c["kind"], c["claimed_by"]) for c in before if not damage or c["layer"] == "shelling"}
    if len(told) != 1:
        return
    layer, kind, claimed = told.pop()
    # (the damage's teller named, and the same as the fire's: "..., the ministry added"; a pipeline told damaged in
    # the article's own voice, or repairs decreed, are a utility's news of their own)
    if layer == "other" or (damage and (not claimed or any(c["claimed_by"] != claimed for c in found)
                                        or not _TELLER_TAG.search(sentence) or _REPAIR_TOLD.search(sentence)
                                        or _OWN_CAUSE.search(sentence))):
        return
    for c in found:
        c["layer"], c["kind"] = layer, kind
        c["claimed_by"] = c["claimed_by"] or claimed


def _candidate(group, sentence, published, source, spoken=None, private=frozenset()):
    """The candidate dict of a group of rows (one place, or a corridor's waypoints); ``spoken``: the day the sentence
    says its claim was made (:func:`_spoken_day`); ``private``: the people speaking as themselves (residents)."""
    mentions = [r.mention for r in group]
    layer, kind, claimed, date = group[0].layer, group[0].kind, group[0].claimed, group[0].date
    # "President Aliyev" in 1999 is the presidency, not Ilham Aliyev
    claimed = as_of(claimed, _claim_day(date, spoken, published), bool(RUSSIA_NAMED.search(sentence.text)))
    claimed = as_residents(claimed, private)  # "drivers said": residents (drivers)
    claimed = one_of_more_dwellers(claimed, sentence.text)   # "a resident of A and a resident of B said": residents
    if len(group) > 1:
        kinds = [r.kind for r in group if r.kind != "route"]
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
        "status": KIND_STATUS.get(kind, "") if layer == "corridors" else "",
        "place": ";".join(m.text for m in mentions),
        "place_name": ";".join(p.name for p in places),
        "place_label": label,
        "country": ";".join(dict.fromkeys(p.country for p in places)),
        "geo_source": ";".join(dict.fromkeys(p.source for p in places)),
        "geo_precision": _geo_precision(places),
        "match": ";".join(f"{m.how}:{m.score:.0f}" for m in mentions),
        "tier": ";".join(dict.fromkeys(tier_of(p.country) for p in places)),   # region | neighbour | world
        "start_date": start.isoformat(),
        "end_date": end.isoformat() if end else "",
        "date_precision": precision,
        "date_certain": certain,
        "date_text": date_text,
        "claimed_by": claimed,
        "description": _describe(layer, kind, label, claimed, group[0].between if len(group) == 1 else ""),
        "source": source,
        "source_url": "",
        "quote": sentence.passage or sentence.text,   # a footnoted run is quoted whole, markers kept
        "sentence": sentence.index,
        "coordinates": [[round(p.lon, 5), round(p.lat, 5)] for p in places],
    }
    if layer == "corridors" and len(places) == 1 and is_corridor(places[0]):
        road = corridor_in_force(places[0], start)
        if road is not None:            # the road of the corridors layer this corridor was that day
            props["road_id"] = road["properties"]["id"]
            props["road_status"] = road["properties"]["status"]
            props["road_place"] = road["properties"]["place"]
    digest = hashlib.sha1("|".join([source, sentence.text, props["place"], layer, kind, claimed])
                          .encode("utf-8")).hexdigest()[:10]
    props["id"] = f"x-{digest}"
    return props


def _geo_precision(places):
    order = ("site", "town", "district", "region")
    values = [p.precision if p.precision in order else "town" for p in places]
    return max(values, key=order.index)


def _describe(layer, kind, label, claimed, between=""):
    what = KIND_WORDS.get(kind, kind.capitalize())
    sep = " via " if layer == "corridors" and " – " in label else (" in " if kind not in ("route",) else ": ")
    text = f"{what} on the road between {between}" if between else f"{what}{sep}{label}"
    if not claimed:
        return text
    # a claimant with its own brackets ("residents (lorry drivers)") after a comma, never brackets in brackets
    return f"{text}, according to {claimed}" if "(" in claimed else f"{text} (according to {claimed})"


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
