"""The Add report page's small map: where each candidate event would go, before it is saved.

Every row of the review table whose place resolves is drawn (accepted rows
filled, the others hollow), and the map is fitted to all of them, so that a
candidate the geocoder put far away (a "Hakari bridge" in Hakkari, Turkey) is
in view rather than off-screen. Candidates outside Armenia and Azerbaijan
(:func:`geo.review.outside_region`) are ringed in orange and say so in their
tooltip. Tooltips are escaped: the rows hold text from an untrusted article.
"""

import html

import folium

from . import styles
from .errors import AmbiguousPlace, GeoError
from .events import waypoints
from .review import outside_region, truthy

OUTSIDE_COLOUR = "#ff7f0e"
CENTRE, ZOOM = (39.8, 46.6), 7          # the corridor, when there is nothing to fit
MARGIN_DEG = 0.05


def locate_rows(rows, gazetteer):
    """Where each table row's places are.

    Returns
    -------
    (list of (int, dict, list of (name, lat, lon, country)), list of str)
        Rows with at least one place found (1-based row number, the row, its
        places), and "row N: name" for each name the gazetteer does not know, with the places it may
        mean when it names several far apart.
    """
    items, unresolved = [], []
    for number, row in enumerate(rows, start=1):
        points = []
        for name in waypoints({"place": str(row.get("place") or "")}):
            try:
                place = gazetteer.resolve(name).place
            except AmbiguousPlace as exc:
                unresolved.append(f"row {number}: {name} (which one? {' or '.join(exc.suggestions)})")
                continue
            except GeoError:
                unresolved.append(f"row {number}: {name}")
                continue
            points.append((place.label, place.lat, place.lon, place.country))
        if points:
            items.append((number, row, points))
    return items, unresolved


def bounds(items):
    """South-west and north-east corners around every candidate's places, or None."""
    points = [(lat, lon) for _, _, pts in items for _, lat, lon, _ in pts]
    if not points:
        return None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return [(min(lats) - MARGIN_DEG, min(lons) - MARGIN_DEG), (max(lats) + MARGIN_DEG, max(lons) + MARGIN_DEG)]


def candidate_map(items, tiles_url=None, attribution=None):
    """A folium map of the located rows (see :func:`locate_rows`), fitted to all of them."""
    m = folium.Map(location=CENTRE, zoom_start=ZOOM, tiles=tiles_url, attr=attribution, max_zoom=19,
                   prefer_canvas=True, control_scale=True)
    for number, row, points in items:
        accepted = truthy(row.get("accept"))
        far = outside_region(points)
        label = f"{number}. {row.get('layer')}/{row.get('kind')}: {row.get('place')} ({row.get('start_date')})"
        if far:
            label += f" ⚠ {far}"
        if not accepted:
            label += " (not ticked)"
        tip = html.escape(label).replace("_", "&#95;")
        colour = styles.feature_colour(row.get("layer"), row.get("kind"), row.get("status") or "")
        coords = [(lat, lon) for _, lat, lon, _ in points]
        if row.get("layer") == "corridors" and len(coords) > 1:
            folium.PolyLine(coords, color=colour, weight=4, opacity=1 if accepted else 0.4, tooltip=tip).add_to(m)
        for lat, lon in coords:
            folium.CircleMarker((lat, lon), radius=7 if far else 6, color=OUTSIDE_COLOUR if far else colour,
                                weight=3 if far else 2, fill=True, fill_color=colour,
                                fill_opacity=0.8 if accepted else 0.1, tooltip=tip).add_to(m)
    corners = bounds(items)
    if corners:
        m.fit_bounds(corners)
    return m
