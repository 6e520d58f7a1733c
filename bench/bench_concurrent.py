"""Benchmark N dashboard sessions stepping through dates at once: errors, step latency, server memory.

Run: ``python -m bench.bench_concurrent`` from the project folder (needs
/usr/bin/chromium and ``python -m geo.assets``). It starts the dashboard on a
free port, opens ``--sessions`` headless Chromium pages (each its own browser
context, every non-local request blocked), and has all of them press the step
button ``--steps`` times at once. Per step it times the click until the page is
done: its text changed (the date shown; ``--done url`` waits for the ``date`` in
the URL instead, ``--done idle`` for nothing) and Streamlit's running indicator
is gone, after the server's last websocket message of the rerun. It counts
JavaScript page errors, console errors, Streamlit exception boxes and a lost
connection as errors, and samples the server's resident memory all along.

The button is found by its label (``--label``, text inside a ``button``), a test
id (``--testid``, ``[data-testid=...]``) or any CSS selector (``--selector``,
e.g. ``.st-key-next button`` for a Streamlit button of key ``next``), in the
page or in any frame of it (a map component's iframe), so the script drives
whichever dashboard is on main.

The issue's goal: 10 sessions on this 2-core machine, no error; the figures are
printed on the last line.
"""

import argparse
import asyncio
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from tests.dashboard_fixtures import CHROMIUM, CHROMIUM_ARGS, PROJECT, serve, to_app

EXCEPTION_BOX = '[data-testid="stException"]'
RUNNING = '[data-testid="stStatusWidget"]'
PAGE_TEXT = "() => document.body.innerText"


def rss_mb(pid):
    """Resident memory of a process in MB (NaN when it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class MemorySampler(threading.Thread):
    """Samples a process's resident memory every ``every`` seconds; ``peak`` and ``last`` in MB."""

    def __init__(self, pid, every=0.25):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak, self.last = pid, every, 0.0, float("nan")
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.is_set():
            self.last = rss_mb(self.pid)
            if self.last == self.last:
                self.peak = max(self.peak, self.last)
            self.stopped.wait(self.every)


def url_date(url):
    return (parse_qs(urlparse(url).query).get("date") or [None])[0]


def button_selector(args):
    """CSS selector of the step button from --selector or --testid, or None to match --label."""
    return args.selector or (f'[data-testid="{args.testid}"]' if args.testid else None)


async def find_button(page, args, timeout):
    """The first visible step button in the page or one of its frames."""
    deadline = time.monotonic() + timeout
    selector = button_selector(args)
    while time.monotonic() < deadline:
        for frame in page.frames:
            locator = frame.locator(selector) if selector else frame.locator("button", has_text=args.label)
            try:
                if await locator.count() and await locator.first.is_visible():
                    return locator.first
            except Exception:         # noqa: BLE001 - frames come and go while the page loads
                continue
        await asyncio.sleep(0.1)
    raise RuntimeError(f"no visible button {button_selector(args) or args.label!r} after {timeout:.0f} s")


async def until_idle(page, timeout, traffic, quiet=0.5):
    """Wait until Streamlit's running indicator is gone and the server has sent nothing for ``quiet`` s.

    ``traffic[0]`` is the time the page last received a websocket frame; a
    rerun ends with the server's "script finished" message. Returns the time
    the page became idle (the last frame, or the moment the indicator went).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = time.monotonic()
        if not await page.locator(RUNNING).count() and now - traffic[0] >= quiet:
            return traffic[0]
        await asyncio.sleep(0.02)
    raise TimeoutError("the page kept running")


async def session(browser, url, number, args, ready, start, errors):
    """One user: open the page, wait for the button, step ``args.steps`` times; returns latencies (s)."""
    context = await browser.new_context(viewport={"width": 1400, "height": 900})
    page = await context.new_page()
    await page.route("**/*", lambda r: r.continue_() if to_app(r.request.url, url) else r.abort())
    page.on("pageerror", lambda exc: errors.append(f"session {number}: page error: {exc}"))
    page.on("console", lambda msg: msg.type == "error" and "net::ERR_FAILED" not in msg.text
            and errors.append(f"session {number}: console error: {msg.text[:200]}"))
    traffic = [time.monotonic()]
    page.on("websocket", lambda ws: ws.on("framereceived", lambda _: traffic.__setitem__(0, time.monotonic())))
    latencies = []
    try:
        await page.goto(f"{url}/?{args.query}", timeout=args.timeout * 1000)
        await find_button(page, args, args.timeout)
        await until_idle(page, args.timeout, traffic, args.quiet)
        ready.set()
        await start.wait()                       # every session is loaded: step together
        for _ in range(args.steps):
            button = await find_button(page, args, args.timeout)
            before_url, before_text = url_date(page.url), await page.evaluate(PAGE_TEXT)
            clicked = time.monotonic()
            await button.click(timeout=args.timeout * 1000)
            while args.done != "idle":
                if args.done == "url" and url_date(page.url) != before_url:
                    break
                if args.done == "change" and await page.evaluate(PAGE_TEXT) != before_text:
                    break
                if time.monotonic() - clicked > args.timeout:
                    raise TimeoutError(f"nothing changed on the page ({args.done}) {args.timeout:.0f} s after a step "
                                       f"(URL date {before_url})")
                await asyncio.sleep(0.01)
            done = await until_idle(page, args.timeout, traffic, args.quiet)
            latencies.append(max(done, clicked) - clicked)
        shown = await page.locator(EXCEPTION_BOX).count()
        if shown:
            text = await page.locator(EXCEPTION_BOX).first.inner_text()
            errors.append(f"session {number}: {shown} exception box(es) on the page: {text[:200]}")
        if await page.get_by_text("Connection error").count():
            errors.append(f"session {number}: the page lost its connection to the server")
    except Exception as exc:                       # noqa: BLE001 - reported as an error of this session
        errors.append(f"session {number}: {type(exc).__name__}: {str(exc)[:200]}")
    finally:
        ready.set()
        await context.close()
    return latencies


async def drive(url, args):
    """Run every session; they load one by one, then all step at the same moment."""
    from playwright.async_api import async_playwright
    errors = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        start = asyncio.Event()
        ready = [asyncio.Event() for _ in range(args.sessions)]
        tasks = [asyncio.create_task(session(browser, url, n + 1, args, ready[n], start, errors))
                 for n in range(args.sessions)]
        await asyncio.wait([asyncio.create_task(r.wait()) for r in ready])
        start.set()
        stepping = time.monotonic()
        results = await asyncio.gather(*tasks)
        wall = time.monotonic() - stepping
        await browser.close()
    return results, errors, wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--steps", type=int, default=15)
    parser.add_argument("--label", default="Next", help="text of the step button (default: Next)")
    parser.add_argument("--testid", default=None, help="data-testid of the step button (instead of --label)")
    parser.add_argument("--selector", default=None,
                        help="CSS selector of the step button, e.g. '.st-key-next button' (instead of --label)")
    parser.add_argument("--query", default="date=2020-09-27&window=7", help="query string each session opens")
    parser.add_argument("--done", choices=("change", "url", "idle"), default="change",
                        help="a step is done when the page's text changed (change, default) or the URL's date "
                             "changed (url), and then the page is idle; or only when it is idle (idle)")
    parser.add_argument("--layers", default=None, help="CORRIDOR_MAP_LAYERS for the server (default: layers/)")
    parser.add_argument("--app-dir", default=str(PROJECT), help="folder holding dashboard.py")
    parser.add_argument("--timeout", type=float, default=90, help="seconds allowed for one load or step")
    parser.add_argument("--quiet", type=float, default=0.5,
                        help="seconds without a server message after which a page counts as idle (default 0.5; "
                             "under load a rerun can fall silent for longer than 0.15 s, and a click then is lost)")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} not found: install Debian's chromium")
    env = {"CORRIDOR_MAP_LAYERS": str(Path(args.layers).resolve())} if args.layers else {}
    with tempfile.TemporaryDirectory(prefix="bench-concurrent-") as tmp, \
            serve(Path(tmp) / "streamlit.log", Path(args.app_dir), timeout=120, **env) as server:
        sampler = MemorySampler(server.pid)
        sampler.start()
        idle_rss = rss_mb(server.pid)
        results, errors, wall = asyncio.run(drive(server.url, args))
        sampler.stopped.set()
        sampler.join()
        log = Path(tmp, "streamlit.log").read_text(errors="replace")
    tracebacks = log.count("Traceback (most recent call last)")
    if tracebacks:
        errors.append(f"server log: {tracebacks} traceback(s)")
    steps = [s for r in results for s in r]
    for line in errors[:20]:
        print("ERROR", line)
    if len(errors) > 20:
        print(f"ERROR ... and {len(errors) - 20} more")
    if not steps:
        print(f"{args.sessions} sessions: no step completed; {len(errors)} error(s)")
        return 1
    steps.sort()
    p90 = steps[min(len(steps) - 1, int(0.9 * len(steps)))]
    print(f"{args.sessions} sessions x {args.steps} steps on {os.cpu_count()} cores: {len(steps)} steps in "
          f"{wall:.1f} s, {len(errors)} error(s); step latency median {statistics.median(steps) * 1000:.0f} ms, "
          f"p90 {p90 * 1000:.0f} ms, worst {steps[-1] * 1000:.0f} ms; server RSS {idle_rss:.0f} MB idle, "
          f"peak {sampler.peak:.0f} MB, {sampler.last:.0f} MB at the end")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
