"""Open an exported QGIS project with real QGIS, headless, and report what QGIS sees, as JSON.

Run with the system interpreter that has ``python3-qgis`` (not the project's venv),
in a clean environment::

    env -i PATH=/usr/bin:/bin HOME=$HOME QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(mktemp -d) \\
        /usr/bin/python3 tests/qgis_check.py out/corridor-map.qgz \\
        --date 2021-06-01 --date 2023-01-15 --png-dir /tmp/render --colour open=46,160,67

It reports, for the project: whether it read, its CRS, time range and settings,
its metadata; for every layer: validity, feature count, source, temporal
properties, renderer (from the project, and the default style QGIS applies when
the same table is added straight from the GeoPackage); and for every ``--date``:
the ids of the features each layer shows on that day (through the layer's own
temporal filter), and a PNG rendered for that day with how many pixels have each
``--colour``. It only reads: nothing is saved. ``tests/test_export.py`` asserts on it.
"""

import argparse
import json
import sys
from pathlib import Path

from qgis.core import (QgsApplication, QgsDateTimeRange, QgsFeatureRequest, QgsMapRendererParallelJob,
                       QgsMapSettings, QgsProject, QgsVectorLayer, QgsVectorLayerTemporalContext)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize, Qt, QTime
from qgis.PyQt.QtGui import QColor, QImage

SIZE = (800, 560)


def _renderer(layer):
    renderer = layer.renderer()
    report = {"type": renderer.type() if renderer else None}
    if renderer and renderer.type() == "categorizedSymbol":
        report["attribute"] = renderer.classAttribute()
        report["categories"] = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    elif renderer and renderer.type() == "singleSymbol":
        symbol = renderer.symbol()
        report["color"] = symbol.color().name()
        report["shape"] = symbol.symbolLayer(0).properties().get("name")
    return report


def _temporal(layer):
    props = layer.temporalProperties()
    return {"active": props.isActive(), "mode": int(props.mode()), "start_field": props.startField(),
            "end_field": props.endField(), "limit_mode": int(props.limitMode()),
            "start_expression": props.startExpression(), "end_expression": props.endExpression()}


def _day(text):
    """The temporal range of one day, as the Temporal Controller's daily frames are: [D, D+1)."""
    begin = QDateTime(QDate.fromString(text, Qt.ISODate), QTime(0, 0), Qt.UTC)
    return QgsDateTimeRange(begin, begin.addDays(1), True, False)


def _visible_ids(layer, day):
    props = layer.temporalProperties()
    if not props.isVisibleInTemporalRange(day):
        return []
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    expression = props.createFilterString(context, day)
    request = QgsFeatureRequest()
    if expression:
        request.setFilterExpression(expression)
    return sorted(f["id"] for f in layer.getFeatures(request))


def _render(project, layers, day, png):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(project.crs())
    extent = project.viewSettings().defaultViewExtent()
    if extent.isEmpty():
        extent = layers[0].extent()
        for layer in layers[1:]:
            extent.combineExtentWith(layer.extent())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*SIZE))
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setIsTemporal(True)
    settings.setTemporalRange(day)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(str(png), "PNG")
    return image.convertToFormat(QImage.Format_RGB888)


def _count_colours(image, colours, tolerance=12):
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    data = bytes(image.constBits().asarray(stride * height))
    counts = {name: 0 for name in colours}
    for y in range(height):
        row = data[y * stride:y * stride + width * 3]
        for x in range(0, width * 3, 3):
            r, g, b = row[x], row[x + 1], row[x + 2]
            for name, (cr, cg, cb) in colours.items():
                if abs(r - cr) <= tolerance and abs(g - cg) <= tolerance and abs(b - cb) <= tolerance:
                    counts[name] += 1
    return counts


def check(project_path, dates, png_dir, colours):
    project = QgsProject.instance()
    report = {"read": project.read(str(project_path))}
    report["crs"] = project.crs().authid()
    time_settings = project.timeSettings()
    time_range = time_settings.temporalRange()
    report["time_range"] = {"start": time_range.begin().toString(Qt.ISODate),
                            "end": time_range.end().toString(Qt.ISODate)}
    report["time_step"] = {"step": time_settings.timeStep(), "unit": int(time_settings.timeStepUnit())}
    metadata = project.metadata()
    report["metadata"] = {"title": metadata.title(), "abstract": metadata.abstract(),
                          "links": [link.url for link in metadata.links()]}
    extent = project.viewSettings().defaultViewExtent()
    report["view_extent"] = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]

    root = project.layerTreeRoot()
    ordered = [node.layer() for node in root.findLayers()]
    report["tree"] = [layer.name() for layer in ordered]
    report["layers"] = {}
    for layer in ordered:
        table = layer.dataProvider().uri().table() or layer.source().split("layername=")[-1]
        default = QgsVectorLayer(layer.source(), "default", "ogr")
        report["layers"][table] = {
            "id": layer.id(), "name": layer.name(), "valid": layer.isValid(),
            "feature_count": layer.featureCount(), "source": layer.source(),
            "crs": layer.crs().authid(), "temporal": _temporal(layer), "renderer": _renderer(layer),
            "rights": layer.metadata().rights(), "license": layer.metadata().licenses(),
            "default_style_renderer": _renderer(default) if default.isValid() else None,
        }
    report["dates"] = {}
    for date in dates:
        day = _day(date)
        entry = {"visible": {t: _visible_ids(l, day) for t, l in zip(report["layers"], ordered)}}
        if png_dir:
            png = Path(png_dir) / f"render-{date}.png"
            image = _render(project, ordered, day, png)
            entry["png"] = str(png)
            entry["colours"] = _count_colours(image, colours)
        report["dates"][date] = entry
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project")
    parser.add_argument("--date", action="append", default=[], help="YYYY-MM-DD; repeatable")
    parser.add_argument("--png-dir", help="render one PNG per date into this folder")
    parser.add_argument("--colour", action="append", default=[], help="name=R,G,B; repeatable")
    args = parser.parse_args()
    colours = {}
    for item in args.colour:
        name, rgb = item.split("=")
        colours[name] = tuple(int(c) for c in rgb.split(","))

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        report = check(Path(args.project).resolve(), args.date, args.png_dir, colours)
        report["qgis_version"] = __import__("qgis.core").core.Qgis.QGIS_VERSION
    finally:
        QgsProject.instance().clear()
    json.dump(report, sys.stdout, indent=1)
    print()
    app.exitQgis()


if __name__ == "__main__":
    main()
