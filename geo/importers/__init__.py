"""Bring data in from the field's standard formats, and write it back out.

One module per format, each with a reader that maps the source's rows to our
event fields (:data:`geo.events.FIELDS`) and, for ACLED and KML, a writer:

* :mod:`.acled` — ACLED CSV exports (both ways);
* :mod:`.ucdp` — UCDP GED CSV;
* :mod:`.kml` — KML / KMZ from Google Earth or My Maps (both ways);
* :mod:`.geojson` — GeoJSON from other tools, with a field mapping.

:mod:`.common` checks every mapped row the way ``python -m geo build`` does,
settles its place against the gazetteer and its key against the saved events,
and writes all or nothing; :mod:`.report` says what happened to each row.
"""

FORMATS = ("acled", "ucdp", "kml", "geojson")


def reader(fmt):
    """The ``read(path, source_name, **options)`` function of a format."""
    from importlib import import_module
    if fmt not in FORMATS:
        from ..errors import GeoError
        raise GeoError(f"unknown import format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return import_module(f".{fmt}", __name__).read
