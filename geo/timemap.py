"""The dashboard's map as a Streamlit component: Leaflet stepping through time in the browser.

The component (``geo/frontend/``: plain HTML and JavaScript, no build step,
Leaflet served by the app from ``static/vendor``) holds the date slider,
Previous/Next, Play and the window, and filters the features by date itself.
The server writes the features of the current filters once, as
content-hashed files under ``static/mapdata/`` (:func:`geo.mapview.write_payload`),
and passes only the main file's name: a rerun with the same filters sends a few hundred
bytes, and stepping sends nothing. The component reports the chosen date and
window back when the user pauses, for the URL, the counts and the table.

Above the slider the frame draws the events per week of the current filters
(:func:`weekly_args`: a few kB, sent with the arguments) with the date shown marked;
the mark follows each step in the browser, and a click on a week goes to it. Drawn
there, the chart costs the page no charting library (Vega took a page about 0.2 s of
processor time, while nine other viewers opened theirs).

The map's frame is loaded from the page's other loopback name (``localhost``
for a page opened at ``127.0.0.1``, and the other way round): the browser then
treats it as another site and runs it in its own process (site isolation, in
Chromium and Firefox on the desktop; elsewhere it shares the page's thread as before). A
same-origin frame shares the page's one thread, so a step waited behind the
page drawing its table and chart, after every date report and while the page
opens (a step pressed while the page was busy took 1.5 s in a test where the
frame from the other name answered in 3 ms). A page opened at any other address,
over https or through a proxy's path, gets the frame from its own origin, as
does every page when ``CORRIDOR_MAP_SEPARATE_MAP=0``.
"""

import hashlib
import threading
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pandas as pd

from . import mapview, settings

FRONTEND = Path(__file__).resolve().parent / "frontend"
NAME = "timemap"
FULL_NAME = f"{__name__}.{NAME}"                    # as Streamlit names it: the frame's title, its files' path
OTHER_LOOPBACK = {"127.0.0.1": "localhost", "localhost": "127.0.0.1"}
_component = None
_elsewhere = {}
_declaring = threading.Lock()             # sessions run in threads of their own


def frame_url(page_url, base_path=""):
    """The URL of the map's files at the other loopback name of ``page_url``, or None.

    ``page_url`` is the page's address as the browser has it (``st.context.url``)
    and ``base_path`` Streamlit's ``server.baseUrlPath``. None (the frame then
    comes from the page's own origin) unless the page was opened over http at
    ``localhost`` or ``127.0.0.1``, straight at the app's base path: a proxy
    mounting the app under a path of its own, or a certificate for one of the
    two names, would not answer for the other.
    """
    if not page_url:
        return None
    parts = urlsplit(page_url)
    other = OTHER_LOOPBACK.get(parts.hostname or "")
    base = base_path.strip("/")
    if other is None or parts.scheme != "http" or parts.path.strip("/") != base:
        return None
    netloc = other if parts.port is None else f"{other}:{parts.port}"
    path = "/".join(p for p in (base, "component", FULL_NAME, "index.html") if p)
    return urlunsplit((parts.scheme, netloc, "/" + path, "", ""))


def _declared():
    """The component for this session: its files served by the app, loaded from the other loopback
    name when there is one (see the module's docstring)."""
    global _component
    import streamlit as st
    import streamlit.components.v1 as components
    with _declaring:
        if _component is None:
            _component = components.declare_component(NAME, path=str(FRONTEND))    # also serves the files
        if not settings.get().separate_map:
            return _component
        url = frame_url(st.context.url, st.get_option("server.baseUrlPath") or "")
        if url is None:
            return _component
        if url not in _elsewhere:          # named by its URL: every session on it gets the same widget ids
            digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
            _elsewhere[url] = components.declare_component(f"{NAME}_frame_{digest}", url=url)
        return _elsewhere[url]


def weekly_args(weekly, colours):
    """The events per week for the frame's chart, compact: column lists, days since 1970-01-01.

    Parameters
    ----------
    weekly : pandas.DataFrame
        ``week`` (the Monday), ``layer``, ``events`` (:func:`geo.timeline.weekly_counts`).
    colours : dict
        Layer name to colour, in the order the bars are stacked.

    Returns
    -------
    dict
        ``layers``, ``colours``, ``weeks`` (the Mondays, ascending) and ``counts`` (per week,
        one count per layer).
    """
    layers = list(colours)
    weekly = weekly.assign(week=pd.to_datetime(weekly["week"]))
    table = weekly.pivot_table(index="week", columns="layer", values="events", aggfunc="sum", fill_value=0)
    table = table.reindex(columns=layers, fill_value=0).sort_index()
    days = (table.index.values.astype("datetime64[D]").astype("int64")).tolist()
    return {"layers": layers, "colours": list(colours.values()), "weeks": days,
            "counts": table.to_numpy(dtype="int64").tolist()}


def timemap(data, day, window, *, sliced=None, weekly=None, day_seq=0, naming="international", tiles=True, fit_seq=0, search=None,
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
    weekly : dict, optional
        The events per week (:func:`weekly_args`) for the chart above the slider; none on
        a session's first run, which draws only the map.
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
        data=data, day=day.isoformat(), window=window, sliced=sliced, weekly=weekly, day_seq=day_seq, naming=naming, tiles=bool(tiles),
        tiles_url=mapview.TILES_URL, tiles_attribution=mapview.TILES_ATTRIBUTION, fit_seq=fit_seq, search=search,
        center=list(center), zoom=zoom, order=list(mapview.LAYER_ORDER), height=height,
        report_delay_ms=settings.get().report_delay_ms, key=key, on_change=on_change, default=None)
