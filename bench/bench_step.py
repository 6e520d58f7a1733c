"""Benchmark stepping through time in real Chromium: the map component at 10k, 100k and 1M events.

Run: ``python -m bench.bench_step [--events 10000 100000 1000000] [--viewers 10] [--database]``
from the project folder (needs /usr/bin/chromium and ``python -m geo.assets``). For each size it
writes synthetic layers over the region's places (90 % shelling reports, checkpoints standing
5–300 days, other events, corridor intervals; the layer files are written directly, no geocoding),
serves the dashboard on them, and measures with every non-local request blocked, window 7 days.
With ``--database`` the events go instead into a throw-away PostgreSQL + PostGIS cluster
(tests/pg_cluster.py; ``db load`` of bench_store's synthetic CSV, geocoded) and the dashboard
reads them there (``CORRIDOR_MAP_DATABASE``). Above ``CORRIDOR_MAP_BROWSER_FEATURES`` the map is
sent slices of dates (geo/mapslice.py); ``--limit`` sets it for the run.


* first paint: from opening the page to the map's first drawing (the server's caches warm, as for
  every viewer after the first; the cold first open after the server started is printed too, with the
  layers read back once after writing them and the default view's map file remembered, as ``python -m geo
  build`` does), and its stages: when the map's
  frame began loading, its script ran, its data was in and it drew (ms from the page's start);
* step: the map's Next button clicked, until the map is drawn (two animation frames after the
  click: Leaflet paints its canvas in the next frame), median and 90th percentile of 30 steps;
* websocket bytes per step: sent and received by the page while stepping quickly (steps within the
  pause the map waits before telling the server), and for one step followed by a pause (the
  deferred report, its rerun and the table that follows);
* Play: steps per second reached at the fastest speed (20/s) over 4 s, and the drawing time per
  step;
* slices (above the limit): how many times stepping left the slice the map held, and the time
  from leaving it to the next slice's arrival (the step itself is not drawn until then);
* concurrent viewers (``--viewers``, at the first size): that many pages in one Chromium, opened at
  once; once every page shows the rest of the page, each steps 10 times with pauses of 0.2–1.2 s,
  click to drawn; then again with new pages that step only once each has drawn all of itself
  (``concurrent_settled``: its downloads shown, then a second without a long task), since pages
  that are still drawing their widgets, chart and table take the cores from the others' steps.

Goals (issue 14): at 100,000 events step ≤ 50 ms median, Play ≥ 10 steps/s, 0 bytes per step,
first paint ≤ 3 s; 10 viewers: median step ≤ 200 ms.
"""

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from tests.dashboard_fixtures import CHROMIUM, CHROMIUM_ARGS, MAP_IFRAME, serve, to_app

PLACES = 811
FIRST = dt.date(2020, 9, 27)
DAYS = 1100
STEP_JS = """async () => {
    const t = performance.now();
    document.getElementById("next").click();
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t;
}"""


def region_places(count=PLACES, seed=7):
    """``count`` GeoNames towns of Armenia and Azerbaijan: (name, lat, lon)."""
    from geo.gazetteer import load_gazetteer
    places = sorted({(p.name, round(p.lat, 5), round(p.lon, 5)) for p in load_gazetteer().places
                     if p.country in ("AM", "AZ") and p.source == "geonames"})
    return random.Random(seed).sample(places, min(count, len(places)))


def write_layers(n, folder, places, seed=7):
    """Write n synthetic events as the four layer files in ``folder``."""
    rng = random.Random(seed)
    layers = {"corridors": [], "shelling": [], "checkpoints": [], "other": []}
    for i in range(n):
        start = FIRST + dt.timedelta(days=rng.randrange(DAYS))
        roll = rng.random()
        name, lat, lon = rng.choice(places)
        props = {"id": f"syn-{i}", "status": "", "date_precision": "day", "geo_precision": "town",
                 "claimed_by": rng.choice(["Side A ministry", "Side B ministry", "Observers"]),
                 "description": f"Synthetic report number {i} for the benchmark, in a sentence of usual length.",
                 "source": rng.choice(["Bench Daily", "Bench Wire"]), "source_url": f"https://example.org/bench/{i}",
                 "quote": None, "place": name, "place_label": name, "place_armenian": name,
                 "place_azerbaijani": name, "geo_source": "geonames", "start_date": start.isoformat()}
        geometry = {"type": "Point", "coordinates": [lon, lat]}
        if roll < 0.9:
            layer, props["kind"], end = "shelling", rng.choice(["shelling", "artillery", "missile", "drone"]), start
        elif roll < 0.97:
            layer, props["kind"], end = "checkpoints", "checkpoint", start + dt.timedelta(days=rng.randrange(5, 300))
        elif roll < 0.99:
            layer, props["kind"], end = "other", rng.choice(["handover", "meeting", "statement"]), start
        else:
            layer, props["kind"] = "corridors", "route"
            props["status"] = rng.choice(["open", "blockaded", "planned", "proposed", "closed"])
            stops = rng.sample(places, 3)
            props["place"] = props["place_label"] = " – ".join(s[0] for s in stops)
            geometry = {"type": "LineString", "coordinates": [[s[2], s[1]] for s in stops]}
            end = start + dt.timedelta(days=rng.randrange(5, 400))
        props["end_date"] = end.isoformat()
        props["layer"] = layer
        layers[layer].append({"type": "Feature", "id": props["id"], "geometry": geometry, "properties": props})
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, features in layers.items():
        (folder / f"{name}.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return folder


async def open_map(browser, url, query="?date=2021-06-01&window=7", traffic=None):
    """A new page on the dashboard with the map drawn: (page, map frame, ms from opening to first paint).

    ``traffic``: a one-item list to which the page's websocket bytes are added (see :func:`count_bytes`).
    """
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    if traffic is not None:
        count_bytes(page, traffic)
    await page.route("**/*", lambda r: r.continue_() if to_app(r.request.url, url) else r.abort())
    began = time.perf_counter()
    await page.goto(f"{url}/{query}", timeout=600_000)
    frame = await (await page.wait_for_selector(MAP_IFRAME, state="attached", timeout=600_000)).content_frame()
    await frame.wait_for_function("() => window.cmDrawCount > 0", timeout=600_000, polling=20)
    return page, frame, (time.perf_counter() - began) * 1000


async def paint_stages(page, frame):
    """When, from the page's start, the map's frame began, its script ran, its data came and it drew.

    From the performance marks of geo/frontend/timemap.js and the frames' time origins.
    """
    top = await page.evaluate("() => performance.timeOrigin")
    inner = await frame.evaluate("""() => ({origin: performance.timeOrigin,
        marks: Object.fromEntries(performance.getEntriesByType('mark').map(m => [m.name, m.startTime]))})""")
    offset = inner["origin"] - top
    names = {"map_frame": None, "map_script": "cm:ready", "data_in": "cm:parsed", "drawn": "cm:first-draw"}
    return {key: offset + (inner["marks"].get(mark, 0) if mark else 0) for key, mark in names.items()}


def count_bytes(page, total):
    """Add the bytes the page sends and receives over its websockets to ``total[0]`` (and the
    number of messages it sends, each a rerun asked of the server, to ``total[1]`` if there is one)."""
    def sent(m):
        total[0] += len(m)
        if len(total) > 1:
            total[1] += 1

    def watch(ws):
        ws.on("framereceived", lambda m: total.__setitem__(0, total[0] + len(m)))
        ws.on("framesent", sent)
    page.on("websocket", watch)


async def measure(browser, url, steps=30):
    """First paint, step times, websocket bytes and Play speed on one page."""
    page, frame, cold = await open_map(browser, url)
    await page.context.close()
    paints, stages = [], []
    for _ in range(3):
        page, frame, ms = await open_map(browser, url)
        paints.append(ms)
        stages.append(await paint_stages(page, frame))
        await page.context.close()
    traffic = [0]
    page, frame, _ = await open_map(browser, url, traffic=traffic)
    await page.get_by_text("On the map now").wait_for(timeout=600_000)    # the page followed the map
    await asyncio.sleep(2)                                  # the page settles
    quick_bytes = traffic[0]
    times = []
    for _ in range(steps):
        times.append(await frame.evaluate(STEP_JS))
        await asyncio.sleep(0.1)
    quick_bytes = traffic[0] - quick_bytes
    before = traffic[0]
    await frame.evaluate(STEP_JS)
    await asyncio.sleep(3)                                  # the map tells the server; the page reruns
    paused_bytes = traffic[0] - before
    await frame.select_option("#speed", "20")
    await frame.evaluate("() => { window.cmPlaySteps = 0; window.cmSetSpeed(20); }")
    await frame.evaluate("() => window.cmDayBeforePlay = window.cmState().day")
    await frame.click("#play")
    started = time.perf_counter()
    draw_ms = []
    while time.perf_counter() - started < 4:
        await asyncio.sleep(0.25)
        draw_ms.append(await frame.evaluate("() => window.cmLastDrawMs"))
    played = await frame.evaluate("() => window.cmPlaySteps")
    elapsed = time.perf_counter() - started
    await frame.click("#play")
    drawn = await frame.evaluate("() => window.cmDrawn().length")
    waits = await frame.evaluate("() => window.cmSliceWaits || []")
    await page.context.close()
    times.sort()
    return {"first_paint_cold_ms": round(cold), "first_paint_ms": round(statistics.median(paints)),
            "first_paint_stages_ms": {k: round(statistics.median(s[k] for s in stages)) for k in stages[0]},
            "step_median_ms": round(statistics.median(times), 1), "step_p90_ms": round(times[int(len(times) * 0.9)], 1),
            "ws_bytes_per_quick_step": round(quick_bytes / steps), "ws_bytes_step_then_pause": paused_bytes,
            "play_steps_per_s": round(played / elapsed, 1), "play_draw_ms_median": round(statistics.median(draw_ms), 1),
            "features_drawn_last": drawn, "slice_loads": len(waits),
            "slice_wait_ms_median": round(statistics.median(waits)) if waits else None}


SETTLED_JS = """async () => {
    // resolves once the page has gone a second without a long task (a busy main thread), at most 60 s
    let last = performance.now();
    const seen = new PerformanceObserver(list => { last = performance.now(); });
    seen.observe({type: "longtask"});
    const began = performance.now();
    while (performance.now() - last < 1000 && performance.now() - began < 60000) {
        await new Promise(r => setTimeout(r, 100));
    }
    seen.disconnect();
    return performance.now() - began;
}"""


async def viewers(browser, url, count, steps=10, seed=3, settled=False):
    """``count`` pages stepping at once: click-to-drawn times of all their steps, and first paints.

    ``settled``: the pages step once each has drawn all of itself (its downloads shown, then a second
    without a long task), not as soon as its map has reported its date.
    """
    traffic = [[0, 0] for _ in range(count)]
    opened = await asyncio.gather(*(open_map(browser, url, traffic=t) for t in traffic))
    for page, _, _ in opened:                               # each page has followed its map: they step
        await page.get_by_text("On the map now").wait_for(timeout=600_000)
    if settled:
        for page, _, _ in opened:
            await page.locator('[data-testid="stDownloadButton"]').first.wait_for(timeout=600_000)
        await asyncio.gather(*(page.evaluate(SETTLED_JS) for page, _, _ in opened))
    before = [sum(t[0] for t in traffic), sum(t[1] for t in traffic)]     # diagnostics: the reruns
    rng = random.Random(seed)
    pauses = [[rng.uniform(0.2, 1.2) for _ in range(steps)] for _ in range(count)]

    async def run(frame, waits):
        times = []
        for wait in waits:
            times.append(await frame.evaluate(STEP_JS))
            await asyncio.sleep(wait)
        return times

    load = os.getloadavg()[0]
    results = await asyncio.gather(*(run(frame, waits) for (_, frame, _), waits in zip(opened, pauses)))
    load = max(load, os.getloadavg()[0])
    for page, _, _ in opened:
        await page.context.close()
    every = sorted(t for r in results for t in r)
    return {"viewers": count, "settled": settled, "first_paint_median_ms": round(statistics.median(o[2] for o in opened)),
            "first_paint_worst_ms": round(max(o[2] for o in opened)),
            "step_median_ms": round(statistics.median(every), 1), "step_p90_ms": round(every[int(len(every) * 0.9)], 1),
            "step_worst_ms": round(every[-1], 1),
            "ws_kb_while_stepping": round((sum(t[0] for t in traffic) - before[0]) / 1000),
            "ws_messages_sent_while_stepping": sum(t[1] for t in traffic) - before[1], "load_average_1min": round(load, 2)}


@contextlib.contextmanager
def database(size, tmp):
    """A throw-away PostGIS cluster holding ``size`` synthetic events: (environment, row of figures)."""
    from bench.bench_store import SPOTS, region_places as store_places, synthetic_csv
    from geo.gazetteer import load_gazetteer
    from geo.store.postgis import PostgisStore, close_pools
    from tests import pg_cluster
    gazetteer = load_gazetteer()
    path = Path(tmp) / "events.csv"
    synthetic_csv(path, size, store_places(gazetteer, SPOTS))
    cluster = pg_cluster.Cluster()
    try:
        store = PostgisStore(cluster.url, gazetteer)
        store.init()
        began = time.perf_counter()
        store.load_csv(path)
        loaded = time.perf_counter() - began
        close_pools()
        yield {"CORRIDOR_MAP_DATABASE": cluster.url}, {"store": "postgis", "db_load_s": round(loaded, 1)}
    finally:
        close_pools()
        cluster.stop()


@contextlib.contextmanager
def layer_files(size, tmp, places):
    """Synthetic layer files of ``size`` events: (environment, row of figures)."""
    from geo import assets, first_paint, layer_cache
    began = time.perf_counter()
    layers = write_layers(size, Path(tmp) / "layers", places)
    written = time.perf_counter()
    layer_cache.read_layers_checked(layers)       # as `python -m geo build` does after writing
    read_back = time.perf_counter()
    first_paint.prepare(layers, assets.MAPDATA_DIR)
    yield {"CORRIDOR_MAP_LAYERS": str(layers)}, {"store": "files", "places": len(places),
                                                 "layers_written_s": round(written - began, 1),
                                                 "layers_read_back_s": round(read_back - written, 1),
                                                 "first_paint_prepared_s": round(time.perf_counter() - read_back, 1)}


async def bench(sizes, viewer_count, use_database=False, limit=None):
    from playwright.async_api import async_playwright
    places = None if use_database else region_places()
    report = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n, size in enumerate(sizes):
            with tempfile.TemporaryDirectory(prefix="bench-step-") as tmp:
                source = database(size, tmp) if use_database else layer_files(size, tmp, places)
                with source as (env, figures):
                    if limit:
                        env["CORRIDOR_MAP_BROWSER_FEATURES"] = str(limit)
                    with serve(Path(tmp) / "streamlit.log", timeout=120, **env) as server:
                        row = {"events": size, **figures}
                        row.update(await measure(browser, server.url))
                        if n == 0 and viewer_count:
                            row["concurrent"] = await viewers(browser, server.url, viewer_count)
                            row["concurrent_settled"] = await viewers(browser, server.url, viewer_count,
                                                                      settled=True)
                        row["load_average"] = [round(x, 2) for x in os.getloadavg()]
                        print(json.dumps(row), flush=True)
                        report.append(row)
        await browser.close()
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--viewers", type=int, default=10)
    parser.add_argument("--database", action="store_true",
                        help="the events in a throw-away PostGIS cluster (tests/pg_cluster.py), not files")
    parser.add_argument("--limit", type=int, help="CORRIDOR_MAP_BROWSER_FEATURES for the run")
    args = parser.parse_args()
    asyncio.run(bench(args.events, args.viewers, args.database, args.limit))


if __name__ == "__main__":
    main()
