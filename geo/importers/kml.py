"""KML and KMZ (Google Earth, My Maps), both ways.

Reading: every Placemark with a Point or a LineString becomes an event. What
the placemark says is used first: the fields our own export writes in its
ExtendedData (``<Data name="kind">``), then ``TimeStamp`` (a point event) or
``TimeSpan`` (begin, end), where ``2020``, ``2020-10`` and ``2020-10-04`` give
year, month and day precision; a placemark without a time is skipped. The
layer is the folder's name when it is one of ours, else corridors for a line
and other for a point; the place is the placemark's name. A line's waypoints
are named after the gazetteer's place within :data:`SNAP_KM` of each vertex
(vertices of one place merge), else ``<name> <n>``, a new place at the vertex.

Writing: a KMZ (``doc.kml`` zipped) with a folder and a style per layer, every
event's fields in ExtendedData (so that it reads back as the same event) and a
``TimeSpan`` so that Google Earth's time slider shows it on the days the
dashboard does: from the start day, through the end day of a one-off report,
up to the day before the end of a route or checkpoint, with no end while in force.
"""

import datetime as dt
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from ..errors import DataError
from ..events import FIELDS, LAYERS, WAYPOINT_SEPARATOR
from .common import Mapped, Skipped, make_id

NS = "http://www.opengis.net/kml/2.2"
SNAP_KM = 1.0
SIMPLIFY_DEGREES = 0.002            # about 200 m: a hand-drawn line's vertices, thinned before naming
_WHEN = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?$")


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _child(element, name):
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _text(element, name):
    child = _child(element, name) if element is not None else None
    return (child.text or "").strip() if child is not None else ""


def _document(path):
    """The root element of a .kml file, or of the first .kml inside a .kmz."""
    try:
        data = Path(path).read_bytes()
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = [n for n in archive.namelist() if n.lower().endswith(".kml")]
                if not names:
                    raise DataError(path, None, None, "a KMZ without a .kml file inside")
                data = archive.read("doc.kml" if "doc.kml" in names else names[0])
        return ET.fromstring(data)
    except (OSError, zipfile.BadZipFile) as exc:
        raise DataError(path, None, None, f"cannot read: {exc}") from None
    except ET.ParseError as exc:
        raise DataError(path, exc.position[0], None, f"not KML (XML error: {exc})") from None


def _placemarks(element, folder=""):
    """(folder name, Placemark) in document order."""
    for child in element:
        tag = _local(child.tag)
        if tag == "Placemark":
            yield folder, child
        elif tag in ("Folder", "Document", "kml"):
            yield from _placemarks(child, _text(child, "name") if tag == "Folder" else folder)


def _when(text):
    """(ISO date, precision) of a KML time: 2020, 2020-10, 2020-10-04 or a dateTime."""
    match = _WHEN.match(text.strip())
    if not match:
        raise ValueError(f"not a KML time: {text!r}")
    year, month, day = match.groups()
    date = dt.date(int(year), int(month or 1), int(day or 1))
    return date.isoformat(), "day" if day else "month" if month else "year"


def _geometry(placemark):
    """('Point' | 'LineString', [(lat, lon)]) of a placemark, looking inside MultiGeometry."""
    for element in placemark.iter():
        kind = _local(element.tag)
        if kind in ("Point", "LineString"):
            points = []
            for triple in _text(element, "coordinates").split():
                lon, lat = (float(v) for v in triple.split(",")[:2])
                points.append((lat, lon))
            if points:
                return kind, points
        if kind == "Polygon":
            raise ValueError("polygons are not read (a place is a point or a line)")
    raise ValueError("no Point or LineString")


def read(path, source_name=None, gazetteer=None, **_):
    """Mapped or Skipped placemarks of a KML or KMZ file (numbered from 1 in document order)."""
    path = Path(path)
    root = _document(path)
    name = source_name or path.name
    for number, (folder, placemark) in enumerate(_placemarks(root), start=1):
        try:
            yield _mapped(number, folder, placemark, name, path, gazetteer)
        except ValueError as exc:
            yield Skipped(number, f"placemark {number} ({_text(placemark, 'name') or 'no name'}): {exc}")


def _mapped(number, folder, placemark, name, path, gazetteer):
    data = {d.get("name"): _text(d, "value") for d in placemark.iter() if _local(d.tag) == "Data"}
    data.update({d.get("name"): (d.text or "").strip() for d in placemark.iter() if _local(d.tag) == "SimpleData"})
    event = {f: data.get(f, "") for f in FIELDS}
    shape, points = _geometry(placemark)
    event["layer"] = event["layer"] or (folder if folder in LAYERS else
                                        "corridors" if shape == "LineString" else "other")
    event["kind"] = event["kind"] or ("route" if event["layer"] == "corridors" else "report")
    if not event["start_date"]:
        stamp, span = _child(placemark, "TimeStamp"), _child(placemark, "TimeSpan")
        if stamp is not None and _text(stamp, "when"):
            event["start_date"], precision = _when(_text(stamp, "when"))
            event["end_date"] = event["start_date"]
        elif span is not None and _text(span, "begin"):
            event["start_date"], precision = _when(_text(span, "begin"))
            event["end_date"] = _when(_text(span, "end"))[0] if _text(span, "end") else ""
        else:
            raise ValueError("no TimeStamp or TimeSpan")
        event["date_precision"] = event["date_precision"] or precision
    title = _text(placemark, "name")
    event["place"] = event["place"] or title
    event["geo_precision"] = event["geo_precision"] or "town"
    event["source"] = event["source"] or name
    event["claimed_by"] = event["claimed_by"] or event["source"]
    event["description"] = event["description"] or _text(placemark, "description") or \
        f"{event['kind']} at {event['place']}"
    event["id"] = event["id"] or make_id("kml", placemark.get("id") or f"{path.stem}-{number}")
    names = [p.strip() for p in event["place"].split(WAYPOINT_SEPARATOR) if p.strip()]
    if shape == "LineString" and len(names) != len(points):
        if gazetteer is None:
            raise ValueError("a line whose waypoints are not named")
        names, points = _name_vertices(title or event["id"], points, gazetteer)
        event["place"] = WAYPOINT_SEPARATOR.join(names)
    elif shape == "Point":
        points = points[:1]
    return Mapped(number, event, points)


def _name_vertices(title, points, gazetteer):
    """Waypoint names for a line's vertices: the known place within SNAP_KM, else '<title> <n>'."""
    from shapely.geometry import LineString
    if len(points) > 2:
        points = [(lat, lon) for lon, lat in
                  LineString([(lon, lat) for lat, lon in points]).simplify(SIMPLIFY_DEGREES).coords]
    names, kept = [], []
    for n, (lat, lon) in enumerate(points, start=1):
        place, km = gazetteer.nearest(lat, lon)
        name = place.name if km <= SNAP_KM else f"{title} {n}"
        if names and names[-1] == name:
            continue
        names.append(name)
        kept.append((place.lat, place.lon) if km <= SNAP_KM else (lat, lon))
    return names, kept


# -- export ----------------------------------------------------------------------------------

def _kml_colour(hex_colour, alpha="ff"):
    r, g, b = hex_colour[1:3], hex_colour[3:5], hex_colour[5:7]
    return f"{alpha}{b}{g}{r}".lower()


def _span_end(event):
    """The TimeSpan end: the day after a one-off report's last day, an interval's own end, or none."""
    if not event["end_date"]:
        return ""
    end = dt.date.fromisoformat(event["end_date"])
    if event["end_date"] == event["start_date"] or event["layer"] == "shelling":
        end += dt.timedelta(days=1)
    return end.isoformat()


def document(located):
    """The KML document (an Element) of (event, [Place]) pairs: a folder and a style per layer."""
    from ..styles import LAYERS as STYLES
    ET.register_namespace("", NS)
    kml = ET.Element(f"{{{NS}}}kml")
    doc = ET.SubElement(kml, f"{{{NS}}}Document")
    ET.SubElement(doc, f"{{{NS}}}name").text = "corridor-map"
    for layer in LAYERS:
        style = ET.SubElement(doc, f"{{{NS}}}Style", id=layer)
        colour = _kml_colour(STYLES[layer].colour)
        if layer == "corridors":
            line = ET.SubElement(style, f"{{{NS}}}LineStyle")
            ET.SubElement(line, f"{{{NS}}}color").text = colour
            ET.SubElement(line, f"{{{NS}}}width").text = "4"
        else:
            icon = ET.SubElement(style, f"{{{NS}}}IconStyle")
            ET.SubElement(icon, f"{{{NS}}}color").text = colour
            ET.SubElement(ET.SubElement(icon, f"{{{NS}}}Icon"), f"{{{NS}}}href").text = \
                "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"
    folders = {}
    for event, places in located:
        layer = event["layer"]
        if layer not in folders:
            folders[layer] = ET.SubElement(doc, f"{{{NS}}}Folder")
            ET.SubElement(folders[layer], f"{{{NS}}}name").text = layer
        mark = ET.SubElement(folders[layer], f"{{{NS}}}Placemark", id=event["id"])
        ET.SubElement(mark, f"{{{NS}}}name").text = " – ".join(p.label for p in places)
        ET.SubElement(mark, f"{{{NS}}}description").text = \
            f"{event['description']}\nClaimed by: {event['claimed_by']}\nSource: {event['source']} {event['source_url']}"
        span = ET.SubElement(mark, f"{{{NS}}}TimeSpan")
        ET.SubElement(span, f"{{{NS}}}begin").text = event["start_date"]
        if _span_end(event):
            ET.SubElement(span, f"{{{NS}}}end").text = _span_end(event)
        ET.SubElement(mark, f"{{{NS}}}styleUrl").text = f"#{layer}"
        extended = ET.SubElement(mark, f"{{{NS}}}ExtendedData")
        for field in FIELDS:
            data = ET.SubElement(extended, f"{{{NS}}}Data", name=field)
            ET.SubElement(data, f"{{{NS}}}value").text = event[field]
        coords = " ".join(f"{p.lon:.5f},{p.lat:.5f}" for p in places)
        geometry = ET.SubElement(mark, f"{{{NS}}}{'LineString' if layer == 'corridors' else 'Point'}")
        if layer == "corridors":
            ET.SubElement(geometry, f"{{{NS}}}tessellate").text = "1"
        ET.SubElement(geometry, f"{{{NS}}}coordinates").text = coords if layer == "corridors" else \
            coords.split(" ")[0]
    # folders in the order of our layers
    for layer in [l for l in LAYERS if l in folders]:
        doc.remove(folders[layer])
        doc.append(folders[layer])
    return kml


def kml_bytes(located):
    """The KML document as UTF-8 bytes."""
    root = document(located)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def kmz_bytes(located):
    """A KMZ: ``doc.kml`` in a zip."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", kml_bytes(located))
    return buffer.getvalue()
