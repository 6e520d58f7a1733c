"""The dashboard end to end, in real headless Chromium, with every external request blocked.

A Streamlit server runs the dashboard on 127.0.0.1 over the fixture layers;
the tests read what Leaflet drew inside the map's iframe (features carry their
event id as ``options.fid``), click features and read their popups, step with
the buttons, and check that a step keeps the user's zoom. Skipped when
/usr/bin/chromium is not installed (``apt-get install -y chromium``).
"""

import io
import re
import time
import zipfile
from pathlib import Path

import pytest

from tests import dashboard_fixtures
from tests.dashboard_fixtures import CHROMIUM, CHROMIUM_ARGS

PROJECT = Path(__file__).resolve().parent.parent
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
TILE_HOSTS = {"tile.openstreetmap.org"}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} is missing: apt-get install -y chromium"),
]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """The dashboard served on a free port of 127.0.0.1 over the fixture layers."""
    from geo import assets
    if assets.missing():
        pytest.skip("map assets missing: run `python -m geo.assets`")
    layers = dashboard_fixtures.build(tmp_path_factory.mktemp("layers"))
    log = tmp_path_factory.mktemp("log") / "streamlit.log"
    with dashboard_fixtures.serve(log, CORRIDOR_MAP_LAYERS=str(layers),
                                  CORRIDOR_MAP_GAZETTEER=str(dashboard_fixtures.GAZETTEER),
                                  CORRIDOR_MAP_PLAY_SECONDS="0.5") as server:
        yield server.url


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(chromium, app_url):
    """A page on which every request not to the app is aborted (and recorded)."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.blocked = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith(app_url) or url.startswith(("data:", "blob:", "about:")):
            request_route.continue_()
        else:
            page.blocked.append(url)
            request_route.abort()

    page.route("**/*", route)
    yield page
    context.close()


def open_map(page, app_url, query=""):
    """Open the dashboard and wait until the map has drawn its features; returns the map frame."""
    page.goto(f"{app_url}/{query}")
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=30_000)
    frame = page.frame_locator(MAP_IFRAME)
    frame.locator(".leaflet-container").wait_for(timeout=30_000)
    map_frame = next(f for f in page.frames if "streamlit_folium" in (f.url or ""))
    map_frame.wait_for_function("() => window.map && window.feature_group && window.feature_group.length >= 3",
                                timeout=30_000)
    return map_frame


def drawn(map_frame):
    """Ids of the features drawn on the map now."""
    return set(map_frame.evaluate(
        "() => { const ids = []; window.map.eachLayer(l => { if (l.options && l.options.fids) ids.push(...l.options.fids); });"
        " return ids; }"))


def wait_drawn(map_frame, predicate, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        ids = drawn(map_frame)
        if predicate(ids):
            return ids
        time.sleep(0.2)
    raise AssertionError(f"map never reached the expected state; drawn: {sorted(drawn(map_frame))}")


def click_feature(page, map_frame, fid):
    """Click a drawn feature with the mouse, at its position on the canvas, and return the popup text."""
    point = map_frame.evaluate("""fid => {
        let found = null;
        window.map.eachLayer(l => { if (l.options && l.options.fid === fid) found = l; });
        const ll = found.getLatLng ? found.getLatLng() : found.getLatLngs()[1];
        window.map.setView(ll, window.map.getZoom(), {animate: false});
        const p = window.map.latLngToContainerPoint(ll);
        return [p.x, p.y];
    }""", fid)
    box = page.locator(MAP_IFRAME).bounding_box()
    container = map_frame.evaluate("() => { const r = window.map.getContainer().getBoundingClientRect();"
                                   " return [r.left, r.top]; }")
    page.mouse.click(box["x"] + container[0] + point[0], box["y"] + container[1] + point[1])
    popup = page.frame_locator(MAP_IFRAME).locator(".leaflet-popup-content")
    popup.wait_for(timeout=5_000)
    return popup


def test_map_draws_all_three_layers_with_local_assets_only(page, app_url, tmp_path):
    map_frame = open_map(page, app_url)
    ids = wait_drawn(map_frame, lambda ids: "fx-checkpoint" in ids)
    assert {"fx-blockade", "fx-checkpoint", "fx-shell-ganja", "fx-aghdam"} <= ids
    assert not {"fx-route-old", "fx-route-bypass"} & ids
    assert map_frame.locator("canvas").count() >= 1                 # canvas, not DOM markers
    assert map_frame.locator(".leaflet-marker-icon").count() == 0
    assert "Checkpoints" in map_frame.locator(".cm-legend").inner_text()
    external = {re.sub(r"^\w+://([^/]+).*", r"\1", u) for u in page.blocked}
    assert external <= TILE_HOSTS, f"external requests besides tiles: {external}"
    page.screenshot(path=tmp_path / "dashboard-default.png")


@pytest.mark.parametrize("day, present, absent", [
    ("2022-08-29", {"fx-route-old"}, {"fx-route-bypass", "fx-checkpoint"}),
    ("2022-08-31", {"fx-route-bypass"}, {"fx-route-old", "fx-blockade"}),
    ("2023-04-24", {"fx-blockade", "fx-checkpoint"}, {"fx-route-old", "fx-route-bypass"}),
    ("2023-04-22", {"fx-blockade"}, {"fx-checkpoint"}),
])
def test_intervals_shown_while_in_force(page, app_url, day, present, absent):
    map_frame = open_map(page, app_url, f"?date={day}&window=7")
    ids = wait_drawn(map_frame, lambda ids: present <= ids)
    assert not ids & absent


def test_url_restores_layers_and_window(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-04&layers=corridors,checkpoints&window=7")
    time.sleep(1)
    assert not any(i.startswith("fx-shell") for i in drawn(map_frame))
    assert not page.get_by_role("checkbox", name="Shelling").is_checked()
    assert page.get_by_role("checkbox", name="Corridors").is_checked()
    page.get_by_text("Shelling", exact=True).first.click()            # turn shelling back on
    wait_drawn(map_frame, lambda ids: {"fx-shell-ganja", "fx-shell-stepanakert"} <= ids)
    page.wait_for_url(re.compile(r"layers=corridors%2Cshelling%2Ccheckpoints|layers=corridors,shelling,checkpoints"))
    assert "window=7" in page.url and "date=2020-10-04" in page.url


def test_popup_shows_date_both_names_claim_and_source(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-03&window=1&layers=shelling")
    wait_drawn(map_frame, lambda ids: ids == {"fx-shell-stepanakert"})
    popup = click_feature(page, map_frame, "fx-shell-stepanakert")
    text = popup.inner_text()
    for expected in ("3 Oct 2020", "precise to the day", "Stepanakert/Khankendi", "artillery",
                     "Armenian MoD", "Fixture Herald", "Armenian: Stepanakert", "Azerbaijani: Khankendi"):
        assert expected in text
    assert popup.locator("a").get_attribute("href") == "https://example.org/fixture/1"


def test_reports_at_one_place_share_a_marker(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-05&window=7&layers=shelling")
    wait_drawn(map_frame, lambda ids: {"fx-shell-ganja", "fx-shell-ganja-2"} <= ids)
    assert map_frame.evaluate("""() => { let n = 0; window.map.eachLayer(l => {
        if (l.options && l.options.fids && l.options.fids.includes("fx-shell-ganja")) n++; }); return n; }""") == 1
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


def test_next_and_previous_jump_between_event_dates(page, app_url):
    map_frame = open_map(page, app_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
    wait_drawn(map_frame, lambda ids: "fx-route-old" in ids)
    page.get_by_role("button", name="Next").click()
    page.wait_for_url(re.compile(r"date=2022-08-30"))
    wait_drawn(map_frame, lambda ids: "fx-route-bypass" in ids and "fx-route-old" not in ids)
    page.get_by_role("button", name="Next").click()
    page.wait_for_url(re.compile(r"date=2022-12-12"))
    wait_drawn(map_frame, lambda ids: "fx-blockade" in ids)
    page.get_by_role("button", name="Previous").click()
    page.wait_for_url(re.compile(r"date=2022-08-30"))
    wait_drawn(map_frame, lambda ids: "fx-blockade" not in ids)


def test_step_keeps_zoom_and_pan(page, app_url, tmp_path):
    map_frame = open_map(page, app_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
    wait_drawn(map_frame, lambda ids: "fx-route-old" in ids)
    zoom_in = page.frame_locator(MAP_IFRAME).locator(".leaflet-control-zoom-in")
    for level in (10, 11):
        zoom_in.click()
        map_frame.wait_for_function(f"() => window.map.getZoom() === {level}")
        time.sleep(0.4)                                             # let the zoom animation end
    map_frame.evaluate("() => { window.map.panBy([120, -80], {animate: false}); window.cmSameMap = true; }")
    center = map_frame.evaluate("() => window.map.getCenter()")
    page.get_by_role("button", name="Next").click()
    wait_drawn(map_frame, lambda ids: "fx-route-bypass" in ids and "fx-route-old" not in ids)
    time.sleep(0.5)
    assert map_frame.evaluate("() => window.cmSameMap === true"), "the map was reloaded"
    assert map_frame.evaluate("() => window.map.getZoom()") == 11
    after = map_frame.evaluate("() => window.map.getCenter()")
    assert after["lat"] == pytest.approx(center["lat"], abs=1e-6)
    assert after["lng"] == pytest.approx(center["lng"], abs=1e-6)
    page.screenshot(path=tmp_path / "dashboard-zoomed-step.png")


def test_play_advances_on_its_own(page, app_url):
    map_frame = open_map(page, app_url, "?date=2022-08-29&window=7&layers=corridors,checkpoints")
    wait_drawn(map_frame, lambda ids: "fx-route-old" in ids)
    page.get_by_text("Play", exact=True).click()
    page.wait_for_url(re.compile(r"date=2022-12-12"), timeout=20_000)
    page.get_by_text("Play", exact=True).click()                    # stop
    time.sleep(2.5)
    stopped_at = page.url
    time.sleep(2)
    assert page.url == stopped_at


def test_place_search_flies_to_the_place(page, app_url):
    map_frame = open_map(page, app_url)
    box = page.get_by_label("Find a place and fly to it")
    box.fill("Khankendi")
    box.press("Enter")
    map_frame.wait_for_function(
        "() => Math.abs(window.map.getCenter().lat - 39.8177) < 0.01 && window.map.getZoom() === 12",
        timeout=20_000)
    box.fill("Kornidzorabad")
    box.press("Enter")
    page.get_by_text("Did you mean Kornidzor").wait_for(timeout=20_000)


def test_fit_shows_features_outside_the_first_view(page, app_url):
    map_frame = open_map(page, app_url, "?date=2020-10-05&window=7&layers=shelling")
    outside = """() => { const b = window.map.getBounds(); let out = 0;
        window.map.eachLayer(l => { if (l.options && l.options.fids && l.getLatLng && !b.contains(l.getLatLng())) out++; });
        return out; }"""
    assert map_frame.evaluate(outside) > 0                       # Ganja lies outside the corridor view
    page.get_by_role("button", name="Fit the map to what is shown").click()
    map_frame.wait_for_function(outside.replace("return out;", "return out === 0;"), timeout=20_000)


def test_downloads_what_is_shown(page, app_url):
    open_map(page, app_url, "?date=2022-08-31&window=7&layers=corridors")
    with page.expect_download(timeout=30_000) as info:
        page.get_by_role("button", name="GeoJSON (zip)").click()
    data = Path(info.value.path()).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        corridors = archive.read(next(n for n in names if n.startswith("corridors"))).decode()
    assert "fx-route-bypass" in corridors and "fx-route-old" not in corridors
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="QGIS project + GeoPackage (zip)").click()
    with zipfile.ZipFile(io.BytesIO(Path(info.value.path()).read_bytes())) as archive:
        assert {Path(n).suffix for n in archive.namelist()} == {".gpkg", ".qgz"}
