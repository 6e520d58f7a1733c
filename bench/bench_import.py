"""Benchmark the import of a 100,000-row ACLED-format CSV (goal: <= 10 s and <= 1 GB).

Run: ``python -m bench.bench_import`` (from the project folder). A synthetic
ACLED CSV is written over the region's places (with the gazetteer's
coordinates, every row a distinct event), then ``python -m geo import --format
acled`` runs in a fresh process into an empty data folder, saving every row and
rebuilding the layers. Wall time and the process's peak resident memory are
printed against the goals, with the CPU time (which a busy machine does not
inflate) and the load average; ``--rows N`` changes the size.
"""

import argparse
import csv
import datetime as dt
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from geo.events import FIELDS
from geo.gazetteer import DEFAULT_SUPPLEMENT, load_gazetteer
from geo.importers.acled import COLUMNS

PLACES = ["Stepanakert", "Shusha", "Lachin", "Ganja", "Barda", "Aghdam", "Yevlakh", "Goris", "Kornidzor",
          "Tartar", "Jabrayil", "Kalbajar", "Fuzuli", "Hadrut", "Martakert", "Askeran", "Martuni", "Tovuz",
          "Meghri", "Kapan", "Vardenis", "Jermuk", "Sotk", "Qubadli", "Zangilan", "Mingachevir", "Beylagan",
          "Horadiz", "Agdere", "Khojaly"]
SUB_EVENTS = [("Explosions/Remote violence", "Shelling/artillery/missile attack"),
              ("Explosions/Remote violence", "Air/drone strike"),
              ("Battles", "Armed clash"),
              ("Strategic developments", "Looting/property destruction")]
ACTORS = ["Military Forces of Armenia (2018-)", "Military Forces of Azerbaijan (2003-)"]


def write_sample(path, rows):
    """``rows`` distinct ACLED rows over PLACES, 27 Sep 2020 onwards (place fastest, then sub-event, then day)."""
    gazetteer = load_gazetteer()
    coords = {name: gazetteer.resolve(name).place for name in PLACES}
    first = dt.date(2020, 9, 27)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for i in range(rows):
            name = PLACES[i % len(PLACES)]
            event_type, sub = SUB_EVENTS[(i // len(PLACES)) % len(SUB_EVENTS)]
            day = first + dt.timedelta(days=i // (len(PLACES) * len(SUB_EVENTS)))
            place = coords[name]
            writer.writerow({"event_id_cnty": f"SYN{i:06d}", "event_date": day.isoformat(), "year": day.year,
                             "time_precision": 1 + i % 3, "event_type": event_type, "sub_event_type": sub,
                             "actor1": ACTORS[i % 2], "actor2": "Civilians", "country": "Azerbaijan",
                             "location": name, "latitude": f"{place.lat:.4f}", "longitude": f"{place.lon:.4f}",
                             "geo_precision": 1 + i % 3, "source": f"Synthetic wire {i % 7}",
                             "notes": f"Synthetic event {i} at {name}.", "fatalities": i % 4})


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=100_000)
    rows = p.parse_args().rows
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        tmp = Path(tmp)
        data = tmp / "data"
        data.mkdir()
        shutil.copy(DEFAULT_SUPPLEMENT, data / "gazetteer.csv")        # same content: the cached index
        (data / "events.csv").write_text(",".join(FIELDS) + "\n", encoding="utf-8")
        sample = tmp / "acled.csv"
        write_sample(sample, rows)
        print(f"{rows:,} ACLED rows, {sample.stat().st_size / 1e6:.1f} MB")
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "geo", "import", str(sample), "--format", "acled",
                               "--data", str(data), "--out", str(tmp / "layers")],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak_mb, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        if done.returncode:
            sys.exit(f"import failed: {done.stderr.strip()}")
        print(done.stdout.splitlines()[0])
        saved = sum(1 for _ in (data / "events.csv").open(encoding="utf-8")) - 1
        print(f"saved {saved:,} events; import took {seconds:.1f} s (goal <= 10 s; {cpu:.1f} s of CPU, "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores), "
              f"peak memory {peak_mb:.0f} MB (goal <= 1024 MB)")


if __name__ == "__main__":
    main()
