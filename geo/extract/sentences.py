"""Sentences: each paragraph split at sentence ends, keeping "Sept.", "U.S." and initials intact."""

import re
from typing import NamedTuple
from .. import prefilter


class Sentence(NamedTuple):
    """One sentence of the article."""

    text: str
    paragraph: int            # index of its paragraph (line) in the article text
    index: int                # its position among all the article's sentences
    passage: str = ""         # the run of footnoted sentences it was cut from, markers kept ("" when the same)


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "sept",
                  "sep", "oct", "nov", "dec", "jan", "feb", "aug", "apr", "jun", "jul", "mar", "no",
                  "vs", "etc", "inc", "jr", "sr", "prof", "rep", "sen", "gov", "pres", "approx", "fig",
                  "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "ft", "km", "vol", "op"}
# a sentence keeps the quotation marks and brackets closing it ('... Baku said." Note that ...')
# and a report's footnote markers glued after it ('... in Kalbajar.[2] The same bulletin ...', '.[1][3]', '.²')
_NOTE = r"(?:\[\d{1,3}(?:[-–,]\s?\d{1,3})*\])+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
_BOUNDARY = prefilter.compile(rf"(?<=[.!?])(?P<close>[\"”’')\]]*)(?P<note>{_NOTE})?\s+(?=[\"“‘'(\[]?[A-Z0-9ƏÇŞĞÜÖİ])")
# a footnote marker glued to the word or stop before it: no part of a name or of a claimant
# (the look-ahead on the characters a marker begins with spares the look-behind at every other position)
_GLUED_NOTE = prefilter.compile(rf"(?=[\[¹²³⁴⁵⁶⁷⁸⁹⁰])(?<=\S)(?:{_NOTE})")


def split_sentences(text):
    """Split article text into sentences, paragraph by paragraph. A footnote marker after a full stop ends the
    sentence too, and is left out of its text; the run of sentences so cut is kept as each one's ``passage``, the
    quote a reader is shown.

    Returns
    -------
    list of Sentence
    """
    out = []
    for p, paragraph in enumerate(line for line in text.split("\n") if line.strip()):
        start, run, run_start = 0, [], 0
        for m in _BOUNDARY.finditer(paragraph):
            before = paragraph[start:m.start()].rstrip("\"”’')]")
            word = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.split() else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            run.append(paragraph[start:m.end("close")])
            start = m.end()
            if not m.group("note"):
                _add_run(out, run, p, paragraph[run_start:m.end("close")])
                run, run_start = [], start
        run.append(paragraph[start:])
        _add_run(out, run, p, paragraph[run_start:])
    return out


def _add_run(out, run, p, passage):
    """Append a run of sentences cut at footnote markers (most often one sentence), each with the run as passage."""
    passage = passage.strip()
    for piece in run:
        sentence = _GLUED_NOTE.sub("", piece).strip() if len(run) > 1 or _GLUED_NOTE.search(piece) else piece.strip()
        if sentence:
            out.append(Sentence(sentence, p, len(out), passage if passage != sentence else ""))
    run.clear()


def run_on_paragraphs(text):
    """Indices (as :func:`split_sentences` counts paragraphs) of the paragraphs whose line follows the one before with
    no blank line between: one block of text, as a transcript's answer running over several lines is."""
    out, p, blank = set(), -1, True
    for line in text.split("\n"):
        if not line.strip():
            blank = True
            continue
        p += 1
        if not blank and p:
            out.add(p)
        blank = False
    return out


# "GANJA, Azerbaijan (Reuters) - ", "BAKU, Oct 4 — ", "Stepanakert, 12 October (AFP) – ": the
# place the story is filed from, before the first sentence of the story.
_DATELINE = prefilter.compile(
    r"^(?:[A-ZƏÇŞĞÜÖİ][A-ZƏÇŞĞÜÖİ'’.-]+(?:\s+[A-ZƏÇŞĞÜÖİ][A-ZƏÇŞĞÜÖİ'’.-]+){0,2}"      # GANJA, NEW YORK
    r"(?:,\s*[\w'’. -]{1,30}?){0,2}\s*(?:\([^)]{1,60}\))?"                        # "GORIS, Armenia, Feb 10 (...)"
    r"|[A-ZƏÇŞĞÜÖİ][\w'’.-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’.-]*){0,2}(?:,\s*[\w'’. -]{1,30}?)?\s*\([^)]{1,30}\))"
    r"\s*[—–-]{1,2}\s+")
# a dateline that is a sentence of its own, ended by a full stop: "GORIS, May 10 (regional desk)."
_DATELINE_ALONE = prefilter.compile(r"^[A-ZƏÇŞĞÜÖİ][A-ZƏÇŞĞÜÖİ'’.-]+(?:\s+[A-ZƏÇŞĞÜÖİ][A-ZƏÇŞĞÜÖİ'’.-]+){0,2}"
                                    r"(?:,\s*[\w'’. -]{1,30}?){1,2}\s*(?:\([^)]{1,60}\))?\s*[.:]?$")
_SENTENCE_END = prefilter.compile(r"[.!?][\"”’')\]]*$")
MAX_HEADLINE_PARAGRAPH = 2


def dateline_end(sentence):
    """Where the dateline of a paragraph's first sentence ends (0 when there is none)."""
    if sentence.paragraph > MAX_HEADLINE_PARAGRAPH + 1:
        return 0
    if _DATELINE_ALONE.match(sentence.text):
        return len(sentence.text)          # where the reporter files from, and nothing else
    m = _DATELINE.match(sentence.text)
    return m.end() if m and m.end() < len(sentence.text) else 0


def headline_sentences(sentences):
    """Indexes of the headline and standfirst lines: leading one-sentence paragraphs without a full stop."""
    out, counts = set(), {}
    for s in sentences:
        counts[s.paragraph] = counts.get(s.paragraph, 0) + 1
    for s in sentences:
        if s.paragraph > MAX_HEADLINE_PARAGRAPH:
            break
        if counts[s.paragraph] == 1 and not _SENTENCE_END.search(s.text):
            out.add(s.index)
    return out


# an item's number or letter, perhaps after its word: "2.", "b)", "IV.", "Item 2." (minutes' agenda items)
_ENUMERATOR = prefilter.compile(r"^(?:(?:Item|Point|Part|Section)\s+)?(?:\d{1,2}|[IVXivx]{1,4}|[A-Za-z])[.)]$")
MAX_HEADING_WORDS = 8


def by_paragraph(sentences):
    """Paragraph index → its sentences, in order."""
    paragraphs = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    return paragraphs


def section_headings(sentences):
    """Indexes of the section headings inside the article: short lines past the headline and standfirst, without a
    full stop, perhaps numbered ("Tartar and Kalbajar", "2. The north-east: Khojaly and the former Aghdara district").
    A heading names what the section is about, it reports nothing."""
    out = set()
    for p, group in by_paragraph(sentences).items():
        last = group[-1]
        if p > MAX_HEADLINE_PARAGRAPH and all(_ENUMERATOR.match(s.text) for s in group[:-1]) \
                and not _SENTENCE_END.search(last.text) and len(last.text.split()) <= MAX_HEADING_WORDS:
            out.add(last.index)
    return out


def numbered_headings(sentences, headings):
    """The headings among ``headings`` that open with a number or letter ("3. A drone over X", "b) Fire near Y"): an
    item's title, whose own section tells the news, so a heading never reports it (a section's full sentences, "2.1 On
    15 June shells fell on X.", are no headings). Items in a row with no text between are a list, each item its own
    news ("1. Azerbaijani shelling of Sotk on Tuesday" then "2. A drone strike on Jermuk"): no titles."""
    enumerated = {s.paragraph for s in sentences if _ENUMERATOR.match(s.text)}
    titled = {s.paragraph: s.index for s in sentences if s.index in headings and s.paragraph in enumerated}
    return {i for p, i in titled.items() if p - 1 not in titled and p + 1 not in titled}


# the headings of a page's routine sections, which report no news of the conflict: police and court notes, readers'
# letters, a diary of meetings, notices, sport, weather ("POLICE NOTES", "COURT NOTICES", "LETTERS", "5. DIARY")
_ROUTINE_HEADING = prefilter.compile(r"(?:police|court|courts|crime)(?:\s+(?:notes|news|log|briefs?|reports?|notices|and\s+"
                                     r"courts?))?|(?:court|legal|public)\s+notices|notices|announcements|classifieds?|"
                                     r"(?:readers['’]?\s+)?letters(?:\s+to\s+the\s+editor)?|(?:your\s+)?letters|diary|"
                                     r"calendar|what['’]s\s+on|obituar(?:y|ies)|weather|sports?", re.I)
# the headings of an appeal's practical sections: where and how to give, the hours ("Where to give", "Opening hours")
_APPEAL_NOTES_HEADING = prefilter.compile(r"(?:where|how)\s+to\s+(?:give|donate|help|register)|opening\s+hours", re.I)


def _under_headings(sentences, headings, heading):
    """Indexes of the sentences under a heading that ``heading`` matches whole, up to the next heading."""
    out, inside = set(), False
    for s in sentences:
        if s.index in headings:
            inside = bool(heading.fullmatch(s.text.strip().rstrip(":")))
        elif inside:
            out.add(s.index)
    return out


def routine_sections(sentences, headings):
    """Indexes of the sentences under a routine section's heading (police notes, court notices, letters, a diary),
    up to the next heading: a page's notes of everyday life, not its news."""
    return _under_headings(sentences, headings, _ROUTINE_HEADING)


# a shop's or a club's bare "Notices" heading: its lines are mostly the house's own news, but may pass on the
# conflict's ("Notices: the road to X was closed again yesterday"), unlike police or court notes
_HOUSE_NOTICES_HEADING = prefilter.compile(r"notices|announcements", re.I)


def house_notices(sentences, headings):
    """Indexes of the sentences under a bare "Notices" (or "Announcements") heading: routine lines (see
    ``routine_sections``) among which the caller keeps one that passes on an event (see ``passes_on_news``)."""
    return _under_headings(sentences, headings, _HOUSE_NOTICES_HEADING)


# a notice's line passing on news cites who told it ("the ministry said", "X reported", "they tell us") or tells it as
# past ("Last summer's shelling ..."); the house's own plans ("the bus may wait if the road is closed") do neither
_PASSED_ON = prefilter.compile(r"\b(?:said|says|reported|reports|told|tell\s+us|according\s+to|citing)\b|"
                               r"\b(?:yesterday|last\s+(?:night|week|month|year|spring|summer|autumn|winter))\b", re.I)


def passes_on_news(text):
    """Does a notice's line cite a source or tell a past time, as a line passing on an event does?"""
    return _PASSED_ON.search(text) is not None


def appeal_notes(sentences, headings):
    """Indexes of the sentences under an appeal's practical headings ("Where to give", "How to help", "Opening
    hours"): where and when to come, no news (the caller keeps a sentence there that tells an attack)."""
    return _under_headings(sentences, headings, _APPEAL_NOTES_HEADING)


# a press release's notes for editors, after its heading ("NOTES TO EDITORS", "Note for editors", "Note to editor"):
# background for the journalists who use it (who the issuer is, the road's route, the spellings), told as no news; the
# notes are the paragraph after the heading, or the numbered list that opens there ("1. ...", "2. ..."), not what
# follows them
_EDITORS_HEADING = prefilter.compile(r"(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors['’]?\s+notes)", re.I)
_NUMBERED_ITEM = prefilter.compile(r"\s*\d{1,2}[.)](?:\s|$)")


def editors_notes(sentences):
    """Indexes of the sentences of a press release's notes for editors (see ``_EDITORS_HEADING``): the heading is
    a line of its own."""
    out, first, numbered, current = set(), None, False, None
    alone = {p for p, lines in by_paragraph(sentences).items() if len(lines) == 1}
    for s in sentences:
        if s.paragraph in alone and _EDITORS_HEADING.fullmatch(s.text.strip().rstrip(":")):
            first, current = s.paragraph, None
            continue
        if first is None:
            continue
        opens = s.paragraph != current
        if opens:
            if current is None:                 # the paragraph right after the heading
                numbered = bool(_NUMBERED_ITEM.match(s.text))
            elif not (numbered and _NUMBERED_ITEM.match(s.text)):
                first = None                    # the notes are over
                continue
            current = s.paragraph
        out.add(s.index)
    return out


# Lines that credit the story, never tell it: "(Reporting by X in Baku; Editing by Y)", "Hetq Line, Stepanakert
# desk", "Kur Press | 28.10.2020, 19:40 | Politics" (or its parts set apart by "•" or "·": "GORIS · Updated Monday
# · By the route desk"), "Stepanakert, January 11, 2023 - Azat Lur Online", a dateline alone ("Stepanakert, 16
# February 2023"), a dateline and its outlet ("Ijevan, 3 March -- (local desk)"). The places in them are where the
# staff sit.
_CREDIT_OPENS = r"^\(?(?:(?:additional\s+)?reporting|writing|editing|compiled|prepared|translated|produced)\s+by\b"
_CREDIT = prefilter.compile(
    _CREDIT_OPENS +
    r"|^[^.!?]{0,60}\b(?:desk|bureau|newsroom|correspondents?)\)?$"
    r"|^[^!?]{0,80}\s[|•·]\s[^!?]{0,80}$"
    r"|^[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?,\s+(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4})"
    r"(?:\s*[—–-]\s*[^.!?]{1,40})?$"
    # a town, a day and month, perhaps the year, and the outlet or the copy's kind in brackets: "Ijevan, 3 March --
    # (local desk)", "Gavar, 1 November (agency report, translated from Armenian)"
    r"|^[A-ZƏÇŞĞÜÖİ][\w'’-]*(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]*)?,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*(?:[—–-]{1,2}\s*)?\([^()]{1,80}\)$", re.I)


# a credit line closed by a full stop: "Compiled by the news desk in Ijevan.", "Prepared by the relief cell in
# Kapan.", "(Reporting by X in Baku; editing by Y.)", "Compiled by the desk in Goris from statements, footage and
# interviews." (the staff's town, as above); not a clause the words open:
# "Compiled by the ombudsman, the list names X.", nor one that tells what was said: "Compiled by staff in Goris
# from statements by soldiers who said they had seen shells fall on Y."
_CREDIT_BY = prefilter.compile(_CREDIT_OPENS +
                               r"(?![^.!?]*,\s+(?:the|a|an|its|their|his|her|it|they|he|she|this|these|those|\d[\d,.]*)\s)"
                               r"(?![^.!?]*\b(?:said|says|told|reported|saw|seen)\b)"
                               r"[^.!?]{0,160}\.\)?$", re.I)


# "Baku, 28 October, Kur Press.": place, date and outlet, with or without a full stop
_PLACE_DATE_OUTLET = prefilter.compile(
    r"^[A-ZƏÇŞĞÜÖİ][\w'’-]*,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?,\s+"
    r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}\.?$")


# a line opening its paragraph with what the next issue or episode will bring ("Next week: the fair in Ijevan",
# "Next week in Regions: ..." with its section named, "Coming up: the road to Vardenis", "The next issue will look
# at ...", "Next Friday's phone-in will be about ..."), or the contents of this one ("In this issue: Tavush detours;
# the Gazakh road", "Today's topic: ..."): the outlet's own plans
_TRAILER = prefilter.compile(r"(?:Next\s+(?:week|month|issue|edition|episode|time)"
                             r"(?:\s+(?:in|on)\s+(?:[\w'’&-]+\s+){0,2}?[\w'’&-]+)?"
                             r"|Coming\s+(?:up|next)"
                             r"|In\s+(?:the\s+|our\s+)?next\s+(?:issue|edition|episode)|In\s+this\s+(?:issue|edition))\s*:"
                             r"|(?:The|Our)\s+next\s+(?:issue|edition|episode|programme|program|newsletter)\s+will\b"
                             r"|(?:Today|Tonight|This\s+week)['’]s\s+(?:topic|theme|subject)\s*:", re.I)
# the next programme's subject, wherever it is told: "Next Wednesday's phone-in will be about ...", "The next page
# will cover X", "I will write next from Y" (the writer's next piece, nothing that happened)
_NEXT_PROGRAMME = prefilter.compile(r"Next\s+(?:week|month|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+"
                                    r"(?:issue|edition|episode|programme|program|newsletter|phone-in|show|broadcast)\s+will\b"
                                    r"|(?:The|Our|My)\s+next\s+(?:page|column|letter|post|dispatch|instalment|installment|"
                                    r"part)\s+will\b"
                                    r"|(?:I|We)\s+(?:will|shall)\s+(?:write|report|file)\s+(?:again\s+)?next\s+from\b")


def trailer_line(sentence, before):
    """Does the sentence open its paragraph (``before`` is the sentence before it, or None) with a trailer of the
    next issue, or tell the next programme's subject anywhere ("Next Friday's show will be about ...")? A label
    inside a speaker's turn ("HOST: Thanks. Next week: ...") is left alone."""
    opens = before is None or before.paragraph != sentence.paragraph
    return (opens and bool(_TRAILER.match(sentence.text))) or bool(_NEXT_PROGRAMME.match(sentence.text))


# an explainer's title: a question or a promise of one, perhaps after its label ("How four villages returned to the
# map", "Five things to know about the new border", "Analysis: how a hillside set the squares alight", "Is this the
# corridor?")
# (the question word is capitalized unless a label comes before it: "Analysis: how ...")
_EXPLAINER_LABEL = r"(?:Analysis|Explainer|Q\s*&\s*A|Fact-?check|Factbox)\s*:\s*"
_QUESTION_WORD = r"(?:How|Why|What|Where|Is|Are|Does|Do|Can|Will|Should)"
_EXPLAINER = prefilter.compile(rf"(?:{_EXPLAINER_LABEL})?(?-i:{_QUESTION_WORD}|(?:One|Two|Three|Four|Five|Six|Seven|"
                               r"Eight|Nine|Ten|\d{1,2})\s+(?:things|questions|facts)\b)\b"
                               rf"|{_EXPLAINER_LABEL}{_QUESTION_WORD}\b", re.I)
MAX_TITLE_WORDS = 20


def explainer_title(sentence, title):
    """Is the sentence an explainer's title ("How four villages returned to the map", "Five things to know about
    X", "Is this the corridor?")? ``title``: the line is a headline or a heading, or a question standing alone as
    its paragraph. Such a title asks or promises what the body tells; it reports nothing itself."""
    text = sentence.text.strip()
    return title and len(text.split()) <= MAX_TITLE_WORDS and bool(_EXPLAINER.match(text))


# a bulletin's turn to its other items: "In other news tonight, ...", "PRESENTER: And in other news, ..." (what
# follows is not the story's news)
_OTHER_NEWS = prefilter.compile(r"^(?:[A-Z][A-Z ]{1,20}:\s+)?(?:And\s+)?[Ii]n\s+other\s+news\b")


def other_news_line(sentence):
    """Does the sentence open the bulletin's other news ("In other news tonight, the heat wave goes on")?"""
    return bool(_OTHER_NEWS.match(sentence.text))


# an instruction to the reader or the staff, in an advisory, a memo or a handout: "Leave Goris in daylight", "Test-drive
# the new route through A and B", "- Plan an overnight stop in Kapan", "Do not follow old maps" (what someone is told
# to do, nothing that happened; a noun is no order: "Use of force", "Visit to X", "Plan for Y", "Call for Z")
_INSTRUCTION = prefilter.compile(r"^(?:[-•*]\s*|\d{1,2}[.)]\s+)?(?:Please\s+)?(?:Avoid|Leave|Take|Use|Test-drive|Drive|Check|Get|"
                                 r"Ask|Plan|Try|Follow|Find|Visit|Call|Keep|Do\s+not|Don['’]t|Never|Carry|Bring|Expect|"
                                 r"Fill\s+up|Stay|Book|Remember|Send|Give|Make\s+sure)\s+(?!of\b|for\b|to\b|by\b|on\b)")
# an order reported as someone's ("Leave Berdzor by Sunday, officials told residents"): their event
_ORDER_REPORTED = prefilter.compile(r"\b(?:said|says|told|tells|ordered|orders|warned|warns|urged|urges|wrote|writes)\b")


# the writer's own request to its public: "We ask members on the X section to report any new posts", "We would urge
# readers in Y to send us photographs", "Members are asked to bring pictures of Z" (what they are asked to do,
# nothing that happened at the places; but a request someone else made, reported, can carry news: "We ask drivers to
# stay off the X road, shelled overnight, police said")
_ASKED = r"(?:asked|invited|requested|encouraged|welcome)"       # the public asked, in the passive
_OWN_REQUEST = prefilter.compile(r"^(?:(?:Meanwhile|Again|Once\s+again|Finally|As\s+before),?\s+)?[Ww]e\s+(?:would\s+|again\s+|"
                                 r"also\s+|once\s+again\s+)*(?:ask|urge|request|invite|encourage|appeal\s+to|call\s+on)\s+"
                                 r"(?:all\s+|our\s+|any\s+)?(?:members|readers|listeners|viewers|subscribers|colleagues|crews|"
                                 r"staff|drivers|branches|guests|customers|clients|passengers|travell?ers)\b"
                                 r"[^.;:]{0,80}?\bto\s+"
                                 # (not when the request passes on news: "We ask guests to note that troops shelled X", "...
                                 # to avoid the Y road, where a convoy was shelled", "... because the bridge was hit")
                                 r"(?![^.]*?(?:\b(?:note|know|be\s+aware|remember)\s+that\b|,\s+where\b|\bbecause\b))[a-z]"
                                 # the same request in the passive: "Members are asked to bring old photographs of X",
                                 # "Readers are invited to send pictures of Y" (in the present: "Visitors were asked to leave
                                 # Z" reports what someone asked of them)
                                 r"|^(?:(?:All|Our)\s+)?(?:[Mm]embers|[Rr]eaders|[Ll]isteners|[Vv]iewers|[Ss]ubscribers|"
                                 r"[Pp]arents|[Gg]uests|[Vv]isitors)\s+are\s+(?:(?:again|also|kindly)\s+)?"
                                 + _ASKED + r"\s+(?:not\s+)?to\s+[a-z]"
                                 # a bulletin's drivers too, also asked not to: "Drivers are asked not to travel towards X"
                                 # (but not when the request gives its cause, which is news: "... towards X because the
                                 # bridge was shelled", "..., where a checkpoint was set up", "...: troops shelled Y")
                                 # (also the drivers going somewhere: "Drivers who are going to Y tomorrow are asked to take
                                 # the mail")
                                 r"|^(?:[Dd]rivers|[Mm]otorists)(?:\s+who\s+are\s+(?:going|driving|travell?ing|heading)\s+"
                                 r"to\s+[^,.;:]{1,40}?)?\s+are\s+(?:(?:again|also|kindly)\s+)?"
                                 + _ASKED + r"\s+(?:not\s+)?to\s+[a-z](?![^.]*?(?:\b(?:because|since|due\s+to|following|where)\b|"
                                 r"\bafter\s+(?!dark\b|nightfall\b|sunset\b|midnight\b|\d)|:\s))")


# a worksheet's or a quiz's task on a map: "On the outline map, mark A, B and C", "Label X and Y on your map", "Locate
# Z on the blank map", "Mark on the outline map the towns of A and B" (the places the pupil is to find, nothing that
# happened there). The map is named before the verb (the verb then in lower case, as the task goes on after the
# comma) or after it, right after the verb or after the places and the words that name them, so that a first name
# is no order: "Mark Petrosyan drove to X", "Mark Petrosyan showed X on a map", "On the map, Mark Petrosyan traced
# the road out of X")
_MAP_VERB = r"(?:mark|label|locate|circle|shade|colou?r\s+in|underline|find|plot)"
_MAP_NOUN = r"(?:the|your|this|a|an)\s+(?:[\w-]+\s+){0,2}?maps?\b"
_MAP_PLACES = (r"(?:(?:[A-Z][\w'’-]*|the|of|and|or|both|all|towns?|villages?|cit(?:y|ies)|rivers?|lakes?|districts?|"
               r"regions?|provinces?|capitals?|borders?|mountains?|passes|pass)(?:\s*,\s*|\s+)){1,30}?")
_MAP_TASK = prefilter.compile(r"^(?:[-•*]\s*|\d{1,2}[.)]\s+|\(?[a-h]\)\s+)?(?:(?:On|In|Using|With)\s+" + _MAP_NOUN
                              + r"\s*,?\s+" + _MAP_VERB + r"\s|(?=[A-Z])(?i:" + _MAP_VERB + r")\s+(?:" + _MAP_PLACES
                              + r")?(?:on|onto)\s+" + _MAP_NOUN + ")")


# advice or an offer put to the reader as a condition: "If you would prefer to transfer your booking, we will waive
# the difference for the A programme", "If your flight to B is cancelled, call us" (the sets annotate none). The
# clause after the condition makes the offer: the writer's promise, what the reader may do, a plea to get in touch;
# not a report set after the condition ("If you ask the residents of X, the shelling never stopped", "If you had
# been in Y that night, you would have seen ...", "If you drive to Z, note the new checkpoint at W") nor news after a
# colon ("..., expect delays: shells hit the bridge at V overnight")
_IF_YOU = prefilter.compile(r"^(?:[-•*]\s*)?If\s+(?:you|your)\b[^,;:]*,\s*"
                            r"(?:please\b|(?:we|you)\s+(?:will|would|can|could|may|should|must|need\s+to|are\s+welcome)\b"
                            r"(?!\s+have\b)|(?:we|you)['’]ll\b|(?:call|contact|phone|ring|write\s+to|e-?mail|tell|ask|let\s+us|"
                            r"send|bring|register|book|speak|talk|use|fill\s+in|come|visit)\b)(?![^.]*[:;]\s+\S)")


def instruction_line(sentence):
    """Does the sentence tell the reader or the staff what to do ("Leave Goris in daylight", "Test-drive the new
    route through A and B", "On the outline map, mark A and B"), ask its public to do something ("We ask members
    in X to report ..."), or put advice or an offer to the reader ("If you ...")? An instruction, a task, a request
    or an offer reports nothing that happened at its places."""
    return bool(_INSTRUCTION.match(sentence.text) or _OWN_REQUEST.match(sentence.text)
                or _MAP_TASK.match(sentence.text) or _IF_YOU.match(sentence.text)) \
        and not _ORDER_REPORTED.search(sentence.text)


def masthead_tagline(sentences):
    """The index of a nameplate's tagline, or None: the line between an outlet's name in capitals and the issue's
    date at the top of the page ("ASKERAN VOICE" / "Weekly of the Askeran region" / "Saturday, 6 May 2023").
    It says what the outlet covers, it reports nothing."""
    if len(sentences) < 3 or len({s.paragraph for s in sentences[:3]}) < 3:
        return None
    name, tagline, date = sentences[:3]
    nameplate = name.text.isupper() and len(name.text.split()) <= 4 and not _SENTENCE_END.search(tagline.text)
    return tagline.index if nameplate and credit_line(date) else None


# a diary's, notebook's or log's entry heading: a calendar day, perhaps the time of day, and where the writer was,
# with nothing else ("Tuesday 12 April, morning, Goris.", "3 May, late evening, Kapan"): it dates the entry and tells
# where it was written, it reports nothing that happened there
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ENTRY_HEAD = prefilter.compile(r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
                                rf"(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
                                r"(?:,?\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|noon|midday))?"
                                r",\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+(?:\s+[A-ZƏÇŞĞÜÖİ][\w'’-]+)?\s*[.:]?")


def entry_head(sentence):
    """Is the sentence a dated entry's heading that only says where the writer was (see _ENTRY_HEAD)?"""
    return bool(_ENTRY_HEAD.fullmatch(sentence.text))


def credit_line(sentence):
    """Is the sentence a byline, a credit or a masthead line (outlet, section, date) rather than news?"""
    return bool(_PLACE_DATE_OUTLET.match(sentence.text) or _CREDIT_BY.match(sentence.text)) or (
        not _SENTENCE_END.search(sentence.text.rstrip(")")) and bool(_CREDIT.match(sentence.text)))


# a notice's, a newsletter's or a programme's letterhead at the top of the page: who issues it and the town they sit
# in, after a comma or a dash, perhaps with the day or the kind of text after it ("Vorotan Bike Hire, Goris - notice
# to customers", "Friday 31 March 2023, from A B, piano tuner, Goris", "Log of the yacht Anahit, Lake Sevan"): where
# the issuer is, nothing that happened there (the older held-out sets annotate no place so written at the top)
MAX_LETTERHEAD_SENTENCE = 3
# (or a body's own name holding its town, or the water or hill it sits by, after the comma: "Weavers' Guild of X,
# by Lake Y", "Chess Club of Z")
_LETTERHEAD_BEFORE = prefilter.compile(r"\w[)’']?(?:,|\s[-–—])\s+(?:(?:by|near|above|below|on)\s+)?$|"
                                       r"^[^,.;:]{0,40}?\b(?:Guild|Club|Society|Union|Association|Circle|Choir|Cooperative|"
                                       r"Co-operative)\s+of\s+$")
_LETTERHEAD_AFTER = prefilter.compile(r"\s*(?:$|[-–—]\s|,\s)")
# ... or the town or district alone on a line of its own under the title (an address line: "X district"); the older
# sets annotate no such line
_AREA_LINE_AFTER = prefilter.compile(r"(?:\s+(?:district|region|province|rayon))?\s*", re.I)
# ... or a letterhead closed by a full stop with only the issue's day after it on the same line ("A letter to our
# customers from A B, stovemaker, Imishli. Tuesday 13 December 2022"): the day is cut off as a sentence of its own,
# and the line is still the issuer's
# (or the days the issue covers: "Entries for the week ending Friday 8 April 2016")
_ISSUE_DAY = prefilter.compile(r"(?:(?:Posted|Issued|Dated|Written)\s+(?:on\s+)?|(?:Entries|Notes|Minutes|Accounts|Orders)\s+"
                               r"for\s+the\s+(?:week|month|fortnight)\s+(?:ending|of|to|from)\s+)?"
                               r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
                               rf"(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}}),?\s+\d{{4}}\.?")


def letterhead_place(sentence, sentences, begin, end, name_ends=()):
    """Is the name at ``begin``..``end`` the issuer's town on a letterhead line (see _LETTERHEAD_BEFORE): one of the
    article's first lines, a paragraph of its own with no sentence end, the name after a comma or a dash and ending
    the line or its part? Not when a place of the same kind named right before the comma or the dash (``name_ends``:
    where the line's names of that kind end) makes the two a list, as a headline's "Refugees pour into Goris, Kapan"
    or "Ceasefire holds in Stepanakert, Shusha" does (a boat's name before a lake's is none: "the boat Tsovak, Lake
    Sevan")."""
    text = sentence.text.rstrip()
    near = sentences[max(0, sentence.index - 1):sentence.index + 2]
    after = [o for o in near if o.paragraph == sentence.paragraph and o.index > sentence.index]
    dated = bool(after) and all(_ISSUE_DAY.fullmatch(o.text.strip()) for o in after)
    if dated and text.endswith("."):
        text = text[:-1]                   # "..., stovemaker, Imishli. Tuesday 13 December 2022"
    if sentence.index >= MAX_LETTERHEAD_SENTENCE or _SENTENCE_END.search(text):
        return False
    if any(o.paragraph == sentence.paragraph and o.index != sentence.index for o in near) and not (
            dated and not any(o.paragraph == sentence.paragraph and o.index < sentence.index for o in near)):
        return False
    if not text[:begin].strip() and _AREA_LINE_AFTER.fullmatch(text, end):
        return True                        # "Aghjabadi district" as a line of its own under the title
    before = _LETTERHEAD_BEFORE.search(text[:begin])
    if not before or not _LETTERHEAD_AFTER.match(text, end):
        return False
    return not any(before.start() < e <= before.start() + 2 for e in name_ends)


# a schedule's or a round's item for a day, opened by the town it is at and naming no verb ("Thursday 6 April:
# Sisian, the art school and three private customers", "Monday 3 April: Kapan music school (two uprights)"): where
# the writer's plan takes him that day, nothing that happened there (a chronology's "9 May: Shusha is taken" tells
# one; the older sets annotate no verbless item)
_SCHEDULE_DAY = prefilter.compile(r"\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
                                  rf"(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*:\s+")
# what may follow the town: a comma and the round's stops ("the art school and two customers"), a count in brackets
# ("(two uprights)") or a venue's name before them, or nothing; not a chronology's news told without a verb of state
# ("3 October: Stepanakert blackout.", "Shusha (taken by Azerbaijani forces)", "Goris, first refugees arrive")
_SCHEDULE_COUNT = r"\(\s*(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\b)"
_SCHEDULE_REST = prefilter.compile(r"\s*(?:,\s+(?:the|an?|our|\d+|one|two|three|four|five|six)\b|" + _SCHEDULE_COUNT + r"|\.?$|"
                                   r"(?!(?:is|are|was|were|has|have|had|will|would|can|could|may)\b)"
                                   r"[a-z][\w-]*(?<!ed)(?:\s+[a-z][\w-]*(?<!ed))?\s*(?:,\s|\.?$|" + _SCHEDULE_COUNT + r"))")
_SCHEDULE_NEWS = prefilter.compile(r"\b(?:arriv\w*|begins?|began|fall|falls|fell|taken|captured|enter\w*|flee\w*|fled|"
                                   r"leaves?|left|reach\w*|return\w*|empty|empties|emptied|blackout|cuts?)\b", re.I)


# a timetable's line of clock-time slots, each filled by a name ("Tuesday 4.00 Mariam, 4.45 Arpi (exam piece), 5.30
# free"): the name after a slot's time is the pupil or the booking it holds, no town; a slot opens the line (after a
# day's name) or follows a comma or a semicolon, never "at" ("at 4.45 Goris was shelled" keeps its town)
_SLOT_TIME = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
_SLOT_BEFORE = prefilter.compile(r"(?:^\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?|[,;]\s+)"
                                 + _SLOT_TIME + r"\s+$")
_SLOTS = prefilter.compile(r"(?:^|[,;]|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*" + _SLOT_TIME
                           + r"\s+[A-Za-z]")

# ... or a line of one slot, the name then a comma and the booking's note, lower-case and verbless, closing the line:
# "16:00 Narek, beginner.", "Tuesday 4.45 Arpi, exam piece" (the pupil's level or the lesson's business; not a
# chronology's news: "16:00 Goris, shelling resumed", "09:30 Askeran, troops entered")
# (nor a fire or a shelter told: "18:20 Lachin, houses burning", "13:00 Askeran, people in shelters"; a note with
# any cue of the war is no booking's, see the caller)
_SLOT_NOTE = prefilter.compile(r"\s*,\s+(?!(?:is|are|was|were|has|have|had|will)\b)"
                               r"(?![^.]*\b(?:burn\w*|blaz\w*|fires?|flames?|smoke|ablaze)\b)[a-z][\w-]*(?<!ed)"
                               r"(?:\s+[a-z][\w-]*(?<!ed)){0,2}\s*\.?\s*$")


def timetable_slot_name(sentence, begin, end, noted=True):
    """Is the name at ``begin``..``end`` the one filling a clock-time slot of a timetable's line of two or more
    slots (see _SLOT_BEFORE), or (with ``noted``: the caller's line holds no cue of the war at all) the one slot of a
    line that only adds the booking's note (_SLOT_NOTE)?"""
    text = sentence.text
    slot = bool(_SLOT_BEFORE.search(text, max(0, begin - 20), begin) or _SLOT_BEFORE.match(text[:begin]))
    return slot and (len(_SLOTS.findall(text)) >= 2
                     or (noted and bool(_SLOT_NOTE.match(text, end)) and not _SCHEDULE_NEWS.search(text, end)))


def schedule_item_place(sentence, begin, end):
    """Is the name at ``begin``..``end`` the town a day's item of a schedule opens with (see _SCHEDULE_DAY)?"""
    day = _SCHEDULE_DAY.match(sentence.text)
    return bool(day) and day.end() == begin and bool(_SCHEDULE_REST.match(sentence.text, end)) \
        and not _SCHEDULE_NEWS.search(sentence.text, end)
