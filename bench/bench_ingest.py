"""Benchmark ``python -m geo ingest`` on 2,000 articles of 5 kB (goal: <= 30 s on this 2-core machine).

Run: ``python -m bench.bench_ingest [--articles N]``. The articles are written
from templates: 400 events (a place, a day, a claimant), each reported by five
articles in different words, then paragraphs naming two more places each (about
twenty place names per article) up to 5 kB, dated in their file names. Prints wall and CPU time (all worker processes), the candidates in
the queue and how many merged reports of several articles.
"""

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["Tartar", "Barda", "Ganja", "Aghdam", "Stepanakert", "Martuni", "Martakert", "Goris", "Fuzuli",
          "Jabrayil", "Shusha", "Askeran", "Hadrut", "Kapan", "Vardenis", "Tovuz", "Yevlakh", "Beylagan"]
CLAIMS = [("Azerbaijan's defence ministry", "Armenian"), ("The Armenian Defence Ministry", "Azerbaijani")]
TEMPLATES = [
    "{claim} said {actor} forces shelled {place} on {date}, damaging several houses.",
    "{place} came under artillery fire on {date}, according to {claim_lower}.",
    "On {date}, {actor} artillery struck {place}, {claim_lower} said in a statement.",
    "{claim} reported that {place} was shelled by {actor} forces on {date}.",
    "Heavy shelling hit {place} on {date}, {claim_lower} said.",
]
BACKGROUND = ("Residents of {a} said they had spent the night in basements, and officials in {b} asked for "
              "shelters to be opened. ")
FILLER = ("Officials said the situation remained tense and that emergency services were working through "
          "the night. Analysts noted that the diplomatic track had stalled, while aid agencies asked for "
          "safe access to civilians and for the exchange of the bodies of the dead. ")
SIZE = 5000


def write_articles(folder, count):
    first = dt.date(2020, 9, 28)
    for n in range(count):
        event = n // 5
        place = PLACES[event % len(PLACES)]
        day = first + dt.timedelta(days=event // len(PLACES) % 40)
        claim, actor = CLAIMS[event % 2]
        text = TEMPLATES[n % 5].format(claim=claim, claim_lower=claim[0].lower() + claim[1:], actor=actor,
                                       place=place, date=f"{day.day} {day:%B}")
        body = [f"Report {n}", text]
        k = 0
        while sum(len(p) for p in body) < SIZE:
            k += 1
            body.append(BACKGROUND.format(a=PLACES[(event + k) % len(PLACES)], b=PLACES[(event + 2 * k) % len(PLACES)])
                        + FILLER)
        published = day + dt.timedelta(days=1 + n % 3)
        (folder / f"{published.isoformat()}_outlet-{n:04d}.txt").write_text("\n\n".join(body)[:SIZE] + "\n",
                                                                          encoding="utf-8")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=2000)
    count = p.parse_args().articles
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(folder, count)
        out = Path(tmp) / "queue.json"
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "geo", "ingest", str(folder), "--published-from", "filename",
                               "--out", str(out)], capture_output=True, text=True)
        seconds = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode:
            sys.exit(f"ingest failed: {done.stderr.strip()}")
        queue = json.loads(out.read_text(encoding="utf-8"))
        merged = [c for c in queue["candidates"] if len(c["sources"]) > 1]
        print(f"{count:,} articles of {SIZE // 1000} kB: {seconds:.1f} s (goal <= 30 s; "
              f"{usage.ru_utime + usage.ru_stime:.1f} s of CPU on {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f}), peak memory of one process {usage.ru_maxrss / 1024:.0f} MB")
        print(f"queue: {len(queue['candidates'])} candidates, {len(merged)} of them merged from several articles "
              f"(written: {count // 5} events x 5 articles), {len(queue['unread'])} unread")


if __name__ == "__main__":
    main()
