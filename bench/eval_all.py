"""Score the extractor on every annotated set and the gazetteer on every variant list, one line each.

The sets are ``tests/articles`` (the development set) and each ``tests/articles/heldout*``
folder; the lists are ``tests/data/variant_spellings.csv`` and each
``tests/data/heldout*_variants.csv``. The figures are those of ``bench.eval_extract`` and
``bench.eval_variants`` (see their docstrings); the first, blind score of each held-out set
and what was read after it are in ``docs/evaluation.md``.

Run: ``python -m bench.eval_all`` (``--markdown`` prints Markdown tables).
"""

import argparse
import re
import sys
from pathlib import Path

from bench import eval_extract, eval_variants
from geo.gazetteer import load_gazetteer

PROJECT = Path(__file__).resolve().parent.parent
ARTICLES = PROJECT / "tests" / "articles"
DATA = PROJECT / "tests" / "data"


def _natural(path):
    """heldout2 before heldout10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path.name)]


def annotated_sets():
    """The development set, then the held-out folders in their order of writing."""
    return [ARTICLES] + sorted((p for p in ARTICLES.glob("heldout*") if p.is_dir()), key=_natural)


def variant_lists():
    """The first list of spellings, then the held-out lists in their order of writing."""
    return [DATA / "variant_spellings.csv"] + sorted(DATA.glob("heldout*_variants.csv"), key=_natural)


def pooled(figures):
    """The figures of several sets taken together, from their counts."""
    n = {}
    for f in figures:
        for key, value in f["counts"].items():
            n[key] = n.get(key, 0) + value

    def ratio(a, b):
        return round(n[a] / n[b], 3) if n[b] else 1.0
    return {"articles": sum(f["articles"] for f in figures), "counts": n,
            "place_recall": ratio("found_places", "gold_places"), "place_precision": ratio("right_places", "pred_places"),
            "layer_accuracy": ratio("layer_ok", "matched"), "date_accuracy": ratio("date_ok", "dated"),
            "claim_accuracy": ratio("claim_ok", "claimed")}


def extraction_rows(gazetteer):
    """(set name, figures) for every annotated set, then the held-out sets pooled."""
    rows = []
    for folder in annotated_sets():
        figures = eval_extract.score(eval_extract.load_testset(folder), gazetteer)["figures"]
        rows.append((folder.name, figures))
    held_out = [f for name, f in rows if name.startswith("heldout")]
    if held_out:
        rows.append(("held-out, pooled", pooled(held_out)))
    return rows


def variant_rows(gazetteer):
    """(list name, figures) for every variant list, then all the lists pooled."""
    rows = [(path.stem.replace("_variants", ""), eval_variants.score(eval_variants.read_variants(path), gazetteer))
            for path in variant_lists()]
    total = {key: sum(v[key] for _, v in rows) for key in ("names", "within", "not_found", "asked", "further_than_50_km")}
    total["share_within"] = round(total["within"] / total["names"], 3) if total["names"] else 1.0
    total["worst_km"] = max((v["worst_km"] for _, v in rows), default=0.0)
    return rows + [("all, pooled", total)]


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = p.parse_args(argv)
    gazetteer = load_gazetteer()
    keys = ("place_recall", "place_precision", "layer_accuracy", "date_accuracy", "claim_accuracy")
    if args.markdown:
        print("| set | articles | place recall | precision | layer | stated dates | claimed_by |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
    else:
        print(f"{'set':<16} {'articles':>8} {'recall':>7} {'precis.':>7} {'layer':>7} {'dates':>7} {'claims':>7}")
    for name, f in extraction_rows(gazetteer):
        values = [f"{f[k]:.3f}" for k in keys]
        if args.markdown:
            print(f"| {name} | {f['articles']} | " + " | ".join(values) + " |")
        else:
            print(f"{name:<16} {f['articles']:>8} " + " ".join(f"{v:>7}" for v in values))
    print()
    if args.markdown:
        print("| variant list | names | within tolerance | not found (asked) | further than 50 km | worst km |")
        print("| --- | --- | --- | --- | --- | --- |")
    else:
        print(f"{'list':<18} {'names':>5} {'within':>7} {'not found (asked)':>18} {'>50 km':>6} {'worst km':>8}")
    for name, v in variant_rows(gazetteer):
        missing = f"{v['not_found']} ({v['asked']})"
        if args.markdown:
            print(f"| {name} | {v['names']} | {v['share_within']:.3f} | {missing} | {v['further_than_50_km']} | "
                  f"{v['worst_km']:.1f} |")
        else:
            print(f"{name:<18} {v['names']:>5} {v['share_within']:>7.3f} {missing:>18} "
                  f"{v['further_than_50_km']:>6} {v['worst_km']:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
