"""Small data for the dashboard's tests: events and a gazetteer supplement written for them.

The events follow the real timeline (old Lachin route until 30 Aug 2022, the
bypass after it, the blockade from 12 Dec 2022, the Hakari Bridge checkpoint
from 23 Apr 2023, shelling reports in Oct 2020) with made-up wording, plus one
event whose fields carry HTML and script tags, to check they are shown as text.
"""

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
# Debian's Chromium (never a browser downloaded by Playwright), headless and quiet
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
# the map frame of a page opened at one loopback name comes from the other (geo.timemap)
LOOPBACK = ("127.0.0.1", "localhost")
MAP_IFRAME = 'iframe[title^="geo.timemap.timemap"]'
EVENTS = HERE / "events.csv"
GAZETTEER = HERE / "gazetteer.csv"


def build(out_dir):
    """Geocode the fixture events into ``out_dir/*.geojson``; returns the folder."""
    from geo.gazetteer import load_gazetteer
    from geo.layers import build_from_file, write_layers
    write_layers(build_from_file(EVENTS, load_gazetteer(GAZETTEER)), out_dir)
    return Path(out_dir)


def free_port():
    """A TCP port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(log, app_dir=PROJECT, timeout=60, **env):
    """Run ``streamlit run dashboard.py`` of ``app_dir`` on a free port; yields its URL.

    ``env`` is added to the server's environment (``CORRIDOR_MAP_LAYERS=...``);
    its output goes to the file ``log``, whose text a failed start reports.
    """
    port = free_port()
    with open(log, "w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
            cwd=app_dir, env=dict(os.environ, **env), stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.time() + timeout
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                pass
            if time.time() > deadline or server.poll() is not None:
                raise RuntimeError(f"streamlit did not start:\n{Path(log).read_text()}")
            time.sleep(0.3)
        server.url = url
        yield server
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def to_app(request_url, app_url):
    """Whether a request goes to the app at ``app_url`` (under either loopback name): the rest is blocked."""
    request, app = urlsplit(request_url), urlsplit(app_url)
    return request.hostname in LOOPBACK and app.hostname in LOOPBACK and request.port == app.port


def map_args(at):
    """The map component's arguments in a Streamlit AppTest run of the dashboard."""
    for element in at.main:
        proto = getattr(element, "proto", None)
        if proto is not None and hasattr(proto, "json_args") and "day_seq" in proto.json_args:
            return json.loads(proto.json_args)
    raise AssertionError("no map on the page")
