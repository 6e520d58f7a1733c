"""Score the gazetteer on a list of regional name variants with their true coordinates.

The CSV has a ``query`` column and the truth as ``lat``/``lon`` (``latitude``,
``longitude`` and ``lng`` are read too). The tolerance of a row is its
``max_km`` (or ``tolerance_km``) column; without one it is 2 km for a site and
5 km for anything else, the site/town kind being read from a ``kind``,
``type`` or ``precision`` column.

Figures printed: the share of names resolved within tolerance, how many were
not found (and of them how many were asked: a name of places far apart whose
evidence favours none, see ``geo.errors.AmbiguousPlace``), how many answers lie
further than 50 km from the truth, and the worst distance of an answer. A name
not found is a miss but no distance.

Run: ``python -m bench.eval_variants [-v] [FILE]`` (default
``tests/data/variant_spellings.csv``; ``-v`` lists every miss). The blind list
``tests/data/heldout4_variants.csv`` was scored once before any change for it:
see ``bench/eval_extract.py``'s docstring for its figures.
"""

import argparse
import csv
import sys
from pathlib import Path

from geo.errors import AmbiguousPlace, PlaceNotFound
from geo.gazetteer import distance_km, load_gazetteer

PROJECT = Path(__file__).resolve().parent.parent

DEFAULT = PROJECT / "tests" / "data" / "variant_spellings.csv"
FAR_KM = 50
SITE_WORDS = ("site", "bridge", "monastery", "lake", "reservoir", "pass", "checkpoint", "church", "road",
              "feature", "fortress", "mountain", "river", "dam", "airport", "waypoint")


def _field(row, *names):
    for name in names:
        if row.get(name) not in (None, ""):
            return row[name]
    return None


def tolerance_km(row):
    """The row's own tolerance, else 2 km for a site and 5 km for a town."""
    given = _field(row, "max_km", "tolerance_km", "tol_km")
    if given is not None:
        return float(given)
    kind = (_field(row, "kind", "type", "precision", "feature") or "").lower()
    return 2.0 if any(w in kind for w in SITE_WORDS) else 5.0


def read_variants(path):
    with Path(path).open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if (r.get("query") or r.get("name") or "").strip()]


def score(rows, gazetteer):
    """Resolve every row's query: figures and the readable misses."""
    within, not_found, asked, far, worst, misses = 0, 0, 0, 0, 0.0, []
    for row in rows:
        query = (_field(row, "query", "variant", "name") or "").strip()
        lat, lon = float(_field(row, "lat", "latitude")), float(_field(row, "lon", "lng", "longitude"))
        tol = tolerance_km(row)
        try:
            match = gazetteer.resolve(query)
        except PlaceNotFound as exc:
            not_found += 1
            asked += isinstance(exc, AmbiguousPlace)
            misses.append(f"{query}: not found ({exc})")
            continue
        off = distance_km(match.place.lat, match.place.lon, lat, lon)
        worst = max(worst, off)
        far += off > FAR_KM
        if off <= tol:
            within += 1
        else:
            misses.append(f"{query}: {match.place.name} ({match.place.country}, {match.how}) is "
                          f"{off:,.1f} km off (tolerance {tol:g} km)")
    n = len(rows)
    return {"names": n, "within": within, "share_within": round(within / n, 3) if n else 1.0,
            "not_found": not_found, "asked": asked, "further_than_50_km": far, "worst_km": round(worst, 1), "misses": misses}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("file", nargs="?", default=str(DEFAULT))
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = p.parse_args(argv)
    result = score(read_variants(args.file), load_gazetteer())
    print(f"names:              {result['names']}")
    print(f"within tolerance:   {result['share_within']:.3f}  ({result['within']}/{result['names']}; goal ≥ 0.99)")
    print(f"not found:          {result['not_found']}  (asked which place: {result['asked']})")
    print(f"further than 50 km: {result['further_than_50_km']}  (goal 0)")
    print(f"worst distance:     {result['worst_km']:,.1f} km")
    if args.verbose:
        print()
        for line in result["misses"]:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
