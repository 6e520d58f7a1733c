"""Documents an article reproduces in full: a ministry's bulletin printed "full text in translation".

Such a document's paragraphs are the issuer's words though no sentence says so ("Two ceasefire violations were
recorded in the X district."): what they report is the issuer's claim. The article says it prints the text in full
(in its headline or a framing paragraph), then gives the document's title, which names the issuer ("Information
bulletin of the Ministry of Defence of the Russian Federation on ..."). The document runs from the paragraph after
the title to the publisher's own notes ("[Translator's note: ...]", a paragraph in square brackets), an end mark
("End of text") or the article's end. The framing paragraphs before the title are the publisher's.

A body's own release is read the same way: its byline under the headline names the issuer as the publisher
("Baku, 3 May 2011 — Press service of the Ministry of Agriculture"), and every paragraph after it is the issuer's.
So is a statement under a letterhead: the body's name in capitals on the first line, then the kind of text
("MINISTRY OF FOREIGN AFFAIRS OF ..." / "Press release, 3 May 2011"): its paragraphs are the body's up to the
publisher's own notes ("EDITOR'S NOTE").

A joint text of two states opens with its kind ("JOINT COMMUNIQUÉ") and the line naming both issuers ("of the meeting
of the State Commissions of X and the Republic of Y on ..."): its paragraphs are both sides' words, one claim each.

A text printed between quote marks is read the same way when the paragraph before announces it and names its issuer
("The paper prints below the statement released by the service of Deputy Prime Minister X:"): the paragraphs from
the one opening with a quote mark to the one closing it are the issuer's, though none says who speaks.

A reader's letter to the editor opens with its salutation on a line of its own ("Sir,", "Dear Editor,") or at the
start of its first paragraph ("Sir, I write from X"), and ends with its sign-off ("Yours faithfully,") or the
editor's reply: what its writer tells in the first person ("I live in X", "our children go to school in Y") is a
resident's account.

A letters page prints several letters, each a paragraph opening with its writer's name and town or trade before a
colon ("From Anna Petrosyan, Goris: ..."): what each tells, unless a sentence names another source, is its writer's
account, by name.
"""


from .. import prefilter
from .actors import canonical_actor
from .claims import both_sides, normalise_actor
from .cues import has_stem
from .lexicon import ADJ_COUNTRY, CAPITAL_COUNTRY
from .sentences import MAX_HEADLINE_PARAGRAPH, by_paragraph

# the article says it gives a text whole: "full text in translation", "reproduced in full", "reads as follows"
_IN_FULL = prefilter.compile(r"(?i)\b(?:full|complete|entire)\s+text\b|\bin\s+full\b|\bverbatim\b|"
                             r"\breads\s+as\s+follows\b")
_IN_FULL_STEMS = ("text", "full", "verbatim", "follows")
# a document's title naming its issuer: "Information bulletin of the Ministry of Defence of X on ...",
# "Statement by the Foreign Ministry of Y", "Press release of the State Border Service regarding ..."
_TITLE = prefilter.compile(r"^(?i:(?:(?:information|informational|daily|weekly|official|press|news|joint|final)\s+)*"
                           r"(?:bulletin|statement|communiqu[eé]|report|release|briefing|summary|update|declaration|"
                           r"announcement|notice|message)\s+(?:of|by|from|issued\s+by)\s+)"
                           r"(?P<issuer>(?:the\s+)?[A-Z][^.;:!?]*?)"
                           r"(?:\s+(?i:on|about|regarding|concerning|in\s+connection\s+with)\s+[^;!?]*)?\s*[.:]?$")
# the publisher speaking again: a note of its own, or a mark that the text is over
_NOTE = prefilter.compile(r"^\[.*\]$|^[\[(]?(?i:(?:translator|editor|publisher)['’]s\s+note)\b|"
                          r"^[\[(]?(?i:end\s+of\s+(?:the\s+)?(?:text|document|bulletin|statement))\b|^\(?ENDS?\)?$")
# a byline naming the body that publishes the text itself: "— Press service of the Ministry of Health",
# "Press office of the State Border Service"
_RELEASE_BYLINE = prefilter.compile(r"(?:^|[—–|-]\s*)(?i:press\s+(?:service|office|centre|center|department))\s+of\s+"
                                    r"(?P<issuer>(?:the\s+)?[A-Z][^.;:!?—–|]*?)\s*$")


def _issuer(sentence):
    """The issuer a title sentence names, as the actor table writes it, or ""."""
    title = _TITLE.match(sentence.text.strip())
    return normalise_actor(title.group("issuer")) if title else ""


def reproduced_documents(sentences):
    """Paragraph index → the issuer of the reproduced document it belongs to, for every paragraph of such a
    document (see the module's docstring); empty when the article reproduces none."""
    paragraphs = sorted(by_paragraph(sentences).items())
    announced = False
    for k, (_, lines) in enumerate(paragraphs):
        issuer = _issuer(lines[0]) if announced and len(lines) == 1 else ""
        if issuer:
            return _owned_until_note(paragraphs[k + 1:], issuer)
        if not announced:
            text = _text(lines)            # (every _IN_FULL match holds one of its stems: a quick test, for speed)
            announced = has_stem(text, _IN_FULL_STEMS) and _IN_FULL.search(text) is not None
    return {}


# a paragraph announcing the text that follows: "prints below", "the statement reads:", "in full"
_BELOW = prefilter.compile(r"(?i)\b(?:below|as\s+follows|reads|read)\b|:\s*$")
# the issuer it names after the kind of text: "the statement released on Wednesday by the service of X after ...",
# "the communiqué of the State Border Service"
_ANNOUNCED_BY = prefilter.compile(r"\b(?i:statement|communiqu[eé]|bulletin|release|declaration|letter|appeal|announcement|"
                                  r"message)\b[^.;:\"“”]{0,60}?\b(?:by|of|from)\s+"
                                  r"(?P<issuer>(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:of\s+(?:the\s+)?)?[A-Z][^.;:,\"“”]{1,80}?)"
                                  r"(?=\s+(?:after|on|at|in|following|about|regarding|concerning|over|to|which|that)\b|"
                                  r"\s*[.,;:]|\s*$)")
_OPENS_QUOTE = prefilter.compile(r"^\s*[\"“]")
_CLOSES_QUOTE = prefilter.compile(r"[\"”]\s*$")
MAX_QUOTED_PARAGRAPHS = 12     # a statement longer than this is no single quotation


def quoted_document(sentences):
    """Paragraph index → the issuer, for the paragraphs of a text printed between quote marks after a paragraph
    announcing it and naming its issuer (see the module's docstring); empty when the article prints none."""
    paragraphs = sorted(by_paragraph(sentences).items())
    for k, (_, lines) in enumerate(paragraphs[:-1]):
        # (the paragraph after must open with a quote mark: tested first, as it is cheap and most often false; the
        # case-insensitive searches of the framing paragraph are then made only before such a paragraph)
        if not _OPENS_QUOTE.match(_text(paragraphs[k + 1][1])):
            continue
        framing = _text(lines)
        named = _ANNOUNCED_BY.search(framing) if (_IN_FULL.search(framing) or _BELOW.search(framing)) else None
        if not named:
            continue
        issuer = normalise_actor(named.group("issuer"))
        if not canonical_actor(issuer):
            continue
        owned = {}
        for paragraph, inside in paragraphs[k + 1:k + 1 + MAX_QUOTED_PARAGRAPHS]:
            owned[paragraph] = issuer
            if _CLOSES_QUOTE.search(_text(inside)):
                return owned
    return {}


# a letter's salutation, alone on its line, and its sign-off or the editor's reply after it
_SALUTATION = prefilter.compile(r"(?i)(?:sir|madam|sir\s+or\s+madam|dear\s+(?:editor|editors|sir|madam)|to\s+the\s+editor)"
                                r"\s*[,:!]?")
_SIGN_OFF = prefilter.compile(r"(?i)^(?:yours\s+(?:faithfully|sincerely|truly)|with\s+(?:respect|thanks|gratitude|"
                              r"(?:best\s+|kind\s+)?regards)|(?:kind\s+|best\s+)?regards|sincerely|respectfully|"
                              r"editor['’]s\s+(?:reply|note|response))\b")
# the writer speaking of themselves: "I", "we", "my", "our", "us"
WRITER_SPEAKS = prefilter.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us)\b")
# the salutation opening the letter's first paragraph, the writer going on after its comma or dash: "Sir, I write
# from X", "Sir, — On Sunday I stood ..." (a name after "Sir" has no comma: "Sir Alex said" is no letter); under the
# page's heading ("LETTERS"), as a printed letter is: a text opening with it is a note in the first person alone
_SALUTATION_OPENS = prefilter.compile(r"(?:Sir|Madam|Sir\s+or\s+Madam|Dear\s+(?:[Ee]ditors?|Sir|Madam)|To\s+the\s+[Ee]ditor)"
                                      r"\s*(?:,\s*[—–-]?|[—–-])\s*(?=\S)")
MAX_SALUTATION_PARAGRAPH = 6     # a salutation further down is a quoted letter's, not the article's own


def reader_letter(sentences):
    """The paragraph indexes of a reader's letter to the editor, from its salutation to its sign-off or the editor's
    reply (see the module's docstring); empty when the article is no such letter."""
    paragraphs = sorted(by_paragraph(sentences).items())
    for k, (_, lines) in enumerate(paragraphs[:MAX_SALUTATION_PARAGRAPH]):
        alone = len(lines) == 1 and _SALUTATION.fullmatch(lines[0].text.strip())
        if alone or (k and _SALUTATION_OPENS.match(lines[0].text.strip())):
            letter = set()
            for paragraph, inside in paragraphs[k + 1 if alone else k:]:
                if _SIGN_OFF.match(_text(inside)):
                    break
                letter.add(paragraph)
            return letter
    return set()


# a letters page's letter: "From Anna Petrosyan, Goris: ...", "From Aram Sargsyan, a teacher in Sisian: ..." (the
# writer's name, two or three words, then a comma and where or who they are, then a colon)
_SIGNED_LETTER = prefilter.compile(r"\s*From\s+(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+"
                                   r"[^:;.!?\"“”]{2,80}:\s+\S")
MIN_SIGNED_LETTERS = 2           # one such paragraph may be anything ("From Goris Bus Station, ..."): a page has several


def signed_letters(sentences):
    """Paragraph index → the writer's name, for each letter of a letters page (see the module's docstring); empty
    when fewer than MIN_SIGNED_LETTERS paragraphs open so."""
    letters = {}
    for paragraph, lines in by_paragraph(sentences).items():
        signed = _SIGNED_LETTER.match(lines[0].text)
        if signed and not canonical_actor(signed.group("who")):
            letters[paragraph] = signed.group("who")
    return letters if len(letters) >= MIN_SIGNED_LETTERS else {}


def _text(lines):
    """A paragraph's text, its sentences joined."""
    return " ".join(s.text for s in lines).strip()


def _owned_until_note(paragraphs, issuer):
    """Paragraph index → ``issuer`` for the (index, sentences) pairs given, up to the first that is the publisher's
    own note: the document ended before it."""
    owned = {}
    for paragraph, lines in paragraphs:
        if _NOTE.match(_text(lines)):
            break
        owned[paragraph] = issuer
    return owned


def own_release(sentences):
    """Paragraph index → the issuer, for every paragraph after a byline naming a body's press service as the text's
    publisher (see the module's docstring); empty when the article is no body's own release."""
    paragraphs = by_paragraph(sentences)
    for paragraph, lines in sorted(paragraphs.items()):
        if paragraph > MAX_HEADLINE_PARAGRAPH:
            break
        byline = _RELEASE_BYLINE.search(lines[-1].text.strip()) if len(lines) == 1 else None
        if byline:
            issuer = normalise_actor(byline.group("issuer"))
            return {p: issuer for p in paragraphs if p > paragraph}
        bare = _BARE_PRESS_BYLINE.match(lines[0].text.strip()) if len(lines) == 1 else None
        if bare:
            return _self_named_bulletin(sorted(paragraphs.items()), paragraph, bare.group("city"))
    return {}


# a dateline and a press office naming no body: "Tehran, 3 October 2021, 22:10 | Press office, English service"
_BARE_PRESS_BYLINE = prefilter.compile(r"^(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),[^|]*\|\s*"
                                       r"(?i:press\s+(?:service|office|centre|center))(?:\s*[,(][^|]*)?$")
# the text naming itself as a body's: "This bulletin summarises the third day of the exercise of the Army Ground
# Force", "This communiqué of the State Border Service reports"
_SELF_NAMED = prefilter.compile(r"^This\s+(?:bulletin|release|communiqu[eé]|statement|report|update|summary)\b[^.;]*"
                                r"\bof\s+(?:the\s+)?(?P<issuer>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)")


def _self_named_bulletin(paragraphs, byline, city):
    """Paragraph index → the issuer, for the paragraphs after a bare press-office byline (index ``byline``, dated
    in ``city``) up to the publisher's notes, when the first paragraph after it names the text as a body's own; the
    body taken as of the nation whose capital the dateline gives when it names none ("the Army Ground Force",
    "Tehran, ...")."""
    after = [(p, lines) for p, lines in paragraphs if p > byline]
    named = _SELF_NAMED.match(after[0][1][0].text.strip()) if after else None
    if not named:
        return {}
    nation = ADJ_COUNTRY.get(CAPITAL_COUNTRY.get(city.lower(), "").lower(), "")
    issuer = normalise_actor(named.group("issuer"))
    if not canonical_actor(issuer) and canonical_actor(normalise_actor(f"{nation} {issuer}")):
        issuer = normalise_actor(f"{nation} {issuer}")
    return _owned_until_note(after[1:], issuer) if canonical_actor(issuer) else {}


# the line under a letterhead saying what kind of text follows: "Statement (unofficial translation), 5 July 2022"
_TEXT_KIND = prefilter.compile(r"(?i)^(?:(?:official|joint|press|information|informational)\s+)?(?:statement|release|"
                               r"communiqu[eé]|announcement|bulletin|declaration|notice|information)\b")


def _letterhead_issuer(text):
    """The body a letterhead names ("MINISTRY OF DEFENCE OF THE REPUBLIC OF X"), as the actor table writes it,
    or "": a line in capitals naming a body the table knows (a desk's or a feature's banner names none)."""
    if not text.isupper():
        return ""
    issuer = normalise_actor(text)
    return issuer if canonical_actor(issuer) else ""


def letterhead_statement(sentences):
    """Paragraph index → the issuer, for every paragraph of a statement under a letterhead (see the module's
    docstring) up to the publisher's own notes; empty when the article opens with none."""
    paragraphs = sorted(by_paragraph(sentences).items())
    if len(paragraphs) < 2:
        return {}
    (_, head), (_, kind) = paragraphs[:2]
    issuer = _letterhead_issuer(_text(head))
    if not issuer or not _TEXT_KIND.match(kind[0].text.strip()):
        return {}
    return _owned_until_note(paragraphs[2:], issuer)


def publisher_aside(sentence):
    """Is the sentence the publisher's bracketed aside inside the document ("[The routes are not named.]")?"""
    return sentence.lstrip().startswith("[")


# a joint text's title line, alone on the first line: "JOINT COMMUNIQUÉ", "Joint statement"
_JOINT_KIND = prefilter.compile(r"(?i)^joint\s+(?:statement|communiqu[eé]|declaration|press\s+release)\s*[.:]?$")
# the line going on from it to name the issuers: "of the meeting of ...", "by the foreign ministers of ..."
_ISSUED_BY = prefilter.compile(r"^(?:of|by|issued\s+by)\s")
# the two states a joint text names: "(the foreign ministers) of Armenia and (the Republic of) Azerbaijan"
_TWO_STATES = prefilter.compile(r"(?i)(?:\b(?P<body>[a-z]+\s+[a-z]+)\s+)?of\s+(?:the\s+republic\s+of\s+)?(?P<a>[a-z]+)\s+and\s+"
                                r"(?:the\s+republic\s+of\s+)?(?P<b>[a-z]+)\b")


def joint_document(sentences):
    """Paragraph index → the issuers ("Georgian and Azerbaijani governments", which :func:`both_sides` reads as one
    claimant per side), for every paragraph of a joint text of two states (see the module's docstring) up to the
    publisher's own notes; empty when the article opens with none."""
    paragraphs = sorted(by_paragraph(sentences).items())
    if len(paragraphs) < 2 or not _JOINT_KIND.match(_text(paragraphs[0][1])):
        return {}
    title = _text(paragraphs[1][1])
    if not _ISSUED_BY.match(title):
        return {}
    issuers = _joint_issuers(title)
    return _owned_until_note(paragraphs[2:], issuers) if issuers else {}


def _joint_issuers(title):
    """The two states' bodies a joint text's title names, as one phrase of two sides ("Armenian and Azerbaijani
    foreign ministers"), or their governments when the table knows no such body of theirs; "" when the title
    names no two states."""
    for states in _TWO_STATES.finditer(title):
        a, b = (ADJ_COUNTRY.get(states.group(k).lower(), "") for k in ("a", "b"))
        if not a or not b or a == b:
            continue
        for body in (states.group("body"), "governments"):
            phrase = f"{a} and {b} {body}"
            if body and len(both_sides(phrase)) == 2:
                return phrase
    return ""
