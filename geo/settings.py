"""Every setting of the project, read from the environment in one place.

The project runs with no configuration: the defaults are the folders of the
project itself. Each ``CORRIDOR_MAP_*`` variable overrides one of them, which
is how the tests point the dashboard at their own data and how a team points
it at a shared database:

=================================  ============================================  =========================
variable                           what                                          default
=================================  ============================================  =========================
``CORRIDOR_MAP_EVENTS``            the curated events CSV (the Add report page)  ``data/events.csv``
``CORRIDOR_MAP_LAYERS``            the folder of built layers                    ``layers/``
``CORRIDOR_MAP_GAZETTEER``         the gazetteer supplement CSV                  ``data/gazetteer.csv``
``CORRIDOR_MAP_CACHE``             the gazetteer index, the layers' copy         ``~/.cache/corridor-map``
``CORRIDOR_MAP_DATABASE``          a ``postgresql://`` URL of a shared store     none (files)
``CORRIDOR_MAP_YEARS``             the years a date may have (``FIRST-LAST``)    ``1900-2100``
``CORRIDOR_MAP_BROWSER_FEATURES``  the most features the map gets at once        ``250000``
``CORRIDOR_MAP_SEPARATE_MAP``      ``0``: the map's frame from the page's origin  ``1`` (see geo.timemap)
``CORRIDOR_MAP_REPORT_DELAY_MS``   the pause before the map reports its date     ``1200`` (milliseconds)
=================================  ============================================  =========================

Above ``CORRIDOR_MAP_BROWSER_FEATURES`` features the map is sent the dates around
the one shown rather than every date (:mod:`geo.mapslice`).

:func:`get` reads them and returns a frozen :class:`Settings`; it reads the
environment again only when one of the variables changed (tests set them
between runs of the same process).
"""

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
PREFIX = "CORRIDOR_MAP_"


@dataclass(frozen=True)
class Settings:
    """The project's settings (see the module docstring for the variables)."""

    events_csv: Path
    layers_dir: Path
    gazetteer_csv: Path
    cache_dir: Path
    database_url: str | None
    year_span: tuple = (1900, 2100)
    browser_features: int = 250_000
    separate_map: bool = True
    report_delay_ms: int = 1200

    @classmethod
    def from_env(cls, environ=None):
        """Settings from ``environ`` (default: the process environment)."""
        env = os.environ if environ is None else environ

        def path(name, default):
            value = env.get(PREFIX + name)
            return Path(value).expanduser() if value else default

        def whole_number(name, default, least, what):
            """The variable as a whole number of at least ``least`` ("250_000" allowed), else a clear error."""
            value = env.get(PREFIX + name) or default
            try:
                number = int(value.replace("_", ""))
                if number < least:
                    raise ValueError
            except ValueError:
                raise ValueError(f"{PREFIX}{name} must be {what}, got {value!r}") from None
            return number

        years = env.get(PREFIX + "YEARS") or "1900-2100"
        try:
            first, last = (int(y) for y in years.split("-"))
            if not 1 <= first <= last <= 9999:
                raise ValueError
        except ValueError:
            raise ValueError(f"{PREFIX}YEARS must be FIRST-LAST (e.g. 1900-2100), got {years!r}") from None
        browser_features = whole_number("BROWSER_FEATURES", "250000", 1, "a positive number of features")
        separate = (env.get(PREFIX + "SEPARATE_MAP") or "1").strip()
        if separate not in ("0", "1"):
            raise ValueError(f"{PREFIX}SEPARATE_MAP must be 1 (the map in its own browser process) or 0, got {separate!r}")
        report_delay_ms = whole_number("REPORT_DELAY_MS", "1200", 0, "a number of milliseconds")
        return cls(
            events_csv=path("EVENTS", PROJECT_DIR / "data" / "events.csv"),
            layers_dir=path("LAYERS", PROJECT_DIR / "layers"),
            gazetteer_csv=path("GAZETTEER", PROJECT_DIR / "data" / "gazetteer.csv"),
            cache_dir=path("CACHE", Path.home() / ".cache" / "corridor-map"),
            database_url=env.get(PREFIX + "DATABASE") or None,
            year_span=(first, last),
            browser_features=browser_features,
            separate_map=separate == "1",
            report_delay_ms=report_delay_ms,
        )


_current = (None, None)


def get():
    """The settings of this process, read again only when a variable changed."""
    global _current
    # the names alone are read to find ours (items() would decode every value: 5x slower, and this runs per call)
    key = tuple(sorted((k, os.environ[k]) for k in os.environ if k.startswith(PREFIX)))
    if _current[0] != key:
        _current = (key, Settings.from_env())
    return _current[1]
