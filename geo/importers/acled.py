"""ACLED CSV, both ways: its export's columns to our events, and our events back to its columns.

Mapping (kept in the README's table too):

* ``event_id_cnty`` → ``id`` ``acled:<event_id_cnty>`` (and back), so every row leads to the source row;
* ``Explosions/Remote violence`` → the shelling layer, the sub-event as kind
  (:data:`SHELLING_KINDS`); every other event type → the other layer, the sub-event as
  kind (``Armed clash`` → ``armed_clash``);
* ``time_precision`` 1 / 2 / 3 → ``date_precision`` day / month / year, and back: never
  more precise than the source (2 is "a week or a few days", 3 "the month") and
  one-to-one, so the code comes back unchanged;
* ``geo_precision`` 1 / 2 / 3 → town / district / region, and back (site → 1);
* ``actor1`` (or else the source) → ``claimed_by``; ``source`` → ``source`` as
  ``ACLED: <source>`` (the ``--source-name``); ``notes`` → ``quote``;
  ``actor2`` and ``fatalities`` → the description, from which the export reads them back.
"""

import csv
import io
import re

from ..gazetteer import COUNTRY_NAMES
from .common import Mapped, coordinate, country_code, make_id, mapped_rows, slug, strict_date

NAME = "ACLED"
REQUIRED = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
            "location", "latitude", "longitude", "geo_precision", "source")
OPTIONAL = ("actor2", "country", "notes", "fatalities")
COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
           "actor1", "actor2", "country", "location", "latitude", "longitude", "geo_precision", "source",
           "notes", "fatalities")
SHELLING = "Explosions/Remote violence"
# The codebook's sub-event types, with their event type.
SUB_EVENTS = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": SHELLING, "Air/drone strike": SHELLING, "Suicide bomb": SHELLING,
    "Shelling/artillery/missile attack": SHELLING, "Remote explosive/landmine/IED": SHELLING,
    "Grenade": SHELLING,
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
}
SHELLING_KINDS = {"Shelling/artillery/missile attack": "shelling", "Air/drone strike": "airstrike",
                  "Remote explosive/landmine/IED": "landmine", "Grenade": "grenade",
                  "Suicide bomb": "suicide_bomb", "Chemical weapon": "chemical_weapon"}
# Our kinds that are not a codebook sub-event, for the export of our own events.
OUR_KINDS = {"artillery": "Shelling/artillery/missile attack", "missile": "Shelling/artillery/missile attack",
             "rocket": "Shelling/artillery/missile attack",
             "cluster_munition": "Shelling/artillery/missile attack", "drone": "Air/drone strike",
             "shooting": "Armed clash", "border_clash": "Armed clash", "capture": "Armed clash",
             "offensive": "Armed clash", "handover": "Non-violent transfer of territory",
             "ceasefire": "Agreement", "meeting": "Agreement"}
TIME_PRECISION = {"1": "day", "2": "month", "3": "year"}
GEO_PRECISION = {"1": "town", "2": "district", "3": "region"}
DATE_FORMATS = ("%d %B %Y", "%d-%B-%Y", "%d %b %Y")     # older ACLED exports: "27 September 2020"
_DESCRIPTION = re.compile(r"^(?P<sub>.*?) by (?P<actor1>.*?)(?: against (?P<actor2>.*?))?"
                          r"(?:; fatalities: (?P<fatalities>\d+))?$")


def read(path, source_name=None, **_):
    """Mapped or Skipped rows of an ACLED CSV (see the module docstring)."""
    return mapped_rows(path, REQUIRED, OPTIONAL, _mapped, source_name or NAME)


def _mapped(line, row, name):
    if not row["event_id_cnty"]:
        raise ValueError("no event_id_cnty")
    if row["time_precision"] not in TIME_PRECISION:
        raise ValueError(f"time_precision must be 1, 2 or 3, got {row['time_precision']!r}")
    if row["geo_precision"] not in GEO_PRECISION:
        raise ValueError(f"geo_precision must be 1, 2 or 3, got {row['geo_precision']!r}")
    if not row["location"]:
        raise ValueError("no location")
    day = strict_date(row["event_date"], DATE_FORMATS)
    sub, event_type = row["sub_event_type"], row["event_type"]
    if event_type == SHELLING:
        layer, kind = "shelling", SHELLING_KINDS.get(sub) or slug(sub) or "shelling"
    else:
        layer, kind = "other", slug(sub or event_type)
    source = f"{name}: {row['source']}" if row["source"] else name
    description = f"{sub or event_type} by {row['actor1'] or 'unnamed actor'}"
    if row.get("actor2"):
        description += f" against {row['actor2']}"
    if row.get("fatalities", "").isdigit():
        description += f"; fatalities: {row['fatalities']}"
    event = {"id": make_id("acled", row["event_id_cnty"]), "layer": layer, "kind": kind, "status": "",
             "place": row["location"], "start_date": day, "end_date": day,
             "date_precision": TIME_PRECISION[row["time_precision"]],
             "geo_precision": GEO_PRECISION[row["geo_precision"]],
             "claimed_by": row["actor1"] or row["source"] or name, "description": description,
             "source": source, "source_url": "", "quote": row.get("notes", "")}
    point = coordinate(row["latitude"], row["longitude"])
    return Mapped(line, event, [point] if point else None, country_code(row.get("country")))


# -- export ----------------------------------------------------------------------------------

def to_rows(located):
    """ACLED rows of our point events (corridors have no ACLED form and are left out).

    ``located``: (event, [Place]) pairs, as :func:`geo.importers.common.located` gives them.
    """
    time_codes = {v: k for k, v in TIME_PRECISION.items()}
    geo_codes = {v: k for k, v in GEO_PRECISION.items()} | {"site": "1"}
    rows = []
    for event, places in located:
        if event["layer"] == "corridors":
            continue
        ours = event["id"].startswith("acled:")
        parsed = _DESCRIPTION.match(event["description"]) if ours else None
        sub = _sub_event(event)
        source = event["source"].split(": ", 1)[1] if ours and ": " in event["source"] else \
            "" if ours else event["source"]
        place = places[0]
        rows.append({
            "event_id_cnty": event["id"][len("acled:"):] if ours else event["id"],
            "event_date": event["start_date"], "year": event["start_date"][:4],
            "time_precision": time_codes[event["date_precision"]],
            "event_type": SUB_EVENTS[sub], "sub_event_type": sub,
            "actor1": event["claimed_by"] if not ours or event["claimed_by"] != source else "",
            "actor2": (parsed["actor2"] or "") if parsed else "",
            "country": COUNTRY_NAMES.get(place.country, place.country), "location": event["place"],
            "latitude": f"{place.lat:.4f}", "longitude": f"{place.lon:.4f}",
            "geo_precision": geo_codes[event["geo_precision"]], "source": source,
            "notes": event["quote"] if ours else event["description"],
            "fatalities": (parsed["fatalities"] or "0") if parsed else "0"})
    return rows


def _sub_event(event):
    by_slug = {SHELLING_KINDS.get(s) or slug(s): s for s in SUB_EVENTS if SUB_EVENTS[s] == SHELLING} \
        if event["layer"] == "shelling" else {slug(s): s for s in SUB_EVENTS}
    sub = by_slug.get(event["kind"]) or OUR_KINDS.get(event["kind"])
    if sub is None:
        sub = "Shelling/artillery/missile attack" if event["layer"] == "shelling" else "Other"
    return sub


def csv_text(located):
    """The ACLED CSV of our events (``COLUMNS``, LF line ends), text cells neutralised against
    spreadsheet formulas as in the project's CSV export (coordinates are left as numbers)."""
    from ..export import neutralise
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in to_rows(located):
        writer.writerow({k: v if k in ("latitude", "longitude") else neutralise(v) for k, v in row.items()})
    return buffer.getvalue()
