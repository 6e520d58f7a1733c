"""Benchmark the event stores at scale: PostGIS load, view queries, concurrent saves; the file build.

Run: ``python -m bench.bench_store`` (from the project folder; needs Debian's
``postgresql`` and ``postgresql-15-postgis-3``: the benchmark starts its own
throw-away cluster, with fsync on, and deletes it after). Goals, from the team
store issue, printed next to each figure:

* 1,000,000 synthetic events loaded into PostGIS (``python -m geo db load``'s
  path: validate, geocode, ``COPY``, insert with the indexes) in <= 60 s;
* "what is in force on day D in this view" (a 7-day window, a map view around
  a random place) p95 <= 50 ms, as GeoDataFrames ready for the map (also shown: the
  rows alone, and the dashboard's table made of the frames by ``mapview.combine``);
* 8 writer processes x 50 saves each against one database: every row once,
  no deadlock, p95 save <= 200 ms;
* the file backend's ``python -m geo build`` at the same size: time and peak
  memory (where the file backend stops being the right choice).

Options: ``--events N`` (default 1,000,000), ``--queries N``, ``--writers N``,
``--saves N``, ``--no-files`` (skip the file build), ``--load-only`` (the load alone).
"""

import argparse
import csv
import datetime as dt
import logging
import multiprocessing
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_dashboard import region_places
from geo.events import FIELDS
from tests import pg_cluster

FIRST = dt.date(2020, 9, 27)
DAYS = 1100
SPOTS = 2000
VIEW = (1.0, 0.6)            # degrees of a map view (about zoom 10)
SETTINGS = ("fsync=on", "shared_buffers=512MB", "maintenance_work_mem=512MB", "max_wal_size=4GB")


def _load():
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def _server_cpu(cluster):
    """CPU seconds the cluster's processes have used (the postmaster, its children, those gone)."""
    pid = (cluster.data / "postmaster.pid").read_text().split()[0]
    ticks = 0
    for child in [pid, *Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]:
        try:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue                                      # ended meanwhile: counted with the postmaster
        ticks += sum(int(v) for v in fields[11:13 if child != pid else 15])
    return ticks / os.sysconf("SC_CLK_TCK")


def _cpu(cluster, since=None):
    """(client, server) CPU seconds, or those used since an earlier reading."""
    now = time.process_time(), _server_cpu(cluster)
    return now if since is None else f"CPU: client {now[0] - since[0]:.1f} s, server {now[1] - since[1]:.1f} s"


def percentile(values, q):
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def synthetic_csv(path, n, towns, seed=11):
    """n events: 90% one-day shelling reports, 7% checkpoints (5-300 days), 3% corridor stages.

    Corridors are stages of 1,000 roads, one after the other (one state per road per day, as
    the build requires). Every event has its own source, so every key is distinct.
    """
    rng = random.Random(seed)
    roads = {}
    while len(roads) < 1000:                    # distinct end places: distinct roads
        waypoints = rng.sample(towns, 3)
        roads.setdefault(tuple(sorted((waypoints[0], waypoints[-1]))), waypoints)
    roads = list(roads.values())
    road_day = [FIRST + dt.timedelta(days=rng.randrange(30)) for _ in roads]
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for i in range(n):
            start = FIRST + dt.timedelta(days=rng.randrange(DAYS))
            roll = rng.random()
            status = ""
            if roll < 0.9:
                layer, kind, place, end = "shelling", rng.choice(["artillery", "missile", "drone"]), \
                    rng.choice(towns), start
            elif roll < 0.97:
                layer, kind, place = "checkpoints", "checkpoint", rng.choice(towns)
                end = start + dt.timedelta(days=rng.randrange(5, 300))
            else:
                r = rng.randrange(len(roads))
                layer, kind, place = "corridors", "route", ";".join(roads[r])
                status = rng.choice(["open", "blockaded", "planned", "proposed", "closed"])
                start, end = road_day[r], road_day[r] + dt.timedelta(days=rng.randrange(1, 5))
                road_day[r] = end
            writer.writerow({
                "id": f"syn-{i}", "layer": layer, "kind": kind, "status": status, "place": place,
                "start_date": start.isoformat(), "end_date": end.isoformat(), "date_precision": "day",
                "geo_precision": "town", "claimed_by": rng.choice(["Side A", "Side B", "Observers"]),
                "description": f"Synthetic report number {i} for the benchmark, in a sentence of usual length.",
                "source": f"Bench Wire {i}", "source_url": f"https://example.org/bench/{i}", "quote": ""})


def bench_load(store, path, n, cluster):
    phases = logging.getLogger("geo.store.postgis")        # the load's own figures, step by step
    phases.addHandler(logging.StreamHandler(sys.stdout))
    phases.handlers[-1].setFormatter(logging.Formatter("  %(message)s"))
    phases.setLevel(logging.INFO)
    began, cpu = time.perf_counter(), _cpu(cluster)
    result = store.load_csv(path)
    took = time.perf_counter() - began
    assert len(result.added) == n, (len(result.added), n)
    del result                                  # as a second run of the command would start
    print(f"db load, {n:,} synthetic events (validate, geocode, COPY, insert + indexes): {took:.1f} s "
          f"(goal <= 60 s; {_cpu(cluster, cpu)})  [load average {_load()}]", flush=True)
    began, cpu = time.perf_counter(), _cpu(cluster)
    again = store.load_csv(path)
    assert not again.added
    print(f"db load of the same file again: {time.perf_counter() - began:.1f} s, "
          f"{len(again.existing):,} already there, 0 added ({_cpu(cluster, cpu)})  [load average {_load()}]",
          flush=True)


def bench_queries(store, gazetteer, towns, count):
    from geo import mapview
    rng = random.Random(5)
    times, fetches, tables, features = [], [], [], []
    for _ in range(count):
        day = FIRST + dt.timedelta(days=rng.randrange(DAYS))
        place = gazetteer.resolve(rng.choice(towns)).place
        bbox = (place.lon - VIEW[0] / 2, place.lat - VIEW[1] / 2, place.lon + VIEW[0] / 2, place.lat + VIEW[1] / 2)
        window = (day - dt.timedelta(days=6), day)
        began = time.perf_counter()
        layers = store.read_layers(day_window=window, bbox=bbox)
        times.append(time.perf_counter() - began)
        mapview.combine(layers)
        tables.append(time.perf_counter() - began)
        features.append(sum(len(layer) for layer in layers.values()))
        began = time.perf_counter()
        store.rows_shown(day_window=window, bbox=bbox)
        fetches.append(time.perf_counter() - began)

    def ms(values):
        return f"p50 {percentile(values, 50) * 1000:.1f} ms, p95 {percentile(values, 95) * 1000:.1f} ms"
    print(f"in force on day D in a view ({VIEW[0]}x{VIEW[1]} degrees, 7-day window), {count} random days and "
          f"views, {statistics.mean(features):.0f} features on average ({max(features)} at most):\n"
          f"  as GeoDataFrames (read_layers): {ms(times)} (goal <= 50 ms)\n"
          f"  the rows alone (query and fetch): {ms(fetches)}\n"
          f"  read_layers + mapview.combine (the dashboard's table of them): {ms(tables)}  "
          f"[load average {_load()}]", flush=True)
    began = time.perf_counter()
    layers = store.read_layers(day_window=(FIRST, FIRST + dt.timedelta(days=DAYS)))
    print(f"every feature as GeoDataFrames (what the dashboard loads today): "
          f"{sum(len(x) for x in layers.values()):,} in {time.perf_counter() - began:.1f} s", flush=True)


def _writer(args):
    url, worker, saves, start = args
    from geo.gazetteer import load_gazetteer
    from geo.store import open_store
    store = open_store(url, gazetteer=load_gazetteer())
    base = {"layer": "shelling", "kind": "drone", "status": "", "place": "Barda", "date_precision": "day",
            "geo_precision": "town", "description": "Saved by a benchmark writer.", "source_url": "", "quote": ""}
    store.version()                                   # connected, gazetteer loaded: ready
    start.wait()
    times, added = [], []
    for i in range(saves):
        day = (dt.date(2024, 1, 1) + dt.timedelta(days=i)).isoformat()
        own = dict(base, id=f"w{worker}-{i}", start_date=day, end_date=day, claimed_by=f"Desk {worker}",
                   source="Writer bench")
        shared = dict(base, id=f"shared-{i}", start_date=day, end_date=day, claimed_by="Every desk",
                      source="Writer bench")
        began = time.perf_counter()
        result = store.add_events([own, shared])
        times.append(time.perf_counter() - began)
        added += result.ids
    return times, added


def bench_writers(store, writers, saves):
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        start = manager.Barrier(writers)                # all start saving together, once ready
        with ctx.Pool(writers) as pool:
            results = pool.map(_writer, [(store.url, w, saves, start) for w in range(writers)])
    times = [t for ts, _ in results for t in ts]
    added = [i for _, ids in results for i in ids]
    expected = {f"w{w}-{i}" for w in range(writers) for i in range(saves)} | {f"shared-{i}" for i in range(saves)}
    stored = [e["id"] for e in store.changes_since(0).events if e["source"] == "Writer bench"]
    once = sorted(added) == sorted(expected) and sorted(stored) == sorted(expected)
    print(f"{writers} writer processes x {saves} saves (each: its own event + one all of them save): "
          f"{len(stored)} rows stored, every row once: {once}, no deadlock (no error); "
          f"save p50 {percentile(times, 50) * 1000:.0f} ms, p95 {percentile(times, 95) * 1000:.0f} ms "
          f"(goal <= 200 ms)  [load average {_load()}]", flush=True)


def bench_file_build(path, n):
    with tempfile.TemporaryDirectory(prefix="bench-files-") as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        (data / "events.csv").symlink_to(path)
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "geo", "build", "--data", str(data), "--out", str(Path(tmp) / "layers")],
                       check=True, capture_output=True)
        took = time.perf_counter() - began
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 / 1024
        size = sum(p.stat().st_size for p in (Path(tmp) / "layers").glob("*.geojson")) / 1e6
    print(f"file backend: python -m geo build, {n:,} events: {took:.1f} s, peak {peak:.2f} GB resident, "
          f"layers {size:.0f} MB of GeoJSON", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--saves", type=int, default=50)
    parser.add_argument("--no-files", action="store_true", help="skip the file backend's build")
    parser.add_argument("--load-only", action="store_true", help="only the database load (and the load again)")
    args = parser.parse_args()
    reason = pg_cluster.missing()
    if reason:
        sys.exit(f"cannot run: {reason}")

    from geo.gazetteer import load_gazetteer
    from geo.store.postgis import PostgisStore, close_pools
    gazetteer = load_gazetteer()
    towns = region_places(gazetteer, SPOTS)
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        path = Path(tmp) / "events.csv"
        began = time.perf_counter()
        synthetic_csv(path, args.events, towns)
        print(f"wrote {args.events:,} synthetic events over {len(towns):,} places "
              f"({path.stat().st_size / 1e6:.0f} MB CSV) in {time.perf_counter() - began:.0f} s", flush=True)
        cluster = pg_cluster.Cluster(settings=SETTINGS, durable=True)
        try:
            store = PostgisStore(cluster.url, gazetteer)
            store.init()
            with store.connection() as conn:
                shown = {s: conn.execute(f"SHOW {s.split('=')[0]}").fetchone()[0] for s in SETTINGS}
            print(f"PostgreSQL {conn.info.server_version}, {', '.join(f'{k.split(chr(61))[0]}={v}' for k, v in shown.items())}",
                  flush=True)
            bench_load(store, path, args.events, cluster)
            if not args.load_only:
                bench_queries(store, gazetteer, towns, args.queries)
                bench_writers(store, args.writers, args.saves)
        finally:
            close_pools()
            cluster.stop()
        if not (args.no_files or args.load_only):
            bench_file_build(path, args.events)


if __name__ == "__main__":
    main()
