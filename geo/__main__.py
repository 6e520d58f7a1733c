"""Command line: ``python -m geo build | geocode | extract | import | ingest | export | db``.

Exit status: 0 on success; 1 on bad input: a file, a row or a value given to an
option (``--published yesterday``, ``--format shp2``); the message names the
file, line and field, and nothing is half-written; 2 on a usage error (an
unknown subcommand or option, a missing required argument), as argparse does.
Results go to stdout, diagnostics to stderr.
"""

import argparse
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


def _store(args, geocodes=False):
    """The store the command works on: the database when one is given, else the data folder's CSV.

    ``geocodes``: the command geocodes events (then the gazetteer of ``--data`` is loaded).
    """
    from .store import open_store
    gazetteer = _gazetteer(args.data) if geocodes or not args.database else None
    return open_store(args.database, Path(args.data) / "events.csv", gazetteer=gazetteer)


def _database(args):
    if not args.database:
        raise GeoError("no database given: set CORRIDOR_MAP_DATABASE=postgresql://… or pass --database")
    return _store(args, geocodes=args.db_command == "load")


def cmd_build(args):
    from . import assets, first_paint, layer_cache
    from .layers import write_layers
    from .sync import built_from, fingerprint
    events_csv, digest = Path(args.data) / "events.csv", None
    if not args.database:
        try:
            digest = fingerprint(events_csv)    # before reading: a concurrent save makes the layers look stale
        except OSError:
            digest = None                       # the build says what is wrong
    layers = _store(args).build_layers()
    try:
        written = write_layers(layers, args.out, digest and built_from(events_csv, args.out, digest))
    except OSError as exc:
        raise GeoError(f"cannot write the layers in {args.out}: {exc.strerror or exc}") from None
    for path in written:
        print(path)
    layer_cache.read_layers_checked(args.out)     # read back once now, so the dashboard opens fast
    first_paint.prepare(args.out, assets.MAPDATA_DIR)   # and its first viewer gets the map at once
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
    """(record, match or None) per name; the record is the JSON contract's."""
    from .errors import PlaceNotFound
    from .geocoder import match_record
    for name in names:
        try:
            match = gazetteer.resolve(name)
            yield match_record(match), match
        except PlaceNotFound as exc:
            yield {"query": name, "error": str(exc)}, None


def _how(match):
    """How an answer was found and, when it lies outside the region, that it does."""
    if match is None:
        return ""
    notes = []
    if match.how != "exact":
        notes.append(f"{match.how} match" + (f" {match.score:.0f}%" if match.how == "fuzzy" else ""))
    if match.outside_region:
        notes.append(f"outside the region ({match.tier} tier)")
    if match.note:
        notes.append(match.note)
    if match.alternatives:
        notes.append("also " + "; ".join(match.alternatives))
    return " — " + ", ".join(notes) if notes else ""


def cmd_geocode(args):
    gazetteer = _gazetteer(args.data)
    if args.online:
        records = ((record, None) for record in _online_records(args.names, gazetteer))
    else:
        records = _offline_records(args.names, gazetteer)
    failed = 0
    for record, match in records:
        name = record["query"]
        failed += "error" in record
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
            if match is not None and match.outside_region:
                print(f"{name}: {record['name']} lies outside the region ({record['country']}, "
                      f"{match.tier} tier)", file=sys.stderr)
            if match is not None and match.alternatives:
                print(f"{name}: {match.note}; also {'; '.join(match.alternatives)}", file=sys.stderr)
        elif "error" in record:
            print(f"{name}: {record['error']}")
        else:
            print(f"{name}: {record['name']} ({record['country']}) {record['lat']:.5f}, {record['lon']:.5f}"
                  f" [{record['source']}, {record['precision']}]{_how(match)}")
    return 1 if failed else 0


def cmd_extract(args):
    from .events import parse_date
    from .extract import extract_files
    published = parse_date(args.published, "--published")
    collection = extract_files(args.files, published, gazetteer=_gazetteer(args.data))
    collection["features"] = [f for f in collection["features"] if _dates_ok(f["properties"])]
    if args.json:
        print(json.dumps(collection, ensure_ascii=False, indent=1))
    else:
        print(json.dumps(collection, ensure_ascii=False))
    return 0


def _dates_ok(properties):
    """Whether a candidate's dates are ``YYYY-MM-DD`` in the accepted span (else say so on stderr)."""
    from .errors import DataError
    from .events import parse_date
    try:
        for field in ("start_date", "end_date"):
            if properties.get(field):
                parse_date(properties[field], properties.get("source") or "extract", None, field)
    except DataError as exc:
        print(f"skipped a candidate at {properties.get('place')!r}: {exc}", file=sys.stderr)
        return False
    return True


def cmd_export(args):
    from .export import EVENT_FORMATS, FORMATS, export, export_events
    if args.format not in FORMATS + EVENT_FORMATS:        # before the build: say it at once
        raise GeoError(f"--format: unknown export format {args.format!r}; "
                       f"expected one of {', '.join(FORMATS + EVENT_FORMATS)}")
    if args.format in EVENT_FORMATS:
        if args.live:
            raise GeoError("--live is for --format qgis (a project whose layers read the database)")
        data = Path(args.data)
        paths = export_events(_store(args).read_events(), _gazetteer(args.data), args.format, args.out,
                              protected=(data / "events.csv", data / "gazetteer.csv"))
    elif args.live:
        from .store.live import export_live
        if args.format != "qgis":
            raise GeoError("--live is for --format qgis (a project whose layers read the database)")
        if not args.database:
            raise GeoError("--live needs a database: set CORRIDOR_MAP_DATABASE=postgresql://… or pass --database")
        paths = export_live(_store(args), args.out)
    else:
        data = Path(args.data)
        paths = export(_store(args).build_layers(), args.format, args.out,
                       protected=(data / "events.csv", data / "gazetteer.csv"))
    for path in paths:
        print(path)
    return 0


def cmd_db_init(args):
    store = _database(args)
    applied = store.init()
    print(f"schema up to date{' (applied ' + ', '.join(applied) + ')' if applied else ''}", file=sys.stderr)
    return 0


def cmd_db_load(args):
    result = _database(args).load_csv(args.file)
    print(f"loaded {len(result.added)} events, {len(result.existing)} already there", file=sys.stderr)
    return 0


def cmd_db_dump(args):
    from .events import write_events
    events = _database(args).read_events()
    out = Path(args.out)
    if not out.parent.is_dir():
        raise GeoError(f"{out.parent}: folder does not exist")
    if out.is_dir():
        raise GeoError(f"{out}: is a folder; give the CSV file to write")
    write_events(out, events)
    print(out)
    print(f"dumped {len(events)} events", file=sys.stderr)
    return 0


def cmd_import(args):
    from .gazetteer import DEFAULT_SUPPLEMENT
    from .importers.common import import_file
    supplement = Path(args.data) / "gazetteer.csv"
    if not supplement.exists():
        supplement = DEFAULT_SUPPLEMENT     # as build finds places: the project's supplement
    report = import_file(args.file, args.format, args.source_name, Path(args.data) / "events.csv", args.out,
                         supplement, _gazetteer(args.data), dry_run=args.dry_run, database=args.database,
                         mapping=_mapping(args.map))
    for line in report.lines():
        print(line)
    return 0


def cmd_ingest(args):
    from .ingest import ingest
    if args.jobs is not None and args.jobs < 1:
        raise GeoError(f"--jobs: expected a number of processes of 1 or more, got {args.jobs}")
    out, queue = ingest(args.folder, _published_from(args.published_from), args.out, args.jobs)
    merged = sum(len(c["sources"]) > 1 for c in queue["candidates"])
    print(out)
    print(f"{queue['articles']} articles ({len(queue['unread'])} unread): {len(queue['candidates'])} candidates "
          f"in the queue, {merged} reported by several articles", file=sys.stderr)
    for item in queue["unread"]:
        print(f"{item['file']}: {item['reason']}", file=sys.stderr)
    return 0


def _published_from(text):
    """``meta``, ``filename`` or a date; a GeoError (exit 1) otherwise."""
    from .errors import DataError
    from .events import parse_date
    if text in ("meta", "filename"):
        return text
    try:
        return parse_date(text, "--published-from")
    except DataError:
        raise GeoError(f"--published-from: expected meta, filename or a date YYYY-MM-DD, got {text!r}") from None


def _mapping(text):
    """``field=ours,...`` (GeoJSON property -> our field) as a dict; a GeoError (exit 1) when malformed."""
    pairs = {}
    for item in filter(None, (part.strip() for part in (text or "").split(","))):
        theirs, sep, ours = item.partition("=")
        if not sep or not theirs.strip() or not ours.strip():
            raise GeoError(f"--map: expected field=ours, got {item!r}")
        pairs[theirs.strip()] = ours.strip()
    return pairs


def parser():
    p = argparse.ArgumentParser(prog="python -m geo", description=__doc__.splitlines()[0],
                                epilog="exit status: 0 ok, 1 bad input (file, row or option value), 2 usage error")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="curated data -> layers/*.geojson")
    b.add_argument("--data", default=DEFAULT_DATA,
                   help="folder with events.csv and gazetteer.csv (default: the project's data/)")
    b.add_argument("--out", default=DEFAULT_LAYERS,
                   help="folder the layers are written to (default: the project's layers/)")
    _database_option(b)
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
    e.add_argument("--published", required=True, metavar="YYYY-MM-DD", help="publication date")
    e.add_argument("--json", action="store_true", help="indented output")
    e.add_argument("--data", default=DEFAULT_DATA, help=argparse.SUPPRESS)
    e.set_defaults(run=cmd_extract)

    i = sub.add_parser("import", help="add the events of an ACLED, UCDP GED, KML/KMZ or GeoJSON file")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--format", required=True, metavar="{acled,ucdp,kml,geojson}",
                   help="the file's format (another value is bad input: exit 1)")
    i.add_argument("--source-name", default=None,
                   help="the dataset's name, cited in each event's source (default: ACLED, UCDP GED, the file name)")
    i.add_argument("--map", default=None, metavar="FIELD=OURS,...",
                   help="geojson: which property holds which of our fields, e.g. date=start_date,town=place")
    i.add_argument("--dry-run", action="store_true", help="report what would be imported, write nothing")
    i.add_argument("--data", default=DEFAULT_DATA, help="folder with events.csv and gazetteer.csv")
    i.add_argument("--out", default=DEFAULT_LAYERS, help="folder of the layers rebuilt after the import")
    _database_option(i)
    i.set_defaults(run=cmd_import)

    n = sub.add_parser("ingest", help="a folder of articles -> one review queue (parallel, repeated events merged)")
    n.add_argument("folder", metavar="FOLDER")
    n.add_argument("--published-from", default="meta", metavar="meta|filename|DATE",
                   help="publication date: the page's metadata (default), a date in the file name, or YYYY-MM-DD")
    n.add_argument("--out", default=None, help="the queue file (default: FOLDER/review-queue.json)")
    n.add_argument("--jobs", type=int, default=None, help="worker processes (default: every core)")
    n.set_defaults(run=cmd_ingest)

    x = sub.add_parser("export", help="export the layers for GIS tools")
    x.add_argument("--format", required=True, metavar="{geojson,gpkg,qgis,csv,acled,kml}",
                   help="what to write (another value is bad input: exit 1)")
    x.add_argument("--out", default=None, help="file or folder to write (default: out/)")
    x.add_argument("--data", default=DEFAULT_DATA, help="folder with events.csv and gazetteer.csv")
    x.add_argument("--live", action="store_true",
                   help="qgis only: a project whose layers read the database's tables (no GeoPackage)")
    _database_option(x)
    x.set_defaults(run=cmd_export)

    d = sub.add_parser("db", help="the team's PostGIS database (CORRIDOR_MAP_DATABASE or --database)")
    dsub = d.add_subparsers(dest="db_command", required=True)
    di = dsub.add_parser("init", help="create or migrate the schema")
    di.set_defaults(run=cmd_db_init)
    dl = dsub.add_parser("load", help="load an events CSV (loading it twice changes nothing)")
    dl.add_argument("file", metavar="FILE.csv")
    dl.set_defaults(run=cmd_db_load)
    dd = dsub.add_parser("dump", help="write every event back as the project's CSV")
    dd.add_argument("--out", required=True, metavar="FILE.csv")
    dd.set_defaults(run=cmd_db_dump)
    for command in (di, dl, dd):
        command.add_argument("--data", default=DEFAULT_DATA,
                             help="folder with gazetteer.csv, used to geocode what is loaded")
        _database_option(command)
    return p


def _database_option(command):
    command.add_argument("--database", default=settings.get().database_url,
                         metavar="URL", help="postgresql://… to use the team's database instead of the "
                                             "data folder's CSV (default: $CORRIDOR_MAP_DATABASE)")


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
    except Exception as exc:
        if type(exc).__module__.split(".")[0] not in ("psycopg", "psycopg_pool"):
            raise
        print(f"error: database: {str(exc).strip()}", file=sys.stderr)     # a server gone, a lost lock…
        return 1


if __name__ == "__main__":
    sys.exit(main())
