"""Inspect and correct where a name was placed: ranked candidates, and corrections saved to the supplement.

The Add report page shows, for each place of the candidate events, every place
the gazetteer could mean by that name (exact matches, transliteration variants,
close spellings) with its score and whether it lies outside the region. The
reviewer picks another or types coordinates; the correction is written to the
curated supplement (``data/gazetteer.csv``) with its source, so the name
resolves there from then on, for everyone.
"""

import csv
import io
from pathlib import Path

from filelock import FileLock, Timeout

from . import atomic
from .errors import GeoError
from .gazetteer import SUPPLEMENT_FIELDS, _supplement_row
from .names import name_keys

LOCK_SECONDS = 10


def place_choices(name, gazetteer, limit=6):
    """The places ``name`` may mean, best first, as plain dicts for a table or a select box.

    Each has ``name``, ``label``, ``country``, ``lat``, ``lon``, ``precision``,
    ``source`` (curated or geonames), ``ref``, ``how`` (exact, variant, fuzzy),
    ``score``, ``outside_region`` and ``note`` (why the name alone means this one of
    several namesakes, e.g. the one in the conflict zone; else empty).
    """
    out = []
    for c in gazetteer.ranked_candidates(name, limit=limit):
        p = c.place
        out.append({"name": p.name, "label": p.label, "country": p.country, "lat": p.lat, "lon": p.lon,
                    "precision": p.precision, "source": p.source, "ref": p.ref, "how": c.how,
                    "score": c.score, "outside_region": c.tier != "region", "note": c.note})
    return out


def choice_label(choice):
    """One line describing a choice: "Hakari Bridge (AZ) · exact 100 · curated", flagged when abroad."""
    where = " · outside the region" if choice["outside_region"] else ""
    return (f"{choice['label']} ({choice['country']}) · {choice['how']} {choice['score']:.0f} · "
            f"{choice['source']} · {choice['lat']:.4f}, {choice['lon']:.4f}{where}")


def correction_row(written, lat, lon, country, precision, source, chosen=None):
    """The supplement row that makes ``written`` resolve to a place.

    ``chosen`` is a choice of :func:`place_choices` when the reviewer picked a
    known place: the row takes that place's name and names, with ``written``
    as an alternate name, and cites the reviewer's source and the place's own
    (GeoNames id). Without it, typed coordinates make a new place named as written.
    """
    if not str(source or "").strip():
        raise GeoError("a correction needs its source (an article, a map, a gazetteer entry)")
    if chosen is not None:
        ref = f"GeoNames {chosen['ref']}" if chosen["source"] == "geonames" else chosen["ref"]
        alts = [written] if name_keys(written) != name_keys(chosen["name"]) else []
        return {"name": chosen["name"], "alt_names": ";".join(alts), "lat": f"{chosen['lat']:.5f}",
                "lon": f"{chosen['lon']:.5f}", "country": chosen["country"], "precision": chosen["precision"],
                "armenian_name": "", "azerbaijani_name": "",
                "source": f"{source.strip()} (as {ref})" if ref else source.strip()}
    return {"name": written.strip(), "alt_names": "", "lat": str(lat), "lon": str(lon),
            "country": str(country or "").strip().upper(), "precision": precision or "town",
            "armenian_name": "", "azerbaijani_name": "", "source": source.strip()}


def save_correction(row, supplement):
    """Write a correction to the supplement, validated like the supplement itself; all or nothing.

    A row of the same name is replaced (the correction is the newer knowledge,
    with its own source); otherwise the row is appended. Other lines are kept
    byte for byte.

    Returns
    -------
    geo.gazetteer.Place
        The place as the gazetteer will read it.

    Raises
    ------
    geo.errors.DataError
        Naming the field that is wrong (coordinates out of range, unknown precision...).
    geo.errors.GeoError
        When the supplement is locked by another save for too long.
    """
    supplement = Path(supplement)
    row = {field: str(row.get(field, "") or "") for field in SUPPLEMENT_FIELDS}
    buffer = io.StringIO()
    csv.DictWriter(buffer, fieldnames=SUPPLEMENT_FIELDS, lineterminator="\n").writerow(row)
    new_line = buffer.getvalue()
    try:
        with FileLock(str(supplement) + ".lock", timeout=LOCK_SECONDS):
            text = supplement.read_text(encoding="utf-8") if supplement.exists() else ""
            lines = text.splitlines(keepends=True) or [",".join(SUPPLEMENT_FIELDS) + "\n"]
            if not lines[-1].endswith("\n"):
                lines[-1] += "\n"
            keys = set(name_keys(row["name"]))
            same = next((i for i, line in enumerate(lines[1:], start=1)
                         if keys & set(name_keys(next(csv.reader([line]), [""])[0] or ""))), None)
            number = same if same is not None else len(lines)
            place, _ = _supplement_row(supplement, number + 1, row)
            if same is not None:
                lines[same] = new_line
            else:
                lines.append(new_line)
            atomic.write_text(supplement, "".join(lines))
    except Timeout:
        raise GeoError(f"{supplement} is being saved by someone else; try again in a moment") from None
    return place
