"""Claims: who asserts what a sentence reports.

An attribution is a speech verb with its subject ("Azerbaijan's defence
ministry said"), "according to X", or an inverted quote ("..., said Dargahli").
:func:`claim_for` picks the one governing a place's clause, and
:func:`normalise_actor` gives the claimant a short, consistent name.
"""

import re
from functools import lru_cache
from typing import NamedTuple

from .. import prefilter
from ..dates import MONTH_NAMES
from ..gazetteer import read_supplement
from ..names import name_keys, names_written
from ..zone import CORE, Zone
from .actors import (ENVOY, MIN_SPELLED_SURNAME, NAMED_PERSONS_KIN, NAMED_PROSECUTOR, NATION_WORDS, OTHER_SIDE,
                     SIDES, STATE_BODY, UNLISTED_MINISTRY, body_name, canonical_actor, load_actors, member_named,
                     ministry_of, ministry_office, office_in, skeleton)
from .cues import has_stem, troops_named
from .lexicon import (ACCORDING, ACTOR_NOUNS, ADJ_COUNTRY, ATTRIB_VERB, BARE_TITLES, CAPITAL_COUNTRY, CAPITALS,
                      CLAUSE_VERB, DATING_VERB, INVERTED, NATION, NATION_ADJECTIVES, NUMBER_WORDS, OBJECT_PRONOUNS,
                      PARTICLE_NAME, PRONOUNS, SAYING, STOP, SURNAME_ENDING, TITLES, TRADE_PEOPLE, WAR_NEWS,
                      home_harm_told)


class Attribution(NamedTuple):
    """Who is said to claim something, and where in the sentence."""

    pos: int                  # offset of the verb or "according to"
    who: str                  # the claimant as written
    fallback: str = ""        # a source the sentence names, if ``who`` is a bare noun no one can resolve


def _only_name_words(label):
    """Is every lower-case word of the label a word of some actor's name ("Azerbaijan's defence ministry")? A
    label before a colon is a speaker only then; "The authorities later rebuilt Talish: ..." is a clause."""
    words = load_actors().name_words()
    return all(w in words for w in re.findall(r"\b[a-z][a-z'’-]+\b", label.replace("’", "'")) if w not in STOP)


# a document named by its kind after its body, as a note's label before a colon ("Information centre statement:")
_DOCUMENT_LABEL = prefilter.compile(r"(?i)(?P<body>.+?)\s+(?:statement|bulletin|communiqu[eé]|press\s+release|release|"
                                    r"update|report|briefing)")


def _labelled_document(label):
    """The body whose document a note's label names ("Information centre statement" → "Information centre"), or ""
    when the label names no known body's document ("Same bulletin", "Russian bulletin": no body named)."""
    m = _DOCUMENT_LABEL.fullmatch(label.strip())
    if not m or m.group("body").lower() in NATION_WORDS:
        return ""
    body = m.group("body")
    return body if canonical_actor(body) and _only_name_words(body) else ""


def names_a_speaker_only(text):
    """Is the text only a speaker's name and titles ("President Aliyev", "the ministry's spokeswoman, Anna
    Naghdalyan,"): every lower-case word a word of some actor's name or an actor noun? "shells hit Barda, the
    ministry" is a clause."""
    words = load_actors().name_words()
    return all(w in words or ACTOR_NOUNS.fullmatch(w)
               for w in re.findall(r"\b[a-z][a-z-]+\b", re.sub(r"['’]s\b", "", text)) if w not in STOP)


# what "citing" can name as a source: a named one (capitalised), an actor noun ("sources", "officials"), or a
# document ("a statement"); else it gives a reason ("citing bad weather", "citing an important task")
_SOURCE_LIKE = prefilter.compile(r"[A-Z]|" + ACTOR_NOUNS.pattern + r"|\b(?:statement|report|data|figures|letter|decree|"
                                 r"documents?|footage|records?|airline|carrier|company|operator)\b")


# the time a live blog's entry opens with: "10:42 —", "[14:05]", "9.15am:", "18:30 GMT -", or a recording's
# timestamp with its seconds ("[00:01:00]")
_TIME_STAMP = prefilter.compile(r"\[?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC|CET|AMT|AZT|MSK)?\]?"
                                r"\s*(?:[—–:|-]\s*|(?<=\])\s+)")


# how the writer came by a report, set between its source and the verb: ", as a friend heard it quoted on the radio,"
# (the source still reports it)
_HEARD_ASIDE = prefilter.compile(r",\s+as\s+(?:[\w'’-]+\s+){1,4}?(?:heard|read)\s+it\b[^,;:\"“”]{0,50},"
                                 r"(?=\s+(?:reported|reports|said|says|wrote|writes|claimed|claims)\b)")


def _commas_blanked(match):
    """The matched text with its commas as spaces (positions kept)."""
    return match.group(0).replace(",", " ")


# an outlet's source named in a relative clause: "According to Azertac, which cited the ministry, ..." reads as
# "citing the ministry"
_RELATIVE_CITING = prefilter.compile(r"(?<=,\s)(?:which|who)\s+(?P<verb>cited|quoted)\b")


# an outlet going by another's pictures or report, set between commas: "TASS, going by AZTV's footage, said",
# "RIA Novosti, relying on the agency's report, wrote" read as "citing AZTV", "citing the agency" (the innermost
# source); not a way gone by ("going by the road") nor a report with no owner ("relying on the footage"), and only
# when the one going by it tells what it read there ("said", "reported" after the aside), not when it acts on it
# ("Drivers, going by the police's reports, avoided the road")
_GOING_BY = prefilter.compile(r"(?<=,\s)(?P<verb>going\s+by|relying\s+on|drawing\s+on|basing\s+(?:itself|its\s+report)\s+on)\s+"
                              r"(?P<who>(?:the\s+)?[\w.'’/-]+(?:\s+[\w.'’/-]+){0,3}?)"
                              r"(?P<doc>['’]s?\s+(?:own\s+|latest\s+|new\s+)?(?:footage|pictures|photos|photographs|images|videos?|"
                              r"reports?|reporting|account|data|figures|bulletins?|statements?|sources))"
                              r"(?=\s*,\s+(?:(?:also|later|then|first)\s+)?(?:said|says|reported|reports|wrote|writes|claimed|"
                              r"claims|added|adds|stated|states|showed|shows|told|tells|published|publishes|aired|airs|"
                              r"broadcast|noted|notes|announced|announces|put|puts|gave|gives|estimated|estimates)\b)")


def _going_by_as_citing(match):
    """"going by X's footage" as "citing X", the verb right-aligned and the document blanked (positions kept)."""
    gap = match.string[match.end("verb"):match.start("who")]
    return "citing".rjust(len(match.group("verb"))) + gap + match.group("who") + " " * len(match.group("doc"))


def _as_citing(match):
    """"which cited" as "citing", "who quoted" as "quoting", right-aligned in the same width (positions kept)."""
    verb = "citing" if match.group("verb") == "cited" else "quoting"
    return verb.rjust(len(match.group(0)))


_PREPOSITION_FIRST = prefilter.compile(r"(?i)\s*(?:from|of|to|with|about)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?"
                                       r"(?:statements?|reports?|bulletins?|documents?|letters?|messages?|notes?)\s+"
                                       r"(?:the|a|an|his|her|its|their)\s")


# a named source's account given as "X's answer is that": "the agency's explanation is that" is X's claim; also
# past, of a day, and with the outlet it came through set off: "Baku's account of Monday, as Trend reported it, was
# that": Baku's (the outlet only relays it)
_OWNERS_ANSWER = prefilter.compile(r"(?P<who>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3})['’]s\s+(?:own\s+)?"
                                   r"(?:answer|explanation|version|view|reply|conclusion|verdict|assessment|account)"
                                   r"(?:\s+of\s+[\w ]{1,25}?)?(?P<aside>,\s+as\s+[^,;:\"“”]{1,60}?,)?\s+(?P<verb>is|was)\s+that\b")
# a connective opening the sentence is no part of the owner's name ("But Baku's", "However Pashinyan's"), and a day's
# verdict is no one's ("Friday's verdict", "Yesterday's assessment")
_OWNER_CONNECTIVE = prefilter.compile(r"^(?:(?:But|And|Yet|However|Still|So|Now|Then|Meanwhile|Instead|Indeed|Also|Thus)\s+)+")
_OWNER_DAY = prefilter.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow|"
                               r"January|February|March|April|May|June|July|August|September|October|November|December)")


# a speaker's own knowledge as the source: "according to his information", "according to their data" (the one the
# possessive stands for, read as its pronoun)
_OWN_KNOWLEDGE = prefilter.compile(r"(?i)(?P<owner>his|her|their|its)\s+(?:own\s+)?(?:information|data|knowledge|"
                                   r"understanding|sources)")
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
# a list a sentence opens with as a speaker's own: "The villages on his list included", "Her list also had"
_OWN_LIST_SUBJECT = prefilter.compile(r"\W*(?:(?:The|the)\s+(?:[\w'’-]+\s+){1,3}?(?:on|in|from)\s+)?"
                                      r"(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+|full\s+)?list\b")


def find_attributions(sentence):
    """Attributions in a sentence, in order, as :class:`Attribution`."""
    found = []
    if "(" in sentence:                    # "the Mine Action Agency (ANAMA) reported": the name before its
        sentence = _ACRONYM.sub(lambda m: " " * len(m.group()), sentence)   # acronym (positions kept)
        sentence = _NAME_ASIDE.sub(lambda m: " " * len(m.group()), sentence)   # "Mrs X (flat 12) said"
    if "(in " in sentence:                 # "Minval.az (in Russian) reported": the outlet, not the language
        sentence = _LANGUAGE_ASIDE.sub(lambda m: " " * len(m.group()), sentence)
    if " as " in sentence:
        sentence = _without_naming_asides(sentence)
    if " heard it" in sentence or " read it" in sentence:   # "The X Times, as a friend heard it quoted on the
        sentence = _HEARD_ASIDE.sub(lambda m: " " * len(m.group()), sentence)   # radio, reported": the paper's report
    if "what " in sentence:                # "in what Baku calls the X district": a name, no one's claim
        sentence = _WHAT_CALLS.sub(lambda m: " " * len(m.group()), sentence)
    if "which " in sentence or "that " in sentence:   # "the X area, which older reports call Y": a name too
        sentence = _WHICH_CALLS.sub(lambda m: " " * len(m.group()), sentence)
    if "whom " in sentence:                # "X, whom Baku calls the head of Y, said": a title, no one's claim
        sentence = _WHOM_CALLS.sub(lambda m: " " * len(m.group()), sentence)
    if "," in sentence and " and " in sentence:
        sentence = _BOTH_SEATS_ASIDE.sub(_commas_blanked, sentence)   # "Both governments, in A and B, said"
    if "which " in sentence or "who " in sentence:
        sentence = _RELATIVE_CITING.sub(_as_citing, sentence)   # "Azertac, which cited the ministry,": "citing"
    if " by " in sentence or " on " in sentence:
        sentence = _GOING_BY.sub(_going_by_as_citing, sentence)   # "TASS, going by AZTV's footage,": "citing AZTV"
    stamp = _TIME_STAMP.match(sentence) if sentence[:1].isdigit() or sentence[:1] == "[" else None
    if stamp:                              # "10:42 — The ministry says": a live blog's entry, its time no word
        sentence = " " * stamp.end() + sentence[stamp.end():]
    colon = _COLON_SPEAKER.match(sentence) if ":" in sentence[:80] else None
    if colon and colon.group("who").lower() not in NATION_WORDS and canonical_actor(colon.group("who")) \
            and _only_name_words(colon.group("who")):
        found.append(Attribution(colon.end("who"), colon.group("who")))  # "Azerbaijan's MoD: Armenian units ..."
    elif colon and _labelled_document(colon.group("who")):
        # "Information centre statement: ...": a note that gives a body's document after a colon gives that
        # body's words
        found.append(Attribution(colon.end("who"), _labelled_document(colon.group("who"))))
    elif colon and (label := _COMPANY_LABEL.fullmatch(colon.group("who").strip())):
        # "Operator GeoProMining: fire towards the mine began ...": a company, named after its trade, gives the words
        found.append(Attribution(colon.end("who"), label.group("name")))
    elif ":" in sentence[:80]:
        item, outlet = _item_outlet(sentence)
        if item:                           # "Trend (Baku), on the eve of the talks: ...": the item's outlet
            colon = item
            found.append(Attribution(item.end("who"), outlet))
    signed = _DASH_SIGNATURE.search(sentence) if "—" in sentence or "–" in sentence else None
    if signed and canonical_actor(signed.group("who")) and names_a_speaker_only(signed.group("who")):
        found.append(Attribution(signed.start("who"), signed.group("who")))  # '"...," — Hikmet Hajiyev'
    dashed = _DASH_TURN.match(sentence) if "—" in sentence[:40] or "–" in sentence[:40] else None
    if dashed and _names_a_known_person(dashed.group("who")):
        found.append(Attribution(dashed.end("who"), dashed.group("who")))  # "Mirzoyan — Azerbaijani troops ..."
    row = _TABLE_ROW.match(sentence) if " / " in sentence[:120] else None
    if row and (canonical_actor(row.group("who")) or office_in(row.group("who").lower())
                or ACTOR_NOUNS.search(row.group("who"))) \
            and _only_capitalised(row.group("who")):
        found.append(Attribution(row.end("who"), row.group("who")))   # "Tovuz / Defence Ministry / Shelling ..."
    turn = _BRACKETED_TURN.match(sentence) if sentence.lstrip()[:1] in "AG[" else None
    if turn and canonical_actor(turn.group("who") or turn.group("tagged")):
        found.append(Attribution(turn.end() - 1, turn.group("who") or turn.group("tagged")))  # "A (Mirzoyan): ..."
    for m in ACCORDING.finditer(sentence):
        given = _ACCOUNT_GIVEN.match(m.group("who"))
        # "told by the police that the road was shut"; but "according to the account that the researcher X gave":
        # X, whose account it is
        who = given.group("who") if given else _SUBJECT_AFTER.split(_CLAUSE_AFTER.split(m.group("who"))[0])[0]
        address = _ADDRESS_THEN_CLAUSE.match(who)
        if address:                        # "according to razm.info the road was cut": the site, no comma after it
            who = address.group("address")
        placed = _PLACE_THEN_DOT.search(who)
        if placed:                         # "the ministry in Baku.Az several villages ...": a place, and the dot
            who = who[:placed.end("place")]     # a slip that ends the sentence
        relayed = _SPEAKER_RELAYED.match(who)
        if relayed and (ACTOR_NOUNS.search(_PHRASE_TAIL.split(relayed.group("speaker"))[0])
                        or _REPRESENTATIVE.search(_PHRASE_TAIL.split(relayed.group("speaker"))[0])
                        or canonical_actor(relayed.group("speaker"))):
            who = relayed.group("speaker")  # "according to a local official quoted by the Herald": the official
        if _PEOPLE_WHO_FLED.match(m.group("who")):
            who = "refugees"               # "according to people who reached the pass": those who fled, refugees
        listed = _LISTED_BODY.match(sentence, m.start("who")) if sentence[m.end("who"):][:1] == "," else None
        if listed and len(listed.group()) > len(who):
            who = listed.group()           # "according to the Restoration, Construction and Management Service"
        who = _RECORD_PARTICIPLE.split(who)[0]         # "according to figures published at the time": the figures
        records = _RECORDS_BY.match(who)
        if records:                                    # "according to data gathered by his office": his office
            who = records.group("who")
        posted = _POST_ON_ACCOUNT.match(who)
        if posted:                                     # "according to a post on the president's Twitter account":
            who = posted.group("who")                  # the account's owner
        own = _OWN_KNOWLEDGE.fullmatch(who.strip())
        if own:                                        # "according to his information": he, named before
            who = _OWNER_PRONOUN[own.group("owner").lower()]
        if _CHARGED_BY.match(m.group(0)):
            who = _CHARGE_TAIL.split(who)[0]           # "were accused by Baku of shelling Tovuz": Baku
        if _MEANS_AHEAD.match(who) and not (_THE_RADIO.fullmatch(who.strip())
                                            and m.group(0).lower().startswith("according to")):
            continue                       # "X said by telephone that ...": the means, X speaks (read below)
                                           # (but "according to the radio" is a broadcaster's telling)
        subject = _DOCUMENT_SUBJECT_RELAYED.fullmatch(sentence, 0, m.start()) \
            if _RELAYED.match(m.group(0)) else None
        head = _BODY_HEAD_ENDS.split(subject.group("body"), 1)[0] if subject else ""
        if subject and (ACTOR_NOUNS.search(head) or canonical_actor(head)):
            who = subject.group("body")    # "A bulletin of the contingent, quoted by X, put ...": the contingent
            # (a body named first, not a happening the document tells of: "a report of shelling by Armenian forces",
            # "the report of the deaths of two soldiers" keep the outlet)
        printed = _PRINTED_BY.match(sentence, m.end("who")) if who == m.group("who") else None
        if printed:                        # "according to the paper X, which printed a report by the writer Y": Y,
            who = printed.group("who")     # whose report the paper carries (the innermost source)
        who = _holder_named(sentence, m.start("who") + len(who), who)
        who = _REPORT_DAY_TAIL.split(who)[0]   # "as reported by X on Monday": X (the day is the report's, no name's)
        if _NAMED_IN.match(m.group(0)):    # "named in the same report among the villages hit": the report
            who = _DOCUMENT_HEAD.match(who).group(0)
        same = _SAME_SOURCE.fullmatch(who.strip())
        if same:
            who = _same_source(same)
        again = _SAME_BODY.fullmatch(who.strip())
        if again and (again.group(1).lower() in PRONOUNS or _nation_body_again(again.group(1))):
            who = again.group(1)           # "according to the same ministry": the ministry named before
        if _BARE_RECORDS.fullmatch(who.strip()):
            continue                       # "according to the figures released this morning": no one named
        contact = _CONTACT_CLAUSE.search(who)
        if contact:                        # "according to the families we sat with": the families
            who = who[:contact.start()]
        if m.group(0)[:1].lower() in "lmn":  # "the villages named by the head of state are A and B": its verb
            who = CLAUSE_VERB.split(who)[0].strip()
        if " and to " in who:              # "according to the footage and to church officials": the people
            speakers = [w for w in who.split(" and to ") if ACTOR_NOUNS.search(w) or canonical_actor(w)]
            who = speakers[0] if len(speakers) == 1 else who
        if m.group(0).lower().startswith(_CITING) and not _SOURCE_LIKE.search(who) \
                and not (" " not in who.strip() and canonical_actor(who.strip().rstrip("."))):
            continue                       # "citing an important task in the capital": a reason, no source (but
                                           # "quoting news.am": an outlet the table knows, written in lower case;
                                           # one name alone, not "citing a trend of attacks")
        if who and not CLAUSE_VERB.search(who) and " and by " in who:
            # "reported by Azerbaijani media from Khankendi and by Armenian outlets from Stepanakert": two sources,
            # each of what follows it
            offset = m.start("who")
            for part in who.split(" and by "):
                found.append(Attribution(m.start() if offset == m.start("who") else offset, part))
                offset += len(part) + len(" and by ")
        elif who and not CLAUSE_VERB.search(who):
            found.append(Attribution(m.start(), who))
    for m in INVERTED.finditer(sentence):
        if _LISTED_SUBJECT_AFTER.match(sentence, m.end()) and "," in sentence[:m.start()] \
                and not canonical_actor(m.group("who")):
            continue                       # "X, the mayor, said A, B and C were under blockade": what is said
            # (the "said" closes the subject's apposition; not "Troops shelled A, said Tatoyan, B and C were
            # spared", nor a speaker the table knows)
        who = _named_relative(sentence, _ROLE_BEFORE_NAME.sub("", m.group("who")))
        if _THING.search(who) and not ACTOR_NOUNS.search(who) and not canonical_actor(who):
            continue                       # "X, Saleh Mammadov, says the Horadiz-Aghband highway, which ...": a thing
        if not CLAUSE_VERB.search(who) and not _PAST_VERB.search(who):
            found.append(Attribution(m.start(), who))  # not ", said Armenian forces (had) shelled Aghdam": a clause
    for m in (_REPORTER_SAW.finditer(sentence) if "eporter" in sentence or "orrespondent" in sentence
              or "ournalist" in sentence else ()):
        # "A Reuters reporter heard blasts": its own; "the Sputnik correspondent Nana Martirosyan saw": hers
        found.append(Attribution(m.start("verb"), m.group("name") or m.group("named") or m.group("who")))
    for m in (_KIND_REPORTER_SAW.finditer(sentence) if "’s " in sentence or "'s " in sentence else ()):
        # "the radio's correspondent found": the radio's ("the station's": the broadcaster's; "the agency's": a news
        # agency's, not a state agency's)
        who = re.sub(r"station$", "broadcaster", re.sub(r"agency$", "news agency", m.group("who")))
        found.append(Attribution(m.start("verb"), who))
    for m in (_WRITER_FOUND.finditer(sentence) if re.search(r" (?:found|met|visited|interviewed) ", sentence)
              else ()):
        outlet = m.group("outlet")
        if outlet and not (_media_outlet(outlet) or outlet in _NEWS_ACRONYMS):
            continue                       # "Russia's X met a family who ...", "NATO's X met ...": no outlet's writer
        found.append(Attribution(m.start("verb"), m.group("name") or m.group("named")))
    met = _OUTLET_MET.match(sentence) if " who " in sentence else None
    if met and (_media_outlet(met.group("who")) or re.sub(r"^[Tt]he\s+", "", met.group("who")) in _NEWS_ACRONYMS) \
            and not _MET_ONE_TELLS.match(sentence, met.end()):
        found.append(Attribution(met.start("verb"), met.group("who")))   # "IWPR met a farmer who reached X": its
    for m in (_OUTLET_RAN_REPORT.finditer(sentence) if " from " in sentence else ()):
        for who in dict.fromkeys((m.group("who"), m.group("who").split()[-1])):   # (not "Yesterday" before it)
            if _is_outlet(who):
                found.append(Attribution(m.start("verb"), who))   # the outlet's, not the people it met
                break
    inside = _TELLER_INSIDE.match(sentence) if sentence.count(",") >= 2 else None
    if inside and (ACTOR_NOUNS.search(inside.group("who")) or canonical_actor(inside.group("who"))):
        found.append(Attribution(inside.start("verb"), inside.group("who")))
    for m in (_CHRONOLOGY_BACK_TO.finditer(sentence) if " back to " in sentence else ()):
        if canonical_actor(m.group("who")):
            found.append(Attribution(m.start("verb"), m.group("who")))
    for m in (_CREW_SAW.finditer(sentence) if " crew " in sentence or " for " in sentence or " of " in sentence
              else ()):
        if _TOLD_BEFORE_CREW.search(sentence, 0, m.start()):
            continue                       # "the ministry said a reporter for the BBC saw ...": the ministry's
        found.append(Attribution(m.start("verb"), m.group("who") or m.group("outlet")))
    for m in (_OUTLET_TEAM_FOUND.finditer(sentence) if "’" in sentence or "'" in sentence else ()):
        outlet = m.group("outlet")
        if _is_outlet(outlet) or outlet in _NEWS_ACRONYMS or not (
                canonical_actor(outlet) or outlet in ADJ_COUNTRY.values() or outlet.lower() in CAPITAL_COUNTRY):
            found.append(Attribution(m.start("verb"), outlet))   # "X's team went up to Y and found ...": X's report
    for m in (_OUTLET_SAW.finditer(sentence)
              if re.search(r" (?:saw|witnessed|watched|filmed|photographed) ", sentence) else ()):
        who = m.group("who") if _media_outlet(m.group("who")) else m.group("who").split()[-1]
        if _media_outlet(who):             # "Reuters saw soldiers guarding a checkpoint": the agency's own account
            found.append(Attribution(m.start("verb"), who))   # (not a day before it: "On Monday Reuters saw")
    for m in (_OUTLET_MARKED.finditer(sentence) if " marked " in sentence or " marks " in sentence else ()):
        if _media_outlet(m.group("who")):   # "AzerNews marked the day as the anniversary of X": its telling
            found.append(Attribution(m.start("verb"), m.group("who")))
    for m in (_PUBLISHED_FOOTAGE.finditer(sentence) if _FOOTAGE_WORD.search(sentence) else ()):
        who = m.group("who") or m.group("own")
        if _SHARED_WITH.search(m.group(0)):
            continue                       # "videos shared by a soldier with his mother": passed on, not put out
        if _actor_like(who):               # "the footage, published by the ministry, of lorries being hit in X",
            found.append(Attribution(m.start(), who))   # "a clip from the ministry itself shows": the ministry's
    for m in (_WHO_COUNTED.finditer(sentence) if ", who " in sentence else ()):
        head = _TRAILING_NOUN_PHRASE.search(sentence, 0, m.start())
        if head and ACTOR_NOUNS.search(head.group(0)):   # "the peacekeepers, who counted four violations near X":
            found.append(Attribution(m.start("verb"), head.group(0)))   # their count
    owner_asides = []
    for m in (_OWNERS_ANSWER.finditer(sentence) if " is that" in sentence or " was that" in sentence else ()):
        who = _OWNER_CONNECTIVE.sub("", m.group("who"))    # "But Baku's answer is that": Baku's
        if who and not _OWNER_DAY.fullmatch(who):          # "Friday's verdict is that": a day, no one's account
            if m.group("aside"):                           # (the outlet set off only relays the owner's account,
                owner_asides.append(m.span("aside"))       # dropped below once every teller is read; the owner
                # tells from its verb, past the aside's commas: "Yerevan's account, as Armenpress reported it, was
                # that X was shelled, while Baku said ..." is still Yerevan's of X)
                found.append(Attribution(m.start("verb"), who))
            else:
                found.append(Attribution(m.start(), who))  # "AzVision's answer is that ...": its account
    for m in (_AS_PUT_IT.finditer(sentence) if " it" in sentence else ()):
        found.append(Attribution(m.start(), m.group("who")))  # "As the ministry put it, ...": the ministry's words
    for m in (_AS_TELLS_IT.finditer(sentence) if " it" in sentence else ()):
        found.append(Attribution(m.start(), m.group("who")))  # "as the regional paper tells it": the paper's account
    for m in (_ROUND_THE_PRESS.finditer(sentence) if "round" in sentence or " in the " in sentence
              or "through the" in sentence else ()):
        found.append(Attribution(m.start(), m.group("who")))  # "Stories went round the Armenian press that": its telling
    for m in (_AS_DESCRIBES_IT.finditer(sentence) if " it" in sentence else ()):
        found.append(Attribution(m.start(), m.group("who")))  # "As Interfax's report describes it": Interfax's account
    for m in (_AS_GIVES_DATE.finditer(sentence) if " as " in sentence.lower() or sentence.startswith("As ") else ()):
        found.append(Attribution(m.start(), m.group("who")))  # "as the Chronicle gives the date": the book's date
    for m in (_SENT_REPORTER_SAW.finditer(sentence) if " sent " in sentence else ()):
        if not _TOLD_BEFORE_CREW.search(sentence, 0, m.start()):   # "The Times sent a reporter to X, and he saw
            found.append(Attribution(m.start("verb"), m.group("who")))   # ...": the paper's own account
    for m in (_QUOTES_SPEAKER.finditer(sentence) if " as " in sentence else ()):
        # "TASS quoted Dargahli as saying": Dargahli speaks; "Armenpress quoted villagers as saying": the villagers
        who = m.group("who")
        if m.group("appos") and who[:1].islower() and _PERSON_NAME.fullmatch(m.group("appos")):
            who = m.group("appos")         # "quoted a commuter, Takhir Agaev, as saying": the one named
        if _NAMED_FIRST.match(who) or ACTOR_NOUNS.search(who) \
                or who.lower() in ("him", "her"):   # "the agency quoted him as saying": the one named
            found.append(_quoted_by(sentence, Attribution(m.start(), who)))
    quoted_ends = set()                    # where "quotes X who says" ends: its "says" is X's, read here
    quoted_starts = set()                  # and where its "quotes" stands: that verb's subject relays X, read there
    for m in (_QUOTES_WHO_SAYS.finditer(sentence) if " who " in sentence else ()):
        if (_NAMED_FIRST.match(m.group("who")) or ACTOR_NOUNS.search(m.group("who"))) \
                and not re.search(r"\bsources?\b", m.group("who"), re.I):
            found.append(_quoted_by(sentence, Attribution(m.start(), m.group("who"))))
            quoted_ends.add(m.end())
            quoted_starts.add(m.start())
    for m in (_QUOTES_THEN_COLON.finditer(sentence) if ":" in sentence and "quote" in sentence else ()):
        found.append(Attribution(m.start(), m.group("who")))   # "Public Radio quotes Premier X: ...": X's words
    for m in (_QUOTED_AS_SAYING.finditer(sentence) if "quoted" in sentence or "cited" in sentence else ()):
        who = _subject_before(sentence, m.start())
        if who:                            # "the defence army was quoted as saying by Armenpress": the army
            found.append(Attribution(m.start(), who))
    for m in (_SOURCED_ASIDE.finditer(sentence) if "from " in sentence or "based on" in sentence else ()):
        verb = ATTRIB_VERB.match(sentence, m.end())
        who = _RELATIVE_TAIL.sub("", m.group("who")).strip()
        if _VIEWPOINT_HEAD.search(_SOURCE_HEAD_TAIL.split(who, 1)[0]):
            continue                       # "a photo, taken from an army helicopter, shows": where it was taken
        if verb and (_RECORD_SOURCE.search(who) or canonical_actor(who) or ACTOR_NOUNS.search(who)):
            found.append(Attribution(verb.start(), who))   # "One caption, drawn from X's memoir, describes": X's
            quoted_ends.add(verb.end())
    for m in ATTRIB_VERB.finditer(sentence):
        if m.end() in quoted_ends:
            continue                       # "Interfax quotes an official who says": the official's words, above
        same = _SAME_SOURCE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) \
            if has_stem(sentence, ("same",)) else None
        if same and found:
            same = None                    # "He said, the same paper added, that": an aside, read as before
        # (a claim noun's form is the verb where "that" follows: "The same account claims that ...", not "the same
        # media reports said")
        if same and (m.group(0) not in _CLAIM_NOUN_FORMS or _THAT_FOLLOWS.match(sentence, m.end())):
            found.append(Attribution(same.start(), _same_source(same)))   # "The same reports said": as before
            continue
        if same:
            continue                       # "the same reports": the noun, its verb read next
        if m.group(0) == "reports" and _MEDIUM_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) \
                and _FROM_THEN_SAID.match(sentence, m.end()):
            continue                       # "Radio reports from Armenia said": the noun, its verb read next
        if _DETERMINER_BEFORE.search(sentence, max(0, m.start() - 28), m.start()) \
                or _POSSESSIVE_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue                       # "the claim", "a report", "the mission's report": nouns, not verbs
        if m.group(0) in ("has", "had") and not _OWNED_RECORD_HAS.search(sentence, max(0, m.start() - 80), m.start()):
            continue                       # "the plan has jets flying over X": the document of no one named
        if _BY_AFTER.match(sentence, m.end()) and not _BY_MEANS.match(sentence, m.end()):
            continue                       # "video released by the ministry": a participle, its agent read below
        words_to = _WORDS_TO_OUTLET.search(sentence, max(0, m.start() - 80), m.start()) \
            if any(map(sentence.__contains__, _WORDS_TO_NOUNS)) else None   # (a quick test: the nouns it needs)
        if words_to:                       # "Sargsyan's remarks to Reuters, published on Monday": Sargsyan's
            found.append(Attribution(m.start(), words_to.group("owner")))
            continue
        if _INTERVIEW_WITH_OUTLET.search(sentence, max(0, m.start() - 60), m.start()):
            continue                       # "in an interview with TASS published on Monday he said": the outlet
            # printed the interview; the speaker is the one who said it
        if _EVENT_PARTICIPLE.match(m.group(0)) and _EVENTS_BEFORE.search(sentence, max(0, m.start() - 24), m.start()):
            continue                       # "deminer casualties reported in the Aghdam district": what is reported
            # (not "officials investigating the violations said": no one is "violations said")
        if m.group(0) == "saying" and found and _COMMA_BEFORE.search(sentence, max(0, m.start() - 3), m.start()):
            continue                       # "X reported fire at A and B, saying ...": X, not the places, says it
        if _SAYS_NOTHING.match(sentence, m.end()):
            continue                       # "the ministry said nothing about Tegh": no claim about it
        if _SAYS_A_PRAYER.match(sentence, m.end()):
            continue                       # "the group said their prayers at X": worship, no claim
        if m.group(0) in _CLAIM_NOUN_FORMS and _DENIED_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
            continue                       # "dismissed as false Armenian reports that": what is denied
        if m.group(0) in _CLAIM_NOUN_FORMS and _PREPOSITION_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue                       # "made no comment on reports of fire": a noun after its preposition
        if m.group(0) in ("report", "claim") and not _CLAUSE_OR_END.match(sentence, m.end()) \
                and not (m.group(0) == "report" and _REPORTED_INCIDENT.match(sentence, m.end())):
            continue                       # "the Karabakh authorities report.", "media report that": verbs
        if m.group(0) in _CLAIM_NOUN_FORMS and _SPEECH_AFTER.match(sentence, m.end()):
            continue                       # "unconfirmed reports said": a noun, the subject of the verb after it
        # "declined to say", "did not deny", "had been told": no claim; but a past tense after "to" is no
        # infinitive ("relatives we spoke to described")
        unsaid = _NOT_STATED_BEFORE.search(sentence, max(0, m.start() - 24), m.start())
        on_air = _ON_AIR_TO.search(sentence, max(0, m.start() - 60), m.start()) if unsaid else None
        if on_air:
            unsaid = None                  # "went on television to tell the country that": he told it
        later_said = unsaid if unsaid and _LATER_SAID.fullmatch(unsaid.group(0)) else None
        if later_said:
            unsaid = None                  # "would later write that": said afterwards, as the story looks back
        if unsaid and _WENT_ON_TO.search(sentence, max(0, m.start() - 24), m.start()):
            unsaid = None                  # "Tass has continued to report": it reported, and goes on doing so
        if unsaid and not (unsaid.group(0).lower().startswith("to") and _PAST_FORM.match(m.group(0))) \
                and not (m.group(0).endswith("ing") and _PROGRESSIVE.match(unsaid.group(0))):
            continue                       # (but "were reporting", "was saying": words going on, stated)
        if m.group(0) in _QUOTING_VERBS and (_QUOTES_SPEAKER.match(sentence, m.start())
                                           or _QUOTES_THEN_COLON.match(sentence, m.start())
                                           or m.start() in quoted_starts):
            continue                       # "TASS quoted Dargahli as saying": the speaker, read above (and "TASS
            # quoted Dargahli, who said": the one quoted, the innermost source)
        aside = _CITING_ASIDE.search(sentence, max(0, m.start() - 80), m.start())
        if aside is None and any(abs(m.start() - a.pos) < 30 and m.start() > a.pos for a in found
                                 if not _RELAYED.match(sentence, a.pos) and not _TOLD_IT_ASIDE.match(sentence, a.pos)
                                 # (nor an outlet's aside opening the sentence, a speaker named after it: "Azg
                                 # reported, Pashinyan said", see _report_aside)
                                 and not ((opening := _opening_report_aside(sentence, a))
                                          and _speaks_right_away(sentence, opening.end(), m.start()))
                                 and not _ACCORDING_THEN_NAMED.fullmatch(sentence, a.pos, m.start())
                                 and not ((_INNER_TELLER_VERB.fullmatch(m.group(0)) or _DATING_VERB.match(sentence, m.start()))
                                          and _TELLER_BETWEEN.fullmatch(sentence, a.pos, m.start()))):
            continue                       # the verb of an inverted attribution already read
        carried = _CARRIED_DOCUMENT.search(sentence, max(0, m.start() - 70), m.start()) \
            if m.group(0) == "saying" else None
        if carried:                        # "a news portal carried a ministry statement saying": the ministry's
            doc = carried.group("doc")
            found = [a for a in found if a.pos != carried.start()]   # "published" there: the outlet's verb
            # ("a ministry statement", "the ministry's bulletin": the ministry named before, not whoever spoke last)
            said = "the ministry" if _MINISTRY_DOCUMENT.match(doc) else "the statement" \
                if _DOCUMENT_SUBJECT.fullmatch(doc) else doc
            found.append(Attribution(m.start(), said))
            continue
        piece = _PIECE_BY.search(sentence, max(0, m.start() - 80), m.start()) \
            if m.group(0) in ("published", "printed", "posted") else None
        if piece:                          # "an article by X, published on 17 January,": X's piece, no "One" of the
            found.append(Attribution(m.start(), piece.group("who")))   # clause's head says it
            continue
        if _IT_SAID_OF.search(sentence, max(0, m.start() - 80), m.start()):
            continue                       # "the ministry's list of villages it said were shelled": the ministry's
        if m.group(0) == "described" and _LABEL_AS.match(sentence, m.end()) \
                and _NOUN_IT_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue                       # "two men it described as fighters": the speaker's label, no new speaker
        if m.group(0) == "said" and found and _RELATIVE_FACT.match(sentence, m.end()) \
                and _NOUN_IT_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue                       # "it put out photographs of soldiers it said had taken X": a relative
            # clause of the speaker already read, no new speaker (the words before are no one's name)
        # "The ministry gave another account, saying": the subject stands before the account (see _GAVE_ACCOUNT)
        given = _GAVE_ACCOUNT.search(sentence, max(0, m.start() - 60), m.start()) \
            if m.group(0) == "saying" else None
        # "Amnesty, citing witnesses, reported": the subject stands before the aside that names its source
        who = _subject_before(sentence, aside.start() if aside else on_air.start() if on_air
                              else later_said.start() if later_said else given.start() if given else m.start())
        if who and _OPENING_ACCORDING.match(who):
            continue                       # "according to data released on Monday": the data's verb, read above
        if who and who.lower() == "you":
            continue                       # "You said helicopters in the title": the one spoken to, no source
        if who and m.group(0) in ("recorded", "registered", "documented", "documents") and not _actor_like(who) \
                and not (m.group(0).startswith("document") and _SPEAKER_AGAIN.fullmatch(who)):
            continue                       # "Cameras recorded two explosions": a device records, it claims nothing
            # (but a body's findings told again by a pronoun are its own: "It had earlier documented the attack on
            # X", after a rights group spoke; a device records, it documents nothing)
        if who and m.group(0) in _RECALL_VERBS and _RECALLED_THING.match(sentence, m.end()) \
                and not (_ARTICLE.sub("", who)[:1].isupper() or canonical_actor(who) or ACTOR_NOUNS.search(who)):
            continue                       # "The shelling of X recalled the battles of 1992", "a monument in Y
            # remembers the fighting": a thing that recalls a fight claims nothing (a person who does, does)
        if m.group(0) == "documents" and _DOCUMENTS_NOUN.search(sentence, max(0, m.start() - 30), m.start()):
            continue                       # "guards seized documents the smugglers hid": papers, no verb
        if who:
            who = _with_nations_listed_before(sentence[:m.start()], who)
            found.append(Attribution(m.start(), _named_relative(sentence[:m.start()], who)))
    for m in (_RECEIVED_REPORTS.finditer(sentence) if "receiv" in sentence or " had " in sentence else ()):
        who = _subject_before(sentence, m.start())
        # (a body named in full after a channel's verb is the inner source: "the radio says the ombudsman's office has
        # had calls from X"; "Tatoyan said his office had received calls" stays Tatoyan's)
        told = re.search(rf"\b{_RELAY_VERBS}\s+(?:that\s+)?(?P<inner>.+)$", who or "")
        inner = bool(told) and not re.match(r"(?i)(?:his|her|its|their|our|my)\s", told.group("inner"))
        who = told.group("inner") if inner else who
        if who and _actor_like(who) and (inner or not any(abs(a.pos - m.start()) < 30 for a in found)):
            found.append(Attribution(m.start(), who))  # "The ombudsman's staff had received reports that ...": theirs
    for m in (_THERE_WERE_REPORTS.finditer(sentence) if "here " in sentence else ()):
        if not any(abs(a.pos - m.start()) < 30 for a in found):
            found.append(Attribution(m.start(), "reports"))   # "There were reports of shelling near X": the press
    for m in (_NAMING.finditer(sentence) if " of " in sentence or " as " in sentence or "about" in sentence else ()):
        keeps = _KEEPS_ON.search(sentence, 0, m.start())
        if _sides_in_talks(sentence[:m.start()]) and m.group(0).startswith("talk"):
            continue                       # "Yerevan and Baku are talking about reopening the road": talks between
            # two sides, no one's account
        who = _subject_before(sentence, keeps.start() if keeps else m.start())
        came = _CAME_TALKING.search(who) if who else None
        if came:
            # "people came in still talking about X": how they came; the ones who came talk, if they can claim
            # ("Refugees arrived in Barda still talking about the shelling of X": theirs)
            # (but no account when they talk of nothing told: "came in still talking about nothing else")
            who = who[:came.start()].strip()
            if not (who and _actor_like(who)) or _TALK_OF_NOTHING.match(sentence, m.end()):
                continue
        if who and not any(abs(a.pos - m.start()) < 30 for a in found):
            found.append(Attribution(m.start(), who))  # "Azerbaijani officials continue to refer to it as ...": theirs
    for m in (_PLACES_HE_NAMED.finditer(sentence) if "he " in sentence or "they " in sentence else ()):
        if (m.group("among") or m.group("then")) and not any(abs(a.pos - m.start("verb")) < 30 for a in found):
            found.append(Attribution(m.start("verb"), m.group("who")))   # "the villages he named": his list
    for m in (_HE_NAMED_LIST.finditer(sentence) if re.search(r"(?:named|listed|mentioned|cited) ", sentence) else ()):
        who = _subject_before(sentence, m.start("verb"))
        # (a bare "named" before names is also a participle, "two soldiers named A and B": a speaker's only after a
        # pronoun or with its "among them")
        pronoun = who.lower() in ("he", "she", "they")
        if who and (pronoun or _actor_like(who)) and (pronoun or m.group("among") or m.group("verb") != "named") \
                and not any(abs(a.pos - m.start("verb")) < 30 for a in found):
            found.append(Attribution(m.start("verb"), who))   # "He named among them X and Y": his list
    for m in (_CALLED_PLACE.finditer(sentence) if "called " in sentence else ()):
        who = _subject_before(sentence, m.start())
        if who and _actor_like(who) and not any(abs(a.pos - m.start()) < 30 for a in found):
            found.append(Attribution(m.start(), who))  # "In his speech the envoy called Aghdam the ...": his words
    for m in (_RULING.finditer(sentence) if "ourt" in sentence or "ICJ" in sentence or "udges" in sentence
              or "ribunal" in sentence or "ECHR" in sentence else ()):
        bare = _BARE_COURT.search(sentence, 0, m.start())
        who = bare.group(1).split()[-1].lower() if bare else _subject_before(sentence, m.start())
        if who and _COURT.search(who) and not any(abs(a.pos - m.start()) < 3 for a in found):
            found.append(Attribution(m.start(), who))  # "The International Court of Justice ordered ...": its ruling
    if " that " in sentence and (_CLAIM_NOUN_WORD.search(sentence) or _OWNED_ACCOUNT.search(sentence)):
        for m in _CLAIM_OF.finditer(sentence):
            # "Yerevan rejected Baku's claim that ...", "reports by the ministry that ...": whose claim it is
            if m.group("prep") == "of" and not _BODY_NAME.fullmatch(m.group("author")):
                continue                   # "a report of Armenian shelling that ...": what is reported, not by whom
            if m.group("author") and _SAID_LAST.search(m.group("author")):
                continue                   # "Radio reports from Armenia said that": the reports' own verb, read below
            found.append(Attribution(m.start(), m.group("owner") or m.group("author") or f"{m.group('side')} side"))
    for m in (_MINISTRYS_ACCOUNT.finditer(sentence) if "inistry" in sentence else ()):
        if not any(abs(a.pos - m.start()) < 30 for a in found):
            found.append(Attribution(m.start(), "the ministry"))  # "relayed the ministry's account that ...": its
    for m in (_RELAYED_ACCOUNT.finditer(sentence) if "'s " in sentence or "’s " in sentence else ()):
        owner = m.group("owner")
        relayers = [a for a in found if a.pos == m.start("verb")]
        subject = _subject_before(sentence, m.start("verb")) if not relayers else ""
        if subject and _is_outlet(subject):
            relayers = [Attribution(m.start("verb"), subject)]    # (a verb no speaker's: "carried")
        # (a body the owner is, named or by its kind; its side the outlet's when the name gives none)
        cited = _of_relayers_nation(Attribution(m.start("owner"), owner), relayers) \
            if owner.lower() in PRONOUNS or _BARE_BODY.fullmatch(owner) or canonical_actor(owner) \
            or _office_without_nation(owner) else None
        if cited:                          # "Armenpress carried the defence ministry's account: ...": the ministry's
            found = [a for a in found if a not in relayers and a.pos != m.start("owner")] + [cited]
    for m in (_CARRIED_FROM.finditer(sentence) if " from " in sentence or " of " in sentence or " by " in sentence
              else ()):
        owner = m.group("owner")
        if m.group("prep") == "from" and m.group("doc").lower() in ("report", "account", "bulletin") \
                and owner.lower() in CAPITAL_COUNTRY:
            continue                       # "carried a report from Yerevan": a dateline, the outlet's own report (but
            # "the same statement from Baku" is Baku's)
        # (the outlet is the subject, or an outlet read before the verb in the clause: "X, which calls it Y, carried")
        relayers = [a for a in found if a.pos <= m.start("verb") and _is_outlet(a.who)
                    and ";" not in sentence[a.pos:m.start("verb")]]
        subject = _subject_before(sentence, m.start("verb")) if not relayers else ""
        if subject and _is_outlet(subject):
            relayers = [Attribution(m.start("verb"), subject)]
        cited = _of_relayers_nation(Attribution(m.start("owner"), owner), relayers) \
            if owner.lower() in PRONOUNS or _BARE_BODY.fullmatch(owner) or canonical_actor(owner) \
            or _office_without_nation(owner) else None
        if cited and relayers:             # "X carried the same statement from the agency": the agency's
            found = [a for a in found if a.pos not in {r.pos for r in relayers} and a.pos != m.start("owner")
                     and a.who.strip().lower() != owner.lower()] + [cited]
    for m in (_IN_CAPITAL_CALLED.finditer(sentence) if sentence.startswith("In ") else ()):
        if m.group("who").lower() in NATION_WORDS:     # "In Baku the project is described as ...": Baku says
            found.append(Attribution(m.start(), m.group("who")))
    for m in (_IN_HIS_WORDS.finditer(sentence) if "ords" in sentence or "count" in sentence or "claim" in sentence
              or "announcement" in sentence else ()):
        if m.group("noun").lower() in ("claim", "announcement") and _PASSIVE_AGENT.search(sentence, 0, m.start()):
            continue
        # "By its own count the X had taken ...": opening the sentence, "its" is the body named right after it
        after = m.end() + len(sentence[m.end():]) - len(sentence[m.end():].lstrip(", "))
        named = _BODY_NAME.match(sentence, after) if not sentence[:m.start()].strip(" \"“'‘") else None
        if named is not None and named.group().startswith(("the ", "The ")) and _counting_body(named.group()[4:]):
            found.append(Attribution(m.start(), named.group()))
            continue
        found.append(Attribution(m.start(), _PRONOUN_OF[m.group(1).lower()]))  # "In his words, ...": he says
    for m in (_SIDE_VERSION.finditer(sentence) if "version" in sentence or "account" in sentence or "count" in sentence
              or "tally" in sentence or "report" in sentence
              or "telling" in sentence else ()):
        if m.group("side"):
            found.append(Attribution(m.start(), f"{m.group('side')} side"))  # "In the Armenian account, ...": theirs
        elif m.group("letters") and not (canonical_actor(m.group("capital")) or m.group("capital") in _NEWS_ACRONYMS):
            continue                       # letters the table does not know and no outlet's: "by GDP's count"
        elif (m.group("capital").lower() in NATION_WORDS or canonical_actor(m.group("capital"))
              or "." in m.group("capital") or m.group("capital") in _NEWS_ACRONYMS):
            found.append(Attribution(m.start(), m.group("capital")))        # "by Yerevan's account": Yerevan's
            # (a source the table knows too: "by Anadolu's count", "in Hajiyev's telling")
        elif _TOLD_VERSION.match(m.group("kind")) and not _WEEKDAY_WORD.fullmatch(m.group("capital")) \
                and not _DATE_WORD.fullmatch(m.group("capital")) and _SET_OFF_BEFORE.search(sentence, 0, m.start()) \
                and _SET_OFF_AFTER.match(sentence, m.end()):
            found.append(Attribution(m.start(), m.group("capital")))
            # (and a name the table lacks, when it is a telling, not a count: "by Report's telling", "in Hraparak's
            # version", an outlet's or a person's own account; no day's: "by Monday's account"; set off from the
            # clause it tells, as a source's aside is: not "the money was paid in Petrosyan's account at a bank in
            # X", a bank's account, nor "in Hadrut's account books")
    for m in (_NAMED_OUTLET_ACCOUNT.finditer(sentence) if "account" in sentence else ()):
        who = m.group("who")
        if (not any(w in _NOT_AN_OWNER for w in who.lower().split()) and who.lower() not in NATION_WORDS
                and not any(abs(a.pos - m.start()) < 3 for a in found)):
            found.append(Attribution(m.start(), who))   # "By Golos Armenii's account, ...": the paper's
    for m in (_OWNER_VERSION.finditer(sentence) if "'s " in sentence or "’s " in sentence or "s' " in sentence
              or "s’ " in sentence else ()):
        # (or an outlet named by its kind, the one heard before: "in the same site's account")
        owner = m.group("owner")
        again = _SAME_BODY.fullmatch(owner.strip())   # (a line may open with it)
        if _REPORT_OWNER.fullmatch(owner):
            owner = "the report"           # "by the report's account": the report named before, as "the report said"
        elif (again.group(1) if again else owner).lower() in PRONOUNS:
            owner = "the " + (again.group(1) if again else owner).lower()   # "by the same ministry's account": the
            # ministry named before, as "the same ministry said" is
        elif _BARE_FORCE.fullmatch(owner):
            owner = "the " + owner.lower()  # "by the army's account": the army named before, as "according to the army"
        # (or a body named by its head noun, the one heard before: "by the same centre's account")
        if (canonical_actor(owner) or _BARE_PAPER.fullmatch(owner) or _BARE_BODY.fullmatch(owner)
                or owner in _NEWS_ACRONYMS     # an outlet known by its letters: "by the BBC's account" is the BBC's
                or _BARE_FORCE.fullmatch(owner) or owner == "the report" or owner in PRONOUNS
                or _office_without_nation(owner) or _nation_ministry(owner)) \
                and not any(abs(a.pos - m.start()) < 3 for a in found):
            found.append(Attribution(m.start(), owner))  # "in the defence ministry's account": its
            # (an office named without its side too: "by the prosecutors' count", read as "the prosecutors said")
    for m in (_OWNER_COUNT_REACHED.finditer(sentence) if ("'s " in sentence or "’s " in sentence
              or "s' " in sentence or "s’ " in sentence) else ()):
        owner = m.group("owner")
        if (canonical_actor(owner) or owner.lower() in PRONOUNS or _BARE_PAPER.fullmatch(owner)
                or _BARE_BODY.fullmatch(owner) or _office_without_nation(owner) or _nation_ministry(owner)) \
                and not any(abs(a.pos - m.start()) < 3 for a in found):
            found.append(Attribution(m.start(), owner))  # "the ombudsman's count had grown to": the ombudsman's
    for m in (_SAME_TALLY.finditer(sentence) if "same " in sentence else ()):
        if not found:                      # "Horadiz was on the same list.": the list cited just before, its owner's
            found.append(Attribution(m.start(), "them"))   # (as "according to them": the claimant just before)
    for m in (_WHAT_CALLED.finditer(sentence) if "in what " in sentence else ()):
        if any(a.pos < m.start() for a in found):
            continue                       # "X said ... in what they called": X already speaks
        who = m.group("who")
        if who.lower() in ("it", "they"):
            who = _clause_actor(sentence[:m.start()]) or who
        found.append(Attribution(m.start(), who))
    for m in (_PARTICIPLE.finditer(sentence) if "ing " in sentence else ()):
        if _clause_spoken(found, sentence, m.start()):
            continue                       # "Baku said ..., adding that": the speaker already read
        clause = sentence[:m.start()].rsplit(";", 1)[-1]   # "a letter is read; then X speaks, promising": X
        who = _main_subject(_THEN.sub("", clause.strip()))
        if not who and (lone := _LONE_PERSON_SUBJECT.match(clause.strip())):
            who = lone.group("who")        # "Late on Monday he went further, saying ...": he, one heard before
        if who:                            # "Azerbaijan has proposed the road, arguing that ...": Azerbaijan
            found.append(Attribution(m.start(), who))
    # (every match holds "from" and "came" or "come": a quick test, most sentences pass over the scan, the same hits)
    for m in (_REPORTS_CAME_FROM.finditer(sentence)
              if has_stem(sentence, ("from",)) and has_stem(sentence, ("came", "come")) else ()):
        who = m.group("who")
        if not (ACTOR_NOUNS.search(who) or canonical_actor(who)):
            continue                       # "reports of shelling came from Tegh": where they came from, no teller
        # "Four reports of fire came from the ministry": its ("reports" is the noun here, "Four" no speaker)
        found = [a for a in found if a.pos != m.start()] + [Attribution(m.start(), who)]
    source = _BRACKETED_SOURCE.search(sentence) if not found and sentence.rstrip(" .;").endswith(")") else None
    if source and (_is_title(source.group("role")) or source.group("role") in BARE_TITLES):
        # "Ten houses were damaged (community head Ashot Sargsyan).": a register's or a table's source note
        found.append(Attribution(source.start("name"), source.group("name")))
    own_list = _OWN_LIST_SUBJECT.match(sentence) if " list" in sentence else None
    if own_list and found and all(_is_outlet(a.who) for a in found):
        # "The villages on his list included A and B, according to Azernews": the list is his, the paper carries it
        found = [Attribution(own_list.start("owner"), _OWNER_PRONOUN[own_list.group("owner").lower()])]
    found = [a for a in found if not any(b <= a.pos < e for b, e in owner_asides)]
    found = [_inner_teller(a) for a in found]
    found = [a._replace(who=_AS_OPENS.sub("", a.who)) for a in found]    # "As Anna described the scene": Anna
    # "the paper sent a reporter to X, where it said ...": "it" is the outlet the sentence opened with
    found = [a._replace(who=outlet.group("who")) if a.who == "it"
             and (outlet := _OUTLET_THEN_IT.search(sentence, 0, a.pos)) else a for a in found]
    # "The radio said Yerevan reported ...": the outlet named by its kind only passes the inner teller's report on
    found = [a for a in found if not (_BARE_PAPER.fullmatch(a.who.strip()) and any(
        b.pos > a.pos and _TELLER_BETWEEN.fullmatch(sentence, a.pos, b.pos) for b in found))]
    found = [a for a in found if not _NOBODY.match(a.who)]
    if len(found) > 1:                     # "X said people at the gate had protested": the people's protest is
        found = [a for a in found if not (_SAID_OPENS.match(a.who)       # told in X's words, no speaker of its own
                                          and any(b.pos < a.pos for b in found))]
    if "its " in sentence:
        found = [_of_subject_country(sentence, a) for a in found]
    # a document in a phrase that opens with a preposition, then its reader, is no speaker: "the main points from the
    # statements the host read out" (a relative clause with no "that" ends in the verb: the words before it are no
    # subject)
    found = [a for a in found if not _PREPOSITION_FIRST.match(a.who)]
    if len(found) > 1 and " under " in sentence:
        # a side that files a place under a heading, after the sentence's own source: "According to the police, the
        # checks were on the stretch that the other side lists under the village of X" is the police's account; the
        # filing only says where that side puts the stretch (alone it is still the lister's, whose figures they are)
        found = [a for a in found if not (_FILED_UNDER.match(sentence, a.pos) and any(b.pos < a.pos for b in found))]
    relayed_in = [a for a in found if any(_reports_it(sentence, b, a) for b in found)]
    found = [a for a in found if a not in relayed_in]
    closing_carrier = next((a for a in relayed_in if sentence[a.pos:a.pos + 12].lower() == "according to"
                            and _is_outlet(a.who)), None)
    if closing_carrier:
        # "The report added that ..., according to Armenpress": the outlet that carried the words, the claimant
        # when the one going on is no one the article names as a source (a report, a statement of no named body)
        found = [a if a.fallback or not ((said := _SAID_THAT.match(sentence, a.pos)) and said.group("added"))
                 else a._replace(fallback=closing_carrier.who) for a in found]
    closing_as = next((a for a in relayed_in if _CLOSING_AS.search(sentence, 0, a.pos)
                       and _CLOSING_REPORT.match(sentence, a.pos)), None)
    if closing_as:
        # "He said that ..., as Public Radio of Armenia reported": the outlet the speaker goes by, the claimant
        # when the speaker is no one the article names as a source (a chair summing up the news)
        found = [a if a.fallback else a._replace(fallback=closing_as.who) for a in found]
    if colon and len(found) > 1:
        found = _heading_outlet_yields(found, colon.end("who"))
    makers = [a for a in found if _FOOTAGE_MAKER.search(sentence, max(0, a.pos - 80), a.pos)]
    if makers and len(makers) < len(found):
        # "Turan reported that footage shot by soldiers confirmed ...", "a video filmed by soldiers showed X, Turan
        # reported": those who filmed the pictures claim nothing, the one who tells of them does
        found = [a for a in found if a not in makers]
    relayed = [a for a in found if _RELAYED.match(sentence, a.pos) or _according_aside(sentence, a)
               or _relative_relayer(sentence, a, found) or _report_aside(sentence, a, found)]
    if len(relayed) < len(found):          # "Armenian officials, quoted by Armenpress, said": the officials
                                           # (and "The ministry said, according to Interfax, that": the ministry;
                                           # "according to the ministry, which Trend quoted,": the ministry)
        found = [a for a in found if a not in relayed]
    found = [_staff_for_outlet(sentence, a) for a in found]
    closing = [a for a in found if _closing_source(sentence, a, found)]
    cited = [a for a in found if sentence[a.pos:a.pos + 7].lower().startswith(_CITING) or a in closing]
    if cited and len(found) > len(cited) and (_VAGUE_SOURCE.fullmatch(cited[0].who.strip())
                                              or _UNNAMED_PRESS.fullmatch(cited[0].who.strip())):
        # "Musavat reported, citing its sources", "Report.az, citing Russian media, wrote": Musavat, Report.az
        found = [a for a in found if a not in cited]
        cited = []
    if cited and all(_press_or_unknown(a.who) for a in cited) \
            and any(_quoted_person(sentence, a) for a in found if a not in cited):
        # "Citing RFE/RL, Armenpress quoted Karen Sargsyan, the governor, as saying": the person quoted is the
        # innermost source, the service cited only where the outlet heard him (not a body he may speak for:
        # "APA, citing the defence ministry, quoted Anar Eyvazov as saying" is the ministry's word)
        found = [a for a in found if a not in cited]
        cited = []
    if cited:                              # "Citing the prosecutor's office, APA reported": the office speaks
        cited = [_kind_named_before(sentence, a) for a in cited]
        relayers = [a for a in found if a not in cited]
        sided = [_of_relayers_nation(a, relayers) for a in cited]
        if all(a is None for a in sided):  # "TASS, quoting the Defence Ministry": whose ministry is unknown, TASS
            return _framed(sentence, sorted(relayers))
        cited = [a for a in sided if a is not None]
        # (a relayer far from the source it cites tells another clause, unless that source closes its report)
        found = cited + [a for a in relayers if abs(a.pos - cited[0].pos) > 150 and not closing]
    if ": it " in sentence:
        found = [_it_after_colon(sentence, a) for a in found]
    return _framed(sentence, sorted(found))


# a sentence opened by a named source and its verb, then a colon and "it": "The National Encyclopedia gives another
# place: it says ..." (the "it" is that source, not one heard in an earlier sentence; not an owner's word: "Baku's
# defence ministry gave another account: it said" is read by the rules for bodies)
_NAMED_THEN_COLON_IT = prefilter.compile(r"(?P<who>(?:The\s+)?(?!(?:It|Its|This|That|These|Those|Their|His|Her|Our|My|One|An?)\b)"
                                         r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4})(?<!['’]s)\s+"
                                         r"(?-i:[a-z])+\b[^:;\"“”]{0,80}:\s+it\s+$")


def _it_after_colon(sentence, attribution):
    """The source an "it" after a colon stands for, when the sentence opened by naming it as the subject."""
    if attribution.who != "it":
        return attribution
    m = _NAMED_THEN_COLON_IT.fullmatch(sentence, 0, attribution.pos)
    return attribution._replace(who=m.group("who")) if m and m.group("who") != "The" else attribution


# an unnamed reporter writing for an outlet the table knows tells that outlet's piece: "A reporter from Baku wrote in
# her diary for JAMnews that ..." is JAMnews's account, as "a correspondent for the weekly X" is X's (a reporter
# named tells it herself)
_UNNAMED_STAFF = prefilter.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?(?:reporter|journalist|"
                                   r"correspondent)(?:\s+(?:from|in|based\s+in)\s+[A-Z][\w'’-]+)?")
_WROTE_FOR = prefilter.compile(r"(?:wrote|writes|reported|reports)\s+(?:(?:in|on)\s+(?:her|his|their|a|an)\s+(?:[a-z]+\s+)?"
                               r"(?:diary|blog|column|notes|piece|dispatch|article)\s+)?for\s+"
                               r"(?P<outlet>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")


def _staff_for_outlet(sentence, attribution):
    """The attribution, its teller the outlet an unnamed reporter wrote it for ("A reporter from Baku wrote in her
    diary for JAMnews that ...": JAMnews)."""
    wrote = _WROTE_FOR.match(sentence, attribution.pos)
    if wrote and _UNNAMED_STAFF.fullmatch(attribution.who.strip()) and _media_outlet(wrote.group("outlet")):
        return attribution._replace(who=wrote.group("outlet"))
    return attribution


def _quoted_person(sentence, attribution):
    """Is the attribution a person an outlet quotes by name ("Armenpress quoted Karen Sargsyan as saying"), or a
    speaker the actor table knows?"""
    m = _QUOTES_SPEAKER.match(sentence, attribution.pos)
    if m is None or attribution.who != m.group("who"):
        return False
    if canonical_actor(attribution.who):   # a speaker the table knows: "quoted Armenian Defence Ministry as saying"
        return True
    # else his name last, perhaps after his title ("quoted Defence Minister Suren Papikyan"); not a bare post that
    # reads like a name, whose side is unknown ("quoted Prime Minister as saying", "quoted Syunik Governor")
    name = " ".join(attribution.who.split()[-2:])
    return _PERSON_NAME.fullmatch(name) is not None and not office_in(name.lower()) \
        and not any(_is_post(word) for word in name.split())


def _press_or_unknown(who):
    """Is a cited source an outlet, or one the tables know no office or actor for ("RFE/RL's Armenian service",
    "RFE/RL"), not a body a person quoted may speak for ("the defence ministry", "the ombudsman")?"""
    return _is_outlet(who) or not (canonical_actor(who) or office_in(who.lower()))


# the opening of a closing "..., as Public Radio of Armenia reported." (up to its source's verb)
_CLOSING_AS = prefilter.compile(r",\s+as\s+[^,;:\"“”]{1,60}?\s+$")
# a source closing the sentence after a comma: "..., according to the Defence Ministry in Baku."
# (not the outlet's own people: "..., according to its correspondent")
_CLOSING_ACCORDING = prefilter.compile(r"(?i)according\s+to\s+(?!(?:its|their)\s)[^,;:\"“”]+?[.!]?\s*$")
# ... or the "citing" or "quoting" that closes it: "Trend reported that ... near X, citing the defence ministry" (a
# source named: "the ..." or a name; not the outlet's own, unnamed or numbered ones, or a thing: "citing a military
# source", "citing two officers", "citing the agency's own sources", "citing footage from the scene")
_CLOSING_CITING = prefilter.compile(r"(?i)(?:citing|quoting)\s+(?!(?:its|their)\s)(?!the\s+[\w'’-]+['’]s\s+own\b)"
                                    r"(?=the\s|(?-i:[A-Z]))[^,;:\"“”]+?[.!]?\s*$")


def _closing_source(sentence, attribution, found):
    """Is ``attribution`` the "according to" (or "citing") that closes an outlet's report ("Interfax reported that
    ..., according to the ministry in Baku")? The outlet relays it, as with "citing" after its name."""
    return bool(sentence[:attribution.pos].rstrip().endswith(",")
                and (_CLOSING_ACCORDING.match(sentence, attribution.pos) or _CLOSING_CITING.match(sentence, attribution.pos))
                and len(found) > 1 and all(_is_outlet(b.who) for b in found if b is not attribution))


# the verb of a place filed under a heading: "lists under", "listed it under" (find_attributions)
# (the thing filed may be named: "lists the stretch under", "listed these roads under")
_FILED_UNDER = prefilter.compile(r"(?i)(?:lists|listed|list)\s+(?:it\s+|them\s+|(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?)?"
                                 r"under\b")


# reports that "came from" a body are its claims: "Four further reports of fire came from the ministry alone and
# concerned X" (the words after the body: "alone", "only", a time ("on Monday"), and the clause the next verb opens,
# are not its name; a place the reports came from, no body, tells nobody: "reports came from Tegh")
_REPORTS_CAME_FROM = prefilter.compile(
    r"(?i)(?=[acrs])\b(?:reports?|claims?|statements?|accounts?)\b(?:\s+of\s+[a-z -]{1,30}?)?"
    r"\s+(?:came|come|comes|had\s+come)"
    r"\s+from\s+(?P<who>(?:[A-Z]|the\s|its\s)[^,;:.]{1,60}?)(?=\s+(?:alone|only|on|overnight|yesterday|today|late|early|last|this)\b|\s+(?:and|but)\s|[,;:.]|$)")
# a report inside a report: "The news said Baku reported ...", "the radio said that the ministry reported ...": the
# one who made the claim is the inner teller, the outer one only passed it on; and "reported by the operator and
# denied by Azerbaijan": the claim is the operator's, the other side only denied it
# the verbs that pass a report on (both tellers' verbs in "The news said Baku reported ...")
_RELAY_VERBS = r"(?:said|says|reported|reports)"
_RELAY_VERB = prefilter.compile(_RELAY_VERBS)
_NESTED_TELLER = prefilter.compile(rf"(?i)^\s*(?:the\s+)?[a-z][\w'’ -]{{0,30}}?\s+{_RELAY_VERBS}\s+(?:that\s+)?"
                                   r"(?P<inner>(?:(?-i:[A-Z])|the\s)\S.*)$")   # (a capital: not "reports at the time")
_DENIED_BY = prefilter.compile(r"(?i)\s+and\s+(?:denied|rejected|disputed|refuted)\s+by\s.*$")


# a teller named between a saying verb and the verb read now: "Armenian radio said Baku reported that": the second
# verb is Baku's, a report inside a report (see _NESTED_TELLER), not the verb of an inverted attribution
# ("the researcher said that Azerbaijani sources give 19 January as the date": the sources' dating, a plural source
# noun after the teller's adjective)
_TELLER_BETWEEN = prefilter.compile(rf"{_RELAY_VERBS}\s+(?:that\s+)?(?:the\s+)?[A-Z][\w'’-]*"
                                    r"(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:sources|officials|media|authorities|accounts|"
                                    r"records|historians))?\s+"
                                    # (its report told in the perfect: "Samir said Trend had reported that", "said
                                    # the agency's site has written that": the inner teller's verb all the same)
                                    r"(?:(?:had|has|have)\s+(?:(?:also|already|earlier|just)\s+)?)?")
# the inner teller's verbs: those that pass a report on, and an outlet's "wrote" ("Aygun said Report had written")
_INNER_TELLER_VERB = prefilter.compile(r"(?:said|says|reported|reports|wrote|writes|written)")
# the verbs of a source that dates an event (one of lexicon.SPEECH_VERB): "sources give 19 January as the date"
_DATING_VERB = prefilter.compile(DATING_VERB)


def _inner_teller(attribution):
    """The attribution with its speaker read as the one who made the claim (see _NESTED_TELLER)."""
    who = _DENIED_BY.sub("", attribution.who)
    nested = _NESTED_TELLER.match(who)
    if nested:
        who = nested.group("inner")
    return attribution if who == attribution.who else attribution._replace(who=who)


# "its ambassador", "its foreign ministry": a body or title owned by the subject named before
_ITS_OWN = prefilter.compile(r"(?i)^its\s+(?P<rest>\S.*)$")


# what a capital's or country's possessive owns when it is the country's account: "Baku's version", "Yerevan's reply"
_ACCOUNT_NOUN = (r"\s+(?:own\s+|official\s+|first\s+)?(?:version|account|reply|response|answer|story|side|statement|"
                 r"position|view|take|line|word|report)\b")


def _of_subject_country(sentence, attribution):
    """An attribution owned by "its" in a sentence whose subject is a country is that country's ("Iran, which
    borders Armenia, has sent aid, its ambassador said in Yerevan": the Iranian ambassador, not the host
    country's), and so is one whose subject is the country's account ("Baku's reply came later: its ministry
    said"); any other attribution as it is."""
    own = _ITS_OWN.match(attribution.who.strip())
    if not own:
        return attribution
    # "Baku's version came later: its defence ministry said ...": the capital's or country's own account
    # (only the account itself: not "Baku's ally Ankara weighed in: its defence ministry said", Ankara's)
    subject = _main_subject(sentence[:attribution.pos])
    if subject.endswith(("'s", "’s")):
        subject = subject[:-2] if re.search(re.escape(subject) + _ACCOUNT_NOUN, sentence) else ""
    nation = NATION_WORDS.get(subject.lower())
    return attribution._replace(who=f"{nation} {own.group('rest')}") if nation else attribution


# an opening "according to X," then a speaker named by name before the verb: "According to News.az, Aliyev said ...":
# the verb is the named speaker's own (the outlet relays him, the innermost source), no verb of the outlet's
_ACCORDING_THEN_NAMED = prefilter.compile(r"(?i:according\s+to)\s+[^,;:\"“”]{1,40},\s+(?:[A-Z][\w'’.-]*\s+){1,3}")


def _clause_spoken(found, sentence, pos):
    """Has a speaker been read in the clause ``pos`` is in, since the last semicolon? "Baku said ...; Yerevan rejected
    the claim, saying ...": Yerevan's "saying" is its own, Baku's words ended at the semicolon."""
    start = sentence.rfind(";", 0, pos)
    return any(start < a.pos < pos for a in found)


def _quoted_by(sentence, quoted):
    """A body an outlet quotes as saying, sided by the outlet as a body it cites is ("Armenpress quoted the Defence
    Ministry as saying": Armenia's ministry, as with "Armenpress, citing the Defence Ministry"); the outlet itself
    when it leaves the ministry sideless; an outlet named by a bare noun only ("the agency quoted the ministry")
    leaves the body as written."""
    relayer = _subject_before(sentence, quoted.pos)
    if not relayer:
        return quoted
    sided = _of_relayers_nation(quoted, [Attribution(0, relayer)])
    return sided or (quoted if is_bare_noun(relayer) else Attribution(quoted.pos, relayer))


def _of_relayers_nation(cited, relayers):
    """A body an outlet quotes, named without its nation ("Armenian media, quoting the Defence Ministry, said"), is
    a body of the outlet's nation when that is one of the conflict's sides: a ministry with no side is no claimant an
    analyst can use. A body whose name already places it, by a nation or a capital ("the Azerbaijani side", "the
    ministry in Baku"), keeps its own side; None for a ministry neither places when there is an outlet to keep
    ("TASS, quoting the Defence Ministry"): the outlet then claims."""
    words = cited.who.lower()
    placed = NATION.search(words) or any(w in CAPITAL_COUNTRY for w in re.findall(r"\w+", words))
    if _CITED_COMPANY.fullmatch(words):    # "citing the airline": the airline named before, else the outlet
        return cited._replace(fallback=relayers[0].who) if relayers and not cited.fallback else cited
    if not words.startswith("the ") or placed or _third_party_body(cited.who):
        return cited
    for relayer in relayers:
        nation = (normalise_actor(relayer.who) or "").split(" ")[0]
        if nation in SIDES or _STATE_AGENCY.fullmatch(relayer.who.strip()):
            return cited._replace(who=f"the {nation} {cited.who[4:]}")
    return None if relayers and _SIDELESS_MINISTRY.fullmatch(normalise_actor(cited.who) or "") else cited


# a company cited by its kind ("citing the airline"): the company named before, not a body of the outlet's nation
_CITED_COMPANY = prefilter.compile(r"the\s+(?:airline|carrier|company|operator)")


# a body cited by its kind alone: "the agency", "the ministry"
_BARE_KIND = prefilter.compile(r"(?i)the\s+(agency|ministry|service|committee)")


def _kind_named_before(sentence, cited):
    """A body an outlet cites by its kind alone is the body of that kind the sentence named before, not a body of the
    outlet's nation ("Hasil Yusubov, an employee of ANAMA, was hurt near X, Trend reported, citing the agency":
    ANAMA, whose names hold "agency"); ``cited`` as it was when the sentence names none."""
    m = _BARE_KIND.fullmatch(cited.who.strip())
    if not m:
        return cited
    table = load_actors()
    for name in reversed(_CAPITALISED.findall(sentence, 0, cited.pos)):
        actor = canonical_actor(name)
        if actor and table.office_of.get(actor) != "media" \
                and any(m.group(1).lower() in alias for alias, a in table.aliases.items() if a == actor):
            return cited._replace(who=name)
    return cited


def _third_party_body(who):
    """Is ``who`` a body the table places with no side of the conflict ("the peacekeepers' own daily bulletins": the
    Russian peacekeepers)? An outlet citing it does not make it a body of the outlet's nation."""
    table = load_actors()
    nation = table.nation_of.get(canonical_actor(normalise_actor(who) or "") or "")
    return bool(nation) and nation not in SIDES


# a third country's state news agency, which relays its own government's ministries: "Citing the Foreign Ministry,
# IRNA said" is Iran's ministry (a private agency such as Interfax relays any side's)
_STATE_AGENCY = prefilter.compile(r"(?i)(?:the\s+)?(?:IRNA|Anadolu(?:\s+Agency)?|TASS|(?:Iranian|Turkish|Russian)\s+state\s+"
                                  r"(?:media|news\s+agency|television|TV))")

# a ministry written without its state: "MoD", "MFA", "Interior Ministry"
_SIDELESS_MINISTRY = prefilter.compile(r"(?i)mod|mfa|(?:\w+\s+)?ministry")


# a relative introduced by a family's surname and then her own first name: "Sargsyan's sister, Lilit"
_RELATIVE_NAMED = prefilter.compile(r"\b(?P<surname>[A-Z][a-z'’-]+)['’]s\s+(?P<kin>(?:grand)?(?:mother|father|son|daughter)|wife|"
                                    r"husband|widow|brother|sister|aunt|uncle|cousin|niece|nephew),\s+"
                                    r"(?P<first>[A-Z][a-z'’-]+)\b(?!\s+[A-Z])")


def _named_relative(sentence, who):
    """The full name of a relative the sentence names by a family's surname and her first name ("said Sargsyan's
    sister, Lilit", "Sargsyan's sister, Lilit, said": Lilit Sargsyan), when ``who`` is either half; else
    ``who``."""
    if "'s " not in sentence and "’s " not in sentence:
        return who
    for m in _RELATIVE_NAMED.finditer(sentence):
        if who.strip() in (m.group("first"), sentence[m.start():m.end("kin")]):
            return f"{m.group('first')} {m.group('surname')}"
    return who


# a sentence that ends in its reporting clause ("..., Sanosyan said.", "..., the minister added on Monday."):
# everything before the comma is that speaker's words, a stance inside them included ("The government now
# regards the road as a priority, Y said": Y's); the words of another speaker it relays stay that speaker's; the
# speaker's post may follow the name ("..., said Y, the head of the community.")
_FRAME_END = prefilter.compile(r",\s+(?:[^,;:\"“”]{1,60}?\s+(?:said|says|added|adds|noted|notes|explained|stressed|"
                               r"told\s+(?:reporters|journalists))|(?:said|says|added|noted)\s+[^,;:\"“”]{1,60}?"
                               r"(?:,\s+(?:the|a|an)\s+[^,;:\"“”]{1,60}?)?)"
                               r"(?:\s+(?:on|in|at|later|earlier)\b[^,;:\"“”]{0,30})?\s*[.!]?\s*$")
# the words of a speaker the closing one relays ("Deglaryan said ..., Ismayilov added": Deglaryan's claim), the
# perfect of "wrote" too ("the president had written on 9 May that ..., the site noted": the president's)
_PLAIN_SPEECH = prefilter.compile(r"(?:said|says|told|stated|claimed|wrote|reported|written)\b")
# a closing "X said" is the outermost speaker, who relays the words inside ("peacekeepers reported ..., the
# ministry said": the ministry's claim); "X added" leaves them to the speaker before
_CLOSING_SAYS = prefilter.compile(r"[,\"”’]?\s*(?:said|says)\b")
# the opening "According to X," speaks for the sentence; a person it talks about ("the testimony of Y, who
# admitted ...") does not take it over
_OPENING_ACCORDING = prefilter.compile(r"(?i)^\W*according to\b")
# ... and an outlet's "as X put it" or "as X reported" set off right after it relays that source's account, as "as
# quoted by X" does ("According to Baku, as Reuters put it, ...": Baku's claim, the innermost source)
_RELAYER_AFTER_ACCORDING = prefilter.compile(r"(?i)^\W*according\s+to\s+[^,;:\"“”]{1,60},\s+(?P<aside>as\s+[^,;:\"“”]{1,40}?\s+"
                                             r"(?:put\s+it|puts\s+it|reported|reports|wrote|writes|noted|notes)),")
_WHO_BEFORE = prefilter.compile(r"\bwho\s+(?:\w+ly\s+)?$")
# a speaker told in a relative clause on someone the main clause names: "by Aliyev, who told him ..."
_RELATIVE_TELLER = prefilter.compile(r",\s+who\s+(?:also\s+|later\s+|\w+ly\s+)?$")
# a relative clause on a road or a way, whose subject labels it: "the X-Y road, which a student from X described as
# ..." (the subject and the verb; _LABEL_AS_VERB at the verb). Not one on a place or an event: "shells hit X, which
# the village head described as the worst fire in years" tells the fire by the head's words
_RELATIVE_LABEL = prefilter.compile(r"\b(?:road|highway|route|track|path|stretch|section|bridge|lane)s?,\s+(?:which|that)\s+"
                                    r"(?:[\w'’-]+\s+){1,6}$", re.I)
_LABEL_AS_VERB = prefilter.compile(r"(?:described|characteri[sz]ed|dismissed)\s+(?:it\s+)?as\b")


def relative_label(sentence, attribution, start=0):
    """Is ``attribution`` the subject of a relative clause that labels a road named before it, after ``start``
    ("the X-Y road, which a student from X described as a track")? Its speaker labels the road and tells no news of
    its own."""
    return bool(_LABEL_AS_VERB.match(sentence, attribution.pos)
                and _RELATIVE_LABEL.search(sentence, start, attribution.pos))


# the reporting verb that closes a sentence, from its position on: "..., RIA Novosti reported."
_CLOSING_REPORT = prefilter.compile(r"(?:reported|reports|said|says|wrote|writes|added|adds)(?:\s+on\s+\w+)?\s*[.!]?\s*$")
# a document as a speaker: "the report", "its final statement"
_A_DOCUMENT = prefilter.compile(r"(?i)(?:(?:the|its|their|this|that)\s+)?(?:[a-z]+\s+)?(?:report|statement|letter|study|survey|"
                                r"document|findings|assessment)")


def _parliament_seat(role):
    """Is ``role`` a seat in a side's parliament ("an Armenian MP", "an Azerbaijani lawmaker")? Its member named
    after a comma speaks as that parliament, as he does without the comma (other titles before a comma give the
    person: "the cultural director of Iran's consulate, X")."""
    low = role.lower()
    return bool(NATION.search(low)) and office_in(low) == "parliament"


# a place a document names among others ("named in the same report among the villages hit"): the document is the
# words up to its noun, what follows is the list it is named in
_NAMED_IN = prefilter.compile(r"(?i)(?:named|listed|mentioned)\s+in\b")
_DOCUMENT_HEAD = prefilter.compile(r"(?i)(?:the|its|their|that|this)\s+(?:same\s+)?(?:report|statement|bulletin|release|list)s?\b")


# a bracket closing a sentence that holds only a title and a person's name, as registers and tables cite their
# source: "The school was damaged (community head Ashot Sargsyan)." (not a person the bracket tells of: "(built
# under former president A B)", "(the widow of colonel A B)")
_BRACKETED_SOURCE = prefilter.compile(r"\(\s*(?:(?!(?:of|by|under|after|for|from|with|to|at|in|on|near)\s)[a-z][a-z-]*\s+){0,3}?"
                                      r"(?P<role>[a-z]+)\s+"
                                      r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*\)\s*[.;]?\s*$")


def _holder_named(sentence, end, who):
    """The speaker of ``who`` when a name set off by a comma follows it at ``end``: a title's holder by name
    ("the village head, Ashot Sargsyan" → Ashot Sargsyan), a side's office with its holder ("an Armenian MP,
    Vahe Sargsyan" → "an Armenian MP Vahe Sargsyan", read as the office, the name in brackets)."""
    named = _NAME_AFTER_TITLE.match(sentence, end)
    if not named or not who.split():
        return who
    if _parliament_seat(who):
        return f"{who} {named.group('name')}"
    # (a title said bare, "the governor, Hayk Chobanyan,", names its holder as "the mayor, ..." does; so does one
    # with its brief after it, "Turkey's special envoy for talks with Armenia, Serdar Kilic")
    last = _TITLE_BRIEF.sub("", who).split()[-1]
    return named.group("name") if _is_title(last) or last.lower() in BARE_TITLES else who


# what a title's holder is for, after the title: "envoy for talks with Armenia", "ambassador to Iran"
_TITLE_BRIEF = prefilter.compile(r"\s+(?:for|to)\s+[^,;:]+$")


# an outlet's reporter telling what he saw or heard: his outlet's own account ("A Reuters reporter at the scene
# heard explosions", "AFP journalists saw burned houses")
# (a reporter named after the role tells it himself: "the Sputnik correspondent Nana Martirosyan saw the road jammed"; and
# an outlet the table knows may see it itself: "Reuters saw soldiers guarding a new checkpoint", "Reuters watched them")
_REPORTER_SAW = prefilter.compile(r"(?P<who>\b(?:[Aa]n?\s+|[Tt]he\s+)?[A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*)?\s+(?:reporter|"
                                  r"correspondent|journalist)s?)(?:\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})|"
                                  # (or named between commas: "a British reporter, John Smith, found")
                                  r",\s+(?P<named>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}),)?"
                                  r"(?:\s+(?:at|in|on|near)\s+[^,;:\"“”]{1,40}?)?\s+"
                                  r"(?P<verb>heard|saw|witnessed|observed|watched|counted|filmed|photographed|found)\b")
# ... and one named by the outlet's kind, the outlet heard before: "the radio's correspondent found", "the agency's
# reporter saw" (read as "according to the radio" is; not a person's: "the mayor's aide found"; "the station's
# correspondent" is a broadcaster's and "the agency's" a news agency's, read as those are)
_KIND_REPORTER_SAW = prefilter.compile(r"\b(?P<who>[Tt]he\s+(?:radio|agency|paper|newspaper|daily|weekly|channel|site|"
                                       r"broadcaster|station))['’]s\s+(?:own\s+)?(?:reporters?|correspondents?|journalists?)"
                                       r"(?:\s+(?:at|in|on|near)\s+[^,;:\"“”]{1,40}?)?\s+"
                                       r"(?P<verb>heard|saw|witnessed|observed|watched|counted|filmed|photographed|found)\b")
# a named writer of an outlet who met or found someone, and how that person lives: "the BBC's X found a widow still
# living in one room in Y", "X, writing for the Z, met a woman who had lived in a carriage at W" (the writer's
# account, as the sets file a reporter's finds; the outlet before "'s" is one the table files as media or an acronym
# it does not know; not one met about something else: "the BBC's X met the minister who opened the school")
_WRITER_FOUND = prefilter.compile(r"(?:\b(?:[Tt]he\s+)?(?P<outlet>[A-Z][\w/&.-]*)['’]s\s+"
                                  r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})"
                                  r"|\b(?P<named>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}),\s+(?:writing|reporting)\s+"
                                  r"(?:for|in|from)\s+(?:the\s+)?[A-Z][^,;:\"“”]{1,60},)"
                                  r"\s+(?P<verb>found|met|visited|interviewed)\s+"
                                  r"(?:(?!\b(?:said|says|told|tells|announced|promised)\b)[^.;:\"“”]){1,60}?"
                                  r"\b(?:who\s+(?:(?:had|has|have|still|now)\s+){0,2}|still\s+)?(?:living|lives|lived|live)\b")
# ... (the outlet an acronym of the press the table does not know; not any acronym: "NATO's X met families living in
# Y" is an official's visit; and not one met who said it: "the BBC's X met the governor, who said families living in
# tents at Y would be rehoused" is the governor's word)
_NEWS_ACRONYMS = frozenset({"BBC", "CNN", "VOA", "AFP", "DPA", "EFE", "ANSA", "DW", "NPR", "PBS", "ABC", "CBS", "NBC",
                            "CBC", "ITV", "NTV", "NHK", "ORF", "RAI", "RFE/RL", "IWPR", "NYT", "WSJ", "RIA", "ARKA"})
# an outlet the table files as media that met someone who had come from or to a place: "IWPR met a farmer, A B, who
# reached X on a tractor", "The Institute for ... interviewed a woman who had fled Y" (the outlet's account of whom it
# met, as its writer's "met a widow living in Y" is; not one met who tells it: "IWPR met the governor, who said families
# who had fled Y were housed" is the governor's word, nor an official's meeting: "The minister met a farmer who ...")
_OUTLET_MET = prefilter.compile(r"^(?P<who>(?:[Tt]he\s+)?[A-Z][^,;:\"“”]{0,60}?)\s+(?:(?:also|later|then|first)\s+)?"
                                r"(?P<verb>met|interviewed|spoke\s+to|talked\s+to)\s+"
                                r"(?:(?!\b(?:said|says|told|tells|announced|promised)\b)[^.;:\"“”]){1,60}?"
                                r"\bwho\s+(?:(?:had|has|have|just)\s+){0,2}"
                                r"(?:reached|arrived|fled|left|escaped|came|drove|walked|crossed|returned)\b")
# ... but the one met, or one the clause names, then telling something in the same clause ("IWPR met a man who reached
# X and said shells had hit Y", "... who fled X, the town the ministry said it had taken") is that teller's word, not
# the outlet's (a clause of its own after ", and" or ";" is not: "..., and the ministry said troops shelled Z")
_MET_ONE_TELLS = prefilter.compile(r"(?:(?!,\s+(?:and|but|while)\s|;)[^.])*?\b(?:said|says|told|tells|recalled|"
                                   r"described|added|explained|claimed|stated)\b")
# an outlet's own reportage from a place: "APA ran a reportage from X, where ..." tells what its report says
_OUTLET_RAN_REPORT = prefilter.compile(r"(?P<who>\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?P<verb>ran|aired|broadcast|filed)\s+"
                                       r"(?:an?|its)\s+(?:[\w-]+\s+)?(?:reportage|report|story|feature|piece)\s+from\b")
# a source's chronology that starts at a day: "AzerNews's chronology of the village goes back to 8 March 1991, when
# ..." tells what that source's chronology says
_CHRONOLOGY_BACK_TO = prefilter.compile(r"(?P<who>\b[A-Z][\w.-]*)['’]s?\s+(?:chronology|timeline)(?:\s+of\s+the\s+[\w-]+)?\s+"
                                        r"(?P<verb>goes|went|reaches|reached|runs|ran)\s+back\s+to\b")
# a teller set between commas inside another's telling: "Some witnesses, it said, told of ..." is the witnesses'
# account the outlet passes on (the innermost source)
_TELLER_INSIDE = prefilter.compile(r"^(?P<who>(?:[Ss]ome\s+|[Mm]any\s+|[Ss]everal\s+|[Tt]he\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}),\s+"
                                   r"(?:it|he|she|they|the\s+[a-z]+|[A-Z][\w.-]*)\s+(?:said|says|added|wrote|writes|reported),\s+"
                                   r"(?P<verb>told|tell|reported|report|described|describe|spoke|speak|recalled|recall)\b")
# (so does a crew or a blogger: "a Russian television crew found the town half empty" is the crew's own account, and
# "a blogger for the X Daily found ..." is his outlet's, as the sets file "a correspondent of Report" under Report)
_CREW_SAW = prefilter.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?P<who>(?:[A-Z][\w-]*\s+)?(?:television|TV|film|camera)\s+crew)|"
                              r"(?:reporter|correspondent|journalist|blogger|(?:television|TV|film|camera)\s+crew)\s+(?:for|of)\s+"
                              r"(?:the\s+)?(?P<outlet>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))"
                              r"\s+(?P<verb>heard|saw|witnessed|observed|watched|counted|filmed|photographed|found)\b")
# (not what a speaker says such a crew saw: "According to the ministry, a reporter for the BBC saw ...")
_TOLD_BEFORE_CREW = prefilter.compile(r"\b(?:said|says|according\s+to|claimed|claims|reported|reports|stated|states)\b", re.I)
# an outlet's own team sent to a place, and what it found there: "X's team in the region went up to the Y reservoir and
# found the water low", "the X's film crew drove to Y and saw ..."; one writer of it too, with how he went set off
# after him: "X's reporter, driving up through Y and Z, found men waiting", "X's correspondent A B, with the first crew
# to reach Y, found houses in ruins" (the outlet's report, as its crew's sight is; not a
# nation's or a capital's team: "Armenia's team found", and not what a speaker says it found: "X's crew found, the
# ministry said" keeps the ministry, found by its own pattern after this one)
_OUTLET_TEAM_FOUND = prefilter.compile(r"^(?:(?:[A-Z][\w-]*\s+){0,3}[\w-]+,\s+)?(?:[Tt]he\s+)?"
                                       r"(?P<outlet>[A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*)?)(?:['’]s|(?<=s)['’])\s+"
                                       r"(?:(?:own|film|camera|television|TV|news)\s+)?"
                                       r"(?:team|crew|reporters?|journalists?|correspondents?|photographers?)\b"
                                       r"(?:(?!\b(?:said|says|told|tells|according)\b)[^.;:\"“”]){1,100}?"
                                       # (what the writer found, not the writer found: "X's reporter was found dead")
                                       r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bbe )"
                                       r"\b(?P<verb>found|saw|witnessed|observed|counted|filmed)\b"
                                       # (nor what befell the writer: "found shelter in a basement in X", "found himself
                                       # under fire near Y")
                                       r"(?!\s+(?:shelter|refuge|cover|safety|himself|herself|themselves|itself)\b)")
# (or filmed it: "Meydan TV once filmed the gate on the lane", as a television's footage is its account)
_OUTLET_SAW = prefilter.compile(r"(?P<who>\b[A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*)?)\s+(?:(?:once|later|also|then)\s+)?"
                                r"(?P<verb>saw|witnessed|watched|filmed|photographed)\b")
# an outlet marking an anniversary tells what the day recalls: "AzerNews marked the day as the anniversary of the fall
# of X", "the agency Y marked a year since the taking of Z with a piece" (only an outlet the table files as media: people
# or a nation marking a day commemorate, they tell nothing: "Veterans marked the anniversary of the battle for X"; nor
# an outlet marking a day with what it showed of it: "Trend marked the day with a live broadcast from the parade in Y")
_OUTLET_MARKED = prefilter.compile(r"(?P<who>\b[A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*)?)\s+(?:(?:also|later|then|again)\s+)?"
                                   r"(?P<verb>marked|marks)\s+(?:the\s+day\s+as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?anniversary\b|the\s+(?:[\w-]+\s+)?anniversary\b|a\s+year\b|"
                                   r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+years\b)")


# a text or picture whose source is told in an aside before its verb: "One caption, drawn from the memoir of a
# reporter, describes ...", "The passage, taken from a nurse's diary, tells of ..." (the source's words, not the
# exhibit's); only a record or a teller can be such a source ("a photo, taken from a hill above the town, shows" names
# where it was taken, no source)
_SOURCED_ASIDE = prefilter.compile(
    r"(?i)(?=[acdeilpqst])\b(?:captions?|labels?|panels?|passages?|excerpts?|extracts?|quotes?|quotations?|lines?|"
    r"entry|entries|texts?|accounts?|descriptions?|photos?|photographs?|pictures?|images?|letters?|pages?|chapters?|"
    r"stories|story)"
    r",\s+(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:(?:drawn|taken|quoted|adapted|excerpted|culled|lifted|"
    r"translated|reproduced)\s+(?:directly\s+|verbatim\s+)?from\s+|based\s+on\s+)(?P<who>[^,;:\"“”]{3,90}?),\s+(?=[a-z])")
_RECORD_SOURCE = prefilter.compile(
    r"(?i)\b(?:memoirs?|diary|diaries|notebooks?|journals?|recollections|letters?|books?|reports?|archives?|"
    r"interviews?|testimon(?:y|ies)|accounts?|dispatch(?:es)?|articles?|records?|files?|papers|notes|chronicles?)\b")
_RELATIVE_TAIL = prefilter.compile(r"\s+(?:who|whom|which|that)\s.*$")
# a place or vehicle a picture was taken from, the head of the aside (its last word before any "of", "on", "by"
# ...): "taken from an army helicopter", "from the police station", "from a peacekeepers' post on the hill", "from
# the roof of the ministry" tell where it was taken, whoever the head's words name (not "a Facebook post by X")
_SOURCE_HEAD_TAIL = prefilter.compile(r"\s+(?:of|on|in|at|near|above|over|by|with|about|from)\s+")
_VIEWPOINT_HEAD = prefilter.compile(r"(?i)\b(?:roofs?|rooftops?|helicopters?|planes?|aircraft|drones?|cars?|vehicles?|"
                                    r"windows?|balcon(?:y|ies)|towers?|buildings?|hills?|hilltops?|heights|bridges?|"
                                    r"trench(?:es)?|bunkers?|checkpoints?|stations?|positions?|"
                                    r"(?<!facebook )(?<!telegram )(?<!blog )(?<!instagram )posts?)$")


# a relative clause telling what its head counted or recorded: "the monitors, who recorded two violations near X",
# "the peacekeepers, who limited themselves to counting ..." (a few words may come before the verb)
_WHO_COUNTED = prefilter.compile(r"\s*,\s+who\s+(?:[a-z]+\s+){0,4}?(?P<verb>counted|counting|recorded|recording|registered|"
                                 r"registering)\s+(?:(?:only|just|some|about|at\s+least)\s+)?(?:\d+|two|three|four|five|six|"
                                 r"seven|eight|nine|ten|several|a\s+few|a|an|one)\b")
# the noun phrase ending just before: "the silence of the peacekeepers" → "the peacekeepers"
_TRAILING_NOUN_PHRASE = prefilter.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[\w'’-]+$")


# footage a side put out: its own account of what it shows ("the drone footage, published by the defence ministry,
# of lorries being hit in X", "another clip, from the ministry itself, shows ..."); "from" alone is not enough
# ("pictures from the start of the month"), "itself" marks the source; "films shared by the press show ...": the press
_FOOTAGE = r"(?:footage|videos?|clips?|films?|images|photos|photographs|pictures)"
_SHARED_WITH = prefilter.compile(r"(?i)\bshared\s+by\s+[^,.;:]*?\s+with\s")
_FOOTAGE_WORD = prefilter.compile(rf"(?i)(?=[cfipv])\b{_FOOTAGE}\b")
# the pictures as a verb's subject, named with who filmed them: "footage shot by soldiers confirmed", "a video filmed
# by a resident shows" (its makers, no teller when someone else tells of the pictures)
_FOOTAGE_MAKER = prefilter.compile(rf"(?i)\b{_FOOTAGE}\s+(?:shot|filmed|taken|recorded|made|captured)\s+by\s+"
                                   r"[^,.;:]{1,60}?\s+$")
# "from the ministry itself": the source the footage names as its own (one pattern for both readings below)
_FROM_ITSELF = r"from\s+(?P<own>(?:[^,.;:()\"“”\s]+\s+){0,5}?[^,.;:()\"“”\s]+)\s+(?:itself|themselves)"
_PUBLISHED_FOOTAGE = prefilter.compile(
    rf"(?i)\b{_FOOTAGE}\s*,?\s+(?:(?:released|published|posted|shared|issued|distributed|put\s+out)\s+by\s+"
    r"(?P<who>(?:[^,.;:()\"“”\s]+\s+){0,5}?[^,.;:()\"“”\s]+)(?=\s*[,;:.]|\s+(?:show|shows|showed|showing)\b)|"
    rf"{_FROM_ITSELF}\b)")

# the footage itself as a subject: whose it is is read from the source it names ("A clip from the ministry itself")
_OWN_FOOTAGE = prefilter.compile(rf"(?i)(?:\S+\s+){{0,3}}{_FOOTAGE}\s+{_FROM_ITSELF}")
_BARE_FOOTAGE = prefilter.compile(rf"(?i)(?:\S+\s+){{0,3}}{_FOOTAGE}")


def _official_before_people(left, stops):
    """The first of two speakers joined by "and" when it is a body or officials and the second only people by where
    they live ("Armenian officials and villagers said", "the ministry and local residents said"): the account is
    the officials', the people joining it; else ""."""
    after = left[stops[-1].end():].split()
    if not after or len(after) > 2 or after[-1].lower() not in _PEOPLE_LABELS:
        return ""
    first = left[stops[-2].end() if len(stops) > 1 else 0:stops[-1].start()].strip()
    words = first.split()
    if not words or len(words) > 4 or words[-1].lower() in _PEOPLE_LABELS or not ACTOR_NOUNS.search(first):
        return ""
    return first


# the one who spoke before, named again by a pronoun: "It", "They", "She"
_SPEAKER_AGAIN = prefilter.compile(r"(?i)it|they|he|she")


def _actor_like(who):
    """Is the phrase someone who can claim: a known actor, an actor noun ("the ministry", "monitors"), or a name
    capitalised past its first word ("the Halo Trust")? "Cameras", "Sensors" are not."""
    words = who.split()
    return bool(canonical_actor(who) or ACTOR_NOUNS.search(who) or any(w[:1].isupper() for w in words[1:]))


# a speaker's words opening with "that": "said that", "said in its daily bulletin that", "told reporters that";
# and a speaker going on, "added that", "also added on Friday that" (a later source closing the sentence, "...,
# according to X", is then the outlet that carried it, as after "said that"; "added" of anything else, "added two
# names to the list that", has no "that" right after it or a day)
_SAID_THAT = prefilter.compile(rf"(?:(?:{SAYING}|told\s+\w+)\b[^;:\"“”]{{0,60}}?|(?P<added>(?:added|adds)\s+(?:on\s+[A-Z][a-z]+\s+|"
                               rf"(?:yesterday|today|later)\s+)?))\bthat\s")


def _reports_it(sentence, outer, inner):
    """Is ``inner`` inside the words ``outer`` says ("The ministry said in its bulletin that peacekeepers had
    recorded ..."): the claim is then the speaker's, who relays it; an outlet relaying a speaker ("Armenpress
    reported that the ministry said") leaves it to that speaker."""
    if outer.pos >= inner.pos or _is_outlet(outer.who):
        return False
    if _DATING_VERB.match(sentence, inner.pos):
        return False                       # "she said that Azerbaijani sources give 19 January as the date": the
        # sources' own dating, which the speaker only cites
    if _SAID_BEFORE_BELIEF.fullmatch(sentence, outer.pos, inner.pos) and _BELIEF_HELD.match(sentence, inner.pos):
        return True                        # "The president said some experts had believed ...": his words of them
    said = _SAID_THAT.match(sentence, outer.pos)
    if said and _OPENING_SUBORDINATE.match(sentence, 0, outer.pos) and "," in sentence[said.end():inner.pos]:
        return False                       # "After Baku said that ..., Yerevan answered that": the main clause's
        # speaker, after the clause of time, says its own words
    return (bool(said) and said.end() <= inner.pos and ";" not in sentence[said.end():inner.pos]
            and not _JOINED_SPEAKER.search(sentence, said.end(), inner.pos))


# the words opening a clause of time or concession before the main one: "After Baku said ..., Yerevan answered"
_SUBORDINATORS = ("after", "before", "when", "once", "although", "though", "because", "whereas")
# such a clause opening the sentence: "After Baku said ...", "When the ministry claimed ..."
_OPENING_SUBORDINATE = prefilter.compile(r"\W*(?:" + "|".join(w.capitalize() for w in _SUBORDINATORS) + r")\s")


# a speaker telling, with no "that", what others had believed: "The president also said some military experts had
# believed it would take months" (the belief is told by the speaker, who makes the claim; the believers say nothing)
# (from the speaker's verb to the believers' verb, not past a clause of their own: "said it and villagers feared")
_SAID_BEFORE_BELIEF = prefilter.compile(rf"(?:{SAYING})\s+(?!that\b)"
                                        r"(?:(?!\b(?:and|but|while|whereas|although|though|because)\b)"
                                        r"[^,;:\"“”]){1,60}?\s+"
                                        r"(?:(?:had|once|long|all)\s+){0,2}")
_BELIEF_HELD = prefilter.compile(r"(?:believed|thought|assumed|expected|predicted|feared|estimated)\b")


# ", and the driver said ...", ", but the police said ...": a clause joined to the report with a speaker of its own,
# outside the words the speaker before said (", and that the police had ..." goes on with them)
_JOINED_SPEAKER = prefilter.compile(r",\s+(?:and|but|while|whereas)\s+(?!that\b)[^,;:\"“”]{1,60}$", re.I)


def _heading_outlet_yields(found, heading_pos):
    """The attributions without an item's heading outlet ("Armenpress: ...", "Trend (Baku), Monday: ...") when the
    sentence names a speaker of its own ("..., which its director Karen Vardanyan said ..."): the outlet only carries
    the speaker's words."""
    heading = next((a for a in found if a.pos == heading_pos), None)
    if heading is None or not _is_outlet(heading.who):
        return found
    own = [a for a in found if a is not heading and not _is_outlet(a.who)]
    return [a for a in found if a is not heading] if own else found


# a source's own pictures as the subject: "the office's photographs showed" (whose they are tells it)
_OWNED_FOOTAGE = prefilter.compile(rf"(?i)(?P<owner>.+?)['’]s\s+(?:own\s+|new\s+|latest\s+)?{_FOOTAGE}")


def _footage_owner(attribution):
    """The attribution, its teller the owner of the pictures named as the subject ("the office's photographs
    showed": the office, resolved as "the office said" is)."""
    m = _OWNED_FOOTAGE.fullmatch(attribution.who.strip())
    return attribution._replace(who=m.group("owner")) if m else attribution


def _framed(sentence, found):
    """The attributions that speak for the sentence: a closing reporting clause governs the words before it, an
    opening "according to" is not taken over by a relative clause about someone the sentence talks about."""
    found = [_footage_owner(a) for a in found]
    if len(found) < 2:
        return found
    last = found[-1]
    frame = _FRAME_END.search(sentence)
    relayed = any(_PLAIN_SPEECH.match(sentence, a.pos) for a in found[:-1]) \
        and not _CLOSING_SAYS.match(sentence, last.pos)
    if frame and frame.start() <= last.pos and not relayed and not _is_outlet(last.who):
        # (an outlet's "..., Trend reported" relays the claim inside it; a closing "the ministry added" no one
        # can resolve leaves the claim to the source the sentence names: "According to ANAMA, ...")
        named = [a.who for a in found[:-1] if not is_bare_noun(a.who)] if is_bare_noun(last.who) else []
        return [last._replace(fallback=named[0]) if named else last]
    if _OPENING_ACCORDING.match(sentence) and found[0].pos < 20:
        # (nor by a document it cites: "According to the ministry, the report concluded that ...": the ministry's
        # reading of the report)
        relayer = _RELAYER_AFTER_ACCORDING.match(sentence)
        return [a for a in found if a is found[0] or not (_WHO_BEFORE.search(sentence, 0, a.pos)
                                                          or _A_DOCUMENT.fullmatch(a.who.strip())
                                                          or (relayer and relayer.start("aside") <= a.pos
                                                              < relayer.end("aside")))]
    return found


# a briefing or press conference and who gives it: "the weekly briefing of Defence Ministry spokesman Aram Torosyan",
# "a news conference given by the foreign minister", "an interview granted by Hikmet Hajiyev" (not "an interview with
# Reuters": the outlet asks)
_BRIEFING_BY = prefilter.compile(r"\b(?:(?:press\s+|news\s+)?(?:briefing|conference)|interview)\s+(?:of|by|(?:given|held|"
                                 r"granted|hosted)\s+by)\s+(?P<who>[^,;.:()\"“”]+)|"
                                 # who answers: "The answers were given by a spokesperson for ...", "questions are answered by
                                 # X", "we spoke to X, 52, ...", "I interviewed X"
                                 r"\b(?:answers\s+(?:were\s+|are\s+|have\s+been\s+)?(?:given|provided)|questions\s+(?:were\s+|"
                                 r"are\s+|have\s+been\s+)?answered)\s+by\s+(?P<answerer>[^,;.:()\"“”]+)|"
                                 # (the person's role may come first: "we spoke to the historian X Y")
                                 r"\b(?:[Ww]e|I)\s+(?:(?:spoke|talked)\s+(?:to|with)|interviewed)\s+"
                                 # (a role, not where the person is from: "a family from X Y" names no one)
                                 r"(?:(?:the|a|an)\s+(?:(?!(?:in|from|of|at|near|on|by|for|with)\s)[a-z][\w'’-]*\s+){1,3})?"
                                 r"(?P<interviewee>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)|"
                                 # the interviewee as the subject: "X Y, a teacher from Z, spoke to us", "X Y talked to me"
                                 r"(?P<guest>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)(?:,[^,.;:]{3,80},)?\s+(?:spoke|talked)\s+"
                                 r"(?:to|with)\s+(?:us|me)\b")
# a word each reading of _BRIEFING_BY holds: a sentence with none of them is passed over without the pattern
_BRIEFING_WORDS = ("briefing", "conference", "interview", "answer", "spoke", "talked")
# a transcript's answer, labelled as one or by the speaker's role: "A: ...", "Answer: ...", "SPOKESPERSON: ..."
ANSWER = prefilter.compile(r"\s*(?:A|Answer|ANSWER|SPOKES(?:PERSON|MAN|WOMAN)|Spokes(?:person|man|woman))\s*:\s")
# a transcript's question: "Q: ...", "QUESTION (Russian agency): ...", "Q. Where were you?", or a reporter's turn that
# asks ("REPORTER (A. B., a daily): What about the flour outside X?"; one that tells, with no question mark, is a report)
QUESTION = prefilter.compile(r"\s*(?:(?:Q|Question|QUESTION)\b[^:]{0,60}:|Q\.|"
                             r"(?:REPORTER|JOURNALIST)\b[^:]{0,60}:(?=[^\n]*\?[\"”’')\]]*\s*$))\s")


# an interview's heading, a line of its own naming who answers: "Interview with Hikmet Hajiyev", "An interview with
# the governor of Syunik:" (in a sentence, "an interview with Reuters" names the outlet that asks)
_INTERVIEW_HEADING = prefilter.compile(r"\s*(?:An?\s+)?(?:[Ii]nterview|INTERVIEW)\s+with\s+(?P<who>[^,;.:()\"“”]+?)[.:]?\s*")


# where the speaker's name ends and the sentence goes on: its verb or the day ("the conference hosted by the governor
# lasted an hour", "a briefing given by the deputy minister on Monday")
_SPEAKER_ENDS = prefilter.compile(r"\s+(?:on|yesterday|today|tonight|lasted|began|ended|started|took|ran)\b|\s+" +
                                  CLAUSE_VERB.pattern)


def briefing_speaker(sentence):
    """Who gives the briefing or press conference a sentence announces, or who answers the interview it introduces
    ("we spoke to X"), or "": the speaker of the transcript's answers ("A: ...") that follow."""
    m = _BRIEFING_BY.search(sentence) if any(map(sentence.__contains__, _BRIEFING_WORDS)) else None
    who = (m.group("who") or m.group("answerer") or m.group("interviewee") or m.group("guest")) if m else ""
    heading = _INTERVIEW_HEADING.fullmatch(sentence) if not who and "nterview" in sentence[:20] else None
    who = heading.group("who") if heading else who
    return _SPEAKER_ENDS.split(who, maxsplit=1)[0].strip()


# a person an interview's introduction presents with their age: "X Y, now 74, was a dispatcher", "X Y, 52, is a
# teacher in Z", "X Y, 58, has farmed here all his life" (the one who answers the transcript's "A: ..." lines that follow)
# (after a short opening of time, "For six years X Y, 48, ran a shop in Z"; the verbs of a trade too: runs, owns,
# drives, sells, keeps)
_PRESENTED = prefilter.compile(r"(?:^|\.\s+|^(?:For|In|Since|Until|Before|After)(?:\s+[a-z\d]+){1,3},?\s+)"
                               r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),\s+(?:now\s+|aged\s+)?\d{2},\s+"
                               r"(?:is|was|has|had|works|worked|lives|lived|runs|ran|owns|owned|drives|drove|sells|sold|"
                               r"keeps|kept|a|an)\b")


# a person an interview's introduction names as the holder of an office: "X Y has headed the municipality of Z for
# six years", "X Y heads the village council" (the one its heading described: "An interview with the head of a
# village municipality")
_OFFICE_HOLDER_NAMED = prefilter.compile(r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s+"
                                         r"(?:has\s+(?:headed|led|run|chaired)|heads|leads|chairs|"
                                         r"(?:is|has\s+been|was)\s+(?:the\s+)?(?:head|chairman|chairwoman|mayor|governor))\b")


def named_holder(sentence):
    """The person a sentence opens by naming as an office's holder ("Ramiz Guliyev has headed the municipality of Z"),
    or "": who an interview's heading described by the office alone."""
    m = _OFFICE_HOLDER_NAMED.match(sentence)
    return m.group("who") if m else ""


def presented_person(sentence):
    """The person a sentence presents with their age ("X Y, now 74, was a dispatcher"), or "": outside a transcript's
    answers, the one who gives the answers that follow."""
    m = _PRESENTED.search(sentence)
    return m.group("who") if m else ""


# a digest item's heading: an outlet, maybe its city in brackets and a word of when, before a colon ("Trend (Baku),
# Monday:", "APA, on the eve of the talks:", "TBILISI EVENING:") (_COLON_SPEAKER's heading, not built from it: here
# the name takes no brackets and is read lazily, else it would swallow the "(City)"; its length limits differ too)
_ITEM_HEADING = prefilter.compile(r"\s*(?P<who>[A-Z][^:;,\"“”()]{1,50}?)(?:\s+\([A-Z][^()]{1,30}\))?"
                                  r"(?:,\s+[^:;\"“”]{1,50})?:\s+(?P<text>\S)")
# the kinds of media outlet, as a text calls one by its kind ("the Aravot newspaper", "the agency that ...")
_OUTLET_NOUNS = ("agency", "daily", "newspaper", "paper", "weekly", "magazine", "website", "channel", "outlet")
# the item calling its heading by its kind: "TBILISI EVENING: The paper gave a page to ..." (an item's own words:
# "The site", "The broadcaster" too; "The outlet" is a word about media, not one an outlet uses of itself)
_ITEM_KINDS = tuple(noun for noun in _OUTLET_NOUNS if noun != "outlet") + ("site", "broadcaster")
# papers named by their kind alone, one or several: "one daily", "several papers", "the same site"
_PRESS_KINDS = set(_ITEM_KINDS) | {"papers", "newspapers", "dailies", "weeklies", "sites", "websites", "outlets"}
_SOME_PAPER = {"one", "a", "an", "another", "several", "some", "many"}   # an unnamed paper or papers, not this one
# reference works as a source: "reference works say", "Encyclopaedias in other languages give 1992 as the date", "the
# older atlases show" (the works as a whole, no one of them named)
_REFERENCE_WORKS = prefilter.compile(r"(?i)(?:(?:the|some|most|other|several|many|standard|older|later|earlier)\s+)*"
                                     r"(?:reference\s+(?:works|books)|encyclop(?:a|ae|æ)?edias|atlases|gazetteers|guidebooks|"
                                     r"handbooks|yearbooks|almanacs)(?:\s+(?:in|of|from)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?")
# (not a kind with a name of its own after it: "NIGAR: The agency Trend carried ..." names another outlet, and the
# heading is a script's speaker)
_ITEM_KIND = prefilter.compile(r"(?:The|This)\s+(?:" + "|".join(_ITEM_KINDS) + r")\b(?!\s+(?:[A-Z]|al-))")
# an outlet's name by its last word: "Silk Way News", "KHANKENDI LOCAL NEWS", "Caspian Times" (not "Post": a village's
# or a border post's label is no outlet)
_OUTLET_LAST_WORD = prefilter.compile(r"(?i)\b(?:news|press|times|gazette|herald|daily|weekly|tv|radio)$")


def _item_outlet(sentence):
    """The match of a digest item's outlet heading and its claimant: a media outlet the table knows, or "media" for
    one it does not whose name ends as an outlet's does or that the item calls by its kind ("ASHGABAT EVENING: The
    paper ..."); else (None, None). A section's label ("Roads: ...") or a place and day ("Kapan, Saturday: ...") is
    no outlet."""
    item = _ITEM_HEADING.match(sentence)
    if item is None or not _only_capitalised(item.group("who")):
        return None, None
    who = item.group("who")
    outlet = _media_outlet(who)
    if outlet:
        return item, outlet
    unknown = canonical_actor(who) is None
    kind = _ITEM_KIND.match(sentence, item.start("text"))
    return (item, "media") if unknown and (kind or _OUTLET_LAST_WORD.search(who)) else (None, None)


def _only_capitalised(label):
    """Is every word of the label capitalised (a name: "Silk Way News", "AZERNEWS")?"""
    return all(w[:1].isupper() or w[:1].isdigit() for w in label.split())


def _is_outlet(who):
    """Is the claimant a news outlet ("Trend", "Azerbaijani television")?"""
    actor = canonical_actor(who)
    return office_in(who.lower()) == "media" or bool(actor and load_actors().office_of.get(actor) == "media")


# naming or speaking of something, the speaker's words: "refer to the route as the Zangezur corridor", "speaks of"
# (not the noun "talks": "peace talks about the status of Stepanakert" are a meeting, no one's words); the channel
# or hearers may come between: "spoke on AzTV of", "talked to reporters about"
_NAMING = prefilter.compile(r"\b(?:refers?|referred|referring)\s+to\b[^.;:\"“”]{1,80}?\bas\b|"
                            r"\b(?:speaks?|spoke|speaking|talking|talked)\s+(?:(?:on|to)\s+(?:(?:the|state|public|national|"
                            r"local)\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|television|TV|radio|reporters|journalists)\s+)?"
                            r"(?:of|about)\b")
# places a speaker named or listed, told in a relative clause: "Among the villages he named were X and Y", "the
# towns she listed included X", "X and Y were among the places he mentioned", "the villages he named yesterday in
# the X district were ..." (the list is the speaker's, named before
# by a pronoun); only when the sentence gives the list's places: "reporters visited X, one of the villages he named",
# "the places he named were later shelled" tell what others did there, or fire, no list
_PLACES_HE_NAMED = prefilter.compile(r"(?P<among>\b(?:were|was|are|is)\s+(?:among|one\s+of)\s+the\s+)?"
                                     r"\b(?:villages|towns|settlements|places|localities|positions)\s+(?:that\s+)?"
                                     r"(?P<who>he|she|they)\s+(?:had\s+)?(?P<verb>named|listed|mentioned|read\s+out)\b"
                                     r"(?P<then>(?:\s+(?:yesterday|today|earlier|on\s+[A-Z][a-z]+|last\s+[a-z]+))?"
                                     r"(?:\s+(?:in|on|at|from|for|during)\s+[^,.;:\"“”]{1,40}?)?,?\s+"
                                     r"(?:(?:were|was|are|is)\s+(?:also\s+)?(?:the\s+(?:villages?|towns?)\s+of\s+)?[A-Z]|"
                                     r"includ(?:ed|es|e)\b))?")
# a speaker naming places as a list in the main clause: "He named among them X, Y and Z", "She listed, in particular,
# X and Y", "The envoy also mentioned X, Y and Z as examples" (the speaker's list, as "the villages he named" is); only
# a list of two names or more after the verb, so a name given to someone ("He named his son Aram after X", "They named
# the street after X") is no list, nor people called by names ("soldiers named A and B were wounded in X")
_HE_NAMED_LIST = prefilter.compile(r"\b(?P<verb>named|listed|mentioned|cited)\s+(?P<among>,?\s*(?:among\s+(?:them|those|these|others)|"
                                   r"in\s+particular|for\s+example|as\s+examples)\s*,?\s+)?"
                                   r"(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+|\s+and\s+)[A-Z])")
# a verb of coming or going inside what reads as the subject of "talking about": "people came in yesterday still
# talking about it" (the talk tells how they came; the subject is no source)
_TALK_OF_NOTHING = prefilter.compile(r"\s+(?:nothing|little|anything|something|it|that|this|them)\b")
_CAME_TALKING = prefilter.compile(r"\b(?:came|went|arrived|walked|returned|stood|sat|stayed|gathered)\b")
# two sides as one subject, perhaps with a comma aside after them: "Yerevan and Baku, with Moscow in the middle, are"
_PAIR_BEFORE = prefilter.compile(r"\b(?P<a>[A-Z][\w'’-]+)\s+and\s+(?P<b>[A-Z][\w'’-]+)(?:,[^,;:.]{1,50},)?"
                                 r"\s+(?:(?:are|were|is|was|have\s+been|had\s+been|has\s+been)\s+)?(?:(?:now|still|again)\s+)?$")


def _sides_in_talks(left):
    """Do the words before a verb of talking name two sides of different nations ("Yerevan and Baku are")? They talk
    with each other: talks, not either side's account."""
    pair = _PAIR_BEFORE.search(left)
    sides = pair and (NATION_WORDS.get(pair.group("a").lower()), NATION_WORDS.get(pair.group("b").lower()))
    return bool(sides and all(sides) and sides[0] != sides[1])


# a speaker calling a place something: "called Shusha the cultural capital", "called Lachin a symbol of return" (not
# a call made at a time: "called Baku the next morning")
_CALLED_PLACE = prefilter.compile(r"\bcalled\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:the|an?)\s+(?!(?:next|following|"
                                  r"same|previous|day|morning|afternoon|evening|night|week)\b)[A-Za-z])")
# a speaker going on: "continue to refer", "still speaks of", "keeps talking about"
_KEEPS_ON = prefilter.compile(r"\s+(?:(?:continues?|continued|keeps?|kept|still|also|often|repeatedly|routinely)\s+)+"
                              r"(?:to\s+)?$")
# a court's finding is its claim: "The court found that the road had been blocked" (an order is an act, no claim)
# (and what it observed or noted: "The Court observed that the road has been disrupted", its finding too; not what
# it notes another side asked or said: "The Court noted that Armenia had asked ...", "observed that Armenia's
# application concerned the shelling of X" stay that side's)
_RULING = prefilter.compile(r"\b(?:ruled|rules|found|finds|held|holds|concluded|concludes)(?=\s+that\b)|"
                            r"\b(?:observed|observes|noted|notes)(?=\s+that\b)(?!\s+that\s+(?:[\w'’-]+\s+){1,4}?"
                            r"(?:(?:had|has|have)\s+)?(?:" + SAYING + r"|asked|asks|requested|requests|alleged|alleges|contended|"
                            r"submitted|argued|applied)\b|\s+that\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?['’]s\s+"
                            r"(?:applications?|requests?|claims?|submissions?|arguments?|allegations?)\b)|"
                            # a request turned down is ruled on too: "the court has refused Armenia's request to order ..."
                            r"\b(?:refused|refuses|rejected|rejects|dismissed|dismisses)(?=\s+(?:[\w'’-]+\s+){0,2}?"
                            r"(?:requests?|applications?|appeals?|motions?|claims?)\b)")
# a name's aside after the name: "Khankendi, as Baku calls it", "Berdzor, as we say", "Martuni as the Azerbaijanis
# call it" (a side's word for the place, no claim about it; not "as the ministry said", a source)
_NAMING_ASIDE = prefilter.compile(r"(?P<open>[—–]\s*)?\b[A-Z][\w'’-]+(?P<aside>,?\s+as\s+[^,;:—–()\"“”]{1,40}?\s+"
                                  r"(?:calls?|called|names?|named|knows?|say|prefers?\s+to\s+call)"
                                  r"(?:\s+(?:it|them|the\s+(?:town|city|village|place|road|river|region)|[A-Z][\w'’-]+))?)"
                                  r"\s*(?:(?P<close>[—–])|(?=[,;:.)]|$))")


# "what Baku calls the Basarkechar district", "what Armenians call Shushi": the name one side gives a place
_WHAT_CALLS = prefilter.compile(r"\bwhat\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:calls?|called|names?|refers?\s+to\s+as)\b")


# "the Chambarak area, which Azerbaijani reports call Krasnoselsk", "a town that the old maps name Y": a relative
# clause giving the name some people or papers use for the place before it (its verb of naming, then the name in
# capitals); who calls it so claims nothing of what the sentence tells
_WHICH_CALLS = prefilter.compile(r"(?<=,\s)(?:which|that)\s+(?:[\w'’-]+\s+){1,4}?(?:calls?|called|names?|named|knows?\s+as|knew\s+as|"
                                 r"refers?\s+to\s+as|referred\s+to\s+as)\s+(?:it\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*(?:[,;:.)]|$))")

# a relative clause giving the title some side gives a person: "X, whom the Karabakh side calls the mayor of Y, said"
# (who gives the title claims nothing; the person named before it speaks)
_WHOM_CALLS = prefilter.compile(r"(?<=,\s)whom\s+(?:[\w'’-]+\s+){1,4}?(?:calls?|called|names?|named|describes?\s+as|"
                                r"described\s+as)\s+(?:the|its|their|his|her|a|an)\s+[^,;:\"“”]{1,60}(?=,)")


def _without_naming_asides(sentence):
    """The sentence with each place's naming aside blanked (positions kept): "Gorus, as Baku calls it" names the
    place, no one claims anything in it; an aside set between dashes ("X — Gorus, as Baku calls it — people
    say") becomes a comma, so that the subject after it stands alone."""
    def blank(m):
        if m.group("open") and m.group("close"):
            return "," + " " * (len(m.group()) - 1)
        start, end = m.start("aside") - m.start(), m.end("aside") - m.start()
        return m.group()[:start] + " " * (end - start) + m.group()[end:]
    return _NAMING_ASIDE.sub(blank, sentence)


# a subject read back past the speaker's own verb: "said people gathered near the gate" (a clause inside the speech)
_SAID_OPENS = prefilter.compile(r"(?:said|says|say)\s")
# no one as the speaker: "nobody in the village believes it", "no one says so" (a denial of any claim)
_NOBODY = prefilter.compile(r"(?i)\s*(?:nobody|no\s+one|no-one|none)\b"
                            # a quantifier standing alone names nobody either: "Few expected a war", "Many feared the worst",
                            # "Some said ..." (but "Some residents said" names residents; "Others", after a group that spoke,
                            # is that group: see resolve_pronoun)
                            r"|\s*(?:few|many|some|most|several|all|both|everyone|everybody|someone|somebody)\s*$")
_COURT = prefilter.compile(r"\b(?:[Cc]ourt|ICJ|ECHR|ECtHR|[Tt]ribunal|judges)\b")
_BARE_COURT = prefilter.compile(r"(?:^|[,;:]\s*)((?:[Tt]he\s+)?(?:court|judges|tribunal))\s+(?:\w+ly\s+)?$")
# capitalised words listed with commas up to the "and" before the last: "Restoration, Construction and ", "Lachin,
# Kalbajar and " (a body's tasks in its name, or the places an office covers)
_COMMA_LISTED = r"[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)+,?\s+and\s+"
# a body whose proper name lists its tasks with commas, up to its head noun: "the Restoration, Construction and
# Management Service" (the commas end no claimant)
_LISTED_BODY = prefilter.compile(r"(?:the\s+)?" + _COMMA_LISTED + r"(?:[A-Z][\w'’-]*\s+)*"
                                 r"(?-i:Service|Agency|Committee|Ministry|Department|Office|Council|Commission|Centre|Center|"
                                 r"Fund|Administration)\b")
# the language an outlet writes in, in brackets after its name: "Trend (in Azerbaijani and English)"
_LANGUAGE = r"(?:Azerbaijani|Armenian|Russian|Turkish|Georgian|Persian|English|French|German|Arabic)"
_LANGUAGE_ASIDE = prefilter.compile(rf"\s\(in\s+{_LANGUAGE}(?:(?:,\s*|\s+and\s+|\s+or\s+){_LANGUAGE})*\)")
_ACRONYM = prefilter.compile(r"(?<=[A-Za-z])\s\([A-Z][A-Za-z]{1,9}\)(?=\s+[a-z])")
# a short aside in brackets between a speaker's name and the verb: "Mrs X (flat 12) said", "Y (aged 70) told us"
# ... not a passive ("the town (see map) said to lie near Agdam")
_NAME_ASIDE = prefilter.compile(r"(?<=[A-Za-z])\s\([^()]{1,24}\)(?=\s+(?:said|says|told|tells|added|recalled|explained)\b"
                                r"(?!\s+(?:by\b|to\s+(?!(?:the|a|an|us|me|him|her|them|reporters|journalists)\b|[A-Z])\w)))")
# (a day may stand between the participle and its agent: "a source quoted on Tuesday by the channel")
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAY_BEFORE_BY = rf"(?:(?:on\s+)?(?:{_WEEKDAYS})|yesterday|today|earlier)"
_BY_AFTER = prefilter.compile(rf"(?i)\s+(?:{_DAY_BEFORE_BY}\s+)?by\b")
_COMMA_BEFORE = prefilter.compile(r",\s*$")
# happenings just before a verb: the verb is their participle, not what they say ("incidents reported near Tegh")
_EVENTS_BEFORE = prefilter.compile(r"(?i)\b(?:casualties|incidents?|cases|violations?|attacks?|deaths?|injuries|explosions?|"
                                   r"blasts?|losses|clash(?:es)?|shootings?|strikes?|damages?|accidents?|events|shelling|"
                                   r"gunfire|fire|firing|fighting|shots)\s+$")
# a verb that can be a participle after happenings: "incidents reported", "cases registered" (never "said")
_EVENT_PARTICIPLE = prefilter.compile(r"(?i)(?:reported|recorded|registered|documented|verified|confirmed|announced|listed|"
                                      r"released|named|counted|alleged|posted|noted)$")
# a would-be inverted speaker that names a thing: "..., says the Horadiz-Aghband highway"
_THING = prefilter.compile(r"\b(?:highway|road|railway|bridge|tunnel|corridor|route|line|pipeline|airport|border|"
                           r"village|town|city|district|region|river|pass|project|plan|agreement|treaty|deal)s?$")
_CONTACT_WORDS = {"we", "I", "they", "reporters", "journalists"}
# an interview and the outlet it was given to, just before a participle that says when it appeared: the outlet
# published the interview ("an interview with Reuters aired on Sunday"), whoever answers in it makes the claim
_INTERVIEW_WITH_OUTLET = prefilter.compile(r"\binterview\s+(?:with|to|for)\s+(?:the\s+)?[A-Z][\w'’.&-]*"
                                           r"(?:\s+[A-Z][\w'’.&-]*){0,3}\s+$")
# someone's words and the outlet they were given to, just before a participle that says when they appeared: the
# speaker's claim, not the outlet's ("the minister's remarks to TASS, published on Monday, ...")
_WORDS_TO_NOUNS = ("words", "remarks", "comments", "answers")     # (one is in every _WORDS_TO_OUTLET match)
_WORDS_TO_OUTLET = prefilter.compile(r"(?P<owner>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+(?:words|remarks|comments|"
                                     r"answers)\s+to\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3},?\s+$")
_PAST_FORM = prefilter.compile(r"[a-z]+ed$|said$|told$|wrote$")
# a relative clause without "who" after the speakers: "(the) relatives we spoke to", "villagers I met"
_CONTACT_CLAUSE = prefilter.compile(r"\s(?:whom\s+|that\s+)?(?:we|I|they|reporters|journalists)\s+(?:spoke|talked|sat|stayed|lived)\s+(?:to|with)\b|"
                                    r"\s(?:whom\s+|that\s+)?(?:we|I)\s+(?:interviewed|met|reached|contacted|visited)\b|"
                                    # a source the writer used: "The account we relied on says", "the history I cited"
                                    r"\s(?:which\s+|that\s+)?(?:we|I)\s+(?:relied\s+on|drew\s+on|used|followed|cited|quoted)\b")
# a heading-style speaker before a colon: "Armenian MoD: Azerbaijani forces shelled Sotk" (a digest item's outlet
# heading, with its city and a word of when, is _ITEM_HEADING)
_COLON_SPEAKER = prefilter.compile(r"\s*(?P<who>[A-Z][^:;,\"“”]{1,60}):\s+\S")
# a company named after its trade as a note's label before a colon: "Operator GeoProMining:", "The company Armgaz:"
_COMPANY_LABEL = prefilter.compile(r"(?:[Tt]he\s+)?(?:(?:mine|mining|state)\s+)?(?:[Oo]perator|[Cc]ompany|[Ff]irm|[Dd]istributor|"
                                   r"[Cc]arrier)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
# a speaker signing the words after a dash at their end: '"Our posts near Sotk came under fire." — Aronui Aghababyan'
_DASH_SIGNATURE = prefilter.compile(r"[.!?][\"”’']?\s+[—–]\s*(?P<who>[A-Z][^—–\n\"“”.!?]{1,80}?)\s*$")
# a transcript's turn whose label is its speaker's name before a dash: "Mirzoyan — ...", "HIKMET HAJIYEV – ..."
_DASH_TURN = prefilter.compile(r"\s*(?P<who>[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)?)[^\S\n]+[—–][^\S\n]+\S")
# a table's row "place / who reported it / what": its middle column, when it names a body, is the row's source
_TABLE_ROW = prefilter.compile(r"\s*[^/\n]{1,60}?\s/\s(?P<who>[^/\n]{2,60}?)\s/\s+\S")
# a transcript's turn whose label names its speaker in brackets: "A (Ararat Mirzoyan): ...", "GUEST (Anar Eyvazov,
# Azerbaijani Defence Ministry): ...", "[Aronui Aghababyan, Armenian MoD] ..."
_BRACKETED_TURN = prefilter.compile(r"\s*(?:(?:A|Answer|ANSWER|Guest|GUEST)\s*\((?P<who>[^()\n]{2,80})\)\s*:"
                                    r"|\[(?P<tagged>[^\[\]\n]{2,80})\])\s+\S")
# the source a subject cites, set between it and its verb: "Amnesty, citing witnesses, reported"
_CITING_ASIDE = prefilter.compile(r",\s+citing\s+[^,;:\"“”]{1,60},\s*$")
# sources no one can name: the outlet citing them makes the claim
# (nameless people it heard count as such sources: "the group, citing eyewitnesses, reported" is the group's word)
_VAGUE_SOURCE = prefilter.compile(r"(?i)(?:its|their|his|her|own|unnamed|anonymous|informed|well[- ]informed|reliable|"
                                  r"several|some|local|"
                                  r"(?:its|their) own|\s)*(?:sources?|(?:eye)?witness(?:es)?|residents|locals|survivors|"
                                  r"villagers|refugees|soldiers|servicemen|people)"
                                  # (and where they are: "soldiers serving in the village", "people living near the post")
                                  r"(?:\s+(?:close to|familiar with|in|on|at|near|serving|stationed|living|based)\b.*)?")
# a side's press named by no outlet: "Armenian media", "the Russian press", "local news sites" (the outlet that cites
# it is the one that names what it wrote)
_UNNAMED_PRESS = prefilter.compile(r"(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+|local\s+)?(?:media|press|news\s+(?:sites|outlets|"
                                   r"agencies)|outlets|news\s+reports)", re.I)
# the reports a denial rejects, a noun: "dismissed as false Armenian reports that", 'called "baseless" media reports'
_DENIED_BEFORE = prefilter.compile(r"\b(?:rejected|rejects|dismissed|dismisses|called|calls)\s+(?:as\s+[a-z]+(?:\s+and\s+[a-z]+)?|"
                                   r"[\"“][a-z]+(?:\s+and\s+[a-z]+)?[\"”])\s+(?:[A-Z][a-z]+\s+(?:media\s+)?)?$")
# a claim and whose it is: "Baku's claim that", "the allegation by Armenia's Defence Ministry that"
# "a statement of the Azerbaijani Defence Ministry that accused ...", "an Azerbaijani report that": a side named by its
# adjective alone is that side
_CLAIM_NOUN_PATTERN = r"(?:claim|allegation|accusation|assertion|report|statement)s?"
_CLAIM_NOUN_WORD = prefilter.compile(r"\b" + _CLAIM_NOUN_PATTERN + r"\b")
# someone's account, version or line of events ("the ministry's line that ..."): a claim only when owned
_OWNED_ACCOUNT = prefilter.compile(r"['’]s\s+(?:\w+\s+)?(?:account|version|line)s?\b")
_SIDE_ADJECTIVE = "|".join(sorted(set(ADJ_COUNTRY.values())))
# but a line (or an account) that a relative clause describes tells no claim: "the Armenian army's line that ran near
# Tegh", "the ministry's account that was published on Monday"
_ACCOUNT_NOT_TOLD = (r"(?!,?\s+that\s+(?:had\s+|has\s+)?(?:ran|runs|run|held|holds|stretched|stretches|lay|lies|"
                     r"passed|passes|was|were|is|are|followed|follows|went|goes|crossed|crosses|separated|"
                     r"separates|divided|divides|connects|connected|linked|links)\b)")
# the claim and the one who makes it, set apart: "the claim, made by the ministry, was that ..."
_MADE = r"(?:(?:first|later|earlier)\s+)?(?:(?:made|put\s+forward|issued|voiced)\s+)?"
# a body named after "by" or "of": a capitalised name up to the next punctuation, bracket or quote ("by the ministry",
# "of the Interior Ministry")
_BODY_PHRASE = r"(?:the\s+)?[A-Z][^,;:()\"“”]{1,60}?"
# (the owner's name capitalised, or a country's body written in lower case: "the Russian defence ministry's line that
# ...", "Most outlets use the Azerbaijani army's version that ...")
_CLAIM_OWNER = (r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w.-]*|[A-Z][\w.-]*\s+(?:(?:defen[cs]e|foreign|interior|emergencies|"
                r"state)\s+)?(?:ministry|government|army|command|service)")
_CLAIM_OF = prefilter.compile(r"(?:(?P<owner>" + _CLAIM_OWNER + r")['’]s\s+(?:(?:latest|new|repeated|earlier|"
                              r"own)\s+)?(?:" + _CLAIM_NOUN_PATTERN + r"|(?:account|version|line)s?" + _ACCOUNT_NOT_TOLD + r")|" + _CLAIM_NOUN_PATTERN + r",?\s+" + _MADE +
                              r"(?P<prep>by|from|of)\s+(?P<author>" + _BODY_PHRASE + r")|\b(?:an?|the)\s+"
                              r"(?P<side>" + _SIDE_ADJECTIVE + r")\s+" + _CLAIM_NOUN_PATTERN +
                              # (a denial set off between: "the Azerbaijani claim, disputed by Yerevan, that ...")
                              r")(?:,\s+(?:disputed|denied|rejected|contested|refuted)\s+by\s+[^,;:.]{1,40}?,)?"
                              r",?\s+(?:(?:was|is)\s+)?that\b")
# a body's name written out: capitalised words, with "of", "and", "for" between them ("the Ministry of Defence")
_BODY_NAME = prefilter.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w'’.-]*)*")
# a capital where something is named so: "In Baku the project is described as the Julfa-Ordubad railway"
_IN_CAPITAL_CALLED = prefilter.compile(r"^In (?P<who>[A-Z][a-z]+),?\s[^.;:]{0,80}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?"
                                       r"(?:described|called|known|seen|referred to|presented|portrayed|viewed|regarded)\b")
# "In his words", "by her account": the person named before speaks
# (or "by his later announcement", "by her own claim": a claim told as his, as "by his account" is)
_IN_HIS_WORDS = prefilter.compile(r"(?i)\b(?:in|by|on) (his|her|their|its) (?:own |later |earlier )?"
                                  r"(?P<noun>words|account|count|tally|claim|announcement)\b")
# (not the agent of a passive: "Pashinyan was surprised by his announcement that ...", "were alarmed by her claim")
_PASSIVE_AGENT = prefilter.compile(r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\s+$")
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they", "its": "it"}
# a side's telling of events: "in the Azerbaijani version of events", "in the Armenian account" (its side's)
# ("by the Armenian account", or by a capital's or a country's: "by Yerevan's account", "in Baku's version", which
# is that capital's; or an outlet's named by its web address: "by Lragir.am's account")
# (an outlet's name may carry a second capital inside it: "by AzerNews's count", "in ArmenPress's account"; or open
# with its letters: "by AFP's count", "by TASS's count", "by JAMnews's count"); an outlet's report tells as its
# account does: "By AZERTAC's report ten families moved to X", "in Trend's report, ..." (its own, not a report it
# names: "in Trend's report on the ministry's claim" is still read as Trend's; but no report card, whoever's it is:
# "by Aliyev's report card, the economy of X grew", "in the Armenian report card")
_SIDE_VERSION = prefilter.compile(r"\b(?:[Ii]n|[Bb]y|[Oo]n)\s+(?:the\s+(?P<side>" + _SIDE_ADJECTIVE + r")|"
                                  r"(?P<capital>(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|(?P<letters>[A-Z]{2,}(?:/[A-Z]{2,})?)[a-z]*)"
                                  r"(?:\.(?:am|az|ru|ge|com))?)['’]s)\s+(?:own\s+)?(?:official\s+)?"
                                  r"(?P<kind>version|account|telling|count|tally|report(?!\s+cards?\b))(?:\s+of\s+(?:the\s+)?events)?\b(?!-)")   # (not "count-down")
# the kinds of a side's telling that are an account told, not a count kept
_TOLD_VERSION = prefilter.compile(r"version|account|telling|report")
# a source's aside set off from the clause it tells: opening the sentence or after a comma or a dash, and closed by one
# or by the sentence's end ("By Pressam's telling, two shells hit X", "Two shells hit X, in Oragir's account.")
_SET_OFF_BEFORE = prefilter.compile(r"(?:^|[,;:(—–]|\s-)\s*[\"“'‘]?$")
_SET_OFF_AFTER = prefilter.compile(r"\s*(?:[,;:)—–.!?\"”]|\s-\s|$)")


# a source named in full, of two to four capitalised words the table need not know, whose account opens the sentence
# or its clause: "By Golos Armenii's account the fire ...", "In Hraparak Daily's account, ..." (as "according to X";
# not a day's or a month's: "By Monday Morning's account"; not an account of money: "paid by X's account" has no
# opening "By")
_NAMED_OUTLET_ACCOUNT = prefilter.compile(r"(?:^|(?<=[,;:]\s))[\"“'‘]?(?:[Bb]y|[Ii]n)\s+(?P<who>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){1,3})"
                                          r"['’]s\s+(?:own\s+)?account\b(?!\s+(?:of|books?|balances?|numbers?|holders?|details|statements?|"
                                          r"managers?|was|is|had|has)\b)")
_NOT_AN_OWNER = set(MONTH_NAMES.lower().split("|")) | set(_WEEKDAYS.split("|")) | {
    "morning", "evening", "night", "day", "week", "year", "today", "yesterday"}


def _counting_body(name):
    """Is ``name``, after "By its own count, the", the body whose count it is: a name of two words or more ("the
    Norwegian Refugee Council") or one the actor table knows ("the ICRC"), not a single word before a common noun, a
    place's or a side's ("By its count, the Armenian side fired", "the Kapan hospital", "the Lachin corridor": whoever
    spoke before counts, or no one)?"""
    return len(name.split()) > 1 or (name.lower() not in NATION_WORDS and bool(canonical_actor(name)))


# a body's telling named by its owner: "in the Armenian defence ministry's account, units fired ..." (the owner's,
# when the actor table knows it); its map tells as much: "by the Russian defence ministry's map, the road is ..."
# (not its telling of another's claims: "in the Armenian ministry's account of the Azerbaijani version, ..." tells
# what the other side says)
# (a plural owner too, its mark after the s: "by the prosecutors' count"; and its claim or list: "by the president's
# claim", "on the agency's list")
_OWNER_VERSION = prefilter.compile(r"\b(?:[Ii]n|[Bb]y|[Oo]n)\s+the\s+(?P<owner>(?!(?:[\w-]+\s+)*?the\s)[A-Za-z][\w -]{2,50}?)(?:['’]s|(?<=s)['’])\s+(?:own\s+)?"
                                   r"(?:official\s+)?(?:version|account|telling|count|tally|map|claim|list)\b(?!-)"
                                   r"(?!\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _CLAIM_NOUN_PATTERN +
                                   r"|versions?|accounts?)\b)")
# a count told as its owner's, the subject of the figure it reached: "the ombudsman's count had grown to 7,000", "the
# ministry's tally stood at twelve" (the owner's claim, as "by the ombudsman's count" is; a bare title is its holder
# named before); not a toll with no owner ("the death toll rose to nine")
# (nor a time before the owner: "By the evening the ombudsman's count" is the ombudsman's; no owner spans a "the",
# here or in _OWNER_VERSION)
_OWNER_COUNT_REACHED = prefilter.compile(r"\b[Tt]he\s+(?P<owner>(?:(?![Tt]he\s)[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]+?)"
                                         r"(?:['’]s|(?<=s)['’])\s+(?:own\s+|latest\s+|official\s+|running\s+)?"
                                         r"(?:count|tally|figures?)\s+(?:had\s+|has\s+|have\s+)?(?:now\s+|already\s+)?"
                                         r"(?:(?:grown|grew|risen|rose|climbed|gone\s+up|went\s+up)\s+to|(?:stood|stands)\s+at|"
                                         r"reached|passed)\b")
# a list or count cited before, named again as "the same": "X was on the same list", "by the same count" (its
# owner, the claimant before, even after a paragraph break); so too a report or an account: "By the same report a
# second shell fell on X"
_SAME_TALLY = prefilter.compile(r"\b(?:[Oo]n|[Ii]n|[Bb]y)\s+(?:that\s+|the\s+)same\s+(?:list|count|tally|report|account)\b")
# a force named by its noun alone as the owner: "by the army's account" (the army heard before)
_BARE_FORCE = prefilter.compile(r"(?i)(?:the\s+)?(?:army|military|police)")
# a report named by its noun alone as the owner: "by the report's account", "in the same report's account"
_REPORT_OWNER = prefilter.compile(r"(?i)(?:same\s+)?report")
# "documents" as the papers, not the verb: after a determiner, a number, an adjective of papers or a verb done to
# them ("seized documents the smugglers had hidden", "the documents", "secret documents", "found documents")
_DOCUMENTS_NOUN = prefilter.compile(r"\b(?:the|these|those|such|its|their|his|her|our|of|with|and|or|\d+|two|three|several|"
                                    r"many|some|other|new|secret|official|classified|internal|forged|false|fake|found|hid|"
                                    r"stole|sent|brought|took|kept|showed|gave|[a-z]+ed)\s+$")
# "in what it called Operation Revenge": the namer claims what the clause says
_WHAT_CALLED = prefilter.compile(r"\bin what (?P<who>[\w'’ -]{2,40}?) (?:called|calls|termed|dubbed|described as)\b")
# people, not a document, before "reached by", "contacted by", "interviewed by": they are the speakers
_PEOPLE_HEAD = prefilter.compile(r"(?i)^(?:the\s+|some\s+|several\s+|two\s+|three\s+)?(?:residents|villagers|locals|"
                                 r"witnesses|eyewitnesses|refugees|evacuees|survivors|families|relatives|farmers|"
                                 r"shepherds|soldiers|doctors|medics|teachers|people|drivers)\b")
# people named by the road they travel or the place they wait at: "drivers on the Goris–Stepanakert road",
# "travellers along the highway", "drivers at the X crossing", "drivers waiting in the queue", "a driver
# waiting on the Georgian side" (one of them, however the place is named), "refugees arriving in Goris", "tanker
# drivers heading for the border", "minibus drivers coming back from the market"
_TRAVELLERS_ON = prefilter.compile(r"(?i)^(?:the\s+|some\s+|several\s+|a\s+|an\s+|one\s+)?((?:[a-z]+\s+)?drivers?|"
                                   r"travell?ers?|passengers?|commuters?|refugees|evacuees)(?:\s+(?:here|there)$|\s+(?:on|"
                                   r"along|using|at|in|near|(?:who\s+(?:were|was)\s+)?(?:waiting|queu(?:e?ing)|stuck|"
                                   r"stranded|arriving|returning|fleeing|leaving|heading|headed|bound|coming|going|"
                                   r"travell?ing|driving|writing|speaking|talking))\s+)")
# the means of speaking, not its agent: "reached by telephone", "by phone", "told by loudspeakers" (a message
# broadcast from a vehicle is its senders' words, not the loudspeakers')
_MEANS_NAMES = (r"(?:tele)?phone|mobile phone|e-?mail|text message|video link|messenger|radio|loud-?\s?speakers?|"
                r"megaphones?|public[- ]address(?:\s+system)?")
_MEANS = prefilter.compile(r"(?i)(?:" + _MEANS_NAMES + r")")
# "said by telephone that": the means of speaking, the speaker stands before the verb
_MEANS_WORDS = r"(?:the\s+)?(?:" + _MEANS_NAMES + r")\b"
# (not an outlet named after its means: "according to Radio Azatutyun", "Radio Liberty reported")
_MEANS_AHEAD = prefilter.compile(_MEANS_WORDS + r"(?!\s+(?-i:[A-Z]))", re.I)
_BY_MEANS = prefilter.compile(r"\s+by\s+" + _MEANS_WORDS, re.I)
# "according to the radio": a broadcaster named by its means, whose telling it is (not a means of speaking)
_THE_RADIO = prefilter.compile(r"(?i)the\s+(?:same\s+)?radio")
# a person's name in apposition after a title: "the village head, Ashot Sargsyan" (the name closes the clause)
_NAME_AFTER_TITLE = prefilter.compile(r"\s*,\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*(?:[.;,]|$)")
# a source cited again as the one before: "the same reports", "the same sources", "the same account", "the same address",
# "the same group" (a monitoring group named before)
# (not a house's: "neighbours at the same address said")
# a body told again as "the same": "the same ministry", "the same office" (resolved as "the ministry" is)
_SAME_BODY = prefilter.compile(r"(?i)(?:the\s+)?same\s+(\w+(?:\s+\w+)?)")
_SAME_SOURCE = prefilter.compile(r"(?i)(?:(?:the\s+)?same|that(?=\s+account)|this(?=\s+account))\s+"
                                 r"(?P<noun>reports?|sources?|accounts?|statements?|bulletins?|"
                                 r"(?<!\bat the same )(?<!\bto the same )(?<!\bfrom the same )address(?:es)?|"
                                 r"speech(?:es)?|releases?|announcements?|media|outlets?|publications?|pieces?|articles?|"
                                 r"chronolog(?:y|ies)|chronicles?|daily|dailies|newspapers?|papers?|agency|weekly|magazine|"
                                 r"website|"
                                 r"channel|correspondents?|reporters?|guide(?:book)?|(?<!\bfrom the same )(?<!\bof the same )groups?|"
                                 # (a web page told again: "The same page claimed that"; a site is read as a body)
                                 r"(?<!\bon the same )(?<!\bat the same )pages?|"
                                 # (or the posts cited before: "The same posts claimed that"; not soldiers "at the
                                 # same posts")
                                 r"(?<!\bat the same )(?<!\bon the same )(?<!\bfrom the same )(?<!\bnear the same )"
                                 r"(?<!\bto the same )(?<!\bin the same )"
                                 # (nor the posts soldiers hold: "soldiers manning the same posts said", "troops who
                                 # hold the same posts")
                                 r"(?<!ing the same )(?<!ed the same )(?<!\bhold the same )(?<!\bheld the same )"
                                 r"(?<!\bman the same )(?<!\bguard the same )(?<!\boccupy the same )(?<!\bleft the same )"
                                 r"posts)")
# the same source as the subject of a speech verb: "The same reports said", "the same sources also said"
_SAME_SOURCE_BEFORE = prefilter.compile(_SAME_SOURCE.pattern + r"\s+(?:also\s+|\w+ly\s+)?$")
# records named by their kind alone, no body: "the figures", "the data" (no speaker)
_BARE_RECORDS = prefilter.compile(r"(?i)(?:the\s+)?(?:latest\s+|new\s+)?(?:data|figures|numbers|statistics|estimates|records)")


def _nation_body_again(words):
    """Is "Russian ministry" of "the same Russian ministry" a nation's body told again, read as "the Russian
    ministry" is (not "the same Russian" alone, nor "the same day")?"""
    nation, _, noun = words.partition(" ")
    return nation.lower() in ADJ_COUNTRY and noun.lower() in PRONOUNS


def _same_source(same):
    """Whom "the same reports" or "the same daily" stands for: the daily named before, else the report cited before
    (what a later sentence of the article resolves to the claimant before it)."""
    noun = same.group("noun").lower()
    return f"the {noun}" if noun in _OUTLET_NOUNS else "the report"


# words ending in -ly that are nouns, not adverbs ("his family said")
_LY_NOUNS = {"family", "ally", "assembly", "rally", "supply", "italy", "july", "reply", "monopoly", "anomaly"}


_DAY_PART = prefilter.compile(r"(?i)morning|afternoon|evening|night")


# a day's own event opening a clause: "At Monday's hearing", "After yesterday's session"
_DAY_S = prefilter.compile(rf"(?i)(?:{_WEEKDAYS}|yesterday|today)['’]s")


def _day_part_of(day, word):
    """Is the word a part of the day just named ("On Friday morning Aharonyan said")? It then belongs to
    the opening time phrase, not to the speaker."""
    return bool(_DAY_PART.fullmatch(word) and (_WEEKDAY_WORD.fullmatch(day) or _DATE_WORD.fullmatch(day)
                                               or day.lower() in ("yesterday", "today", "tomorrow")))


def _adverb(word):
    """Is ``word`` an adverb in -ly ("later", "officially"), not a noun ("family", "assembly")?"""
    low = word.lower().strip(",.")
    return low.endswith("ly") and low not in _LY_NOUNS


def _surname_in_ly(words):
    """Is the last word a surname in -ly after a capitalised first name ("Aslan Giyasly", "Ramil Gazly"), no adverb?
    (not after a body's or an office's word, a headline's capitals: "The Ministry Quickly Said")"""
    return len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper() \
        and not _NOT_A_NAME_WORD.match(words[-2])


# a paper's kind that reads like an adverb: after a nation's adjective, a determiner or a compound adjective it is
# the paper ("a Georgian daily reported", "One daily noted", "a Russian-language weekly wrote")
_LY_OUTLETS = {"daily", "weekly"}
_PAPER_DETERMINERS = {"a", "an", "the", "one", "another", "each", "this", "that", "same", "other"}


def _national_paper(words):
    """Do the words end in a paper named by its kind ("A Georgian daily", "One daily", "a pro-government weekly"),
    whose last word is that kind, no adverb to drop?"""
    if len(words) < 2 or words[-1].lower() not in _LY_OUTLETS:
        return False
    before = words[-2].lower()
    return before in NATION_ADJECTIVES or before in _PAPER_DETERMINERS or "-" in before


_WEEKDAY_WORD = prefilter.compile(rf"(?i){_WEEKDAYS}")
_WEEKDAY_IN = prefilter.compile(rf"(?i)(?=[fmstw])\b(?:{_WEEKDAYS})\b")
_WORD_CHAR = prefilter.compile(r"\w")
_ARTICLE = prefilter.compile(r"(?i)^(?:the|a|an)\s+")
# (the first characters of the stops are tested before them: most positions are passed over at once)
# ("At that ceremony X said": "that" after an opening preposition is a determiner, no clause's start)
# a day after the subject, before its verb: "the ministry's release on 4 November", "its statement of October 5, 2020"
_MONTH_NAMES = r"(?:" + MONTH_NAMES + r")"
# the day a source told something, closing its name after "as reported by" or "according to": "as reported by X on
# Monday", "according to X on 30 August", "as reported by X on Tuesday evening" (the source is X)
_REPORT_DAY_TAIL = prefilter.compile(r"(?i)\s+on\s+(?:(?:" + _WEEKDAYS + r")(?:\s+(?:morning|afternoon|evening|night))?|"
                                     r"\d{1,2}\s+" + _MONTH_NAMES + r"|" + _MONTH_NAMES + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
                                     r"(?:\s+\d{4})?\s*$")
# (a document's weekday too: "the ministry's bulletin of last Sunday listed" is the bulletin's; "who visited X on
# Friday, said" keeps its clause)
# (and the day a record covers: "the government's figures for 28 September showed": the figures, not the month)
_TRAILING_DATE = prefilter.compile(r"\s+(?:[Oo]n|of|for|dated)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAMES + "|" + _MONTH_NAMES +
                                   r"\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?,?\s*$|"
                                   r"\s+of\s+(?:(?:last|this|the\s+previous)\s+)?(?=[A-Z])(?i:" + _WEEKDAYS + r")\s*$|"
                                   # (a picture's day: "an AFP photograph from Monday of last week shows": the photograph)
                                   r"(?:(?<=photograph)|(?<=picture)|(?<=image)|(?<=photo)|(?<=video))\s+from\s+(?=[A-Z])(?i:" + _WEEKDAYS +
                                   r")(?:\s+of\s+(?:last|this|the\s+previous)\s+week)?\s*$")
# a time told with "that same", no relative clause: "a photograph taken that same month" (a bare "that morning" still
# stops: "My uncle flew out of X that morning and told ..." has its subject after it)
_THAT_TIME = r"(?:day|week|month|year|morning|afternoon|evening|night|spring|summer|autumn|winter)\b"
_SUBJECT_STOP = prefilter.compile(r"(?=[,;:()\"“”‘abtw])(?:(?<!\d),|,(?!\d)|[;:()\"“”‘]|"
                                  r"\b(?:(?:(?<!\b[AaIiOo][tnf] )(?<!\b[Bb]y )(?<!\b[Ww]ith )(?<!\b[Aa]fter )(?<!\b[Uu]nder )"
                                  r"(?<!\b[Dd]uring )(?:(?<!\b[Ll]ater )(?<!\b[Ee]arlier )(?<!\b[Ll]ate )(?<!\b[Ee]arly )|(?!that\s+" + _THAT_TIME + r"))"
                                  # ("Later that day Azerbaijan said": a time, its "that" no relative before the subject)
                                  r"that(?!\s+same\s+" + _THAT_TIME + r")|which|who|what|where|as|"
                                  r"after|before|while|when|because)\b|"
                                  # ("the foreign and defence ministries": one subject, two bodies sharing their noun)
                                  r"and\b(?=\s+[a-z])(?!\s+[a-z]+\s+(?:ministries|services|departments|committees)\b)))")
# a medium's reports, their noun before where they came from and a saying verb: "Radio reports from Armenia said"
_MEDIUM_BEFORE = prefilter.compile(r"(?i)\b(?:radio|television|tv)\s+$")
_FROM_THEN_SAID = prefilter.compile(r"\s+from\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+"
                                    r"(?:said|say|says|claimed|claim|claims|reported|suggested)\b")
_SAID_LAST = prefilter.compile(r"\s(?:said|say|says|claimed|reported)$")
_DETERMINER_BEFORE = prefilter.compile(r"(?=[ahiost])\b(?:the|a|an|this|that|these|those|its|their|his|her|our|such)\s+"
                                       r"(?:(?-i:" + _SIDE_ADJECTIVE + r")\s+)?$", re.I)   # (and "an Azerbaijani report")
# the verbs of one who recalls a fight, and the fight recalled right after them (see lexicon.SPEECH_VERB; not "the
# paper recalled.", "she recalled that")
_RECALL_VERBS = ("recalled", "recalls", "remembered", "remembers")
_RECALLED_THING = prefilter.compile(r"\s+(?:the|those)\s")
# a would-be inverted speaker that opens a list of names with a verb after its last: "the mayor, X, said A, B and C
# were under blockade" (the names are what is said, the subject of its clause; not "..., said A, the mayor")
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_LISTED_SUBJECT_AFTER = prefilter.compile(r"(?:\s*,\s*" + _NAME_WORDS + r")*\s*,?\s+(?:and|or)\s+" + _NAME_WORDS
                                          + r"\s+(?:were|was|are|is|had|have|has|would|will|could|remain(?:ed|s)?)\b")
# the role before a name in an inverted speaker: "..., said its head, Hakob Arshakyan" is Hakob Arshakyan
_ROLE_BEFORE_NAME = prefilter.compile(r"^(?:the|its|his|her|their)\s+[a-z][^,]*,\s+(?=[A-Z])")
# a verb in the past tense inside a would-be inverted speaker: "..., said Azerbaijani drones hit Goris"
_PAST_VERB = prefilter.compile(r"\b(?!(?:red|bed|led|need|speed|seed|feed|united|based|armed|used|retired|unnamed|"
                               r"so-called|self-proclaimed)\b)[a-z]{2,}ed\b|\b(?:hit|struck|shot|fired|took|came|fell|"
                               r"began|sent|made|cut|seized|lost|won|launched|blew|killed|wounded)\b")
# a participle after a source's records: "figures published at the time", "data released on Monday" (not when
# a publisher follows within three words: "a report published this week by an Azerbaijani news site")
_RECORD_PARTICIPLE = prefilter.compile(r"\s+(?:published|released|issued|posted|compiled|made\s+public)\b"
                                       r"(?!(?:\s+[\w-]+){0,3}?\s+by\b)|"
                                       # when and how a person was heard: "according to the village head interviewed in
                                       # 2012", "the farmer questioned last week": that person
                                       r"\s+(?:interviewed|questioned|contacted|reached|visited)\s+(?=(?:in|on|last|this|"
                                       r"by\s+(?:phone|telephone)|at|during|earlier)\b)")
# reports a body received and passes on: "had received reports that", "has received complaints from"
# (or calls taken from the people who report: "the ombudsman was receiving calls from residents of X", as the older
# sets annotate the office that received the calls, 15 of 15, or calls from a place, "alarmed calls from X";
# not calls from a hotline or from relatives abroad, which tell the receiver nothing of the place; "has had calls
# from X" is the same as "has received")
_RECEIVED_REPORTS = prefilter.compile(r"\b(?:(?:(?:has|have|had)\s+(?:also\s+)?)?(?:received|(?:was|were)\s+receiving)|"
                                      r"(?:has|have|had)\s+(?:also\s+)?had)\s+"
                                      r"(?:(?:several|many|numerous|new|further|alarm(?:ed|ing)|(?:tele)?phone)\s+)?"
                                      r"(?:(?:reports|information|complaints|messages|alerts)\s+(?:that|of|about|from)|"
                                      r"calls\s+(?:(?:throughout|during|on|in|that|all)\s+[\w\s]{0,25}?\s)?(?:from\s+"
                                      r"(?:(?:the|local|frightened|worried|alarmed)\s+)?(?:residents|villagers|inhabitants|"
                                      r"locals|people|civilians|(?=[A-Z]))|(?:that|about)\b))")
# reports no one is said to have made: "There were reports of shelling near X", "there have been unconfirmed reports
# that ...": the press, as "reports said" is (not "there were no reports of": nothing is claimed)
_THERE_WERE_REPORTS = prefilter.compile(r"\b[Tt]here\s+(?:were|are|have\s+been|had\s+been|was|is)\s+(?:(?:also|again)\s+)?"
                                        r"(?:(?:an?|some|several|many|numerous|new|further|fresh|unconfirmed|conflicting|"
                                        r"local|media|press|news)\s+){0,2}reports?\s+(?:of|that|about)\b")
# a post on someone's own account or page: its owner tells it ("a post on the ministry's Telegram channel")
_POST_ON_ACCOUNT = prefilter.compile(r"(?i)^(?:an?\s+|the\s+|one\s+)?(?:\w+\s+)?(?:post|tweet|message|video)\s+on\s+"
                                     r"(?P<who>.+?)['’]s\s+(?:official\s+)?(?:[A-Z]\w*\s+)?(?:account|page|channel|feed)$")
# a source's records and who gathered them: "the data gathered by his regional office", "figures collected by X"
_RECORDS_BY = prefilter.compile(r"(?i)^(?:the\s+)?(?:latest\s+|official\s+|preliminary\s+)?(?:data|figures|statistics|"
                                r"information|records|numbers|estimates)\s+(?:gathered|collected|compiled|published|released|"
                                r"issued|posted|provided)\s+by\s+(?P<who>.+)$")
# a place after "in" with a capitalised two letters after a dot is no web address: "the ministry in Baku.Az" (the
# space after the dot left out)
_PLACE_THEN_DOT = prefilter.compile(r"\s(?:in|at|from|near)\s+(?P<place>[A-Z][\w'’-]*)\.[A-Z][a-z]\b")
# an account named by who gave it, in a relative clause: "the account that the researcher X gave (in 1988)", "the
# account the ministry gave at the time"
_ACCOUNT_GIVEN = prefilter.compile(r"(?i)^(?:(?:the|an?)\s+(?:\w+\s+)?(?:account|version|description|estimate)|accounts)\s+"
                                   r"(?!(?:numbers?|details|holders?)\b)(?:(?:that|which)\s+)?"
                                   r"(?P<who>.+?)\s+(?:gave|gives|has\s+given|had\s+given|offered|wrote|published)\b")
# a charge in the passive and what it is for: "Armenia was blamed by the ministry for the shelling of Barda"
_CHARGED_BY = prefilter.compile(r"(?i)(?:(?:was|were|is|are|been|being)\s+(?:first\s+)?)?(?:blamed|accused)\s+by\b")
_CHARGE_TAIL = prefilter.compile(r"\s+(?:for|of)\s+(?=[a-z]+ing\b|(?:the|an?|its|their)\s+[a-z])")
_CLAUSE_AFTER = prefilter.compile(r"\s+(?:that|who|which|when|while|where|because|after|before|if)\b")
# the subject of the clause told, when no comma closes the source's name: "by the account of the district's
# authority every house was burnt", "according to the ministry 30 people were killed" (a quantifier or a count
# after the name, not one a preposition takes: "the report of 12 May")
_SUBJECT_AFTER = prefilter.compile(r"(?<!\bof)(?<!\bon)(?<!\bin)(?<!\bto)(?<!\bfrom)(?<!\bsince)(?<!\buntil)"
                                   r"\s+(?=(?:every|each|all|most|many|several|none)\b|\d{1,3}(?![\d:.,]\d|\s*(?:%|per\s*cent)))")
# a day told between a participle and "by" ("quoted on Tuesday by", "published yesterday by")
_DAY_WORDS = prefilter.compile(rf"(?i)(?:on|{_WEEKDAYS}|yesterday|today|earlier|this|last|morning|evening|night|week)$")
# ... only after a participle of passing words on or reaching a speaker: "a journalist expelled yesterday by the
# authorities wrote", "the prisoner released last night by Baku told" are the journalist's and the prisoner's words
_RELAYING_PARTICIPLES = {"quoted", "cited", "published", "issued", "posted", "shared", "reported",
                         "broadcast", "shown", "aired", "carried", "relayed", "circulated", "distributed",
                         "interviewed", "reached", "contacted"}


def _day_words_before(words, by):
    """How many words before ``by`` (at most three) tell a day, after a participle of relaying."""
    n = 0
    while n < 3 and by - n - 1 > 0 and _DAY_WORDS.match(words[by - n - 1]):
        n += 1
    return n if n and words[by - n - 1].lower() in _RELAYING_PARTICIPLES else 0


# where a picture was put, between its participle and its agent: "put on Facebook by", "posted online by"
_PUT_WHERE = {"on", "onto", "to", "in", "online", "across", "via", "through"}
# a picture with no teller named: "A photo shared on Telegram", "a video of soldiers", "footage filmed on Monday"
# (no agent: "a video posted by residents" is the residents'); ...
_BARE_PICTURE = prefilter.compile(r"(?i)(?:(?:a|an|the|this|that|one|another|new|latest|fresh|short|grainy|amateur)\s+)*"
                                  r"(?:photos?|photographs?|videos?|clips?|footage|images?|pictures?|screenshots?)"
                                  r"(?:\s+(?:(?:of|on|in|showing)\s+[^,;:]*|[a-z]+ed\b[^,;:]*|(?:put|shot|taken|sent|"
                                  r"spread|shown)\b[^,;:]*))?")
# where a picture was put: "shared on Azerbaijani social media channels"
_PICTURE_PUT_ON = prefilter.compile(r"\b(?:on|in)\s+(?P<where>[^,;:]+)$")
# ... nor one that names a body as its own ("a video of the ministry", "photos from the army's press service")
_PICTURE_OF_BODY = prefilter.compile(r"(?i)\bby\b|\b(?:ministry|ministries|office|service|department|agency|command|"
                                     r"government|authorities|mission|committee|army|presidency|police|centre|center|"
                                     r"channel|forces|MoD)\b")
_IRREGULAR_PARTICIPLES = {"broadcast", "shown", "shot", "made", "written", "taken", "given", "seen", "sent", "put",
                          "read", "spread", "run", "held", "found", "drawn", "known", "built"}
# a speaker silent on something: "said nothing about Tegh", "said little on the matter" (not "said nothing had been hit
# in X" nor "said little damage was done": claims in the negative)
_SAYS_NOTHING = prefilter.compile(r"\s+(?:nothing|little)\s+(?:about|on|of|regarding|concerning)\b")
# "said their Christmas prayers", "said goodbye to the monastery": words of worship or parting, no claim (not "said
# prayers were held", the subject of a clause)
_SAYS_A_PRAYER = prefilter.compile(r"\s+(?:(?:their|his|her|our|my|its|a|the)\s+)?(?:[A-Z]\w+\s+|last\s+)?"
                                   r"(?:prayers?|goodbyes?|farewells?)\b"
                                   r"(?!\s+(?:were|was|had|have|has|would|will|are|is|could|should|might|must)\b)")
_CLAIM_NOUN_FORMS = {"report", "reports", "claim", "claims"}
_THAT_FOLLOWS = prefilter.compile(r"\s+that\b")
_SPEECH_AFTER = prefilter.compile(rf"\s+(?:{SAYING}|say|suggest(?:s|ed)?|indicate[sd]?)\b")
_PREPOSITION_BEFORE = prefilter.compile(r"\b(?:on|about|of|over|amid|despite|following)\s+$", re.I)
_RELAYED = prefilter.compile(rf"(?i)(?:quoted|cited)\s+(?:{_DAY_BEFORE_BY}\s+)?by\b")
# an outlet set off after "as" that only passes the subject's words on: "The same report, as carried by X, said",
# "the ministry, as relayed by Y, said" (the subject's claim, as ", as quoted by X," is read; the innermost source)
_AS_RELAYED = prefilter.compile(rf"(?i)(?:quoted|cited|carried|relayed)\s+(?:{_DAY_BEFORE_BY}\s+)?by\b")
# ... but a document told for the first time, which no one named before wrote, is the outlet's own carrying: "A report,
# as carried by Trend, said" (Trend's, as "Trend carried a report" is; "The same report, as carried by X," is the
# one heard before)
_NEW_DOCUMENT = prefilter.compile(r"(?i)(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}?(?:reports?|statements?|bulletins?|"
                                  r"communiqu[eé]s?|press\s+releases?|messages?|updates?|dispatch(?:es)?|articles?|stor(?:y|ies))")
# an "according to" an outlet set between a teller's verb and its "that": "The ministry said on Tuesday, according to
# Interfax, that ..." (the outlet only relays the teller's words; not people: "Armenpress said, according to
# officials in X, that ..." are the officials' words)
_SAID_BEFORE_ASIDE = prefilter.compile(r"(?i)\b(?:said|says|stated|announced|reported|claimed)\b[^,;:]{0,30},\s+$")
_ACCORDING_ASIDE = prefilter.compile(r"(?i)according\s+to\s+[^,;:]{1,60},\s+that\b")


def _according_aside(sentence, attribution):
    """Is ``attribution`` an "according to" an outlet aside between a teller's verb and its "that" (see above)?"""
    return bool(_ACCORDING_ASIDE.match(sentence, attribution.pos)
                and _SAID_BEFORE_ASIDE.search(sentence, max(0, attribution.pos - 60), attribution.pos)
                and _is_outlet(attribution.who))
# an outlet that passed on the account named just before it, in a relative clause: "According to the ministry, which
# Trend quoted on Monday, ...", "by the account of the service, which APA reported," (the outlet only relays it)
_RELATIVE_OUTLET = prefilter.compile(r",\s+(?:which|whom)\s+$")
_OUTLET_RELAYS = prefilter.compile(r"\s*(?:reported|quoted|cited|carried|relayed|published)\b")


# an outlet's report set off between commas before the clause it reports, a named speaker of that clause going on to
# speak of the place the clause named: "On Friday, Azg reported, Petrosyan stood at the ruins of X and told reporters
# that a fortress had been found there", "Reuters reported, the governor visited X and said that the road there was
# open" (the outlet only carries the speaker's words about it: the innermost source); the aside opens the sentence,
# after at most a phrase of time. Words of something else leave what the speaker did to the outlet's report: "On
# Tuesday, Trend reported, Aliyev climbed to the X cave and said from there that scientists would work in it"
_REPORT_ASIDE = prefilter.compile(r"(?i)\s*(?:reported|reports|wrote|writes),\s+")
_ASIDE_OPENING = prefilter.compile(r"(?:[^,;:\"“”]{1,30},\s+)?")
_WORDS_OF_THERE = prefilter.compile(r"(?i)[^;:\"“”]*?\bthat\b[^;:\"“”]*\bthere\b")


def _opening_report_aside(sentence, attribution):
    """The "reported, " of an outlet's aside opening the sentence (see above), or None."""
    start = sentence.find(attribution.who, max(0, attribution.pos - len(attribution.who) - 2), attribution.pos + 1)
    aside = _REPORT_ASIDE.match(sentence, attribution.pos)
    if start < 0 or not aside or not _ASIDE_OPENING.fullmatch(sentence, 0, start):
        return None
    if not (_is_outlet(attribution.who) or attribution.who.strip() in _WIRES
            or attribution.who.strip() in _NEWS_ACRONYMS):
        return None
    return aside


def _report_aside(sentence, attribution, found):
    """Is ``attribution`` an outlet's "X reported," aside opening the sentence, the clause after it named by a
    speaker in ``found`` who speaks later in that clause (see above)? A thing is no speaker: "Reuters reported,
    Azerbaijani artillery pounded X, and said that ..." stays the outlet's. (A speaker who speaks right away, "On
    Friday, Azg reported, Pashinyan said that ...", is read as a teller of his own, see _speaks_right_away: the last
    teller, the outlet heard before him.)"""
    aside = _opening_report_aside(sentence, attribution)
    if not aside:
        return False
    return any(b.pos > aside.end() and not _is_outlet(b.who) and _actor_like(b.who)
               and re.match(r"(?:the\s+)?" + re.escape(b.who.strip()), sentence[aside.end():], re.I)
               and _WORDS_OF_THERE.match(sentence, b.pos)
               and not re.search(r"[;:\"“”]", sentence[aside.end():b.pos])
               for b in found)


# a speaker named after an opening "X reported," aside, the verb right after the name: "On Friday, Azg reported,
# Pashinyan said", "Reuters reported, the mayor of Berd told reporters" (words told, "said", "told" or "... that"; not
# a deed told by the outlet: "Eurasianet wrote, the prime minister announced a deal")
_PLAIN_SAID = prefilter.compile(r"(?:said|says|told|tells)\b")


def _speaks_right_away(sentence, begin, verb):
    """Is the text from ``begin`` (after an opening "X reported," aside) to ``verb`` only a speaker's name, the verb
    one of words told (see above)?"""
    return bool(_SPEAKS_RIGHT_AWAY.fullmatch(sentence, begin, verb)
                and (_SAID_THAT.match(sentence, verb) or _PLAIN_SAID.match(sentence, verb)))
_SPEAKS_RIGHT_AWAY = prefilter.compile(r"(?:the\s+)?[\w.'’-]+(?:\s+(?:of\s+)?[\w.'’-]+){0,5}?\s+(?:also\s+|later\s+|then\s+)?")


def _relative_relayer(sentence, attribution, found):
    """Is ``attribution`` an outlet in a relative clause that relays the account of a speaker in ``found`` named
    right before it (see above; not "the story, which Trend reported": a story is no speaker)?"""
    end = len(sentence[:attribution.pos].rstrip())
    start = end - len(attribution.who)
    which = _RELATIVE_OUTLET.search(sentence, max(0, start - 12), start) if start > 0 else None
    return bool(which and sentence[start:end] == attribution.who
                and _OUTLET_RELAYS.match(sentence, attribution.pos) and _is_outlet(attribution.who)
                and any(b.who and sentence[:which.start()].endswith(b.who) for b in found if b is not attribution))


# a body's document opening the sentence as its subject, set off before an outlet's "quoted by" or "cited by": "An
# earlier bulletin of the contingent, quoted by X, put the closures in Y" (the body's words, which the outlet only
# relays, as "officials, quoted by X, said" is read; the innermost source)
_DOCUMENT_SUBJECT_RELAYED = prefilter.compile(r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:statement|reports?|"
                                              r"bulletins?|communiqu[eé]|press\s+release|message|update)\s+(?:of|from|by)\s+"
                                              r"(?P<body>[^,;:\"“”]{2,60}?),\s+")
# where the first noun phrase of a document's author ends: "the press service | of the ministry", "shelling | by X"
_BODY_HEAD_ENDS = prefilter.compile(r"\s+(?:of|by|on|in|at|near|against|about|from|to|with|for)\s+")
# an outlet after "according to" that printed someone's report: "according to the newspaper X, which later that year
# printed a report by the writer Y from Z," (Y, named with a capital, is the source; see ACCORDING's loop)
_PRINTED_BY = prefilter.compile(r",\s+which\s+(?:[\w-]+\s+){0,4}?(?:printed|published|carried|ran|reprinted)\s+(?:a|an|the)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:report|article|account|dispatch|piece|letter)\s+by\s+"
                                r"(?P<who>(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                                r"(?=\s+from\b|\s*[,;.])")
# a speaker an outlet passes on, named after "according to": "according to a district official quoted by the Herald",
# "according to villagers, cited by Reuters" (the speaker makes the claim, as "officials, quoted by X, said" is read;
# "a report quoted by X" is no speaker and stays as it is)
# ("as quoted by" too; the speaker is the phrase's head, before "of", "to", "with": "a video of soldiers", "a letter
# to the governor" or "a survey of officials" quoted by a paper are no speakers)
_SPEAKER_RELAYED = prefilter.compile(r"(?i)^(?P<speaker>\S.*?),?\s+(?:as\s+)?(?:quoted|cited)\s+(?:at\s+length\s+)?by\s+\S")
# (a representative speaks too: "according to a representative of the X community quoted by Y": the representative)
_REPRESENTATIVE = prefilter.compile(r"(?i)\brepresentatives?\b")
_PHRASE_TAIL = prefilter.compile(r"(?i)\s+(?:of|to|with|from|about|among|on|in|at|for|near)\s+")
_CITING = ("citing", "quoting")    # an outlet naming the source it relays: "TASS, quoting the ministry, said"
_QUOTING_VERBS = {"quoted", "quotes", "cited", "cites"}   # an outlet passing on a named speaker
# a body's document an outlet passed on, before the "saying" it opens: "a news portal carried a ministry statement"
_CARRIED_DOCUMENT = prefilter.compile(r"\b(?:carried|published|ran|relayed|posted|printed|reprinted|aired|broadcast)\s+"
                                      r"(?P<doc>(?:a|an|the)\s+[^,;:\"“”]{0,40}?(?:statement|communiqu[eé]|bulletin|"
                                      r"press\s+release|release))\s+$")
# the account a speaker gave, before the "saying" that opens it: "The ministry in Baku gave another account,
# saying ...": the subject stands before "gave", the account is no part of it
# (or "gave the opposite account of the same day, saying": the account of what it is about)
_GAVE_ACCOUNT = prefilter.compile(r"\s+(?:gave|gives|offered|offers|had|put\s+out|put\s+forward)\s+"
                                  r"(?:a|an|its|his|her|their|another|the)\s+(?:\w+\s+)?"
                                  r"(?:account|version|explanation|story|picture)(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
                                  r"\s*,\s*$")
# a ministry's account passed on, the ministry named by its noun alone: "an agency relayed the ministry's account
# that ...", "a site carried the ministry's list of villages it said were shelled"
_MINISTRYS_ACCOUNT = prefilter.compile(r"\bthe\s+ministry['’]s\s+(?:latest\s+|new\s+|own\s+)?(?:account|version|list|"
                                       r"figures|statement|claim|report)s?\b")
# an outlet passing on a body's own account, the words after it: "Armenpress carried the defence ministry's account:
# ...", "APA quoted the ministry's statement that ...", "Trend relayed the State Border Service's report, which said"
# (the owner is the innermost source, as in "X, citing the ministry, said")
_RELAYED_ACCOUNT = prefilter.compile(r"\b(?P<verb>carried|carries|quoted|quotes|cited|cites|relayed|relays|published|publishes|"
                                     r"reprinted|ran|runs|posted|aired|broadcast)\s+(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                                     r"[\w-]+)['’]s\s+(?:(?:latest|new|own|official|full)\s+)?(?:account|version|statement|"
                                     r"report|bulletin|figures|list|claim|words)\s*(?::|,?\s+that\b|,\s+(?:which|saying)\b)")
# an outlet passing on a body's document named after it by "from" or "of", the words told before it in the sentence:
# "Vestnik Kavkaza, which calls it the X highway, carried the same statement from the agency", "Trend ran the full
# statement of the ministry" (the owner is the innermost source, as in "carried the ministry's statement")
_CARRIED_FROM = prefilter.compile(r"\b(?P<verb>carried|carries|relayed|relays|published|publishes|reprinted|ran|runs|posted|"
                                  r"aired|broadcast)\s+(?:the|a|an)\s+(?:(?:same|full|latest|new|official)\s+)?"
                                  r"(?P<doc>statement|account|report|announcement|bulletin|communiqu[eé]|(?:press\s+)?release|words)"
                                  r"\s+(?P<prep>from|of|by)\s+(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+)\s*(?:[.;]|$)")
# "two men it described as ...": a relative clause of the speaker named before, labelling what it reports
_NOUN_IT_BEFORE = prefilter.compile(r"\b[a-z]{3,}\s+(?:it|they)\s+$")
# what a relative "it said" goes on to tell of the noun before it: "soldiers it said had taken X", "posts they said
# were hit" (a finite verb straight after, no "that", no object)
_RELATIVE_FACT = prefilter.compile(r"\s+(?:had|have|has|were|was|would|are|is)\b")
_LABEL_AS = prefilter.compile(r"\s+as\b")
_IT_SAID_OF = prefilter.compile(_MINISTRYS_ACCOUNT.pattern + r"[^,;:\"“”]{0,40}?\b(?:it|they)\s+$")
# a ministry's document, named by the ministry's noun alone: "a ministry statement", "the ministry's bulletin"
_MINISTRY_DOCUMENT = prefilter.compile(r"(?i)(?:a|an|the)\s+(?:new\s+|latest\s+)?ministry(?:['’]s)?\s+\w+$")
_QUOTED_AS_SAYING = prefilter.compile(r"\b(?:was|were|is|are)\s+(?:quoted|cited)\s+(?:by\s+[^,;:]{1,40}?\s+)?as\s+"
                                      r"(?:saying|telling)\b")
# a speaker named in a phrase of its own: a capitalised name up to the phrase's next word, no punctuation or quote
_SPEAKER = r"(?P<who>(?:(?:the|an?)\s+)?[A-Z][^,;:\"“”]{1,60}?)"
# an outlet named by its kind as a clause's subject, then "it" in the clause after a comma: "the same paper sent a
# reporter to X, where it said" (the outlet, not the last claimant heard)
_OUTLET_THEN_IT = prefilter.compile(r"\b(?P<who>[Tt]he\s+(?:same\s+(?:[A-Z][a-z]+\s+)?)?(?:paper|newspaper|daily|weekly|radio|"
                                    r"(?:web)?site|broadcaster))\s+"
                                    # (its verb next: not "the site of the old church", "the radio station in X was hit")
                                    r"(?!(?:of|in|at|on|near|station|was|were|is|are|had\s+been|has\s+been)\b)"
                                    r"[a-z]+\b[^.;:\"“”]{0,80},\s+(?:where|and|as)\s+it\s+$")
# a piece and its author right before the participle that dates it: "an article by X, published on ..."
_PIECE_BY = prefilter.compile(r"\b(?:article|essay|piece|column|commentary|op-ed|book|study)\s+by\s+"
                              r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+$")
# a teller's aside before the subject of the clause's own verb: "as he tells it, the radio reported that" (the radio
# is the source he passes on, its verb read too)
_TOLD_IT_ASIDE = prefilter.compile(r"(?:tells|told|tell|puts|put)\s+it,\s+(?:the\s+)?[A-Z]")
# a speaker's wording named before or after the words: "As the ministry put it, ...", "..., as Dargahli put it"
_AS_PUT_IT = prefilter.compile(rf"\b[Aa]s\s+{_SPEAKER}\s+(?:put|puts|has\s+put)\s+it\b")
# ... or a work or body told in lower case, telling it: "as the encyclopedia of heroes tells it" (not a tale's own
# telling: "as the story tells it", "as the old saying puts it")
_AS_TELLS_IT = prefilter.compile(r"\b[Aa]s\s+(?P<who>the\s+(?!(?:old\s+)?(?:story|stories|legend|saying|proverb|tradition|song)\b)"
                                 r"[a-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+(?:tells|told|puts|put)\s+it\b")
# stories passed round the press of a side as the subject: "Stories went round the Armenian press that ...", "Reports
# circulated in the Azerbaijani media that ...", "rumours doing the rounds of the local papers" (that press's telling)
_ROUND_THE_PRESS = prefilter.compile(r"\b(?:[Ss]tories|[Rr]eports|[Rr]umou?rs|[Cc]laims|[Aa]ccounts)\s+(?:(?:that\s+)?"
                                     r"(?:went|go|goes|going|were\s+going|did|do|doing|were\s+doing)\s+(?:the\s+)?rounds?"
                                     r"(?:\s+(?:of|in))?|circulated\s+in|circulating\s+in|spread\s+(?:in|through))\s+"
                                     r"(?P<who>the\s+(?:[A-Z][\w'’-]*\s+|local\s+|national\s+|foreign\s+)?"
                                     r"(?:press|media|papers|newspapers|outlets))\b")
# a named source, or its report or account, describing it or seeing it: "As Interfax describes it", "as the Guardian's
# report described it", "As Anna saw it" (the source's account, not a speaker called "As Interfax")
# (not a day's report: "as Monday's report described it" names no source)
_AS_DESCRIBES_IT = prefilter.compile(r"\b[Aa]s\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|"
                                     r"Today|Tonight|Last|This|Next)\b)"
                                     r"(?P<who>(?:the\s+)?[A-Z][\w&.'’-]*?(?:\s+[A-Z][\w&.'’-]*?){0,3}?)"
                                     r"(?:(?:['’]s|(?<=s)['’])\s+(?:own\s+)?(?:report|account|article|story|dispatch|piece|"
                                     r"bulletin))?\s+"
                                     r"(?:describes|described|has\s+described|saw|sees|has\s+seen|remembers|remembered|recalls|"
                                     r"recalled)\s+it\b")
# a speaker named after an opening "as" of the speaker's own telling, the "as" no part of the name: "As Anna described
# the scene, ...", "As Armenpress tells it, ..." ("Anna", "Armenpress")
_AS_OPENS = prefilter.compile(r"^\s*[Aa]s\s+(?=(?:the\s+)?[A-Z]|the\s+[a-z])")
# a named work or source that gives an event's date or day: "as The Black Garden gives the date", "as the Chronicle,
# a history of the war, dates it" (the day is the work's account)
_AS_GIVES_DATE = prefilter.compile(rf"\b[Aa]s\s+{_SPEAKER}(?:,\s+[^,;:\"“”]{{1,60}},)?\s+(?:gives|gave|puts|put|has|had)\s+"
                                   r"(?:the|its)\s+(?:date|day|year)\b")
# an outlet that sent its reporter somewhere, and what he saw there: "The Times sent a reporter to X, and he saw
# ..." is the paper's own account, as "a reporter for the Times saw" is
_SENT_REPORTER_SAW = prefilter.compile(r"(?P<who>\b(?:[Tt]he\s+)?[A-Z][\w/&.'’-]*(?:\s+[A-Z][\w/&.'’-]*){0,3})\s+sent\s+"
                                       r"(?:a|an|its|one\s+of\s+its)\s+(?:own\s+)?(?:reporter|correspondent|journalist)s?\b"
                                       r"[^.;:\"“”]{0,80}?,?\s+(?:and|where)\s+(?:he|she|they|the\s+(?:reporter|correspondent))\s+"
                                       r"(?P<verb>heard|saw|witnessed|observed|watched|counted|filmed|photographed|found)\b")
# an outlet relaying a speaker's words: "TASS quoted Vagif Dargahli as saying", "APA cited the ministry as saying",
# or a speaker named by a common noun: "quoted villagers as saying", "quoted the governor of Syunik as saying" (kept
# only when the phrase holds an actor noun, see _NAMED_FIRST), maybe with the speaker's post between commas ("quotes
# Ara Sahakyan, head of the village council, as saying")
_QUOTES_SPEAKER = prefilter.compile(rf"\b(?:{'|'.join(sorted(_QUOTING_VERBS))})\s+"
                                    r"(?P<who>(?:(?:the|an?)\s+)?[A-Za-z][^,;:\"“”]{1,60}?)"
                                    r"(?:,\s*(?P<appos>[^,;:\"“”]{1,80}),)?\s+as\s+(?:saying|telling|stating)\b")
# an outlet quoting a speaker it names by role, "who says": "Interfax quotes a senior official of the parliament who
# says he flew over X" (not "cited local sources who said": unnamed sources leave the outlet's account)
_QUOTES_WHO_SAYS = prefilter.compile(r"\b(?:quoted|quotes)\s+(?P<who>(?:(?:the|an?)\s+)?[A-Za-z][^,;:\"“”]{1,60}?),?\s+"
                                     r"who\s+(?:says|said|tells|told|states|stated)\b")
# an outlet giving a speaker's words after a colon: "Public Radio quotes Prime Minister Nikol Pashinyan, speaking to
# Radio Liberty: ...", "the paper quoted Mayor Ashot Sargsyan: ..." (a capitalised name, maybe a comma's aside, the colon)
_QUOTES_THEN_COLON = prefilter.compile(r"\b(?:quotes|quoted)\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})"
                                       r"(?=\s*(?:,[^,.;:\"“”]{0,60})?:)")
# a speaker named by a capitalised name, maybe after an article ("Dargahli", "the Defence Ministry")
_NAMED_FIRST = prefilter.compile(r"(?:(?:the|an?)\s+)?[A-Z]")
_POSSESSIVE_BEFORE = prefilter.compile(r"\w['’]s\s+$")
# a body's document before "has": "the ministry's plan has", "the agencies' daily bulletin had" (lexicon.SPEECH_VERB)
_OWNED_RECORD_HAS = prefilter.compile(r"\w(?:['’]s|s['’])\s+(?:[\w-]+\s+){0,2}?(?:plans?|maps?|bulletin|list|report|statement|"
                                      r"release|update|summary|briefing|table|chart|log|figures|data|schedule|timetable)\s+$")
# what a body reports as the object of the present tense: "prosecutors report Azerbaijani fire on X", "officials
# report renewed shelling", "report an attack", "report fresh sniper fire" (the verb, not the noun: no noun "report"
# stands before such an object; a preposition after it is the noun's: "a report on shelling")
_REPORTED_INCIDENT = prefilter.compile(r"\s+(?:an?\s+)?(?:(?!(?:on|of|about|into|in|from|by|for|at|and|or|that)\s)"
                                       r"[\w'’-]+\s+){0,2}"
                                       r"(?:fire|shelling|shots|gunfire|attacks?|strikes|violations)\b")
_CLAUSE_OR_END = prefilter.compile(r"\s*(?:[.,;:]|$|that\b)")
# a speaker going on air to say something, who said it: "went on television to tell the country that", "took to
# Twitter to announce", "appeared on state TV to declare", "went on Twitter and then on television to say"
_ON_AIR = (r"(?:on|to)\s+(?:the\s+)?(?:(?:state|national|public)\s+)?"
           r"(?:television|TV|air|radio|Twitter|Facebook|Telegram)")
_ON_AIR_TO = prefilter.compile(r"\b(?:went|goes|go|appeared|appears|came|comes|took|takes)\s+" + _ON_AIR +
                               r"(?:\s+(?:and|or)\s+(?:then\s+|later\s+)?" + _ON_AIR + r")?"
                               r"(?:\s+(?:on\s+)?[\w’']+){0,2}?\s+to\s+$"
                               # and one who came to say it: "my neighbour ran over to say that", "came round to tell us"
                               r"|\b(?:ran|runs|came|comes|hurried|rushed|rang|phoned|called|stopped|dropped|popped|walked)"
                               r"(?:\s+(?:over|round|around|by|in|across|up|back))?\s+to\s+$")
# the auxiliary of a progressive ("were also reporting that"): a saying going on, not one denied or to come
_PROGRESSIVE = prefilter.compile(r"(?i)(?:was|were|is|are|been)\b")
# the future in the past of a telling that came after the story's time: "the group would later write that"
_LATER_SAID = prefilter.compile(r"(?i)would\s+later\s+")
# a report kept up: "has continued to report", "went on to say" (said, and said again)
_WENT_ON_TO = prefilter.compile(r"\b(?:continued|continues|continue|went\s+on|goes\s+on|go\s+on)\s+to\s+$", re.I)
_NOT_STATED_BEFORE = prefilter.compile(r"(?=[abcdimnstw])\b(?:to|not|never|n['’]t|cannot|can|could|would|should|may|might|"
                                       r"must|shall|will|did|does|do|been|being|be|was|were|is|are)\s+"
                                       r"(?:(?:also|again|widely|first|later|earlier|not|never|\w+ly)\s+)?$", re.I)
_DATE_WORD = prefilter.compile(r"\d{1,4}(?:st|nd|rd|th)?|january|february|march|april|may|june|july|august|september|"
                               r"october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?", re.I)
# a span of time opening the clause: "For three decades", "Over the past two weeks", "Within hours"
_TIME_SPAN = prefilter.compile(r"(?i)(?:for|over|during|within|in|after)\s+(?:the\s+)?(?:past\s+|last\s+|next\s+)?"
                               r"(?:[\w-]+\s+){0,2}(?:decades?|years?|months?|weeks?|days?|hours?)\s+")
# the fighting a time names: "April's fighting", "the 2020 war" (see _PERIOD_OPENING)
_FIGHTING_OF_TIME = r"(?:fighting|war|clashes|escalation|offensive|hostilities|battles?)\b"
# a period opening the clause, not its subject: "Last week the head of the village complained", "At the end of
# the month the ministry said", "In the summer of 1993 the former prime minister demanded"
_PERIOD_OPENING = prefilter.compile(r"(?i)(?:(?:last|this|next|earlier\s+this|later\s+that|that)\s+|(?:at|by|towards?)\s+the\s+"
                                    r"(?:beginning|start|end|middle)\s+of\s+(?:the\s+|that\s+|this\s+|last\s+)?)"
                                    r"(?:week|weekend|month|year|spring|summer|autumn|winter|morning|afternoon|evening|night)\b,?\s*|"
                                    # "In the summer of 1993 the former prime minister said"
                                    r"(?:in|during|by)\s+the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+"
                                    r"(?:\d{4}|that\s+year|last\s+year)\b,?\s*|"
                                    # "In the first days of January 1994 the ministry announced", "In the last week of May"
                                    r"(?:in|during)\s+the\s+(?:first|last|early|final|closing|opening)\s+(?:days|weeks?|hours)"
                                    r"\s+of\s+(?:" + _MONTH_NAMES + r"(?:\s+\d{4})?|the\s+month|that\s+month|the\s+year|that\s+year)\b,?\s*|"
                                    # "The same day Smith said", "In May of last year the minister said"
                                    r"(?:the\s+|that\s+)?same\s+(?:day|week|evening|morning|night)\b,?\s*|"
                                    # a day counted from the one told: "A day later the ministry said", "Two weeks later
                                    # the mayor said", "The next day the army said"
                                    # (or none counted: "Days later the mayor said", "Hours later X said")
                                    r"(?:(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few)\s+)?(?:days?|weeks?|hours?|"
                                    r"minutes?|months?)\s+later|(?:the\s+)?(?:next|following)\s+(?:day|morning|evening|week))\b,?\s*|"
                                    # a part of the day reached: "By evening the ombudsman was saying", "Towards noon X said"
                                    r"(?:by|towards?)\s+(?:the\s+)?(?:morning|afternoon|evening|nightfall|midday|noon|dusk|dawn)"
                                    r"\b,?\s*|"
                                    r"(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|"
                                    r"november|december)\s+of\s+(?:last|that|this|the\s+previous)\s+year\b,?\s*|"
                                    # a month or year told back from now: "Back in April the fund said", "Back in 2019 the
                                    # ministry said" (the time, no part of the subject); the fighting of that time too:
                                    # "Back in April's fighting the village head said", "Back in the 2020 war X said" (not
                                    # "Back in April's" alone: the month's something, read no further)
                                    r"back\s+in\s+(?:the\s+(?=(?:(?:early|mid|late)[\s-]+)?(?:" + _MONTH_NAMES + r"|\d{4})(?:\s+\d{4})?"
                                    r"(?:['’]s)?\s+" + _FIGHTING_OF_TIME + r"))?(?:(?:early|mid|late)[\s-]+)?"
                                    r"(?:" + _MONTH_NAMES + r"(?:\s+\d{4})?|\d{4})"
                                    r"(?:(?:['’]s)?\s+" + _FIGHTING_OF_TIME + r"|(?!['’]))\b,?\s*|"
                                    # a time of day: "At about two my neighbour said", "Around 14:30 the ministry said"
                                    r"(?:at|around)\s+(?:about\s+|around\s+)?(?:\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?|one|two|"
                                    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|dawn|dusk)"
                                    r"(?:\s+o['’]clock)?\b,?\s*")
# a word of a place's name after an opening "In" or "At": "Jermuk", "Nerkin Hand", "the", "village" (no verb)
_PLACE_WORD = prefilter.compile(r"[A-Z][\w'’-]*|the|of|village|town|city|district|province|region")
_OPENING_PREPOSITIONS = {"in", "on", "with", "after", "under", "through", "by", "at", "along"}
_POSSESSIVES = {"its", "his", "her", "their"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "it"}
_LEADING_FILLER = {"the", "and", "but", "while", "also", "however", "meanwhile", "on", "in", "late", "early",
                   "afterwards", "afterward", "later", "earlier", "then", "now", "separately", "yesterday", "today",
                   "tonight", "overnight",
                   "by", "since", "until", "what"}     # "What the Assembly said" (a heading): the Assembly
# (a plural owner's too, with up to two words before the record: "the peacekeepers' own daily bulletins")
_RECORD_OF = prefilter.compile(r"(?:['’]s|(?<=s)['’])\s+(?:(?:latest|new|own|official|daily|final|telegram|facebook|twitter|x)"
                               r"\s+){0,2}(?:list|statement|report|figures|page|account|"
                               r"count|tally|data|records|website|site|channel|announcement|communiqu[eé]|bulletins?|"
                               # (a plan or a map it drew up too: "the ministry's plan has jets flying over X", "the
                               # agency's map shows")
                               r"plans?|maps?|update|summary|briefing|"
                               # (and where it was printed: "a reader's letter in a Russian-language daily": the reader)
                               r"estimates?|letter)(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:villages|towns|places|settlements|targets|"
                               r"sites|casualties|victims|names))?(?:\s+(?:in|to)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:paper|newspaper|"
                               r"daily|weekly|(?:web)?site))?"
                               # (and the day or period it covers: "Baku's list for Thursday", its day already cut: "... for")
                               r"(?:\s+for(?:\s+(?:the\s+)?[\w-]+)?)?$", re.I)
_CLAIM_NOUNS = {"charge", "claim", "accusation", "allegation", "version", "account", "report"}
_AUXILIARIES = {"has", "have", "had", "also", "was", "were", "is", "are", "later", "earlier", "previously", "again",
                "repeatedly", "since", "once"}     # "Radio Liberty has since said": the radio ("X once told": X)
# a span of time between the auxiliary and the verb: "has for years accused", "have over the decades said"
_TRAILING_SPAN = prefilter.compile(r"(?i)\s+(?:for|over|in\s+recent)\s+(?:(?:many|several|some|two|three|the\s+past|the\s+last|"
                                   r"the)\s+)?(?:years|decades|months|weeks)$")
# a period after the subject, before its verb: "reported by drivers this week", "officials last month said"
_TRAILING_PERIOD = prefilter.compile(r"(?i)\s+(?:this|last|that)\s+(?:week|weekend|month|morning|evening|night)$")
# a side's turn in an exchange, between the subject and its verb: "in turn", "for its part", "in response"
_TRAILING_ASIDE = prefilter.compile(r"(?i)\s+(?:in\s+(?:turn|response|reply)|for\s+(?:its|their|his|her)\s+part)$")
_TIME_ADVERBS = {"then", "later", "also", "again", "earlier", "afterwards", "subsequently"}
_TRAILING_FILLER = {"has", "have", "had", "also", "later", "earlier", "previously", "again", "then", "long",
                    "repeatedly", "officially", "separately", "had", "was", "were", "is", "are", "it",
                    "in", "a", "statement", "on", "its", "already", "first",
                    "both", "each", "jointly",
                    "now", "since", "once"}   # "X and Y both said": X and Y; "officials in Ijevan now say": the
                                              # officials ("X once told A1+": X, the adverb no part of the name)


# two bodies of one side sharing their noun: "the Armenian foreign and defence ministries"
_SHARED_NOUN_TAIL = r"[a-z]+\s+and\s+[a-z]+\s+(?:ministries|services|departments|committees)"
_SHARED_NOUN = prefilter.compile(r"^(?:the\s+)?(?:press\s+services?\s+of\s+(?:the\s+)?)?(?P<nation>[A-Z][\w'’-]+)\s+"
                                 r"(?P<first>[a-z]+)\s+and\s+(?P<second>[a-z]+)\s+(?P<noun>ministr|service|department|committee)"
                                 r"(?:ies|s)$")


def _shared_noun_actor(phrase):
    """The claimant of two bodies of one side named with one noun: the one actor both are ("the Karabakh foreign
    and defence ministries" → Nagorno-Karabakh authorities), else the government both belong to ("the Armenian
    foreign and defence ministries" → Armenian government); None when the phrase is no such pair."""
    m = _SHARED_NOUN.match(phrase)
    if not m:
        return None
    noun = m.group("noun") + ("y" if m.group("noun") == "ministr" else "")
    first, second = (canonical_actor(f'{m.group("nation")} {m.group(k)} {noun}') for k in ("first", "second"))
    if not first or not second:
        return None
    if first == second:
        return first
    table = load_actors()
    government = table.government_of(first)
    return government if government and government == table.government_of(second) else None


# a long role ending in a lower-case office word, then the holder's name: "... press service Nazeli Baghdasaryan"
_ROLE_THEN_NAME = prefilter.compile(r"\b(?:service|administration|office|ministry|department|committee|agency|staff|"
                                    r"spokes(?:man|woman|person)|head|chief|adviser|advisor|aide|minister|secretary)\s+"
                                    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})$")
# a role in a body with a long proper name: "the press service of the Separate Combined-Arms Army of Nakhchivan"
_ROLE_OF_BODY = prefilter.compile(r"(?:the\s+)?(?:[a-z]+\s+){1,3}(?:of|for|at)\s+(?:the\s+)?[A-Z][\w'’-]*"
                                  r"(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the))*(?:\s+" + _SHARED_NOUN_TAIL + ")?")
_APPOSITION_START = prefilter.compile(r"^(?:a|an|the|who|which|whose|its|his|her|their|one)\b", re.I)
# past tenses of deeds a speaker does before speaking that do not end in "-ed": "the president stood at the
# station and promised", "the minister met the mayors, toured the works and said", "my nephew ran in and said"
_IRREGULAR_PAST = ("stood", "went", "came", "spoke", "met", "sat", "took", "gave", "made", "saw", "flew", "drove",
                   "rode", "laid", "led", "began", "brought", "kept", "sent", "spent", "held", "toured", "ran", "rang",
                   "heard", "got")
_VERB_LIKE = prefilter.compile(r"^(?:[a-z]+ed|said|says|told|tells|called|calls|accused|accuses|denied|denies|"
                               r"rejected|rejects|urged|urges|warned|warns|insisted|insists|describes|claims|"
                               r"maintains|considers|regards|sees|views|blames|wants|" + "|".join(_IRREGULAR_PAST) + r")$")


# the titles of clergy, which TITLES leaves to the bodies: "Archbishop X Y", "Father X Y"
_CLERGY_TITLES = {"archbishop", "bishop", "father", "catholicos", "patriarch", "metropolitan", "archimandrite",
                  "reverend", "rev", "imam", "sheikh", "mufti", "mullah", "rabbi", "abbot", "deacon", "archpriest",
                  "vardapet", "der", "ter"}


def _titled(word):
    """A title before a person's name, a clergyman's too ("Archbishop", "General", "Dr")."""
    return _is_title(word) or word.lower().strip(",.") in _CLERGY_TITLES


def _is_title(word):
    """A title or its plural ("leader", "Front leaders"): a word that marks a subject, capitalised or not."""
    word = word.lower().strip(",.")
    return word in TITLES or word.removesuffix("s") in TITLES


def _capitalised(word):
    """A capitalised word, a surname after a lower-case particle included ("el-Said", "al-Assad")."""
    return word[:1].isupper() or bool(PARTICLE_NAME.match(word)) or bool(_NUMBERED_ADDRESS.fullmatch(word))


# an outlet's web address that opens with a figure, a name as a capitalised one is: "301.am", "168.am", "1news.az"
_NUMBERED_ADDRESS = prefilter.compile(r"\d+[a-z]*\.(?:am|az|ru|ge|com|info|net|org|tv)")




# the head of a body's own name, which may go on past a comma ("the Institute of History, Art and Music"; not
# "the three ministers, of Russia, Armenia and Azerbaijan": a list of states after an apposition)
_NAMED_BODY_HEAD = prefilter.compile(r"\b(?:Institute|Academy|Museum|Union|Society|Association|Centre|Center|Council|"
                                     r"Committee|Commission|Foundation|Fund|University|College|School|Library|Department|"
                                     r"Ministry|Agency|Service|Office|Board|Federation|Party|Movement|Front|Bank)\b")


def _apposed_subject(left, stops):
    """The subject before a verb that follows an apposition: '"...," Hikmet Hajiyev, an aide to X, told'."""
    if not left.rstrip().endswith(","):
        return []
    segments = []                          # (the stop before it, the segment), nearest the verb first
    list_start = 0                         # segments before this one belong to a list in a relative clause
    post = None                            # "the mayor, who toured the town,": a post a relative clause follows
    apposed = None                         # the farthest ", the X," skipped as an apposition
    for k in range(len(stops) - 1, max(-1, len(stops) - _APPOSED_SEGMENTS - 1), -1):
        begin = stops[k - 1].end() if k > 0 else 0
        segments.append((stops[k - 1].group(0).lower() if k > 0 else "", left[begin:stops[k].start()].strip()))
    for i, (after, segment) in enumerate(segments):
        if not segment or (after == "," and segment.isdigit() and len(segment) <= 3):
            continue                       # "Vahan Petrosyan, 54, said": his age
        if after == "," and i + 1 < len(segments) and _OUTLET_NAME_APPOSED.fullmatch(segment) \
                and _NATIONAL_OUTLET.fullmatch(segments[i + 1][1]) \
                and not _NAME_AFTER_KIND.search(segments[i + 1][1]):
            return segment.split()[1:]     # "An American newspaper, the Deseret News, wrote": the paper by its name
        if post and after in (",", "") and (CLAUSE_VERB.search(segment) or _PAST_VERB.search(segment)):
            return post.split()            # "Shells hit Goris, the mayor, who toured the town, said": the mayor,
            # not the clause he reports (a name there is the one the post is apposed to: "X, the mayor, who ...")
        if after in ("who", "which", "that", "where", "when") or (after == "," and (_APPOSITION_START.match(segment)
                                                                   or (segment[:1].islower()
                                                                       and not _PEOPLE_HEAD.match(segment)))) \
                or (after == "as" and (_RELAYED.match(segment)
                                       or (_AS_RELAYED.match(segment)
                                           and not _NEW_DOCUMENT.fullmatch(next((x for _, x in segments[i + 1:] if x),
                                                                                ""))))):
            # (", as quoted by Caspian News," is the outlet that relays the speaker, as ", quoted by X," is)
            if post is None and after == "," and i >= 2 and segments[i - 1] == (",", "") \
                    and segments[i - 2][0] == "who" and _POST_APPOSED.fullmatch(segment) \
                    and _is_post(_POST_APPOSED.fullmatch(segment).group("post")):
                post = segment
            if after == "," and segment[:4].lower() == "the " and (_capitalised(segment.split()[-1])
                                                                     or _is_post(segment.split()[-1])):
                apposed = segment
            continue                       # ", an aide to President Aliyev," / ", who patrol the border,"
        if after in ("after", "before", "while") and i + 1 < len(segments) and segments[i + 1][0] == "," \
                and segments[i + 1][1][:1].islower():
            if post is None and i + 2 < len(segments) and segments[i + 2][0] == "," \
                    and _POST_APPOSED.fullmatch(segments[i + 2][1]) \
                    and _is_post(_POST_APPOSED.fullmatch(segments[i + 2][1]).group("post")):
                post = segments[i + 2][1]  # "Shells hit X, the mayor, speaking after the attack, said": the mayor
            continue                       # "X, speaking for the party after its meeting, told": the aside's time
        if (after == "," and i + 1 < len(segments) and segments[i + 1][0] == ","
                and _APPOSITION_START.match(segments[i + 1][1]) and _LIST_TAIL.search(segment)):
            continue                       # "X, the envoy in the Aghdam, Fuzuli and Khojavend districts, said"
        if (after == "," and i + 1 < len(segments) and segments[i + 1][0] == "," and _NAMES_LIST_END.fullmatch(segment)
                and (_APPOSITION_START.match(segments[i + 1][1]) or segments[i + 1][1][:1].islower())
                and _capitalised(segments[i + 1][1].split()[-1]) and _NAMED_BODY_HEAD.search(segments[i + 1][1])):
            continue                       # "X, head of the Institute of History, Art and Music, said": the body's
            # name goes on past its comma, the apposition before it and X before that
        if i < list_start:
            continue                       # an item of the relative clause's list found below
        if after == "as" and _is_post(segment.split()[1 if segment[:4].lower() == "the " else 0]) \
                and any(a in ("who", "which") for a, _ in segments[i + 1:]):
            continue                       # "X, who kept his post as mayor of Y in the vote, said": the post a
            # relative clause gives the speaker, not the speaker (X is found below)
        if apposed and after == "" and _OPENING_SIDE_PHRASE.fullmatch(segment):
            return apposed.split()         # "On the other side, the Baku site X, in a note ..., wrote": an opening
            # phrase of a preposition is no speaker; the named outlet or person after its comma is
        if after == "," and _NAMES_LIST_END.fullmatch(segment):
            j = i + 1                      # the list's earlier items, back to the clause that opens it
            while j < len(segments) and segments[j][0] == "," and _NAME_ITEM.fullmatch(segments[j][1]):
                j += 1
            if j < len(segments) and segments[j][0] in _RELATIVE_WORDS and _capitalised(segments[j][1].split()[-1]):
                list_start = j             # "X, the head of the community, which includes A, B, C and D, said":
                continue                   # the relative clause's list of places, not the speaker
        if after == "and" and i + 1 < len(segments) and segments[i + 1][0] == "," \
                and _APPOSITION_START.match(segments[i + 1][1]):
            continue                       # "X, a driver carrying brandy and fruit to Moscow, told": the apposition
        if after == "," and i + 1 < len(segments) and _is_title(segment.split()[-1]) \
                and _PERSON_NAME.fullmatch(segments[i + 1][1]):
            continue                       # "Allan Pliyev, South Ossetia's deputy foreign minister, said": the man
        if after == "," and i + 1 < len(segments) and _PERSON_NAME.fullmatch(segment) \
                and _parliament_seat(segments[i + 1][1]):
            return f"{segments[i + 1][1]} {segment}".split()   # "An Armenian MP, Vahe Sargsyan, said": the office
        return segment.split() if any(w[:1].isupper() for w in segment.split()) \
            or _PEOPLE_HEAD.match(segment) else []
    return []


# an opening phrase of a preposition, a determiner and lowercase words before the subject's comma: "On the other
# side", "In the meantime", "At the same time", "For its part" (no name in it: "In Baku" may be a dateline's town)
_OPENING_SIDE_PHRASE = prefilter.compile(r"(?i:on|in|at|for|from|by)\s+(?i:the|its|their|his|her|that|this)"
                                         r"(?:\s+[a-z]+){1,3}")
# an outlet's name in apposition after its nation and kind: "a Russian daily, the Moscow Times," (capitalised words)
_OUTLET_NAME_APPOSED = prefilter.compile(r"the\s+(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,3}")
# a post written with "the" in an apposition: "the mayor", "the regional governor", "the head of the community"
_POST_APPOSED = prefilter.compile(r"(?i)the\s+(?:[\w'’-]+\s+){0,3}?(?P<post>[a-z]+)(?:\s+of\s+[^,;:()\"“”]{1,60})?")


def _is_post(word):
    """A word that names a post: a title ("mayor", "spokesman") or a bare one ("governor", "ombudsman")."""
    return _is_title(word) or word.lower() in BARE_TITLES


# a person's name alone, two or three capitalised words: "Allan Pliyev"
_PERSON_NAME = prefilter.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")


# the relative words that open a clause inside an apposition: ", which includes ...", ", who represents ..."
_RELATIVE_WORDS = ("which", "who", "that", "where")
# how many segments back an apposed subject is looked for: a name, its apposition, a relative clause and a list
# of four places in it ("X, the head of the community, which includes A, B, C and D, said")
_APPOSED_SEGMENTS = 7
# an item of a list of names: "Sotk", "Nerkin Shorzha"
_NAME_ITEM = prefilter.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# the last items of a list of names: "Kut and Azat", "Ayrk or Tsovak"
_NAMES_LIST_END = prefilter.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# the end of a list that began inside an apposition: "Fuzuli and Khojavend districts"
_LIST_TAIL = prefilter.compile(r"\b(?:and|or)\b.*\b[a-z]+$")


def _coordinated_subject(clause):
    """The subject of a clause joined by 'and' (``clause`` is what comes before it):
    'X called the claim a lie and said ...' → X."""
    # (a clause of contrast opens a subject of its own: "Baku calls it a corridor, while Armenian officials use
    # the old name and speak of ...")
    hard = list(re.finditer(r"[;:]|,\s+(?:while|whereas)\b", clause))
    words = clause[hard[-1].end() if hard else 0:].split()
    verb = next((i for i, w in enumerate(words) if i and _VERB_LIKE.match(w)), None)
    if verb is None and hard and hard[-1].group(0) not in ";:":
        phrase = _leading_noun_phrase(words)       # "while Armenian officials use the name": the officials
        return phrase if phrase and (ACTOR_NOUNS.search(" ".join(phrase)) or canonical_actor(" ".join(phrase))) \
            else []
    if verb is None or not words[0][:1].isupper():
        return []
    # "In a statement, the ministry said ... and accused": the subject follows the opening phrase
    return " ".join(words[:verb]).split(",")[-1].split()


# reports or accounts and what they tell of: "the reports from France 24 on the families who ...", "accounts by
# villagers about those who fled ..." (a relative clause after "on"/"about" hangs on the subject told, not the teller)
_REPORTS_ON = prefilter.compile(r"(?P<reports>(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+)?(?:reports?|accounts?|articles?|"
                                r"stor(?:y|ies)|dispatch(?:es)?)\s+(?:from|by|of|in)\s+.+?)\s+(?:on|about)\s+\S")
_FLED = prefilter.compile(r"(?:had\s+)?(?:fled|left|escaped|travell?ed|crossed|arrived|reached)\b")
# people named by their flight in a relative clause: "people who reached the pass", "those who had fled the town"
# (a flight's end or start must be a place: "people who arrived at the scene", "who left the meeting", "who travelled
# through the town" are no refugees)
_PEOPLE_WHO_FLED = prefilter.compile(r"(?i)(?:the\s+|some\s+|many\s+)?(?:people|those|families|women|men)\s+who\s+"
                                     r"(?:had\s+)?(?:fled|escaped|(?:left|reached|crossed(?:\s+into)?|arrived\s+(?:in|at)|"
                                     r"travell?ed\s+(?:from|out\s+of))\s+(?:(?-i:[A-Z])|the\s+(?:pass|border|frontier|town|"
                                     r"village|city|district|region|camp|corridor)\b))")


# what "and" joins inside a relative clause: a bare noun, no subject of its own ("who sold fruit and wine"; not
# "and the officials", "and officials")
_INSIDE_CLAUSE = prefilter.compile(r"\s+(?!(?:the|a|an|its|their|his|her|our|some|other)\b)(?![^,;:]*"
                                   + ACTOR_NOUNS.pattern + r")[a-z]+\b")


# the pronoun that opens a relative clause of the thing it hangs on ("the paper that we bought", "the copy that I
# read"): the clause has a subject of its own, and the noun before "that" speaks
_OBJECT_CLAUSE_SUBJECTS = {"I", "we", "you", "he", "she", "they"}
# ... when what comes before "that" is a noun phrase with its determiner (not a verb's "wrote on Facebook that she
# had told")
_THING_BEFORE_THAT = prefilter.compile(r"\s*(?:[Aa]n?|[Tt]he|[Tt]his|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s")


_INNER_CONJUNCTIONS = ("after", "before", "while", "when", "because")   # (not "as": "who gave his name as X")


# a list of names going on after a comma: ", B and C districts" (the comma inside a list, no end of a clause)
_NAME_LIST_GOES_ON = prefilter.compile(r"\s*[A-Z][\w'’-]*\s+(?:and|or)\s+[A-Z][\w'’-]*\b")
# ... or the clause's own examples after a comma: "X, which has opened a case under five articles, including
# espionage, also accuses him" (the clause goes on to the comma after them)
_EXAMPLES_GO_ON = prefilter.compile(r"\s*(?:including|among\s+them|such\s+as)\b")


def _within_relative_dropped(stops):
    """The subject stops without the conjunctions inside a relative clause: in "X, who spoke after him, said" the
    "after" belongs to the clause on X and starts no subject of its own."""
    out, inside, examples, set_off = [], False, False, False
    for stop in stops:
        word = stop.group(0).lower()
        if inside and word in _INNER_CONJUNCTIONS:
            continue
        if inside and set_off and word == "and":
            continue                       # "X, who lost her son and had to leave Y, told": the clause's own "and",
            # no subject of its own before the comma that closes it (not a clause with no comma before it:
            # "Residents who fled X and officials said" joins two subjects)
        if inside and word == "what":     # "X, which follows what happens to Y, says": the clause's object
            continue
        if inside and word == "," and _NAME_LIST_GOES_ON.match(stop.string, stop.end()):
            continue                       # "X, who speaks for the service of the A, B and C districts, said": a list
        if inside and word == "," and _EXAMPLES_GO_ON.match(stop.string, stop.end()):
            examples = True                # ", including A and B,": the clause's examples, their "and" and all
            continue
        if examples and word != ",":
            continue
        examples = False
        opens = word in ("who", "which")
        if opens:                          # (a clause set off by a comma: ", who ...")
            set_off = bool(out) and out[-1].group(0) == "," and not stop.string[out[-1].end():stop.start()].strip()
        inside = opens or (inside and word not in (",", ";", ":", "(", ")"))
        out.append(stop)
    return out


# the one a writer or a speaker met, before the relative clause that has them speak: "went to Goris and met a minister
# who told her", "She met the governor, who said" (the object of the meeting verb)
_MET_OBJECT = prefilter.compile(r"^(?:.*\s)?(?:met|meets|interviewed|visited|reached|phoned|(?:spoke|talked)\s+(?:to|with)|"
                                r"met\s+with|sat\s+down\s+with)\s+(?P<object>(?:an?|the|one|two|several|some|his|her|their|its)\s.+)$")


def _relative_head(left, stops):
    """The noun phrase a relative clause before the verb hangs on: 'Residents of Tartar who spoke to
    this agency said' → 'Residents of Tartar'; [] when the clause has a subject of its own
    ('the convoy, which Azerbaijan said ...')."""
    k = len(stops) - 1
    while k > 0 and stops[k].group(0) == "and" and _INSIDE_CLAUSE.match(left, stops[k].end()):
        k -= 1                             # "Families who sold fruit and wine in Goris said": one clause
    last, stops = stops[k], stops[:k + 1]
    clause = left[last.end():].split()
    if last.group(0).lower() == "that" and clause and clause[0] in _OBJECT_CLAUSE_SUBJECTS \
            and _THING_BEFORE_THAT.match(left, stops[-2].end() if len(stops) > 1 else 0) \
            and not (len(clause) > 1 and ATTRIB_VERB.fullmatch(clause[1])):   # ("a video that he said was"
        # filmed in X": he speaks)
        pass                               # "A copy of the Tribune that I bought in Moscow reported": the copy
    elif last.group(0).lower() not in ("who", "which"):
        return None
    elif clause and not clause[0].islower():
        return None                        # "which Azerbaijan said": Azerbaijan is the subject
    begin = stops[-2].end() if len(stops) > 1 else 0
    head = left[begin:last.start()].strip().rstrip(",").split()
    if not head and not clause and len(stops) > 1 and stops[-2].group(0) == ",":
        # "the Food Contract Corporation, which said": the name just before the comma
        before = left[stops[-3].end() if len(stops) > 2 else 0:stops[-2].start()]
        if before.strip().isdigit() and len(stops) > 2 and stops[-3].group(0) == ",":
            # "spoke to X Y, 64, who said": the age between commas, the name before it
            before = left[stops[-4].end() if len(stops) > 3 else 0:stops[-3].start()]
        name = _TRAILING_NAME.search(before) or _TRAILING_BODY.search(before)
        head = name.group(0).split() if name else []
        if name and _FROM_PLACE.search(before, 0, name.start()):
            head = before.split()          # "A farmer from Astkhashen, who asked ...": the farmer, not his village
    met = _MET_OBJECT.match(" ".join(head)) if last.group(0).lower() == "who" else None
    if met:                                # "met a minister who told her": the minister, the one met
        head = met.group("object").split()
    topic = _REPORTS_ON.match(" ".join(head))
    if topic:                              # "the reports from X on the families who left Tartar said": the
        return topic.group("reports").split()   # reports speak; the families they tell of are their subject
    if head and head[-1].lower() in ("people", "families", "those") and _FLED.match(" ".join(clause)):
        return ["refugees"]                # "People who fled Lachin said": refugees
    return head if head and any(w[:1].isupper() for w in head) or ACTOR_NOUNS.search(" ".join(head)) else None


# a body or an outlet named by what it does, in a relative clause: "the agency that runs the checkpoint", "a site
# that covers the region"
_BODY_THAT = prefilter.compile(r"(?:^|[,;:]\s+)(?:(?:[Ee]ven|[Oo]nly|[Aa]lso)\s+)?"
                               r"(?P<head>(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,3}?(?:service|committee|office|"
                               r"department|ministry|administration|company|authority|authorities|officials?|site|"
                               + "|".join(_OUTLET_NOUNS) + r"))\s+that\s+"
                               r"(?!(?:its|this|was|has|is|as|us|thus|his)\b)[a-z]{3,}(?:s|ed)\b[^,;:\"“”]*$")


# a person told by where they come from or live, before the place's name: "a farmer from", "a woman in"
_FROM_PLACE = prefilter.compile(r"^(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w'’-]+\s+){0,2}(?:from|in)\s+$")
# the proper name a stretch of text ends with: "... by the Food Contract Corporation"
_TRAILING_NAME = prefilter.compile(r"(?:(?<=\s)|^)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’.-]*)*\s*$")
# (or a body named by its owner and its noun: "the EU mission, which said", "the European Union's mission, which
# wrote on its page": older sets 5 of 6 such bodies before ", which said" claim what follows)
_TRAILING_BODY = prefilter.compile(r"(?:(?<=\s)|^)the\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:mission|ministry|committee|service|"
                                   r"agency|office|commission|council|delegation)\s*$")
_PARTICIPLE = prefilter.compile(r",\s+(?:arguing|claiming|insisting|alleging|accusing|adding|saying|stressing|warning|"
                                r"noting|asserting|explaining|promising|pledging|vowing)\b")
_THEN = prefilter.compile(r"(?i)^(?:and\s+)?(?:then|next|later|afterwards)\s+")   # a clause's opening "then"
# a clause whose subject is a lone "he" or "she", perhaps after the time it opens with ("Late on Monday he went
# further", "Later she added"): the person speaks in the clause's "saying" as in "he said" (not "they", a group
# that may only have acted: "They left the village, saying ..."; not an object: "troops drove him out, saying")
_LONE_PERSON_SUBJECT = prefilter.compile(r"(?:(?i:(?:(?:late|early|later|earlier)\s+)?(?:on|in|at|by|last|this|that|"
                                         r"the\s+next|the\s+same)\s+)[\w ]{1,25}?,?\s+|(?i:later|earlier|then|"
                                         r"afterwards|next),?\s+)?(?P<who>[Hh]e|[Ss]he)\s+[a-z]")
_OPENING_PHRASE = prefilter.compile(r"(?i)^(?:(?:for|on|in|at|after|before|since|during|earlier|later|last|this|meanwhile|"
                                    r"separately|however)\b[^,]{0,40},\s*)")


def _clause_actor(clause):
    """The known actor a clause's subject names, read up to its first verb ("Three weeks earlier the
    Azerbaijani army had taken ..." → Azerbaijani MoD), or ""."""
    verb = _FIRST_VERB.search(clause)
    words = (clause[:verb.start()] if verb else clause).split()[-8:]
    # the shortest tail that names an actor after the clause's opening words ("Last week Baku" → Baku)
    return next((a for a in (canonical_actor(" ".join(words[i:])) for i in range(len(words))) if a), "")


_FIRST_VERB = prefilter.compile(r"\b(?:had|has|have|was|were|is|are|would|will|did)\b|\b[a-z]{3,}ed\b")


def _main_subject(clause):
    """The subject a sentence's main clause opens with, after an opening phrase ("For months,
    Azerbaijan has proposed ..." → Azerbaijan), when it names an actor; else ""."""
    words = _OPENING_PHRASE.sub("", clause.strip()).split()
    phrase = " ".join(_leading_noun_phrase(words)).strip(",")
    phrase = _ARTICLE.sub("", phrase)
    return phrase if phrase and (canonical_actor(phrase) or ACTOR_NOUNS.search(phrase)) else ""


# a lower-case word that can qualify the noun after it: not a verb's form ("shelled", "fleeing")
_NOUN_MODIFIER = prefilter.compile(r"[a-z]+(?<!ed)(?<!ing)")


def _leading_noun_phrase(words):
    """The noun phrase a run of words opens with: determiners, names and actor nouns up to the first
    other word ("The protesters set up tents ..." → The protesters), or []. A lower-case word just before an
    actor noun is part of it ("lorry drivers bound for Poti said" → lorry drivers)."""
    out = []
    for k, w in enumerate(words):
        bare = w.strip(",.;:'’\"")
        if not out and _NOUN_MODIFIER.fullmatch(bare) and bare not in STOP and k + 1 < len(words) \
                and ACTOR_NOUNS.fullmatch(words[k + 1].strip(",.;:'’\"")):
            out.append(w)                  # "lorry drivers", "tanker drivers": the trade names the people
            continue
        # "and" inside a proper name goes on: "Minister of Territorial Administration and Infrastructure"
        inner_and = bare == "and" and out and out[-1][:1].isupper() and k + 1 < len(words) \
            and words[k + 1][:1].isupper() and any(x.lower() == "of" for x in out)
        if out and not (bare[:1].isupper() or ACTOR_NOUNS.fullmatch(bare) or bare.lower() in ("of", "the")
                        or inner_and):
            break
        if not out and not (bare[:1].isupper() or ACTOR_NOUNS.fullmatch(bare) or bare in ("the", "a", "an")):
            return []
        out.append(w)
    while out and out[-1].lower() in ("of", "the"):
        out.pop()
    return out if any(ACTOR_NOUNS.fullmatch(w) or w[:1].isupper() for w in out[1:] or out) else []


# a state body's long name before its verb: capitalised words joined by commas or "and", the body's noun, then
# what it is for ("the Restoration, Construction and Management Service for Khankendi and the Aghdara and
# Khojaly districts said")
_BODY_WORD = prefilter.compile(r"(?:Service|Agency|Committee|Commission) (?:for|of|on) ")
_LONG_BODY_NAME = (r"(?:the\s+)?[A-Z][\w'’-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w'’-]*)*"
                   r"\s+(?:Service|Agency|Committee|Commission)\s+(?:for|of|on)\s+"
                   # (an enumeration inside the name: "for the Protection, Development and Restoration of ...")
                   r"(?:[^,;:\"“”]|,\s+(?=[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z])){3,100}?")
_LONG_BODY = prefilter.compile(r"(?:^|(?<=[,;:]\s))(?P<body>" + _LONG_BODY_NAME + r")\s*$")
# a named person of such a body: "Zaur Ismayilov of the State Commission on Prisoners of War, Hostages and Missing
# Persons said" is the man of that one commission, not "Hostages and Missing Persons"
_NAMED_OF_LONG_BODY = prefilter.compile(r"(?:^|(?<=[,;:]\s))(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\s+of\s+"
                                        + _LONG_BODY_NAME + r")\s*$")
# a ministry named by its two fields, in any case: "the ministry of territorial administration and infrastructure",
# "The Ministry of Labour and Social Affairs" (not a second body after "and": "the ministry of defence and the army";
# nor the ministry a department belongs to: "the Roads Department of the Ministry of X and Y announced"); its
# owner's name whole: "the Artsakh Republic's ministry of ..." is Artsakh's, not "Republic's" (one word before
# the ministry else: "On Tuesday Armenia's Ministry of ...")
_MINISTRY_OF_FIELDS = prefilter.compile(r"(?:^|(?<=[\s,;:]))(?<!of )(?<!of the )(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w-]*\s+(?=Republic['’]s\s))?"
                                        r"(?:[A-Z][\w'’-]*\s+)?[Mm]inistry\s+of\s+"
                                        r"(?:[\w'’-]+\s+){1,3}and\s+(?!(?:the|a|an|its|their|his|her)\b)[\w'’-]+"
                                        r"(?:\s+(?!(?:has|have|had|also|then|now)\b)[\w'’-]+)?)\s+"
                                        r"(?:(?:has|have|had|also|then|now)\s+)*$")
# A body named before "and" another: the two speak together ("the Prosecutor General's Office and the Interior
# Ministry said in a joint statement")
# ("the Azerbaijani ministry and the Armenian ministry said": the body's noun in lower case too)
_BODY_BEFORE_AND = prefilter.compile(r"(?:(?<=\s)|^)(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}(?:[Oo]ffice|[Mm]inistry|[Ss]ervice|"
                                     r"[Cc]ommittee|[Aa]gency|[Dd]epartment|[Pp]olice)\s+$")


# three or more bodies speaking together, each named by its kind: "the prosecutor general's office, the defence
# ministry and the interior ministry" (two are read by _BODY_BEFORE_AND)
_BODY_KIND = r"(?:[Oo]ffice|[Mm]inistry|[Ss]ervice|[Cc]ommittee|[Aa]gency|[Dd]epartment|[Pp]olice)"
_BODY_LIST = prefilter.compile(rf"(?:^|(?<=\s))(?P<first>(?:[\w'’-]+\s+){{0,4}}?{_BODY_KIND})(?:,\s+(?:[\w'’-]+\s+){{0,4}}?"
                               rf"{_BODY_KIND})+,?\s+and\s+(?:[\w'’-]+\s+){{0,4}}?{_BODY_KIND}\s+$")


# a document two bodies issued together, as the subject: "a joint statement of Azerbaijan's defence ministry and the
# State Security Service", "the communiqué by the ministry and the police" (the first body signs for both, as
# _BODY_BEFORE_AND reads them without the document)
_DOCUMENT_OF_PAIR = prefilter.compile(r"(?:^|(?<=[\s:;]))(?:[Tt]he|[Aa]|[Tt]his|[Tt]heir|[Ii]ts)\s+(?:joint\s+)?"
                                      r"(?:statement|communiqu[eé]|declaration|press\s+release)\s+(?:of|by|from|issued\s+by)\s+"
                                      rf"(?P<body>(?:[\w'’-]+\s+){{0,4}}?{_BODY_KIND})\s+and\s+(?:the\s+)?"
                                      rf"(?:[\w'’-]+\s+){{0,4}}?{_BODY_KIND}\s+$")


# an area's own administration named bare after the area: "In the Lori province, the administration has asked"
# (the provincial administration, not a ministry of "Territorial Administration" named before)
_AREA_THEN_ADMINISTRATION = prefilter.compile(r"(?:^|[.;:]\s+)(?:In|Across|For)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,2}"
                                              r"(?P<level>province|region|district|marz|municipality|community)\s*,\s+"
                                              r"the\s+administration\s+(?:(?:has|have|had|also|then|now)\s+)*$")
_AREA_ADJECTIVE = {"province": "provincial", "marz": "provincial", "region": "regional", "municipality": "municipal"}


# a person named, then the post they hold over a field in lower case, before the verb: "Aram Petrosyan, Armenia's
# minister of roads and bridges, (later) told" (the field may hold an "and")
_NAMED_HOLDER_OF = prefilter.compile(r"(?:^|(?<=\s))(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+"
                                     r"(?:[A-Z][\w'’-]*['’]s\s+|the\s+)?(?:[a-z-]+\s+){0,2}(?P<title>[a-z]+)\s+of\s+"
                                     r"[a-z][^,;:()\"“”]{0,80},\s+(?:(?:also|later|earlier|then|again|[a-z]+ly)\s+)?$")


# two ministers joined by "and", one subject: "the foreign minister and the defence minister of Azerbaijan said"
_HOLDER_PAIR = prefilter.compile(r"(?:(?<=\s)|^)(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)?(?:[a-z-]+\s+){0,2}minister\s+and\s+"
                                 r"(?:the\s+)?(?:[a-z-]+\s+){0,2}minister(?:\s+of\s+[A-Z][a-z]+)?\s+$")


# a state body named in lower case by what it does and where: "the reconstruction service for Khankendi and the
# Aghdara and Khojaly districts"
_SERVICE_FOR = prefilter.compile(r"(?:^|(?<=[,;:]\s))(?P<body>(?:the\s+)?(?:[a-z-]+\s+){1,2}(?:service|agency|committee)\s+for\s+"
                                 r"(?:the\s+)?[A-Z][^,;:\"“”]{2,100}?)\s*$")


def _first_verb(words):
    """The index of the first lower-case verb after a clause's first word ("reports", "mentioned"), or None."""
    return next((i for i, w in enumerate(words) if i and w.islower() and (w.endswith("ed") or ATTRIB_VERB.fullmatch(w))),
                None)


# a verb of saying or denying just before "that": "denied that", "told reporters that"
_SPEECH_ENDING = prefilter.compile(rf"\b(?:{SAYING}|told\s+\w+)\s+$")


# the places a speaker's office covers, a list of three or more right before the verb: "X of the housing
# service in Lachin, Kalbajar and Zangilan told", "X, the envoy in A, B and C, said"
_PLACES_SERVED = prefilter.compile(r"\s+(?:in|to|for)\s+(?:the\s+)?" + _COMMA_LISTED +
                                   r"[A-Z][\w'’-]*(?P<comma>,)?\s*$")


# a named person of a body whose proper name lists its tasks with commas: "Samir Aliyev of the Restoration,
# Construction and Management Service said" is the man of that one body, not "Construction and Management Service"
_NAMED_OF_LISTED_BODY = prefilter.compile(r"(?:^|(?<=[,;:]\s))(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\s+of\s+"
                                          r"the\s+" + _COMMA_LISTED + r"[A-Z][\w'’-]*"
                                          r"(?:\s+[A-Z][\w'’-]*)*)\s*$")


# the places a body names, in a clause with no "that" ("among the first places the ministry listed"): the body is
# the verb's subject, not the place the sentence is about (not "Residents of the villages the army shelled said")
_LIST_NOUN_WORDS = ("places", "villages", "towns", "settlements", "targets", "locations", "communities")
_LIST_NOUNS = tuple(f"{w} " for w in _LIST_NOUN_WORDS)      # (the quick test before the regex)
_LIST_NOUN_LISTER = prefilter.compile(r"\b(?:among|one\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                                      r"(?:" + "|".join(_LIST_NOUN_WORDS) + r")\s+"
                                      r"(?P<who>(?:the|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+(?:had\s+|has\s+|have\s+)?$")


# a part of the day opening the sentence before its subject: "In the second half of the day a spokesman", "Later in
# the afternoon the ministry", "Late that evening an official"; after "later/earlier that day" the subject may be a
# name ("Later that day Azerbaijan said": Azerbaijan)
_DAY_PART_OPENING = prefilter.compile(r"(?i)(?:(?:in|during|late|early|later|earlier)\s+)?(?:(?:in|during)\s+)?(?:the|that)\s+"
                                      r"(?:(?:first|second|latter)\s+half\s+of\s+the\s+day|morning|afternoon|evening|day)"
                                      r"\s+(?=(?:the|a|an)\s+\S)|"
                                      r"(?:late|early|later|earlier)\s+that\s+(?:morning|afternoon|evening|day)\s+"
                                      r"(?=(?-i:[A-Z]))")


# a verb of what a person does in a scene, told in the present: "X, the mayor, walks past the school and says"
_SCENE_VERB = prefilter.compile(r"walks|stands|sits|points|looks|drives|leads|turns|returns|stops|pauses|waits|goes|comes|"
                                r"shows|opens|climbs|steps|gestures|kneels|crosses|enters|leaves")


# a written source named again by its kind: "the account", "that history", "the same chronicle"
_ACCOUNT_AGAIN = prefilter.compile(r"(?i)(?:(?:the|that|this)\s+)?(?:same\s+)?(?:account|history|chronicle)")


# (an auxiliary may follow it: "Harutyunyan himself had confirmed": Harutyunyan)
_THE_BEFORE = prefilter.compile(r"\b[Tt]he\s+$")
_REFLEXIVE_AFTER = prefilter.compile(r"\s+(?:himself|herself|itself|themselves)"
                                     r"(?P<aux>\s+(?:had|has|have|was|were|is|would|did|could))?\s*$")


def _subject_before(sentence, verb_pos):
    """The subject of the verb of speaking at ``verb_pos`` as the sentence writes it ("The ministry's release on
    4 November said": the release), or "" when the words before the verb are no subject: read back from the verb
    past what only qualifies the speaker (a day, the places an office serves, a relative clause), as the claimant is
    normalised from it."""
    left = sentence[:verb_pos]
    if "self " in left[-18:] or "selves " in left[-19:]:
        # "Guliyev himself told Modern.az": Guliyev, the word no part of him
        left = _REFLEXIVE_AFTER.sub(lambda m: (m.group("aux") or "") + " ", left)
    kept_up = _WENT_ON_TO.search(left, max(0, verb_pos - 24)) if "to " in left[-6:] else None
    if kept_up:                            # "Tass has continued to report": Tass, as "Tass has reported"
        left = left[:kept_up.start()]
    lister = _LIST_NOUN_LISTER.search(left) if any(map(left.__contains__, _LIST_NOUNS)) else None
    if lister and _actor_like(lister.group("who")):
        return lister.group("who")         # "X was among the places the ministry listed": the ministry, not X
    dated = _TRAILING_DATE.search(left) if "on " in left or "of " in left or "for " in left or "dated " in left \
        or "from " in left \
        else None
    if dated:                              # "the ministry's release on 4 November said": the release, not the month
        # (an aside's closing comma stays, so the aside is still read as one: "Reuters, writing from X on 5 May,
        # counted" is Reuters, not "writing from X")
        left = left[:dated.start()] + ("," if dated.group().rstrip().endswith(",") else "") + " "
    served = _PLACES_SERVED.search(left) if " and " in left else None
    if served and served.start():          # the list is where the office works, not the speaker: the subject
        left = left[:served.start()] + (served.group("comma") or "") + " "    # is read without it
        return _subject_before(left, len(left))
    person = (_NAMED_OF_LISTED_BODY.search(left) or _NAMED_OF_LONG_BODY.search(left, max(0, verb_pos - 200))) \
        if ", " in left else None
    if person:
        return person.group("who")
    body = _BODY_THAT.search(left) if " that " in left else None
    if body:                               # "The service that manages the Khojaly and Aghdara districts said": the
        return body.group("head")          # service, not the places it manages
    body = _LONG_BODY.search(left, max(0, verb_pos - 200)) if _BODY_WORD.search(left) else None
    if body:                               # "the Restoration, Construction and Management Service for X and
        return body.group("body")          # the Y and Z districts said": one name, commas and all
    body = _MINISTRY_OF_FIELDS.search(left, max(0, verb_pos - 120)) if "inistry of " in left else None
    if body:                               # "the ministry of labour and social affairs said": one ministry, its
        return body.group("body")          # "and" inside its name
    body = _SERVICE_FOR.search(left, max(0, verb_pos - 160)) if "ice for " in left or "ency for " in left \
        or "ttee for " in left else None
    if body:                               # "the reconstruction service for Khankendi and the Aghdara and Khojaly
        return body.group("body")          # districts told": one body, the places it serves and all
    area = _AREA_THEN_ADMINISTRATION.search(left) if "administration" in left else None
    if area:
        return f"{_AREA_ADJECTIVE.get(area.group('level'), area.group('level'))} administration"
    holder = _NAMED_HOLDER_OF.search(left, max(0, verb_pos - 200)) if " of " in left else None
    if holder and _is_title(holder.group("title")):
        return holder.group("name")           # "X, Armenia's minister of roads and bridges, told": X, the
        # field's "and" no subject of its own
    joint = _DOCUMENT_OF_PAIR.search(left) if " and " in left and (" of " in left or " by " in left) else None
    if joint:                              # "a joint statement of its defence ministry and the security service
        return joint.group("body")         # said": the first body named signs for both, as with no document
    listed = _BODY_LIST.search(left) if " and " in left and ", " in left else None
    if listed:                             # "The prosecutor's office, the defence ministry and the police said": the
        left = left[:listed.end("first")] + " "    # first body named signs for them all
        return _subject_before(left, len(left))
    stops = _within_relative_dropped(list(_SUBJECT_STOP.finditer(left)))
    start = stops[-1].end() if stops else 0
    if stops and stops[-1].group() == "and":
        body = _BODY_BEFORE_AND.search(left, 0, stops[-1].start()) or _HOLDER_PAIR.search(left)
        if body:                           # "the Prosecutor General's Office and the Interior Ministry said"
            start = body.start()
            stops = stops[:-1]
        else:
            first = _official_before_people(left, stops)
            if first:
                return first               # "Armenian officials and villagers said": the officials' account
    words = left[start:].split()
    if stops:
        head = _relative_head(left, stops)
        if head:
            words = head
    if stops and stops[-1].group(0) == "," and words and all(w.lower() in _TIME_ADVERBS for w in words):
        # "X, who speaks for the ministry, then wrote": X, before the aside
        apposed = _apposed_subject(left[:start], stops)
        verb = _first_verb(apposed) if apposed and apposed[0][:1].isupper() else None
        # (a clause of its own before the comma is no aside: "The mission first called the report false, then
        # confirmed ...": its subject, before its verb)
        words = (apposed[:verb] if verb is not None else apposed) or words
    if not words and stops:
        words = _apposed_subject(left, stops)
    elif stops and stops[-1].group(0) == "," and all(w.lower() in _AUXILIARIES for w in words):
        # "The national mine agency, ANAMA, has warned": the subject before the auxiliary
        words = _apposed_subject(left[:start], stops) or words
    if words == ["and"]:
        words = _coordinated_subject(left[:left.rstrip().rfind("and")])
    if len(words) > 2 and words[-1] == "but":
        # "X mentioned no dead but said ...": X, before its first verb
        verb = _first_verb(words[:-1])
        if verb is not None:
            words = words[:verb]
    if words and words[-1] == "and" and stops and stops[-1].group(0) == "that":
        speech = _SPEECH_ENDING.search(left, 0, stops[-1].start())
        if speech:                         # "X denied that its forces had fired on A and said ...": X says both
            return _subject_before(sentence, speech.start())
    if words and words[-1] == "and":
        # "X rejected the claim and said ...": the subject is X, before its first verb
        words = words[:-1]
        verb = next((i for i, w in enumerate(words)
                     if i and w.islower() and (w.endswith("ed") or ATTRIB_VERB.fullmatch(w) or w in _IRREGULAR_PAST)),
                    None)
        if verb is not None:
            words = words[:verb]
        elif words and words[0][:1].islower() and (words[0].endswith("ed") or _SCENE_VERB.fullmatch(words[0])
                                                   or words[0] in _IRREGULAR_PAST) \
                and stops:
            # "Samantha Power, the head of USAID, visited Kornidzor and called for": before the apposition (or a
            # deed in an irregular past: "X, the head of the agency, took reporters to Y and said")
            words = _apposed_subject(left[:start], stops)
        else:
            # "Azerbaijan describes both monasteries as Albanian monuments and says": the clause's subject;
            # "The protesters set up tents at ... and say": the noun phrase the clause opens with
            words = _coordinated_subject(left[:left.rstrip().rfind("and")]) or _leading_noun_phrase(words)
    contact = _CONTACT_CLAUSE.search(" ".join(words)) if len(words) > 2 and _CONTACT_WORDS & set(words) else None
    if contact:
        words = " ".join(words)[:contact.start()].split()   # "Relatives we spoke to said": the relatives
    if words[:1] and words[0].lower() == "last" and len(words) >= 3 and _WEEKDAY_WORD.fullmatch(words[1]) \
            and (len(words) == 3 and words[2].lower() in _SUBJECT_PRONOUNS
                 or words[2] == "the" and 4 <= len(words) <= 6):
        words = words[2:]                  # "Last Monday it put out": the day told back from now, no part of the
        # pronoun subject ("On Monday it said" is read past its opening phrase too); so too before a subject with
        # "the" ("Last Friday the ministry said": the ministry); a name after the day is read as before
    whole = words
    if _UNNAMED_AGENCIES.fullmatch(" ".join(words)):
        return " ".join(words)             # "News agencies reported", "the agencies said": the wires, unnamed
    if len(whole) > 2 and whole[0].lower() in _OPENING_PREPOSITIONS and whole[-1].lower() in _SUBJECT_PRONOUNS \
            and all(w.isalpha() and w.islower() for w in whole[1:-1]):
        return whole[-1].lower()           # "In the same statement it said": the pronoun after the opening phrase
    placed = whole[:-1] if len(whole) > 3 and whole[-1] in ("also", "then", "later", "again", "too") else whole
    if len(placed) > 2 and placed[0] in ("In", "At") and placed[-1] in ("it", "he", "she") \
            and all(_PLACE_WORD.fullmatch(w) for w in placed[1:-1]):
        return placed[-1]                  # "In Kapan it listed", "At Tegh he counted", "In the village of Tegh he
        # also counted": the place opens the sentence, no speaker; the pronoun speaks (not "they": "In Baku they
        # say" is its people)
    if whole and _DOCUMENT_SUBJECT.fullmatch(" ".join(whole)):
        return "the statement"             # "The joint statement said": the statement named before, its issuer
    if whole and _BODIES_SUBJECT.fullmatch(" ".join(whole)):
        return "they"                      # "The two ministries said": the bodies named before
    span = _TRAILING_SPAN.search(" ".join(words)) if len(words) > 2 else None
    if span:                               # "Baku has for years accused": Baku
        words = " ".join(words)[:span.start()].split()
    aside = _TRAILING_ASIDE.search(" ".join(words)) if len(words) > 2 else None
    if aside:                              # "The Armenian ministry in turn claimed": the ministry
        words = " ".join(words)[:aside.start()].split()
    while words and (words[-1].lower() in _TRAILING_FILLER or (_adverb(words[-1]) and not _national_paper(words)
                                                                and not _surname_in_ly(words))
                     or _WEEKDAY_WORD.fullmatch(words[-1])):
        words = words[:-1]
    if not words and whole and stops and stops[-1].group(0) == "and":
        # "Armenian officials have disputed the figures and have long described ...": the first clause's subject
        words = _coordinated_subject(left[:stops[-1].start()])
        while words and words[-1].lower() in _TRAILING_FILLER:
            words = words[:-1]
    if " ".join(w for w in words if w.lower() != "the") == "" and whole:
        # "It also reported", "the statement said": the pronoun is the subject, kept for resolving
        bare = " ".join(w for w in whole if w.lower() not in ("also", "later", "again", "then", "has", "had",
                                                              "have", "previously", "earlier")).lower()
        if bare in PRONOUNS:
            return bare
    part = _DAY_PART_OPENING.match(" ".join(words))
    if part:                               # "In the second half of the day a spokesman admitted": the spokesman
        words = " ".join(words)[part.end():].split()
    # (a period first: "In the first days of January 1994" is more than the span "In the first days")
    span = _PERIOD_OPENING.match(" ".join(words)) or _TIME_SPAN.match(" ".join(words))
    if span and span.end() < len(" ".join(words)):
        words = " ".join(words)[span.end():].split()     # "For three decades Baku complained": Baku
    if len(words) > 3 and words[0].lower() in _OPENING_PREPOSITIONS and _DAY_S.fullmatch(words[1]):
        words = words[3:]                  # "At Monday's hearing several witnesses said": the witnesses
    if len(words) > 1 and words[0].lower() in _SUBORDINATORS and _capitalised(words[1]) \
            and words[1].lower() not in _OPENING_DETERMINERS:
        words = words[1:]                  # "After Baku said ..., Yerevan answered": Baku, the clause's subject
    dropped, after_weekday = "", False
    while words and (words[0].lower() in _LEADING_FILLER or _DATE_WORD.fullmatch(words[0])
                     or _WEEKDAY_WORD.fullmatch(words[0]) or not _WORD_CHAR.search(words[0])
                     or (_adverb(words[0]) and len(words) > 1) or _day_part_of(dropped, words[0])):
        dropped = words.pop(0)             # "On 18 October Baku said", "- Azerbaijan", "Shortly afterwards X"
        after_weekday = bool(_WEEKDAY_WORD.fullmatch(dropped)) or (after_weekday and dropped.lower() == "the")
    words = _after_ordinal_day(words, after_weekday)
    if not words and whole and whole[-1].lower() in PRONOUNS:
        return whole[-1].lower()           # "On 24 February it said": the pronoun, kept for resolving
    if len(words) > 2 and words[0].lower() in _OPENING_PREPOSITIONS and words[-1].lower() in _SUBJECT_PRONOUNS:
        return words[-1].lower()           # "At the time he said": the pronoun after the opening phrase
    if len(words) > 3 and words[0].lower() in _POSSESSIVES and left[:left.find(words[0])].rstrip().lower().endswith(
            tuple(_OPENING_PREPOSITIONS)):
        # "In its correction the mission confirmed": the subject after the opening phrase
        determiner = next((i for i in range(len(words) - 1, 1, -1) if words[i].lower() in ("the", "a", "an")), None)
        if determiner is not None:
            words = words[determiner:]
    # "At that ceremony Sabuhi Gahramanov said": the person; "In that statement the ministry" (the preposition
    # already dropped as filler): the ministry
    before = left[:left.find(words[0])] if words else ""
    words = _after_opening_phrase(words, bool(words) and _ENDS_IN_PREPOSITION.search(before),
                                  bool(words) and _ENDS_IN_OPENING.search(before))
    words = _after_day(words)
    opening = 1 if words and words[0].lower() in _OPENING_PREPOSITIONS else 0
    place_end = next((i for i, w in enumerate(words) if i >= opening and not w[:1].isupper()), len(words))
    if opening < place_end < len(words) - 1 and words[place_end].lower() in _PLACE_THEN_SUBJECT and (
            opening or left[:left.find(words[0])].rstrip().lower().endswith(tuple(_OPENING_PREPOSITIONS))):
        words = _subject_in_place(words[place_end:], words[opening:place_end])
    if len(words) > 2 and words[0].lower() in ("a", "an") and words[1].lower() in _CLAIM_NOUNS:
        words = words[2:]                  # "..., a charge Azerbaijan denies": Azerbaijan
        if len(words) > 1 and words[0].lower() in ("by", "from", "of"):
            words = words[1:]              # "a report by Human Rights Watch says"

    agent = [i for i, w in enumerate(words) if w.lower() == "by"]
    # (a day between the participle and its agent: "a source quoted on Tuesday by the channel")
    verb = agent[-1] - 1 - _day_words_before(words, agent[-1]) if agent else 0
    if agent and verb > 0 and not (words[verb].lower().endswith("ed") or words[verb].lower() in _IRREGULAR_PARTICIPLES):
        # (or where it was put between them: "a video put on Facebook by a local page", "footage posted online by
        # the ministry")
        verb = next((j for j in range(verb - 1, max(0, agent[-1] - 5), -1)
                     if (words[j].lower().endswith("ed") or words[j].lower() in _IRREGULAR_PARTICIPLES)
                     and words[j + 1].lower() in _PUT_WHERE), verb)
    if agent and 0 < agent[-1] < len(words) - 1 and verb >= 0 and (words[verb].lower().endswith("ed")
                                                                    or words[verb].lower() in _IRREGULAR_PARTICIPLES):
        head = words[:verb]
        if head and (_PEOPLE_HEAD.search(" ".join(head)) or _MEANS.fullmatch(" ".join(words[agent[-1] + 1:]))):
            words = head                   # "Residents of Sotk reached by phone said": the residents speak
        else:
            words = words[agent[-1] + 1:]  # "a video released by the ministry showed": the ministry
    put_on = _PICTURE_PUT_ON.search(" ".join(words)) if words else None
    if words and _BARE_PICTURE.fullmatch(" ".join(words)) \
            and not _PICTURE_OF_BODY.search(" ".join(words)) \
            and not (put_on and canonical_actor(put_on.group("where"))):
        return ""                          # "A photo shared on Telegram showed", "a video of soldiers ... showed": a
        # picture that no teller owns tells nothing of its own (the outlet that relays it, if any, is read apart;
        # one put on channels the table knows is theirs: "videos posted on Russian Telegram channels showed")
    own = _OWN_FOOTAGE.fullmatch(" ".join(words)) if len(words) > 3 else None
    if own:
        words = own.group("own").split()   # "A clip from the ministry itself shows": the ministry
    elif words and _BARE_FOOTAGE.fullmatch(" ".join(words)) and _PUBLISHED_FOOTAGE.search(sentence):
        return ""                          # "Footage, released by the ministry, showed": the source, read apart
    described = _DESCRIBED_PERSON.match(" ".join(words))
    if described:                          # "a woman travelling to see her son said": the woman, unnamed
        words = described.group("who").split()
    # "Armenian Foreign Minister X and Azerbaijani Foreign Minister Y": two sides' speakers, each kept (both_sides)
    two_sides = len(words) > 8 and "and" in words and _two_actors(" ".join(words))
    if len(words) > 8 and not two_sides and _ROLE_THEN_NAME.search(" ".join(words)):
        # "Deputy head of the Azerbaijani presidential administration Hikmet Hajiyev": the person, however
        # long the role before the name
        words = _ROLE_THEN_NAME.search(" ".join(words)).group("name").split()
    if len(words) > 8 and not two_sides and not (len(words) <= 14 and _ROLE_OF_BODY.fullmatch(" ".join(words))):
        words = _leading_noun_phrase(words)  # a clause, not a name: at most the noun phrase it opens with
    if _UNNAMED_REPORTS.fullmatch(" ".join(words).lower()) or _ONLINE_REPORTS.fullmatch(" ".join(words).lower()):
        return " ".join(words)             # "unconfirmed reports said": the press, read as media (and "reports
        # spread on the internet said": the web's, read as media too)
    if len(words) > 1 and words[0] == "accused" and words[1][:1].isupper() \
            and _THE_BEFORE.search(left, 0, max(0, left.rfind("accused " + words[1]))):
        words = words[1:]                  # "the accused Madat Babayan said": a role before the name, no verb
    if not words or (words[0][:1].islower() and words[0].endswith("ed") and "-" not in words[0]):
        return ""                          # a predicate ("visited Khankendi on October 1"), not a subject
    if len(words) > 1 and words[0] in _CAUSATIVE:
        return ""                          # "..., which made people fear that": those made to fear say nothing
    phrase = " ".join(words)
    if CLAUSE_VERB.search(phrase):
        return ""                          # a clause ("Armenian forces had fired rockets at Ganja")
    if phrase.lower() in PRONOUNS:
        return phrase
    owned = _OWNED_DOCUMENT.fullmatch(phrase)
    owner = _OPENING_BODY_S.match(sentence) if owned and owned.group(1).lower() == "its" else None
    if owner:                              # "The mission's patrol set out ..., its release said": the mission,
        return owner.group("body")         # whose the sentence's subject is, not the last speaker
    crew = _OPENING_CREW.match(sentence) if owned and owned.group(1).lower() == "their" else None
    if crew and canonical_actor(crew.group("body")):
        return crew.group("body")          # "The European monitors ... sent out ..., their news release said": the
        # monitors, the sentence's subject, not the last speaker
    if owned:                              # "Its report said": it said, the one named before whose report it is
        return _PRONOUN_OF[owned.group(1).lower()]
    again = _SAME_BODY.fullmatch(phrase)
    if again and again.group(1).lower() in PRONOUNS:
        return again.group(1).lower()      # "The same ministry said": the ministry named before
    if again and _nation_body_again(again.group(1)):
        return again.group(1)              # "The same Russian ministry said": the Russian ministry
    if _SHARED_POSTS.fullmatch(phrase):
        return phrase                      # "Posts shared thousands of times say": the posts, read as social media
    if _ACCOUNT_AGAIN.fullmatch(phrase):
        return "the report"                # "The account we relied on says": the written source named before
    if not (any(_capitalised(w) for w in words) or ACTOR_NOUNS.search(phrase) or _BODY_SUBJECT.fullmatch(phrase)
            or _BODY_AGAIN.fullmatch(f"the {phrase}")      # "the diocese said": the diocese named before
            or _COMMUNITY_AGAIN.fullmatch(phrase)          # "the community says": the one whose statement was named
            or _GROUP_AGAIN.fullmatch(phrase)              # "The group said": the rights group named before
            or words[-1].lower() in BARE_TITLES            # "The special representative added": the person
            or _LOCAL_OFFICIAL.match(phrase)               # "the head of the community said": its officials
            or canonical_actor(phrase)                     # a claimant of the table
            or words[-1].lower() in _PEOPLE_LABELS         # "a subscriber writes": one of the residents
            or _REFERENCE_WORKS.fullmatch(phrase)          # "reference works say": the works, read as one source
            or _BARE_PAPER.fullmatch(phrase)               # "The radio reported": the outlet heard before
            or web_outlet(phrase)                          # "razm.info reported", "301.am wrote": a site by its address
            or (words[-1].lower() in _PRESS_KINDS and words[0].lower() in _SOME_PAPER)):   # "..., one daily noted"
        return ""
    if len(words) > 1 and sentence.lstrip().startswith(phrase) and not any(_capitalised(w) for w in words[1:]) \
            and not ACTOR_NOUNS.search(phrase) and not canonical_actor(phrase) \
            and not any(_is_title(w) for w in words) \
            and not re.search(r"['’]s$", words[0]) and not NATION.match(words[0].lower()) \
            and not _MEMBER_OF_GROUP.fullmatch(phrase) and not _RELATIVE_SUBJECT.fullmatch(phrase) \
            and words[-1].lower() not in _PRESS_KINDS and not _REFERENCE_WORKS.fullmatch(phrase) \
            and not (words[0].lower() in ("a", "an", "one") and words[-1].lower() in _TOWNSPEOPLE) \
            and not (phrase[-1].isdigit() and _OUTLET_SHAPED.fullmatch(phrase)):
        # ("One daily noted", "Several papers wrote": the press; "An elderly man said": a person met, unnamed;
        # "Forum 18 wrote", "Radio 7 said": a name and its number, an outlet's, not a capital only for the sentence)
        return ""                          # "Two previous truces ... announced": a capital only for the sentence
    if _WEEKDAY_IN.search(phrase) \
            and not ACTOR_NOUNS.search(phrase):
        return ""
    return phrase


# a verb that makes someone feel or think what follows ("which made people fear that", "leaving residents to expect"):
# its object is no speaker
_CAUSATIVE = {"made", "makes", "make", "making", "let", "lets", "letting", "leaving", "left", "leaves"}


# posts passed around online as a subject: "Posts shared thousands of times say", "Viral tweets circulating since
# Monday claim" (not "posts" alone, which may be a border's or an army's)
_SHARED_POSTS = prefilter.compile(r"(?i)(?:(?:the|some|many|several|numerous|viral|popular|online)\s+)*(?:social\s+media\s+)?"
                                  r"(?:posts|tweets|messages)\s+(?:(?:widely|being|now)\s+)?(?:shared|circulating|circulated|"
                                  r"reposted|going\s+viral)\b(?!\s+with\b)(?![^,;:]{0,50}?\bby\s+(?:the|its|their|an?)\s)"
                                  r"[^,;:]{0,50}")
# (not messages a body handed out: "messages shared with reporters by the ministry say" are the ministry's)


# a document owned by a pronoun as the subject of a speech verb: "Its report said", "Their statement added" (the owner,
# named before, speaks through it; "Its news release said", "their press release added" too, and its own web pages:
# "its website said" is the body's word, no unnamed outlet's)
_OWNED_DOCUMENT = prefilter.compile(r"(?i)(its|their|his|her)\s+(?:(?:own|latest|new|first|next|later|earlier|full|"
                                    r"official|daily|evening|morning)\s+)?(?:(?:news|press)\s+(?=release))?"
                                    r"(?:report|statement|bulletin|release|article|story|"
                                    r"dispatch|piece|update|summary|(?:web)?site)")


# a body by its noun owning the sentence's subject: "The mission's 500th patrol", "The ministry's new figures"
_OPENING_BODY_S = prefilter.compile(r"\s*(?P<body>[Tt]he\s+(?:mission|ministry|agency|committee|service|office|"
                                    r"commission|organi[sz]ation))['’]s\s")

# (and "their" after a body's people opening the sentence: "The European monitors who ... sent ...")
_OPENING_CREW = prefilter.compile(r"\s*(?P<body>[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,2}(?:monitors|observers|peacekeepers))\b"
                                  r"(?!['’])")


# the determiner that opens a subject after an opening "In <place>": "In Brussels the parliament", "In Tegh a farmer"
_PLACE_THEN_SUBJECT = {"the", "a", "an"}
# where an unnamed person's description goes on after its noun: "a woman selling honey at her gate"
_PERSON_DESCRIBED = prefilter.compile(r"[a-z]+ing|at|in|on|by|with|from|near|outside|who|whose")


# an unnamed man or woman described after the noun: "an old man selling honey at his gate", "a woman who had
# waited all night" (a man "from", "in" or "of" a place is read with the place)
_DESCRIBED_PERSON = prefilter.compile(r"(?P<who>(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+)?(?:man|woman))\s+(?:[a-z]+ing|who|with|at|"
                                      r"on|near|outside)\s")


def _subject_in_place(subject, place):
    """The subject after an opening "In <place>": "In Brussels the European Parliament adopted" → the parliament.
    An unnamed person there ("In Old Tegh a man mending nets said") is one of the place's people, read as
    "a man in Old Tegh" (the description after the noun dropped), never the place itself."""
    end = next((i for i, w in enumerate(subject) if i > 1 and _PERSON_DESCRIBED.fullmatch(w)), len(subject))
    if subject[0].lower() == "the" or subject[end - 1].lower() not in _TOWNSPEOPLE | _PEOPLE_LABELS.keys():
        return subject
    return subject[:end] + ["in"] + place
_ENDS_IN_PREPOSITION = prefilter.compile(r"(?i)(?=[abiotuw])\b(?:" + "|".join(sorted(_OPENING_PREPOSITIONS)) + r")\s*$")
_OPENING_DETERMINERS = {"the", "a", "an", "that", "this", "these", "those", "its", "his", "her", "their"}
# an opening preposition and its determiner, both already dropped before the words left: "In the same statement"
_ENDS_IN_OPENING = prefilter.compile(r"(?i)(?=[abiotuw])\b(?:" + "|".join(sorted(_OPENING_PREPOSITIONS)) + r")\s+(?:"
                                     + "|".join(sorted(_OPENING_DETERMINERS)) + r")\s*$")


# a day of the month in words opening the clause: "the fifth of October", "the 5th of October", after a weekday
# "the thirteenth" alone ("On Thursday the fifth of October the ministry said": the ministry)
_ORDINAL = (r"(?:\d{1,2}(?:st|nd|rd|th)|(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)")
_ORDINAL_DAY = prefilter.compile(rf"(?i)(?:the\s+)?{_ORDINAL}(?P<month>\s+of\s+(?:january|february|march|april|may|june|july|"
                                 r"august|september|october|november|december))?,?\s+")


def _after_ordinal_day(words, after_weekday):
    """The subject after an opening day of the month in words ("the fifth of October the ministry" → "the
    ministry"); a bare ordinal ("the thirteenth") only right after a weekday, else it may be a unit's name."""
    text = " ".join(words)
    m = _ORDINAL_DAY.match(text) if words and (words[0][:1].isdigit() or words[0].lower() == "the"
                                                 or words[0][-2:].lower() in ("st", "nd", "rd", "th")) else None
    if m and (m.group("month") or after_weekday) and m.end() < len(text):
        return text[m.end():].split()
    return words


def _after_day(words):
    """The subject after an opening phrase ending in a day ("In a speech on Monday Pashinyan", "In the interview
    with Reuters published on Monday he"): a pronoun or a name of up to three capitalised words after the day;
    else ``words``."""
    day = max((i for i, w in enumerate(words[:-1]) if _WEEKDAY_WORD.fullmatch(w) or _DATE_WORD.fullmatch(w)),
              default=None)
    rest = words[day + 1:] if day is not None else []
    if (len(rest) == 1 and rest[0].lower() in _SUBJECT_PRONOUNS) \
            or (0 < len(rest) <= 3 and all(_capitalised(w) for w in rest)):
        return rest
    # (or such a name with the body it is of: "At a briefing on 6 August Idayat Rustamov of the road agency")
    name = next((i for i, w in enumerate(rest) if not _capitalised(w)), len(rest))
    if 2 <= name <= 3 and name < len(rest) - 1 and rest[name] == "of":
        return rest
    return words


def _after_opening_phrase(words, opened=False, determined=False):
    """The subject after an opening phrase of a preposition, a determiner and a noun or two ("At that ceremony
    Sabuhi Gahramanov", "At the time Armenian commanders", "In that statement the ministry", "In the same report
    the ministry"); else ``words``. ``opened``: the preposition stands before ``words``; ``determined``: its
    determiner does too."""
    first = -1 if determined else 0 if opened else 1   # where the determiner is
    if len(words) < first + 3 or (not opened and not determined and words[0].lower() not in _OPENING_PREPOSITIONS) \
            or (not determined and words[first].lower() not in _OPENING_DETERMINERS):
        return words
    words = _without_noun_date(words, first)
    start = next((i for i in range(first + 1, len(words)) if words[i][:1].isupper() or words[i].lower() == "the"),
                 None)
    if start is not None and first + 2 <= start <= first + 3 and all(w.islower() for w in words[first + 1:start]):
        return words[start:]
    return _after_named_noun(words, first)


# the date of the opening phrase's document, after its noun: "In the same post of 4 October the aide", "In its
# statement of October 12 the ministry"
_NOUN_DATE = prefilter.compile(r"(?:of|from|dated)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?,?")


def _without_noun_date(words, first):
    """``words`` without the date that follows the opening phrase's noun or two (one or two lowercase words after
    the determiner at ``first``), so that the subject after it is read ("In the same post of 4 October the aide":
    the aide)."""
    for noun_end in (first + 2, first + 3):
        if noun_end < len(words) and all(w.isalpha() and w.islower() for w in words[first + 1:noun_end]):
            date = _NOUN_DATE.fullmatch(" ".join(words[noun_end:noun_end + 4])) \
                or _NOUN_DATE.fullmatch(" ".join(words[noun_end:noun_end + 3]))
            if date:
                return words[:noun_end] + words[noun_end + len(date.group().split()):]
    return words


def _after_named_noun(words, first):
    """The subject after an opening phrase whose noun a name qualifies ("On the Kalbajar-Lachin road the agency",
    "Along the Lachin highway the agency"): from the "the" that follows a lowercase noun; else ``words``."""
    start = next((i for i in range(first + 3, min(len(words), first + 5)) if words[i] == "the"), None)
    if start is not None and words[start - 1].isalpha() and words[start - 1].islower() \
            and words[first + 1][:1].isupper():
        return words[start:]
    return words


# a body named by its noun alone, as the speaker named before: "the corporation said", "the court said"
_BODY_SUBJECT = prefilter.compile(r"(?i)(?:(?:the|its|their)\s+)?(?P<noun>corporation|operator|court|tribunal|council|"
                                  r"commission|foundation|fund|bank|parliament|assembly|organisation|organization|centre|center|"
                                  # "the researchers found": the staff of the body whose report was named before
                                  r"researchers)")


# a document as the subject, however it is qualified: "the joint statement", "a ministry statement", "the latest
# bulletin", "its statement" (a nation's document, "the Azerbaijani statement", names its issuer and is read so)
_DOCUMENT_SUBJECT = prefilter.compile(r"(?i)(?:the|a|an|its|their|his|her|this|that)?\s*(?:(?:joint|latest|new|"
                                      r"official|written|separate|brief|short|second|further|follow-up|subsequent|"
                                      r"earlier|later|ministry|ministry['’]s|agency['’]s|army['’]s|office['’]s|"
                                      r"service['’]s|committee['’]s|mission['’]s)\s+)+(?:statement|communiqu[eé]|"
                                      r"bulletin|press release|release|declaration|readout|report|update)")
# the bodies named before, counted: "the two ministries", "both agencies"
_BODIES_SUBJECT = prefilter.compile(r"(?i)(?:the\s+)?(?:two|three|both)\s+(?:ministries|agencies|services|bodies|"
                                    r"offices|committees|institutions|departments)")


_STATE_NATIONS = r"azerbaijani|armenian|russian|georgian|iranian|turkish"
# the head of state or of government: "the head of state", "the Armenian head of government"
_HEAD_OF = prefilter.compile(rf"(?i)^(?:the\s+)?(?:(?P<nation>{_STATE_NATIONS})\s+)?"
                             r"head\s+of\s+(?:the\s+)?(?P<of>state|government)$")
# records with no body named: "official data", "official figures", "official sources", "government statistics"
# (a word of time before it too: "according to later official counts", "the final official tally")
_OFFICIAL_RECORDS = prefilter.compile(r"(?i)^(?:the\s+|an\s+)?(?:(?:later|latest|final|first|early|earlier|initial|"
                                      r"preliminary|updated|new)\s+)?(?:official|government)\s+(?:data|figures|statistics|information|sources?|records|"
                                      r"reports?|bulletins?|counts?|tall(?:y|ies))$")
# the state's staff at a crossing, no side named: "customs officers at the checkpoint", "officials at the border post"
# (the officials of the side reporting, as bare "officials" are; its guards are the border guards of the place's side)
_STAFF_AT_CROSSING = prefilter.compile(r"(?i)^(?:the\s+)?(?:(?:customs|border)\s+)?(?P<staff>officials?|officers?|guards|staff)\s+"
                                       r"(?:at|on)\s+(?:the|this|that)\s+(?:crossing|checkpoint|border(?:\s+post)?|post|terminal)"
                                       r"(?:\s+(?:point|post))?$")
# a side's records, no body named: "Azerbaijani figures", "Armenian official data" (that side's officials)
_SIDE_RECORDS = prefilter.compile(rf"(?i)^(?:the\s+)?(?P<nation>{_STATE_NATIONS})\s+(?:official\s+|government\s+)?"
                                  r"(?:data|figures|statistics|records|counts?|tall(?:y|ies))$")
# a body's office or bureau in a region, named by its owner: "Report's Karabakh office", "UNHCR's Baku office" (the
# owner speaks; not the region's own authorities, nor a title's office: "the President's Press Office")
_REGIONAL_BUREAU = prefilter.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w.-]*)['’]s\s+[A-Z][\w-]*\s+(?:office|bureau)")
# a nation's railway, energy, water or roads company or fund speaks for its state, as the sets annotate it ("the
# Azerbaijani railway company", "the Armenian state gas company", "the Armenian roads fund")
_STATE_COMPANY = prefilter.compile(rf"(?i)^(?:the\s+)?(?P<nation>{_STATE_NATIONS})\s+"
                                   r"(?:state\s+)?(?:rail(?:way)?s?|oil|gas|energy|power|electricity|water|roads?)\s+"
                                   r"(?:company|operator|corporation|fund|agency|directorate)$")
# a court of a side's state speaks for that state, as the sets annotate it ("the Azerbaijani court", "the Armenian
# Supreme Court")
_STATE_COURT = prefilter.compile(rf"(?i)^(?:the\s+)?(?P<nation>{_STATE_NATIONS}|azerbaijan|armenia|russia|georgia|iran|"
                                 r"turkey)(?:['’]s)?\s+(?:(?:supreme|military|district|"
                                 r"appeals?|constitutional|criminal|city|regional)\s+)*courts?$")
# the outlet's own people: what they report is the report itself, no claimant
_OWN_STAFF = prefilter.compile(r"(?i)^(?:our|this\s+(?:agency|newspaper|paper|site|website|outlet|channel|publication)['’]s)\s+"
                               r"(?:own\s+)?(?:correspondents?|reporters?|journalists?|team|staff|crew|photographer)"
                               r"(?:\s+in\s+[A-Z][\w'’-]+)?$")   # (and where they file from: "our correspondent in Baku")
# people and who met them: "residents interviewed by Russian television", "villagers reached by AFP"
_PEOPLE_MET_BY = prefilter.compile(r"^(?P<people>.+?)\s+(?:interviewed|reached|contacted|questioned|met|filmed|visited)\s+by\s")
# the document of a body: "the statement of Azerbaijan's Defence Ministry", "a report by the ICRC", "the findings
# of the court", "the preliminary results of the commission"
_DOCUMENT_OF = prefilter.compile(r"(?i)^(?:the\s+|a\s+|an\s+)?(?:(?:latest|new|official|joint|daily|preliminary|initial|"
                                 r"final)\s+)?(?:statement|reports?|communiqu[eé]|bulletin|press release|message|data|information|"
                                 r"post|findings|results|conclusions?|figures)\s+(?:of|from|by|issued by|"
                                 r"(?:posted|published|issued)\s+(?:on|by))\s+"
                                 r"(?P<body>.+)$")


# a person's own record, the person unnamed: "the memoir of a reporter" is "a reporter's memoir", named so (the owner
# alone, "a reporter", would be any reporter); a named owner speaks: "the diary of Anna Petrosyan" is hers
_PERSONAL_RECORD = prefilter.compile(r"^(?i:the\s+|a\s+|an\s+)?(?P<doc>(?i:memoirs?|diary|diaries|notebooks?|journals?|"
                                     r"recollections|letters))\s+of\s+(?P<owner>(?P<article>(?i:the\s+|a\s+|an\s+|one\s+))?"
                                     r"(?P<noun>[^,;:]+?))(?:\s+(?:in|from|at|on|of|near|during)\s+.+)?$")


# the writer speaking in the first person, alone or after where they wrote it: "I", "We", "We're", "In my column last
# week I"
_FIRST_PERSON = prefilter.compile(r"(?:(?:[Ii]n\s+)?(?:[Mm]y|[Oo]ur)\s+[a-z ]{0,40}?\s+)?(?:I|[Ww]e)(?:['’](?:m|re|ve|d|ll))?")

# the ombudsman's own office or staff, speaking for the ombudsman: "the ombudsman's office", "the Defender's staff"
_OMBUDSMAN_OFFICE = prefilter.compile(r"(?i)(?P<role>(?:the\s+)?(?:[\w-]+\s+)?(?:ombuds(?:man|woman|person)|(?:human\s+rights\s+)?"
                                      r"defender))['’]s\s+(?:office|staff)")

# (or written with "of": "the office of the human rights defender", "the staff of the ombudsman")
_OFFICE_OF_OMBUDSMAN = prefilter.compile(r"(?i)(?:the\s+)?(?:office|staff)\s+of\s+(?P<role>(?:the\s+)?(?:[\w-]+\s+)?"
                                         r"(?:ombuds(?:man|woman|person)|(?:human\s+rights\s+)?defender))")

# a wire service's label before a flash's first words, with the flash's time: "14:10 FLASH - ", "URGENT: "
_WIRE_LABEL = prefilter.compile(r"^(?:\d{1,2}[:.]\d{2}\s+)?(?:FLASH|NEWSFLASH|URGENT|BREAKING(?:\s+NEWS)?|BULLETIN|ALERT|"
                                r"UPDATE)\s*[-–—:]\s*")


# a writer named in full with the outlet they write for: "Suzanne Goldenberg of the Guardian", "Nana Martirosyan of
# Sputnik Armenia" (the writer, as a named reporter of an outlet who found or saw something is)
_WRITER_OF_OUTLET = prefilter.compile(r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+of\s+(?:the\s+)?(?P<outlet>[A-Z].*)")


def normalise_actor(phrase, people=None):
    """One name per claimant: the canonical actor of ``data/actors.csv`` when there is one.

    "Azerbaijani Defense Ministry spokesman Vagif Dargahli" → "Azerbaijani MoD";
    "the State Department" → "US State Department"; "Baku" → "Azerbaijani
    government"; "Aliyev" → "Azerbaijani presidency (Ilham Aliyev)"; a phrase
    the table does not know is kept, shortened ("Russian journalists").

    Parameters
    ----------
    phrase : str
        The attribution as written.
    people : dict, optional
        Surname → actor, from earlier in the same article ("according to Dargahli").
    """
    phrase = _WIRE_LABEL.sub("", phrase.strip())   # "14:10 FLASH - Armenia accuses": Armenia
    writer = _WRITER_OF_OUTLET.fullmatch(phrase) if " of " in phrase else None
    if writer and _media_outlet(writer.group("outlet")) and _a_person(writer.group("name")) \
            and not canonical_actor(writer.group("name")):
        return writer.group("name")        # "Suzanne Goldenberg of the Guardian writes": the writer who signs it
    bureau = _REGIONAL_BUREAU.fullmatch(phrase)
    if bureau and not _is_post(bureau.group("owner")) and bureau.group("owner").lower() not in ADJ_COUNTRY:
        phrase = bureau.group("owner")     # "Report's Karabakh office said": the outlet's bureau, the outlet
    came = _REPORTS_FROM.fullmatch(phrase) if " from " in phrase else None
    whence = came.group("whence").lower() if came else ""
    # (a capital's or a country's: "reports from Baku", "radio reports from Armenia")
    side = ADJ_COUNTRY.get(CAPITAL_COUNTRY.get(whence, whence).lower()) if came else None
    if side:
        medium = came.group("medium")
        return f"{side} {medium.lower()} reports" if medium else f"{side} reports"
        # "the reports from Baku": that side's reports, as "Azerbaijani reports" are (its press and its officials
        # alike, not the government's own word); "radio reports from Armenia" are "Armenian radio reports"
    if came and _OUTLET_SHAPED.fullmatch(came.group("whence")):
        phrase = came.group("whence")      # "reports from France 24": the outlet, by a name no place has
    elif came and not (ACTOR_NOUNS.search(came.group("whence")) or canonical_actor(came.group("whence"))):
        phrase = came.group("reports")     # "reports from the south of the republic": the press, whence they came
        # no source (but "reports from the ministry" are the ministry's)
    if _RELATIVE_SUBJECT.fullmatch(phrase):
        return phrase                      # "his brother said": kept whole, a resident (see as_residents)
    if NAMED_PERSONS_KIN.fullmatch(phrase):
        return phrase                      # "Ruben Vardanyan's family said": the family, not the body he served
    if _SHARED_POSTS.fullmatch(phrase):
        return "social media posts"        # "Posts shared thousands of times say": no one named, the posts
    again = _BARE_PAPER.fullmatch(phrase)
    if again and again.group("nation"):
        # "the same American paper": the outlet heard before (see paper_heard), not the nation's press
        return phrase
    if phrase[:4].lower() in ("our ", "this") and _OWN_STAFF.match(phrase):
        return ""                          # "this agency's correspondent reported": the outlet's own reporting
    if _FIRST_PERSON.fullmatch(phrase):
        return ""                          # "I wrote", "we reported", "in my column I wrote": the writer's own account
    ours = _OUR_STATE.fullmatch(phrase)
    if ours:                               # "our government" in a column: the government of the writer's country,
        phrase = f"the {ours.group('office')}"   # named like "the government" in a report filed from its capital
    phrase = _RECORD_OF.sub("", phrase)    # "the office's list": the office
    ombudsman = _OMBUDSMAN_OFFICE.fullmatch(phrase) if "s office" in phrase or "s staff" in phrase else \
        _OFFICE_OF_OMBUDSMAN.fullmatch(phrase) if " of " in phrase else None
    if ombudsman:                          # "the ombudsman's office said": the ombudsman, as "the ombudsman said"
        phrase = ombudsman.group("role")
    head = _HEAD_OF.match(phrase)
    if head:                               # "the head of state wrote": the president (of the side named)
        phrase = " ".join(w for w in ("the", head.group("nation"),
                                      "president" if head.group("of") == "state" else "prime minister") if w)
    crossing_staff = _STAFF_AT_CROSSING.match(phrase)
    if crossing_staff and crossing_staff.group("staff").lower() == "guards":
        phrase = "border guards"           # "border guards at the crossing": the border guards of the place's side
    elif _OFFICIAL_RECORDS.match(phrase) or crossing_staff:
        phrase = "officials"               # "according to official data": the officials of the side reporting
    side_records = _SIDE_RECORDS.match(phrase)
    if side_records:                       # "according to Azerbaijani figures": that side's officials
        phrase = f"{side_records.group('nation')} officials"
    state_company = _STATE_COMPANY.match(phrase)
    if state_company:                      # "the Azerbaijani railway company": a state company, its government
        phrase = f"{state_company.group('nation')} officials"
    document = _DOCUMENT_OF.match(phrase) if " of " in phrase or " by " in phrase or " from " in phrase \
        or " on " in phrase else None
    if document:
        phrase = document.group("body")    # "the statement of the ministry": the ministry
    personal = _PERSONAL_RECORD.match(phrase) if " of " in phrase else None
    one = personal and (personal.group("article") or "").strip().lower() in ("a", "an", "one")
    if personal and personal.group("noun")[:1].isupper() and not one:
        named_of = phrase[personal.end("owner"):].lstrip().lower().startswith("of ")
        # "the diary of Anna Petrosyan": hers; "the memoirs of the President of Armenia": the President of Armenia's
        phrase = phrase[personal.start("noun"):] if named_of else personal.group("noun")
    elif personal and not one and re.search(r"[^s]s$", personal.group("noun")):
        phrase = personal.group("noun")    # "the recollections of residents": theirs, a group speaking
    elif personal:                         # "the memoir of a reporter": a reporter's memoir ("the letters of a French
        # doctor": a doctor unnamed, "French doctor's letters")
        return f"{personal.group('noun')}'s {personal.group('doc').lower()}"
    state_court = _STATE_COURT.match(phrase)
    if state_court:                        # "the Azerbaijani court": a court of the state, its government
        phrase = f"{ADJ_COUNTRY[state_court.group('nation').lower()]} officials"
    met = _PEOPLE_MET_BY.match(phrase) if " by " in phrase else None
    if met and ACTOR_NOUNS.search(met.group("people")):
        phrase = met.group("people")       # "local residents interviewed by Russian television": the residents
    spoke_for = _SPEAKER_FOR.match(phrase)
    if spoke_for and (not canonical_actor(phrase) or _NAMED_SOCIETY.fullmatch(spoke_for.group("body"))
                      and not canonical_actor(spoke_for.group("body"))):
        phrase = spoke_for.group("body")   # "a spokesman for the service": the service (named before)
    again = body_again(phrase, people) if people else None
    if again:
        return again                       # "the Fund", after "the Hayastan All-Armenian Fund": that fund
    if _COMMUNITY_AGAIN.fullmatch(phrase.strip()):
        # "the community says", no community named in full before: the place's people just heard, or a community
        # named otherwise, else no one known (see resolve_pronoun)
        return "the community"
    if _GROUP_AGAIN.fullmatch(phrase.strip()):
        # "the group said": the rights group named before ("Human Rights Watch ... The group also said"), else
        # no one known (a group of villagers, an armed group)
        return (people or {}).get(body_key("group"), "")
    named_staff = _ITS_STAFF_NAMED.match(phrase) if phrase[:3].lower() in ("its", "the", "his", "her") else None
    if named_staff and not canonical_actor(phrase):
        phrase = named_staff.group(1)      # "its spokesman Hunan Tadevosyan": its spokesman
    if _ITS_STAFF.match(phrase):
        return phrase.lower()              # "its teams": resolved later to the actor named before
    described = _DESCRIBED_NAME.match(phrase) if phrase[:1] in "HhTtAaIi" else None
    if described and not canonical_actor(phrase) and not _is_title(described.group("noun")) \
            and not ACTOR_NOUNS.fullmatch(described.group("noun")):
        # "His French colleague Jean-Jacques Gaillard": the person, by name ("the ministry spokesman X" speaks for
        # the ministry: read on)
        phrase = described.group("name")
    owner, _, title = phrase.strip().partition(" ")
    if owner.lower() in ("its", "their", "a", "an", "one") and title.lower() in BARE_TITLES:
        return phrase.strip()              # "Iran ..., its ambassador said", "an official said": someone new
    staff = _UNNAMED_OFFICE.match(phrase) if people else None
    if staff and staff.group("noun").lower() in people:
        return people[staff.group("noun").lower()]   # "the committee's deputy chairman": the committee named before
    whose = _PERSON_S_BODY.match(phrase) if people and "s " in phrase else None
    if whose and whose.group("noun").lower() in people and not canonical_actor(phrase):
        return people[whose.group("noun").lower()]   # "Mammadov's agency": the agency named before
    office = _PERSON_S_OFFICE.match(phrase) if people and "s " in phrase else None
    if office and office.group("surname") in people and not canonical_actor(phrase):
        return people[office.group("surname")]   # "Stepanyan's office": the person named before speaks through it
    shared = _shared_noun_actor(phrase) if " and " in phrase else None
    if shared:
        return shared                      # "the Armenian foreign and defence ministries": their government
    if " and " in phrase and _two_actors(phrase):
        return phrase                      # two sides' speakers, each kept: not the article's person named last
    first = _first_of_one_side(phrase) if " and " in phrase else None
    if first:
        phrase = first                     # "Pashinyan and Mirzoyan both said": the first named speaks for both
    former = _former_holders(phrase) if _FORMER_WORD.search(phrase) else None
    if former:                             # "Former President Serzh Sargsyan": a former holder is himself
        return " ".join(former[0])
    if people:
        # the article's own people first: "Aliyev said", after "Prosecutor General Kamran Aliyev"
        words = _ARTICLE.sub("", phrase.strip(" .,'\"’")).split()
        if " ".join(words) in people:
            return people[" ".join(words)]     # the full name the article gave a role to
        named = _person_by_last_word(words, people)
        if named is not None:
            return named                 # "Stepanyan", "spokeswoman Stepanyan"; not "Ramin Aliyev"
        spelled = _spelled_as(words[-1], people) if words and len(words) <= 2 and not _another_name(words) else None
        if spelled:
            return spelled               # "Tatevosyan said", after "Hunan Tadevosyan, the spokesman of ..."
        if len(words) > 2 and " ".join(words[-2:]) in people:
            return people[" ".join(words[-2:])]   # "Lorry driver Armen Grigoryan": the article's own person
    actor = _normalise(phrase)
    named = _person_by_last_word(actor.split(), people) if people else None
    return actor if named is None else named


def _another_name(words):
    """Two words whose first is capitalised and no title: another person of the same surname ("Ramin Aliyev")."""
    return len(words) == 2 and words[0][:1].isupper() and words[0].lower() not in TITLES


def _person_by_last_word(words, people):
    """The article's person a phrase of one or two words names by its last word ("Stepanyan", "spokeswoman
    Stepanyan", "the governor"), or None: not another person of that surname, nor another holder of the title."""
    if words and len(words) <= 2 and words[-1] in people and not _another_name(words) and not _another_holder(words):
        return people[words[-1]]
    return None


# a word before "governor" that makes its holder another than the governor named (people_in): "the deputy
# governor", "the former governor" (only there: "the deputy mayor" is the one the article named with those words)
_OTHER_HOLDER = {"deputy", "former", "vice", "assistant", "ex", "ex-", "previous", "outgoing"}
# (a mayor named once in full likewise: "the former mayor" is another; "the deputy mayor" too, unless the article
# gave that title to a person of its own, whom people_in keeps under the title's last word from other rules)
_OTHER_MAYOR = {"former", "ex", "ex-", "previous", "outgoing"}


def _another_holder(words):
    return len(words) == 2 and (words[-1] == "governor" and words[0].lower() in _OTHER_HOLDER
                                or words[-1] == "mayor" and words[0].lower() in _OTHER_MAYOR)


def _person_or_office(phrase, of_org):
    """The claimant of "X of the <office>": the office when it names one ("the emergency service", whose side is
    known later, or a body of the table); else the person by name, since "Fidan Mammadli of the restoration service"
    says more than an unnamed "restoration service" no one can place."""
    org = of_org.group("org")
    actor = _normalise(org)
    unplaced = actor == _ARTICLE.sub("", org.strip()) and not canonical_actor(org) and not office_in(org)
    # (a town's own body named by the town is no better placed: "Suzanna Avetisyan of the Jermuk council of elders";
    # nor is one that only says it is local: "Ani Petrosyan of the town council" tells of her, not of "local officials")
    unplaced = unplaced or actor == "local officials"
    if unplaced and _LOWER_OR_TOWN_S.fullmatch(org) and "press" not in org:
        return phrase[:of_org.start("org")].rsplit(None, 1)[0].strip()
    return actor


# a body's name in lower case, perhaps after the town it serves: "the restoration service", "the Jermuk council of
# elders" (not a body's own capitalised name: "the State Revenue Committee")
_LOWER_OR_TOWN_S = prefilter.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?[a-z][a-z '’-]*")


def _with_member(phrase, canonical):
    """A side's body the table has no row for, with the person who spoke for it: "Ibrahim Mirzayev of the State
    Committee for Refugees and IDPs" → "Azerbaijani government (State Committee for Refugees and IDPs: Ibrahim
    Mirzayev)". A named official of a body the table does not know is the person the reader is told of; the body and
    its side are kept around the name (a table's body, "Anar Eyvazov of the Defence Ministry", is its row)."""
    of_body = _PERSON_OF_BODY.match(phrase) if " of " in phrase or " from " in phrase else None
    if not of_body or not canonical or not load_actors().is_state_body(canonical) or ":" in canonical:
        return canonical
    person = of_body.group("person")
    if any(_is_title(word) or NATION.search(word.lower()) or _NOT_A_NAME_WORD.match(word) for word in person.split()) \
            or canonical_actor(person):
        return canonical                   # "Deputy Minister of ...", "Border Guard Troops of ...": no person by name
    return f"{canonical[:-1]}: {person})"


def _spelled_as(surname, people):
    """The actor of the article's person whose surname is ``surname`` spelled another way, or None."""
    if len(surname) < MIN_SPELLED_SURNAME or not surname[:1].isupper():
        return None
    key = skeleton(surname)
    found = {actor for name, actor in people.items() if " " not in name and skeleton(name) == key}
    return found.pop() if len(found) == 1 else None


# a named department of a civil ministry speaking as itself: "the Roads Department of the Ministry of Transport"
# (its press or information department is only the ministry's voice)
_DEPARTMENT_OF = prefilter.compile(r"(?:the\s+)?(?P<dept>(?:[A-Z][\w'’-]*\s+){1,4}(?:Department|Directorate|Division))\s+of\s+"
                                   r"(?P<ministry>(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*Ministry\b.*)")
_VOICE_DEPARTMENT = prefilter.compile(r"(?i)(?:press|information|media|public|communications?|spokes)")


def _department_of_ministry(phrase):
    """The claimant of "the Roads Department of the Ministry of Territorial Administration": the department,
    as a body of the ministry's government ("Armenian government (Roads Department)"); None for any other phrase,
    a ministry the table does not place in a government, a press department, or a department of a defence or
    foreign ministry (those speak for their ministry, as the annotators count them)."""
    m = _DEPARTMENT_OF.fullmatch(phrase)
    if not m or _VOICE_DEPARTMENT.match(m.group("dept")):
        return None
    ministry = canonical_actor(m.group("ministry"))
    if not ministry or ministry_office(ministry):
        return None
    table = load_actors()
    nation = table.nation_of.get(ministry)
    if not nation or not table.by_office.get((nation, "government")):
        return None
    return table.state_body(nation, m.group("dept"))


# a committee of a named parliament: "the human rights committee of the Russian parliament", "the Russian
# parliament's human rights committee", named in one form ("Russian parliament human rights committee")
_HOUSE = r"(?:[A-Z][\w'’-]+\s+)+(?:parliament|Parliament|Duma|Congress|Senate|Assembly)"
_HOUSE_COMMITTEE = prefilter.compile(rf"(?:the\s+)?(?:(?P<body>[a-z][\w'’ -]*?\b(?:committee|commission))\s+of\s+the\s+"
                                     rf"(?P<house>{_HOUSE})|(?P<house2>{_HOUSE})['’]s\s+(?P<body2>[a-z][\w'’ -]*?\b"
                                     rf"(?:committee|commission)))")


@lru_cache(maxsize=4096)
def _normalise(phrase):
    phrase = _QUANTIFIER.sub("", phrase.strip())   # "many of the new arrivals": new arrivals
    department = _department_of_ministry(phrase) if "Ministry" in phrase and " of " in phrase else None
    if department:
        return department                  # "the Roads Department of the Ministry of X": the department speaks
    phrase = _TRAILING_PERIOD.sub("", phrase)      # "drivers this week": the drivers
    if " and " in phrase and (_TWO_NATIONS.match(phrase) or _two_actors(phrase)):
        return phrase                      # "Pashinyan and Aliyev": two sides, never one (both_sides splits them)
    joint = _JOINT.match(phrase)
    if joint and _INSTITUTION.search(joint.group("first").lower()) and _INSTITUTION.search(joint.group("second").lower()):
        # "Azerbaijan's Defence Ministry and State Security Service said in a joint statement": the first named
        # speaks for both (the nation before the first applies to it)
        return _normalise(joint.group("first"))
    house = _HOUSE_COMMITTEE.fullmatch(phrase) if "ommi" in phrase else None
    if house:                              # "the human rights committee of the Russian parliament": the Russian
        return (f"{house.group('house') or house.group('house2')} "   # parliament human rights committee, one form
                f"{house.group('body') or house.group('body2')}")
    body_in = _BODY_IN_PLACE.match(phrase) if " in " in phrase else None
    if body_in:                            # "the provincial office in Syunik": the Syunik provincial office, as the
        phrase = f"{body_in.group('place')} {body_in.group('body')}"   # body is named in full
    seat_in = _SEAT_IN_TOWN.match(phrase)
    if seat_in and not _capital(seat_in.group("place")):   # "the town hall in Goris": the Goris town hall, as the
        phrase = f"{seat_in.group('place')} {seat_in.group('seat')}"   # sets name it
    m = _LOCATIVE.match(phrase)
    owner = m and m.group("prep").lower() == "of" and (m.group("place").lower().strip(" .") in NATION_WORDS or (
        # "the Unified Information Centre of the Armenian government": that government's centre
        NATION.search(m.group("place").lower()) and canonical_actor(m.group("place"))))
    if m and not owner:                    # "the National Security Service of Artsakh": Artsakh's, read whole
        head = canonical_actor(m.group("head"))
        if head and not NATION.search(m.group("head").lower()) and not _seated_elsewhere(head, m.group("place")):
            return head                    # "UN officials in Armenia": the UN, not Armenia
    if _DWELLING_PEOPLE.match(phrase) and not NATION.search(phrase.lower()):
        return "residents"                 # "People living by Lake Sev told ...": the place's people
    travellers = _TRAVELLERS_ON.match(phrase)
    # "Drivers on the Goris–Stepanakert road": drivers, whatever side the place names (not "Armenian drivers on ...")
    if travellers and not NATION.search(travellers.group(1).lower()):
        label = travellers.group(1).lower()
        label = label if label.endswith("s") else label + "s"
        return _PEOPLE_LABELS.get(label) or canonical_actor(label) or label
    if _ARTICLE.sub("", phrase).lower() in ("man", "woman"):
        return "residents"                 # '"...," said the woman': a person met, unnamed, one of the place's people
    site = _NAMED_SITE.fullmatch(phrase.strip()) or _SITE_NAMED_FIRST.fullmatch(phrase.strip())
    if site and not canonical_actor(site.group("name")) and not _names_no_outlet(site.group("name")):
        return site.group("name")          # "the Azerbaijani news site AzVision", "the Caucasian Knot website": a web
        # outlet the table lacks, by name
    staff = _OUTLET_STAFF.fullmatch(phrase.strip())
    if staff and not canonical_actor(staff.group("outlet")):
        # "a journalist of the Shusha newspaper Karabakh Voice": that paper's journalist, the paper named first
        return f"{staff.group('outlet')} {staff.group('role').lower()}"
    wire = _PAPER_SERVICE.fullmatch(phrase.strip())
    if wire:
        return f"{wire.group('paper')} News Service"   # "the Boston Globe service": the paper's wire service
    canonical = _national_outlet(phrase) or canonical_actor(phrase)    # (a capital's paper is no government)
    if canonical:
        return _with_member(phrase, canonical)
    if m:
        head = m.group("head").lower().split()
        one = _ONE_DWELLER.fullmatch(phrase.strip())
        if one and not NATION.search(one.group("place").lower()) \
                and not CAPITALS.intersection(name_keys(one.group("place"))):
            # "another resident of Kutakan": one of the residents, his village kept as the sets write him (not a
            # capital's: "a resident of Baku said" is a townsman far from the village he tells of, plain residents)
            return f"residents ({one.group('place')} resident)"
        if head and head[-1] in _PEOPLE_LABELS and (m.group("prep").lower() != "of"
                                                    or head[-1] in _DWELLERS):
            return _PEOPLE_LABELS[head[-1]]                       # "villagers in Verishen", "a resident of X"
        # ("witness", "eyewitness(es)" were read as witnesses just above, with _PEOPLE_LABELS)
        if head and head[-1] == "witnesses" and m.group("prep").lower() in ("in", "at", "near"):
            return "witnesses"                     # "witnesses in Tartar said": the witnesses, wherever they stood
        if _local_officials_of(m):                 # "officials in Ijevan": the town's, not a government's,
            return f"local officials ({phrase})"   # the words kept as an unnamed governor's role is
        if head and head[-1] in _TOWNSPEOPLE and (m.group("prep").lower() == "in" or (
                head[-1] == "people" and m.group("prep").lower() == "from")):
            return "residents"                     # "people in Berdavan say", "a woman in X said": its residents
        if _PEOPLE_HEAD.fullmatch(m.group("head")) and len(m.group("place").split()) > 3:
            return m.group("head").lower().removeprefix("the ")   # "Shepherds in X district pastures near Y"
        of_org = _OF_ORG.match(phrase)
        if of_org:                         # "Hunan Tadevosyan of the emergency service": the service
            return _person_or_office(phrase, of_org)
    text = " ".join(phrase.replace("’", "'").split()).strip(" .'\"")
    text = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", text, flags=re.I)
    low = text.lower()
    m = NATION.search(low)
    nation = ADJ_COUNTRY[m.group(1)] if m else ""
    if re.search(r"defen[cs]e ministry|ministry of defen[cs]e|\bmod\b|defen[cs]e department", low):
        return f"{nation} MoD".strip()
    if re.search(r"foreign ministry|ministry of foreign affairs|foreign affairs ministry|\bmfa\b", low):
        return ministry_of(nation, "foreign") if nation else "MFA"
    if "state department" in low:
        return "State Department"
    if low in CAPITAL_COUNTRY:
        return CAPITAL_COUNTRY[low]
    if (nation == "Karabakh" or low.startswith(("region's ", "de facto "))) and _INSTITUTION.search(low):
        return "Nagorno-Karabakh authorities"  # "Karabakh's emergency service", "the region's health authorities"
    side_body = _side_state_body(text, nation)
    if side_body:
        return side_body                   # "a Georgian customs officer", "Georgia's Revenue Service"
    if _NAMED_TOWN_SEAT.match(text):
        return f"local officials ({text})"  # "the Goris municipality": the town's officials, its name kept
    if _LOCAL_OFFICIAL.match(text):
        return "local officials"           # "a city official", "the deputy mayor"
    if _LOCAL_BRANCH.match(text):
        return "local officials"           # "the local office of the mine agency", "the customs office"
    if _town_office(text):
        return f"local officials ({text})"  # "the Sisian community office", "the municipality's tourism office"
    if _LOCAL_ROLE.match(text) and not NATION.match(low):
        return f"local officials ({text})"  # "the regional governor": local government, the role kept
    if _UNNAMED_PRESS_REPORTS.fullmatch(low):
        return "media (press reports)"     # "as the press reported", "press reports said": the press, the words kept
    if _ONLINE_REPORTS.fullmatch(low):   # "reports spread on the internet said": no outlet named, the web's
        return "media (online reports)" if "online" in low else "media (internet reports)"
    if _UNNAMED_REPORTS.fullmatch(low):
        return "media"                     # "reports say": the press, no outlet named
    outlet = _OUTLET_DOMAIN.fullmatch(text)
    if outlet:
        return _DOMAIN_MEDIA[outlet.group(1).lower()]   # "Axar.az reported": an outlet of the side its domain is
    if _TITLED_GUIDE.fullmatch(text) and text.split()[0].lower() not in NATION_ADJECTIVES | _GUIDE_DETERMINERS \
            and not _guide_from_place(text):
        return text                        # "the Rediscovering Armenia guide": a guidebook by its title, no tour guide
    low = _AT_THE_SITE.sub("", low)       # "guides at the site": the guides
    low = _PEOPLES_ACCOUNTS.sub("", low)  # "eyewitness accounts", "villagers' testimony": those people
    last = low.split()[-1] if low.split() else ""
    if last in _PEOPLE_LABELS and len(low.split()) <= 3 and not (NATION.match(low) and (_POSSESSIVE.search(low)
                                                                                       or last == "people")):
        return _PEOPLE_LABELS[last]        # "new arrivals", "the villagers": one label (not "Azerbaijan's neighbours")
    owned = _COUNTRY_OWNS_NAME.fullmatch(text)
    if owned and ADJ_COUNTRY.get(owned.group("nation").lower()):
        # "Armenia's Unified Information Center": the body by its name, with the country's adjective, as
        # "the Armenian Unified Information Center" is written
        named = f"{ADJ_COUNTRY[owned.group('nation').lower()]} {owned.group('name')}"
        return canonical_actor(named) or named
    text = re.sub(r"'s$", "", text)
    return text[:80]


# a guidebook named by its title: "the Rediscovering Armenia guide", "the Bradt guidebook" (capitalised words; a
# nation's adjective alone is a tour guide: "an Armenian guide said")
_TITLED_GUIDE = prefilter.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}guide(?:book)?")
# (a determiner capitalised at the sentence's start is no title: "Our guide told us", "One guide said")
_GUIDE_DETERMINERS = frozenset({"our", "my", "your", "his", "her", "their", "its", "one", "another", "this", "that",
                                "local"})


def _guide_from_place(text):
    """Is the guide named by a place alone, a tour guide from there ("the Goris guide", "a Karabakh guide"), no title?"""
    words = text.split()[:-1]
    name = words[0].lower() if len(words) == 1 else ""
    return bool(name) and (name in _curated_places() or name in side_areas() or bool(NATION.fullmatch(name)))


# a body named after its country's possessive: "Armenia's Unified Information Center" (capitalised words only)
_COUNTRY_OWNS_NAME = prefilter.compile(r"(?P<nation>[A-Z][a-z]+)'s\s+(?P<name>(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)")


# an outlet named only by its nation and kind: "the Emirati agency", "a Georgian daily", "the Turkish paper" (a
# demonym: a nation's adjective the lexicon knows, so that "the Aravot daily" and "the Novosti agency" keep their
# outlets' names)
# (its own list, narrower than _OUTLET_NOUNS: the press and wire kinds its rule was written and tested for)
_NATIONAL_OUTLET = prefilter.compile(r"(?:the\s+|an?\s+)?(?:same\s+)?(?P<adj>(?-i:[A-Z])[a-z]+)\s+(?:state\s+)?(?:news\s+)?"
                                     r"(?:agency|agencies|papers?|newspapers?|daily|dailies|weekly|weeklies)"
                                     # its name after its kind: "the Tehran daily Hamshahri"
                                     r"(?:\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?", re.I)


# a web outlet told by its nation and kind, then its name: "the Azerbaijani news site AzVision", "an Armenian
# website Hetq" (its own name, when the actor table has no row for it), or its web address in lower case: "the
# Armenian site razm.info"
# (the region's own country codes too: "faraj.tj", a Tajik portal)
_WEB_ADDRESS = r"(?-i:[a-z0-9])[\w-]*(?:\.[\w-]+)*\.(?:net|com|am|az|ru|ge|org|info|tj|kz|kg|uz|tm|ir|tr|ua|by)\b"
# (the nation may be the language it writes in, and the kind its subject: "the Russian-language history site X")
_NAMED_SITE = prefilter.compile(r"(?:the\s+|an?\s+)?(?:(?-i:[A-Z])[a-z]+(?:-language)?\s+)?"
                                r"(?:(?:news|online|independent|history|opposition)\s+)?"
                                # (an address may follow in commas: "a Tajik news portal, faraj.tj,")
                                r"(?:site|website|portal)(?:\s+|,\s+(?=" + _WEB_ADDRESS + r"))(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}|"
                                + _WEB_ADDRESS + r")", re.I)

# a web outlet named before its kind: "the Caucasian Knot website", "the Meydan news site" (capitalised words only)
# (or by its address, as it is also named after its kind: "the qarabag.com site")
_SITE_NAMED_FIRST = prefilter.compile(r"(?:the\s+)?(?P<name>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}|"
                                      + _WEB_ADDRESS + r")\s+"
                                      r"(?:(?:news|online)\s+)?(?:site|website|portal)")


def _names_no_outlet(name):
    """Is the name before "website" a nation's or an office's, no outlet's ("the Armenian website", "the Defence
    Ministry website")?"""
    return any(word.lower() in NATION_WORDS or word.lower() in ADJ_COUNTRY for word in name.split()) \
        or bool(ACTOR_NOUNS.search(name)) or bool(office_in(name.lower()))


# one of an outlet's staff, the outlet named after its kind: "a journalist of the Nakhichevan newspaper X", "a
# correspondent for the weekly X", "a reporter at the news agency X" (the person speaks as that outlet's journalist)
_OUTLET_STAFF = prefilter.compile(r"(?:(?:a|an|the|one)\s+)?(?P<role>journalist|reporter|correspondent|photographer|columnist|"
                                  r"editor)\s+(?:of|at|for|with|from)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}"
                                  r"(?:(?:local|regional|independent|opposition|state|official|evening|morning|weekly|daily|"
                                  r"news|Russian-language|English-language)\s+)?"
                                  r"(?:newspaper|paper|daily|weekly|magazine|journal|news\s+agency|agency|radio|television|"
                                  r"channel|(?:(?:radio|television|TV)\s+)?station|website|site|portal)\s+(?P<outlet>(?-i:[A-Z])[\w'’.&-]*"
                                  r"(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,3})", re.I)
# a newspaper's wire service by the paper's name: "the New York Times service", "the Washington Post news service"
# (a "Post service" only with "news": "the Karabakh Post service" may be the mail)
_PAPER_SERVICE = prefilter.compile(r"(?:[Tt]he\s+)?(?P<paper>(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:Times|Tribune|Herald|Journal|"
                                   r"Globe|Star|Chronicle)(?=\s+(?:[Nn]ews\s+)?[Ss]ervice)|Post(?=\s+[Nn]ews\s+[Ss]ervice)))"
                                   r"\s+(?:[Nn]ews\s+)?[Ss]ervice")
# a paper's or an agency's news service: the press, no state's service ("the Boston Globe News Service")
_NEWS_SERVICE = prefilter.compile(r"\b[Nn]ews\s+Service$")


# a paper whose own name is its nation and kind, both capitalised: "The Armenian Weekly", "Armenian Daily" (not "an
# Armenian weekly", "the Armenian daily Azg")
_TITLED_OUTLET = prefilter.compile(r"(?:The\s+)?[A-Z][a-z]+\s+(?:Weekly|Daily|Herald|Gazette|Tribune)")


def _national_outlet(phrase):
    """The press of the nation an outlet named by its nation or capital and kind belongs to ("the Emirati agency":
    Emirati media; "a Georgian daily", "the Russian papers": Georgian, Russian media; "the Tehran daily Hamshahri":
    Iranian media), or None for any other phrase."""
    m = _NATIONAL_OUTLET.fullmatch(phrase.strip())
    if not m or _TITLED_OUTLET.fullmatch(m.group(0)):
        return None
    adj = m.group("adj")
    nation = ADJ_COUNTRY.get(adj.lower()) or ADJ_COUNTRY.get(CAPITAL_COUNTRY.get(adj.lower(), "").lower())
    press = canonical_actor(f"{nation or adj} media")
    name = _NAME_AFTER_KIND.search(m.group(0))
    outlet = name and _media_outlet(name.group(1))
    if outlet:
        return outlet                      # "the Turkish agency IHA", "the Russian agency Vestnik Kavkaza": the outlet
        # named after its kind, as the table reads its name (a name it lacks is read by its nation's press below)
    if name and not press and (nation or adj.lower() in NATION_ADJECTIVES):
        # "the French agency AFP": an outlet of a country whose press the table has no row for keeps its own name,
        # as "Reuters" does (not a made-up "French media"); "the Tehran daily Hamshahri" is Iran's press, listed
        return name.group(1)
    if nation:
        return press or f"{nation} media"
    return f"{adj} media" if adj.lower() in NATION_ADJECTIVES else None


# the name after an outlet's kind: "the French agency AFP" (AFP)
_NAME_AFTER_KIND = prefilter.compile(r"(?i:agency|agencies|papers?|newspapers?|daily|dailies|weekly|weeklies)\s+"
                                     r"((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})$")


# what people told, named for them: "eyewitness accounts", "residents' testimony" (the people are the source)
_PEOPLES_ACCOUNTS = prefilter.compile(r"(?<=\w)['’]?\s+(?:accounts?|testimon(?:y|ies))$")
# a group placed where the story happens, which adds nothing to who they are: "guides at the site", "traders there"
_AT_THE_SITE = prefilter.compile(r"\s+(?:(?:at|on|in)\s+the\s+(?:site|spot|scene)|here|there)$")
# an outlet unknown to the actor table, named by its web address: the country's press ("Axar.az", "Lragir.am")
_DOMAIN_MEDIA = {"az": "Azerbaijani media", "am": "Armenian media", "ge": "Georgian media", "ir": "Iranian media",
                 "ru": "Russian media"}
_OUTLET_DOMAIN = prefilter.compile(r"(?i)[a-z][\w-]*\.(" + "|".join(_DOMAIN_MEDIA) + r")")
# a state's border or customs staff, unnamed and told by their nation: "a Georgian customs officer at Sadakhlo",
# "(at the Sarpi crossing) a Georgian border guard"
_SIDE_OFFICER = prefilter.compile(r"(?i)(?:at\s+(?:the\s+)?[^,;]+?\s+)?(?:(?:an?|the|one|two|several)\s+)?(?P<nation>[a-z]+)\s+"
                                  r"(?P<body>customs|border)\s+(?:officers?|officials?|guards?|staff|inspectors?)"
                                  r"(?:\s+(?:at|in|on|near)\s+[^,;]+)?")
# a state's own service, committee or agency the actor table lacks, told by its country: "Georgia's Revenue
# Service", "Iran's Customs Administration"
_COUNTRY_BODY = prefilter.compile(r"(?P<nation>[A-Z][a-z]+)['’]s\s+(?P<body>(?:[A-Z][\w-]*\s+){0,4}(?:Service|Committee|Agency|"
                                  r"Administration|Inspectorate))")


def _side_state_body(text, nation):
    """The state body of an officer or a service named only by its country: an unnamed customs officer speaks for
    their country's customs ("Georgian customs officials", or the actor table's body for it), not for themselves."""
    officer = _SIDE_OFFICER.fullmatch(text)
    if officer and ADJ_COUNTRY.get(officer.group("nation").lower()):
        adjective = ADJ_COUNTRY[officer.group("nation").lower()]
        body = "border guards" if officer.group("body").lower() == "border" else "customs officials"
        return canonical_actor(f"{adjective} {body}") or f"{adjective} {body}"
    body = _COUNTRY_BODY.fullmatch(text)
    if body and nation and ADJ_COUNTRY.get(body.group("nation").lower()) == nation:
        return f"{nation} government ({body.group('body')})"
    return None


# reports with no author or side: "reports say", "unconfirmed reports said", "media reports", "a local report"; an
# outlet named by no name or side: "a local news site in Vanadzor"
_SOME_REPORTS = r"(?:(?:some|several|other|unconfirmed|local|news|press|media)\s+)?reports"
_UNNAMED_REPORTS = prefilter.compile(_SOME_REPORTS + r"|"
                                     r"(?:local|news|press|media)\s+report|"
                                     r"(?:local\s+(?:news\s+)?|news\s+)(?:web)?site(?:\s+in\s+[\w'’-]+)?")
# an outlet's name that no place bears: a channel's number ("France 24") or an outlet's last word ("Caspian Times")
# (not a numbered place: "Post 5", "Hill 404", "Checkpoint 3")
_OUTLET_SHAPED = prefilter.compile(r"(?!(?:[A-Z][\w.'’-]*\s+){0,2}(?i:posts?|hills?|heights?|checkpoints?|routes?|roads?|"
                                   r"highways?|sectors?|blocks?|zones?|points?|bases?|camps?|units?|positions?|outposts?|"
                                   r"villages?|settlements?|districts?|regions?)\s+\d)(?:[A-Z][\w.'’-]*\s+){1,3}\d{1,3}|(?:[A-Z][\w.'’-]*\s+){0,3}(?i:news|press|times|gazette|"
                                   r"herald|tv|radio)")
# unnamed reports and where they came from: "reports from the south of the republic", "press reports from Goris"
_REPORTS_FROM = prefilter.compile(r"(?i)(?:the\s+)?(?:(?P<medium>radio|television|tv)\s+)?(?P<reports>" + _SOME_REPORTS +
                                  r")\s+from\s+(?P<whence>.+)")
# the press itself, no outlet and no side named: "the press reported", "according to press reports" (the media, as
# "reports say" is, with the press named in so many words)
_UNNAMED_PRESS_REPORTS = prefilter.compile(r"press(?:\s+reports)?")   # (one "press report" stays "media")
# reports told as the internet's, no outlet named: "internet reports", "online reports", "reports spread on the
# internet", "reports circulating online" (the words kept apart from the press's; not "reports on the internet's
# outage": the internet is no source there)
_ONLINE_REPORTS = prefilter.compile(r"(?:(?:some|several|unconfirmed|the)\s+)?(?:(?:internet|online|web)\s+reports|"
                                    r"reports\s+(?:(?:spread|spreading|circulating|circulated|shared|posted|published)\s+)?"
                                    r"(?:on\s+the\s+internet|online|on\s+the\s+web|on\s+the\s+net))")
# news agencies named by their kind alone, as a subject: "News agencies reported", "the agencies said", "wire services
# said" (not "aid agencies" or "the emergency services": no press)
_UNNAMED_AGENCIES = prefilter.compile(r"(?i)(?:the\s+)?(?:news|wire)\s+(?:agencies|services)|the\s+agencies")
# a town's officials or its own unnamed head: "officials in Ijevan", "the community head in Aygepar", "the district
# administration in Gazakh"
_OFFICIALS_HEAD = prefilter.compile(r"(?i)(?:the\s+)?(?:(?:local\s+)?(?:officials|authorities)|"
                                    r"(?:district|community|village|town|municipal)\s+(?:head|chief|administration))")
_TOWN_NAME = prefilter.compile(r"[A-Z][\w'’-]+")


def _capital(place):
    """Is ``place`` a capital (its officials stand for a government)?"""
    return place.lower() in CAPITAL_COUNTRY or bool(CAPITALS.intersection(name_keys(place)))


def _local_officials_of(locative):
    """Are these the officials of a town ("officials in Ijevan", "the authorities of Goris")? A town's officials are
    local officials; a capital's or a country's stand for a government ("officials in Baku", "officials in Brussels") and
    keep that reading."""
    place = locative.group("place").strip(" .")
    return (bool(_OFFICIALS_HEAD.fullmatch(locative.group("head").strip()))
            and locative.group("prep").lower() in ("in", "of") and bool(_TOWN_NAME.fullmatch(place))
            and not _capital(place) and place.lower() not in NATION_WORDS
            and not NATION.search(place.lower()))


def _seated_elsewhere(actor, place):
    """Is ``place`` the seat of another side than the side body ``actor`` the table reads a bare name as? "The
    Prosecutor General's Office in Stepanakert" is Karabakh's, not the Azerbaijani office the bare name is."""
    table = load_actors()
    seat = NATION_WORDS.get(place.lower().strip(" ."))
    return seat in SIDES and table.nation_of.get(actor) in SIDES and seat != table.nation_of.get(actor)


_JOINT = prefilter.compile(r"^(?P<first>.+?\b(?:[Mm]inistry|[Ss]ervice|[Oo]ffice|[Cc]ommittee|[Aa]gency|[Dd]epartment|"
                           r"[Aa]uthorities|[Pp]olice))\s+and\s+(?P<second>(?:the\s+)?[\w'’ -]+)$")
_QUANTIFIER = prefilter.compile(r"^(?:(?:many|some|most|several|few|all|dozens|hundreds|one|two|three|four|five)\s+of\s+"
                                r"(?:the|them|those)\s+|(?:many|some|most|several|a few|dozens of|hundreds of)\s+)", re.I)
# a province's or a town's own office placed by its name: "the provincial office in Syunik", "the regional
# administration in Tavush" (a side's capital is no province: "the government in Baku" is read as before)
_BODY_IN_PLACE = prefilter.compile(r"^(?:the\s+)?(?P<body>(?:regional|provincial|district|county|municipal|city|town)\s+"
                                   r"(?:office|administration|council|department|authorities))\s+in\s+"
                                   r"(?P<place>(?-i:[A-Z])[\w'’-]+)$", re.I)
# a town's seat named with its town after it: "the town hall in Goris", "the municipality of Kapan" (read as "the
# Goris town hall", _NAMED_TOWN_SEAT; not a capital's, which stands for a government: "the city hall in Tbilisi")
_SEAT_IN_TOWN = prefilter.compile(r"^(?:the\s+)?(?P<seat>(?:city|town)\s+hall|municipality)\s+(?:in|of)\s+"
                                  r"(?P<place>(?-i:[A-Z])[\w'’-]+)$", re.I)
# people told by where they live, not by a noun of dwelling: "people living by Lake Sev", "families who still live
# near X", "those staying in Y" (the place's residents, as "residents of X" are; not people who came or fled there)
_DWELLING_PEOPLE = prefilter.compile(r"(?:the\s+)?(?:people|families|those|others|many)\s+(?:who\s+)?(?:still\s+)?"
                                     r"(?:living|live|lived|staying|stay)\s+(?:in|by|near|at|on|around|beside|along|"
                                     # (the place in capitals: not "people living in tents near X", "in fear")
                                     r"close\s+to)\s+(?:the\s+)?(?-i:[A-ZƏÇŞĞÜÖİ])", re.I)
_LOCATIVE = prefilter.compile(r"^(?P<head>.+?)\s+(?P<prep>in|from|of|at|near|on)\s+(?:the\s+)?(?P<place>.+)$", re.I)
_OF_ORG = prefilter.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:of|from)\s+(?P<org>(?:the\s+)?[\w'’ -]*\b(?:service|"
                            r"ministry|office|agency|committee|department|mission|authorities|army|police|council)\b.*)$")
# people named by where they live, one or many: "residents of X", "a villager of Y" (not "a farmer of Z")
_DWELLERS = {"residents", "resident", "inhabitants", "villagers", "villager"}
# one dweller named by his village, nothing after it: "a resident of Kutakan", "another villager of Koti", "one
# inhabitant of Nerkin Hand" (one of the residents, as the rest; the sets write him "Kutakan resident"; not "a resident
# of the town", nor a name followed by more words: "a resident of Stepanakert who drove there")
_ONE_DWELLER = prefilter.compile(r"(?:an?|another|one)\s+(?:local\s+|elderly\s+|young\s+|old\s+)?(?:resident|villager|"
                                 r"inhabitant)\s+of\s+(?:the\s+village\s+of\s+)?"
                                 r"(?P<place>(?-i:[A-ZƏÇŞĞÜÖİ])[\w'’-]+(?:\s+(?-i:[A-ZƏÇŞĞÜÖİ])[\w'’-]+)?)", re.I)
# one dweller joined to others who speak with him: "a resident of Sotk and a resident of Norabak", "residents of Norabak
# and a villager of Sotk", "a resident of Sotk, along with two from Norabak" (the speaker found is one of them only)
_DWELLER_WORD = r"(?:residents?|villagers?|inhabitants?)"
_MORE_DWELLERS = prefilter.compile(rf"\b{_DWELLER_WORD}\s+of\s+(?:the\s+village\s+of\s+)?(?-i:[A-ZƏÇŞĞÜÖİ])[\w'’-]+"
                                   r"(?:\s+(?-i:[A-ZƏÇŞĞÜÖİ])[\w'’-]+)?\s*,?\s+(?:and|or|along\s+with|together\s+with|"
                                   rf"as\s+well\s+as|with)\s+(?:[\w'’-]+\s+){{0,2}}(?:{_DWELLER_WORD}|from)\b", re.I)
_ONE_DWELLER_LABEL = prefilter.compile(r"residents \([^()]+ resident\)")


def one_of_more_dwellers(claimant, sentence):
    """Plain "residents" for the one dweller named by his village (:data:`_ONE_DWELLER`) when the sentence joins
    other dwellers to him ("A resident of Sotk and a resident of Norabak told ..."): they speak together, and his
    village is not theirs; any other claimant unchanged."""
    if claimant and _ONE_DWELLER_LABEL.fullmatch(claimant) and _MORE_DWELLERS.search(sentence):
        return "residents"
    return claimant


# a person by name and the body they work for: "Ibrahim Mirzayev of the State Committee for Refugees and IDPs"
_PERSON_OF_BODY = prefilter.compile(r"^(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),?\s+(?:of|from)\s+(?:the\s+)?[A-Z]")
# unnamed people told by the town they are in: "local people in X", "people from Y", "an old man in Z" (a man
# "from" a district is any speaker, a witness at a trial as well)
_TOWNSPEOPLE = {"people", "woman", "man", "women", "men"}
_POSSESSIVE = prefilter.compile(r"['’]s\s")
# Plain claimants, one label each: "villagers", "locals", "subscribers" → residents
_PEOPLE_LABELS = {"residents": "residents", "resident": "residents", "villagers": "residents",
                  "locals": "residents", "inhabitants": "residents", "families": "residents",
                  "villager": "residents", "subscribers": "residents", "subscriber": "residents",
                  "farmers": "residents", "farmer": "residents",   # "farmers from Talish reported fire"
                  "teacher": "residents", "shepherd": "residents",  # "a teacher in X said": one of its people
                  "nurse": "residents",      # "a nurse told us": one of the town's people, unnamed
                  "reader": "residents", "readers": "residents",   # "a reader's letter asked": the paper's public
                  "eyewitnesses": "witnesses", "eyewitness": "witnesses",   # "an eyewitness said": the witnesses
                  "witness": "witnesses",
                  # "the market traders said", "our guide said": the town's people by their trade
                  **{noun + plural: "residents" for noun in TRADE_PEOPLE for plural in ("", "s")},
                  "people": "residents",     # "people tell me": the place's people (not "the Armenian people")
                  "couple": "residents",     # "a Dutch couple we met said": people met there, unnamed
                  "owner": "residents",      # "the guesthouse owner told us": one of the place's people
                  "neighbours": "residents", "neighbors": "residents",   # "neighbours said": the village's people
                  "neighbour": "residents", "neighbor": "residents",
                  "arrivals": "refugees", "refugees": "refugees", "evacuees": "refugees", "displaced": "refugees",
                  "refugee": "refugees", "driver": "drivers",     # one of a group, unnamed: "a lorry driver said"
                  "passenger": "passengers", "commuter": "commuters",      # "a passenger said": one of them
                  "traveller": "travellers", "traveler": "travelers",
                  "experts": "analysts",     # "railway experts note that ...": analysts
                  "parishioners": "parishioners",   # "the parishioners told us": a church's people, as written
                  "parishioner": "parishioners",
                  "newspapers": "media",     # "newspapers in Yerevan and Baku": the press of both, unnamed
                  "site": "media", "website": "media",   # "a regional site in X reported": an outlet, unnamed
                  "television": "media"}     # "state television reported": the press, no outlet named
# a town's own seat of government, speaking for it: "the municipality", "the town hall" (_LOCAL_OFFICIAL, _MUNICIPAL_OFFICE)
_TOWN_SEAT = r"(?:municipality|(?:city|town)\s+hall)"
_LOCAL_OFFICIAL = prefilter.compile(r"^(?:(?:a|an|the|one|two|several)\s+)?(?:city|town|municipal|village)(?:['’]s)?\s+"
                                    r"(?:officials?|authorities|administration|council|head|chief)$|"
                                    # a district's own office, unnamed, or the district speaking through its own site ("the
                                    # district's website said"); its head keeps the role (_LOCAL_ROLE)
                                    r"^(?:the\s+)?district(?:['’]s)?"
                                    r"(?:\s+(?:officials?|authorities|administration|council))?$|"
                                    # one of its offices by its field: "the district health office" (its police are police)
                                    r"^(?:the\s+)?district(?:['’]s)?\s+(?!police\b)[a-z]+\s+(?:office|department)$|"
                                    # a named district's own: "the Gazakh district authorities"
                                    r"^(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+district(?:['’]s)?\s+(?:officials?|authorities|"
                                    r"administration|council)$|"
                                    # a community's unnamed staff (its head is named by name elsewhere: "Community head X")
                                    r"^(?:(?:a|an|the|one|two|several)\s+)?community\s+(?:officials?|authorities|"
                                    r"administration|council)$|^(?:the\s+)?(?:deputy\s+)?mayor$|"
                                    # a town's own office, named or not: "the Kapan mayor's office", "the Goris municipality"
                                    r"^(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:mayor['’]s\s+office|" + _TOWN_SEAT + r")$|"
                                    # a district's own government, unnamed: "the district executive authority"
                                    r"^(?:the\s+)?(?:(?:district|regional|city|town)\s+)?executive\s+(?:authority|power)$|"
                                    r"^(?:the\s+)?(?:city|town|village)['’]s\s+(?:deputy\s+)?(?:mayor|head)$|"
                                    # "the head of the village of Mets Tagher": its head, unnamed
                                    r"^(?:the\s+)?(?:deputy\s+)?(?:head|chief|mayor)\s+of\s+(?:the\s+)?(?:local\s+|enlarged\s+)?"
                                    r"(?:village|town|community|municipality|municipal\s+council)\b[^,;]*$|"
                                    # a named town's: "the mayor of Goris", "the head of the Sotk community"
                                    r"^(?:the\s+)?(?:deputy\s+)?mayor\s+of\s+(?-i:[A-Z])[\w'’-]+$|"
                                    r"^(?:the\s+)?(?:deputy\s+)?(?:head|chief)\s+of\s+the\s+(?-i:[A-Z])[\w'’-]+\s+"
                                    # "the head of the Sotk village administration": the same head
                                    r"(?:village|town|community|municipality)(?:\s+administration)?$", re.I)

# a named town's seat, as a named community's office is: "the Goris municipality", "the Vardenis town hall" (heldout84
# and 85 name the claimant so, 8 events; heldout38's "local officials" for it is read in them too); a nation's
# adjective names no town ("the Armenian municipality", "the Azerbaijani town hall")
_NAMED_TOWN_SEAT = prefilter.compile(r"^(?:the\s+)?(?!(?:" + "|".join(sorted(NATION_ADJECTIVES)) + r")\b)"
                                     r"(?-i:[A-Z])[\w'’-]+\s+" + _TOWN_SEAT + r"$", re.I)
# a named town's community or its office ("the Sisian community office", "the Vayk community"), a municipality's own
# office ("the municipality's tourism office"): the town's officials
_TOWN_COMMUNITY = prefilter.compile(r"^(?:the\s+)?(?P<town>(?-i:[A-Z])[\w'’-]+)\s+community(?P<office>\s+(?:office|"
                                    r"administration|hall|council))?$", re.I)
_MUNICIPAL_OFFICE = prefilter.compile(r"^(?:the\s+)?" + _TOWN_SEAT + r"['’]s\s+(?:[a-z-]+\s+){0,2}"
                                      r"(?:office|department|service)$", re.I)


@lru_cache(maxsize=1)
def _curated_places():
    """The curated gazetteer's place names, lower-case: a community named after one is a town's."""
    return frozenset(place.name.lower() for place, _ in read_supplement())


def _town_office(text):
    """Is the claimant a town's own community or office? A community's office is; a bare community only when it is
    named after a curated place: "the Yezidi community" or "the Azerbaijani community" are people, not officials."""
    town = _TOWN_COMMUNITY.match(text)
    if town:
        name = town.group("town").lower()
        return not NATION.match(name) and bool(town.group("office") or name in _curated_places())
    return bool(_MUNICIPAL_OFFICE.match(text))


# a district's or a town's own branch of a body, unnamed and of no side: "the local office of the mine agency", "the
# district representative's office", "the district's returning officials" (a district's staff back after the war),
# "the customs office" (a side's is its government's: "the Georgian customs office", tried before)
_LOCAL_BRANCH = prefilter.compile(r"^(?:local\s+(?:office|branch|bureau|department)\s+of\s+.+|"
                                  r"(?:district|regional)(?:['’]s)?\s+(?:representative['’]s\s+office|representation)|"
                                  r"(?:(?:district|regional|town)(?:['’]s)?\s+)?returning\s+officials|"
                                  r"(?:local\s+)?customs\s+(?:office|post))$", re.I)


# the head of a province's or a district's administration, unnamed: "the regional governor", "the governor of Syunik",
# "Syunik's governor", "the head of the Aghdam district executive authority", "the district head"
_LOCAL_ROLE = prefilter.compile(r"^(?:(?:regional|provincial|district|county)\s+(?:governor|head|chief)|"
                                # the province's own office, unnamed: "the regional governor's office", "the provincial
                                # administration" (a nation's "presidential administration" is no local office)
                                # or a named one's: "the Tavush regional administration"
                                r"(?:[A-Z][\w-]+\s+)?(?:regional|provincial|county)\s+(?:governor['’]s\s+office|"
                                r"administration)|"
                                # a province's or a district's authorities, unnamed: "according to the provincial authorities"
                                r"(?:provincial|district)\s+authorities|"
                                r"governor\s+of\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+(?:province|region|district|county))?|"
                                r"[A-Z][\w-]+(?:['’]s)?\s+(?:regional\s+)?governor(?:['’]s\s+office)?|"
                                # a named district's head or staff: "the head of Zangilan district", "a Tartar district official"
                                r"(?:deputy\s+)?(?:head|chief)\s+of\s+(?:the\s+)?[A-Z][\w-]+\s+(?:district|region|province)|"
                                r"[A-Z][\w-]+\s+(?:district|regional|provincial)\s+officials?|"
                                r"(?:deputy\s+)?head\s+of\s+the\s+(?:[A-Z][\w-]+\s+)?(?:regional|district|provincial)\s+"
                                r"(?:administration|executive\s+(?:authority|power)))$")


def _from_word_start(*alternatives):
    """An alternation of patterns that each open with a letter, the word start tested just after that letter: a
    regex opening with its alternatives' letters is scanned for them at C speed, where a leading \\b would have
    every position of the text tried (the same matches: a letter starts a word where no word character is before
    it)."""
    return "|".join(f"{a[0]}(?<!\\w.){a[1:]}" for a in alternatives)


_INSTITUTION = prefilter.compile(r"\b(?:authorities|service|ministry|officials|office|government|administration|"
                                 r"department|agency|committee)\b")


# drivers, passengers, travellers, commuters and refugees who speak are counted with the residents, as the newer
# sets' annotators write them; their own label stays in brackets ("residents (drivers)"), as a side's body does after
# its government; so is a narrator's or a speaker's unnamed relative, friend or neighbour ("my cousin in X wrote", "his
# brother said", "her neighbour told us", "my mother from X", "a friend in X told me"), a subject even with no capital
# but the sentence's own; "our neighbours" only with their town, alone a state as often as the people next door
# (the kin and friends both a speaker and an opening (_KIN_OPENING) may be, one or several)
_KIN_NOUNS = r"cousin|brother|sister|uncle|aunt|nephew|niece|neighbou?r|friend"
_KIN = rf"(?:(?:{_KIN_NOUNS})s?|mother|father|parents|grand(?:mother|father|parents))"
_KIN_TOWN = r"\s+(?:in|from)\s+[A-Z][\w'’-]+"
_RELATIVE_SPEAKER = (rf"(?:(?:[Mm]y|[Hh]is|[Hh]er)\s+{_KIN}(?:{_KIN_TOWN})?|"
                     rf"(?:(?:[Oo]ur|[Tt]heir|[Aa]n?)\s+)?{_KIN}{_KIN_TOWN})")
_RELATIVE_SUBJECT = prefilter.compile(_RELATIVE_SPEAKER)
_RESIDENTS_TOO = prefilter.compile(r"(?i)(?:[a-z]+\s+)?(?:drivers|passengers|travell?ers|commuters|refugees|growers)|"
                                   + _RELATIVE_SPEAKER)


def as_residents(claimant, private=frozenset()):
    """A claimant of travellers or displaced people as residents: "lorry drivers" → "residents (lorry drivers)",
    and a private person of ``private`` (:func:`private_people`) too, named: "residents (Anush Grigoryan)", as the
    newer sets' annotators write such speakers; any other claimant unchanged."""
    if claimant in private:
        return f"residents ({claimant})"
    return f"residents ({claimant.lower()})" if _RESIDENTS_TOO.fullmatch(claimant or "") else claimant


# a regional governor named after his title: "the governor, A B,", "the governor of Gegharkunik, A B,", "Governor A B",
# "the regional governor, A B,", "the governor of Lachin district, A B,", "Syunik's governor, A B," (not a bank's: "the
# governor of the Central Bank, A B,", "the Central Bank's governor, A B,")
_GOVERNOR_NAMED = prefilter.compile(r"\b(?:[Tt]he\s+(?:(?:regional|provincial)\s+)?governor(?:\s+of\s+(?:the\s+)?"
                                    r"(?!(?:Central|National|Reserve)\b|[A-Z][\w'’-]*\s+Bank\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                                    r"(?:\s+(?:province|region|district))?)?,\s+|Governor\s+|"
                                    r"(?<![Tt]he\s)(?!(?:Bank|Central|National)\b)[A-Z][\w-]*['’]s\s+governor,\s+)"
                                    r"(?P<name>[A-Z][a-z'’-]+\s+(?!(?:Square|Street|Avenue|Road|Park|Hall|House|Building|"
                                    r"Office|Central)\b)[A-Z][a-z'’-]+)\b(?!\s+[A-Z])")

# a town's mayor named once in full: "the mayor of Kapan, Gevorg Parsyan,", "Mayor Gevorg Parsyan", "Kapan's mayor,
# Gevorg Parsyan," (see people_in)
# (not another holder of the title: "Deputy Mayor A B", "former Mayor C D"; nor a place in apposition: "the mayor of
# Kapan, Syunik Province's capital,")
_MAYOR_NAMED = prefilter.compile(r"\b(?:[Tt]he\s+mayor(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,\s+|"
                                 r"(?<![Dd]eputy\s)(?<![Ff]ormer\s)(?<![Aa]cting\s)(?<![Vv]ice\s)(?<![Ee]x-)(?<!-)Mayor\s+|"
                                 r"(?<![Tt]he\s)[A-Z][\w-]*['’]s\s+mayor,\s+)"
                                 r"(?P<name>[A-Z][a-z'’-]+\s+(?!(?:Province|Region|District|Community|Municipality|"
                                 r"Square|Street|Avenue|Road|Park|Hall|House|Office)\b)[A-Z][a-z'’-]+)\b(?<!['’]s)"
                                 r"(?!\s+[A-Z])")

# any person told as a mayor, in the other ways too: "Goris mayor A B", "A B, the mayor of Goris," (with one mayor
# named in full and another told so, "the mayor" may be either)
# (not another holder of the title, "Former mayor A B", "Deputy mayor C D", nor the mayor's staff: "E F, the mayor's
# spokeswoman")
_MAYOR_TOLD = prefilter.compile(r"\b(?!(?:The|A|Former|Deputy|Acting|Vice|Ex|Previous|Outgoing)\s)[A-Z][\w'’-]*\s+mayor\s+"
                                r"(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\b|"
                                r"\b(?P<apposed>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+),\s+(?:the\s+|a\s+)?mayor\b(?!['’])")


def people_in(text):
    """Surname → actor for people introduced with their office ("... spokesman Vagif Dargahli")."""
    people = {}
    for m in _TITLED.finditer(text):
        actor = normalise_actor(m.group(1))
        if actor.lower() in BARE_TITLES:
            continue                       # "the spokeswoman Lusine Badalyan": a title of no body, the person herself
        if actor and actor != m.group(1).strip() and not _NOT_A_SURNAME.search(m.group(2)):
            people.setdefault(m.group(2), actor)
    # "Shushan Stepanyan, a spokeswoman for Armenia's defence ministry, said": the role in apposition
    for m in _APPOSITION.finditer(text):
        actor = canonical_actor(m.group("role"))
        if actor and m.group("role").startswith(("spokes", "press", "representative", "speaking")):
            # "Davit Babayan, spokesman for ...", "Khafiz Gaibov, speaking for the ministry,": speaks for that
            # actor, even named in full
            people.setdefault(m.group("surname"), actor)
            people.setdefault(f'{m.group("first")} {m.group("surname")}', actor)
        elif (body := _SPOKESPERSON_OF_MINISTRY.fullmatch(m.group("role"))) and _office_without_nation(body.group(1)):
            # "Hayk Kostanyan, the spokesman of the emergencies ministry,": speaks for that ministry, whose side
            # is read as for a bare "the emergencies ministry said"
            ministry = normalise_actor(body.group(1))
            people.setdefault(m.group("surname"), ministry)
            people.setdefault(f'{m.group("first")} {m.group("surname")}', ministry)
        elif actor:
            # "Fuad Huseynov, deputy chairman of the State Committee ...": an official named with his post
            # speaks as himself, and so does "Huseynov said" later
            people.setdefault(m.group("surname"), f'{m.group("first")} {m.group("surname")}')
        else:
            # "Garik Petrosyan, a farmer in Sotk, ... The farmer added": the person named with that trade
            head = _ROLE_HEAD.match(m.group("role"))
            if head and m.group("first").lower() not in STOP:
                people.setdefault(head.group(1).lower(), f'{m.group("first")} {m.group("surname")}')
            if _PERSON_ROLE.search(_ROLE_OF.split(m.group("role"))[0]) and m.group("first").lower() not in STOP:
                # "Aharonyan said" later: the person the article named in full with that role
                people.setdefault(m.group("surname"), f'{m.group("first")} {m.group("surname")}')
    for m in _SPOKESPERSON_THEN_SURNAME.finditer(text) if "pokes" in text or "press" in text else ():   # (speed)
        actor = canonical_actor(m.group("body") or m.group("owner"))
        if actor:                          # "a spokeswoman for the ministry, Stepanyan,": speaks for the ministry
            people.setdefault(m.group("surname") or m.group("own_surname"), actor)
    # a company named once by its name, then "the company" or "the firm" said: the company named (see _COMPANY_NAMED)
    for m in _COMPANY_NAMED.finditer(text) if "ompany" in text or "firm" in text else ():   # (speed)
        name = re.sub(r"^The\s+", "", m.group("name") or m.group("kind_name"))
        if name and not canonical_actor(name):      # (a body the table knows keeps its own reading)
            people.setdefault("company", name)
            people.setdefault("firm", name)
    # "the governor of Syunik, Robert Ghukasyan, ... the governor said": the regional head named once in full, his
    # title alone later, though others spoke between (only where one governor is named: with two, "the governor" may
    # be either; after "the office of", the seat's own name, "Goris Central", unless a surname by its ending)
    governors = {m.group("name") for m in _GOVERNOR_NAMED.finditer(text)
                 if not _SEAT_OF_BEFORE.search(text, max(0, m.start() - 40), m.start())
                 or re.fullmatch(r"[\w'’-]*" + SURNAME_ENDING, m.group("name").split()[-1])} if "overnor" in text else ()
    if len(governors) == 1:
        people.setdefault("governor", next(iter(governors)))
    # so too a town's mayor: "the mayor of Kapan, Gevorg Parsyan, ... according to the mayor" (one mayor named: with
    # two towns' mayors, "the mayor" may be either)
    mayors = {m.group("name") for m in _MAYOR_NAMED.finditer(text)} if "ayor" in text else ()
    if len(mayors) == 1 and {m.group("name") or m.group("apposed") for m in _MAYOR_TOLD.finditer(text)} - mayors:
        mayors = ()                        # another town's mayor told otherwise: "Goris mayor A B", "A B, the mayor"
    if len(mayors) == 1:
        people.setdefault("mayor", next(iter(mayors)))
    # "the first United Nations mission ... the mission said": a body named once in full, then by its noun
    for m in _BODY.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        tail = _BODY_TAIL.match(text, m.end()) if m.group("noun")[0].isupper() else None
        # "the State Agency of Azerbaijan Automobile Roads": the words after the noun may name its nation
        actor = canonical_actor(name.group(0) + m.group("noun") + (tail.group(0) if tail else "")) if name else None
        if not actor and name and m.group("noun").lower() in ("company", "corporation") \
                and _PROPER_NAME.fullmatch(name.group(0)):
            actor = name.group(0) + m.group("noun")   # "the Gorgan Water company ... the company said"
        if actor:
            people.setdefault(m.group("noun").lower(), actor)
            if m.group("noun") in ("monitors", "observers") and _called(actor, "mission"):
                people.setdefault("mission", actor)   # "EU observers ... the mission said": their mission
    # a person of the actor table named in full ("Spokeswoman Shushan Stepanyan said"): "Stepanyan said" later;
    # the table knows them better than a role read from the text
    known = load_actors().people
    named = {}
    for name in names_written(text, tuple(known)):
        if name not in named and _ordinary_namesake(text, name):
            # "Armen Grigoryan, who drove supply trucks from Goris": not the Security Council's secretary
            named[name] = named[name.split()[-1]] = name
        named.setdefault(name.split()[-1], known[name])
        named.setdefault(name, known[name])
    # a namesake of the table's person ("Vahid Hajiyev, the envoy in Zangilan" is not Hikmet Hajiyev): the
    # surname alone, later, is the person the article named (or the role it gave them)
    surnames = known_surnames()
    for first, surname in _NAME_PAIR.findall(text):
        if surname in surnames and surname not in named and first not in _NOT_A_FIRST_NAME \
                and first.lower() not in STOP:    # "Under Aliyev, ...": no first name
            people.setdefault(surname, f"{first} {surname}")
    people.update(named)
    for key, person in _honorific_people(text):
        people.setdefault(key, person)     # "Ms Kim said", "the witness", after "Witness: Yuri Kim"
    presidency = _presidency_administering(text)
    if presidency:                         # "Azerbaijan's presidential administration ... the administration said"
        people.setdefault(body_key(_PRESIDENTIAL_ADMINISTRATION), presidency)
    for role, person in _role_holders(text):
        people.setdefault(role, person)    # "the rapporteur said", after "rapporteur Mr Piet van Dam"
    for first, surname in _former_holders(text):
        # "Former defence minister Davit Tonoyan", "Serzh Sargsyan, a former president": himself, not the body
        people[surname] = people[f"{first} {surname}"] = f"{first} {surname}"
    return people


# a presidential administration named with its nation or its head: "Azerbaijan's presidential administration", "the
# Armenian presidential administration", "Aliyev's administration", "the presidential administration of Azerbaijan"
_ADMINISTRATION_NAMED = prefilter.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}(?:presidential\s+administration|administration)\b|"
                                          r"\b[Pp]residential\s+[Aa]dministration\s+of\s+(?:the\s+Republic\s+of\s+)?"
                                          r"[A-Z][a-z]+")


def _presidency_administering(text):
    """The presidency whose administration the article names with its nation or its head, when it names one
    side's only ("Azerbaijan's presidential administration convened ..."), or None: what a bare "the presidential
    administration" or "the administration" further on stands for."""
    found = set()
    for m in _ADMINISTRATION_NAMED.finditer(text) if "dministration" in text else ():
        words = m.group(0).split()
        actor = next((a for i in range(len(words)) if (a := canonical_actor(" ".join(words[i:])))), None)
        if actor and load_actors().office_of.get(actor) == "president":
            found.add(actor)
    return found.pop() if len(found) == 1 else None


# a person called by an honorific and the surname ("Ms Kim", "Senator Menendez", "Mr Moreno Ocampo", "Dr al-Amin":
# an Arabic surname's lower-case article is part of it), and one
# introduced by a label line ("Witness: Yuri Kim", "Moderator: Anna Petrosyan")
_HONORIFIC = prefilter.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Senator|Sen|Professor|Prof)\.?\s+"
                               r"(?P<surname>(?:(?:el|al|ad|ul)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")
_HONORIFIC_STEMS = ("Mr", "Ms", "Miss", "Dr", "Sen", "Prof")    # one of them in every match of _HONORIFIC
_LABEL_LINE = prefilter.compile(r"^(?P<role>Witness|Speaker|Moderator|Guest|Host|Presenter|Correspondent|Interviewee|"
                                r"Chair|Chairman|Chairwoman|Panell?ist|Respondent):[^\S\n]+(?P<first>[A-Z][a-z'’-]+)[^\S\n]+"
                                r"(?P<surname>[A-Z][a-z'’-]+)\b(?=[^\S\n]*(?:[,.(]|$))", re.M)

# a record's role given its holder: "rapporteur Mr Piet van Dam", "the moderator, Ms Lena Hovsepyan", "Mayor X" (the
# title before the name, capitalised), "the village head, X", "Bishop X"; "the rapporteur said" later is that person
_ROLE_HOLDER = prefilter.compile(r"\b(?=[abcmprvABCMPRV])(?P<role>(?i:rapporteur|moderator|chairman|chairwoman|chairperson|"
                                 r"presiding\s+judge|mayor|(?:village|community)\s+head|(?:arch)?bishop))"
                                 r",?\s+(?:(?:Mr|Mrs|Ms|Dr|Judge|Professor)\.?\s+)?"
                                 r"(?P<name>[A-Z][a-z'’-]+(?:\s+(?:van|von|de|der|den|du|la|le)?\s*[A-Z][a-z'’-]+){1,2})\b")
_ROLE_STEMS = ("rapporteur", "moderator", "chair", "presiding", "mayor", "head", "bishop")   # one in every match of _ROLE_HOLDER


def _role_holders(text):
    """(role, full name) pairs for a role the article gives one person only, held by that person throughout."""
    holders = {}
    for m in _ROLE_HOLDER.finditer(text) if has_stem(text, _ROLE_STEMS) else ():   # (speed)
        holders.setdefault(m.group("role").lower(), set()).add(" ".join(m.group("name").split()))
    return [(role, names.pop()) for role, names in holders.items() if len(names) == 1]


def _honorific_people(text):
    """(key, full name) pairs for people the article calls by an honorific or by a label's role after naming them
    in full once: "Ms Kim" and "Kim" → "Yuri Kim" when "Yuri Kim" is the only Kim named in full; "witness" →
    "Yuri Kim" after the line "Witness: Yuri Kim". Titles and nations before a surname are no first names."""
    pairs = []
    for m in _LABEL_LINE.finditer(text):
        if m.group("first") not in _NOT_A_FIRST_NAME:
            full = f'{m.group("first")} {m.group("surname")}'
            pairs += [(m.group("role").lower(), full), (m.group("surname"), full)]
    for m in _HONORIFIC.finditer(text) if any(map(text.__contains__, _HONORIFIC_STEMS)) else ():   # (speed)
        surname = m.group("surname")
        firsts = {named.group("first") for named in _first_names_of(surname, text)
                  if not _HONORIFIC.match(f'{named.group("first")} {surname}')}
        if len(firsts) == 1:
            full = f"{firsts.pop()} {surname}"
            pairs += [(m.group(0), full), (surname, full)]
    return pairs


def _first_names_of(surname, text):
    """The matches, in order, of ``surname`` in ``text`` after a capitalised word that can be a first name (group
    "first"): no title, nation or sentence opener (:data:`_NOT_A_FIRST_NAME`)."""
    return (named for named in re.finditer(rf"\b(?P<first>[A-Z][a-z'’-]+)\s+{re.escape(surname)}\b", text)
            if named.group("first") not in _NOT_A_FIRST_NAME)


# a past holder named with his old post, before or after his name: "Former President Serzh Sargsyan",
# "ex-foreign minister Elmar Mammadyarov", "Davit Tonoyan, a former defence minister"
_FORMER_BEFORE = prefilter.compile(r"\b(?i:former|ex-|erstwhile|retired)\s*(?:[a-z][\w'’-]*\s+){0,4}?"
                                   r"(?:[A-Z][\w'’-]*\s+)*?(?P<first>[A-Z][a-z'’-]+)\s+(?P<surname>[A-Z][a-z'’-]+)\b(?!\s+[A-Z])")
_FORMER_AFTER = prefilter.compile(r"\b(?P<first>[A-Z][a-z'’-]+)\s+(?P<surname>[A-Z][a-z'’-]+),\s+(?:a|an|the|who\s+was\s+(?:a|an|the))?"
                                  r"\s*(?i:former|ex-|erstwhile|retired)")


def _former_holders(text):
    """(first name, surname) of the people the text names as past holders of a post."""
    if not (has_stem(text, _FORMER_STEMS) and _FORMER_WORD.search(text)):   # (the stems first, for speed)
        return []
    return [(m.group("first"), m.group("surname")) for rx in (_FORMER_BEFORE, _FORMER_AFTER)
            for m in rx.finditer(text) if m.group("first") not in _NOT_A_FIRST_NAME]


_FORMER_WORD = prefilter.compile(r"(?i)(?=[efr])\b(?:former|ex-|erstwhile|retired)")
_FORMER_STEMS = ("former", "ex-", "erstwhile", "retired")


def _ordinary_namesake(text, name):
    """Does the article introduce ``name``, a full name of the actor table, as someone else: an ordinary person
    by age, trade or deeds ("Armen Grigoryan, who drove supply trucks", "hotel owner Armen Sargsyan", "Vahe
    Ghazaryan, 54,")?"""
    at = text.find(name)
    before, after = text[max(0, at - 40):at], text[at + len(name):at + len(name) + 60]
    return bool(_TRADE_BEFORE.search(before) or _ORDINARY_AFTER.match(after))


_TRADES = (r"farmer|driver|resident|villager|teacher|doctor|nurse|shepherd|owner|pensioner|student|worker|engineer|"
           r"refugee|evacuee|mother|father|widow|son|daughter|neighbou?r|shopkeeper|builder|miner|herder|priest|"
           r"trucker|lorry driver|taxi driver|survivor|veteran|local|man|woman|relative")
# a trade just before the name: "hotel owner Armen Sargsyan", "the farmer Vahe Ghazaryan"
_TRADE_BEFORE = prefilter.compile(rf"(?=[bdefhlmnoprstvw])\b(?:{_TRADES})\s+$", re.I)
# an age, a trade or a deed just after it: ", 54,", ", a farmer", ", who drove trucks", ", whose son ..."
_ORDINARY_AFTER = prefilter.compile(rf",\s+(?:\d{{1,3}}\s*,|an?\s+(?:\d{{1,3}}-year-old|(?:[\w-]+\s+){{0,2}}(?:{_TRADES})\b)|"
                                    r"whose\b|who\s+(?!(?:is|was|heads|headed|leads|led|serves|served|chairs|chaired|has|had|"
                                    r"speaks|spoke|said|says|told|tells|added|wrote|announced|stated|noted|confirmed|denied|"
                                    r"visited|met|also|later|earlier|then|became|took)\b)[a-z]+)")


# a private person, introduced by age, trade or home: "Anush Grigoryan, 61,", "Armen Sahakyan, a schoolteacher",
# "Sevda Huseynova, who lives in Guzanli", a first name alone: "Gevorg, a driver who" (not "a local official": an
# office)
_NAME_BEFORE_COMMA = prefilter.compile(r"(?<![\w.])[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}(?=,)")
_PRIVATE_AFTER = prefilter.compile(r",\s+(?:\d{1,3}\s*,|an?\s+(?:\d{1,3}-year-old\s+)?(?:[\w-]+\s+){0,2}?"
                                   rf"(?:{_TRADES})s?\b(?!\s+(?:officials?|journalists?|administration|authorit))|"
                                   r"who\s+(?:lives|lived|has\s+lived|fled|moved|works|worked|farms|drives|drove|runs|owns)\b)")


# a name a private person gives the reporter: "a driver, who gave his name as Elshan", "who asked me to call him
# Samvel", "a man called Vardan"
_GIVEN_WHO = (r"\bwho\s+(?:gave|gives)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+|"
              r"\bwho\s+asked\s+(?:(?:me|us)\s+to\s+call\s+(?:him|her)|to\s+be\s+called)\s+(?:only\s+)?")
_GIVEN_NAME = prefilter.compile(_GIVEN_WHO + rf"|\b(?:[Aa]n?|[Oo]ne)\s+(?:{_TRADES})\s+(?:called|named)\s+")
# a sentence whose subject is such a person, the name given in a clause after it: "The village head, who asked to be
# called only Samvel, walked me through the streets" (a later "he said" is Samvel)
_SUBJECT_GIVEN = prefilter.compile(r"\s*(?:The|A|An|One|Our)\s+[\w'’ -]{1,40}?,\s+(?:" + _GIVEN_WHO
                                   + r")(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s*,")
_GIVEN = prefilter.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?")
# a sentence opening with a person's role and then the person's name, before the person's verb: "The imam, Hajji
# Elshan Qasimov, opened ...", "The mayor, Arman Sahakyan, walked ..." (a name of two to four words; not a clause
# or a second apposition after it; nor a place's kind: "The village, Nerkin Hand, was shelled"); the role may be
# something's or someone's: "Its composer, Levon Aslanyan, grew up ...", "Our chairman, Ara Sahakyan, ..."; a day
# may come first and the role may be of a named place or body: "Yesterday the governor of Syunik, Robert Ghukasyan,
# gave the agency the figures", "On Monday the head of the Goris community, Arush Arushanyan, toured ..."
_DAY_LEAD = r"(?:Yesterday|Today|Earlier|On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+"
_ROLE_PLACE_NOUNS = (r"town|village|city|capital|district|region|province|settlement|community|hamlet|river|road|"
                     r"highway|bridge|pass|lake|reservoir|dam|mountain|valley|base|camp|hospital|school|"
                     # (a building or a site named is no person either: "The church of Goris, Saint Hripsime, was
                     # damaged", "the monastery of Tatev, Saint Gregory,")
                     r"church|cathedral|monastery|chapel|mosque|museum|hotel|street|square|park|market|mine|factory|"
                     r"plant|airport|station|stadium|memorial|monument|cemetery|fortress|shelter")
_OPENING_ROLE_NAME = prefilter.compile(r"\s*(?:" + _DAY_LEAD + r"(?:the|its|his|her|their|our)|The|Its|His|Her|Their|"
                                       r"Our)\s+(?:[a-z][\w'’-]*\s+){0,2}"
                                       rf"(?:(?!(?:{_ROLE_PLACE_NOUNS})s?\s)[a-z][\w'’-]*\s+of\s+(?:the\s+)?"
                                       r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|community|province|region|district))?,\s+|"
                                       rf"(?!(?:{_ROLE_PLACE_NOUNS})s?,)[a-z][\w'’-]*,\s+)"
                                       r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}),\s+"
                                       r"(?!(?:who|which|whose|a|an|the|and|aged|himself|herself)\b)(?=[a-z]+\b)")


def private_people(text):
    """The full names of the private people an article introduces (:data:`_PRIVATE_AFTER`), and the names such people
    give (:data:`_GIVEN_NAME`), none of the actor table's own people."""
    known = load_actors().people
    given = (_GIVEN.match(text, m.end()) for m in _GIVEN_NAME.finditer(text))
    return frozenset([m.group(0) for m in _NAME_BEFORE_COMMA.finditer(text)
                      if _PRIVATE_AFTER.match(text, m.end()) and m.group(0) not in known]
                     + [m.group(0) for m in given if m and m.group(0) not in known])


def _names_a_known_person(label):
    """Is ``label`` a person of the actor table, in full or by surname, however capitalised ("MIRZOYAN")? A place or
    a nation before a dash is a dateline ("BAKU — ..."), no speaker."""
    name = label.title() if label.isupper() else label
    return name in load_actors().people or name in known_surnames()


# a transcript's turn labelled by a surname in capitals: "ABDULLAYEVA: Shells hit the yard"
_CAPITALS_TURN = prefilter.compile(r"\s*(?P<label>[A-Z][A-Z'’-]{3,}):[^\S\n]+\S")
# a turn labelled by a full name in capitals after a title in capitals: "MP ANNA PETROSYAN:", "DEPUTY MINISTER ARAM
# SARGSYAN:" (the title's words checked as titles by capitals_turn)
_FULL_NAME_TURN = prefilter.compile(r"\s*(?P<title>(?:[A-Z]{2,}\s+){1,3}?)(?P<name>[A-Z][A-Z'’-]{2,}\s+[A-Z][A-Z'’-]{3,}):[^\S\n]+\S")


# a turn labelled by a name and the speaker's role in brackets: "SAMVEL (caller, Aygepar):", "Mariam (listener):",
# "ARA PETROSYAN (guest, farmer):"
_ROLE_TURN = prefilter.compile(r"\s*(?P<label>[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})?|"
                               r"[A-Z][a-z'’-]{2,}(?:\s+[A-Z][a-z'’-]{2,})?)"
                               r"\s*\((?:[a-z]+\s+)?(?:caller|listener|viewer|reader|guest|texter|studio\s+guest)"
                               # the role alone, or its place or trade after it: not "UPDATE (reader note):"
                               r"(?:\s*[,;]\s*[^()\n]{1,60}|\s+(?:from|in|of|at)\s+[^()\n]{1,60})?\):[^\S\n]+\S")
# a word that makes a first name part of a place's or a building's name: "Aram Street", "Armen Square"
_NAMED_PLACE_WORD = prefilter.compile(r"Street|Avenue|Square|Road|Lane|Boulevard|Highway|Bridge|Park|School|Church|Hospital|"
                                      r"Station|Hall|Market|Stadium|Museum|Library|Gate|Valley|River|Hill")


def capitals_turn(sentence, text):
    """The speaker of a transcript's turn labelled by a surname in capitals, as a list of one attribution to the
    first full name the article gave them ("ABDULLAYEVA: ..." after "Sevda Abdullayeva, a nurse"), or an empty list:
    the label alone is no one the article named ("NOTE:", "UPDATE:")."""
    full = _FULL_NAME_TURN.match(sentence)
    if full and all(_is_title(w) or w == "MP" for w in full.group("title").split()) \
            and not any(_is_title(w) for w in full.group("name").split()):
        # "MP ANNA PETROSYAN: ...", "DEPUTY MINISTER ARAM SARGSYAN: ...": the label gives the whole name
        return [Attribution(full.end("name"), full.group("name").title())]
    role = _ROLE_TURN.match(sentence)
    if role and role.group("label").lower() not in TITLES:
        # "SAMVEL (caller, Aygepar): ...": a phone-in's caller or a guest labelled by a first name and a role
        name = role.group("label").title()
        full = next((m for m in re.finditer(rf"\b{re.escape(name)}\s+(?P<surname>[A-Z][a-z'’-]{{2,}})\b(?!\s+[A-Z])",
                                            text) if not _NAMED_PLACE_WORD.fullmatch(m.group("surname"))), None)
        return [Attribution(role.end("label"), full.group(0) if full else name)]
    turn = _CAPITALS_TURN.match(sentence)
    label = turn.group("label").lower() if turn else ""
    if not turn or label in TITLES or re.search(rf"\b{re.escape(label)}\b", text):
        return []                          # a title, or a word the text writes in lower case ("UPDATE:"), is no surname
    named = next((named for named in _first_names_of(turn.group("label").title(), text)
                  if named.group("first").lower() not in STOP), None)
    if named is None:
        # a turn labelled by the first name of a guest the notes name in full: "ANAHIT: ..." after "with guest
        # Anahit Grigoryan" (not a host's: a host asks, or retells someone else's account)
        named = re.search(rf"\b{re.escape(turn.group('label').title())}\s+[A-Z][a-z'’-]{{2,}}\b(?!\s+[A-Z])", text)
        if named and _hosts(named.group(0), text):
            named = None
    return [Attribution(turn.end("label"), named.group(0))] if named else []


def _hosts(name, text):
    """Does the text present ``name`` as a host of the show ("Hosts: A B and C D", "Hosted by A B") or as the
    reader of a bulletin ("Read by: A B", "Newsreader: A B"), who reads out the news others give?"""
    return bool(re.search(r"\b(?i:hosts?|hosted\s+by|presenters?|presented\s+by|read\s+by|newsreaders?|"
                          r"anchors?|anchored\s+by)[:\s]+(?:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
                          r"\s*(?:,|and)\s*)*" + re.escape(name) + r"\b", text))


def known_surnames():
    """The surnames of the actor table's people ("Aliyev", "Pashinyan")."""
    return _surnames(tuple(load_actors().people))


@lru_cache(maxsize=4)
def _surnames(names):
    return frozenset(n.split()[-1] for n in names)


# two capitalised words in a row, overlapping ("President Ilham Aliyev": both pairs)
# (Here and in _APPOSITION and _TITLED the pattern opens with the capital itself, the word start tested after it by
# "(?<!\w.)": a pattern that opens with a class of letters is scanned for them at C speed, one that opens with
# "\b" or a group repeated is tried at every position of the article, two to three times slower.)
_NAME_PAIR = prefilter.compile(r"([A-Z](?<!\w.)[a-z'’-]+) (?=([A-Z][a-z'’-]+)\b)")


# capitalised words before a surname that are no first name: titles, articles, sentence openers, nations
_NOT_A_FIRST_NAME = {w.capitalize() for w in TITLES} | {w.capitalize() for w in NATION_WORDS} | {
    "The", "Then", "But", "And", "When", "While", "After", "Before", "As", "If", "On", "In", "At", "Mr", "Mrs",
    "Ms", "Father", "Prime", "Foreign", "Defence", "Defense", "Spokesman", "Spokeswoman", "Presidents",
    "Ministers", "Said", "Says", "Told", "Azerbaijan", "Armenia", "Russia", "Turkey", "Karabakh", "Artsakh"}


_APPOSITION = prefilter.compile(r"(?P<first>[A-Z](?<!\w.)[\w'’-]+)\s+(?P<surname>[A-Z][\w'’-]+),\s+(?:a|an|the|who is|who heads|"
                                r"(?=(?:spokes(?:man|woman|person)|head|chief|adviser|advisor|aide|deputy|press secretary|"
                                r"director|commander|minister|speaking\s+for)\b))\s*(?P<role>[^,.;()]{3,80}?)\s*[,.;]")
# a body's spokesperson named after the role by surname alone: "a spokeswoman for the Armenian Defence Ministry,
# Stepanyan, said", "the Azerbaijani Foreign Ministry's spokesman, Hajizada,"
_SPOKESPERSON_THEN_SURNAME = prefilter.compile(r"(?:[Ss]pokes(?:man|woman|person)|press\s+secretary)\s+(?:for|of)\s+"
                                               r"(?P<body>[^,.;()]{3,60}?),\s+(?P<surname>[A-Z][\w'’-]+),|"
                                               r"(?P<owner>[A-Z][\w'’ -]{2,60}?)['’]s\s+(?:press\s+secretary|"
                                               r"spokes(?:man|woman|person)),\s+(?P<own_surname>[A-Z][\w'’-]+),")
# a spokesperson's role naming a ministry without its nation: "spokesman of the emergencies ministry"
_SPOKESPERSON_OF_MINISTRY = prefilter.compile(r"spokes(?:man|woman|person)\s+(?:of|for)\s+((?:the\s+)?(?:[a-z-]+\s+){1,3}ministry)")
# the trade a role opens with, one or two lower-case words before what it is of: "farmer" of "farmer in Sotk",
# "deputy mayor" of "deputy mayor of Jermuk"
# ("special representative" of "the president's special representative on the conflict": whose post it is goes first)
_ROLE_HEAD = prefilter.compile(r"(?:(?:[\w-]+\s+)?[\w-]+['’]s\s+)?(?:(?:local|retired|former|young|elderly)\s+)?([a-z]+(?:\s+[a-z]+)?)"
                               r"(?=\s+(?:of|in|at|from|for|near|who|on)\b|$)")
# (the title as the owner of a seat, whose apposition may name the seat, not the holder: "the office of the regional
# governor, Goris Central,"; a surname told by its ending still names the holder: "the residence of the governor of
# X, Ashot Melkonyan,")
_SEAT_OF_BEFORE = prefilter.compile(r"\b(?:office|residence|building|headquarters|seat|house|mansion|administration|"
                                    r"staff|offices)\s+of\s+$", re.I)
# a role that names a person, not a place ("Nerkin Hand, a village of ..."): a title or a trade as its last word
_ROLE_OF = prefilter.compile(r"\s+(?:of|in|at|from|for|near|who|with|on)\b")
# (a member of a parliament is a person too: "Anna Petrosyan, an opposition MP", "..., a lawmaker from the ruling party")
_PERSON_ROLE = prefilter.compile(rf"(?i)\b(?:{'|'.join(sorted(TITLES | BARE_TITLES))}|{_TRADES}|mp|lawmaker|legislator|"
                                 r"parliamentarian|member)$")
# (a title in a name's case too: "Georgian Foreign Minister Ilia Darchiashvili")
_TITLED = prefilter.compile(r"([A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:[Ss]pokes(?:man|woman|person)|[Mm]inister|official|"
                            r"[Ee]nvoy|head|chief|aide|adviser|advisor|[Aa]mbassador)\s+)(?:[A-Z][\w'’-]+\s+){0,2}?([A-Z][\w'’-]+)(?![\w'’-]*\s+[A-Z])")
_BODY = prefilter.compile(r"(?P<noun>" + _from_word_start("Mission", "mission", "team", "delegation", "monitors", "observers",
                                                  "contingent", "Company", "company", "Agency", "Service", "Committee",
                                                  "Court", "Corporation", "corporation", "Front")
                          + r")\b")
_BODY_TAIL = prefilter.compile(r"[^\S\n]+(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w'’-]*)*")
_PROPER_NAME = prefilter.compile(r"(?:[A-Z][\w'’.-]*\s+)(?:(?:[A-Z][\w'’.-]*|and|of|for)\s+)*")
# a company the article names, which a later "the company said" or "the firm said" stands for: a name set off with
# its kind after it, the aside closed by a comma ("Alfa Cement, the Armenian firm building the plant,"; not a place
# before a company's words, "near X, the company said", nor a person's role in the firm, "Anna Petrosyan, the
# company's lawyer", "Aram Sargsyan, a company director"), or a name whose last word says what it runs
# ("Georgian Railways", "Silk Way Airlines", "Zangezur Copper Company")
_COMPANY_NAMED = prefilter.compile(r"(?!(?:Near|In|At|Outside|From|Around|Inside|Beyond|Along|On|Off|By|Across)\b)"
                                   r"(?P<name>\b[A-Z][\w'’&.-]*(?:[^\S\n]+[A-Z][\w'’&.-]*){0,3}),[^\S\n]+(?:an?|the)[^\S\n]+"
                                   r"(?:[\w'’-]+[^\S\n]+){0,3}?(?:firm|company|operator|manufacturer|contractor)\b(?!['’])"
                                   # (the company speaking, set off after a place: "Near X, the company said, ...")
                                   r"(?![^\S\n]+(?:said|says|added|adds|told|stated|reported|wrote|noted)\b)"
                                   r"(?![^\S\n]+(?:director|owner|head|chief|manager|lawyer|spokes\w+|workers?|employees?|"
                                   r"engineers?|officials?|representatives?|boss|founder)\b)(?=[^,.;:\n]{0,60},)|"
                                   r"(?P<kind_name>\b[A-Z][\w'’&.-]*(?:[^\S\n]+[A-Z][\w'’&.-]*){0,3}[^\S\n]+(?:Railways|"
                                   r"Railroads|Airlines|Airways|Company|Corporation|Steel|Mining|Holding|LLC|CJSC|OJSC|Ltd|"
                                   r"Inc))\b")
_NAME_BEFORE = prefilter.compile(r"[A-Z][\w'’.-]*[^\S\n]+(?:[\w'’.-]+[^\S\n]+){0,3}$")   # on the noun's own line
# capitalised words of an office's name, not people's surnames ("the Prosecutor General's Office")
_NOT_A_SURNAME = prefilter.compile(r"^(?:Office|Ministry|Army|Group|Union|Service|Department|Agency|Committee|Council|"
                                   r"General|Forces|Command|Mission|Government|President|Minister)$")


_QUOTE_MARK = prefilter.compile(r"[“\"]")


def quote_speakers(sentences):
    """Speakers of quotations that run over several sentences, by sentence index.

    '"My father grazed sheep by the lake. Now it is a front line," said Garik.':
    the first sentence has no verb of its own; its speaker is the one named where
    the quotation closes (or before it opens: 'Garik said: "... ."').
    """
    speakers, group, before = {}, [], ""
    for i, text in enumerate(sentences):
        if not group and not _QUOTE_MARK.search(text):
            continue                       # most sentences: no quotation at all
        author = _account_of(text) if group else ""
        if author:                         # '"... ." That was the account of X.': the quotation was X's
            speakers.update((j, author) for j in group)
            group = []
            continue
        opened_at = len(text) if not group else -1
        inside = bool(group)
        close = -1
        for k, ch in enumerate(text):
            if ch in "“\"" and not inside and (ch == "“" or k == 0 or not text[k - 1].isalnum()):
                inside, opened_at = True, k
            elif ch in "”\"" and inside and not (k == 0 and group):
                inside, close = False, k   # (a quotation going on in a new paragraph opens it again)
        if not group and not inside and text[:1] in "“\"" and not find_attributions(text):
            # a one-sentence quotation after 'X said:' or after '"...," X said.': X's
            speaker = _after_colon(sentences, i) or _speaker_just_quoted(sentences, i) or _account_next(sentences, i)
            if speaker:
                speakers[i] = speaker
                continue
        if group or inside:
            if not group:                  # a quotation opening here: a speaker named before it
                before = next((a.who for a in reversed(find_attributions(text)) if a.pos < opened_at), "")
                if not before and not text[:opened_at].strip():
                    before = _after_colon(sentences, i) or _speaker_just_quoted(sentences, i)
            group.append(i)
            if not inside:                 # it closes here: the speaker named after it
                after = next((a.who for a in find_attributions(text) if a.pos >= close - 2), "") \
                    or _account_next(sentences, i)
                # the speaker named after the quotation speaks its earlier sentences; the one named
                # before it speaks all of them, the closing one too
                for j in (group[:-1] if after else group):
                    if after or before:
                        speakers[j] = after or before
                group = []
    return speakers


# a list item's opening: "1.", "2)", "-", "•"
_LIST_ITEM = prefilter.compile(r"\s*(?:\d{1,2}[.)]|[-–•*])(?:\s|$)")


def list_speakers(sentences):
    """Speakers of list items, by sentence index: the speaker of a paragraph closing with a colon ("The ministry
    reported the following violations:") speaks every item of the list right after it ("1. ...", "- ..."), up to the
    first paragraph that is no item. ``sentences`` are :class:`Sentence` rows (their paragraphs tell the items)."""
    speakers, who, item = {}, "", None
    for i, sentence in enumerate(sentences):
        opens = i == 0 or sentence.paragraph != sentences[i - 1].paragraph
        if opens:
            item = sentence.paragraph if who and _LIST_ITEM.match(sentence.text) else None
            who = who if item is not None else ""
        if item is not None:
            speakers[i] = who
        elif sentence.text.rstrip().endswith(":"):
            who = _list_lead_speaker(sentence.text)
        elif sentence.text[:5] == "What ":
            said = _WHAT_SAID.fullmatch(sentence.text.strip())
            who = said.group("who") if said else ""
    return speakers


# a sub-head naming whose words the list under it gives: "What the ombudsman said", "What the ministry says"
_WHAT_SAID = prefilter.compile(r"What\s+(?P<who>(?:the\s+)?[\w'’ -]{2,60}?)\s+(?:said|says|told\s+\w+|reported|reports)")


# a body's document heading a list: "Russian Defence Ministry bulletin:", "The ministry's daily update:"
_DOCUMENT_LEAD = prefilter.compile(r"\s*(?P<who>[A-Z][^:;,\"“”]{1,60}?)(?:['’]s)?\s+(?:daily\s+)?(?:bulletin|statement|"
                                   r"report|update|communiqu[eé]|press\s+release)\s*:\s*$")


def _list_lead_speaker(text):
    """The speaker of a list's lead ("The ministry reported the following:"), or the known body whose document heads
    it ("Russian Defence Ministry bulletin:"), or ""."""
    said = next((a.who for a in reversed(find_attributions(text))), "")
    if said:
        return said
    heading = _DOCUMENT_LEAD.match(text)
    return heading.group("who") if heading and canonical_actor(heading.group("who")) else ""


def both_sides(claimant):
    """The claimants a joint subject of two nations names, one each: "the Armenian and Azerbaijani
    defence ministries" → [Armenian MoD, Azerbaijani MoD]; "Azerbaijan and Armenia" → both governments.
    Two sides' claims are two rows, never one; any other claimant is [claimant]."""
    m = (_TWO_NATIONS.match(claimant) or _OFFICE_OF_TWO_NATIONS.match(claimant)) if " and " in claimant else None
    if not m:
        return _two_actors(claimant) or [claimant]
    rest = " ".join(_SINGULAR.get(w.lower(), w) for w in (m.group("rest") or "").split())
    nations = re.findall(_NATION_NAMES, m.group("a")) + [m.group("b")]
    found = [canonical_actor(f"{nation} {rest}".strip()) for nation in nations]
    return found if all(found) and len(set(found)) == len(found) else [claimant]


def _with_nations_listed_before(before, who):
    """A subject read as two nations ("Armenia and Azerbaijan") with the nations listed before it in ``before``, the
    sentence up to its verb: "Georgia, Armenia and Azerbaijan said" is all three, each its own claimant."""
    at = before.rfind(who) if _TWO_NATIONS.match(who) else -1
    listed = _NATIONS_LISTED_BEFORE.search(before[:at]) if at > 0 else None
    return before[listed.start():at] + who if listed else who


def _two_actors(phrase):
    """The two claimants of "X and Y" when they are actors of two nations ("Pashinyan and Aliyev"), else None."""
    if " and " not in phrase:
        return None
    first, _, second = _BOTH.sub("", _BOTH_SEATS.sub("", phrase)).partition(" and ")
    where = _IN_PLACE.match(first)
    if where and _CAPITALISED.fullmatch(second):
        second = where.group(1) + second   # "newspapers in Yerevan and Baku": newspapers in Baku too
    found = [canonical_actor(first) or _side_body_label(first), canonical_actor(second) or _side_body_label(second)]
    nations = [_side_nation(who) for who in found]
    if all(found) and all(nations) and nations[0] != nations[1]:
        return found
    return None


# the side a pair's second member names for both: "the foreign minister and the defence minister of Azerbaijan"
_OF_SIDE = prefilter.compile(r"\s+of\s+(?:the\s+)?(?:Azerbaijan|Armenia|Russia|Turkey|Georgia|Iran)\s*$")


# a title naming its field in capitals, which "and" may go on: "Minister of Territorial Administration and ..."
_TITLE_OF_NAMES = prefilter.compile(r"\bof(?:\s+[A-Z][\w'’-]*)+$")


def _first_of_one_side(phrase):
    """The first of two speakers of one side joined by "and" ("Pashinyan and Mirzoyan", "Armenia's foreign minister
    and defence minister"), or None: one side's pair is one claim, the first-named's, not the one named last."""
    first, _, second = _BOTH.sub("", phrase).partition(" and ")
    if _TITLE_OF_NAMES.search(first) and second[:1].isupper():
        return None                        # "Minister of Territorial Administration and Infrastructure X": one title
    second = re.sub(r"\s+(?:both|each|jointly)$", "", second.strip())
    shared = _OF_SIDE.search(second)
    if shared and not _OF_SIDE.search(first):
        first += shared.group(0)           # "of Azerbaijan" after the second names the first's side too
    one, other = canonical_actor(first), canonical_actor(second)
    nation = _side_nation(one)
    if not nation:
        return None
    if other and _side_nation(other) == nation:
        return first
    # "Armenia's foreign minister and defence minister": the second, an office in lower case with no side of its
    # own, shares the first's
    low = second.lower()
    return first if other is None and second.islower() and office_in(low) is not None else None


def _side_body_label(phrase):
    """The label of a body the actor table does not know, named by its nation ("the Azerbaijani ministry" →
    Azerbaijani ministry), or None: it can stand as one side's claimant beside another side's."""
    words = _ARTICLE.sub("", phrase.strip()).split()
    if len(words) == 2 and words[0].lower() in NATION_WORDS and _INSTITUTION.fullmatch(words[1].lower()):
        return " ".join(words)
    return None


def _side_nation(claimant):
    """The nation a claimant speaks for: the actor table's, else its opening nation word's, or None."""
    if not claimant:
        return None
    return load_actors().nation_of.get(claimant) or NATION_WORDS.get(claimant.split()[0].lower())


def of_another_side(claimant, other):
    """Whether two claimants speak for two nations, both known: two sides' accounts are two rows, never one."""
    mine, theirs = _side_nation(claimant), _side_nation(other)
    return bool(mine and theirs) and mine != theirs


# "both" before two claimants: "Both Baku and Yerevan accused each other"
_BOTH = prefilter.compile(r"(?i)^(?:the\s+)?both\s+")
# the two sides named by their seats after a plural head: "both governments in Yerevan and Baku", "the two capitals,
# Baku and Yerevan": each capital its government ("(?-i:[A-Z])": a capital letter even under the pattern's "(?i)",
# so that each seat is a name)
_BOTH_SEATS = prefilter.compile(r"(?i)^(?:the\s+)?(?:(?:both|two)\s+)?(?:governments|sides|capitals)\s*,?\s+(?:in\s+)?"
                                r"(?=(?-i:[A-Z])[\w'’-]+\s+and\s+(?-i:[A-Z])[\w'’-]+$)")
# the same seats set off by commas, the subject then whole: "Both governments, in Yerevan and Baku, said"
_BOTH_SEATS_ASIDE = prefilter.compile(r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:governments|sides|capitals),\s+(?:in\s+)?"
                                      r"[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+,")
# a claimant placed in a town: "newspapers in Yerevan", "officials from Baku"
_IN_PLACE = prefilter.compile(r"^(.+?\s+(?:in|from)\s+)[A-Z][\w'’-]*$")
_NATION_NAMES = (r"(?:Azerbaijani|Azerbaijan|Armenian|Armenia|Russian|Russia|Turkish|Turkey|Iranian|Iran|Georgian|Georgia|"
                 r"Karabakh|Artsakh)(?:['’]s)?")
# two nations or a list of more ("Russia, Armenia and Azerbaijan"): ``a`` holds all but the last, ``b`` the last
_NATION_LIST = rf"(?P<a>{_NATION_NAMES}(?:\s*,\s*{_NATION_NAMES})*),?\s+and\s+(?P<b>{_NATION_NAMES})"
_TWO_NATIONS = prefilter.compile(rf"^(?:the\s+|both\s+)?{_NATION_LIST}(?:\s+(?P<rest>[a-z][\w\s'’-]*))?$")
# the same pair written after its office: "the foreign ministries of Iran and Armenia"
_OFFICE_OF_TWO_NATIONS = prefilter.compile(rf"^(?:the\s+)?(?P<rest>[a-z][\w\s'’-]*?)\s+of\s+(?:the\s+|both\s+)?"
                                           rf"{_NATION_LIST}$")
# the nations a list names before the pair a subject was read as: "Georgia, " of "Georgia, Armenia and Azerbaijan"
_NATIONS_LISTED_BEFORE = prefilter.compile(rf"(?:{_NATION_NAMES}\s*,\s*)+$")
_SINGULAR = {"ministries": "ministry", "governments": "government", "militaries": "military", "armies": "army",
             "sides": "side", "presidents": "president", "leaders": "leader", "services": "service"}


def _speaker_just_quoted(sentences, i):
    """The speaker named after a quotation closing the sentence before sentence ``i`` ('"...," Sargsyan said.'),
    or "": a quotation opening right after it goes on in his words ('"Nobody has come yet.')."""
    if not i or not sentences[i - 1].rstrip().endswith((".", "!", "?")):
        return ""
    prev = sentences[i - 1]
    close = max(prev.rfind("”"), prev.rfind('"'))
    if close < 0:
        return ""
    return next((a.who for a in find_attributions(prev) if a.pos >= close - 2), "")


# a sentence naming whose words the quotation before it were: "That was the account of the village head, X."
_ACCOUNT_OF = prefilter.compile(r"\s*(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:[a-z]+\s+)?"
                                r"(?:account|words|version|description|testimony|recollection)\s+(?:of|given\s+by)\s+"
                                r"(?P<who>[^,.;:\"“”]+)")


def _account_next(sentences, i):
    """The speaker the sentence after sentence ``i`` names as the quotation's author ("That was the account of
    the village head, X."), or ""."""
    return _account_of(sentences[i + 1]) if i + 1 < len(sentences) else ""


def _account_of(text):
    """The speaker a sentence names as the author of the quotation before it ("Those were the words of X."), or ""."""
    m = _ACCOUNT_OF.match(text)
    return _holder_named(text, m.end("who"), m.group("who")) if m else ""


def _after_colon(sentences, i):
    """The speaker of 'Stepanyan said:' closing the sentence (or paragraph) before sentence ``i``, or ""."""
    if not i or not sentences[i - 1].rstrip().endswith(":"):
        return ""
    return next((a.who for a in reversed(find_attributions(sentences[i - 1]))), "")


def actor_of(who, people, memo=None):
    """:func:`normalise_actor` of ``who``; with a ``memo`` (a dict the caller keeps for one sentence, while
    ``people`` stays as it is), each attribution is read once though the sentence names many places (speed)."""
    if memo is None:
        return normalise_actor(who, people)
    if who not in memo:
        memo[who] = normalise_actor(who, people)
    return memo[who]


# a village's head named by the role alone, no village: "the village head", "the village chief"
_BARE_VILLAGE_HEAD = prefilter.compile(r"(?i)(?:the\s+)?village\s+(?:head|chief|headman)")


# a sentence opening in a place, up to its name: "At ", "In the village of "
_OPENS_AT = prefilter.compile(r"\W*(?:At|In)\s+(?:the\s+village\s+of\s+)?")


def claim_for(mention, attributions, people, default, earlier, breaks, opener="", sentence="", home="", side="",
              person="", memo=None):
    """The claimant of a place mention: the attribution governing its clause, else ``default``.

    ``earlier`` is (last named claimant, claimant of the sentence before, claimants so far), for
    pronouns; ``opener`` the known actor the sentence opens with ("Foreign Minister X will travel
    to Geneva, his ministry said": X's ministry); ``person`` the person the article last opened a sentence with;
    ``memo`` see :func:`actor_of`.
    """
    if not attributions:
        return default
    before = [(mention.begin - a.pos, a.who) for a in attributions if a.pos <= mention.begin]
    # (a label a relative clause gives the thing named before it tells nothing of the places before it: "the X-Y
    # road, which a driver described as a track": the driver labels the road, the sentence's teller tells of it)
    labels = {a.pos for a in attributions if relative_label(sentence, a, mention.end)}
    after = [(a.pos - mention.end, a.who) for a in attributions if a.pos > mention.begin and a.pos not in labels]
    if not before and not after:
        labels = set()                     # (a label the only teller: it is the sentence's, as the pipeline takes it)
        after = [(a.pos - mention.end, a.who) for a in attributions if a.pos > mention.begin]
    # the attribution that governs the clause: nearest before, unless a clause break separates them
    choice = None
    if before:
        d, who = min(before)
        pos = mention.begin - d
        # (one after a semicolon speaks of its own clause: "X, the ministry said, troops advanced near Y; Baku
        # denied it")
        if not any(pos < b < mention.begin for b in breaks) or not after \
                or ";" in sentence[mention.end:mention.end + min(after)[0]]:
            choice = who
    if choice is None and after:
        ordered = sorted(after)
        choice = ordered[0][1]
        if len(ordered) > 1 and _RELATIVE_TELLER.search(sentence, 0, mention.end + ordered[0][0]) \
                and _CLOSING_REPORT.match(sentence, mention.end + ordered[-1][0]):
            # "He was met at X by Aliyev, who told him about the works, RIA Novosti reported": the place is in the
            # main clause, before the relative clause's words; the closing report tells it
            choice = ordered[-1][1]
    if choice is None:
        choice = min(before)[1]
    actor = actor_of(choice, people, memo)
    if _outlet_named_before(actor, people) or _cited_by_bare_name(actor, choice, sentence, next(
            a.pos for a in attributions if a.who == choice)):
        return actor                       # "according to the agency Report ... Report put the cost at": the outlet
                                           # so named, not "the report" a lowercase word would stand for
    chosen = next(a for a in attributions if a.who == choice)
    if actor == "local officials" and _BARE_VILLAGE_HEAD.fullmatch(choice.strip()) \
            and _OPENS_AT.fullmatch(sentence, 0, mention.begin) and mention.place.precision == "town":
        # "At Aygepar the post stands 500 metres away, according to the village head": the head of the village the
        # sentence opens in (one only named in it may be another's: "the village head said shells fell on X"), a
        # settlement ("In Tavush the village head said": a province has no village head)
        return f"local officials (village head of {mention.place.name})"
    staff = person_s_staff(actor, sentence[:chosen.pos], people) or person_s_page(choice, sentence[:chosen.pos], people)
    if staff:
        # "Kocharyan returned to Yerevan, his office said": Kocharyan's office; "the Defender recalled that his
        # office published ...": the Defender named before in full
        return _short_title_s_holder(staff, [earlier[0], *reversed(earlier[2])]) or staff
    karabakh = _karabakh_s_own_body(actor, choice, mention, earlier[2], sentence)
    if karabakh:
        return karabakh                    # "the Defence Army reported ... the prosecutor general's office said" of
                                           # Khramort: Karabakh's prosecutors, not Baku's the bare name reads as
    regional = _side_s_local_authorities(actor, sentence, mention) or _region_s_authorities(actor, earlier[2])
    if regional:
        return regional                    # "detained in Azerbaijan's Nakhchivan exclave, the local authorities said"
    if _OUTLET_NOUN.fullmatch(actor):
        outlet = _outlet_named(sentence)
        if outlet:                         # "a car of the AzTV channel was hit, according to the channel": AzTV
            return outlet
    heard = paper_heard(choice.strip(), earlier[2], people, sentence) if _BARE_PAPER.fullmatch(choice.strip()) else None
    if heard and heard != choice.strip():
        return heard                       # "..., the site reported": the outlet heard before, not any media
    if _OUTLET_NOUN.fullmatch(actor):
        outlet = _outlet_named(sentence, staff=True)
        if outlet:                         # "a Hetq reporter was hurt, according to the paper", no paper heard
            return outlet                  # before: the one whose staff the sentence names
    if _BARE_OFFICIALS.fullmatch(choice.strip()) and _LOCAL_BODY.search(sentence, 0, chosen.pos):
        return "local officials"           # "a team from the provincial administration visited X, officials said"
    owner = _owner_speaking(choice, sentence[:chosen.pos])
    if owner:
        return owner                       # "workers on Aram Petrosyan's farm came under fire, the farmer said"
    named = [actor_of(a.who, people, memo) for a in attributions if a.who != choice]
    named = [n for n in named if not is_pronoun(n) and n.lower() not in OBJECT_PRONOUNS]   # the others by name
    if _person_not_outlet(actor, named, earlier[0], person):
        return person                      # "According to the same agency, he said": the person, not the agency
    if _ITS_REPORTER.fullmatch(choice.strip()):
        # "Its reporter, who visited X, wrote ...", after the outlet was named: that outlet's (not a bare "media"
        # the sentence before left as its last claimant)
        # the last outlet heard by its name, else the one outlet the article named in full by its kind ("The Moscow
        # newspaper X published ..., the site reported": the newspaper)
        outlet = outlet_of_its_reporter(choice, sentence[:chosen.pos]) or next(
            (c for c in [earlier[0], *reversed(earlier[2])] if c and c.lower() not in _BARE_MEDIA and _media_outlet(c)),
            None)
        by_kind = {people[body_key(noun)] for noun in _OUTLET_NOUNS if people and body_key(noun) in people}
        if outlet or len(by_kind) == 1:
            return outlet or by_kind.pop()
    if is_pronoun(actor):
        # "Aliyev announced ..., and his office said ...": the named claimant earlier in the sentence (not one
        # past a semicolon after it: "the ministry said ...; Baku denied it"; nor, for a bare "the ministry", a body
        # named after it: "X was hit, according to the ministry, and Yerevan has asked Baku to investigate" is the
        # ministry named before, Yerevan only asks)
        # (nor a channel relaying an office it names: "the radio says the Ombudsman's office has had calls from X"
        # is the office's word, not the radio's)
        own = [actor_of(a.who, people, memo) for a in attributions
               if a.who != choice and ";" not in sentence[chosen.pos:a.pos] and a.pos not in labels
               and not (a.pos > chosen.pos and actor.lower() in _MINISTRY_PRONOUNS)
               and not (actor.lower() not in ("he", "she", "it", "they")
                        and re.match(rf"{_RELAY_VERBS}\s+(?:that\s+)?{re.escape(choice.strip())}", sentence[a.pos:]))]
        own = [n for n in own if n in named]
        if actor.lower() in ("he", "she", "it") and any(
                canonical_actor(c) and not _is_outlet(c) for c in (earlier[0], earlier[1]) if c):
            # an outlet closing the sentence after the pronoun's words ("he went further, saying X was held, the
            # ARKA agency reported") relays what the one heard before said: the pronoun is that one, not the outlet
            # (with no one heard before, the outlet is all the sentence names; and a private writer heard before,
            # one the table does not know, only passes the outlet's news on: "He writes that ..., X reported")
            relaying = {actor_of(a.who, people, memo) for a in attributions if a.pos > chosen.pos
                        and (_is_outlet(a.who) or a.who.strip() in _WIRES or a.who.strip() in _NEWS_ACRONYMS)
                        and _CLOSING_REPORT.match(sentence, a.pos)}   # (a wire the table does not file too:
            # "Later he went on, saying X was taken, Reuters reported")
            own = [n for n in own if n not in relaying]
        if own:
            # "Baku tells it otherwise: Armenian guns fired on its positions, it says": the pronoun is Baku's,
            # read as Baku itself would be (its army hit: the defence ministry)
            capital = next((a.who for a in attributions if a.who != choice and _ARMY_VOICED_BY.get(a.who.strip())
                            and actor_of(a.who, people, memo) == own[0]), "")
            return (_capital_s_army(capital, sentence) if capital else "") or own[0]
        group = group_subject(sentence) if actor.lower() == "they" else ""
        if group:
            return group                   # "activists have blocked the road over what they say is ..."
        owner = _document_owner_before(sentence[:chosen.pos]) if actor.lower() == "it" else ""
        if owner:
            return owner                   # "the ministry's own account of the clash, in which it said ...": it
        addressed = _addressed_before(sentence[:chosen.pos], actor)
        if opener and actor.lower() not in OBJECT_PRONOUNS and not addressed \
                and not (actor.lower() in _MINISTRY_PRONOUNS and load_actors().office_of.get(opener) == "media"):
            return opener                  # (an outlet has no ministry: "Azernews carried the ministry's list")
        person = _person_before_pronoun(sentence, actor) if actor.lower() in ("he", "she") and not addressed \
            else None
        if addressed and _is_outlet(earlier[0]):
            # (an outlet is no "she": the latest person heard before it, "X told the paper ...; by the paper's
            # account ...; Y came and asked her why, she said": X)
            person = next((c for c in reversed(earlier[2]) if _NAME_PAIR_FULL.fullmatch(c) and not canonical_actor(c)),
                          None)
            if person:
                return person
        if person:
            return normalise_actor(person, people)
    own = _our_ministry(choice, actor, home, side, earlier[1]) or _ministry_there(choice, actor, earlier[1])
    if own:
        return own                         # "Baku's ministry says ... Our own defence ministry said": Armenia's
    army = _capital_s_army(choice, sentence)
    if army:
        return army                        # "Armenian units fired on its positions, Baku said": its defence ministry
    if actor == "MoD" and not home:
        # the clause reported before the verb ("X, the ministry said"), else the one after it ("The ministry says X",
        # "On 14 July, the ministry reported, X")
        for clause in (sentence[:chosen.pos], _reported_after(sentence, chosen)):
            army, nation = _army_of(clause)
            if army and not _HOSTILE.search(clause):
                return army                # "The Azerbaijani army took X, the Defence Ministry said": its ministry
            entered = _land_entered(clause, mention, nation) or _land_attacked(clause, mention) \
                or _own_losses(clause)
            if entered:
                return entered             # "Azerbaijani troops advanced into Armenian territory near X": Armenia's
    land = land_side(mention)
    # (not on a neighbour's land: "locals and Azerbaijani border guards argued at a site in Georgia, the Interior
    # Ministry said" is Georgia's ministry telling of the other state's guards)
    force = _office_of_side_force(actor, sentence[:chosen.pos]) if land in SIDES or not land else None
    if force:
        return force                       # "Azerbaijani police kept checking lorries, the Interior Ministry said"
    moved = _land_s_ministry(actor, earlier[1], land) if choice.strip().lower() in _MINISTRY_PRONOUNS else None
    if moved:
        return moved                       # "the ministry said" of Ganja, Moscow's ministry named paragraphs before
    if land in SIDES and _OFFICIAL_RECORDS.match(_SAME.sub("the ", choice.strip())) \
            and not choice.strip().lower().startswith("the "):
        # "according to later official counts" of fire on a town outside Karabakh: the counts of the side whose own
        # land it is, whichever side spoke last (a side does not keep the official tally of the other's towns)
        # (but "the official figures", "the same official data": those a body just named gave, read as before)
        return load_actors().by_office.get((land, "government")) or actor
    if chosen.fallback and _CITED_COMPANY.fullmatch(f"the {actor or ''}"):
        return normalise_actor(chosen.fallback, people)  # "Trend, citing the airline", no airline named before
    resolved = sentence_government(actor, [a for a in attributions if a.pos < chosen.pos], people) \
        or resolve_pronoun(actor, *earlier, people=people, home=home, side=side,
                           where=place_side(mention), land_side=land)
    if not resolved and chosen.fallback:
        return normalise_actor(chosen.fallback, people)  # "..., the ministry added", no ministry named before
    if chosen.fallback and resolved and _LONE_GIVEN_NAME.fullmatch(resolved) and not canonical_actor(resolved) \
            and not _names_a_known_person(resolved):
        # "Aygun added that ..., as Azernews reported": one called by a first name alone, whom the table does not
        # know, is no news source but passes on the report the sentence names: that report's teller claims it
        return normalise_actor(chosen.fallback, people)
    resolved = _capital_s_ministry_at_war(choice.strip(), resolved, sentence, people)
    if actor == "MoD" or choice.strip().lower() in _MINISTRY_PRONOUNS:
        # "The ministry said Azerbaijani troops opened fire on Armenian positions at X" of a village in Armenia, read
        # as Baku's ministry named paragraphs before: a side does not report its own troops opening fire on the other
        fired = _own_army_fired(resolved, earlier[1], land, sentence)
        if fired:
            return fired
    if actor == "MoD":                     # "where the defence ministry said rockets had also fallen" of Tartar
        return _fire_on_own_land(resolved, earlier[1], land, sentence) or resolved
    return resolved


# a person called by one name alone, as a club's or a family's member is ("Aygun", "Samir"); not a surname by its
# ending, as the press calls officials ("Mkrtchyan", "Huseynov", "Aliyeva", "Guliyev", "Gasimli", "Mammadzade")
_LONE_GIVEN_NAME = prefilter.compile(r"[A-Z][a-z'’-]{2,}(?<!yan)(?<!ian)(?<!ov)(?<!ova)(?<!ev)(?<!eva)(?<!li)(?<!ly)"
                                     r"(?<!zade)(?<!zada)(?<!dze)(?<!shvili)")


# a body's document named by its owner, then a clause of it told by "it": "the Azerbaijani defence ministry's own
# description of the clash, in which it said", "the mission's report, where it said"
_OWNED_ACCOUNT_IT = prefilter.compile(r"(?P<body>(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z-]+\s+){0,2}?(?:ministry|government|"
                                      r"authorities|office|service|army|agency|committee|mission|council))['’]s?\s+"
                                      r"(?:own\s+)?(?:[a-z-]+\s+)?(?:description|account|statement|report|version|bulletin|"
                                      r"communiqu[eé]|summary|record)\b[^,;:\"“”]{0,120}?,\s+(?:in\s+which|where|of\s+which)\s+"
                                      r"it\s+(?:also\s+)?$")


def _document_owner_before(left):
    """The known body whose document the clause before a closing "it said" names as that document's own ("the
    Armenian defence ministry's account of the clash, in which it said"), or "": "it" is that body, not the
    source named last."""
    m = _OWNED_ACCOUNT_IT.search(left)
    if not m:
        return ""
    words = m.group("body").split()
    for i in range(len(words)):          # "We follow the Azerbaijani defence ministry": the body from its name on
        actor = canonical_actor(" ".join(words[i:]))
        if actor:
            return actor
    return ""


# a person's sex told by the title before the name: "Baroness Caroline Cox", "Mrs Gulnara", "Sir John Smith"
_GENDER_TITLE = prefilter.compile(r"\b(?P<title>Baroness|Lady|Dame|Mrs|Ms|Miss|Madam|Mr|Sir|Lord|Baron)\.?\s+"
                                  r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_FEMALE_TITLES = {"Baroness", "Lady", "Dame", "Mrs", "Ms", "Miss", "Madam"}
_PRONOUN_GENDER = {"he": "m", "she": "f"}


def genders_told(text):
    """Name → "f" or "m" for each person the text names with a title that says which ("Baroness Caroline Cox": Cox,
    Caroline Cox and the whole name are "f"), for a later "he" or "she" to pass over the person of the other sex."""
    genders = {}
    for m in _GENDER_TITLE.finditer(text) if any(map(text.__contains__, ("M", "Sir", "L", "Dame", "Baron"))) else ():
        words = m.group("name").split()
        for i in range(len(words)):      # the name from any of its words to the end: "Caroline Cox", "Cox"
            genders.setdefault(" ".join(words[i:]), "f" if m.group("title") in _FEMALE_TITLES else "m")
    return genders


def person_of_pronoun(pronoun, last_claimant, heard, genders):
    """The person a bare "he" or "she" stands for: the last claimant, unless their title says the other sex; then the
    latest one ``heard`` before (claimants in order) whose title agrees, or who is named as a person (first name and
    surname) with no title told."""
    want = _PRONOUN_GENDER.get(pronoun.strip().lower())
    if not want or gender_of(last_claimant, genders) in ("", want):
        return last_claimant
    return next((c for c in reversed(heard) if gender_of(c, genders) == want
                 or (not gender_of(c, genders) and _NAME_PAIR_FULL.fullmatch(c) and not canonical_actor(c))),
                last_claimant)


def gender_of(claimant, genders):
    """The sex :func:`genders_told` found for a claimant (by its name, else its last word), or ""."""
    if not claimant or not genders:
        return ""
    return genders.get(claimant) or genders.get(claimant.split()[-1], "")


# a teller named as a body or an outlet: "the defence ministry", "the same agency", "the press service", "the paper"
_BODY_TELLER = prefilter.compile(r"(?i)\b(?:ministry|ministries|agency|service|office|department|committee|outlet|paper|"
                                 r"newspaper|daily|weekly|magazine|(?:web)?site|portal|channel|radio|television|broadcaster|"
                                 r"MoD|MFA)\b")
_TITLE_WORD = prefilter.compile(r"(?i)\b(?:" + "|".join(sorted(TITLES | BARE_TITLES, key=len, reverse=True)) + r")\b")


def body_teller(who, sentence="", pos=0):
    """Is the teller a body or an outlet as written ("The defence ministry", "the agency", "Armenpress"), whom a later
    "he" or "she" cannot mean, not a person ("its spokesman", "Dargahli", "Shushan Stepanyan of the defence ministry",
    "A reporter from Baku wrote ... for JAMnews": a teller read as an outlet from a person who wrote for it)? ``pos``:
    where the teller's verb stands in ``sentence``, whose subject is read too."""
    who = who.strip()
    if not who or who.lower() in ("he", "she", "him", "her") or _TITLE_WORD.search(who):
        return False
    named = _NAME_PAIR_FULL.match(who)
    if named and not _BODY_TELLER.search(named.group(0)) and _a_person(named.group(0)):
        return False
    subject = _subject_before(sentence, pos) if sentence and pos else ""
    if subject and (_TITLE_WORD.search(subject) or _UNNAMED_STAFF.match(subject)):
        return False
    if _BODY_TELLER.search(who):
        return True
    # (an outlet by its name alone, not a person the table lists with the press: "Armenpress", not "Tatul Hakobyan")
    return _is_outlet(who) and not (_NAME_PAIR_FULL.fullmatch(who) and _a_person(who))


def person_before(pronoun, attributions, people, memo=None):
    """The person an earlier attribution of the sentence names by name, whom its closing "he said" or "she said"
    means ("Public Radio quotes Prime Minister X, speaking to Y: ..., he said, ..."; a closing "..., he said." keeps
    the one named as its fallback), or "" (no person, an outlet)."""
    if pronoun.lower() not in ("he", "she") or not attributions:
        return ""
    named = [who for who in [a.who for a in attributions[:-1]] + [attributions[-1].fallback]
             if who and _NAME_PAIR_FULL.search(who) and not is_pronoun(who)]
    return "" if not named or _is_outlet(named[-1]) else actor_of(named[-1], people, memo)


# the saying verb at an attribution's offset, with a "that" or comma after it
_VERB_OPENING = prefilter.compile(r"[a-z]+\b,?\s*(?:that\s+)?")


def _reported_after(sentence, attribution):
    """The clause a speaker's verb introduces ("says Azerbaijani troops fired ...": "Azerbaijani troops fired ...";
    "The ministry's account is that troops fired ...": "troops fired ..."), "" when the attribution is no speaking
    verb ("according to ...", "citing ...")."""
    pos, who = attribution.pos, attribution.who
    if sentence.startswith(who, pos):      # the attribution read at its speaker: "The ministry's account is that"
        owned = _ACCOUNT_IS.match(sentence, pos + len(who))
        return sentence[owned.end():] if owned else ""
    m = _VERB_OPENING.match(sentence, pos) if ATTRIB_VERB.match(sentence, pos) else None
    return sentence[m.end():] if m else ""


# a speaker's account told after its owner: "'s account is that", "'s version was that"
_ACCOUNT_IS = prefilter.compile(r"['’]s\s+(?:\w+\s+)?(?:account|version|statement|report)\s+(?:is|was)\s+that\s")


def _person_not_outlet(pronoun, named, last_claimant, person):
    """Is "he" or "him" the person named before rather than the outlet that relays them ("X addressed the forum, the
    agency reported. According to the same agency, he said ...", "The agency quoted him as saying"): an outlet is no
    he or she; ``named``: the sentence's other claimants named, pronouns left out."""
    if not person or pronoun.lower() not in _PERSON_PRONOUNS:
        return False
    # (an outlet's bare noun no earlier outlet resolved, "paper", is still an outlet)
    return all(_is_outlet(n) or n.lower() in _OUTLET_NOUNS for n in named) if named else _is_outlet(last_claimant)


_PERSON_PRONOUNS = {"he", "she", "him", "her"}


# a paper named by its kind alone, or its sources: "the paper", "the same paper", "the paper's local sources", "the
# site"; or by the bare "outlet", or by its piece: "the outlet said", "according to the article", "the broadcast said"
# (the outlet heard last); or as the same one of a nation: "the same American paper" (the one of that nation); a
# magazine too: "the magazine adds", "by the magazine's count"
_BARE_PAPER = prefilter.compile(r"(?i)(?:the\s+)?(?:same\s+(?:(?P<nation>(?-i:[A-Z])[a-z]+)\s+)?)?"
                                # (a news site or a state news agency named by its kind too: "the news site recalled")
                                r"(?:(?:state|official|national)\s+)?(?:news\s+(?=(?:web)?site|agency))?"
                                # (a television channel by its kind: "X showed a report ... The channel said")
                                r"(?:(?:tv|television|news)\s+(?=channel))?"
                                r"(?P<kind>paper|newspaper|daily|weekly|magazine|(?:web)?site|portal|radio|broadcaster|channel|"
                                r"outlet|article|broadcast|(?<=news )agency)"
                                r"(?:['’]s\s+(?:own\s+|local\s+)?(?:sources|correspondents?|reporters?))?")


# an article of a text, not a piece of an outlet: "article 9 of the trilateral statement", "Article IX", "the article
# of the 1991 law on ..."
_TEXT_ARTICLE = prefilter.compile(r"(?i)\barticles?\s+(?:\d+|[IVXL]+\b|of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:statement|agreement|"
                                  r"declaration|constitution|law|treaty|convention|charter|code|accord|decree|resolution)s?\b)")


# a name as an outlet's is written: capitalised words only ("Mirror-Spectator", "Lori Courier"; not "Russian and
# Iranian papers", a group), or a web address in lower case ("razm.info")
_OUTLET_SOURCES = prefilter.compile(r"['’]s\s+(?:own\s+|local\s+)?(?:sources|correspondents?|reporters?)$")
_OUTLET_LIKE = prefilter.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|" + _WEB_ADDRESS)

# the words in a broadcaster's name ("Tehran Radio", "Public Television"), whose telling "the broadcast" is
_BROADCASTERS = {"radio", "television", "tv", "channel", "broadcaster"}
# a nation's media as one actor, which the table's names for its television and radio are read as ("Azerbaijani
# television" is "Azerbaijani media")
_NATION_MEDIA = prefilter.compile(r"[A-Z][a-z]+ media")


def paper_heard(claimant, seen, people, sentence=""):
    """The outlet a bare "the paper said" or "the paper's sources said" stands for when no outlet was named with
    that kind ("The Mirror-Spectator reported ... the paper said"): the latest claimant heard with that kind in its
    name ("Public Radio of Armenia ... The radio reported"), else the latest that is a media outlet, or a name the actor
    table does not know and that is no person of the article; else the claimant as it is."""
    bare = _BARE_PAPER.fullmatch(claimant) if claimant else None
    if not bare:
        return claimant
    if bare.group("kind").lower() == "article" and _TEXT_ARTICLE.search(sentence):
        return claimant                    # "under the article of the statement ..., according to the article": the
                                           # text's article the sentence names, no outlet's piece
    table = load_actors()
    # (the people, not the bodies kept under a head noun's key: "the same account" of a site is no person)
    persons = {who for key, who in (people or {}).items() if key != body_key(key.strip("<>"))}
    # (and a person the article names in full, told with a title before the name: "Archbishop X Y" is X Y, no outlet;
    # a title, not any word: "Los Angeles Times" is no "Angeles Times" so titled)
    full_names = {who for who in (people or {}).values() if " " in who}
    kind = bare.group("kind").lower()
    # (a medium's kind may be part of its name; "outlet" and "article" never are: after "the Tbilisi-based outlet X",
    # "the outlet added" is X, found below)
    named_by_kind = kind not in ("outlet", "article")
    # (a broadcast is a radio's or a channel's: "The broadcast said", after "Tehran Radio reported": that radio)
    kinds = _BROADCASTERS if kind == "broadcast" else {kind}
    for c in reversed(seen) if named_by_kind else ():
        if kinds & set(c.lower().split()):
            return c                       # "The radio reported", after "Public Radio of Armenia": that radio
        if kind == "broadcast" and _NATION_MEDIA.fullmatch(c):
            break                          # (a nation's media heard since, which may be its television: "Azerbaijani
                                           # television later said ... The broadcast added": that one, found below)
    if (people or {}).get(body_key(kind)):
        return people[body_key(kind)]      # "the site says", after "the Armenian site razm.info": that site
    # ("the same American paper" is none of another nation's press heard since)
    nation = ADJ_COUNTRY.get((bare.group("nation") or "").lower())
    for c in reversed(seen):
        if nation and table.nation_of.get(c) not in (None, "", nation):
            continue
        c = _OUTLET_SOURCES.sub("", c)     # "the Mirror-Spectator's local sources": the Mirror-Spectator
        if kind not in ("site", "website", "portal", "article") and web_outlet(c):
            continue                       # (a site named by its address is no "paper" nor "radio" heard later;
                                           # its piece is "the article")
        if table.office_of.get(c) == "media" or (_OUTLET_LIKE.fullmatch(c) and not _BARE_PAPER.fullmatch(c)
                                                 and c not in table.office_of and c not in persons
                                                 and not any(c.endswith(" " + n)
                                                             and _titled(c[:-len(n) - 1].split()[-1])
                                                             for n in full_names)
                                                 and not canonical_actor(c)):
            return c
    return claimant


def relaying_outlet(who):
    """Is ``who`` an outlet named by its name ("Eurasianet", "Interfax"), not by its kind ("the site", "Russian media")?"""
    return _only_capitalised(who.strip()) and _is_outlet(who)


def person_subject(sentence, people):
    """The person of the article's ``people`` a sentence opens with by name ("Nikol Pashinyan addressed a forum",
    "Defence Minister Zakir Hasanov visited"), or "": whom a later "he" means though an outlet reported it. After an
    opening participle's phrase the surname alone will do when the person speaks ("Driving past the ruins, Aliyev
    said ...")."""
    sentence = sentence.lstrip()
    titled = _TITLE_THEN_NAME.match(sentence)
    if titled:                             # "The governor of X, Ararat Grigoryan, answered ...": the person named
        # (as the table or the article reads them, else by the name given: an official named with the post speaks
        # as himself)
        return people.get(titled.group("name").split()[-1]) or titled.group("name")
    opening = _PARTICIPLE_OPENING.match(sentence)
    head = _CAPITALISED.match(sentence, opening.end() if opening else 0)
    surname = head.group().split()[-1] if head else ""
    if not surname[:1].isupper():
        return ""
    if len(head.group().split()) > 1 or (opening and _SAYING_NEXT.match(sentence, head.end())):
        return people.get(surname, "")
    return ""


# a sentence opening with a person's office, then their name set off by commas, as its subject: "The governor of
# Vayots Dzor, Ararat Grigoryan, answered questions", "The prime minister, Nikol Pashinyan, was on a visit" (a later
# "he" may be that person, though an outlet reported it; not a list of people: "The mayor, the priest and ...", "The
# governor of X, A B, the mayor of Y, C D, and ..."; a description of the one named keeps him: "A B, a former deputy
# minister, visited"; a day may come first: "Yesterday the governor of X, A B, gave the agency the figures")
_TITLE_THEN_NAME = prefilter.compile(r"(?:" + _DAY_LEAD + r"the|The)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:"
                                     + "|".join(sorted(TITLES | BARE_TITLES, key=len, reverse=True)) + r")(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?,\s+"
                                     r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?!(?:and|or)\b)"
                                     # (an office and a name after it, or "his deputy and", is a list; a description of the
                                     # one named is not: "A B, a former deputy minister, visited")
                                     r"(?!(?:the|an?|his|her|their|its)\s+[^,.;]{0,60}?(?:,\s+[A-Z][a-z'’-]+\s+[A-Z]|\s+and\s))[a-z]")


# a participle's phrase opening a sentence before its subject: "Driving past the ruins, ", "Speaking in Baku, "
_PARTICIPLE_OPENING = prefilter.compile(r"[A-Z][a-z]+ing\b[^,;:\"“”]{0,60},\s+")
_SAYING_NEXT = prefilter.compile(rf"\s+(?:also\s+|later\s+)?(?:{SAYING}|told|wrote)\b")


# a person who received the visitors, as the agent of a passive: "we were met by Anna Petrosyan", "the delegation
# was welcomed by the mayor, Arman Sahakyan"
_HOST_AGENT = prefilter.compile(r"\b(?:was|were|had\s+been|have\s+been|are|is)\s+(?:(?:first|then|later|also|warmly)\s+)?"
                                r"(?:met|greeted|received|welcomed|hosted|briefed|shown\s+around|guided)\s+by\s+"
                                r"(?:the\s+[a-z][\w'’ -]{0,40}?,\s+)?(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,4})\b"
                                # (not a body's people: "received by Red Cross staff", "met by Border Guard officers")
                                r"(?!\s+(?:staff|officials?|officers?|workers?|volunteers?|members?|employees?|teams?|crews?|"
                                r"representatives?|delegat(?:es?|ions?)|soldiers?|troops|guards?|police|doctors?|nurses?|"
                                r"medics?|personnel|activists?|residents?|journalists?|reporters?)\b)")


# a named person's own drive along a road: "the deputy Aram Sahakyan drove the road through X", "Lilit Mkrtchyan
# travelled along the new highway"
_OWN_DRIVE = prefilter.compile(r"\b(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?:himself\s+|herself\s+)?"
                               r"(?:drove|travell?ed|walked|rode|cycled|hiked)\s+(?:(?:along|down|up|through|over|across|on)\s+)?"
                               r"(?:the|a|both)\s+(?:[\w-]+\s+){0,3}?(?:road|roads|route|routes|highway|track|section|pass)\b")
# the next sentence giving that person's own account: "He wrote that ...", "She said afterwards ..."
_HE_REPORTED = prefilter.compile(r"(?:He|She)\s+(?:later\s+|also\s+|then\s+)?(?:wrote|said|posted|reported|told|described|"
                                 r"recounted|filmed)\b")


def traveller_reporting(sentence, following, people):
    """The person a sentence tells drove or walked a road ("On Friday the deputy Aram Sahakyan drove the road
    through X and Y") when the next sentence opens with that person's own account ("He wrote that ..."): the
    places of the trip are what the traveller reported; else ""."""
    m = _OWN_DRIVE.search(sentence)
    if not m or not following or not _HE_REPORTED.match(following.lstrip()):
        return ""
    who = m.group("who")
    return people.get(who.split()[-1], "") or who


# a ministry named with no side: "the ministry", "The Defence Ministry"
_BARE_MINISTRY_WHO = prefilter.compile(r"(?i)(?:the\s+)?(?:defen[cs]e\s+)?ministry")
# two accounts set against each other in one sentence: "...; Baku's ministry insists ...", "..., but ... says"
_SET_AGAINST = prefilter.compile(r";|,\s+(?:but|while|whereas)\s")


def home_of_bare_ministry(sentence, attributions, people):
    """The ministry the writer names without its side, when a sentence sets such a ministry against the other
    side's, named with its side ("The ministry has published a map placing the capture inside Armenia; Baku's Defence
    Ministry insists the men were caught in Kalbajar": the writer's own, Armenia's, is the bare one, as a dateline
    would tell), or ""."""
    if not attributions or not has_stem(sentence, ("ministr",)):
        return ""
    table = load_actors()
    bare = [a for a in attributions if _BARE_MINISTRY_WHO.fullmatch(a.who.strip())]
    for other in attributions:
        if other in bare:
            continue
        actor = normalise_actor(other.who, people)
        nation = table.nation_of.get(actor)
        if nation not in OTHER_SIDE or not ministry_office(actor):
            continue
        for a in bare:
            # (the bare one told first: "Baku's ministry said X, but the ministry later said Y" is Baku's again)
            if a.pos < other.pos and _SET_AGAINST.search(sentence, a.pos, other.pos):
                return table.by_office.get((OTHER_SIDE[nation], ministry_office(actor)), "")
    return ""



def passive_host(sentence, people):
    """The named person a sentence says met, welcomed or briefed someone, as the agent of a passive ("In Goris we
    were met by Anna Petrosyan, the mayor."), or "": whom the next sentence's "she told us" means, though the
    sentence opens with the visitors."""
    m = _HOST_AGENT.search(sentence)
    if not m:
        return ""
    who = m.group("who")
    # (a title before the name is no part of it: "received by Prime Minister Nikol Pashinyan" is Pashinyan)
    return people.get(who.split()[-1], "") or people.get(who, "") or " ".join(who.split()[-2:])


# an army going into land it does not hold: "advanced two kilometres into", "occupied heights near", "crossed into"
_INCURSION_WORDS = (r"advanc(?:ed|es|ing)|occup(?:ied|ies|ying)|infiltrat(?:ed|es|ing)|encroach(?:ed|es|ing)|"
                    r"crossed|into\s+(?:\w+\s+){0,2}territory")
# fire at the other side: a side's defence ministry reports it of the enemy's army, not its own
_HOSTILE = prefilter.compile(r"(?i)\b(?:shell(?:ed|ing|s)?|fired|fire\s+(?:at|on)|attack(?:ed|s)?|struck|bombard(?:ed|s)?|"
                             r"violat(?:ed|es)|target(?:ed|s)|kill(?:ed|s)|wound(?:ed|s)|hit|"
                             # a push at the other side's towns or lines: "had been pushing towards X with artillery",
                             # "pushed on into Y" (the side pushed at reports it, as an advance; not a push for talks)
                             r"push(?:ed|es|ing)\s+(?:on\s+|forward\s+|hard\s+)?(?:towards?|into|on)\b(?!\s+(?:with\s+)?(?:talks|"
                             r"reforms?|the\s+(?:talks|deal|plan|agreement|bill)))|"
                             # an incursion: the side whose land was entered reports it
                             + _INCURSION_WORDS + r")\b")


def _army_of(clause):
    """The army that is the subject of the reported clause, as its side's defence ministry, and that side
    ("The Azerbaijani army took full control of X": Azerbaijan's MoD, "Azerbaijani"); else (None, None). A
    defence ministry left unnamed reports its own army's moves, but the other side's fire (``_HOSTILE``) or
    incursion (``_land_entered``)."""
    subject = _main_subject(clause)
    actor = canonical_actor(subject) if subject else None
    table = load_actors()
    if actor and table.office_of.get(actor) == "defence" and table.nation_of.get(actor) in SIDES:
        return actor, table.nation_of[actor]
    return None, None


_INCURSION = prefilter.compile(r"(?i)\b(?:" + _INCURSION_WORDS + r")\b")
_COUNTRY_SIDE = {"AM": "Armenian", "AZ": "Azerbaijani"}


def _land_entered(clause, mention, army):
    """The defence ministry of the country whose land the other side's ``army`` is said to have entered
    ("Azerbaijani troops advanced into Armenian territory near Jermuk, the Defence Ministry said": Armenia's, which
    reports the incursion), else ""."""
    place = getattr(mention, "place", None)
    owner = _COUNTRY_SIDE.get(getattr(place, "country", ""))
    if not owner or getattr(mention, "abroad", False) or not _INCURSION.search(clause):
        return ""
    if army not in SIDES or army == owner:
        return ""
    return load_actors().by_office.get((owner, "defence"), "")


# the other side's arms named by their nation: "two Azerbaijani drones", "Armenian forces", "Azerbaijan's artillery"
_SIDE_ARMS = prefilter.compile(r"(?i)\b(?P<nation>\w+(?:['’]s)?)\s+(?:(?:combat|attack|military|armed)\s+)?"
                               r"(?:drones?|UAVs?|forces|troops|army|units|soldiers|servicemen|artillery|shells|rockets|"
                               r"missiles|aircraft|planes|helicopters|tanks|mortars|snipers)\b")


# a lower-case word before the arms that names no side ("under heavy artillery fire", "with mortars"): passed over,
# unlike a nation or a pronoun that may stand for one ("our forces", "its units", "enemy drones")
_NO_SIDE_WORD = prefilter.compile(r"(?!(?:our|its|their|his|her|my|your|enemy|own)$)[a-z][a-z-]*")


def _land_attacked(clause, mention):
    """The defence ministry of the country the place lies in when the clause names the other side's arms at it
    ("two Azerbaijani drones flying towards X were shot down, the defence ministry said" of a village in Armenia:
    Armenia's, which reports the other side's attack, even when the article names only the attacker's side), else
    ""."""
    place = getattr(mention, "place", None)
    owner = _COUNTRY_SIDE.get(getattr(place, "country", ""))
    if not owner or getattr(mention, "abroad", False):
        return ""
    arms = {NATION_WORDS.get(word.lower()) for word in (m.group("nation") for m in _SIDE_ARMS.finditer(clause))
            if not _NO_SIDE_WORD.fullmatch(word)}
    if arms & set(_COUNTRY_SIDE.values()) != arms or len(arms) != 1 or owner in arms:
        return ""
    return load_actors().by_office.get((owner, "defence"), "")


# one side's soldiers told as killed or wounded: "four Armenian soldiers have been killed", "two Azerbaijani
# servicemen were wounded"
_SIDE_LOSSES = prefilter.compile(r"(?i)\b(?P<nation>\w+(?:['’]s)?)\s+(?:soldiers|servicemen|troops|conscripts|officers)\s+"
                                 r"(?:have\s+been|had\s+been|were|was|are)\s+(?:\w+\s+)?(?:killed|wounded|injured)\b")

# the fire of the ministry's own side, told as what caused the losses: "in return fire", "in retaliation"
_OWN_FIRE = prefilter.compile(r"\breturn(?:ed|ing)?\s+fire\b|\bretaliat\w*|\bcounter-?battery\b", re.I)


# a capital whose word on its army hit is its defence ministry's: Azerbaijan's fire reports come from its ministry
# (its border service's from a checkpoint); Yerevan's may be the ministry's or the security service's border guards'
_ARMY_VOICED_BY = {"Baku": "Azerbaijani"}
# that side's army told as hit: "fired on its positions", "its units", "Azerbaijani servicemen wounded"; or its air
# defence told at work ("its air defence had brought down two drones")
_OWN_FORCES = r"\s+(?:own\s+)?(?:army\s+|combat\s+)?(?:positions|units|servicem[ae]n|air\s+defen[cs]e)\b"
_AT_BORDER_POST = prefilter.compile(r"(?i)\bcheckpoint|\bborder\s+(?:guards?|posts?|service)\b")
# a soldier told killed or wounded with no side named, whom the capital telling it counts as its own: "a soldier was
# killed near X, according to Baku", "two servicemen were wounded"
_UNSIDED_LOSS = prefilter.compile(r"(?i)\b(?:a|one|" + NUMBER_WORDS + r"|\d+)\s+(?:soldiers?|servicem[ae]n)\s+"
                                  r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured)\b")


def _capital_s_army(choice, sentence):
    """The defence ministry of the side whose capital, named alone as the speaker, tells of its own army hit
    ("Baku denied it and said Armenian troops had fired on its units", "two Azerbaijani servicemen wounded,
    according to Baku"), else "": not its word on a city struck or a border guard shot at a checkpoint."""
    nation = _ARMY_VOICED_BY.get(choice.strip())
    if not nation or _AT_BORDER_POST.search(sentence) \
            or not (re.search(rf"\b(?:its|{nation}){_OWN_FORCES}", sentence) or _UNSIDED_LOSS.search(sentence)):
        return ""
    return load_actors().by_office.get((nation, "defence"), "")


def _own_losses(clause):
    """The defence ministry of the side whose soldiers the clause tells as killed or wounded ("four Armenian soldiers
    were killed near X, the Defence Ministry said": Armenia's), when only one side's losses are told: a defence
    ministry announces its own dead and wounded, the other side's it claims as a result of its fire; else ""."""
    if "killed" not in clause and "wounded" not in clause and "injured" not in clause:
        return ""
    if _OWN_FIRE.search(clause):
        return ""                          # "two Armenian soldiers were killed in return fire": the other side's claim
    sides = {NATION_WORDS.get(m.group("nation").lower()) for m in _SIDE_LOSSES.finditer(clause)}
    if len(sides) != 1 or not sides <= set(_COUNTRY_SIDE.values()):
        return ""
    return load_actors().by_office.get((sides.pop(), "defence"), "")


def is_bare_noun(who):
    """Is a claimant written as a noun alone ("the ministry", "Residents"), not by a name ("ANAMA", "the Defence
    Ministry", "Azerbaijani officials")?"""
    words = who.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and all(not w[:1].isupper() or ACTOR_NOUNS.fullmatch(w.lower()) for w in words)


# a body named by its head noun alone: "the department", "the inspectorate"
_BARE_BODY = prefilter.compile(r"(?i)(?:(?:the|its|that|this)\s+)?(?:same\s+)?(?P<noun>department|agency|service|committee|inspectorate|"
                               r"administration|fund|foundation|centre|center)")


_SPELT = prefilter.compile(r"\bcentre\b")           # the British spelling, read as the American one


def _named_in_full(body, claimants):
    """The claimant heard before whose body's name holds this shorter one, or None: "the State Committee" after
    "Azerbaijani government (State Committee for Refugees and IDPs)", "the Border Service" after "... (State
    Border Service)", "the department" after "Armenian government (Road Department)"."""
    bare = _BARE_BODY.fullmatch(body)
    short = body_name(body) or (bare.group("noun") if bare else None)
    if not short:
        return None
    words = _SPELT.sub("center", short.lower()).split()   # "the centre" after "... (Information Center)"
    for claimant in claimants:
        full = _SPELT.sub("center", claimant.partition(" (")[2].rstrip(")").lower()).split() if claimant else []
        if full and any(full[i:i + len(words)] == words for i in range(len(full) - len(words) + 1)):
            return claimant
    if bare and not body_name(body):       # "the same centre" after "the information centre of the Karabakh
        return next((c for c in claimants if c and words[0] in _alias_words(c)), None)   # authorities": theirs
    return None


@lru_cache(maxsize=256)
def _alias_words(claimant):
    """The words of the names the actor table gives a claimant ("information centre" of the Karabakh authorities),
    "centre" read as "center"."""
    table = load_actors()
    return frozenset(_SPELT.sub("center", w) for alias, name in table.aliases.items() if name == claimant
                     for w in alias.split())


_LOCAL_AUTHORITIES = prefilter.compile(r"(?i)(?:the\s+)?(?:local|regional|region['’]s)\s+authorities")
# a place named as a side's own: "Azerbaijan's Nakhchivan exclave", "in Armenia's Syunik province"
_SIDE_S_PLACE = prefilter.compile(r"\b(Azerbaijan|Armenia)['’]s\s+$")
_SIDE_COUNTRY = {"Azerbaijan": "AZ", "Armenia": "AM"}


def _side_s_local_authorities(actor, sentence, mention):
    """The government of the side whose place the sentence names as its own, for "the local authorities" speaking
    of it ("detained in Azerbaijan's Nakhchivan exclave, the local authorities said": a region of Azerbaijan's, whose
    authorities are Azerbaijan's state), or ""."""
    if not _LOCAL_AUTHORITIES.fullmatch(actor):
        return ""
    m = _SIDE_S_PLACE.search(sentence, max(0, mention.begin - 40), mention.begin)
    place = getattr(mention, "place", None)
    if not m or place is None or place.country != _SIDE_COUNTRY[m.group(1)]:
        return ""                          # not "fire from Armenia's territory hit Tartar": the place's own side
    return load_actors().by_office.get((ADJ_COUNTRY[m.group(1).lower()], "government"), "")


def _region_s_authorities(actor, seen):
    """Nagorno-Karabakh's authorities, for "the local authorities" in a report whose side last heard is the region's
    ("..., the Human Rights Defender said. ... according to the local authorities"): the region's own state, not a
    village's council; else ""."""
    if not _LOCAL_AUTHORITIES.fullmatch(actor):
        return ""
    table = load_actors()
    nation = next((table.nation_of[c] for c in reversed(seen) if table.nation_of.get(c) in SIDES), None)
    return table.by_office.get((nation, "government"), "") if nation == "Karabakh" else ""


# bare officials, and a local body the sentence names before them: those officials are its own
_BARE_OFFICIALS = prefilter.compile(r"(?i)(?:the\s+)?(?:officials|authorities)")
_LOCAL_BODY = prefilter.compile(r"(?i)\b(?:provincial|regional|district|municipal|village|city|town|community)\s+"
                                r"(?:administration|authorities|council|government|governor|head|hall)\b")
# a bare trade as the speaker ("the farmer said"), and the person something in the sentence belongs to ("a vineyard
# belonging to Aram Petrosyan", "the house of Aram Petrosyan", "Aram Petrosyan's orchard")
_THE_TRADE = prefilter.compile(rf"(?i)(?:the\s+)?(?:{_TRADES})")
_PLACE_NOUN_BEFORE = prefilter.compile(r"(?i)\b(?:village|town|city|district|region|province|community|settlement|valley|"
                                       r"river|mount|area)\s+$")     # "the village of Nerkin Hand" is a place, no owner
_OWNER_NAMED = prefilter.compile(r"(?:\b(?:belonging\s+to|owned\s+by|run\s+by|of)\s+(?P<of>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})"
                                 r"|(?P<s>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})['’]s\s+[a-z])")


def _owner_speaking(who, before):
    """The person a bare trade speaking ("the farmer told ...") is, when the words before it name one person as
    the owner of something ("workers in a vineyard belonging to Aram Petrosyan came under fire, the farmer
    said"), or "". A name that is an actor of the table, a nation's or a title's is no owner."""
    if not _THE_TRADE.fullmatch(who.strip()):
        return ""
    owners = {m.group("of") or m.group("s") for m in _OWNER_NAMED.finditer(before)
              if not (m.group("of") and _PLACE_NOUN_BEFORE.search(before, 0, m.start()))}
    owners = {n for n in owners if _a_person(n) and not canonical_actor(n)}
    return owners.pop() if len(owners) == 1 else ""


def place_side(mention):
    """"Armenian" for a place in Armenia, else "": a state body named without its side that speaks of a place
    in Armenia ("the Road Department said the road through Kirants would close") is most likely Armenia's,
    however often the article names Azerbaijan. Not so for a place in Azerbaijan, whose Karabakh had
    authorities of its own; nor for an office such as a defence ministry, which speaks of the other side's
    places too."""
    place = getattr(mention, "place", None)
    return "Armenian" if getattr(place, "country", "") == "AM" and not getattr(mention, "abroad", False) else ""


def land_side(mention):
    """The side whose own land the place is in ("Armenian" for a village of Armenia, "Azerbaijani" for a town of
    Azerbaijan outside Karabakh and the districts around it, whose authorities changed hands), else "": a police
    force, a rescue service or border guards named without their side speak of places on their own side only."""
    place = getattr(mention, "place", None)
    side = _COUNTRY_SIDE.get(getattr(place, "country", ""))
    if getattr(mention, "abroad", False):
        return ""
    if side is None:                       # a neighbour's place ("the Interior Ministry said" of a Georgian site)
        return _NEIGHBOUR.get(getattr(place, "country", ""), "")
    return side if side == "Armenian" or _outside_karabakh(place) else ""


# the region's other states, whose own services work on their land as the sides' do on theirs
_NEIGHBOUR = {"GE": "Georgian", "IR": "Iranian", "TR": "Turkish", "RU": "Russian"}


@lru_cache(maxsize=4096)
def _outside_karabakh(place):
    """Does a place of Azerbaijan lie in a district outside Karabakh and the districts around it? Also when it lies
    in none of the supplement's districts (Gabala, far from every district it holds): every district of the core is
    held. (Cached: an article names its places again and again.)"""
    area = _zone().area_of(place)
    return area is None or area.name not in CORE


@lru_cache(maxsize=1)
def _zone():
    """The areas of the curated places, for telling Karabakh and the districts around it from the rest."""
    return Zone([place for place, _ in read_supplement()])


def sentence_government(actor, before, people=None):
    """"Armenia's Foreign Ministry said ..., and the government has asked ...": a bare "the government" after
    a body of one of the sides named earlier in the same sentence (``before``) is that side's government, or ""."""
    if not _BARE_GOVERNMENT.match(actor.lower()):
        return ""
    table = load_actors()
    for attribution in reversed(before):
        nation = table.nation_of.get(normalise_actor(attribution.who, people or {}))
        if nation in SIDES:
            return table.by_office.get((nation, "government"), "")
    return ""


# an outlet named by its kind alone: the outlet the sentence names ("the channel", "the newspaper") (its own list:
# "the agency" alone is as often a state body, and a later one is read by _national_outlet; "the station" is added)
_OUTLET_NOUN = prefilter.compile(r"(?i)(?:the\s+)?(?:channel|broadcaster|newspaper|paper|outlet|website|news site|station)")
_CAPITALISED = prefilter.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def outlet_of_its_reporter(who, before):
    """The outlet an "its correspondent" (or "its reporter") writes for, when the same sentence named it before:
    "APA gave another account: its correspondent wrote ..." is APA's; else ""."""
    return _outlet_named(before) if _ITS_REPORTER.fullmatch(who.strip()) else ""


def _outlet_named(sentence, staff=False):
    """The press actor of the last outlet the sentence names by a name the table knows ("AzTV"), or "". An outlet
    named only as the employer of one of its staff ("a Hetq photographer came upon the bodies") is left out unless
    ``staff``: "according to the paper" is then the paper heard before, not the one the photographer works for."""
    table = load_actors()
    for m in reversed(list(_CAPITALISED.finditer(sentence))):
        actor = canonical_actor(m.group())
        if actor and table.office_of.get(actor) == "media" and (staff or not _STAFF_AFTER.match(sentence, m.end())):
            return actor
    return ""


# one of an outlet's staff named after its name: "a Hetq photographer", "an Armenpress correspondent", "the Reuters
# crew"
_STAFF_AFTER = prefilter.compile(r"\s+(?:photographers?|photojournalists?|reporters?|correspondents?|journalists?|"
                                 r"cameram[ae]n|camera\s+crews?|crews?|stringers?|editors?|staff(?:ers)?)\b")


def _person_before_pronoun(sentence, pronoun):
    """The person a sentence names before using ``pronoun`` for them, when its closing "he said" is that
    person too: 'a shell landed on the house of Namig Aliyev only minutes after he had left, he said'."""
    inner = re.search(rf"\b{pronoun.lower()}\b", sentence)
    # (or the subject the sentence opens with, told after a colon: 'Anna Petrosyan, who ran the school, has answered
    # her critics: she wrote that ...')
    after_colon = re.search(rf":\s+{pronoun.lower()}\s+(?:said|says|wrote|writes|added|told)\b", sentence)
    opening = _NAME_PAIR_FULL.match(sentence)
    if after_colon and inner and inner.start() == after_colon.start() + after_colon.group(0).index(pronoun.lower()) \
            and opening and _a_person(opening.group(0)) and not canonical_actor(opening.group(0)):
        return opening.group(0)
    last = re.search(rf"\b{pronoun.lower()}\s+(?:said|says|added|told)\b", sentence)
    # (or once, in a closing "as he told X": 'a missile wrecked Namig Aliyev's house, as he told the agency' is his)
    # (not a promise kept: 'X visited Martuni, as he said he would' tells no account)
    closing = re.search(rf",\s+as\s+(?P<pronoun>{pronoun.lower()})\s+(?:said|told|recalled)\b"
                        r"(?![^,.;]{0,40}?\b(?:would|will|had\s+promised)\b)", sentence)
    if closing and inner and inner.start() == closing.start("pronoun"):
        names = [m for m in _NAME_PAIR_FULL.finditer(sentence, 0, closing.start())
                 if not _PLACE_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
                 and _a_person(m.group(0)) and not canonical_actor(m.group(0))]
        return re.sub(r"['’]s$", "", names[-1].group(0)) if len(names) == 1 else None
    if not inner or not last or inner.start() >= last.start():
        return None
    names = [m for m in _NAME_PAIR_FULL.finditer(sentence, 0, inner.start())
             if not _PLACE_BEFORE.search(sentence, max(0, m.start() - 12), m.start())]
    return names[-1].group(0) if names else None


# the object form of "he" or "she" after a verb, before a question or a clause: "asked her why", "told him that"
_ADDRESSED = {p: prefilter.compile(rf"\b{o}\s+(?:why|whether|if|that|to|what|how|about|for)\b")
              for p, o in (("she", "her"), ("he", "him"))}


# a named person's kin or friend: "Anna Petrosyan's son"
_NAMED_POSSESSOR = prefilter.compile(r"\b[A-Z][a-z'’-]+ [A-Z][a-z'’-]+['’]s\b")


def _addressed_before(sentence, pronoun):
    """Does the sentence, before its closing "she said", turn to "her" as someone spoken to ("X drove up and asked
    her why she had stayed, she said")? The one it opens with then speaks to the speaker and is not the speaker."""
    addressed = _ADDRESSED.get(pronoun.lower())
    spoken_to = addressed.search(sentence) if addressed else None
    # (not when a named person's kin or friend spoke to her: "Anna Petrosyan's son asked her why ..." is her account)
    return bool(spoken_to) and not _NAMED_POSSESSOR.search(sentence, 0, spoken_to.start())


# a first name and a surname; not after a word that makes them a place ("in Dondar Gushchu")
_NAME_PAIR_FULL = prefilter.compile(r"\b[A-Z][a-z'’-]+ [A-Z][a-z'’-]+\b")
_PLACE_BEFORE = prefilter.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Tt]o|[Ff]rom|[Ii]nto|[Vv]illage of|[Tt]own of)\s+$")


def subject_actor(sentence, people=None):
    """The known actor a sentence opens with ("Pashinyan gave a different account."), or "".

    Read only through the actor table and the article's people, so that a
    later "he said" can be given to the person named last.
    """
    sentence = _PARAGRAPH_NUMBER.sub("", sentence)
    found = _opening_actor(sentence, people)
    if not found and (sentence[:1].isdigit() or sentence[:1] == "[" or ":" in sentence[:60]):
        led = _LEAD_IN.sub("", sentence, count=1)   # (no actor before it: "Baku gave its account: ..." is Baku's)
        # (a speaker's words after a colon are no label: "He said: X must sign" leaves "he" who he was)
        spoken = _LABEL_SPOKEN.match(sentence, 0, len(sentence) - len(led))
        found = _opening_actor(led, people) if led != sentence and not spoken else ""
    return found


def _opening_actor(sentence, people):
    """The known actor the words opening ``sentence`` name, or "" (see :func:`subject_actor`)."""
    words = []
    outlet = _NATIONAL_OUTLET.match(sentence)
    if outlet and outlet.group("adj").lower() in CAPITAL_COUNTRY:
        # "The Baku agency Turan recalls ...": the outlet, by its name when the table knows it, else its capital's
        # press (not the capital's government, which "The Baku" alone would be)
        name = outlet.group(0).split()[-1]
        return _media_outlet(name) or _national_outlet(outlet.group(0)) or ""
    given = _SUBJECT_GIVEN.match(sentence) if "who " in sentence else None
    if given:
        return given.group("name")         # "The village head, who asked to be called Samvel, walked": Samvel
    named = _OPENING_ROLE_NAME.match(sentence)
    if named:                              # "The imam, Hajji Elshan Qasimov, opened the sermon": the one named,
        return canonical_actor(named.group("name")) or named.group("name")   # whom a later "he" means
    if _KIN_OPENING.match(sentence):
        return "residents"                 # "My aunt lives in X, and she tells me": one of its people
    told = _PERSON_S_ACCOUNT.match(sentence)
    if told and _is_teller(told.group("name"), sentence[told.end():]):
        # "A B's account of driving a lorry. He describes ...": A B (by the table's name when it knows A B)
        return canonical_actor(told.group("name")) or told.group("name")
    split = sentence.split()
    for k, word in enumerate(split):
        # "The International Committee of the Red Cross visited": "of" and "the" inside a name go on
        joins = word in ("of", "the", "for") and words and k + 1 < len(split) \
            and (split[k + 1][:1].isupper() or split[k + 1] == "the")
        if not word[:1].isupper() and not (words and word.lower() in _ROLE_WORDS) and not joins:
            break                          # "Armenia's ombudswoman Anahit Manasyan visited": a role goes on
        words.append(word.strip(",.;:'’\""))
    while words and words[-1] in ("of", "the", "for"):
        words.pop()
    if not words or len(words) > 8:
        return _issuer_named(sentence)
    phrase = " ".join(words)
    if people and words[-1] in people:
        return people[words[-1]]
    person = _PERSON_WITH_AGE.match(sentence)
    if person:                             # "Garik Petrosyan, 54, drove down ... He said": Garik Petrosyan
        return person.group(1)
    if phrase.lower() in NATION_WORDS and _PLACE_PREDICATE.match(sentence[len(phrase):]):
        return ""                          # "Khankendi itself came under Azerbaijani control": a place, not an actor
    return canonical_actor(phrase) or _issuer_named(sentence)


def _issuer_named(sentence):
    """The first known body whose statement a sentence names without quoting it ("This note uses the joint
    statements of Azerbaijan's Interior Ministry and ANAMA"), or "": whom "the joint statement said" means later.
    An issuer the actor table does not know ("the Interior Ministry", no nation) gives way to the next one."""
    m = _STATEMENT_OF.search(sentence) if "tatement" in sentence or "ommuniq" in sentence else None
    while m:
        actor = canonical_actor(m.group("body"))
        if actor:
            return actor
        m = _NEXT_ISSUER.match(sentence, m.end())
    owned = _MINISTRY_S_DOCUMENT.search(sentence) if "ministry" in sentence.lower() else None
    if owned:                              # "the sites carry the defence ministry's statement in full. It says ..."
        actor = canonical_actor(owned.group("body"))
        # (no nation of its own: the one nation the sentence names, "the Azerbaijani sites carry the defence
        # ministry's statement", is whose ministry it is)
        nations = {ADJ_COUNTRY[n.group(1).lower()] for n in NATION.finditer(sentence.lower())}
        if not actor and not owned.group("nation") and len(nations) == 1:
            actor = canonical_actor(f"{nations.pop()} {owned.group('office')} ministry")
        return actor or ""
    return ""


# a statement and its issuer, the first of several: "the joint statements of the Interior Ministry, the ..."
_ISSUER = r"(?P<body>" + _BODY_PHRASE + r")(?=\s*(?:,|;|\.|\band\b|\bon\b|\bin\b|$))"
_STATEMENT_OF = prefilter.compile(r"\b(?:joint\s+)?(?:statements?|communiqu[eé]s?)\s+(?:of|by|from|issued by)\s+" + _ISSUER)
# a ministry's document named by its owner: "the defence ministry's evening statement", "Armenia's foreign ministry's
# communiqué"
_MINISTRY_S_DOCUMENT = prefilter.compile(r"(?i)(?P<body>(?:the\s+)?(?:(?P<nation>[A-Z][\w'’-]*)\s+)?"
                                         r"(?P<office>defen[cs]e|foreign|interior|emergencies)\s+ministry)['’]s\s+"
                                         r"(?:[a-z-]+\s+){0,2}(?:statement|communiqu[eé]|bulletin)\b")
# the next issuer of the list: "..., the Prosecutor General's Office and ANAMA"
_NEXT_ISSUER = prefilter.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _ISSUER)


# a person's own telling opening a sentence, by full name: "A B's account of the convoy", "C D's memoir of the
# siege" (the teller a later "he describes" means)
_PERSON_S_ACCOUNT = prefilter.compile(r"(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\s)(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})['’]s\s+(?:own\s+)?"
                                      r"(?:account|memoirs?|diary|recollections?|testimony|story)\b")
# a place's name, not a person's: "Lachin Corridor's story", "New York's account", "Hakari Bridge's story"
_PLACE_NAME_WORD = prefilter.compile(r"(?:" + _NAMED_PLACE_WORD.pattern + r"|Corridor|Pass|City|Region|Province|District|"
                                     r"Republic)$|(?:New|Old|North|South|East|West|Upper|Lower|Nagorno|Saint|St)\s")
# another person who tells it: "A B's account of what her brother saw", "A B's diary was found by his son"
_TOLD_BY_ANOTHER = prefilter.compile(r"\s+of\s+what\s+(?!(?:he|she|they|I)\b)|\b(?:was|were|is|are|has\s+been|had\s+been)\s+"
                                     r"(?:\w+\s+)?(?:told|found|read|kept|written|published|recounted|shared)\s+by\b")


def _is_teller(name, rest):
    """Is ``name``, opening a sentence with "'s account" (memoir, diary, story), the person who tells it: a person's
    name, not a place's, whose telling the rest of the sentence gives no other teller?"""
    return not (name.lower() in _curated_places() or name.lower() in NATION_WORDS
                or _PLACE_NAME_WORD.search(name) or _TOLD_BY_ANOTHER.search(rest))
# what is said of a place, not of its government: "Khankendi itself came under Azerbaijani control"
_PLACE_PREDICATE = prefilter.compile(r"\s+(?:itself\s+)?(?:came|comes|fell|falls|lies|lay|was|were|had been|has been|"
                                     r"remained|remains)\b")
# lower-case words of a role between a nation and a name: "Armenia's ombudswoman Anahit Manasyan"
_ROLE_WORDS = {"ombudsman", "ombudswoman", "defence", "defense", "foreign", "interior", "minister", "ministry",
               "spokesman", "spokeswoman", "spokesperson", "president", "prime", "deputy", "human", "rights",
               "defender", "chief", "prosecutor", "general", "television", "media", "press", "news", "site",
               "rapporteur", "moderator"}
# the writer's own unnamed relative or friend opening a sentence: "My aunt ...", "Our neighbour ..." (not
# "My mother, Anahit Petrosyan, ...": a person named)
_KIN_OPENING = prefilter.compile(rf"(?:My|Our)\s+(?:{_KIN_NOUNS}|grandmother|grandfather|mother|father)s?\b(?!\s*,\s+[A-Z])")
# a record's paragraph number before its sentence: "4. The rapporteur said ..."
_PARAGRAPH_NUMBER = prefilter.compile(r"^\d{1,3}\.\s+(?=[A-Z])")
# a live blog's clock time and a lead-in label before a sentence's subject: "13:10 Aliyev has now addressed ...",
# "Background for new readers: President X laid ..." (the label's words after the first in lower case: no speaker)
_LEAD_IN = prefilter.compile(r"^(?:\[?(?:[01]?\d|2[0-3])[:.][0-5]\d\]?\s+(?:[—–|-]\s+)?)?"
                             r"(?:[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){0,7}:\s+)?(?=[A-Z])")
_LABEL_SPOKEN = prefilter.compile(rf"(?i)^(?:\S+\s+)?(?:(?:he|she|they|we|i|it)\b|.*\b(?:{SAYING}|told|wrote|added|replied)\b)")
_PERSON_WITH_AGE = prefilter.compile(r"([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?),\s+(?:\d{1,3},|an?\s+\d{1,3}-year-old\b)")


def group_subject(sentence):
    """The group a sentence's subject names ("The protesters set up tents", "Since Monday, people calling
    themselves activists have blocked ...") as a plain label, or "": whom a later "they say" means."""
    m = _GROUP_SUBJECT.match(sentence)
    return m.group("group").lower() if m else ""


_GROUP_SUBJECT = prefilter.compile(r"^(?:[^,]{0,40},\s*)?(?:the|some|many|several|hundreds of|dozens of)?\s*"
                                   r"(?:[\w-]+\s+){0,6}?(?P<group>activists|protesters|demonstrators|residents|"
                                   r"villagers|refugees|farmers|workers)\b(?!\s+(?:of|from|in)\b)", re.I)


def home_nation(sentences):
    """The nation of the article's dateline city ("BAKU, Oct 5 (Wire) -", "Yerevan, 12 May 2021"), or "":
    an office named without its nation and not named before is most likely that country's."""
    for text in sentences[:MAX_DATELINE_SENTENCE]:
        m = _DATELINE_CITY.match(text) or _DATELINE_COUNTRY.match(text) or _BYLINE_CITY.fullmatch(text) \
            or _OUTLET_OF_CITY.match(text)
        if m:
            # a dateline under the Azerbaijani name of the city is filed by an Azerbaijani outlet
            return "Azerbaijani" if m.group(1).lower() == "khankendi" else NATION_WORDS.get(m.group(1).lower(), "")
    return ""


# a sentence opening with the capital it reports from: "In Yerevan, the government said ..."
_OPENING_CAPITAL = prefilter.compile(r"\s*In\s+(Baku|Yerevan|Stepanakert),")


def sentence_home(sentence, home=""):
    """The nation a sentence reports from: its opening "In Yerevan," / "In Baku," gives it, else the article's
    ``home`` (its dateline's): "the government" after it is that capital's."""
    m = _OPENING_CAPITAL.match(sentence)
    return NATION_WORDS[m.group(1).lower()] if m else home


def named_side(sentences):
    """The side the article names at least twice as often as the other ("Baku", "Azerbaijani control"), or
    "": whose a state body named without its nation is ("the Restoration Service for Khankendi")."""
    counts = {"Azerbaijani": 0, "Armenian": 0}
    areas = side_areas()
    for text in sentences:
        for word in _SIDE_WORD.findall(text):
            counts[_SIDE_OF[word[:3]]] += 1
        # "in Shirak province", "the Tovuz district": a province or district of one side's own country; a
        # province of Armenia also bare ("the roads of Syunik"): no town bears its name, as a district's town does
        for m in _AREA_WITH_NOUN.finditer(text):
            nation = _area_side(m, areas)
            if nation and (nation == "Armenian" or not m.group("bare")):
                counts[nation] += 1
    (first, n), (_, m) = sorted(counts.items(), key=lambda kv: -kv[1])
    return first if n >= 2 * m and n >= 2 else ""


# a capitalised name with its area noun: "Shirak province", "the province of Syunik", "Tovuz district"; else
# alone ("Syunik")
# (the lookahead first, for speed: every alternative begins with a capital, "province" or "district", so no match
# is lost, and the positions that start none are passed over at once)
_AREA_WITH_NOUN = prefilter.compile(r"(?=[A-Zdp])(?:"
                                    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:province|Province|district|District|"
                                    r"marz|region)\b|\b(?:province|district) of (?P<after>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|"
                                    r"(?P<bare>\b[A-Z][\w'’-]+(?:\s+Dzor)?)\b)")


def _area_side(match, areas):
    """The side whose province or district the match names: the two words taken, else the last alone (a
    sentence's first word is capitalised too: "In Tavush province")."""
    name = match.group(match.lastgroup).lower()    # (the one named group that matched: none is empty)
    return areas.get(name) or areas.get(name.split()[-1])


_AREA_SUFFIX = {"AM": " Province", "AZ": " District"}


@lru_cache(maxsize=1)
def side_areas():
    """Armenia's provinces and Azerbaijan's districts of the curated gazetteer, by lower-case name without
    the area noun ("shirak" → "Armenian", "tovuz" → "Azerbaijani"): an article that locates its places in
    them is about that side's country."""
    found = {}
    for place, _ in read_supplement():
        suffix = _AREA_SUFFIX.get(place.country, "")
        if suffix and place.name.endswith(suffix) and place.precision in ("region", "district"):
            found[place.name[:-len(suffix)].lower()] = _COUNTRY_SIDE[place.country]
    return found


# the sides named in a text: "Azerbaijan", "Azerbaijani", "Baku"; "Armenia", "Armenian", "Yerevan"
_SIDE_WORD = prefilter.compile(r"(?:" + _from_word_start(r"Azerbaijan(?:i|'s|’s)?", "Baku", r"Armenia(?:n|'s|’s)?", "Yerevan")
                               + r")\b")
_SIDE_OF = {"Aze": "Azerbaijani", "Bak": "Azerbaijani", "Arm": "Armenian", "Yer": "Armenian"}


MAX_DATELINE_SENTENCE = 5
# "GORIS, Armenia, Sept 14 (Wire) -": a town of the dateline followed by its country
_DATELINE_COUNTRY = prefilter.compile(r"\s*[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?,\s+(Azerbaijan|Armenia|Russia)\b"
                                      r"(?=\s*(?:,|\(|[-–—]))")
# the cities a dateline or a byline names as written from
_WRITTEN_FROM = ("Baku", "Yerevan", "Stepanakert", "Khankendi", "Moscow")
_DATELINE_CITY = prefilter.compile(r"\s*(?:[^|\n]{0,40}\|\s*)?("
                                   + "|".join(f"{city}|{city.upper()}" for city in _WRITTEN_FROM)
                                   + r")\b\s*(?:,|\(|[-–—|])")   # "APA report | Baku | 15 July 2020"

# a writer's own country's state, as a columnist names it: "our government", "our foreign ministry"
_OUR_STATE = prefilter.compile(r"(?i)our\s+(?P<office>government|authorities|(?:foreign|defen[cs]e)\s+ministry)")
# a writer's byline line with the city written from: "By Armen Sargsyan, Yerevan", "OPINION | Elchin Mammadov, Baku",
# "Column by Anna Hakobyan (Yerevan)": a column's "our government" is that city's country's
_BYLINE_CITY = prefilter.compile(r"\s*(?:[A-Za-z ]{1,20}\|\s*|(?:[A-Z][a-z]+\s+)?[Bb]y\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
                                 r"\s*(?:,\s*|\(\s*)(" + "|".join(_WRITTEN_FROM) + r")\)?\s*")
# an outlet named after its city, first on a byline of its own: "Yerevan Daily Online | updated through the day"
_OUTLET_OF_CITY = prefilter.compile(r"\s*(" + "|".join(_WRITTEN_FROM) + r")\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*\|")

# an unnamed one or more of a group that spoke just before: "Others said", "One woman added", "A man from Tegh said"
_MEMBER_OF_GROUP = prefilter.compile(r"(?i)(?:some\s+|many\s+)?others|(?:(?:a|an|one|another)\s+)?"
                                     r"(?:(?:old|older|elderly|young|middle-aged)\s+)?(?:man|woman)"
                                     r"(?:\s+(?:from|of|in)\s+[^,;:]{1,40})?")
# a group of people as the claimant is written: "witnesses", "residents", "refugees"
_GROUP = prefilter.compile(r"[a-z]+s")


def resolve_pronoun(actor, last_claimant, recent_claimant, seen=(), people=None, home="", side="", where="",
                    land_side=""):
    """"they said" → the last named claimant; "according to them" → only the one just before.

    An office named without its holder ("the presidential office") is the latest
    claimant of the article holding that office (``seen``: claimants in order);
    an office named without its nation ("prosecutors", "the Defence Ministry",
    "the ministry") is the latest claimant of that office, else the one of the
    article's people (``people``: surname → actor) holding it. ``where`` is the side a state body speaking of the
    place is most likely of (:func:`place_side`), ``land_side`` the side whose own land the place is in
    (:func:`land_side`), whose police, rescuers and border guards alone work there.
    """
    if actor.lower() in OBJECT_PRONOUNS:
        return recent_claimant
    if _COMMUNITY_AGAIN.fullmatch(actor.strip()):
        # "Villagers in X say ... The community said": the place's people heard just before ("A community of X
        # villagers issued a statement. The community says": that one); anyone else heard is no community
        return last_claimant if last_claimant == "residents" or "community" in last_claimant.lower() else ""
    heard = [last_claimant, *reversed(seen)]     # the claimants heard so far, the latest first
    if actor.lower() in _ADMINISTRATION_PRONOUNS:
        # "the administration said": the executive named before (a presidency, a government, a local
        # administration), never whichever other speaker came last; none heard, the one presidential administration
        # the article names ("Azerbaijan's presidential administration met ... by the administration's account");
        # none named, the word stays
        table = load_actors()
        executive = next((c for c in heard if table.office_of.get(c) in _EXECUTIVE_OFFICES
                          or c.startswith("local officials")), None)
        named = (people or {}).get(body_key(_PRESIDENTIAL_ADMINISTRATION))
        if named and (not executive or (table.office_of.get(executive) == "government"
                                        and table.nation_of.get(executive) == table.nation_of.get(named))):
            return named                   # (its side's government heard is the side the administration is of)
        return executive or actor
    if _MEMBER_OF_GROUP.fullmatch(actor) and _GROUP.fullmatch(recent_claimant):
        return recent_claimant             # "Several witnesses described ... Others spoke of ...": witnesses too
    if _MEMBER_OF_GROUP.fullmatch(actor) and not actor.lower().endswith("others"):
        return "residents"                 # "An elderly man said", no group before: one of the place's people
    bare_office = re.sub(r"^(?:the|his|her|its)\s+", "", actor.lower())
    office = _UNNAMED_HOLDER.get(bare_office)
    if office:                              # (the head named just before comes first: "Aliyev visited Lachin.")
        # none heard: the one person of the article holding it ("President X toured Y, the presidency said")
        # (a presidential aide holds no presidency: "the presidential administration said" after Hajiyev spoke is
        # the presidency he serves, not the aide)
        table = load_actors()

        def holds_office(claimant):
            # (the table's office counts as well as the name's words: "Armenian PM (Nikol Pashinyan)" holds the
            # prime minister's office its name writes "PM")
            return (office in claimant.lower() or table.office_of.get(claimant) == office) \
                and (office == "aide" or table.office_of.get(claimant) != "aide")

        holder = next((c for c in heard if c and holds_office(c)), None)
        aide = next((c for c in heard if office == "presiden" and table.office_of.get(c) == "aide"), None)
        served = table.by_office.get((table.nation_of.get(aide), "president")) if aide else None
        named = {a for k, a in (people or {}).items() if not k.startswith("<") and holds_office(a)}
        if bare_office == _PRESIDENTIAL_ADMINISTRATION and not (holder or served or len(named) == 1):
            # "the presidential administration said", no president heard or named: the one side's presidential
            # administration the article names ("Azerbaijan's presidential administration"), else the presidency
            # of the dateline's side or of the side the article is plainly about
            nation = home if home in SIDES else side
            return (people or {}).get(body_key(_PRESIDENTIAL_ADMINISTRATION)) \
                or table.by_office.get((nation, "president")) or actor
        return holder or served or (named.pop() if len(named) == 1 else actor)
    m = _MINISTRY_IN_CAPITAL.fullmatch(actor)
    seat = (m.group(1) or m.group(2)).lower() if m else ""
    nation = ADJ_COUNTRY.get(CAPITAL_COUNTRY.get(seat, seat).lower()) if m else None
    if nation:                              # "the ministry in Moscow": Russia's ministry named before, or its government
        named = resolve_pronoun(f"{nation} ministry", last_claimant, recent_claimant, seen, people, home, side, where)
        return named if canonical_actor(named) else canonical_actor(f"{nation} government") or actor
    m = _NATION_MINISTRY.fullmatch(actor)
    if m and m.group(1).lower() in NATION_WORDS:  # "the Armenian ministry", after "the Armenian Defence Ministry"
        return next((c for c in reversed(seen) if c.startswith(m.group(1)) and ministry_office(c)),
                    None) or _counterpart_ministry(m.group(1), seen) or _ministry_named(m.group(1), people) or actor
    m = _NATION_TITLE.fullmatch(actor)
    if m:                                   # "the Iranian minister also said", after Iran's foreign minister spoke
        table = load_actors()
        nation = ADJ_COUNTRY.get(m.group(1).lower())
        spoke = next((c for c in heard if table.nation_of.get(c) == nation), None)
        if spoke:
            return spoke
    m = _MILITARY_PERSON.fullmatch(actor)
    if m:                                   # "a Russian officer said", after the Russian peacekeepers spoke
        table = load_actors()
        nation = ADJ_COUNTRY.get(m.group(1).lower())
        body = next((c for c in reversed(seen) if table.nation_of.get(c) == nation
                     and table.office_of.get(c) in ("defence", "peacekeepers")), None)
        if body:
            return body
    bare = {"MoD": "defence", "MFA": "foreign"}.get(actor)
    if bare and home and (home, bare) in load_actors().by_office:
        # "the Defence Ministry said" in a report datelined Baku: a reporter names his own country's ministry
        # without its nation, another country's with it
        return load_actors().by_office[(home, bare)]
    if bare and ministry_office(last_claimant) == bare:
        # "the Defence Ministry said", after "Azerbaijan's Defence Ministry"
        return _land_s_ministry(last_claimant, recent_claimant, land_side) or last_claimant
    if actor.lower() in _MINISTRY_PRONOUNS:
        # "the ministry said", after a herder was quoted: the ministry named before, not the herder
        named = next((c for c in reversed(seen) if _MINISTRY.search(c)), last_claimant)
        return _land_s_ministry(named, recent_claimant, land_side) or named
    named = _named_in_full(actor, heard) if _BARE_BODY.fullmatch(actor) else None
    if named:                               # "the department said", after Armenia's Road Department: that body,
        return named                        # not whoever spoke since
    office = _office_without_nation(actor, bare_government=True)
    if office is None and (UNLISTED_MINISTRY.search(actor) or STATE_BODY.search(actor) or _PUBLIC_BODY.fullmatch(actor)
                           or _GOVERNMENT_OWN_BODY.fullmatch(actor)) \
            and not canonical_actor(actor) and not NATION.search(actor.lower()) and not _NAMED_HOLDER.search(actor) \
            and not _JOINT_BODY.search(actor) and not _NEWS_SERVICE.search(actor):
        # "the Ministry of Transport said", "the State Agency of Automobile Roads said", "the monitoring centre
        # said", "according to the master plan": the government of its side, else of the side the article names most
        # (a body several states run, "the joint monitoring centre", is no one side's)
        office = "government"
        placed = home or where             # ``where``: the side whose country the place is in
        home = placed or side
        body = actor
    else:
        body = placed = None
    if office == "government" and home in SIDES and _THE_GOVERNMENT.fullmatch(actor):
        # "the government says" in a report filed from Baku: the reporter's own country's, whoever spoke last
        return load_actors().by_office.get((home, office), actor)
    if office == "government":
        # "Officials said": the government of one of the conflict's sides that spoke last, else the
        # government of the side that spoke last (a visiting head of state's government is not whose
        # officials a report quotes), else any government that spoke, else the dateline country's
        table = load_actors()
        article_side = side                # (the side the article names most; the name is reused below)
        # (a side's body, "Armenian government (Ministry of Health)", speaks for its government)
        spoke = [g for c in heard if (g := table.government_of(c))]
        side = next((c for c in spoke if table.nation_of.get(c) in SIDES), None)
        nation = next((table.nation_of[c] for c in reversed(seen) if table.nation_of.get(c) in SIDES), None)
        named = _named_in_full(body, heard) if body else None
        if named:
            return named                   # "the State Committee said", after the State Committee for Refugees
        if body and placed in SIDES:
            # the dateline's or the place's side before the last speaker's: "Baku accused Yerevan ... The Road
            # Department said the road through Kirants would close" is Armenia's department
            return _government_body(table, placed, body)
        if body and (side or nation):
            # a body of a side's state named without the side: that government's body ("the Road Department
            # foundation said" in an Armenian report → "Armenian government (Road Department foundation)")
            return _government_body(table, table.nation_of.get(side) or nation, body)
        if side or nation:
            return side or table.by_office.get((nation, office), actor)
        # no side spoke yet: the dateline's country, else the one side whose people the article names
        # ("President Aliyev and President Erdogan opened the airport ... officials say": Azerbaijan's)
        # (a person the article writes otherwise than the table, "Hikmat Hajiyev", is read through its aliases)
        named = {table.nation_of.get(canonical_actor(a) or a) for k, a in (people or {}).items()
                 if not k.startswith("<")} & set(SIDES)
        nation = home if home in SIDES else (named.pop() if len(named) == 1 else None)
        if not nation and land_side in SIDES and land_side == article_side:
            # none named either: the side whose own land the place is in, when it is the side the article names
            # most ("Officials said Barda was hit again", in a briefing held in Tartar)
            nation = land_side
        if nation and body:
            return _government_body(table, nation, body)
        if nation and (nation, office) in table.by_office:
            return table.by_office[(nation, office)]
        return next(iter(spoke), None) or table.by_office.get((home, office), actor)
    if office in _ON_THE_SPOT_OFFICES and land_side and land_side not in SIDES:
        # "the Interior Ministry said" of a site in Georgia: Georgia's ministry, not that of the side the article
        # names most
        table = load_actors()
        return next((c for c in heard if table.office_of.get(c) == office and table.nation_of.get(c) == land_side),
                    None) or _side_office(table, land_side, office) or table.state_body(land_side, actor) or actor
    if office in _ON_THE_SPOT_OFFICES and (country := land_side) in SIDES:
        # "the provincial rescue service said" of a village in Armenia: Armenia's service, even after the other
        # side's ministry spoke (the police, rescuers, border guards of a place work on their own side only)
        table = load_actors()
        return next((c for c in heard if table.office_of.get(c) == office
                     and table.nation_of.get(c) == country), None) \
            or _side_office(table, country, office) or _side_body(actor, country) or actor
    if office:                              # "prosecutors said", "the emergency service": whose is known
        table = load_actors()
        # "President Ilham Aliyev visited Jabrayil. The president said ...": the one just named comes first
        holders = [c for c in heard if table.office_of.get(c) == office]
        if holders:
            return _land_s_ministry(holders[0], recent_claimant, land_side) or holders[0]
        # the nation of the latest claimant of a known nation: the speaker of the moment's side, among the nations
        # whose office goes by that title ("the Human Rights Defender" is Armenia's or Karabakh's, never Baku's)
        titled = _nations_titled(actor, office)
        nation = next((table.nation_of[c] for c in reversed(seen) if table.nation_of.get(c)
                       and (not titled or table.nation_of[c] in titled)), None)
        if nation and (found := _side_office(table, nation, office)):
            return found
        holders = {a for k, a in (people or {}).items() if not k.startswith("<") and table.office_of.get(a) == office}
        if len(holders) == 1:
            return holders.pop()
        if home and (found := _side_office(table, home, office)):
            return found   # "the Ministry of Defence said", datelined Baku
        body = _side_body(actor, where) if office in _DOMESTIC_OFFICES else None
        if body:
            return body                    # "the police said" of a village in Armenia: Armenia's police
        if office in _DOMESTIC_OFFICES and land_side in SIDES and (found := _side_office(table, land_side, office)):
            return found   # "prosecutors said" of a town on a side's own land, no side heard yet: that side's
        if titled and where in titled and side not in titled and (found := _side_office(table, where, office)):
            return found   # "the Human Rights Defender's office said" of fires in Armenia: Armenia's, though the
                           # article names Azerbaijani soldiers most (a title no body of that side bears)
        if side and (found := _side_office(table, side, office)):
            return found   # no dateline: the side the article is about
    holder = _title_holder(actor, heard, where or land_side) \
        or _monitors_mission(actor, heard) or _governor_heard(actor, heard, people)
    if holder:
        return holder                       # "the ombudsman said", after villagers spoke: the ombudsman named before
    if actor.lower() in ("resolution", "the resolution"):
        # "the resolution says": an assembly's, a council's or a parliament's, the latest such body heard
        adopted = next((c for c in heard if c and any(
            _called(c, noun) for noun in ("assembly", "council", "parliament", "commission"))), None)
        return adopted or last_claimant
    body = _BODY_SUBJECT.fullmatch(actor) or _seated_organisation(actor)
    if body:                                # "the assembly said": a body of that noun heard before, not whoever spoke
        noun = body.group("noun").lower() if "noun" in body.re.groupindex else "organisation"
        named = next((c for c in heard if c and _called(c, noun)), None)
        if named:
            return named
        table = load_actors()
        if noun in ("organisation", "organization"):
            # "the organisation said": the body heard last, not an outlet that reported it in between ("The Red
            # Cross said ... The Voice of America, reporting it, noted ... the organisation said")
            named = next((c for c in heard if c and table.office_of.get(c) != "media"
                          and table.nation_of.get(c) not in SIDES), None)
            if named or table.office_of.get(last_claimant) == "media" \
                    or (not last_claimant and _seated_organisation(actor)):
                return named or actor      # ("The Vienna organisation said", no body before: as written)
        return actor if table.nation_of.get(last_claimant) in SIDES else last_claimant
    if actor.lower() in _OUTLET_PRONOUNS and _named_person(last_claimant):
        # "the agency added" after a person the outlet quoted ("X reported ... according to Y, who heads the
        # department. ..., the agency added"): an agency is no person, so the latest outlet heard, if any
        # (a wire the table does not file counts too: "Reuters reported ... the agency added")
        outlet = next((c for c in heard[1:] if c and c != last_claimant
                       and (_is_outlet(c) or c in _NEWS_ACRONYMS or c in _WIRES)), None)
        if outlet:
            return outlet
    return last_claimant if is_pronoun(actor) else actor


# the bare nouns of a news agency, which never stand for a person (see resolve_pronoun)
_OUTLET_PRONOUNS = {"the agency", "agency", "the same agency"}
# news agencies by a name that is no string of letters, which the actor table does not file
_WIRES = frozenset({"Reuters", "Agence France-Presse", "Xinhua", "Kyodo"})


def _named_person(claimant):
    """Is the claimant a person named by first name and surname, whom the actor table does not file ("Mher
    Hambardzumyan"), or a person the table files under the post they hold ("Azerbaijani presidential aide (Hikmet
    Hajiyev)", "Armenian PM (Nikol Pashinyan)"): no agency either way?"""
    if not claimant:
        return False
    if _PERSON_NAME.fullmatch(claimant) is not None and not canonical_actor(claimant) \
            and not office_in(claimant.lower()):
        return True
    table = load_actors()
    held = _HELD_BY.search(claimant)
    return bool(held) and table.people.get(held.group("name")) == claimant and table.office_of.get(claimant) != "media"


# the person in the brackets of a row named after the one holding its post: "Armenian PM (Nikol Pashinyan)" (not an
# outlet's name written like a person's: "Russian media (Vestnik Kavkaza)")
_HELD_BY = prefilter.compile(r"\((?P<name>[^()]+)\)$")


def _our_ministry(choice, actor, home, side, recent):
    """The writer's own side's ministry for "our (own) defence ministry": the side of the article's dateline
    (``home``), else the side other than the one whose body spoke in the sentence before (``recent``), as a writer
    names the other side's ministry by its nation and their own as "ours", else the side the article names most
    (``side``); None otherwise."""
    office = {"MoD": "defence", "MFA": "foreign"}.get(actor)
    if not office or not _OUR.match(choice):
        return None
    table = load_actors()
    if home not in SIDES:
        home = OTHER_SIDE.get(table.nation_of.get(recent), side)
    return table.by_office.get((home, office)) if home in SIDES else None


_OUR = prefilter.compile(r"(?i)\s*our\s+(?:own\s+)?")


def _ministry_there(choice, actor, recent):
    """The ministry of the side the sentence before spoke of or for (``recent``) for a ministry named without its
    nation but with "there" ("Baku gives a different account. The Defence Ministry there says ..."): "there" is that
    side's capital, whichever side's ministry the article named last; None otherwise."""
    office = {"MoD": "defence", "MFA": "foreign"}.get(actor)
    if not office or not choice.rstrip().endswith(" there"):
        return None
    table = load_actors()
    nation = table.nation_of.get(recent)
    return table.by_office.get((nation, office)) if nation in SIDES else None


def _land_s_ministry(named, recent, land):
    """The ministry of the side whose own land the place is in (``land``, :func:`land_side`), for a ministry named
    without its nation when the one of its office heard last (``named``) is a third country's and was not the
    speaker of the sentence before (``recent``): "The army's engineers blew up old mines in Ganja, the defence
    ministry said", paragraphs after Moscow's ministry spoke, is Azerbaijan's; None otherwise."""
    table = load_actors()
    nation, office = table.nation_of.get(named), ministry_office(named)
    if land not in SIDES or not office or not nation or nation in SIDES or named == recent:
        return None
    return table.by_office.get((land, office))


def _fire_on_own_land(resolved, recent, land, clause):
    """The defence ministry of the side whose own land (``land``) the place is in, when the clause tells of fire
    landing there ("where the defence ministry said rockets had fallen") and the bare ministry was read as the other
    side's, named before the sentence before (``recent``): a side reports fire on its own towns, the other side
    denies it; None otherwise."""
    table = load_actors()
    nation = table.nation_of.get(resolved)
    if land not in SIDES or nation not in SIDES or nation == land or resolved == recent \
            or ministry_office(resolved) != "defence" or not _FIRE_LANDED.search(clause):
        return None
    return table.by_office.get((land, "defence"))


# one side's arms opening fire: "Azerbaijani troops opened fire", "Armenian units had fired on", "Azerbaijan's forces
# shelled"
_SIDE_OPENED_FIRE = prefilter.compile(r"(?i)\b(?P<nation>\w+(?:['’]s)?)\s+(?:armed\s+)?(?:forces|troops|units|soldiers|"
                                      r"servicemen|army|snipers)\s+(?:had\s+|have\s+|has\s+)?(?:again\s+)?"
                                      r"(?:opened\s+fire|fired|shelled|attacked)\b")
# the ministry's own side firing back: its fire is a reply, which it does report
_FIRE_IN_REPLY = prefilter.compile(r"(?i)\b(?:in\s+response|in\s+reply|responded|retaliat\w*|return(?:ed|ing)?\s+fire|"
                                   r"counter-?battery|suppress\w*|neutrali[sz]\w*)\b")


def _own_army_fired(resolved, recent, land, sentence):
    """The defence ministry of the side whose own land (``land``) the place is in, when a ministry named without its
    nation was read as the other side's (``resolved``, named before the sentence before, ``recent``) and the sentence
    tells of that other side's own arms opening fire ("The ministry said Azerbaijani troops opened fire on Armenian
    positions at X", Baku's ministry heard paragraphs before): a side reports the other's fire on it, not its own
    fire on the other, unless as a reply; None otherwise."""
    table = load_actors()
    nation = table.nation_of.get(resolved)
    if land not in SIDES or nation not in SIDES or nation == land or resolved == recent \
            or ministry_office(resolved) != "defence" or _FIRE_IN_REPLY.search(sentence):
        return None
    firing = {NATION_WORDS.get(m.group("nation").lower()) for m in _SIDE_OPENED_FIRE.finditer(sentence)}
    if firing != {nation}:
        return None
    return table.by_office.get((land, "defence"))


# fire that reached a place, or was sent at it: "rockets had fallen", "shells landed", "a missile struck", "three
# missiles were aimed at" (a side tells of fire aimed at its own towns; the other side denies it)
_FIRE_LANDED = prefilter.compile(r"(?i)\b(?:rockets?|shells?|missiles?|projectiles?|mortars?)\s+(?:\w+\s+){0,2}?"
                                 r"(?:fell|fallen|landed|struck|hit|exploded|aimed\s+at)\b")


def _title_holder(actor, claimants, where=""):
    """The claimant a bare title whose office the actor table knows stands for ("the ombudsman" → the ombudsman
    heard last, else the ombudsman of the side whose land the place is in: a
    village of Armenia, a town of Azerbaijan outside Karabakh such as Ganja), or None. Other speakers may have been
    quoted since: the title names its holder, not whoever spoke last."""
    title = _ARTICLE.sub("", actor.lower())
    short = _SHORT_TITLES.get(title)
    office = short or (office_in(title) if title in BARE_TITLES else None)
    if office is None or office == "government":
        return None                        # "the official said": no office of its own, whoever spoke last
    table = load_actors()
    heard = next((c for c in claimants if c and table.office_of.get(c) == office), None)
    if short:
        return heard                       # "the Defender" only after its holder was named in full
    return heard or (_side_office(table, where, office) if where in SIDES else None)


def _governor_heard(actor, heard, people=None):
    """A bare "the governor": the governor heard last, else the one the article named by the title ("the governor of
    X, Karen Sargsyan", ``people``), else an unnamed regional governor (a province's head is local government,
    docs/evaluation.md), never whoever spoke last; None for any other actor."""
    if _ARTICLE.sub("", actor.lower()) != "governor":
        return None
    return next((c for c in heard if c and "governor" in c.lower()), None) or (people or {}).get("governor") \
        or _UNNAMED_GOVERNOR


_UNNAMED_GOVERNOR = "local officials (regional governor)"


# a title's last word alone, standing for the full title named before: "the Defender" after "the Human Rights
# Defender of Armenia", never a title by itself
_SHORT_TITLES = {"defender": "ombudsman"}


def _short_title_s_holder(staff, claimants):
    """The holder named before of a short title whose staff speaks ("the Defender's office" after the Human Rights
    Defender of Armenia spoke: the Defender), or None."""
    title = staff.partition("'s ")[0]
    return _title_holder(title, claimants) if title.lower() in _SHORT_TITLES else None


# one of a mission's monitors, unnamed: "a monitor", "one of the observers", "two monitors"
_MONITOR = prefilter.compile(r"(?i)(?:(?:a|an|one|two|three|several|some|the)\s+)?(?:of\s+the\s+)?(?P<noun>monitor|observer)s?")


def _monitors_mission(actor, claimants):
    """The mission heard before whose member an unnamed monitor is ("a monitor who spoke on condition of anonymity",
    after the EU mission spoke: the mission), or None."""
    m = _MONITOR.fullmatch(actor.strip())
    return next((c for c in claimants if c and _called(c, m.group("noun"))), None) if m else None


@lru_cache(maxsize=1024)
def _called(claimant, noun):
    """Is the claimant a body called by ``noun`` ("assembly" of "Armenian National Assembly", "court" of "ICJ")?"""
    if noun in claimant.lower():
        return True
    return any(noun in alias for alias, c in load_actors().aliases.items() if c == claimant)


# an officer of a nation's forces: he speaks for the body of those forces the article has heard from
_MILITARY_PERSON = prefilter.compile(r"(?i)(?:(?:a|an|the|one)\s+)?(Azerbaijani|Armenian|Russian|Turkish)\s+(?:military\s+|army\s+)?"
                                     r"(?:officer|commander|officers|commanders)")
# a person of a nation named by a bare title: he is that nation's speaker named before
_NATION_TITLE = prefilter.compile(r"(?i)(?:(?:a|an|the)\s+)?(azerbaijani|armenian|russian|turkish|iranian|georgian|"
                                  r"french|american|us)\s+(?:minister|deputy minister|official|diplomat|envoy|ambassador|"
                                  r"spokes(?:man|woman|person)|representative|negotiator|foreign minister|defen[cs]e minister)")
_SPEAKER_FOR = prefilter.compile(r"^(?:(?:a|an|the)\s+)?(?:spokes(?:man|woman|person)|representative|official|officer|source|"
                                 r"press\s+(?:service|office|secretary)|information\s+service)\s+"
                                 r"(?:for|of|from|at|in)\s+(?P<body>.+)$", re.I)


# a society, fund or association by its own name, with a country's in it: "the Azerbaijan Red Crescent Society", "the
# Armenian Relief Fund": no state body, so "an official of" it speaks for it, not for that country's government
_NAMED_SOCIETY = prefilter.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Society|Fund|Foundation|Association|Trust)")


# offices that act only inside their own country: the police of the country a place is in speak of it
_DOMESTIC_OFFICES = {"interior", "emergency", "health", "prosecutor", "investigative"}
# of them, those that work on the spot, on their own side's land only (border guards too, on their side of the
# border): a service named without its side is the place's side's, whoever spoke last (investigators and
# prosecutors also look into what befell the other side's towns: they are the reporting side's)
_ON_THE_SPOT_OFFICES = {"interior", "emergency", "health", "border"}


# a side's own force at work, named by the side's adjective: "Azerbaijani police", "Armenian border guards"
_SIDE_FORCE = prefilter.compile(r"\b(?P<nation>[A-Z][a-z]+)\s+(?:police(?:men)?|border\s+guards|rescuers)\b")


def _office_of_side_force(actor, clause):
    """The side's body for an office on the spot (:data:`_ON_THE_SPOT_OFFICES`) named without its side, when the
    clause it reports names that one side's police, border guards or rescuers at work: "Azerbaijani police kept
    checking lorries near Goris, the Interior Ministry said" is Azerbaijan's ministry, whatever side the place lies
    on; None otherwise."""
    office = _office_without_nation(actor)
    if office not in _ON_THE_SPOT_OFFICES or not any(force in clause for force in ("olice", "uard", "escuer")):
        return None
    sides = {ADJ_COUNTRY.get(m.group("nation").lower()) for m in _SIDE_FORCE.finditer(clause)}
    if len(sides) != 1 or not sides <= set(SIDES):
        return None
    nation = sides.pop()
    return _side_office(load_actors(), nation, office) or _side_body(actor, nation)


@lru_cache(maxsize=256)
def _nations_titled(actor, office):
    """The nations whose body of ``office`` the actor table names with the actor's title ("Human Rights Defender":
    Armenia's, "Artsakh human rights defender"), empty when none does or the title is a single word ("the
    ombudsman": any side's). The title is matched inside the aliases, so a title shared by several sides' bodies
    names all of them."""
    title = _ARTICLE.sub("", actor.lower()).strip()
    if len(title.split()) < 2:
        return frozenset()
    table = load_actors()
    return frozenset(table.nation_of.get(c) for alias, c in table.aliases.items()
                     if title in alias.lower() and table.office_of.get(c) == office and table.nation_of.get(c))


# the offices Karabakh kept on its own land, its police and prosecutors, as a side's are on its land
_KARABAKH_OWN_OFFICES = ("prosecutor", "interior")
# the body placed by the words after it: "the police in Baku said", "the prosecutor's office of Azerbaijan"
_BODY_PLACED_AT = prefilter.compile(r"(?i)\b(?:police|office)\s+(?:in|of)\s+(\w+)")


def _karabakh_s_own_body(actor, choice, mention, seen, sentence=""):
    """A police force or a prosecutor's office named without its side ("the prosecutor general's office said", "the
    police reported") of a place in Karabakh, when the last side body the article heard was Karabakh's: Karabakh's
    own office, not the other side's the table reads the bare name as (a side's police and prosecutors speak of
    places its authorities hold), or ""."""
    place = getattr(mention, "place", None)
    if NATION.search(choice.lower()) or getattr(place, "country", "") != "AZ" or land_side(mention) \
            or getattr(mention, "abroad", False):
        return ""
    table = load_actors()
    office = table.office_of.get(actor) if table.nation_of.get(actor) in SIDES else _office_without_nation(actor)
    if office not in _KARABAKH_OWN_OFFICES:
        return ""
    if any(NATION.search(w.lower()) or w.lower() in CAPITAL_COUNTRY for w in _BODY_PLACED_AT.findall(sentence)):
        return ""                          # "the police in Baku said": the side the words place the body on
    last = next((table.nation_of[c] for c in reversed(seen) if table.nation_of.get(c) in SIDES), None)
    return (_side_office(table, "Karabakh", office) or "") if last == "Karabakh" else ""


def _side_office(table, nation, office):
    """The table's body holding an office for a nation, or None; a side without an investigative committee has
    its crimes investigated by its prosecutors ("according to the investigation", datelined Baku)."""
    found = table.by_office.get((nation, office))
    if not found and office == "investigative":
        found = table.by_office.get((nation, "prosecutor"))
    return found


def _side_body(actor, nation):
    """A side's body the table knows only by its side's government ("the police" → "Armenian government
    (Interior Ministry)"), named without the side, read as that side's; None when it names none."""
    if nation not in SIDES:
        return None
    return canonical_actor(f"{nation} {_ARTICLE.sub('', actor)}")


def _office_without_nation(actor, bare_government=False):
    """The office a claimant names without saying whose it is ("prosecutors" → "prosecutor"), or None.
    A government is named so only by a bare "officials", "the authorities" or "the government"
    (``bare_government``); "local officials" and "officials in Ijevan" are no government's."""
    low = actor.lower()
    if canonical_actor(actor) or NATION.search(low) or low in PRONOUNS or _NAMED_HOLDER.search(actor) \
            or NAMED_PROSECUTOR.search(actor):
        return None
    office = office_in(low)
    if office == "government" and ENVOY.search(low):
        return office                      # "the president's special representative": his government
    if office == "foreign" and _DIPLOMATS.fullmatch(low):
        return None                        # "diplomats said": unnamed diplomats, not a foreign ministry
    if office == "government":
        return office if bare_government and _BARE_GOVERNMENT.match(low) else None
    if office == "media":
        return None                        # "the newspaper Musavat": an outlet of its own, not a side's press
    if office == "transport":
        return None                        # "the transport ministry said", no side named: a body the table lacks,
                                           # its side's government's as before (only a side's own is its row)
    if office == "parliament" and member_named(actor):
        return None                        # "opposition lawmaker Tigran Abrahamyan": that member, named
    return office


# an office holder named by name ("Defence Minister Vazgen Sargsyan", "Minister of Territorial Administration and
# Infrastructure Gnel Sanosyan", an officer by his rank: "police captain Anar Guliyev") is that person, not whoever
# holds such an office elsewhere in the article
_NOT_A_NAME = (r"(?:Ministry|Minister|Service|Agency|Council|Committee|Office|Department|Forces|Army|Guard|Mission|"
               r"Government|Administration|Company|Corporation|Authority|Authorities|President|Premier|Secretary|"
               r"Spokes(?:man|woman|person)|Chairman|Director|Head|Chief|Commander|General|Prosecutor|Mayor|Governor|"
               r"Ambassador|Ombudsman|Affairs|Defen[cs]e|Infrastructure|Security|Emergencies|Interior|Health|"
               r"Situations|Guards?|Troops|Police|Border|Relations|Justice|Economy|Energy|Education|Culture)\b")
_NOT_A_NAME_WORD = prefilter.compile(_NOT_A_NAME)     # a word opening with one: no person's name
_NAMED_HOLDER = prefilter.compile(rf"\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Ss]ecretary|[Cc]hairman|[Dd]irector|[Cc]ommander|"
                                  rf"[Ss]pokes(?:man|woman|person)|[Gg]overnor|[Aa]mbassador|[Cc]aptain|[Ll]ieutenant|"
                                  rf"[Cc]olonel|[Ss]ergeant)\b.*\s(?<!of )(?<!for )(?<!the )"
                                  rf"(?<!and )(?!{_NOT_A_NAME})[A-Z][a-z'’-]+\s+(?!{_NOT_A_NAME})[A-Z][a-z'’-]{{2,}}$")
_DIPLOMATS = prefilter.compile(r"(?:(?:a|the|some|several|two|three|western|foreign)\s+)?diplomats?")
# the government named as a domestic reporter names his own: with the article, nothing else
_THE_GOVERNMENT = prefilter.compile(r"(?i)(?:the\s+)?government")
# ("the same government announced": the government named before, read as a bare "the government" is)
_BARE_GOVERNMENT = prefilter.compile(r"^(?:the\s+)?(?:same\s+)?(?:government|authorities|officials)$")


# a public office or a state's plan named by common nouns: "the environmental monitoring centre", "the energy
# ministry", "the master plan"
# (a body's lower-case name says what it does: "the monitoring centre", "the reconstruction service for Khankendi"; a
# press service speaks for the body it serves)
# (news agencies, refugee and aid agencies, ambulance services are no state's office: "the state news agency", "the
# refugee agency", "the ambulance service")
_PUBLIC_BODY = prefilter.compile(r"(?:the\s+)?(?!(?:[a-z-]+\s+){0,2}(?:news|press|refugees?|un|aid|relief|humanitarian|"
                                 r"ambulance|medical)\s)(?:[a-z-]+\s+){1,3}(?:centre|center|department|inspectorate|ministry|"
                                 r"(?<!press )(?:service|agency|committee))(?:\s+for\s+(?:the\s+)?[A-Z].*)?|"
                                 r"(?:the\s+)?(?:master|general|development|state)\s+plan")
# a body the government says is its own, whatever it does: "the government's humanitarian centre", "the government's
# information office" (a humanitarian or press body of no one's is no state's, see above)
# ("a government working group", "the government task force": a body the government set up, named by its own word;
# also with its remit, "a government working group on transport", "the government task force for the highway", and
# "a government-appointed task force")
_GOVERNMENT_OWN_BODY = prefilter.compile(r"(?:the\s+|an?\s+)?government(?:['’]s|-(?:appointed|led))?\s+(?P<body>(?:[a-z-]+\s+)"
                                         r"{0,3}(?:centre|center|office|headquarters|commission|service|department|committee)|"
                                         r"(?:inter-?agency\s+)?(?:working\s+group|task\s+force))"
                                         r"(?:\s+(?:on|for)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?")


def _government_body(table, nation, body):
    """A side's body named without its side, as its government's: the table's reading of a named body, and the
    words of a body the government calls its own ("the government's humanitarian centre" → "Armenian government
    (humanitarian centre)"), so that "the centre said" later finds it again."""
    own = _GOVERNMENT_OWN_BODY.fullmatch(body)
    government = table.by_office.get((nation, "government"))
    if own and government:
        return f"{government} ({own.group('body')})"
    return _with_member(body, table.state_body(nation, body))


# a body several states run together: it speaks for none of them
_JOINT_BODY = prefilter.compile(r"(?i)\b(?:joint|trilateral|bilateral|multilateral|international|intergovernmental|"
                                r"interstate|multinational)\b")


_MINISTRY_PRONOUNS = {"ministry", "the ministry", "its ministry", "his ministry", "her ministry"}
_PRESIDENTIAL_ADMINISTRATION = "presidential administration"
_ADMINISTRATION_PRONOUNS = {"administration", "the administration"}
_EXECUTIVE_OFFICES = {"president", "presidential administration", "prime minister", "government",
                      "territorial administration"}
_MINISTRY = prefilter.compile(r"\b(?:MoD|MFA|Ministry)\b")


# "a ministry spokeswoman", "the ministry's press service": an office named before, not a new claimant
_UNNAMED_OFFICE = prefilter.compile(r"^(?:the |a |an |its |his |her )?(?P<noun>ministry|committee|department|office|agency|service|"
                                    r"front)(?:['’]s)?\s+(?:spokes(?:man|woman|person)|officials?|press service|representatives?|"
                                    r"sources?|leaders?|(?:deputy |first deputy )?(?:chairman|chairwoman|head|director|chief))$",
                                    re.I)


_UNNAMED_HOLDER = {"presidential office": "presiden", "president's office": "presiden", "presidency": "presiden",
                   "presidential administration": "presiden", "presidential press service": "presiden",
                   "prime minister's office": "prime minister", "government's office": "government",
                   # an aide named by the title alone: "the aide listed", after "Presidential aide X wrote"
                   "aide": "aide", "presidential aide": "aide",
                   # the head's spokesperson, named without the head
                   **{f"{head} {title}": holder for head, holder in (("presidential", "presiden"),
                                                                     ("president's", "presiden"),
                                                                     ("prime minister's", "prime minister"))
                      for title in ("spokesman", "spokeswoman", "spokesperson", "press secretary")}}


_NATION_MINISTRY = prefilter.compile(r"(\w+) ministry", re.I)


def _nation_ministry(owner):
    """Is the owner a side's ministry named by its nation alone ("by the Armenian ministry's account"), read as "the
    Armenian ministry said" is: that side's ministry named before?"""
    m = _NATION_MINISTRY.fullmatch(owner)
    return bool(m and m.group(1).lower() in NATION_WORDS)
# a ministry named by its country's capital alone: "the ministry in Baku"
# (or the capital's or the country's ministry: "Baku's ministry", "Armenia's ministry")
_MINISTRY_IN_CAPITAL = prefilter.compile(r"(?:the\s+)?ministry\s+in\s+([A-Z][a-z]+)|([A-Z][a-z]+)['’]s\s+ministry", re.I)


# a soldier killed or wounded: "a soldier had been killed that night", "two servicemen were wounded"
_SOLDIER_HIT = prefilter.compile(r"\b(?:soldiers?|servicem[ae]n)\b[^.;]{0,40}?\b(?:killed|wounded|injured|died)\b")


# a flag raised over a place, the sign of a town taken: the army's news ("pictures from the ministry in Baku showed the
# flag going up over X")
_FLAG_RAISED = prefilter.compile(r"\bflags?\b[^.;]{0,30}?\b(?:raised|hoisted|planted|going\s+up|went\s+up|goes\s+up)\b|"
                                 r"\b(?:rais|hoist|plant)\w*\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:\w+\s+)?flag\b", re.I)


# a town fallen, the other sign of a town taken told by a ministry named by its capital ("the ministry in Baku
# admitted that X had fallen": the defence ministry's news, as the annotated sets file "the ministry in Baku" 16 times
# in 17); what fell is a place, by its name or its kind, not prices or numbers: "bread prices had fallen in Ganja",
# nor what fell in a place: "temperatures in Ganja fell to minus five"
_TOWN_FALLEN = prefilter.compile(r"(?<!\b[Ii]n )(?<!\b[Aa]t )(?:\b(?!(?:Prices|Rates|Sales|Exports|Imports|Numbers|Figures|"
                                 r"Temperatures|Levels)\b)[A-ZƏÇŞĞÜÖİ][\w'’-]+|"
                                 r"\b(?i:town|village|city|capital|settlement|district|region))\s+"
                                 r"(?:(?:had|has|have)\s+(?:now\s+|already\s+)?fallen\b|"
                                 r"fell\s+(?:to\b|on\b|at\b|in\b|after\b|$))")


_PICTURES_FROM = prefilter.compile(r"^(?:pictures|photos?|photographs|footage|videos?|images)\s+(?:released\s+)?(?:from|by)\s+",
                                   re.I)


def _capital_s_ministry_at_war(choice, resolved, sentence, people):
    """"the ministry in Baku", no ministry of that side named before, falls back to its government; told of the
    war ("Armenian forces were shelling the Aghdam region", "units took the heights") it is the side's defence
    ministry, as the annotated sets file it (a ministry in Moscow telling of a gas line's blast stays the
    government; nor is war told by its aid or its refugees alone: "humanitarian aid was delivered to X", "residents
    fled", with no troops or fire told, are the government's news; and after the article named another ministry of
    that side, "Azerbaijan's Emergency Ministry opened shelters", the ministry is that one)."""
    # (its pictures speak for it: "pictures from the ministry in Baku")
    m = _MINISTRY_IN_CAPITAL.fullmatch(_PICTURES_FROM.sub("", choice, count=1))
    # (and "the ministry" again after it, read back to that government: "The ministry said later that a soldier had
    # been killed that night in the X direction" is the same defence ministry)
    # ("the same ministry" is that ministry again)
    again = not m and _SAME.sub("the ", choice).lower() in _MINISTRY_PRONOUNS
    if again and (_SOLDIER_HIT.search(sentence) or re.search(rf"\bits{_OWN_FORCES}", sentence)):
        pass                               # "a soldier had been killed", "fire reached its positions": war told,
                                           # the defence ministry's news
    elif not (m or again) or (not (WAR_NEWS.search(sentence) and (troops_named(sentence)
                                                                     or home_harm_told(sentence, 0)))
                              and not (m and (_FLAG_RAISED.search(sentence) or _TOWN_FALLEN.search(sentence)))):
        return resolved
    if m:
        seat = (m.group(1) or m.group(2)).lower()
        nation = ADJ_COUNTRY.get(CAPITAL_COUNTRY.get(seat, seat).lower())
    else:
        nation = load_actors().nation_of.get(resolved)
    named_before = (people or {}).get(body_key("ministry"))
    if not nation or resolved != canonical_actor(f"{nation} government") \
            or (named_before and load_actors().nation_of.get(named_before) == nation):
        return resolved
    return load_actors().by_office.get((nation, "defence"), resolved)


def _ministry_named(nation_word, people):
    """The ministry of ``nation_word``'s side the article last named in full, though it had not spoken ("reports rely
    on statements of the Azerbaijani Defence Ministry. ... quoted the Azerbaijani ministry"), or None."""
    named = (people or {}).get(body_key("ministry"), "")
    nation = NATION_WORDS.get(nation_word.lower())
    return named if nation and ministry_office(named) and load_actors().nation_of.get(named) == nation else None


def _counterpart_ministry(nation_word, seen):
    """The ministry of ``nation_word``'s side holding the office of the last side's ministry heard: "the Armenian
    ministry in turn claimed", after Azerbaijan's Defence Ministry spoke, is Armenia's defence ministry; None when
    no side's ministry spoke."""
    table = load_actors()
    nation = NATION_WORDS.get(nation_word.lower())
    heard = next((c for c in reversed(seen) if ministry_office(c) and table.nation_of.get(c) in SIDES), None)
    if not heard or nation not in SIDES:
        return None
    return table.by_office.get((nation, table.office_of.get(heard)))


@lru_cache(maxsize=4096)
def is_pronoun(actor):
    """Does the claimant stand for one named earlier ("it", "the ministry", "a ministry official",
    "its teams")? (Cached: an article asks it of the same few claimants for sentence after sentence.)"""
    actor = _SAME.sub("the ", actor)
    return actor.lower() in PRONOUNS or bool(_UNNAMED_OFFICE.match(actor)) or bool(_ITS_STAFF.match(actor)) \
        or bool(_BODY_SUBJECT.fullmatch(actor)) \
        or bool(_seated_organisation(actor)) \
        or bool(_COMMUNITY_AGAIN.fullmatch(actor))   # "the community said", none named in full: see resolve_pronoun


# an organisation named again by the city it sits in: "the Geneva organisation", "the Vienna-based organisation"
_SEATED_ORGANISATION = prefilter.compile(r"(?:[Tt]he\s+)?(?!The\b)(?P<seat>[A-Z][a-z]+)(?:-based)?\s+organi[sz]ation")


def _seated_organisation(actor):
    """The match of ``actor`` as an organisation named by its seat alone ("the Geneva organisation"), or None (also
    for one named by a nation: "the Armenian organisation" is a body of that side)."""
    seat = _SEATED_ORGANISATION.fullmatch(actor)
    return seat if seat and seat.group("seat").lower() not in NATION_WORDS else None


# "according to the same statement", "that ministry said": the one named before
_SAME = prefilter.compile(r"^(?:the\s+)?(?:same|that|this|said)\s+", re.I)


# a body named by the person heading it: "Mammadov's agency"
_PERSON_S_BODY = prefilter.compile(r"^(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+['’]s\s+(?P<noun>agency|service|committee|mission|team|company)$")
# a named person's office or staff: "Stepanyan's office", "Hajiyev's press service"
_PERSON_S_OFFICE = prefilter.compile(r"^(?:[A-Z][\w'’-]+\s+)?(?P<surname>[A-Z][\w'’-]+)['’]s\s+(?:office|press service|"
                                     r"press office|staff|spokes(?:man|woman|person)|press secretary)$")
# "its spokesman Hunan Tadevosyan": the actor's staff named by name
_ITS_STAFF_NAMED = prefilter.compile(r"^((?:its|their|his|her)\s+(?:spokes(?:man|woman|person)|press secretary|representative|"
                                     r"head|chief|commander))\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")
# an outlet's own reporter, the outlet named before: "its correspondent", "its reporter"
# (where it is posted may follow: "its correspondent in Stepanakert")
_ITS_REPORTER = prefilter.compile(r"(?i)its\s+(?:own\s+)?(?:reporters?|correspondents?)(?:\s+in\s+[\w'’-]+)?")
_BARE_MEDIA = {"media", "the media", "press", "the press"}
# the same reporters again, the outlet told in the sentence before: "APA wrote ... . The reporters also said ..."
_THE_REPORTERS = prefilter.compile(r"(?i)\bthe\s+(?:reporters|correspondents?)\s+(?:[a-z]+\s+)?$")
# an outlet's unnamed reporter, the outlet named by its kind: "the agency's correspondent" tells the agency's piece
_KIND_S_STAFF = prefilter.compile(r"(?i)(?:the\s+)?(?:same\s+)?(?:agency|channel|newspaper|paper|website|site)['’]s\s+"
                                  r"(?:own\s+)?(?:reporter|journalist|correspondent)s?")


def outlet_of_the_reporters(sentence, attribution, recent):
    """The outlet the sentence before was told by (``recent``), when this one's teller is "the reporters" (or "the
    correspondent") with nothing else to name them, or "the agency's correspondent": the same outlet's people; else
    "" (and so when the teller before was no outlet: "APA quoted the ministry as saying ... . According to the
    agency's correspondent, ..." is no ministry's)."""
    if not (recent and recent.lower() not in _BARE_MEDIA and _media_outlet(recent)):
        return ""
    who = attribution.who.strip()
    if who.lower() in ("reporters", "correspondent", "correspondents") \
            and _THE_REPORTERS.search(sentence, 0, attribution.pos):
        return recent
    return recent if _KIND_S_STAFF.fullmatch(who) else ""
# "its teams", "their spokesman", "his press service": people of an actor named before
# (with a word of what they do between: "its crisis experts", "their legal team")
_ITS_STAFF = prefilter.compile(r"^(?:its|his|her|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:teams?|staff|spokes(?:man|woman|person)|"
                               r"commanders?|chief|head|leadership|command|"
                               r"representatives?|officials?|press (?:service|office|secretary)|delegation|experts?|"
                               r"monitors|observers|researchers|mission|statement|office|ministry|department|service|agency)$", re.I)


# public institutions whose unnamed spokesperson or officials speak for the one the article named ("a university
# spokeswoman said", after "Goris State University")
_INSTITUTION_NOUNS = ("university", "hospital", "school", "college", "clinic", "museum", "library", "theatre")
# the head nouns of organisations a later "the <noun>" names again: "the Fund", "the diocese", "the ministry"
_ORG_NOUN = (r"fund|foundation|diocese|ministry|mission|committee|agency|service|council|commission|church|"
             r"department|organi[sz]ation|union|trust|society|association|institute|corporation|company|court|"
             r"parliament|assembly|centre|center|headquarters|front|party|co-chairs|" + r"|".join(_INSTITUTION_NOUNS))
# head nouns that make a body of any name before them ("the Hayastan All-Armenian Fund"); "service", "church" or
# "party" may also be an event or a building ("a Christmas service", "the Gandzasar church"): only a known actor
_OWN_NAME_NOUN = prefilter.compile(r"(?i)fund|foundation|diocese|ministry|committee|agency|council|commission|"
                                   r"organi[sz]ation|association|society|trust|institute|corporation|department|parliament|" +
                                   r"|".join(_INSTITUTION_NOUNS))
# what an organisation is of: "of the Armenian Apostolic Church", "of the Armenian government"; what it is on or
# for, part of its name: "on the Referendum"
_OF_NAME = (r"\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?[A-Z][\w'’-]*)*"
            r"(?:\s+(?:government|authorities|republic|church|army))?")
# an organisation named in full: a capitalised word, up to three more, then its head noun, and what it is of
# ("the Hayastan All-Armenian Fund", "The Armenian foreign ministry", "the Artsakh diocese of the Armenian Apostolic
# Church")
_NAMED_ORG = prefilter.compile(r"(?<![\w'’.-])(?P<mods>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|[a-z][\w'’-]*)){0,3}?)"
                               r"\s+(?P<noun>(?i:" + _ORG_NOUN + r"))\b"
                               r"(?P<of>" + _OF_NAME + ")?")
# an organisation named by its capitalised head noun and what it is of: "the Ministry of Defence of Azerbaijan"
_ORG_OF = prefilter.compile(r"(?<![\w'’.-])(?P<noun>(?=[A-Z])(?i:" + _ORG_NOUN + r"))"
                            r"(?P<of>" + _OF_NAME + ")")
_OF_WORD = prefilter.compile(r"^\s+of\s+(?:the\s+)?")
# a body written in lower case with what it is of: "the ministry of territorial administration" (only a name the
# actor table files word for word counts: "the ministry of defence" is no side's until its nation is told)
_LOWER_BODY_OF = prefilter.compile(r"\b[Tt]he\s+(?P<noun>ministry|committee|agency|service)\s+"
                                   r"(?P<of>(?:of|for)(?:\s+[a-z][\w'’-]*){1,5})")
# ... and the place or nation it is of, written after its name: "the ministry of territorial administration of
# Nagorno-Karabakh", "the ministry of ecology in Yerevan" (that place's body, as the name written in capitals says)
_LOWER_BODY_PLACE = prefilter.compile(r"\s+(?P<prep>of|in)\s+(?:the\s+)?(?P<place>[A-ZƏÇŞĞÜÖİ][\w'’-]*"
                                      r"(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?)")
_NAME_SMALL_WORDS = {"of", "for", "and", "the", "on", "in"}
# a document of the organisation, which a later "the report" names again: "the final report of the OSCE mission"
_DOCUMENT_BEFORE = prefilter.compile(r"(?i)\b(?P<doc>report|statement|letter|study|survey|assessment|findings)\s+"
                                     r"(?:of|by|from)\s+(?:the\s+)?$")
# lower-case words that cannot stand inside a name: a verb ("accused"), a function word ("the", "to")
_NOT_A_MODIFIER = prefilter.compile(r"[a-z]+ed|said|says|told|tells|the|a|an|of|and|or|to|in|on|at|by|for|with|from|its|"
                                    r"their|his|her|this|that|which|who|whose|as|than|but|is|are|was|were|has|have|had")


# a body that kept silent: "had not commented on the report", "declined to comment", "did not respond", "hasn't
# replied", "would not immediately comment", "was not available for comment", "could not be reached"
_SILENT = prefilter.compile(r"\b(?:had|has|have|did|does|do|would|will)(?:\s+not|n['’]t)\s+(?:(?:yet|immediately|publicly)\s+)?"
                            r"(?:comment(?:ed)?|respond(?:ed)?|repl(?:y|ied)|react(?:ed)?)\b|"
                            r"\b(?:declined|refused)\s+to\s+(?:comment|respond|reply)\b|\bcould\s+not\s+be\s+reached\b|"
                            r"\b(?:not|un)\s*available\s+for\s+comment\b")
# a stem each reading of _SILENT holds: a sentence with none of them is passed over without the pattern
_SILENT_STEMS = ("comment", "respond", "repl", "react", "reached")


# the head nouns of _ORG_NOUN as lower-case stems: every match of _NAMED_ORG and _ORG_OF holds one
_ORG_STEMS = tuple(noun.replace("[sz]ation", "") for noun in _ORG_NOUN.split("|"))


def bodies_named(sentence):
    """Head noun → claimant of each organisation the sentence names in full (and of a document named as its), in
    order: what a later "the Fund", "the diocese" or "the report" stands for. A known actor keeps its canonical
    name; another is named as written ("Hayastan All-Armenian Fund", "Artsakh diocese"); an office whose side is not
    named ("the Foreign Ministry of the unrecognised republic") is left to the rules for offices. None from a sentence
    telling that a body kept silent ("The Armenian ministry had not commented"): a later "the ministry said" is
    still the one that spoke."""
    if any(map(sentence.__contains__, _SILENT_STEMS)) and _SILENT.search(sentence):
        return {}
    found = {}
    for m in _COMMUNITY_DOCUMENT.finditer(sentence) if "ommunity" in sentence else ():
        # "a statement by the Azerbaijani community of Shusha": that community, whom a later "the statement says"
        # means (not whoever passed the statement on)
        found[m.group("doc").lower()] = found["community"] = m.group("body")
    for m in _COMMUNITY_ISSUED.finditer(sentence) if "ommunity" in sentence else ():
        # "the Azerbaijani community of Shusha issued a statement": the same community, named as the statement's
        # issuer before it
        found[m.group("doc").lower()] = found["community"] = m.group("body")
    if not has_stem(sentence, _ORG_STEMS):
        return found                       # (speed: no head noun, so neither pattern below can match)
    # (no name before the noun: "In 2006 the Fund", "Baku accused the ministry", "The Commission on ...")
    named = [(m.start(), m.end(), m.group("noun"), mods, m.group("of") or "")
             for m in _NAMED_ORG.finditer(sentence) if (mods := _org_mods(m)) is not None]
    named += [(m.start(), m.end(), m.group("noun"), [], m.group("of")) for m in _ORG_OF.finditer(sentence)
              if not any(n[0] < m.start() < n[1] for n in named)]   # (not "Agency of X" inside "State Agency of X")
    for m in _LOWER_BODY_OF.finditer(sentence):
        # "the ministry of territorial administration said": a body the table files under its name, written all in
        # lower case, is named in full too (the longest run of its words that is one of the table's names)
        words = m.group("of").split()
        n, known = next(((n, a) for n in range(len(words), 1, -1)
                         if (a := load_actors().exactly(f"{m.group('noun')} {' '.join(words[:n])}"))), (0, None))
        # (a place after the name says whose body it is: "... of Nagorno-Karabakh" is Karabakh's, not the table's
        # body of that name; the name with its place as the table reads it in capitals, else no one's)
        place = _LOWER_BODY_PLACE.match(sentence, re.match(r"(?:\S+\s+){%d}\S+" % (n - 1),
                                                           sentence[m.start("of"):]).end() + m.start("of")) \
            if known else None
        if place:
            titled = " ".join(w if w in _NAME_SMALL_WORDS else w.capitalize() for w in [m.group("noun")] + words[:n])
            known = load_actors().lookup(f"{titled} {place.group('prep')} {place.group('place')}")
        if known:
            found[m.group("noun").lower()] = known
    for start, end, noun, mods, of in sorted(named):
        short = " ".join(mods + [noun])
        titled = bool(of) and not _OF_WORD.match(of)
        if titled:
            short, of = short + of, ""     # "the Central Commission on the Referendum": "on ..." is of its name
        known = next((a for a in (normalise_actor(short + of), normalise_actor(short) if mods else "")
                      if canonical_actor(a)), None)
        # a name of its own: words before the noun, or what it is on or for ("the Commission on Border Delimitation")
        own_name = (bool(mods) or titled) and not office_in(short.lower()) and bool(_OWN_NAME_NOUN.fullmatch(noun))
        if not known and not own_name:
            continue                       # an office of no named side; "a Christmas service": no body
        in_full = load_actors().exactly(short + of)
        listed = _LISTED_FIELDS.match(sentence, end) if (of or titled) and not in_full else None
        if listed:
            # a body for several fields, listed after a comma, that the table knows under the whole list: "the State
            # Committee for Family, Women and Children Affairs" (not its first field alone)
            in_full = load_actors().exactly(short + of + listed.group(0))
        if in_full:
            claimant = in_full             # "the International Committee of the Red Cross": ICRC, as the table says
        else:
            claimant = _part_of(short, known or canonical_actor(_OF_WORD.sub("", of)), of) if own_name else known
        found[noun.lower()] = claimant
        document = _DOCUMENT_BEFORE.search(sentence, max(0, start - 30), start)
        if document:
            found[document.group("doc").lower()] = claimant
    return found


# the fields after the first that a body's name lists: ", Women and Children Affairs", ", Science and Sports"
_LISTED_FIELDS = prefilter.compile(r"(?:,\s+[A-Z][\w'’-]*)*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


# a document of a nation's community of a place: "a statement by the Azerbaijani community of Nagorno-Karabakh"
_COMMUNITY_DOCUMENT = prefilter.compile(r"\b(?P<doc>statement|appeal|letter|report)\s+(?:of|by|from)\s+(?:the\s+)?"
                                        r"(?P<body>(?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][\w'’-]*\s+[Cc]ommunity\s+of\s+(?:the\s+)?"
                                        r"[A-Z][\w'’-]*)")

# ... or named as its issuer before it: "the Azerbaijani community of Shusha issued a statement", "the Armenian
# community of X has released an appeal"
_COMMUNITY_ISSUED = prefilter.compile(r"(?P<body>(?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][\w'’-]*\s+[Cc]ommunity\s+of\s+"
                                      r"(?:the\s+)?[A-Z][\w'’-]*)\s+"
                                      r"(?:has\s+|have\s+|had\s+)?(?:issued|released|published|adopted|sent|made|put\s+out)\s+"
                                      r"(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?P<doc>statement|appeal|letter|report)\b")

# a human rights organisation known by a name that says so: "Human Rights Watch", "Helsinki Watch", "Amnesty
# International" (a later "the rights group" or "the watchdog" is that one)
_RIGHTS_GROUP_NAME = prefilter.compile(r"\b(?:(?:[A-Z][\w'’-]*\s+){0,3}(?:Rights|Watch)\b(?:\s+[A-Z][\w'’-]*){0,2}|Amnesty\s+International)")


# a rights group named again by the bare noun: "The group also said" (only after one was named: see
# rights_groups_named)
_GROUP_AGAIN = prefilter.compile(r"(?i)(?:the\s+)?group")
# a body with "Group" in its name: "the International Crisis Group", "the OSCE Minsk Group"
_NAMED_GROUP = prefilter.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,3}Group\b")
# a group other than a rights group told of: "a group of farmers", "an armed group", "another group"
_ANOTHER_GROUP = prefilter.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome)\s+(?!rights\s)(?:[\w-]+\s+){0,2}?group\b")


# a watchdog or rights group the sentence names by its kind, with its name after it or of another kind: "the press
# watchdog Reporters Without Borders", "the rights group Institute for Peace and Democracy", "the nuclear watchdog"
_WATCHDOG_NAMED = prefilter.compile(r"\b(?P<noun>watchdog|rights\s+group),?\s+(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)"
                                    r"|\b(?!(?:the|a|an|rights)\b)(?-i:[a-z])[\w-]*\s+(?P<other>watchdog)\b", re.I)


def rights_groups_named(sentence):
    """Head noun → claimant of a human rights organisation the sentence names and the actor table knows: what a later
    "the rights group" or "the watchdog" stands for; "" for a noun the sentence gives to another one ("the press
    watchdog Reporters Without Borders"), which no longer means the one named before."""
    found, groups = {}, []
    for m in _RIGHTS_GROUP_NAME.finditer(sentence) if ("Rights" in sentence or "Watch" in sentence
                                                        or "Amnesty" in sentence) else ():
        actor = canonical_actor(m.group(0))
        if actor:
            found = {"rights group": actor, "watchdog": actor}
            groups.append((m.start(), actor))
    if "roup" in sentence:
        # "the group" further on is also a body with "Group" in its name ("the International Crisis Group", "the
        # OSCE Minsk Group co-chairs"), and no longer the one named before once another group is told of ("a group
        # of farmers", "an armed group"): the latest in the sentence
        groups += [(m.start(), canonical_actor(name) or name) for m in _NAMED_GROUP.finditer(sentence)
                   if (name := re.sub(r"^The\s+", "", m.group(0)))]
        groups += [(m.start(), "") for m in _ANOTHER_GROUP.finditer(sentence)]
    if groups:
        found["group"] = max(groups)[1]
    for m in _WATCHDOG_NAMED.finditer(sentence) if ("watchdog" in sentence or "rights group" in sentence) else ():
        if m.group("other"):
            found["watchdog"] = ""
        else:
            actor = canonical_actor(m.group("name"))
            found[" ".join(m.group("noun").lower().split())] = actor if actor and actor in found.values() else ""
    return found


# a line naming who put out the document the article reads: "PUBLISHED BY: Human Rights Watch, New York, 1992",
# "Issued by: the Ministry of Health" (up to a comma, a bracket or the line's end)
_PUBLISHED_BY = prefilter.compile(r"(?i:published|issued|released|compiled)\s+(?i:by)\s*:?\s+(?P<who>[^,;()\n]{2,80}?)\s*"
                                  r"(?:[,;(]|$)")
_PUBLISHER_LINE = prefilter.compile(r"\s*(?:PUBLISHED|Published|ISSUED|Issued|RELEASED|Released|COMPILED|Compiled)\s+(?:BY|by)\b")


def published_by(sentence):
    """The known body a line opening with "Published by" (or "Issued by", ...) names as the publisher of the
    document an article sums up, or "": a later "the report says" is that body's claim."""
    if not _PUBLISHER_LINE.match(sentence):
        return ""
    m = _PUBLISHED_BY.search(sentence)
    # a line of its own: "BY:" with its colon, a heading without a full stop, or the body's name alone; not a
    # sentence opening with the words ("Released by Azerbaijan, the soldiers flew home": prisoners, no document)
    if m and ":" not in sentence[m.start():m.start("who")] and sentence.rstrip()[-1:] in ".!?" \
            and sentence[m.end("who"):].strip(" .!?"):
        return ""
    who = canonical_actor(normalise_actor(m.group("who").strip())) if m else None
    return who or ""


# a media outlet named with its kind ("the Aravot newspaper reported", "told the Haykakan Zhamanak daily"), or without
# it as the one a speaker told something to ("told PanARMENIAN.Net")
_OUTLET_NAME = r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
# (a broadcaster's medium may stand before its kind: "the Western Armenia television channel")
_OUTLET_OF_KIND = prefilter.compile(r"\b" + _OUTLET_NAME + r"\s+(?:news\s+|television\s+|TV\s+)?(?P<noun>" + "|".join(_OUTLET_NOUNS) + r")\b")
_OUTLET_NOUN_WORD = prefilter.compile(r"\b(?:" + "|".join(_OUTLET_NOUNS) + r")\b")
# (the outlet may be told by telephone: "told the Associated Press by telephone that")
_TOLD_OUTLET = prefilter.compile(r"\btold\s+(?:the\s+)?" + _OUTLET_NAME + r"(?=\s*(?:[,.;]|$|\s+(?:that|on|in)\b|"
                                 r"\s+(?:by|over\s+the)\s+(?:tele)?phone\b))")
_DOMAIN = prefilter.compile(r"(?i)\.(?:net|com|am|az|ru|ge|org|info)$")
# a web address opening a sentence, a verb after it: "Trend.az marked the day"
_ADDRESS_SUBJECT = prefilter.compile(r"(?P<name>(?-i:[A-Z])[\w-]*\.(?:az|am|ru|ge|com|net|info))\s+(?:also\s+)?[a-z]+ed\b")
_OUTLET_TELLS = prefilter.compile(r"\b" + _OUTLET_NAME + r",?\s+(?:(?:also|later|then|first)\s+)?(?:wrote|writes|reported|"
                                  r"reports|said|says|carried|carries|published|publishes|ran|runs)\b")
# an outlet named by its name as the one passing on a speaker's words or hearing them: "Armenpress quoted rescuer X as
# saying", "told Armenpress the road was shut", "in an interview with Armenpress"
# (not one citing a body: "Azernews, citing the ministry, wrote" is the outlet's own report, read as such)
_OUTLET_RELAYS_SPEAKER = prefilter.compile(r"\b" + _OUTLET_NAME + r",?\s+(?:(?:also|later|then|first)\s+)?(?:quoted|quotes|"
                                           r"interviewed|interviews)\b|"
                                           r"\b(?:told|interview\s+(?:with|to))\s+(?:the\s+)?" + _OUTLET_NAME.replace("name", "name2")
                                           + r"(?=\s+(?-i:[a-z]))")
# an outlet named by its name alone as the one relaying the press: "according to Report, which cited Armenian media",
# "according to Oxu, citing local sources" (a body that relays the media or unnamed sources is an outlet)
# an opinion piece of an outlet named with it: "a column in Today.az", "an op-ed for Azatutyun", "Today.az's editorial",
# "Today.az ran a column": "the column" further on is that outlet's
_PIECE_NOUNS = ("column", "editorial", "op-ed", "commentary")
_OUTLET_PIECE = prefilter.compile(r"\b(?P<piece>" + "|".join(_PIECE_NOUNS) + r")\s+(?:[\w'’-]+\s+){0,3}?(?:in|for|on)\s+(?:the\s+)?"
                                  + _OUTLET_NAME + r"|\b" + _OUTLET_NAME.replace("name", "name2") + r"(?:['’]s|\s+(?:ran|carried|"
                                  r"published|printed|runs|carries|publishes|prints))\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?"
                                  r"(?P<piece2>" + "|".join(_PIECE_NOUNS) + r")\b")
_RELAYING_WORDS = ("quot", "told", "interview")     # (one is in every _OUTLET_RELAYS_SPEAKER match)
_RELAYING_OUTLET = prefilter.compile(r"\b[Aa]ccording\s+to\s+" + _OUTLET_NAME + r",\s+(?:which\s+(?:cited|quoted)|citing|"
                                     r"quoting)\s+(?:[\w-]+\s+){0,2}?(?:media|press|sources|reports|newspapers|outlets)\b")


# an outlet named after its kind, maybe with no row of its own in the actor table: "the Tbilisi-based outlet JAMnews",
# "the local channel Kapan TV", "the Yerevan weekly Ararat Post" (at most two words of description between)
# (or set off by commas, a number maybe ending it: "a Telegram channel, Bagramyan 26, says")
_KIND_THEN_OUTLET = prefilter.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(_OUTLET_NOUNS) + r")\s+"
                                      r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})|"
                                      # (not the outlet a clause is told on or to: "According to the channel, X, Y
                                      # and Z were shelled")
                                      r"(?<!\b[Tt]o )(?<!\b[Oo]n )(?<!\b[Ii]n )(?<!\b[Oo]f )(?<!\b[Bb]y )(?<!\b[Aa]t )(?<!\b[Ff]or )(?<!\b[Ww]ith )"
                                      r"(?<!\b[Ff]rom )(?<!\b[Vv]ia )(?<!\b[Aa]bout )"
                                      r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?P<noun2>" + "|".join(_OUTLET_NOUNS) + r"),\s+"
                                      r"(?P<name2>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:\s+\d+)?)(?=,)")


# a radio named as such: "Armenian Public Radio", "Public Radio of Armenia", "Radio Van" (capitalised words only)
_RADIO_NAMED = prefilter.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,3}Radio\b(?:\s+of\s+[A-Z][\w'’-]*)?|\bRadio\s+[A-Z][\w'’-]*")
# a television named as such: "AzTV", "Ictimai TV", "Public Television of Armenia" (capitalised words only)
# (not a closed-circuit camera: "CCTV footage from the checkpoint")
_TV_NAMED = prefilter.compile(r"\b(?!CCTV\s+(?:footage|cameras?|images?|videos?|recordings?|systems?|stills?)\b)[A-Z][A-Za-z]*TV\b|"
                              r"\b(?:[A-Z][\w'’-]*\s+){1,3}(?:TV|Television)\b(?:\s+of\s+[A-Z][\w'’-]*)?")
# an owner named before the television: "the Defence Ministry's Zvezda TV" is Zvezda TV
_OWNER_BEFORE = prefilter.compile(r"^.*['’]s\s+")


def _media_outlet(name):
    """The media claimant the table reads ``name`` as (a web outlet also without its domain ending), or None."""
    name = name.rstrip(".")
    outlet = canonical_actor(name) or canonical_actor(_DOMAIN.sub("", name))
    return outlet if outlet and load_actors().office_of.get(outlet) == "media" else None


# a web address and then the clause it tells, with no comma between: "razm.info the road was cut"
_ADDRESS_THEN_CLAUSE = prefilter.compile(r"(?P<address>" + _WEB_ADDRESS + r")\s+(?=(?:the|a|an|its|their)\s)")


def web_outlet(claimant):
    """Is the claimant a web outlet named by its address in lower case ("razm.info"), which the table does not know?
    A later "the same account" or "the same piece" is its report."""
    return bool(claimant) and re.fullmatch(_WEB_ADDRESS, claimant) is not None and not canonical_actor(claimant)


def media_outlet(claimant):
    """Is the claimant a media outlet, as the actors table reads it ("Trend": Azerbaijani media)?"""
    return _media_outlet(claimant) is not None


def _outlet_named_before(name, people):
    """Is ``name`` (capitalised, a word that alone would stand for one named before: "Report" as "the report") the
    outlet the article named before by its kind or as relaying the press ("the Azerbaijani agency Report", "according
    to Report, which cited ...")? Its bare name then is that outlet. (A body's full name, "the Land Transport Agency",
    is left to the rules for bodies.)"""
    return bool(people) and name[:1].isupper() and is_pronoun(name) \
        and any(people.get(body_key(noun)) == name for noun in _OUTLET_NOUNS)


# a source cited by a bare capitalised word, no article before it, mid-sentence: "according to Report" (the word
# is a name there, as "according to the report" or a sentence's first word "Report said" need not be)
_ACCORDING_TO_NAME = prefilter.compile(r"[Aa]ccording\s+to\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\.\w[\w-]*)*)(?![\w'’])")


# ... or a teller another speaker relays, by a bare capitalised word mid-sentence: "Aygun said Report had written
# yesterday that" (a report inside a report, _TELLER_BETWEEN: the word is the inner teller's name)
_RELAYED_BARE_NAME = prefilter.compile(r"\b(?:said|says|added|adds)\s+(?:that\s+)?(?P<name>(?-i:[A-Z])[\w-]*)\s+"
                                       r"(?:(?:had|has|have)\s+)?$")


def _cited_by_bare_name(actor, who, sentence, pos):
    """Is ``who``, a capitalised word that alone would stand for one named before ("Report"), cited by its bare name
    at ``pos`` ("according to Report"), or relayed by a speaker before its verb at ``pos`` ("Aygun said Report had
    written that")? It is then an outlet's name, not a body heard before."""
    cited = _ACCORDING_TO_NAME.match(sentence, pos) or _RELAYED_BARE_NAME.search(sentence, max(0, pos - 60), pos)
    return bool(cited) and actor == who.strip() == cited.group("name") and is_pronoun(actor)


def outlets_named(sentence):
    """Head noun → claimant of each media outlet the sentence names: what a later "the same daily" or "the agency
    recalled" stands for, rather than a speaker who told it something. An outlet named without its kind ("told
    PanARMENIAN.Net") stands for any outlet's noun."""
    found = {}
    for m in _TOLD_OUTLET.finditer(sentence) if "told " in sentence else ():
        outlet = _media_outlet(m.group("name"))
        if outlet:
            # (not the noun the teller was named by: "the mine agency ANAMA told News.az ... the agency said" is
            # ANAMA again)
            teller = set(_OUTLET_NOUN_WORD.findall(sentence, max(0, m.start() - 60), m.start()))
            found.update((noun, outlet) for noun in _OUTLET_NOUNS if noun not in teller)
    by_home = set()    # nouns read from a town's or a nation's word alone ("the Baku weekly"), which the outlet's
                       # own name after them overrides ("the Baku weekly Region Plus" is Region Plus)
    for m in _OUTLET_OF_KIND.finditer(sentence) if any(map(sentence.__contains__, _OUTLET_NOUNS)) else ():
        if sentence[:m.start()].lower().endswith("same "):
            continue                       # "the same American paper": one heard before, named no new way
        outlet = _media_outlet(m.group("name")) or _media_outlet(m.group(0))
        if not outlet:
            outlet = _national_outlet(m.group(0))   # or "the Emirati agency"
            if outlet:
                by_home.add(m.group("noun"))
        if outlet:
            found[m.group("noun")] = outlet
    for m in _KIND_THEN_OUTLET.finditer(sentence) if any(map(sentence.__contains__, _OUTLET_NOUNS)) else ():
        name, noun = (m.group("name") or m.group("name2")).rstrip("."), m.group("noun") or m.group("noun2")
        if (noun in found and noun not in by_home) or _OWNER_DAY.fullmatch(name) \
                or name.lower() in NATION_ADJECTIVES or name == "I":
            continue   # (nor a nation's adjective or "I": "told the agency Azerbaijani forces had",
                       # "the channel I trust")
        outlet = _media_outlet(name)
        if outlet or not canonical_actor(name):   # (a known body that is no outlet, "the mine agency ANAMA", is
            found[noun] = outlet or name          # left to the rules for bodies)
    # a web outlet named by its kind and its address in lower case ("the Armenian site razm.info dates ..."): "the
    # site" or "the same site" further on is that one, whether or not it was heard as a claimant there
    for m in _NAMED_SITE.finditer(sentence) if "site" in sentence or "portal" in sentence else ():
        if web_outlet(m.group("name")):
            found.update((noun, m.group("name")) for noun in ("site", "website", "portal"))
    # an outlet named by its name alone as the one that wrote or reported ("Azernews wrote, citing the ministry,
    # ...", "Today.az carried a report"): "the outlet" or "the same outlet" further on is that one, whatever it cited
    # ("outlet" is a word about media, which no other body is called)
    for m in _OUTLET_TELLS.finditer(sentence) if "outlet" not in found else ():
        outlet = _media_outlet(m.group("name"))
        if outlet:
            found["outlet"] = outlet
    # ... and one told as relaying the press ("according to Report, which cited Armenian media"): "the same agency"
    # further on is that one, whatever its kind (a known body that is no outlet is left to the rules for bodies)
    for m in _RELAYING_OUTLET.finditer(sentence) if "ccording to" in sentence else ():
        name = m.group("name")
        outlet = _media_outlet(name) or (name if not canonical_actor(name) and name.lower() not in NATION_ADJECTIVES
                                         else None)
        for noun in _OUTLET_NOUNS if outlet else ():
            found.setdefault(noun, outlet)
    # an outlet the table knows by its web address, opening the sentence as its subject whatever it did ("Trend.az
    # marked the day with a portrait"): "the site" or "the outlet" further on is that one
    address = _ADDRESS_SUBJECT.match(sentence)
    outlet = address and _media_outlet(address.group("name"))
    if outlet:
        for noun in ("site", "website", "portal", "outlet"):
            found.setdefault(noun, outlet)
    # ... and one that quoted or heard a speaker ("Armenpress quoted rescuer X as saying ...", "X told Armenpress the
    # road was shut"): "the same agency", "the same outlet" further on is that outlet, not the speaker it quoted (not
    # the noun a teller before it was named by: "the mine agency ANAMA told Armenpress ..., the agency said")
    for m in _OUTLET_RELAYS_SPEAKER.finditer(sentence) if any(map(sentence.__contains__, _RELAYING_WORDS)) else ():
        outlet = _media_outlet(m.group("name") or m.group("name2"))
        teller = set(_OUTLET_NOUN_WORD.findall(sentence, max(0, m.start() - 60), m.start()))
        for noun in _OUTLET_NOUNS if outlet else ():
            if noun not in teller:
                found.setdefault(noun, outlet)
    # an outlet's opinion piece ("a column in Today.az argued"): "the column" further on is that outlet's
    for m in _OUTLET_PIECE.finditer(sentence) if any(map(sentence.__contains__, _PIECE_NOUNS)) else ():
        outlet = _media_outlet(m.group("name") or m.group("name2"))
        if outlet:
            found[(m.group("piece") or m.group("piece2")).lower()] = outlet
    # a broadcaster whose name says it is a radio ("Armenian Public Radio", "Radio Van") is "the radio" further on,
    # as a channel is "the channel"
    for m in _RADIO_NAMED.finditer(sentence) if "Radio" in sentence else ():
        found.setdefault("radio", _media_outlet(m.group(0)) or m.group(0))
    # ... and a television whose name says it is one ("AzTV", "Ictimai TV") is "the channel" further on
    for m in _TV_NAMED.finditer(sentence) if "TV" in sentence or "Television" in sentence else ():
        found.setdefault("channel", _media_outlet(m.group(0)) or _OWNER_BEFORE.sub("", m.group(0)))
    # a website is "the site" further on ("the website X published ... . The site said"), as a site is "the website"
    for noun, same in (("website", "site"), ("site", "website")):
        if noun in found:
            found.setdefault(same, found[noun])
    return found


def other_side_bodies(bodies, claimant, seen):
    """The head nouns of ``bodies`` (see :func:`bodies_named`) that name the other side's body when the sentence's
    ``claimant`` speaks for a side that has itself spoken through such a body (``seen``: the claimants so far).
    "The Armenian Defence Ministry's spokeswoman called it a lie. ..., according to the Azerbaijani side. Armenian
    forces were shelling X, the ministry said", in a report where Azerbaijan's defence ministry spoke before: the
    ministry is Azerbaijan's again; with no ministry of its own before, "the ministry" stays the one named."""
    table = load_actors()

    def side(name):
        return table.nation_of.get(table.government_of(name) or name) if name else None

    speaking = side(claimant)
    if speaking not in SIDES:
        return []
    others = [noun for noun, body in bodies.items() if (its := side(body)) in SIDES and its != speaking]
    if not others:                         # (speed: the claimants so far are read only when a body is the other's)
        return []
    own = [c for c in dict.fromkeys(seen) if side(c) == speaking]
    return [noun for noun in others if any(_is_a(c, noun, table) for c in own)]


_MINISTRY_OFFICES = {"foreign", "defence", "interior", "health", "emergency", "transport",
                     "territorial administration"}


def _is_a(claimant, noun, table):
    """Is the claimant a body of that head noun ("Azerbaijani MoD" a ministry, "... (State Border Service)" a
    service)?"""
    if noun == "ministry" and table.office_of.get(claimant) in _MINISTRY_OFFICES:
        return True
    return noun in claimant.lower()


def _part_of(short, whole, of):
    """The claimant of a body with a name of its own inside a known one: "Armenian Church (Syunik diocese)" for
    "the Syunik diocese of the Armenian Apostolic Church", as the table names a side's bodies; the known actor when
    its name already says which body ("Azerbaijani government (State Agency of Azerbaijan Automobile Roads)"); the
    name alone when it is part of nothing known ("Hayastan All-Armenian Fund")."""
    if not whole or not of:
        return whole or short
    own_words = [w for w in short.split()[:-1]
                 if not (w.lower().endswith(("'s", "’s")) and NATION.fullmatch(w.lower().replace("’", "'")))]
    if not own_words or short.lower() in whole.lower() or "(" in whole:
        return whole                       # "Azerbaijan's Ministry of Foreign Affairs": the MFA, no part of it
    return f"{whole} ({short})"


def _org_mods(match):
    """The words naming an organisation before its head noun, without the article ("Hayastan All-Armenian"), or
    None when they are no name: no capitalised word, or a verb or function word among them. The name is the words
    after the sentence's own words that run into it: "According to the State Agency of X" names the State Agency."""
    mods = match.group("mods").split()
    cut = [i for i, w in enumerate(mods) if w.islower() and _NOT_A_MODIFIER.fullmatch(w)]
    if cut and cut[-1] + 1 < len(mods) and mods[cut[-1] + 1][:1].isupper() and mods[cut[-1]] in ("the", "a", "an"):
        mods = mods[cut[-1] + 1:]          # (the name opens after an article: "told the State Agency")
    if mods[0].lower() in ("the", "a", "an"):
        mods = mods[1:]
    if not mods or not mods[0][:1].isupper() or any(w.islower() and _NOT_A_MODIFIER.fullmatch(w) for w in mods):
        return None
    return mods


# an organisation or a document named again by its head noun alone, or its people: "the Fund", "the diocese", "the
# report", "officials of the Fund"
_BODY_AGAIN = prefilter.compile(r"(?i)(?:(?:officials?|representatives?|spokes(?:man|woman|person)|staff|members|sources?)\s+"
                                r"(?:of|from|at|for)\s+)?(?:(?:the|this|that)\s+)?(?P<noun>" + _ORG_NOUN + r"|contingent|report|statement|"
                                r"letter|study|survey|assessment|findings|rights\s+group|watchdog|airline|"
                                + "|".join(_OUTLET_NOUNS + _PIECE_NOUNS) + r")"
                                r"(?:['’]s?\s+(?:team|staff|office|press\s+(?:service|office)))?")


# a company named after its trade: "the distributor Armgaz", "the state operator Caspian Rail"
_COMPANY_TRADES = ("distributor", "operator", "supplier", "utility", "carrier", "producer", "exporter", "importer",
                   "monopoly", "company", "firm")
_COMPANY_BY_TRADE = prefilter.compile(r"\b(?:" + "|".join(_COMPANY_TRADES) + r")\s+"
                                      r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
# a speaker named only as some body's voice, the body unsaid: "A spokeswoman said"
_UNNAMED_SPOKESPERSON = prefilter.compile(r"(?i)an?\s+spokes(?:man|woman|person)")


def company_named(sentence):
    """The last company the sentence names after its trade ("the distributor Armgaz"), or ""."""
    if not any(map(sentence.__contains__, _COMPANY_TRADES)):
        return ""                          # (a quick test first, for speed: every match holds one of the trades)
    found = _COMPANY_BY_TRADE.findall(sentence)
    return found[-1] if found else ""


# a company set beside its trade by commas: "the operator, GeoProMining, said", "GeoProMining, the operator, said"
_COMPANY_BESIDE_TRADE = prefilter.compile(r"\b(?:operator|company|firm|distributor|carrier)\s*,\s+(?P<after>[A-Z][\w'’-]+"
                                          r"(?:\s+[A-Z][\w'’-]+){0,3})\s*,|"
                                          r"\b(?P<before>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+the\s+(?:mine\s+)?"
                                          r"(?:operator|company|firm|distributor|carrier)\s*,")


def companies_named(sentence):
    """"company" → the company the sentence names after or beside its trade ("the operator GeoProMining",
    "GeoProMining, the operator,"), when it names one: what a later "the company said" stands for; else {}."""
    if not any(map(sentence.__contains__, _COMPANY_TRADES)):
        return {}                          # (a quick test first, for speed)
    found = {m.group("name") for m in _COMPANY_BY_TRADE.finditer(sentence)}
    found |= {m.group("after") or m.group("before") for m in _COMPANY_BESIDE_TRADE.finditer(sentence)}
    found = {name for name in found if not canonical_actor(name) and name.split()[0] not in ("The", "A", "An")}
    return {"company": found.pop()} if len(found) == 1 else {}


# an airline named by its name ("Azerbaijan Airlines", "Armenia Airways", "Azerbaijan Airlines (AZAL)"): what a later
# "the airline", "the airline's press service" or "citing the airline" stands for (the name only, not a capitalised
# word opening the sentence before it: "Yesterday Armenia Airways", "On Monday Azerbaijan Airlines")
_NOT_AIRLINE_WORD = (r"(?!(?:The|A|An|On|In|At|By|For|From|Since|After|Before|Until|Yesterday|Today|Tonight|Earlier|Later|"
                     r"Meanwhile|Also|But|And|Then|Now|When|While|Last|This|Next|Monday|Tuesday|Wednesday|Thursday|"
                     r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                     r"November|December)\b)")
_AIRLINE_NAMED = prefilter.compile(r"\b(?P<name>(?:" + _NOT_AIRLINE_WORD + r"[A-Z][\w'’-]*\s+){1,3}(?:Airlines|Airways|Air\s+Lines))\b")


def airlines_named(sentence):
    """{"airline": claimant} for the one airline the sentence names (the table's actor, else as written), or {}."""
    if "Air" not in sentence:
        return {}                          # (speed: no airline's name)
    found = {canonical_actor(m.group("name")) or m.group("name") for m in _AIRLINE_NAMED.finditer(sentence)
             if m.group("name").split()[0] not in ("The", "A", "An")}
    return {"airline": found.pop()} if len(found) == 1 else {}


def spokesperson_of(attribution, company):
    """``attribution`` given to ``company`` when its speaker is a bare "a spokeswoman" and a company was just named:
    the company's spokeswoman, speaking for it."""
    if company and _UNNAMED_SPOKESPERSON.fullmatch(attribution.who.strip()):
        return attribution._replace(who=company)
    return attribution


# peacekeepers named by their nation, as a body or not ("under Russian peacekeeper escort"): what a bare "the
# contingent" of the same or a later sentence stands for, when no contingent was named in full
_PEACEKEEPERS_NAMED = prefilter.compile(r"\b(?P<nation>[A-Z][a-z]+)\s+peacekeep(?:ers?|ing)\b")


def peacekeepers_named(sentence):
    """{"contingent": claimant} for the last nation's peacekeepers the sentence names, or {}."""
    if "peacekeep" not in sentence:
        return {}
    found = {}
    for m in _PEACEKEEPERS_NAMED.finditer(sentence):
        actor = canonical_actor(f"{m.group('nation')} peacekeepers")
        if actor:
            found["contingent"] = actor
    return found


# a body named by its kind and its seat: "the emergency service in Stepanakert", "the rescue service of Karabakh"
_SEATED_NOUNS = ("service", "agency", "department", "committee", "inspectorate")
_SEATED_BODY = prefilter.compile(r"\b[a-z]+\s+(?P<noun>" + "|".join(_SEATED_NOUNS) + r")\s+(?:in|of)\s+[A-Z][\w'’-]+")


def seated_bodies(sentence):
    """{noun: claimant} for a body the sentence names by its kind and seat, which its "the service said" further on
    means ("rescuers of the emergency service in Stepanakert searched X, the service said": Karabakh's service), when
    the table knows that kind of office there; {} otherwise."""
    if not any(map(sentence.__contains__, _SEATED_NOUNS)):
        return {}                          # (speed: no such noun, nothing to read)
    found = {}
    for m in _SEATED_BODY.finditer(sentence):
        actor = canonical_actor(m.group(0)) if office_in(m.group(0).lower()) else None
        if actor:
            found[m.group("noun")] = actor
    return found


# a body named with its kind in apposition: "ANAMA, the national mine action agency, ..."
_BODY_IN_APPOSITION = prefilter.compile(r"\b(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?),\s+(?:the|its|a)\s+"
                                        r"(?:[a-z-]+\s+){0,4}?(?P<noun>" + "|".join(_SEATED_NOUNS) + r")\s*,")


def bodies_in_apposition(sentence):
    """{noun: claimant} for a state body the sentence names with its kind after it ("specialists of ANAMA, the
    national mine action agency, started ..."): a later "the agency said" is that body, not a news agency that
    reported the sentence. The apposition closes with a comma: "in various parts of Azerbaijan, the service said" is
    the service speaking after a place. Outlets, countries and names the table does not know are left to the other
    rules."""
    if not any(map(sentence.__contains__, _SEATED_NOUNS)):
        return {}                          # (speed: no such noun, nothing to read)
    found = {}
    for m in _BODY_IN_APPOSITION.finditer(sentence):
        actor = canonical_actor(m.group("name"))
        if actor and not media_outlet(m.group("name")) and m.group("name").lower() not in ADJ_COUNTRY \
                and m.group("name").lower() not in CAPITAL_COUNTRY:
            found[m.group("noun")] = actor
    return found


def body_key(noun):
    """The key under which ``people`` keeps the body the article last named in full with that head noun: apart
    from the people's names and roles, so "the foreign ministry" is never read as "the ministry" named before."""
    return f"<{noun}>"


# an organisation's staff named by its noun before the role: "a university spokeswoman", "hospital officials",
# "committee staff" (the committee named before)
_INSTITUTION_STAFF = prefilter.compile(r"(?i)(?:(?:a|an|the|one)\s+)?(?P<noun>" + _ORG_NOUN + r")\s+"
                                       r"(?:spokes(?:man|woman|person)|officials?|representatives?|press\s+office|staff)")


def body_again(phrase, people):
    """The organisation a bare "the Fund" or "a university spokeswoman" names again, as the article last named it in
    full (``people``: :func:`body_key` of a head noun → claimant, kept up to date sentence by sentence), or None."""
    m = _BODY_AGAIN.fullmatch(phrase.strip()) or _INSTITUTION_STAFF.fullmatch(phrase.strip())
    if not m and _COMMUNITY_AGAIN.fullmatch(phrase.strip()):
        return people.get(body_key("community"))   # "the community says", after its statement (none: as before)
    return people.get(body_key(m.group("noun").lower())) if m else None


# a community named again by its noun alone: "the community" (the one whose statement was named in full before; a
# village's people named so stay as they were read)
_COMMUNITY_AGAIN = prefilter.compile(r"(?i)(?:the\s+)?community")


# a person's name after a description of them: "His French colleague Jean-Jacques Gaillard", "the veteran negotiator
# Vladimir Kazimirov"
# (the word before the name a noun, not a preposition: "a woman in Nor Kharberd" is no one named Nor Kharberd)
_DESCRIBED_NAME = prefilter.compile(r"^(?i:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                                    r"(?P<noun>(?!(?:in|at|of|from|near|on|outside)\s)[a-z][\w-]*)\s+"
                                    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$")
# a leader's own staff, named by a possessive: "his office", "her press service"
_HIS_STAFF = prefilter.compile(r"(?i)(?:his|her)\s+(?P<staff>office|press office|press service|press secretary|"
                               r"spokes(?:man|woman|person))")
# the clause a reported clause's subject opens: after the last ", and", ", but", ";"
_LAST_CLAUSE = prefilter.compile(r"(?:,\s+(?:and|but|while|whereas)\s+|;\s*)(?!.*(?:,\s+(?:and|but|while|whereas)\s+|;))")
# a person's name opening a clause, after any titles: "President Aliyev", "Kocharyan"
_OPENING_NAME = prefilter.compile(r"\s*(?:[A-Z][a-z]+\.?\s+)*?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?=[a-z])")


def person_s_staff(who, clause, people):
    """The claimant of "his office said" closing a sentence: the office of the person "his" is, the subject of the
    clause it reports ("Kocharyan returned to Yerevan ..., his office said"), else the last person the clause names.
    A person of the actor table is that actor ("Aliyev" → Azerbaijani presidency); another is "<Name>'s office"
    (the office of a leader not in the table is never another's). "" when ``who`` is no such staff or no person is
    named."""
    staff = _HIS_STAFF.fullmatch(who.strip())
    if not staff:
        return ""
    last = _LAST_CLAUSE.search(clause)
    opening = _OPENING_NAME.match(clause, last.end() if last else 0)
    name = _untitled(opening.group("name")) if opening else None
    if name and name.endswith(("'s", "’s")):
        name = None                        # "On Sunday Azerbaijan's president, X, opened ..., his office said": the
        # owner of a title, no person; the name given the title is read below
    if name and name.lower() in STOP:
        name = None                        # "Last week shells fell ..., his office said": a word opening the clause
    if not name or not _a_person(name):
        names = [m.group(0) for m in _NAME_PAIR_FULL.finditer(clause) if _a_person(m.group(0))]
        name = names[-1] if names else None
    if not name:
        return ""
    person = people.get(name) or people.get(name.split()[-1]) or canonical_actor(name) or name
    if canonical_actor(person) == person:
        return person
    return f"{person}'s {staff.group('staff').lower()}"


# a person's own page or channel: "according to his Facebook page", "her Telegram channel said" (the person speaks)
_HIS_PAGE = prefilter.compile(r"(?i)(?:his|her)\s+(?:own\s+)?(?:official\s+)?(?:Facebook|Telegram|Twitter|Instagram|VK)\s+"
                              r"(?:page|account|channel|post|feed)")


def person_s_page(who, clause, people):
    """The claimant of "according to his Facebook page" closing a sentence: the person "his" is, read as for
    :func:`person_s_staff` ("X visited Y, according to his Facebook page": X); "" when ``who`` is no such page or no
    person is named."""
    if not _HIS_PAGE.fullmatch(who.strip()):
        return ""
    staff = person_s_staff("his office", clause, people)
    if not staff.endswith("'s office"):
        return staff
    name = staff[:-len("'s office")]
    # (a title read as a first name takes the surname after it: "Archbishop Pargev Martirosyan" is Pargev Martirosyan)
    surname = re.search(rf"\b{re.escape(name)}\s+([A-Z][\w'’-]+)\b", clause)
    if surname and " " in name:
        name = f"{name.split()[-1]} {surname.group(1)}"
        name = people.get(name) or name
    return name


def _untitled(name):
    """The name without the titles before it ("President Aliyev" → "Aliyev"), or ""."""
    words = name.split()
    while words and words[0] in _NOT_A_FIRST_NAME:
        words.pop(0)
    return " ".join(words)


def _a_person(name):
    """Could the name be a person's ("Kocharyan", "Heydar Aliyev"), not a nation's, a capital's or a body's?"""
    words = name.split()
    return bool(words) and not (words[0].lower() in NATION_WORDS or words[0] in _NOT_A_FIRST_NAME or _NOT_A_SURNAME.match(words[-1]))


# Armenia's National Security Service, and its namesake of the Karabakh authorities, as the table and the sets write
# them ("Armenian government (National Security Service)"; "the National Security Service of Artsakh" is theirs)
_ARMENIAN_SERVICE = "Armenian government (National Security Service)"
_KARABAKH_SERVICE = "Nagorno-Karabakh authorities (Karabakh National Security Service)"   # as its own name reads
# Armenia's service named with its nation: a bare "National Security Service" in that article is Armenia's
_ARMENIA_S_SERVICE = prefilter.compile(r"(?i)\b(?:Armenia['’]s|Armenian|RA)\s+(?:National\s+Security\s+Service|NSS)\b|"
                                       r"\bNational\s+Security\s+Service\s+of\s+(?:the\s+Republic\s+of\s+)?Armenia\b")
# the Karabakh authorities' seats, which stand for them in the table but are named in any article on the region
_KARABAKH_SEATS = ("stepanakert", "khankendi")


@lru_cache(maxsize=1)
def _karabakh_voices():
    """One pattern for the names of the Karabakh authorities' people and bodies in the actor table ("Gegham
    Stepanyan", "Artsakh", "the Information Headquarters"), their seats left out."""
    table = load_actors()
    names = sorted((a for a, actor in table.aliases.items()
                    if table.nation_of.get(actor) == "Karabakh" and a not in _KARABAKH_SEATS and len(a) > 3),
                   key=len, reverse=True)
    # (and the service itself named with its side: "the Karabakh security service", "Artsakh's NSS")
    return prefilter.compile(r"(?i)\b(?:" + "|".join(re.escape(n) for n in names) + r"|(?:Nagorno-)?(?:Karabakh|Artsakh)"
                             r"(?:['’]s)?\s+(?:(?:national\s+)?security\s+service|NSS))\b")


def karabakh_service(text, candidates):
    """``candidates`` with Armenia's National Security Service read as the Karabakh authorities' service in an
    article that gives the Karabakh authorities' people or bodies a voice and never names Armenia's service with its
    nation: both had a service of that name, and a story told from Karabakh ("According to the National Security
    Service, the pipeline from Armenia broke near Shushi", "the Karabakh security service ... The service said")
    means its own (the sets annotate it so). The article is read once, and only when the service claims something."""
    claimed = [c for c in candidates if c["claimed_by"] == _ARMENIAN_SERVICE]
    if claimed and not _ARMENIA_S_SERVICE.search(text) and _karabakh_voices().search(text):
        for c in claimed:
            c["claimed_by"] = _KARABAKH_SERVICE
    return candidates
