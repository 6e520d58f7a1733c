"""Export the three map layers for GIS tools: GeoJSON, GeoPackage, a QGIS project, CSV.

The point of this module is that a QGIS user gets the same map the dashboard
shows, without any setup. The GeoPackage carries one table per layer, with the
dates as real DATE fields, and each layer's style in the standard QGIS
``layer_styles`` table (applied as default when the layer is added). The
``.qgz`` project beside it references the GeoPackage by relative path, turns
each layer's temporal properties on (a feature is shown from its
``start_date`` through its ``end_date``, both days included; an empty end
means "still active"; :data:`TEMPORAL_MODE` says why QGIS gets expressions
over those fields rather than the bare fields) and sets the project time range
to the span of the data, so that QGIS's Temporal Controller steps through the
same days as the dashboard's slider.

The project is written by hand (QGIS is not a dependency of the library);
its XML follows what QGIS 3.22 itself writes, and ``tests/qgis_check.py``
checks it with a real QGIS.

Formats and where ``out`` goes
------------------------------
=========  ==========================================  =============================
format     written                                     default ``out``
=========  ==========================================  =============================
geojson    ``corridors/shelling/checkpoints.geojson``  ``out/geojson/``
gpkg       one GeoPackage                              ``out/corridor-map.gpkg``
qgis       a GeoPackage and a ``.qgz`` beside it        ``out/corridor-map.qgz``
csv        one CSV of every feature                    ``out/events.csv``
=========  ==========================================  =============================

The rule for ``out``: a path ending in the format's file extension
(``.gpkg``, ``.qgz``, ``.csv``; ``.zip`` for geojson, which then writes the
three files in one zip) names the file; any other path names a folder, which is
created if missing (its parent must exist), and the default file names are used
inside it. For ``qgis`` the GeoPackage takes the project's name
(``maps/lachin.qgz`` writes ``maps/lachin.gpkg`` too). An error in ``out`` (a
missing parent folder, a file where a folder is needed or the other way round)
raises :class:`geo.errors.GeoError` before anything is written.

Every file is first written under a temporary name in its target folder and
renamed into place only when all files of the export are complete, so a failed
export leaves nothing half-written.

The CSV has every layer's fields plus ``lon``/``lat`` (points only) and the
geometry as ``wkt``; QGIS's delimited-text reader opens it with either.

Attribution: place coordinates come from GeoNames (CC BY 4.0) and the curated
gazetteer; the GeoPackage (dataset and layer metadata, table descriptions) and
the project (abstract, layer rights and licence) say so.
"""

import csv
import datetime as dt
import io
import sqlite3
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from contextlib import closing
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyogrio

from . import atomic, settings, styles
from .errors import GeoError
from .layers import COLUMNS, GEOMETRY, dumps, feature_collection

FORMATS = ("geojson", "gpkg", "qgis", "csv")
EVENT_FORMATS = ("acled", "kml")       # written from the events themselves (every layer, precision codes)
DEFAULT_OUT = Path("out")
BASENAME = "corridor-map"
DATE_FIELDS = ("start_date", "end_date")
LAYER_ORDER = tuple(reversed(styles.ORDER))              # top to bottom in QGIS's layer panel
TITLES = styles.TITLES
STYLE_NAME = "corridor-map"
PROJECT_DATA = settings.PROJECT_DIR / "data"
PROTECTED = (PROJECT_DATA / "events.csv", PROJECT_DATA / "gazetteer.csv")   # never overwritten by an export
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")   # OWASP "CSV injection": a spreadsheet runs these

ATTRIBUTION = ("Place coordinates: GeoNames (https://www.geonames.org/), licensed under "
               "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), "
               "with curated additions of the corridor-map project.")
LICENCE = "CC BY 4.0 (GeoNames place coordinates)"
ABSTRACT = ("Nagorno-Karabakh corridor map: corridor routes with their validity intervals, "
            "shelling reports and checkpoints, geocoded from news reports. "
            "Every feature keeps its source, claimant and dates. ") + ATTRIBUTION

# QGIS temporal settings of every layer. QGIS 3.22 compares a DATE field with the frame's
# datetime bounds as text ("2020-10-04" < "2020-10-04T00:00:00"), so mode 2 (start and end
# fields) shifts every interval one day early and hides a one-day event on its own day.
# Mode 4 (start and end expressions) over the same fields compares datetimes. The days match
# the dashboard (geo.timeline): a route or checkpoint is in force from its start day up to
# but not including its end day (the end is the day something else took over: the old
# Lachin road ends the day the bypass opens); a one-day event and a shelling report are
# shown through their last day; an empty end_date means still in force.
TEMPORAL_MODE = 4
TEMPORAL_START = 'to_datetime("start_date")'
TEMPORAL_END = ('if("end_date" IS NULL, make_datetime(9999, 12, 31, 0, 0, 0), '
                'if("layer" = \'shelling\' OR "end_date" = "start_date", '
                'to_datetime("end_date") + make_interval(days:=1), '
                'to_datetime("end_date")) - make_interval(seconds:=1))')

_SRS_4326 = {
    "proj4": "+proj=longlat +datum=WGS84 +no_defs", "srsid": "3452", "srid": "4326",
    "authid": "EPSG:4326", "description": "WGS 84", "projectionacronym": "longlat",
    "ellipsoidacronym": "EPSG:7030", "geographicflag": "true",
}


# --- public API -----------------------------------------------------------------------------

def export(layers, fmt, out=None, protected=()):
    """Write the layers in one format.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        ``corridors``, ``shelling`` and ``checkpoints`` as built by
        :func:`geo.layers.build_layers` (EPSG:4326, :data:`geo.layers.COLUMNS`).
    fmt : str
        One of :data:`FORMATS`.
    out : str or pathlib.Path, optional
        File or folder to write; see the module docstring for the rule.
        Default: the folder ``out/`` in the working directory.
    protected : iterable of path
        Files the export must never replace, on top of the project's own
        :data:`PROTECTED` data files (the CLI adds those of its ``--data``).

    Returns
    -------
    list of pathlib.Path
        The files written.

    Raises
    ------
    GeoError
        On an unknown format, an unusable ``out`` or a failed write; nothing
        half-written remains.
    """
    if fmt not in FORMATS:
        raise GeoError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    commit = _guarded_commit(protected)
    if out is None:
        _ensure_folder(DEFAULT_OUT)
        out = DEFAULT_OUT / "geojson" if fmt == "geojson" else DEFAULT_OUT
    out = Path(out)
    if fmt == "geojson":
        if out.suffix.lower() == ".zip":
            return commit({_file_target(out): lambda p: p.write_bytes(_geojson_zip(layers))})
        folder = _ensure_folder(out)
        return commit({folder / f"{name}.geojson": _geojson_writer(layer, name)
                       for name, layer in layers.items()})
    if fmt == "gpkg":
        target = _target(out, ".gpkg", f"{BASENAME}.gpkg")
        return commit({target: lambda p: write_geopackage(layers, p)})
    if fmt == "qgis":
        project = _target(out, ".qgz", f"{BASENAME}.qgz")
        gpkg = project.with_suffix(".gpkg")
        _file_target(gpkg)
        return commit({gpkg: lambda p: write_geopackage(layers, p),
                       project: lambda p: p.write_bytes(project_qgz(layers, gpkg.name))})
    target = _target(out, ".csv", "events.csv")
    return commit({target: lambda p: p.write_text(csv_text(layers), encoding="utf-8", newline="")})


def export_events(events, gazetteer, fmt, out=None, protected=()):
    """Write the events in a format of another tool (:data:`EVENT_FORMATS`).

    ``acled`` is one CSV in ACLED's columns (:mod:`geo.importers.acled`; default
    ``out/acled.csv``); ``kml`` a KMZ for Google Earth with a folder and style
    per layer and time spans for its slider (:mod:`geo.importers.kml`; default
    ``out/corridor-map.kmz``, or plain KML when ``out`` ends in ``.kml``).
    The ACLED CSV's text cells are neutralised as in the CSV export; ``protected``
    files are never overwritten (see :func:`export`).

    Returns
    -------
    list of pathlib.Path
        The files written.
    """
    from .importers import acled, kml
    from .importers.common import located
    if fmt not in EVENT_FORMATS:
        raise GeoError(f"unknown export format {fmt!r}; expected one of {', '.join(EVENT_FORMATS)}")
    if out is None:
        _ensure_folder(DEFAULT_OUT)
        out = DEFAULT_OUT
    out, placed = Path(out), located(events, gazetteer)
    if fmt == "acled":
        target, content = _target(out, ".csv", "acled.csv"), acled.csv_text(placed).encode("utf-8")
    elif out.suffix.lower() == ".kml":
        target, content = _file_target(out), kml.kml_bytes(placed)
    else:
        target, content = _target(out, ".kmz", f"{BASENAME}.kmz"), kml.kmz_bytes(placed)
    return _guarded_commit(protected)({target: lambda p: p.write_bytes(content)})


def export_bytes(layers, fmt):
    """One export as a single download (the dashboard's buttons).

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
    fmt : str
        One of :data:`FORMATS`.

    Returns
    -------
    (str, bytes)
        File name and content: ``corridor-map-geojson.zip`` (the three
        ``.geojson`` files), ``corridor-map.gpkg``, ``corridor-map-qgis.zip``
        (the ``.gpkg`` and the ``.qgz``, to unzip into one folder) or
        ``events.csv``.
    """
    if fmt == "geojson":
        return f"{BASENAME}-geojson.zip", _geojson_zip(layers)
    if fmt == "csv":
        return "events.csv", csv_text(layers).encode("utf-8")
    if fmt not in FORMATS:
        raise GeoError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    with tempfile.TemporaryDirectory(prefix="corridor-map-") as tmp:
        paths = export(layers, fmt, Path(tmp))
        if fmt == "gpkg":
            return paths[0].name, paths[0].read_bytes()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in paths:
                archive.write(path, path.name)
        return f"{BASENAME}-qgis.zip", buffer.getvalue()


def write_geopackage(layers, path):
    """Write the layers, their default styles and the attribution into one GeoPackage.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
    path : str or pathlib.Path
        A new file (it must not exist yet: GeoPackages are appended to).

    Notes
    -----
    ``start_date`` and ``end_date`` are written as DATE fields (through Arrow's
    date32 type, the only way pyogrio writes a GDAL Date field), every other
    attribute as text. The GeoPackage is version 1.2 so that the GDAL shipped
    with QGIS 3.22 reads it without warnings.
    """
    path = Path(path)
    for name, layer in layers.items():
        pyogrio.write_dataframe(
            _for_geopackage(layer), path, layer=name, driver="GPKG", use_arrow=True,
            geometry_type=GEOMETRY[name],
            dataset_options={"VERSION": "1.2"},
            dataset_metadata={"TITLE": "Corridor map", "ATTRIBUTION": ATTRIBUTION},
            layer_metadata={"ATTRIBUTION": ATTRIBUTION},
            layer_options={"DESCRIPTION": f"{TITLES[name]} of the corridor map. {ATTRIBUTION}",
                           "IDENTIFIER": name})
    _write_layer_styles(path, layers)


def qml(name):
    """The QGIS style (QML document) of one layer.

    Corridors are categorised on ``status``, point layers on ``kind``, with
    the colours, widths and symbols of :mod:`geo.styles` (the dashboard's).

    Parameters
    ----------
    name : str
        ``corridors``, ``shelling`` or ``checkpoints``.

    Returns
    -------
    str
    """
    root = ET.Element("qgis", version="3.22.16-Białowieża", styleCategories="Symbology")
    root.append(_renderer(name))
    ET.indent(root)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(root, encoding="unicode") + "\n"


def time_span(layers):
    """Earliest start and latest end (or start, for open intervals) over all layers.

    Returns
    -------
    (datetime.date, datetime.date) or None
        None when the layers hold no feature.
    """
    dates = []
    for layer in layers.values():
        for field in DATE_FIELDS:
            dates += [dt.date.fromisoformat(v) for v in layer[field] if _present(v)]
    if not dates:
        return None
    return min(dates), max(dates)


def project_qgs(layers, gpkg_name):
    """The QGIS project (``.qgs`` XML text) for a GeoPackage written by :func:`write_geopackage`.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        The layers in the GeoPackage (for the time range and the view extent).
    gpkg_name : str
        The GeoPackage's file name, referenced relative to the project (``./<name>``).

    Returns
    -------
    str
    """
    sources = {name: _source(gpkg_name, name) for name in layers}
    return project_for_sources(sources, "ogr", time_span(layers), _view_extent(layers))


def project_for_sources(sources, provider, span, extent):
    """The QGIS project (``.qgs`` XML text) for the layers at ``sources``.

    Parameters
    ----------
    sources : dict of str to str
        Layer name (``corridors``, ``shelling``, ``checkpoints``) to its QGIS data source.
    provider : str
        QGIS data provider of the sources: ``ogr`` (a GeoPackage) or ``postgres``.
    span : (datetime.date, datetime.date) or None
        The project's time range (first and last day, both included).
    extent : (float, float, float, float) or None
        The view the project opens on.

    Returns
    -------
    str
    """
    root = ET.Element("qgis", projectname="Corridor map", version="3.22.16-Białowieża")
    ET.SubElement(root, "homePath", path="")
    ET.SubElement(root, "title").text = "Corridor map"
    ET.SubElement(root, "projectCrs").append(_spatialrefsys())

    names = [n for n in LAYER_ORDER if n in sources]
    tree = ET.SubElement(root, "layer-tree-group")
    ET.SubElement(tree, "customproperties")
    for name in names:
        ET.SubElement(tree, "layer-tree-layer", id=_layer_id(name), name=TITLES[name],
                      source=sources[name], providerKey=provider,
                      checked="Qt::Checked", expanded="1")
    project_layers = ET.SubElement(root, "projectlayers")
    for name in names:
        project_layers.append(_maplayer(name, sources[name], provider))
    order = ET.SubElement(root, "layerorder")
    for name in names:
        ET.SubElement(order, "layer", id=_layer_id(name))

    if extent:
        root.append(_map_canvas(extent))
    properties = ET.SubElement(root, "properties")
    _property(properties, "SpatialRefSys", "ProjectionsEnabled", "int", "1")
    _property(properties, "Paths", "Absolute", "bool", "false")
    root.append(_project_metadata())

    view = ET.SubElement(root, "ProjectViewSettings", UseProjectScales="0", rotation="0")
    ET.SubElement(view, "Scales")
    if extent:
        box = ET.SubElement(view, "DefaultViewExtent",
                            **dict(zip(("xmin", "ymin", "xmax", "ymax"), map(str, extent))))
        box.append(_spatialrefsys())

    times = ET.SubElement(root, "ProjectTimeSettings", timeStep="1", timeStepUnit="d",
                          frameRate="1", cumulativeTemporalRange="0")
    if span:
        # The last day is included: the range ends at its last second.
        time_range = ET.SubElement(times, "TemporalRange")
        ET.SubElement(time_range, "start").text = f"{span[0].isoformat()}T00:00:00Z"
        ET.SubElement(time_range, "end").text = f"{span[1].isoformat()}T23:59:59Z"
    ET.indent(root)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(root, encoding="unicode") + "\n"


def project_qgz(layers, gpkg_name):
    """The ``.qgz`` project: a zip holding :func:`project_qgs` as ``<name>.qgs``.

    Returns
    -------
    bytes
    """
    return _qgz(Path(gpkg_name).stem, project_qgs(layers, gpkg_name))


def write_project(sources, provider, span, extent, out=None):
    """Write a ``.qgz`` alone, for layers that live elsewhere (see :func:`project_for_sources`).

    ``out`` follows the ``qgis`` format's rule (a ``.qgz`` file, or a folder;
    default ``out/``). Returns the list of the one file written.
    """
    if out is None:
        out = _ensure_folder(DEFAULT_OUT)
    project = _target(Path(out), ".qgz", f"{BASENAME}.qgz")
    text = project_for_sources(sources, provider, span, extent)
    return _commit({project: lambda p: p.write_bytes(_qgz(project.stem, text))})


def _qgz(stem, qgs_text):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.qgs", qgs_text)
    return buffer.getvalue()


def csv_text(layers):
    """Every feature of every layer as one CSV.

    Columns: :data:`geo.layers.COLUMNS`, then ``lon`` and ``lat`` (points
    only, empty for corridor lines) and ``wkt`` (the geometry, any type).
    Text cells that a spreadsheet would run as a formula are neutralised
    (see :func:`neutralise`); the numbers we write ourselves are left as they are.

    Returns
    -------
    str
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(COLUMNS) + ["lon", "lat", "wkt"])
    for layer in layers.values():
        for record, geometry in zip(layer[list(COLUMNS)].to_dict("records"), layer.geometry):
            row = [neutralise(record[c]) if _present(record[c]) else "" for c in COLUMNS]
            if geometry.geom_type == "Point":
                row += [f"{geometry.x:.5f}", f"{geometry.y:.5f}"]
            else:
                row += ["", ""]
            writer.writerow(row + [geometry.wkt])
    return buffer.getvalue()


def neutralise(value):
    """A cell safe to open in a spreadsheet: OWASP's advice against CSV injection.

    Descriptions, quotes and claimants come from untrusted articles. A cell
    starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
    prefixed with ``'`` so that Excel, LibreOffice and Google Sheets show it as
    text instead of running it (``=HYPERLINK(...)``, ``@SUM(...)``). Line
    breaks are written as ``\\n`` so that a carriage return cannot split a row.
    """
    text = str(value)
    if text.startswith(FORMULA_START):
        text = "'" + text
    # Python's csv module quotes a field holding "\n" but not a lone "\r": line breaks as "\n"
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- where files go, and writing them all or nothing ----------------------------------------

def _ensure_folder(folder):
    """An existing folder, created if only it (not its parent) is missing."""
    folder = Path(folder)
    if folder.is_dir():
        return folder
    if folder.exists():
        raise GeoError(f"cannot export to {folder}: it is a file, and a folder is needed here")
    parent = folder.parent
    if not parent.is_dir():
        raise GeoError(f"cannot export to {folder}: folder {parent} does not exist")
    try:
        folder.mkdir()
    except OSError as exc:
        raise GeoError(f"cannot create folder {folder}: {exc.strerror or exc}") from None
    return folder


def _file_target(path):
    """A file path whose folder exists and which is not a folder itself."""
    path = Path(path)
    if path.is_dir():
        raise GeoError(f"cannot export to {path}: it is a folder, and a file is needed here")
    if not path.parent.is_dir():
        raise GeoError(f"cannot export to {path}: folder {path.parent} does not exist")
    return path


def _target(out, suffix, default_name):
    """The file to write: ``out`` itself if it ends in ``suffix``, else ``out/default_name``."""
    if out.suffix.lower() == suffix:
        return _file_target(out)
    return _file_target(_ensure_folder(out) / default_name)


def _guarded_commit(protected):
    """:func:`_commit`, refusing any target that is one of the protected files (resolved paths)."""
    keep = {Path(p).resolve() for p in (*PROTECTED, *protected)}

    def commit(writers):
        for target in writers:
            if Path(target).resolve() in keep:
                raise GeoError(f"refusing to export to {target}: it is the project's own data; "
                               "choose another --out")
        return _commit(writers)
    return commit


def _commit(writers):
    """Run each writer on a temporary file beside its target, then rename them all.

    Parameters
    ----------
    writers : dict of pathlib.Path to callable
        Target file -> function writing the content to the path it is given.
    """
    pending, target = [], None
    try:
        for target, write in writers.items():
            atomic.clean_stale_temps(target.parent)
            # the writers create the file themselves (GDAL refuses to overwrite one)
            tmp = atomic.temp_beside(target, create=False, keep_suffix=True)
            pending.append((tmp, target))
            write(tmp)
        for tmp, target in pending:
            atomic.commit(tmp, target)
    except GeoError:
        raise
    except Exception as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise GeoError(f"export to {target} failed: {reason}") from exc
    finally:
        for tmp, _ in pending:
            for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                leftover.unlink(missing_ok=True)
    return [target for _, target in pending]


def _geojson_writer(layer, name):
    return lambda path: path.write_text(dumps(feature_collection(layer, name)), encoding="utf-8")


def _geojson_zip(layers):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, layer in layers.items():
            archive.writestr(f"{name}.geojson", dumps(feature_collection(layer, name)))
    return buffer.getvalue()


def _present(value):
    """False for None, NaN and empty strings (how missing values come out of pandas)."""
    return value is not None and value == value and value != ""


# --- GeoPackage -----------------------------------------------------------------------------

def _for_geopackage(layer):
    """The layer with dates as Arrow date32 and every other attribute as text (None if empty)."""
    frame = layer[list(COLUMNS) + [layer.geometry.name]].copy()
    for column in COLUMNS:
        values = [v if _present(v) else None for v in frame[column]]
        if column in DATE_FIELDS:
            values = [dt.date.fromisoformat(v) if v else None for v in values]
            frame[column] = pd.array(values, dtype=pd.ArrowDtype(pa.date32()))
        else:
            frame[column] = pd.array([None if v is None else str(v) for v in values],
                                     dtype=pd.ArrowDtype(pa.string()))
    return frame


def _write_layer_styles(path, layers):
    """Create QGIS's ``layer_styles`` table with each layer's QML as its default style."""
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("""CREATE TABLE layer_styles (
            id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
            f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
            f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
            useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
            update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""")
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                   "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles', ?)", (now,))
        geometry_columns = dict(db.execute("SELECT table_name, column_name FROM gpkg_geometry_columns"))
        for name in layers:
            db.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                       "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
                       "owner, ui, update_time) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL, ?)",
                       (name, geometry_columns[name], STYLE_NAME, qml(name),
                        f"{TITLES[name]}: corridor-map default style. {ATTRIBUTION}", now))
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
            db.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) "
                       "VALUES ('layer_styles', ?)", (len(layers),))


# --- QML symbology --------------------------------------------------------------------------

def _renderer(name):
    layer = styles.LAYERS[name]
    if layer.symbol == "line":
        lines = list(styles.CORRIDOR_STYLES.items()) + [("", styles.CORRIDOR_FALLBACK)]
        return _categorized("status", [(value, s.label, _line_symbol(styles.rgb(s.colour), s.width_mm,
                                                                     "dash" if s.dash else "solid"))
                                       for value, s in lines])
    size = styles.POINT_SIZE_MM[layer.symbol]
    return _categorized("kind", [(value, label, _marker_symbol(styles.QGIS_SHAPES[layer.symbol],
                                                               styles.rgb(colour), size))
                                 for value, label, colour in styles.categories(name)])


def _categorized(attribute, categories):
    renderer = ET.Element("renderer-v2", type="categorizedSymbol", attr=attribute, forceraster="0",
                          symbollevels="0", enableorderby="0", referencescale="-1")
    listed = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    for index, (value, label, symbol) in enumerate(categories):
        ET.SubElement(listed, "category", symbol=str(index), value=value, label=label, render="true")
        symbol.set("name", str(index))
        symbols.append(symbol)
    return renderer


def _symbol(kind, layer_class, options, symbol_name="0"):
    symbol = ET.Element("symbol", type=kind, name=symbol_name, alpha="1", clip_to_extent="1",
                        force_rhr="0")
    layer = ET.SubElement(symbol, "layer", attrib={"class": layer_class, "enabled": "1",
                                                   "locked": "0", "pass": "0"})
    option_map = ET.SubElement(layer, "Option", type="Map")
    for key, value in options.items():
        ET.SubElement(option_map, "Option", type="QString", name=key, value=value)
    return symbol


def _line_symbol(colour, width, style):
    return _symbol("line", "SimpleLine", {
        "line_color": _rgba(colour), "line_width": str(width), "line_width_unit": "MM",
        "line_style": style, "capstyle": "round", "joinstyle": "round"})


def _marker_symbol(shape, colour, size, symbol_name="0"):
    return _symbol("marker", "SimpleMarker", {
        "name": shape, "color": _rgba(colour), "outline_color": "255,255,255,255",
        "outline_style": "solid", "outline_width": "0.4", "outline_width_unit": "MM",
        "size": str(size), "size_unit": "MM"}, symbol_name)


def _rgba(colour):
    return ",".join(str(c) for c in colour) + ",255"


# --- QGIS project ---------------------------------------------------------------------------

def _layer_id(name):
    # QGIS replaces layer ids shorter than 11 characters; these are stable across exports.
    return f"corridor_map_{name}"


def _source(gpkg_name, name):
    return f"./{gpkg_name}|layername={name}"


def _spatialrefsys():
    srs = ET.Element("spatialrefsys")
    for key, value in _SRS_4326.items():
        ET.SubElement(srs, key).text = value
    return srs


def _property(properties, group, key, kind, value):
    section = properties.find(group)
    if section is None:
        section = ET.SubElement(properties, group)
    ET.SubElement(section, key, type=kind).text = value


def _project_metadata():
    metadata = ET.Element("projectMetadata")
    ET.SubElement(metadata, "title").text = "Corridor map"
    ET.SubElement(metadata, "abstract").text = ABSTRACT
    links = ET.SubElement(metadata, "links")
    ET.SubElement(links, "link", name="GeoNames (CC BY 4.0)", type="WWW:LINK",
                  url="https://www.geonames.org/", description=ATTRIBUTION,
                  format="", mimeType="", size="")
    ET.SubElement(metadata, "author").text = "corridor-map"
    return metadata


def _maplayer(name, source, provider):
    geometry = "Line" if GEOMETRY[name] == "LineString" else "Point"
    layer = ET.Element("maplayer", type="vector", geometry=geometry, wkbType=GEOMETRY[name],
                       styleCategories="AllStyleCategories", hasScaleBasedVisibilityFlag="0",
                       minScale="100000000", maxScale="0", readOnly="0", labelsEnabled="0")
    ET.SubElement(layer, "id").text = _layer_id(name)
    ET.SubElement(layer, "datasource").text = source
    ET.SubElement(layer, "layername").text = TITLES[name]
    ET.SubElement(layer, "srs").append(_spatialrefsys())

    metadata = ET.SubElement(layer, "resourceMetadata")
    ET.SubElement(metadata, "type").text = "dataset"
    ET.SubElement(metadata, "title").text = TITLES[name]
    ET.SubElement(metadata, "abstract").text = f"{TITLES[name]} of the corridor map. {ATTRIBUTION}"
    ET.SubElement(metadata, "rights").text = ATTRIBUTION
    ET.SubElement(metadata, "license").text = LICENCE

    ET.SubElement(layer, "provider", encoding="UTF-8").text = provider
    # Mode 4, start and end from expressions over the DATE fields; see TEMPORAL_START.
    temporal = ET.SubElement(layer, "temporal", enabled="1", mode=str(TEMPORAL_MODE),
                             startExpression=TEMPORAL_START, endExpression=TEMPORAL_END,
                             startField="start_date", endField="end_date", limitMode="0",
                             accumulate="0", fixedDuration="0", durationField="", durationUnit="min")
    fixed = ET.SubElement(temporal, "fixedRange")
    ET.SubElement(fixed, "start")
    ET.SubElement(fixed, "end")
    # The same renderer as the GeoPackage's default style: a layer loaded from a project keeps
    # the project's renderer, so both ways of opening the data look the same.
    layer.append(_renderer(name))
    ET.SubElement(layer, "blendMode").text = "0"
    ET.SubElement(layer, "featureBlendMode").text = "0"
    ET.SubElement(layer, "layerOpacity").text = "1"
    ET.SubElement(layer, "previewExpression").text = '"place_label"'
    return layer


def _map_canvas(extent):
    """The main map canvas, opening on ``extent`` (what QGIS desktop restores on load)."""
    canvas = ET.Element("mapcanvas", name="theMapCanvas", annotationsVisible="1")
    ET.SubElement(canvas, "units").text = "degrees"
    box = ET.SubElement(canvas, "extent")
    for key, value in zip(("xmin", "ymin", "xmax", "ymax"), extent):
        ET.SubElement(box, key).text = str(value)
    ET.SubElement(canvas, "rotation").text = "0"
    ET.SubElement(canvas, "destinationsrs").append(_spatialrefsys())
    ET.SubElement(canvas, "rendermaptile").text = "0"
    return canvas


def _view_extent(layers):
    """Bounds of all features with a 10% margin (at least 0.05 degrees), or None."""
    bounds = [layer.total_bounds for layer in layers.values() if len(layer)]
    if not bounds:
        return None
    xmin = min(b[0] for b in bounds)
    ymin = min(b[1] for b in bounds)
    xmax = max(b[2] for b in bounds)
    ymax = max(b[3] for b in bounds)
    dx = max((xmax - xmin) * 0.1, 0.05)
    dy = max((ymax - ymin) * 0.1, 0.05)
    return tuple(round(v, 5) for v in (xmin - dx, ymin - dy, xmax + dx, ymax + dy))
