"""Benchmark extraction speed: articles per second for 5 kB articles, warm, one core.

The articles are built from the project's own annotated test articles
(``tests/articles/``), cut and joined to about 5,000 characters each, with
varied publication dates so that date resolution is not one cached answer.
Rates are per CPU-second of this process on one core (``time.process_time``), so
other work on the machine does not distort them. "Warm" means the gazetteer is loaded and the first article has been
extracted once (caches filled), as in the dashboard or a long CLI run.

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


def five_kb_articles(count=40):
    """``count`` texts of about 5 kB, each a different rotation of the test articles."""
    texts = [read_article(p) for p in sorted(ARTICLES.glob("*.txt"))] + \
            [read_article(p) for p in sorted(ARTICLES.glob("*.html"))]
    out = []
    for i in range(count):
        parts, size, k = [], 0, i
        while size < SIZE:
            t = texts[k % len(texts)]
            parts.append(t)
            size += len(t) + 1
            k += 1
        out.append("\n".join(parts)[:SIZE])
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
    extract_text(texts[0], dates[0], gazetteer)                     # warm-up

    def run(fn):
        # CPU time of this process: the one-core rate, not disturbed by other work on the machine
        n, candidates, start = 0, 0, time.process_time()
        while time.process_time() - start < args.seconds:
            i = n % len(texts)
            candidates += len(fn(texts[i], dates[i]))
            n += 1
        elapsed = time.process_time() - start
        return n / elapsed, candidates / n

    rate, per = run(lambda t, d: extract_text(t, d, gazetteer))
    print(f"extract (plain text, {SIZE // 1000} kB):      {rate:7.1f} articles/s  "
          f"({per:.1f} candidates each; goal ≥ {GOAL})")
    html_texts = ["<html><body>" + "".join(f"<p>{line}</p>" for line in t.split("\n")) + "</body></html>"
                  for t in texts]
    rate_html, _ = run(lambda t, d: extract_text(article_text(html_texts[texts.index(t)]), d, gazetteer))
    print(f"read HTML + extract ({SIZE // 1000} kB of text): {rate_html:7.1f} articles/s")

    from bench.eval_extract import score
    f = score(gazetteer=gazetteer)["figures"]
    print(f"test set ({f['articles']} articles): place recall {f['place_recall']:.3f}, "
          f"precision {f['place_precision']:.3f}, right layer {f['layer_accuracy']:.3f}, "
          f"exact date {f['date_accuracy']:.3f}, claimed_by {f['claim_accuracy']:.3f}")
    return 0 if rate >= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
