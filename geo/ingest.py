"""A folder of saved articles to one review queue: extract in parallel, merge repeated events.

``python -m geo ingest FOLDER`` reads every ``.txt``, ``.html``/``.htm`` and
``.eml`` file of the folder (not its subfolders), takes each one's publication
date (``--published-from``: the page's own metadata — an HTML page's
published-time meta tags, an e-mail's Date header, a "Date:" line of a text
file — else a date in the file name; only the file name; or one date for all), extracts candidate events on every core with a progress
bar on stderr, and merges the candidates that report the same event — same
layer, same day, same claimant (each side's claim stays its own candidate),
places within :data:`MERGE_KM` — into one candidate listing every article that
reports it. An article's undated candidate that only repeats one of its dated
ones (a headline) is dropped first. The queue is written as JSON (default ``FOLDER/review-queue.json``)
for review: candidates best first by ``confidence``, articles that could not be
read with their reason.

Bare mentions of a place (kind ``mention``) are not queued: they are not events.
"""

import datetime as dt
import email
import email.policy
import email.utils
import json
import multiprocessing
import os
import re
import sys
import time
from pathlib import Path

from . import atomic
from .article import ArticleError, article_text
from .errors import GeoError
from .gazetteer import distance_km
from .names import display_key

SUFFIXES = (".txt", ".html", ".htm", ".eml")
MERGE_KM = 5.0
QUEUE_NAME = "review-queue.json"
_FILENAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_HTML_DATES = [re.compile(p, re.I) for p in (
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|datePublished|"
    r"date|pubdate|publishdate|dc\.date|DC\.date\.issued|sailthru\.date|parsely-pub-date)[\"'][^>]*"
    r"content=[\"']([^\"']+)",
    r"<meta[^>]+content=[\"']([^\"']+)[\"'][^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|"
    r"datePublished|date|pubdate)[\"']",
    r"\"datePublished\"\s*:\s*\"([^\"]+)\"",
    r"<time[^>]+datetime=[\"']([^\"']+)")]
_TEXT_DATE = re.compile(r"^(?:date|published|publication date)\s*:\s*(.+)$", re.I | re.M)


# -- one article -----------------------------------------------------------------------------

def _parse_date(text):
    """A date from ISO text (``2020-10-05``, ``2020-10-05T08:00:00Z``) or an e-mail style date."""
    text = text.strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        return dt.date(*map(int, match.groups()))
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _from_filename(path):
    for match in _FILENAME_DATE.finditer(path.name):
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            continue
    return None


def _from_meta(path, raw, message):
    if message is not None:
        return _parse_date(message.get("Date", "") or "")
    if path.suffix.lower() in (".html", ".htm"):
        for pattern in _HTML_DATES:
            match = pattern.search(raw)
            if match and _parse_date(match.group(1)):
                return _parse_date(match.group(1))
        return None
    match = _TEXT_DATE.search(raw[:2000])
    return _parse_date(match.group(1)) if match else None


def _email(data):
    """(headline + body text, the message) of an .eml file; the HTML part when there is no plain one."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    content = body.get_content() if body is not None else ""
    subject = message.get("Subject", "")
    return (f"{subject}\n\n{content}" if subject else content), message


def read_one(path, published_from):
    """(cleaned text, publication date, outlet/title) of one article; ArticleError when it cannot be used."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, exc.strerror or str(exc)) from None
    message = None
    if path.suffix.lower() == ".eml":
        raw, message = _email(data)
        title = message.get("Subject", "") or path.name
    else:
        raw = data.decode("utf-8", errors="replace")
        title = path.name
    if isinstance(published_from, dt.date):
        published = published_from
    elif published_from == "filename":
        published = _from_filename(path)
    else:
        published = _from_meta(path, raw, message) or _from_filename(path)
    if published is None:
        where = "its file name" if published_from == "filename" else "its metadata or file name"
        raise ArticleError(path, f"no publication date in {where}")
    return article_text(raw if message is not None else data, path), published, title


_GAZETTEER = None


def _init_worker():
    global _GAZETTEER
    from .gazetteer import load_gazetteer
    _GAZETTEER = load_gazetteer()


def extract_one(job):
    """Worker: (path, published_from) -> (path, published or None, candidates, error or None)."""
    from .extract import extract_text
    path, published_from = job
    try:
        text, published, title = read_one(path, published_from)
    except ArticleError as exc:
        return str(path), None, [], exc.reason
    candidates = [c for c in extract_text(text, published, _GAZETTEER, source=str(path))
                  if c["kind"] != "mention"]
    for c in candidates:
        c["article_title"] = title
    return str(path), published.isoformat(), candidates, None


# -- merging ---------------------------------------------------------------------------------

def merge(results):
    """One candidate per event: the same layer, day and claimant, places within MERGE_KM.

    ``results``: (path, published, candidates, error) as :func:`extract_one` gives them, in any
    order; the output is the same whatever the order (articles are taken by path).
    """
    groups, index = [], {}
    for path, published, candidates, error in sorted(results, key=lambda r: r[0]):
        for c in _story(candidates):
            key = (c["layer"], c["start_date"], " ".join(display_key(c["claimed_by"]).split()))
            group = next((g for g in index.get(key, ()) if _near(c, g)), None)
            source = {"file": path, "published": published, "title": c.get("article_title", ""),
                      "quote": c["quote"], "kind": c["kind"], "place": c["place"],
                      "date_certain": c["date_certain"]}
            if group is None:
                group = {k: v for k, v in c.items() if k not in ("article_title", "sentence")}
                group["sources"] = []
                groups.append(group)
                index.setdefault(key, []).append(group)
            elif c["date_certain"] and not group["date_certain"]:
                group.update({k: c[k] for k in ("date_certain", "date_text", "date_precision", "end_date")})
            if all(s["file"] != path or s["quote"] != c["quote"] for s in group["sources"]):
                group["sources"].append(source)
    for group in groups:
        group["confidence"] = confidence(group)
        group["source"] = "; ".join(dict.fromkeys(s["title"] or s["file"] for s in group["sources"]))
    return sorted(groups, key=lambda g: (-g["confidence"], g["start_date"], g["place"]))


def _near(a, b):
    return bool(a.get("coordinates")) and len(a["coordinates"]) == len(b.get("coordinates") or ()) and \
        distance_km(a["coordinates"][0][1], a["coordinates"][0][0],
                    b["coordinates"][0][1], b["coordinates"][0][0]) <= MERGE_KM


def _story(candidates):
    """An article's candidates without those that only repeat its story undated (a headline's
    "Artillery fire on Terter" beside "... fire on Terter on 4 October")."""
    dated = [c for c in candidates if c["date_certain"]]
    return [c for c in candidates
            if c["date_certain"] or not any(d["layer"] == c["layer"] and _near(c, d) for d in dated)]


def confidence(candidate):
    """0-1, to sort the queue: more articles, a stated date and exact place matches score higher."""
    articles = len({s["file"] for s in candidate["sources"]})
    exact = all(m.startswith("exact") for m in candidate.get("match", "").split(";") if m)
    score = 0.4 + 0.15 * min(articles - 1, 3) + 0.1 * bool(candidate["date_certain"]) + 0.05 * exact
    return round(min(score, 1.0), 2)


# -- the folder ------------------------------------------------------------------------------

def articles(folder):
    """The article files of a folder, by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GeoError(f"{folder}: not a folder")
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def _progress(done, total, started, stream):
    width = 30
    filled = int(width * done / total) if total else width
    elapsed = time.perf_counter() - started
    stream.write(f"\ringest [{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles "
                 f"{elapsed:5.1f} s")
    if done == total:
        stream.write("\n")
    stream.flush()


def ingest(folder, published_from="meta", out=None, processes=None, progress=True):
    """Extract every article of ``folder`` on all cores, merge, and write the review queue.

    ``progress``: draw the bar on stderr (True), on another stream, or not at all (None).

    Returns
    -------
    (pathlib.Path, dict)
        The queue file and its content.
    """
    from .gazetteer import load_gazetteer
    paths = articles(folder)
    if not paths:
        raise GeoError(f"{folder}: no .txt, .html or .eml files")
    load_gazetteer()                              # built or cached once, before the workers start
    processes = processes or os.cpu_count() or 1
    progress = sys.stderr if progress is True else progress
    jobs = [(str(p), published_from) for p in paths]
    results, started = [], time.perf_counter()
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(processes, initializer=_init_worker) as pool:
        for done, result in enumerate(pool.imap_unordered(extract_one, jobs, chunksize=8), start=1):
            results.append(result)
            if progress is not None and (done == len(jobs) or done % 10 == 0):
                _progress(done, len(jobs), started, progress)
    queue = {
        "folder": str(folder), "published_from": str(published_from), "articles": len(paths),
        "unread": [{"file": path, "reason": error} for path, _, _, error in sorted(results) if error],
        "candidates": merge(results),
    }
    out = Path(out) if out else Path(folder) / QUEUE_NAME
    _write_json(out, queue)
    return out, queue


def _write_json(path, content):
    if not path.parent.is_dir():
        raise GeoError(f"cannot write {path}: folder {path.parent} does not exist")
    atomic.write_text(path, json.dumps(content, ensure_ascii=False, indent=1) + "\n")
