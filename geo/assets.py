"""The browser assets of the map (Leaflet, jQuery, Bootstrap, awesome-markers, Font Awesome, base map).

folium loads these from CDNs by default, and streamlit-folium draws nothing
until every script has loaded, so with no internet the map would stay blank.
Instead the files are taken from the npm registry at install time (``npm pack``
of pinned versions), unpacked into ``static/vendor/`` and served by Streamlit's
static file serving at ``/app/static/vendor/...``. The offline base map's
geography (Natural Earth borders, OpenStreetMap rivers and lakes, and the
sourced river courses and water names of ``data/water.csv``; see
:mod:`geo.basemap`) comes the same way and is clipped to the region into
``static/vendor/basemap/region.geojson``. Run once after installing::

    python -m geo.assets

:func:`use_local_assets` then points folium's asset links at those files; call
it before any map is built.
"""

import logging
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from . import settings

log = logging.getLogger(__name__)

PROJECT_DIR = settings.PROJECT_DIR
VENDOR_DIR = PROJECT_DIR / "static" / "vendor"
MAPDATA_DIR = PROJECT_DIR / "static" / "mapdata"          # the map's features files (geo.mapview.write_payload)
URL_PREFIX = "/app/static/vendor"

# npm package -> (folder under vendor/, {path in the package: path under that folder}).
# A path ending in "/" copies a whole folder.
PACKAGES = {
    "leaflet@1.9.3": ("leaflet", {
        "dist/leaflet.js": "leaflet.js",
        "dist/leaflet.css": "leaflet.css",
        "dist/images/": "images/",
    }),
    "jquery@3.7.1": ("jquery", {"dist/jquery.min.js": "jquery.min.js"}),
    "bootstrap@5.2.2": ("bootstrap", {
        "dist/js/bootstrap.bundle.min.js": "bootstrap.bundle.min.js",
        "dist/css/bootstrap.min.css": "bootstrap.min.css",
    }),
    "leaflet.awesome-markers@2.0.5": ("awesome-markers", {
        "dist/leaflet.awesome-markers.js": "leaflet.awesome-markers.js",
        "dist/leaflet.awesome-markers.css": "leaflet.awesome-markers.css",
        "dist/images/": "images/",
    }),
    "@fortawesome/fontawesome-free@6.2.0": ("fontawesome", {
        "css/all.min.css": "css/all.min.css",
        "webfonts/": "webfonts/",
    }),
}

# Base map data: npm package -> (files kept for the licence, the file geo.basemap reads).
BASEMAP_PACKAGES = {
    "world-atlas@2.0.2": "countries-10m.json",
    "@geo-maps/earth-rivers-500m@0.6.0": "map.geo.json",
    "@geo-maps/earth-lakes-1m@0.6.0": "map.geo.json",
}
BASEMAP = "basemap/region.geojson"

# What folium's Map loads, in its own order (every script must load, so all are served).
JS = [
    ("leaflet", "leaflet/leaflet.js"),
    ("jquery", "jquery/jquery.min.js"),
    ("bootstrap", "bootstrap/bootstrap.bundle.min.js"),
    ("awesome_markers", "awesome-markers/leaflet.awesome-markers.js"),
]
CSS = [
    ("leaflet_css", "leaflet/leaflet.css"),
    ("bootstrap_css", "bootstrap/bootstrap.min.css"),
    ("awesome_markers_font_css", "fontawesome/css/all.min.css"),
    ("awesome_markers_css", "awesome-markers/leaflet.awesome-markers.css"),
]
LEAFLET_IMAGES = f"{URL_PREFIX}/leaflet/images/"


def missing(vendor_dir=VENDOR_DIR):
    """The asset files not in place (empty when the map can load offline)."""
    return [path for _, path in JS + CSS + [("basemap", BASEMAP)] if not (Path(vendor_dir) / path).is_file()]


def use_local_assets(prefix=URL_PREFIX):
    """Point folium's Leaflet/jQuery/Bootstrap/awesome-markers links at the served copies.

    The glyphicons and marker-rotation stylesheets folium also links are left
    out: nothing on this map uses them, and they would be external requests.
    """
    import folium
    folium.Map.default_js = [(name, f"{prefix}/{path}") for name, path in JS]
    folium.Map.default_css = [(name, f"{prefix}/{path}") for name, path in CSS]


def fetch(vendor_dir=VENDOR_DIR, npm="npm"):
    """Download the pinned packages with ``npm pack`` and unpack what the map needs.

    The new folder replaces the old one only once every file is in place.
    """
    vendor_dir = Path(vendor_dir)
    if shutil.which(npm) is None:
        raise SystemExit("geo.assets: npm is needed to fetch the map's browser assets "
                         "(Debian: apt-get install -y npm)")
    vendor_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vendor-", dir=vendor_dir.parent) as tmp:
        tmp = Path(tmp)
        staging = tmp / "vendor"
        for spec, (folder, files) in PACKAGES.items():
            _unpack(_pack(npm, spec, tmp), files, staging / folder)
            log.info("%s: %d entries -> static/vendor/%s/", spec, len(files), folder)
        sources = []
        for n, (spec, data_file) in enumerate(BASEMAP_PACKAGES.items()):
            folder = tmp / f"basemap-{n}"
            _unpack(_pack(npm, spec, tmp), {data_file: data_file, "LICENSE": "LICENSE"}, folder)
            (staging / "basemap").mkdir(parents=True, exist_ok=True)
            name = spec.rsplit("@", 1)[0].replace("/", "-").lstrip("@")
            shutil.copy(folder / "LICENSE", staging / "basemap" / f"LICENSE-{name}")
            sources.append(folder / data_file)
        from . import basemap
        basemap.build(*sources, staging / BASEMAP, water=basemap.WATER)
        log.info("base map: %s -> static/vendor/%s", ", ".join(BASEMAP_PACKAGES), BASEMAP)
        absent = missing(staging)
        if absent:
            raise SystemExit(f"geo.assets: files missing after unpacking: {', '.join(absent)}")
        if vendor_dir.exists():
            shutil.rmtree(vendor_dir)
        staging.rename(vendor_dir)
    return vendor_dir


def _pack(npm, spec, folder):
    """``npm pack`` one package into ``folder``; the tarball's path."""
    result = subprocess.run([npm, "pack", spec, "--pack-destination", str(folder), "--silent"],
                            capture_output=True, text=True, cwd=folder)
    if result.returncode != 0:
        raise SystemExit(f"geo.assets: npm pack {spec} failed:\n{result.stderr.strip()}")
    return folder / result.stdout.strip().splitlines()[-1]


def _unpack(tarball, files, target):
    """Copy the listed files (or folders, ending in "/") out of an npm tarball."""
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            if not member.isfile():
                continue
            inner = member.name.split("/", 1)[1]          # strip the leading "package/"
            for source, dest in files.items():
                if inner == source or (source.endswith("/") and inner.startswith(source)):
                    relative = dest + inner[len(source):] if source.endswith("/") else dest
                    out = target / relative
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_bytes(archive.extractfile(member).read())


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    path = fetch()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    print(f"map assets ready in {path} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
