"""The dashboard's map as a Streamlit component: Leaflet stepping through time in the browser.

The component (``geo/frontend/``: plain HTML and JavaScript, no build step,
Leaflet served by the app from ``static/vendor``) holds the date slider,
Previous/Next, Play and the window, and filters the features by date itself.
The server writes the features of the current filters once, as
content-hashed files under ``static/mapdata/`` (:func:`geo.mapview.write_payload`),
and passes only the main file's name: a rerun with the same filters sends a few hundred
bytes, and stepping sends nothing. The component reports the chosen date and
window back when the user pauses, for the URL, the table and the chart.
"""

from pathlib import Path

from . import mapview

FRONTEND = Path(__file__).resolve().parent / "frontend"
_component = None


def _declared():
    global _component
    if _component is None:
        import streamlit.components.v1 as components
        _component = components.declare_component("timemap", path=str(FRONTEND))
    return _component


def timemap(data, day, window, *, sliced=None, day_seq=0, naming="international", tiles=True, fit_seq=0, search=None,
            center=mapview.CENTER, zoom=mapview.ZOOM, height=520, key="map", on_change=None):
    """Draw the map; returns ``{"date": "YYYY-MM-DD", "window": "7"}`` once the user picked a date.

    Parameters
    ----------
    data : str
        Name of the features file under ``static/mapdata/`` (:func:`geo.mapview.write_payload`).
    day : datetime.date
        The date to show when the map opens, or when ``day_seq`` changes.
    window : str
        ``1``, ``7``, ``30`` or ``all``.
    sliced : dict, optional
        When the features are a slice of dates (:meth:`geo.mapslice.Slice.args`):
        ``first``, ``last``, ``window`` and ``dropped``. A step out of it, or a
        longer window, reports the date at once, and the page sends the slice
        around it.
    day_seq : int
        Bumped when the server itself moves the date (the component otherwise keeps its own).
    naming : str
        Label convention: international, armenian or azerbaijani.
    tiles : bool
        Draw online tiles under the offline base map.
    fit_seq : int
        Bumped to fit the view to what is shown.
    search : dict, optional
        ``{"lat", "lon", "label", "seq"}`` of a searched place: a ring there and the view on it.
    on_change : callable, optional
        Called (before the rerun) when the component reports a new date or window.
    """
    return _declared()(
        data=data, day=day.isoformat(), window=window, sliced=sliced, day_seq=day_seq, naming=naming, tiles=bool(tiles),
        tiles_url=mapview.TILES_URL, tiles_attribution=mapview.TILES_ATTRIBUTION, fit_seq=fit_seq, search=search,
        center=list(center), zoom=zoom, order=list(mapview.LAYER_ORDER), height=height, key=key, on_change=on_change, default=None)
