"""Command line: ``python -m geo build | geocode | extract | export``.

Exit status 0 on success, 1 on bad input (the message names the file, line and
field), 2 on a usage error. Results go to stdout, diagnostics to stderr.
"""

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path

from . import settings
from .errors import GeoError

PROJECT_DIR = settings.PROJECT_DIR
DEFAULT_DATA = PROJECT_DIR / "data"
DEFAULT_LAYERS = PROJECT_DIR / "layers"


def _gazetteer(data_dir):
    from .gazetteer import DEFAULT_SUPPLEMENT, load_gazetteer
    supplement = Path(data_dir) / "gazetteer.csv"
    if not supplement.exists():
        supplement = DEFAULT_SUPPLEMENT     # a data folder of events only: the project's supplement
    return load_gazetteer(supplement)


def cmd_build(args):
    from .layers import build_from_file, write_layers
    layers = build_from_file(Path(args.data) / "events.csv", _gazetteer(args.data))
    for path in write_layers(layers, args.out):
        print(path)
    counts = ", ".join(f"{len(layer)} {name}" for name, layer in layers.items())
    print(f"built {counts}", file=sys.stderr)
    return 0


def _online_records(names, gazetteer):
    """Records from the online chain (Nominatim, 1 request/s, cached), with progress."""
    from .geocoder import OfflineGeocoder, OnlineGeocoder
    geocoder = OnlineGeocoder(fallback=OfflineGeocoder(gazetteer))
    for done, name in enumerate(names, 1):
        location = geocoder.geocode(name)
        print(f"geocoded {done}/{len(names)}", file=sys.stderr, flush=True)
        if location is None:
            yield {"query": name, "error": f"place not found: {name!r}"}
        else:
            yield {k: location.raw[k] for k in ("query", "name", "lat", "lon", "source", "precision",
                                                "country")}


def _offline_records(names, gazetteer):
    from .errors import PlaceNotFound
    from .geocoder import match_record
    for name in names:
        try:
            yield match_record(gazetteer.resolve(name))
        except PlaceNotFound as exc:
            yield {"query": name, "error": str(exc)}


def cmd_geocode(args):
    gazetteer = _gazetteer(args.data)
    records = (_online_records if args.online else _offline_records)(args.names, gazetteer)
    failed = 0
    for record in records:
        name = record["query"]
        failed += "error" in record
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        elif "error" in record:
            print(f"{name}: {record['error']}")
        else:
            print(f"{name}: {record['name']} ({record['country']}) {record['lat']:.5f}, {record['lon']:.5f}"
                  f" [{record['source']}, {record['precision']}]")
    return 1 if failed else 0


def cmd_extract(args):
    from .extract import extract_files
    collection = extract_files(args.files, args.published, gazetteer=_gazetteer(args.data))
    if args.json:
        print(json.dumps(collection, ensure_ascii=False, indent=1))
    else:
        print(json.dumps(collection, ensure_ascii=False))
    return 0


def cmd_export(args):
    from .export import export
    from .layers import build_from_file
    layers = build_from_file(Path(args.data) / "events.csv", _gazetteer(args.data))
    for path in export(layers, args.format, args.out):
        print(path)
    return 0


def _iso_date(text):
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def parser():
    p = argparse.ArgumentParser(prog="python -m geo", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="curated data -> layers/*.geojson")
    b.add_argument("--data", default=DEFAULT_DATA,
                   help="folder with events.csv and gazetteer.csv (default: the project's data/)")
    b.add_argument("--out", default=DEFAULT_LAYERS,
                   help="folder the layers are written to (default: the project's layers/)")
    b.set_defaults(run=cmd_build)

    g = sub.add_parser("geocode", help="resolve place names offline")
    g.add_argument("names", nargs="+", metavar="NAME")
    g.add_argument("--json", action="store_true", help="one JSON object per line")
    g.add_argument("--online", action="store_true",
                   help="ask Nominatim first (1 request/s, cached on disk; offline answer on failure)")
    g.add_argument("--data", default=DEFAULT_DATA, help=argparse.SUPPRESS)
    g.set_defaults(run=cmd_geocode)

    e = sub.add_parser("extract", help="candidate events from news articles (GeoJSON)")
    e.add_argument("files", nargs="+", metavar="FILE")
    e.add_argument("--published", required=True, type=_iso_date, help="publication date YYYY-MM-DD")
    e.add_argument("--json", action="store_true", help="indented output")
    e.add_argument("--data", default=DEFAULT_DATA, help=argparse.SUPPRESS)
    e.set_defaults(run=cmd_extract)

    x = sub.add_parser("export", help="export the layers for GIS tools")
    x.add_argument("--format", required=True, choices=("geojson", "gpkg", "qgis", "csv"))
    x.add_argument("--out", default=None, help="file or folder to write (default: out/)")
    x.add_argument("--data", default=DEFAULT_DATA, help="folder with events.csv and gazetteer.csv")
    x.set_defaults(run=cmd_export)
    return p


def main(argv=None):
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except GeoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
