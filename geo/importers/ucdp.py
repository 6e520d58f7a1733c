"""UCDP GED CSV (the Georeferenced Event Dataset) to our events.

Mapping (kept in the README's table too): ``id`` → ``ucdp:<id>``; ``date_start``/``date_end`` → ``start_date``/``end_date`` as given;
``date_prec`` 1 → day, 2-4 (a few days, a week, a month) → month, 5 (longer) →
year; ``where_prec`` 1 → town, 2-3 (within 25 km, a district) → district, 4-7 (a
province, a line or larger area, the country, international waters) → region;
never more precise than the source. The mapping is many to one, so the
description keeps the codes themselves (``UCDP date_prec 2, where_prec 3``)
next to the sides and the death estimates. Every event lands on the ``other``
layer with the type of violence as kind; ``claimed_by`` is the dataset (UCDP
codes events from its sources, listed in ``source``).
"""

from .common import Mapped, coordinate, country_code, make_id, mapped_rows, strict_date

NAME = "UCDP GED"
REQUIRED = ("id", "date_start", "date_end", "date_prec", "where_prec", "latitude", "longitude",
            "where_coordinates", "side_a", "side_b", "best", "source_article")
OPTIONAL = ("low", "high", "type_of_violence", "country", "adm_1", "adm_2")
DATE_PRECISION = {"1": "day", "2": "month", "3": "month", "4": "month", "5": "year"}
WHERE_PRECISION = {"1": "town", "2": "district", "3": "district", "4": "region", "5": "region",
                   "6": "region", "7": "region"}
VIOLENCE = {"1": "state_based_conflict", "2": "non_state_conflict", "3": "one_sided_violence"}
_PLACE_WORDS = (" town", " city", " village")


def read(path, source_name=None, **_):
    """Mapped or Skipped rows of a UCDP GED CSV (see the module docstring)."""
    return mapped_rows(path, REQUIRED, OPTIONAL, _mapped, source_name or NAME)


def _day(text):
    """GED dates come as ``2020-09-27`` or ``2020-09-27 00:00:00.000``."""
    return strict_date(text.split(" ")[0] if text.count(" ") == 1 else text)


def _mapped(line, row, name):
    if not row["id"]:
        raise ValueError("no id")
    if row["date_prec"] not in DATE_PRECISION:
        raise ValueError(f"date_prec must be 1 to 5, got {row['date_prec']!r}")
    if row["where_prec"] not in WHERE_PRECISION:
        raise ValueError(f"where_prec must be 1 to 7, got {row['where_prec']!r}")
    place = row["where_coordinates"] or row["adm_2"] or row["adm_1"]
    for word in _PLACE_WORDS:
        if place.lower().endswith(word):
            place = place[:-len(word)].strip()
    if not place:
        raise ValueError("no where_coordinates")
    start, end = _day(row["date_start"]), _day(row["date_end"] or row["date_start"])
    deaths = f"best {row['best'] or '?'}"
    if row["low"] or row["high"]:
        deaths += f" (low {row['low'] or '?'}, high {row['high'] or '?'})"
    event = {"id": make_id("ucdp", row["id"]), "layer": "other",
             "kind": VIOLENCE.get(row["type_of_violence"], "armed_violence"), "status": "", "place": place,
             "start_date": start, "end_date": end, "date_precision": DATE_PRECISION[row["date_prec"]],
             "geo_precision": WHERE_PRECISION[row["where_prec"]], "claimed_by": name,
             "description": f"{row['side_a']} – {row['side_b']}: {deaths} deaths; "
                            f"UCDP date_prec {row['date_prec']}, where_prec {row['where_prec']}",
             "source": f"{name}: {row['source_article']}" if row["source_article"] else name,
             "source_url": "", "quote": ""}
    point = coordinate(row["latitude"], row["longitude"])
    return Mapped(line, event, [point] if point else None, country_code(row["country"]))
