"""Write the extractor's output on every test article as canonical JSON, to check a speed-up changes nothing.

Covers ``tests/articles/`` and its ``heldout*`` folders (each article read as
the CLI reads it, so HTML goes through trafilatura), and the 5 kB articles of
``bench.bench_extract`` (plain and wrapped in HTML, as that benchmark runs
them) and the first five of ``bench.bench_ingest``'s templated articles. The
blind sets not yet read (``BLIND``) are written as one hash per article, never
their text or candidates. Take a snapshot before a change and one after, then ``cmp`` them.

Run: ``python -m bench.extract_snapshot --out FILE [--reverse]`` (``--reverse``
extracts the articles in the opposite order: a per-article cache that leaks
between articles would show as a difference).
"""

import argparse
import datetime as dt
import hashlib
import json
import sys
import tempfile
from pathlib import Path

from bench.bench_extract import five_kb_articles
from bench.bench_ingest import write_articles
from bench.eval_extract import load_testset
from geo.article import article_text, read_article
from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

PROJECT = Path(__file__).resolve().parent.parent
ARTICLES = PROJECT / "tests" / "articles"
BLIND = ("heldout250", "heldout251", "heldout252", "heldout253", "heldout254", "heldout255")   # the held-out sets not yet read, kept unread until their round


def _canonical(value):
    return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=1, default=str)


def jobs():
    """(name, read) pairs: ``read()`` returns (text, published) for one article."""
    folders = [ARTICLES] + sorted(p for p in ARTICLES.iterdir() if p.is_dir() and p.name.startswith("heldout"))
    for folder in folders:
        for item in load_testset(folder):
            path = item["path"]
            yield str(path.relative_to(ARTICLES)), (lambda p=path, d=item["published"]: (read_article(p), d))
    base = dt.date(2020, 10, 1)
    for i, text in enumerate(five_kb_articles(40)):
        day = base + dt.timedelta(days=37 * i)
        page = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.split("\n")) + "</body></html>"
        yield f"bench_extract/{i:02d}.txt", (lambda t=text, d=day: (t, d))
        yield f"bench_extract/{i:02d}.html", (lambda t=page, d=day: (article_text(t), d))
    with tempfile.TemporaryDirectory() as tmp:
        write_articles(Path(tmp), 5)
        for path in sorted(Path(tmp).iterdir()):
            day = dt.date.fromisoformat(path.name[:10])
            text = read_article(path)
            yield f"bench_ingest/{path.name}", (lambda t=text, d=day: (t, d))


def snapshot(reverse=False):
    """{article name: its text and candidates} (a hash of them for the blind sets)."""
    gazetteer = load_gazetteer()
    todo = list(jobs())
    out = {}
    for name, read in (reversed(todo) if reverse else todo):
        text, published = read()
        value = {"text": text, "candidates": extract_text(text, published, gazetteer, source=name)}
        if name.split("/")[0] in BLIND:
            value = hashlib.sha256(_canonical(value).encode("utf-8")).hexdigest()
        out[name] = value
    return out


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", required=True, help="JSON file to write")
    p.add_argument("--reverse", action="store_true", help="extract the articles in the opposite order")
    args = p.parse_args(argv)
    result = snapshot(args.reverse)
    Path(args.out).write_text(_canonical(result) + "\n", encoding="utf-8")
    print(f"{len(result)} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
