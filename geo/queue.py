"""The review queue of ``python -m geo ingest``: read it, filter it, save what is accepted, shrink it.

The queue file (``review-queue.json``, see :mod:`geo.ingest`) holds candidate
events found in a folder of articles, each with its ``sources`` and a
``confidence``. The Add report page's Queue view works through it in
sessions: the reviewer filters and ticks candidates, the accepted ones are
turned into events (:func:`geo.review.check_rows`, the checks of the page's own
save) and given to the store; the saved and the rejected candidates then leave
the file (:func:`remove`, an atomic rewrite), so the next session starts where
this one stopped. Candidates that could not be saved stay, with their reason.
"""

import hashlib
import json
from pathlib import Path

from . import atomic
from .errors import GeoError
from .review import check_rows

FILTERS = ("layer", "kind", "claimed_by")
COLUMNS = ("accept", "confidence", "layer", "kind", "place", "start_date", "end_date", "geo_precision",
           "claimed_by", "articles", "source", "quote", "key")


def key(candidate):
    """A stable identity for a candidate: its id and what it says (ids may repeat across merges)."""
    text = json.dumps({k: candidate.get(k) for k in ("id", "layer", "kind", "place", "start_date", "claimed_by",
                                                     "quote")}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def parse(data, name="the queue"):
    """The queue dict from the bytes or text of a queue file; GeoError saying what is wrong."""
    try:
        queue = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise GeoError(f"{name} is not a review queue (not JSON: {exc})") from None
    if not isinstance(queue, dict) or not isinstance(queue.get("candidates"), list) \
            or not all(isinstance(c, dict) for c in queue["candidates"]):
        raise GeoError(f"{name} is not a review queue (no list of candidates); "
                       "make one with: python -m geo ingest FOLDER")
    return queue


def resolve(path):
    """The queue file of ``path``: the file itself, or a folder's ``review-queue.json``."""
    from .ingest import QUEUE_NAME
    path = Path(path).expanduser()
    return path / QUEUE_NAME if path.is_dir() else path


def load(path):
    """The queue in ``path`` (a file, or a folder holding ``review-queue.json``)."""
    path = resolve(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise GeoError(f"{path}: no such file") from None
    except OSError as exc:
        raise GeoError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return parse(data, str(path))


def options(candidates, field):
    """The values of ``field`` among the candidates, sorted, for a filter's choices."""
    return sorted({str(c.get(field) or "") for c in candidates} - {""})


def select(candidates, layer=(), kind=(), claimed_by=(), text="", descending=True):
    """The candidates matching every filter given (empty: no filter), by confidence.

    ``text`` is looked for, case-insensitively, in the place, quote, description and sources.
    """
    wanted = {"layer": set(layer), "kind": set(kind), "claimed_by": set(claimed_by)}
    needle = text.strip().casefold()
    chosen = []
    for c in candidates:
        if any(values and str(c.get(f) or "") not in values for f, values in wanted.items()):
            continue
        if needle:
            haystack = " ".join(str(c.get(f) or "") for f in ("place", "place_name", "quote", "description",
                                                                "source"))
            if needle not in haystack.casefold():
                continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: float(c.get("confidence") or 0), reverse=descending)


def rows(candidates, accepted=()):
    """Table rows (the :data:`COLUMNS`) of the candidates; ``accept`` ticked for the keys in ``accepted``."""
    accepted = set(accepted)
    out = []
    for c in candidates:
        row = {f: str(c.get(f) or "") for f in COLUMNS}
        row["key"] = key(c)
        row["accept"] = row["key"] in accepted
        row["confidence"] = float(c.get("confidence") or 0)
        row["articles"] = len({s.get("file") for s in c.get("sources") or ()}) or 1
        out.append(row)
    return out


def to_events(candidates, gazetteer=None):
    """Each candidate as an event ready for ``store.add_events``, or why it cannot be.

    Returns
    -------
    list of (dict, dict or None, str)
        (candidate, event or None, problem).
    """
    taken, out = set(), []
    for c in candidates:
        row = {**c, "accept": True}
        [(_, event, problem)] = check_rows([row], c.get("source") or "review queue", "", gazetteer, taken)
        if event is not None:
            taken.add(event["id"])
        out.append((c, event, problem))
    return out


def remove(path, keys):
    """Rewrite the queue file without the candidates whose :func:`key` is in ``keys`` (atomically).

    The file is read again first, so that what another session removed stays removed.
    Returns the number of candidates left.
    """
    path = resolve(path)
    queue = load(path)
    keys = set(keys)
    queue["candidates"] = [c for c in queue["candidates"] if key(c) not in keys]
    atomic.write_text(path, json.dumps(queue, ensure_ascii=False, indent=1) + "\n")
    return len(queue["candidates"])


def dump(queue, removed=()):
    """The queue as JSON bytes without the candidates in ``removed`` (for an uploaded queue's download)."""
    removed = set(removed)
    kept = dict(queue, candidates=[c for c in queue["candidates"] if key(c) not in removed])
    return (json.dumps(kept, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
