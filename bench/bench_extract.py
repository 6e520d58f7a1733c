"""Benchmark extraction speed: articles per second for 5 kB articles, warm, one core.

The articles are built from the project's own annotated articles (``tests/articles/``
and its older held-out sets, heldout4 to heldout99, plain text), joined to about
5,000 characters each with no article used twice, and each is extracted once:
a benchmark that met the same sentences again would time the extractor's caches,
not the extractor. Publication dates vary so that date resolution is not one
cached answer. Rates are per CPU-second of this process on one core
(``time.process_time``), so other work on the machine does not distort them.
"Warm" means the gazetteer is loaded and one article (not among those timed) has
been extracted, as in the dashboard or a long CLI run.

Also prints the quality figures of ``bench/eval_extract.py``.

Run: ``python -m bench.bench_extract [--seconds 5]``. Goal: ≥ 50 articles/s.
"""

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
from geo.article import article_text, read_article
from geo.extract import extract_text
from geo.gazetteer import load_gazetteer

ARTICLES = PROJECT / "tests" / "articles"
SIZE = 5_000
GOAL = 50


def five_kb_articles(count=None):
    """Texts of about 5 kB, each joined from articles no other text uses, in a fixed order; at most ``count``."""
    files = sorted(ARTICLES.glob("*.txt")) + [path for n in range(4, 100)
                                              for path in sorted((ARTICLES / f"heldout{n}").glob("*.txt"))]
    out, parts, size = [], [], 0
    for path in files:
        text = read_article(path)
        parts.append(text)
        size += len(text) + 1
        if size >= SIZE:
            out.append("\n".join(parts)[:SIZE])
            parts, size = [], 0
            if count is not None and len(out) == count:
                break
    return out


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=5.0, help="how long to run each measurement")
    args = p.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})      # one core
    gazetteer = load_gazetteer()
    texts = five_kb_articles()
    base = dt.date(2020, 10, 1)
    dates = [base + dt.timedelta(days=37 * i) for i in range(len(texts))]
    extract_text(texts[-1], dates[-1], gazetteer)                   # warm-up, on a text not timed
    half = (len(texts) - 1) // 2
    plain, html = range(0, half), range(half, 2 * half)            # each text timed once, plain or as HTML

    def run(fn, indices):
        # CPU time of this process: the one-core rate, not disturbed by other work on the machine
        n, candidates, start = 0, 0, time.process_time()
        for i in indices:
            if time.process_time() - start >= args.seconds:
                break
            candidates += len(fn(i))
            n += 1
        elapsed = time.process_time() - start
        return n / elapsed, candidates / n, n

    rate, per, n = run(lambda i: extract_text(texts[i], dates[i], gazetteer), plain)
    print(f"extract (plain text, {SIZE // 1000} kB):      {rate:7.1f} articles/s  "
          f"({per:.1f} candidates each over {n} distinct articles; goal ≥ {GOAL})")
    html_pages = {i: "<html><body>" + "".join(f"<p>{line}</p>" for line in texts[i].split("\n")) + "</body></html>"
                  for i in html}
    rate_html, _, n_html = run(lambda i: extract_text(article_text(html_pages[i]), dates[i], gazetteer), html)
    print(f"read HTML + extract ({SIZE // 1000} kB of text): {rate_html:7.1f} articles/s  (over {n_html} other articles)")

    from bench.eval_extract import score
    f = score(gazetteer=gazetteer)["figures"]
    print(f"test set ({f['articles']} articles): place recall {f['place_recall']:.3f}, "
          f"precision {f['place_precision']:.3f}, right layer {f['layer_accuracy']:.3f}, "
          f"exact date {f['date_accuracy']:.3f}, claimed_by {f['claim_accuracy']:.3f}")
    return 0 if rate >= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
