"""Benchmark the dashboard: the page's rerun when the map reports a date, first map paint, and memory.

Run: ``python -m bench.bench_dashboard`` (from the project folder; the browser
parts need /usr/bin/chromium and ``python -m geo.assets``). Goals, from the
dashboard issue, printed next to each figure:

* the server-side rerun when the map reports the date it stopped on (the table, chart and URL
  follow; stepping itself happens in the browser, see bench/bench_step.py) < 150 ms at 10,000
  synthetic events (timed with Streamlit's AppTest, which runs the whole page script);
* first map paint in the browser < 1.5 s at 10,000 events (headless Chromium,
  every external request blocked);
* dashboard process < 500 MB resident with the default data (``layers/``).

For scale, the same browser figures are taken for a bare Streamlit page that
holds nothing but a three-marker map (same local assets): what Streamlit and
streamlit-folium cost on this machine before the dashboard adds anything.

Options: ``--events N`` (default 10000), ``--no-browser``.
"""

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
from tests.dashboard_fixtures import CHROMIUM, CHROMIUM_ARGS, serve, to_app

SPOTS = 2000                 # distinct places the synthetic events fall on
FIRST = dt.date(2020, 9, 27)
DAYS = 1100


def region_places(gazetteer, count, seed=7):
    """Names of ``count`` GeoNames places in Armenia and Azerbaijan (each resolves to itself)."""
    names = sorted({p.name for p in gazetteer.places if p.country in ("AM", "AZ") and p.source == "geonames"})
    names = [n for n in names if gazetteer.resolve(n).place.name == n]
    return random.Random(seed).sample(names, min(count, len(names)))


def synthetic_events(n, towns, seed=7):
    """n events over the given places: mostly shelling reports, some checkpoints and corridor intervals."""
    rng = random.Random(seed)
    events = []
    for i in range(n):
        start = FIRST + dt.timedelta(days=rng.randrange(DAYS))
        roll = rng.random()
        if roll < 0.9:
            layer, kind, status, place, end = "shelling", rng.choice(["artillery", "missile", "drone"]), "", \
                rng.choice(towns), start
        elif roll < 0.97:
            layer, kind, status, place = "checkpoints", "checkpoint", "", rng.choice(towns)
            end = start + dt.timedelta(days=rng.randrange(5, 300))
        else:
            layer, kind = "corridors", "route"
            status = rng.choice(["open", "blockaded", "planned", "proposed", "closed"])
            place = ";".join(rng.sample(towns, 3))
            end = start + dt.timedelta(days=rng.randrange(5, 400))
        events.append((i + 2, {
            "id": f"syn-{i}", "layer": layer, "kind": kind, "status": status, "place": place,
            "start_date": start.isoformat(), "end_date": end.isoformat(), "date_precision": "day",
            "geo_precision": "town", "claimed_by": rng.choice(["Side A", "Side B", "Observers"]),
            "description": f"Synthetic report number {i} for the benchmark, in a sentence of usual length.",
            "source": rng.choice(["Bench Daily", "Bench Wire"]), "source_url": f"https://example.org/bench/{i}",
            "quote": ""}))
    return events


def build_synthetic(n, out_dir):
    from geo.gazetteer import load_gazetteer
    from geo.layers import build_layers, write_layers
    gazetteer = load_gazetteer()
    towns = region_places(gazetteer, SPOTS)
    began = time.perf_counter()
    layers = build_layers(synthetic_events(n, towns), gazetteer, "<synthetic>")
    write_layers(layers, out_dir)
    print(f"built {n:,} synthetic events over {len(towns):,} places in {time.perf_counter() - began:.1f} s")
    return out_dir


BARE_PAGE = """
import folium
import streamlit as st
from streamlit_folium import st_folium
from geo import assets
assets.use_local_assets()
group = folium.FeatureGroup()
for lat in (39.5, 39.6, 39.7):
    folium.CircleMarker([lat, 46.5]).add_to(group)
st_folium(folium.Map(location=[39.6, 46.5], zoom_start=9, tiles=None), key="map", height=600,
          returned_objects=[], feature_group_to_add=[group])
"""


def bare_page(folder):
    """A Streamlit app folder holding only a small map, served like the dashboard."""
    folder = Path(folder)
    folder.mkdir()
    (folder / "dashboard.py").write_text(BARE_PAGE.format(project=str(PROJECT)))
    (folder / ".streamlit").mkdir()
    (folder / ".streamlit" / "config.toml").write_text((PROJECT / ".streamlit" / "config.toml").read_text())
    (folder / "static").symlink_to(PROJECT / "static")
    return folder


TIMED_PAGE = """
import pathlib, time
_began = time.perf_counter()
try:
    exec(compile(pathlib.Path({page!r}).read_text(), {page!r}, "exec"),
         {{"__name__": "__main__", "__file__": {page!r}}})
finally:
    with open({log!r}, "a") as _log:
        _log.write(f"{{time.perf_counter() - _began}}\\n")
"""


def bench_rerun(layers_dir, steps=20):
    """Page-script time and AppTest round trip of a slider step, per window (median, worst)."""
    os.environ["CORRIDOR_MAP_LAYERS"] = str(layers_dir)
    from streamlit.testing.v1 import AppTest
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-rerun-") as tmp:
        for window in ("7", "all"):
            log = Path(tmp) / f"script-{window}.txt"
            page = Path(tmp) / "timed_dashboard.py"
            page.write_text(TIMED_PAGE.format(page=str(PROJECT / "dashboard.py"), log=str(log)))
            at = AppTest.from_file(str(page), default_timeout=120)
            at.query_params["window"] = window
            at.query_params["date"] = "2021-06-01"
            at.run()
            assert not at.exception, at.exception
            log.unlink()
            trips = []
            for step in range(steps):
                day = dt.date(2021, 6, 1) + dt.timedelta(days=7 * (step + 1))
                at.session_state["map"] = {"date": day.isoformat(), "window": window}   # the map reports
                began = time.perf_counter()
                at.run()
                trips.append(time.perf_counter() - began)
            script = [float(t) for t in log.read_text().split()]
            results[window] = (statistics.median(script), max(script), statistics.median(trips),
                               at.metric[2].value)
    return results


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def paint(browser, url, query="", groups=3):
    """Open the page; returns (s from navigation to features drawn, s inside the map iframe, count)."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.route("**/*", lambda r: r.continue_() if to_app(r.request.url, url) else r.abort())
    began = time.perf_counter()
    page.goto(f"{url}/{query}")
    component = page.wait_for_selector('iframe[title^="geo.timemap.timemap"], '
                                       'iframe[title="streamlit_folium.st_folium"]', state="attached", timeout=60_000)
    if component.get_attribute("title").startswith("geo.timemap.timemap"):            # the dashboard's map
        frame = component.content_frame()
        frame.wait_for_function("() => window.cmDrawCount > 0", timeout=60_000, polling=10)
        total = time.perf_counter() - began
        inside = frame.evaluate("() => performance.now()") / 1000
        count = frame.evaluate("() => [Object.keys(window.cmMap._layers).length, window.cmDrawn().length]")
        page.close()
        return total, inside, count
    frame = None
    while frame is None:
        frame = next((f for f in page.frames if "streamlit_folium" in (f.url or "")), None)
        time.sleep(0.01)
    frame.wait_for_function(f"() => window.feature_group && window.feature_group.length >= {groups}", timeout=60_000,
                            polling=10)
    total = time.perf_counter() - began
    inside = frame.evaluate("() => performance.now()") / 1000
    count = frame.evaluate("() => { let n = 0, e = 0; window.map.eachLayer(l => { if (l.options && l.options.fids)"
                           " { n++; e += l.options.fids.length; } }); return [n, e]; }")
    page.close()
    return total, inside, count


def bench_browser(layers_dir, label, app_dir=PROJECT, groups=3):
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp, \
            serve(Path(tmp) / "streamlit.log", app_dir, CORRIDOR_MAP_LAYERS=str(layers_dir)) as server:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            paint(browser, server.url, groups=groups)             # warm the server's caches
            runs = [paint(browser, server.url, groups=groups) for _ in range(3)]
            browser.close()
        rss = rss_mb(server.pid)
    total = statistics.median(r[0] for r in runs)
    inside = statistics.median(r[1] for r in runs)
    if app_dir == PROJECT:
        print(f"[{label}] first map paint: {total:.2f} s from opening the page, {inside:.2f} s from the map "
              f"frame's start; {runs[0][2][0]:,} map features for {runs[0][2][1]:,} events (goal < 1.5 s)")
    else:
        print(f"[{label}] first map paint, for scale: {total:.2f} s from opening the page, {inside:.2f} s "
              f"from the map frame's start")
    goal = " (goal < 500 MB)" if app_dir == PROJECT else ""
    print(f"[{label}] server process resident: {rss:.0f} MB after {len(runs) + 1} page loads{goal}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as tmp:
        synthetic = build_synthetic(args.events, Path(tmp) / "layers")
        for window, (median, worst, trip, shown) in bench_rerun(synthetic).items():
            print(f"reported date, window {window}: page script median {median * 1000:.0f} ms, worst "
                  f"{worst * 1000:.0f} ms; AppTest round trip median {trip * 1000:.0f} ms "
                  f"(shelling {shown}) (goal < 150 ms)")
        if args.no_browser or not Path(CHROMIUM).exists():
            print("browser figures skipped")
            return
        bench_browser(synthetic, f"{args.events:,} synthetic events, window all")
        if (PROJECT / "layers" / "corridors.geojson").exists():
            bench_browser(PROJECT / "layers", "default data")
        bench_browser(PROJECT / "layers", "bare Streamlit page, 3 markers", bare_page(Path(tmp) / "bare"),
                      groups=1)


if __name__ == "__main__":
    main()
