"""Read a news article safely and return its running text.

Articles come from users (a pasted text, an uploaded file, a saved web page),
so nothing about them is trusted: the bytes may be empty, binary, in another
encoding, or huge. :func:`read_article` turns a file into plain text or raises
a :class:`~geo.errors.GeoError` that says what is wrong in words; it never lets
a decoding or parsing error through as a traceback.

Saved web pages carry page furniture around the story: navigation lists,
"more top reads", share buttons, stock tickers, comment prompts. HTML is
reduced to its main text with ``trafilatura`` (falling back to a plain markup
stripper), and :func:`clean_text` drops the furniture lines that survive in
both HTML and copied plain text, because their place names ("read more: Baku
accuses ...") would otherwise become false events.
"""

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from .errors import GeoError

MAX_BYTES = 2_000_000        # a long news article is ~50 kB; 2 MB is a book, not a report
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML_HINT = re.compile(r"<(!doctype|html|head|body|p|div|article|br|span|h[1-6]|section)\b", re.I)


class ArticleError(GeoError):
    """An article that cannot be read; the message names the file and the reason."""

    def __init__(self, source, reason):
        self.source, self.reason = str(source), reason
        super().__init__(f"{source}: {reason}")


# -- bytes -> text ---------------------------------------------------------------------------

def read_article(path):
    """Read an article file (plain text or HTML) and return its cleaned text.

    Parameters
    ----------
    path : str or pathlib.Path

    Returns
    -------
    str
        Paragraphs separated by newlines, page furniture removed.

    Raises
    ------
    ArticleError
        When the file is missing, empty, binary, not UTF-8, or too large.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(path, f"too large for a news article ({size / 1e6:.1f} MB; "
                                     f"the limit is {MAX_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, exc.strerror or str(exc)) from None
    return article_text(data, source=path)


def decode_bytes(data, source="<input>"):
    """Decode an article's bytes as UTF-8 (a BOM is allowed), refusing binary data.

    Raises
    ------
    ArticleError
        On empty, binary, non-UTF-8 or oversized input.
    """
    if len(data) > MAX_BYTES:
        raise ArticleError(source, f"too large for a news article ({len(data) / 1e6:.1f} MB; "
                                   f"the limit is {MAX_BYTES / 1e6:.0f} MB)")
    if not data.strip():
        raise ArticleError(source, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(source, "not readable as UTF-16 text") from None
    else:
        head = data[:4096]
        if b"\x00" in head or head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\x7fELF", b"GIF8")):
            raise ArticleError(source, "looks like a binary file, not a text or HTML article")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ArticleError(source, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at position "
                                       f"{exc.start}); save the article as UTF-8 and try again") from None
    if len(_BINARY_CONTROL.findall(text[:4096])) > 8:
        raise ArticleError(source, "looks like a binary file, not a text or HTML article")
    return text


def article_text(data, source="<input>"):
    """Cleaned running text of an article given as bytes or str (text or HTML).

    Raises
    ------
    ArticleError
        On unreadable input, or when nothing but markup and furniture is left.
    """
    if isinstance(data, bytes):
        data = decode_bytes(data, source)
    elif len(data) > MAX_BYTES:
        raise ArticleError(source, f"too large for a news article ({len(data) / 1e6:.1f} MB; "
                                   f"the limit is {MAX_BYTES / 1e6:.0f} MB)")
    if not data.strip():
        raise ArticleError(source, "the article is empty")
    text = html_to_text(data) if looks_like_html(data) else data
    text = clean_text(text)
    if not text.strip():
        raise ArticleError(source, "no article text found (only markup or page furniture)")
    return text


def looks_like_html(text):
    """True when the text is (part of) an HTML page rather than plain prose."""
    return bool(_HTML_HINT.search(text[:5000]))


# -- HTML -> text ----------------------------------------------------------------------------

def html_to_text(markup):
    """The main text of an HTML page: headline plus story, one paragraph per line."""
    title = _headline(markup)
    markup = _captions(markup)
    body = None
    try:
        import trafilatura
        body = trafilatura.extract(markup, include_comments=False, include_tables=False,
                                   include_links=False, include_images=False, favor_recall=True,
                                   deduplicate=False)   # its memory of earlier pages would change a page read again
    except Exception:          # trafilatura/lxml on hostile markup: fall back, never crash
        body = None
    # too little kept: the page's whole text instead (stripping is skipped when the body is a fifth of the
    # markup itself, since the stripped text is never longer than the markup)
    if not body or len(body) < 0.2 * len(markup):
        stripped = _strip_markup(markup)
        if not body or len(body) < 0.2 * len(stripped):
            body = stripped
    body = _without_link_lines(body, markup)
    if title and title not in body[:len(title) + 200]:
        body = title + "\n" + body
    return body


_LINK_TEXT = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.I | re.S)


def _without_link_lines(body, markup):
    """The body without lines that are a link's whole text: a box of other stories' titles ("Shells hit X school")
    that the page reader kept is no part of this story."""
    links = {_plain_words(m) for m in _LINK_TEXT.findall(markup)}
    links.discard("")
    return "\n".join(line for line in body.split("\n") if " ".join(line.split()) not in links)


def _plain_words(fragment):
    """A markup fragment's text, its tags and entities undone and its spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", re.I | re.S)
_FIGURE = re.compile(r"<figure\b.*?</figure\s*>", re.I | re.S)


def _captions(markup):
    """The markup with its photo captions dropped, since a caption tells what the picture shows, not the story; but
    on a photo essay, whose captions hold more words than the page's text outside its figures (furniture left out),
    the captions tell the story: each is kept as a paragraph of its own, in the place of its figure."""
    captions = [_plain_words(c) for c in _FIGCAPTION.findall(markup)]
    if not captions:
        return markup
    outside = _FIGURE.sub(" ", _FIGCAPTION.sub(" ", markup))
    prose = len(_strip_markup(outside).split())
    if sum(len(c.split()) for c in captions) <= prose:
        return _FIGCAPTION.sub(" ", markup)

    def paragraphs(m):
        return "".join(f"<p>{html.escape(_plain_words(c))}</p>" for c in _FIGCAPTION.findall(m.group(0)))
    markup = _FIGURE.sub(paragraphs, markup)
    return _FIGCAPTION.sub(lambda m: f"<p>{html.escape(_plain_words(m.group(1)))}</p>", markup)


def _headline(markup):
    for tag in ("h1", "title"):
        m = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", markup, re.I | re.S)
        if m:
            text = _plain_words(m.group(1))
            if text:
                return text
    return ""


_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
              "svg", "iframe", "template", "select", "figure", "menu", "head"}
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
               "article", "blockquote", "ul", "ol", "table", "dd", "dt", "pre", "title"}
_FURNITURE_ATTR = re.compile(r"share|social|related|nav|menu|ticker|comment|footer|advert|promo|"
                             r"newsletter|subscribe|cookie|breadcrumb|sidebar|most-?read|top-?reads",
                             re.I)
_VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"}


class _Stripper(HTMLParser):
    """Collect text outside furniture elements; blocks become line breaks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _VOID_TAGS:
            if tag == "br":
                self.parts.append("\n")
            return
        self.depth += 1
        attr_text = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        if not self.skip and (tag in _SKIP_TAGS or _FURNITURE_ATTR.search(attr_text)):
            self.skip.append(self.depth)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _VOID_TAGS:
            return
        if self.skip and self.skip[-1] == self.depth:
            self.skip.pop()
        self.depth = max(0, self.depth - 1)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _strip_markup(markup):
    parser = _Stripper()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:          # malformed markup: keep what was collected
        pass
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# -- furniture -------------------------------------------------------------------------------

_FURNITURE_LINE = re.compile(
    r"^(more top reads|read more|find more|see also|related( articles| stories| news)?|also read|"
    r"recommended|leave a comment|join the discussion|back to homepage|download the|"
    r"advertisement|sponsored|subscribe|sign up|share (this|on)|share$|tweet$|print$|email$|"
    r"follow us|all rights reserved|©|copyright|premium content|more info$|comments?$|"
    r"click here|watch:|listen:|photo:|image:|getty images|reuters photo)",
    re.I)
_TICKER_LINE = re.compile(r"^([A-Z][\w&.]*( [A-Z][\w&.]*)* [-+]\d+(\.\d+)?%?|"
                          r"(BUY|SELL|Buy|Sell) \d+(\.\d+)?|Open\s?\d.*Vol.*)$")
_POST_LIST = re.compile(r"^[•·*\-–]?\s*\d+\s+(minutes?|hours?|days?|weeks?|months?)\s+\S", re.I)
# a line listing a page's or a paper's labels: "Tags: Armenia, border", "Keywords: curfew; Kur valley"
_TAG_LIST = re.compile(r"(?:tags?|keywords?|key\s+words|filed\s+under)\s*:\s", re.I)
_GLUED = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")
_NO_WORDS = re.compile(r"^[\W\d_]*$")


def is_furniture(line):
    """True for a line that belongs to the page around the story, not the story."""
    s = line.strip().lstrip("•·*–-| ").strip()
    if not s or _NO_WORDS.match(s):
        return True
    if _FURNITURE_LINE.match(s) or _TICKER_LINE.match(s) or _POST_LIST.match(line.strip()):
        return True
    if _TAG_LIST.match(s) and not re.search(r"[.!?]\s+[A-Z][a-z]+\s+[a-z]", s):   # (not a story run on after it)
        return True                      # "Keywords: curfew; martial law; Aran": a list of labels, no story
    if (len(_GLUED.findall(s)) >= 2 and any(len(_GLUED.findall(tok)) >= 2 for tok in s.split())
            and not _running_prose(s)):
        return True                      # breadcrumbs glued together: "HomeNewsWorld"
    if re.search(r"[\u0400-\u04ff]", s) and not re.search(r"[\u0400-\u04ff]{2,}\s+[\u0400-\u04ff]{2,}", s):
        return True                      # a stray Cyrillic menu word in an English page
    words = s.split()
    if len(words) <= 3 and s.lower() in _NAV_WORDS:
        return True
    return False


def _running_prose(line):
    """A line of running prose, not a menu: three or more words in lower case ("stopped work at the mine").
    A company whose name is written in camel case ("GeoProMining", "PricewaterhouseCoopers") looks like
    breadcrumbs glued together ("HomeNewsWorld"), but a menu or breadcrumb trail is capitalised labels only,
    while a sentence about the company has its verbs and articles in lower case."""
    if _MENU_MARKS.search(line):
        return False                     # "HomeNewsWorld | tags: armenia, border", "You are here: HomeNews > the latest"
    return sum(1 for word in line.split() if word[:1].islower()) >= 3


# what marks a line as a menu, a breadcrumb trail or a tag list even with lower-case words in it: the separators of
# menus and crumbs, or a label of tags opening it
_MENU_MARKS = re.compile(r"\s[|»›>]\s|^(?:tags?|topics?|categor(?:y|ies)|filed\s+under|keywords?|related|"
                         r"you\s+are\s+here)\s*:", re.I)


_NAV_WORDS = {"home", "news", "world", "politics", "business", "opinion", "sport", "sports", "video",
              "menu", "search", "login", "log in", "register", "contact", "about us", "more", "next",
              "previous", "top stories", "latest", "trending", "facebook", "twitter", "telegram",
              "whatsapp", "linkedin", "reddit", "copy link"}


def clean_text(text):
    """Normalise whitespace and drop furniture and repeated lines from article text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    out, seen = [], set()
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line or is_furniture(line):
            continue
        key = line.lower()
        if key in seen:
            continue                     # the headline repeated by the page template
        seen.add(key)
        out.append(line)
    return "\n".join(out)
