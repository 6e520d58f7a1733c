"""The dashboard end to end, in real headless Chromium, with every external request blocked.

A Streamlit server runs the dashboard on 127.0.0.1 over the fixture layers;
the tests read what the map component drew (``window.cmDrawn()`` in its
iframe gives the ids of the features on the map), click features and read
their popups, step with the map's own buttons while counting the websocket
traffic (none per step), and check that a step keeps the user's zoom, that
the offline base map draws, and that failed tiles are told. Skipped when
/usr/bin/chromium is not installed (``apt-get install -y chromium``).
"""

import io
import re
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests import dashboard_fixtures
from tests.dashboard_fixtures import CHROMIUM, CHROMIUM_ARGS, MAP_IFRAME, to_app

PROJECT = Path(__file__).resolve().parent.parent
TILE_HOSTS = {"tile.openstreetmap.org"}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} is missing: apt-get install -y chromium"),
]


def served(tmp_path_factory, **env):
    """The dashboard served on a free port of 127.0.0.1 over the fixture layers (its URL, yielded)."""
    from geo import assets
    if assets.missing():
        pytest.skip("map assets missing: run `python -m geo.assets`")
    layers = dashboard_fixtures.build(tmp_path_factory.mktemp("layers"))
    log = tmp_path_factory.mktemp("log") / "streamlit.log"
    with dashboard_fixtures.serve(log, CORRIDOR_MAP_LAYERS=str(layers),
                                  CORRIDOR_MAP_GAZETTEER=str(dashboard_fixtures.GAZETTEER), **env) as server:
        yield server.url


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    yield from served(tmp_path_factory)


PATIENT_DELAY_MS = 6_000       # longer than a test's clicks are apart, however loaded the machine


@pytest.fixture(scope="module")
def patient_url(tmp_path_factory):
    """The dashboard with a long pause before a date report, for tests that count a step's traffic:
    with the usual 1.2 s, a loaded machine can space the test's own clicks that far apart."""
    yield from served(tmp_path_factory, CORRIDOR_MAP_REPORT_DELAY_MS=str(PATIENT_DELAY_MS))


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def app_page(chromium, app_url):
    """A page on which every request not to the app is aborted (and recorded); yielded, then closed."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.blocked = []

    def route(request_route):
        url = request_route.request.url
        if to_app(url, app_url) or url.startswith(("data:", "blob:", "about:")):
            request_route.continue_()
        else:
            page.blocked.append(url)
            request_route.abort()

    page.route("**/*", route)
    yield page
    context.close()


@pytest.fixture
def page(chromium, app_url):
    yield from app_page(chromium, app_url)


@pytest.fixture
def patient_page(chromium, patient_url):
    yield from app_page(chromium, patient_url)


def open_map(page, app_url, query=""):
    """Open the dashboard and wait until the map has drawn its features; returns the map's frame."""
    page.goto(f"{app_url}/{query}")
    map_frame = page.wait_for_selector(MAP_IFRAME, state="attached", timeout=30_000).content_frame()
    map_frame.wait_for_function("() => window.cmDrawCount > 0 && window.cmBasemapReady && window.cmTextReady",
                                timeout=30_000)
    return map_frame


def drawn(map_frame):
    """Ids of the features drawn on the map now; none while the map's frame is still loading (after a new URL the
    frame may reload under the call: its page is then not there yet)."""
    try:
        return set(map_frame.evaluate("() => window.cmDrawn ? window.cmDrawn() : []"))   # [] while loading
    except Exception as error:                     # playwright's Error, raised from the frame's reload
        if "context was destroyed" not in str(error):
            raise
        return set()


def wait_drawn(map_frame, predicate, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        ids = drawn(map_frame)
        if predicate(ids):
            return ids
        time.sleep(0.1)
    raise AssertionError(f"map never reached the expected state; drawn: {sorted(drawn(map_frame))}")


def click_feature(page, map_frame, fid):
    """Click a drawn feature with the mouse, at its position on the canvas, and return the popup."""
    point = map_frame.evaluate("""fid => {
        let found = null;
        window.cmMap.eachLayer(l => { if (l.options && l.options.fid === fid) found = l; });
        const ll = found.getLatLng ? found.getLatLng() : found.getLatLngs()[1];
        window.cmMap.setView(ll, window.cmMap.getZoom(), {animate: false});
        const p = window.cmMap.latLngToContainerPoint(ll);
        return [p.x, p.y];
    }""", fid)
    box = page.locator(MAP_IFRAME).bounding_box()
    container = map_frame.evaluate("() => { const r = window.cmMap.getContainer().getBoundingClientRect();"
                                   " return [r.left, r.top]; }")
    page.mouse.click(box["x"] + container[0] + point[0], box["y"] + container[1] + point[1])
    popup = page.frame_locator(MAP_IFRAME).locator(".leaflet-popup-content")
    popup.locator(".cm-popup[data-id]").first.wait_for(timeout=5_000)       # texts loaded
    return popup


def websocket_counter(page):
    """A list that grows by the size of every websocket message the page sends or receives."""
    frames = []

    def watch(ws):
        ws.on("framereceived", lambda payload: frames.append(len(payload)))
        ws.on("framesent", lambda payload: frames.append(len(payload)))
    page.on("websocket", watch)
    return frames


def wait_quiet(page, traffic, quiet_ms=1_500, timeout_ms=30_000):
    """Wait until the page has sent or received no websocket message for ``quiet_ms``: its first runs are
    over (a fixed pause is not enough on a loaded machine, where they come later)."""
    waited = 0
    while waited < timeout_ms:
        seen = len(traffic)
        page.wait_for_timeout(quiet_ms)
        waited += quiet_ms
        if len(traffic) == seen:
            return
    raise AssertionError(f"the page kept talking to the server for {timeout_ms} ms")


def button(page, name):
    """A button of the map's own controls."""
    return page.frame_locator(MAP_IFRAME).get_by_role("button", name=name, exact=True)


def test_map_draws_every_layer_and_the_offline_base_map_with_local_assets_only(page, app_url, tmp_path):
    map_frame = open_map(page, app_url)
    ids = wait_drawn(map_frame, lambda ids: "fx-checkpoint" in ids)
    assert {"fx-blockade", "fx-checkpoint", "fx-shell-ganja", "fx-aghdam",
            "fx-handover-lachin"} <= ids                      # the other layer too (window: all so far)
    assert not {"fx-route-old", "fx-route-bypass"} & ids      # one state per road: blockaded
    assert map_frame.locator(".leaflet-marker-icon:not(.cm-label)").count() == 0     # canvas, not DOM markers
    kinds = map_frame.evaluate("""() => { const k = new Set(); window.cmMap.eachLayer(l => {
        if (l.feature && l.feature.properties) k.add(l.feature.properties.kind); }); return [...k].sort(); }""")
    assert {"border", "land", "river", "stream"} <= set(kinds)
    assert map_frame.locator(".cm-label").count() > 5          # place labels of the base map
    legend = map_frame.locator(".cm-legend").inner_text()
    for word in ("Corridors", "Other events", "handover", "Shelling", "artillery", "missile", "drone",
                 "Checkpoints", "checkpoint", "blockaded", "proposed"):
        assert word in legend
    assert "pipeline attack" not in legend and "roadblock" not in legend    # only the kinds in the data
    map_frame.get_by_text("could not be loaded").wait_for(timeout=10_000)   # tiles blocked: said so
    external = {re.sub(r"^\w+://([^/]+).*", r"\1", u) for u in page.blocked}
    assert external <= TILE_HOSTS, f"external requests besides tiles: {external}"
    page.screenshot(path=tmp_path / "dashboard-default.png")


def test_the_default_corridor_view_shows_the_hakari_with_its_name(page, app_url):
    map_frame = open_map(page, app_url, "?date=2022-08-29&window=1")
    assert map_frame.evaluate("() => window.cmMap.getZoom()") >= 9
    map_frame.locator(".cm-label.water", has_text="Hakari").wait_for(timeout=10_000)
    streams = map_frame.evaluate("""() => { const out = []; window.cmMap.eachLayer(l => {
        if (l.feature && l.feature.properties.kind === "stream") out.push(l.feature.properties.name); });
        return out; }""")
    assert "Hakari" in streams


@pytest.mark.parametrize("day, present, absent", [
    ("2022-08-29", {"fx-route-old"}, {"fx-route-bypass", "fx-checkpoint"}),
    ("2022-08-31", {"fx-route-bypass", "fx-handover-lachin"}, {"fx-route-old", "fx-blockade"}),
    ("2023-04-24", {"fx-blockade", "fx-checkpoint"}, {"fx-route-old", "fx-route-bypass"}),
    ("2023-04-22", {"fx-blockade"}, {"fx-checkpoint"}),
])
def test_intervals_shown_while_in_force(page, app_url, day, present, absent):
    map_frame = open_map(page, app_url, f"?date={day}&window=7")
    ids = wait_drawn(map_frame, lambda ids: present <= ids)
    assert not ids & absent


def test_url_restores_layers_and_window(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-04&layers=corridors,checkpoints&window=7")
    assert not any(i.startswith("fx-shell") for i in drawn(map_frame))
    assert map_frame.evaluate("() => window.cmState().window") == "7"
    assert not page.get_by_role("checkbox", name="Shelling").is_checked()
    assert page.get_by_role("checkbox", name="Corridors").is_checked()
    page.get_by_text("Shelling", exact=True).first.click()            # turn shelling back on: new features file
    wait_drawn(map_frame, lambda ids: {"fx-shell-ganja", "fx-shell-stepanakert"} <= ids)
    page.wait_for_url(re.compile(r"layers=corridors%2Cshelling%2Ccheckpoints|layers=corridors,shelling,checkpoints"))
    assert "window=7" in page.url and "date=2020-10-04" in page.url
    assert map_frame.evaluate("() => window.cmState().day") == "2020-10-04"


def test_first_click_opens_the_popup_with_date_both_names_claim_and_source(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-03&window=1&layers=shelling")
    wait_drawn(map_frame, lambda ids: ids == {"fx-shell-stepanakert"})
    popup = click_feature(page, map_frame, "fx-shell-stepanakert")
    text = popup.inner_text()
    for expected in ("3 Oct 2020", "precise to the day", "Stepanakert/Khankendi", "artillery",
                     "Armenian MoD", "Fixture Herald", "Armenian: Stepanakert", "Azerbaijani: Khankendi"):
        assert expected in text
    assert popup.locator("a").get_attribute("href") == "https://example.org/fixture/1"


def test_naming_switch_relabels_popups_and_places(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-03&window=1&layers=shelling&naming=azerbaijani")
    wait_drawn(map_frame, lambda ids: ids == {"fx-shell-stepanakert"})
    popup = click_feature(page, map_frame, "fx-shell-stepanakert")
    assert popup.locator("h4").inner_text() == "Shelling report: Khankendi"


def test_reports_at_one_place_share_a_marker(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-05&window=7&layers=shelling")
    wait_drawn(map_frame, lambda ids: {"fx-shell-ganja", "fx-shell-ganja-2"} <= ids)
    assert map_frame.evaluate("""() => { let n = 0; window.cmMap.eachLayer(l => {
        if (l.options && l.options.members && l.options.fid && l.options.fid.startsWith("fx-shell-ganja")) n++; });
        return n; }""") == 1
    popup = click_feature(page, map_frame, "fx-shell-ganja-2")        # the latest names the marker
    text = popup.inner_text()
    assert "2 reports here" in text
    assert "a second strike on the same city" in text and "a missile struck a residential street" in text
    assert text.index("a second strike") < text.index("a missile struck")


def test_script_in_data_shows_as_text(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-20&window=1&layers=shelling")
    wait_drawn(map_frame, lambda ids: ids == {"fx-script"})
    popup = click_feature(page, map_frame, "fx-script")
    text = popup.inner_text()
    assert "<script>window.cmPwned=1</script>" in text
    assert "<b>Bold</b> Ministry" in text
    assert '<img src=x onerror="window.cmPwned=2">' in text
    assert popup.locator("script, img, b").count() == 0
    time.sleep(0.5)
    assert map_frame.evaluate("() => window.cmPwned === undefined")
    assert page.evaluate("() => window.cmPwned === undefined")


def test_steps_draw_in_the_browser_with_no_websocket_traffic(patient_page, patient_url):
    page = patient_page
    traffic = websocket_counter(page)
    map_frame = open_map(page, patient_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
    wait_drawn(map_frame, lambda ids: "fx-route-old" in ids)
    page.get_by_text("On the map now").wait_for(timeout=15_000)   # the rest of the page followed the map
    wait_quiet(page, traffic)             # the page has settled (and its websocket events are counted)
    traffic.clear()
    button(page, "Next").click()
    wait_drawn(map_frame, lambda ids: "fx-route-bypass" in ids and "fx-route-old" not in ids, timeout=2)
    button(page, "Next").click()
    wait_drawn(map_frame, lambda ids: "fx-blockade" in ids, timeout=2)
    button(page, "Previous").click()
    wait_drawn(map_frame, lambda ids: "fx-blockade" not in ids, timeout=2)
    assert traffic == [], "a step talked to the server"
    page.wait_for_url(re.compile(r"date=2022-08-30"), timeout=PATIENT_DELAY_MS + 10_000)   # told once the user paused
    page.get_by_text("30 August 2022").first.wait_for(timeout=10_000)     # the table's caption follows


def test_the_rerun_after_a_pause_does_not_draw_the_map_again(page, app_url):
    """The page's rerun that follows the reported date sends the date the map shows: no redraw
    (the page's one thread is then busy with the table and the chart)."""
    map_frame = open_map(page, app_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
    page.get_by_text("On the map now").wait_for(timeout=15_000)
    page.wait_for_timeout(1_500)
    button(page, "Next").click()
    wait_drawn(map_frame, lambda ids: "fx-route-bypass" in ids)
    draws = map_frame.evaluate("() => window.cmDrawCount")
    page.wait_for_url(re.compile(r"date=2022-08-30"), timeout=10_000)
    page.get_by_text("30 August 2022").first.wait_for(timeout=10_000)     # the rerun has come back
    page.wait_for_timeout(500)
    assert map_frame.evaluate("() => window.cmDrawCount") == draws
    button(page, "Next").click()                                         # and the map still steps
    wait_drawn(map_frame, lambda ids: "fx-blockade" in ids, timeout=2)


def test_the_map_steps_while_the_page_itself_is_busy(page, app_url):
    """The map's frame comes from the page's other loopback name, so the browser runs it in a
    process of its own: a step is drawn while the page's thread is held (as when it draws the
    table and chart after a date report), not once the page is free again."""
    map_frame = open_map(page, app_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
    page.get_by_text("On the map now").wait_for(timeout=15_000)
    assert urlsplit(map_frame.url).hostname != urlsplit(page.url).hostname
    next_button = page.frame_locator(MAP_IFRAME).locator("#next").bounding_box()
    page.evaluate("() => { setTimeout(() => { const t = performance.now(); while (performance.now() - t < 6000) {} }, 0); }")
    page.wait_for_timeout(200)
    began = time.monotonic()
    # the pointer, as a user clicks (Playwright's locator.click first asks the page to scroll the button into view)
    page.mouse.click(next_button["x"] + next_button["width"] / 2, next_button["y"] + next_button["height"] / 2)
    wait_drawn(map_frame, lambda ids: "fx-route-bypass" in ids and "fx-route-old" not in ids, timeout=3)
    assert time.monotonic() - began < 3, "the step waited for the page"


def test_a_date_report_reruns_only_what_follows_the_date(page, app_url):
    """The rerun after a pause sends the map's part of the page (table, counts, chart), not the
    sidebar's widgets: it comes while the user may step on, on the map's browser thread."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    received = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: received.append(payload)))
    map_frame = open_map(page, app_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
    page.get_by_text("On the map now").wait_for(timeout=15_000)
    page.wait_for_timeout(1_500)

    def roots():
        """The root containers (0 the main area, 1 the sidebar) of the elements received."""
        found = set()
        for payload in received:
            msg = ForwardMsg()
            msg.ParseFromString(payload if isinstance(payload, bytes) else payload.encode())
            if msg.WhichOneof("type") == "delta":
                found.add(msg.metadata.delta_path[0])
        return found
    assert roots() == {0, 1}                       # the whole page came once the map had drawn
    received.clear()
    button(page, "Next").click()
    wait_drawn(map_frame, lambda ids: "fx-route-bypass" in ids)
    page.wait_for_url(re.compile(r"date=2022-08-30"), timeout=10_000)
    page.get_by_text("30 August 2022").first.wait_for(timeout=10_000)     # the table's caption followed
    page.wait_for_timeout(500)
    assert roots() == {0}
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.get_by_text("Find a place and fly to it").is_visible()          # still there
    sidebar.get_by_text("Shelling").click()                                        # and a filter reruns it all
    page.wait_for_url(re.compile(r"layers=[a-z%,C2]*shelling"), timeout=10_000)
    page.wait_for_timeout(1_000)
    assert 1 in roots() and 0 in roots()


MARK_X = """() => {                       // where the chart's date mark is (CSS px), or null
    const c = document.getElementById("weeks"), ratio = window.devicePixelRatio || 1;
    const row = c.getContext("2d").getImageData(0, Math.round(8 * ratio), c.width, 1).data, xs = [];
    for (let x = 0; x < c.width; x++) {
        const i = 4 * x;
        if (row[i + 3] > 200 && row[i] < 40 && row[i + 1] < 40 && row[i + 2] < 40) { xs.push(x); }
    }
    return xs.length ? xs.reduce((a, b) => a + b) / xs.length / ratio : null;
}"""
BARS = """() => {                         // coloured pixels along the chart's bottom row
    const c = document.getElementById("weeks");
    const row = c.getContext("2d").getImageData(0, c.height - 1, c.width, 1).data;
    let n = 0;
    for (let i = 3; i < row.length; i += 4) { if (row[i] > 0) { n += 1; } }
    return n;
}"""


def test_the_events_per_week_above_the_slider_mark_the_date_and_a_click_goes_there(patient_page, patient_url):
    page = patient_page
    traffic = websocket_counter(page)
    map_frame = open_map(page, patient_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
    map_top = map_frame.evaluate("() => document.getElementById('map').getBoundingClientRect().top")
    page.get_by_text("On the map now").wait_for(timeout=15_000)
    weeks = page.frame_locator(MAP_IFRAME).locator("#weeks")
    map_frame.wait_for_function(f"() => ({BARS})() > 0", timeout=10_000)   # the weeks' bars are drawn
    assert map_frame.evaluate("() => document.getElementById('map').getBoundingClientRect().top") == map_top
    assert page.locator('[data-testid="stVegaLiteChart"]').count() == 0   # no chart of the page's own
    wait_quiet(page, traffic)
    before = map_frame.evaluate(MARK_X)
    assert before is not None
    traffic.clear()
    button(page, "Next").click()                                   # the mark follows a step in the browser
    wait_drawn(map_frame, lambda ids: "fx-route-bypass" in ids, timeout=2)
    after = map_frame.evaluate(MARK_X)
    assert after > before and traffic == []
    box = weeks.bounding_box()
    weeks.hover(position={"x": 20, "y": box["height"] - 4})
    assert map_frame.evaluate("() => document.getElementById('weeks').title").startswith("Week of ")
    weeks.click(position={"x": 20, "y": box["height"] - 4})       # a click near the start goes there
    map_frame.wait_for_function(f"() => window.cmState().day < '2022-08-01'", timeout=5_000)
    assert abs(map_frame.evaluate(MARK_X) - 20) < 3
    page.wait_for_url(re.compile(r"date=20(1|20|21|22-0[1-7])"), timeout=PATIENT_DELAY_MS + 10_000)   # and the page is told


def test_step_keeps_zoom_and_pan(page, app_url, tmp_path):
    map_frame = open_map(page, app_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
    wait_drawn(map_frame, lambda ids: "fx-route-old" in ids)
    zoom_in = page.frame_locator(MAP_IFRAME).locator(".leaflet-control-zoom-in")
    start = map_frame.evaluate("() => window.cmMap.getZoom()")
    zoom_in.click()
    map_frame.wait_for_function(f"() => window.cmMap.getZoom() === {start + 1}")
    time.sleep(0.4)                                             # let the zoom animation end
    map_frame.evaluate("() => { window.cmMap.panBy([120, -80], {animate: false}); window.cmSameMap = true; }")
    center = map_frame.evaluate("() => window.cmMap.getCenter()")
    button(page, "Next").click()
    wait_drawn(map_frame, lambda ids: "fx-route-bypass" in ids and "fx-route-old" not in ids)
    page.wait_for_url(re.compile(r"date=2022-08-30"), timeout=10_000)    # and the rerun that follows
    time.sleep(0.5)
    assert map_frame.evaluate("() => window.cmSameMap === true"), "the map was reloaded"
    assert map_frame.evaluate("() => window.cmMap.getZoom()") == start + 1
    after = map_frame.evaluate("() => window.cmMap.getCenter()")
    assert after["lat"] == pytest.approx(center["lat"], abs=1e-6)
    assert after["lng"] == pytest.approx(center["lng"], abs=1e-6)
    page.screenshot(path=tmp_path / "dashboard-zoomed-step.png")


def test_play_advances_on_its_own_and_reports_when_paused(page, app_url):
    map_frame = open_map(page, app_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
    wait_drawn(map_frame, lambda ids: "fx-route-old" in ids)
    map_frame.select_option("#speed", "20")
    button(page, "Play").click()
    map_frame.wait_for_function("() => window.cmState().day >= '2023-04-23'", timeout=10_000)
    map_frame.wait_for_function("() => !window.cmState().playing", timeout=10_000)     # stops at the end
    # reported once stopped: the pause, then the page's rerun, which a loaded machine may take long to finish
    page.wait_for_url(re.compile(r"date=2023-07-15"), timeout=30_000)
    assert "fx-checkpoint" in drawn(map_frame)


def test_next_on_the_last_date_goes_round_to_the_first(page, app_url):
    """The page opens on the last date: Next there starts again from the first (as Play does), and
    Previous on the first goes to the last, so a click is never a no-op."""
    map_frame = open_map(page, app_url, "?window=7&layers=corridors,checkpoints")
    map_frame.wait_for_function("() => window.cmState().day === '2023-07-15'", timeout=10_000)
    button(page, "Next").click()
    first = map_frame.evaluate("() => window.cmState().day")
    assert first < "2021-01-01"
    button(page, "Previous").click()
    assert map_frame.evaluate("() => window.cmState().day") == "2023-07-15"


def test_window_buttons_change_the_points_shown(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-04&window=1&layers=shelling")
    wait_drawn(map_frame, lambda ids: ids == {"fx-shell-ganja"})
    button(page, "7 days").click()
    wait_drawn(map_frame, lambda ids: {"fx-shell-ganja", "fx-shell-stepanakert", "fx-shell-month"} <= ids)
    page.wait_for_url(re.compile(r"window=7"), timeout=10_000)


def test_a_report_placed_to_a_district_is_an_area_of_its_radius_not_a_marker(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-31&window=all&layers=shelling")
    wait_drawn(map_frame, lambda ids: {"fx-shell-month", "fx-shell-barda", "fx-shell-ganja"} <= ids)
    halos = map_frame.evaluate("() => window.cmHalos()")
    assert halos == {"fx-shell-month": 15000, "fx-shell-barda": 50000}      # district, region; towns stay markers
    drawn_as = """() => { const out = {}; window.cmMap.eachLayer(l => { if (l.options && l.options.fid)
        out[l.options.fid] = [l instanceof L.Circle, l.options.fillOpacity < 0.5]; }); return out; }"""
    shapes = map_frame.evaluate(drawn_as)
    assert shapes["fx-shell-month"] == [True, True] and shapes["fx-shell-stepanakert"] == [False, False]
    page.goto(f"{app_url}/?date=2020-10-31&window=all&layers=shelling&precision=town")
    map_frame = page.wait_for_selector(MAP_IFRAME, state="attached", timeout=30_000).content_frame()
    wait_drawn(map_frame, lambda ids: "fx-shell-ganja" in ids and not {"fx-shell-month", "fx-shell-barda"} & ids)


def test_place_search_flies_to_the_place_and_a_failed_one_clears_the_ring(page, app_url):
    map_frame = open_map(page, app_url)
    box = page.get_by_label("Find a place and fly to it")
    box.fill("Khankendi")
    box.press("Enter")
    map_frame.wait_for_function(
        "() => Math.abs(window.cmMap.getCenter().lat - 39.8177) < 0.01 && window.cmMap.getZoom() === 12",
        timeout=20_000)
    ring = """() => { let n = 0; window.cmMap.eachLayer(l => { if (l.options && l.options.radius === 14) n++; });
        return n; }"""
    assert map_frame.evaluate(ring) == 1
    box.fill("Kornidzorabad")
    box.press("Enter")
    page.get_by_text("Did you mean Kornidzor").wait_for(timeout=20_000)
    map_frame.wait_for_function(ring.replace("return n;", "return n === 0;"), timeout=10_000)


OUTSIDE = """() => { const b = window.cmMap.getBounds(); let out = 0;
    window.cmMap.eachLayer(l => { if (l.options && l.options.members && l.getLatLng && !b.contains(l.getLatLng())) out++; });
    return out; }"""


def test_a_shared_view_shows_every_counted_report(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-05&window=7&layers=shelling")
    ids = wait_drawn(map_frame, lambda ids: {"fx-shell-ganja", "fx-shell-stepanakert"} <= ids)
    assert len(ids) == 4
    assert map_frame.evaluate(OUTSIDE) == 0                     # Ganja is outside the first view: fitted


def test_features_outside_the_view_are_named_with_a_fit_button(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-05&window=7&layers=shelling")
    map_frame.evaluate("() => window.cmMap.setView([39.5, 46.3], 12, {animate: false})")
    notice = map_frame.locator(".cm-notice", has_text="outside the view")
    notice.wait_for(timeout=5_000)
    notice.get_by_role("button", name="Fit the map").click()
    map_frame.wait_for_function(OUTSIDE.replace("return out;", "return out === 0;"), timeout=5_000)
    map_frame.evaluate("() => window.cmMap.setView([39.5, 46.3], 12, {animate: false})")
    page.get_by_role("button", name="Fit the map to what is shown").click()      # the sidebar's button too
    map_frame.wait_for_function(OUTSIDE.replace("return out;", "return out === 0;"), timeout=20_000)


def test_a_route_passing_beside_the_view_counts_as_outside(page, app_url):
    # The planned Meghri-Ordubad-Nakhchivan line's box covers this view, the line itself does not.
    map_frame = open_map(page, app_url, "?date=2022-08-29&window=7&layers=corridors")
    wait_drawn(map_frame, lambda ids: {"fx-route-old", "fx-nakhchivan"} <= ids)
    map_frame.evaluate("() => window.cmMap.setView([39.15, 46.1], 12, {animate: false})")
    map_frame.locator(".cm-notice", has_text="2 features shown lie outside the view").wait_for(timeout=5_000)
    map_frame.evaluate("() => window.cmMap.setView([38.905, 46.1], 12, {animate: false})")   # on the line
    map_frame.locator(".cm-notice", has_text="1 feature shown lies outside the view").wait_for(timeout=5_000)


def test_without_tiles_no_notice_and_the_land_is_drawn(page, app_url):
    map_frame = open_map(page, app_url)
    map_frame.get_by_text("could not be loaded").wait_for(timeout=10_000)
    page.get_by_text("Online base tiles").click()
    map_frame.get_by_text("could not be loaded").wait_for(state="detached", timeout=10_000)
    assert map_frame.evaluate("() => { let t = 0; window.cmMap.eachLayer(l => { if (l._url) t++; }); return t; }") == 0


def test_downloads_the_whole_timeline_and_what_is_shown(page, app_url):
    import geopandas as gpd
    open_map(page, app_url, "?date=2023-04-24&window=7&layers=corridors,checkpoints")
    qgis = page.get_by_role("button", name="QGIS project + GeoPackage (zip)")
    qgis.nth(1).wait_for(timeout=60_000)          # both rows drawn (whole timeline, then what is shown): none yet missing
    with page.expect_download(timeout=60_000) as info:
        qgis.first.click()
    assert info.value.suggested_filename == "corridor-map-timeline-qgis.zip"
    folder = Path(info.value.path()).parent / "unzipped"
    with zipfile.ZipFile(io.BytesIO(Path(info.value.path()).read_bytes())) as archive:
        assert {Path(n).suffix for n in archive.namelist()} == {".gpkg", ".qgz"}
        archive.extractall(folder)
    corridors = gpd.read_file(next(folder.glob("*.gpkg")), layer="corridors")
    assert {"fx-route-old", "fx-route-bypass", "fx-blockade"} <= set(corridors["id"])   # 2020 route included
    with page.expect_download(timeout=30_000) as info:
        page.get_by_role("button", name="GeoJSON (zip)").nth(1).click()               # what is shown
    assert info.value.suggested_filename == "corridor-map-2023-04-24-geojson.zip"
    with zipfile.ZipFile(io.BytesIO(Path(info.value.path()).read_bytes())) as archive:
        corridors = archive.read("corridors.geojson").decode()
    assert "fx-blockade" in corridors and not {"fx-route-old", "fx-route-bypass"} & set(re.findall(r"fx-[a-z-]+", corridors))


@pytest.mark.parametrize("width, height", [(1280, 800), (390, 844)])
def test_map_and_date_controls_in_the_first_screen(chromium, app_url, width, height, tmp_path):
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if to_app(r.request.url, app_url) else r.abort())
    try:
        open_map(page, app_url, "?date=2022-08-31&window=7")
        frame = page.locator(MAP_IFRAME).bounding_box()
        inner = page.frame_locator(MAP_IFRAME)
        bar = inner.locator("#bar").bounding_box()
        map_box = inner.locator("#map").bounding_box()
        assert frame["y"] + bar["y"] + bar["height"] <= height               # date controls visible
        assert frame["y"] + map_box["y"] + 150 <= height                    # the map starts well inside
        if width >= 1000:
            assert frame["y"] + map_box["y"] + map_box["height"] <= height  # the whole map, legend included
        page.screenshot(path=tmp_path / f"first-screen-{width}.png")
    finally:
        context.close()


def test_a_popup_fits_on_a_phone(chromium, app_url):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if to_app(r.request.url, app_url) else r.abort())
    try:
        map_frame = open_map(page, app_url, "?date=2020-10-03&window=1&layers=shelling")
        wait_drawn(map_frame, lambda ids: ids == {"fx-shell-stepanakert"})
        click_feature(page, map_frame, "fx-shell-stepanakert")
        inner = page.frame_locator(MAP_IFRAME)
        popup = inner.locator(".leaflet-popup").bounding_box()
        map_box = inner.locator("#map").bounding_box()
        assert map_box["x"] <= popup["x"] and popup["x"] + popup["width"] <= map_box["x"] + map_box["width"]
    finally:
        context.close()


def test_the_legend_never_covers_an_open_popup(chromium, app_url):
    """A feature clicked just left of the legend (bottom right): the popup, with its source link, stays readable."""
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if to_app(r.request.url, app_url) else r.abort())
    try:
        map_frame = open_map(page, app_url, "?date=2020-10-03&window=1&layers=shelling")
        wait_drawn(map_frame, lambda ids: ids == {"fx-shell-stepanakert"})
        inner = page.frame_locator(MAP_IFRAME)
        legend = inner.locator("details.cm-legend")
        assert legend.evaluate("d => d.open")                      # open on a wide screen
        point = map_frame.evaluate("""() => {
            let found = null;
            window.cmMap.eachLayer(l => { if (l.options && l.options.fid === 'fx-shell-stepanakert') found = l; });
            const size = window.cmMap.getSize(), ll = found.getLatLng(), r = window.cmMap.getContainer().getBoundingClientRect();
            const legend = document.querySelector('details.cm-legend').getBoundingClientRect();
            window.cmMap.setView(ll, window.cmMap.getZoom(), {animate: false});   // then just left of the legend
            window.cmMap.panBy([size.x / 2 - (legend.left - r.left - 30), size.y / 2 - (size.y - 40)], {animate: false});
            const p = window.cmMap.latLngToContainerPoint(ll);
            return [r.left + p.x, r.top + p.y];
        }""")
        box = page.locator(MAP_IFRAME).bounding_box()
        page.mouse.click(box["x"] + point[0], box["y"] + point[1])
        inner.locator(".leaflet-popup-content .cm-popup[data-id]").first.wait_for(timeout=5_000)
        page.wait_for_timeout(500)                                # the popup's pan into view
        popup = inner.locator(".leaflet-popup").bounding_box()
        legend_box = legend.bounding_box()
        assert (legend_box["x"] >= popup["x"] + popup["width"] or legend_box["y"] >= popup["y"] + popup["height"]
                or legend_box["x"] + legend_box["width"] <= popup["x"] or legend_box["y"] + legend_box["height"] <= popup["y"])
        assert not legend.evaluate("d => d.open")                  # folded, with its summary to open it again
        inner.locator(".leaflet-popup-close-button").click()
        assert legend.evaluate("d => d.open")                      # back as it was once the popup is closed
    finally:
        context.close()


@pytest.fixture(scope="module", params=["files", "postgis"])
def sliced_url(tmp_path_factory, request):
    """The dashboard with a limit of 3 features sent at once: the map gets slices of dates.

    On the files, and on a database (the page then asks the database for each slice).
    """
    if request.param == "files":
        yield from served(tmp_path_factory, CORRIDOR_MAP_BROWSER_FEATURES="3")
        return
    import psycopg

    from geo.gazetteer import load_gazetteer
    from geo.store import open_store
    from geo.store.postgis import close_pools
    cluster = request.getfixturevalue("pg_cluster")
    admin = cluster.url.replace("/corridor?", "/postgres?")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("CREATE DATABASE sliced TEMPLATE corridor")
    url = cluster.url.replace("/corridor?", "/sliced?")
    try:
        open_store(url, gazetteer=load_gazetteer(dashboard_fixtures.GAZETTEER)).load_csv(dashboard_fixtures.EVENTS)
        close_pools()
        yield from served(tmp_path_factory, CORRIDOR_MAP_BROWSER_FEATURES="3", CORRIDOR_MAP_DATABASE=url)
    finally:
        close_pools()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("DROP DATABASE sliced WITH (FORCE)")


def test_above_the_limit_stepping_out_of_the_slice_brings_the_next_one(chromium, sliced_url):
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if to_app(r.request.url, sliced_url) else r.abort())
    try:
        map_frame = open_map(page, sliced_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
        wait_drawn(map_frame, lambda ids: "fx-route-old" in ids)
        map_frame.evaluate("() => { window.cmSameMap = true; }")
        for _ in range(3):                                   # bypass, blockade, checkpoint: past the first slice
            button(page, "Next").click()
            map_frame.wait_for_function("() => !document.querySelector('[data-key=slice]')", timeout=20_000)
        wait_drawn(map_frame, lambda ids: {"fx-blockade", "fx-checkpoint"} <= ids, timeout=20)
        assert map_frame.evaluate("() => window.cmState().day") == "2023-04-23"
        assert map_frame.evaluate("() => window.cmSameMap === true"), "the map was reloaded"
        button(page, "Previous").click()                     # and back again
        wait_drawn(map_frame, lambda ids: "fx-blockade" in ids and "fx-checkpoint" not in ids, timeout=20)
        page.wait_for_url(re.compile(r"date=2022-12-12"), timeout=15_000)
    finally:
        context.close()
