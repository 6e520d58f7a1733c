"""Sanity check for an annotated article folder. Reads only that folder and data/gazetteer.csv.

For every event: the quote must occur inside one sentence of the article body, the text must occur in the quote,
the layer must be one of the four, the date must be ISO or null. Places not found in the gazetteer are listed
(they are expected to be plain English names of places outside it).
Run: python tests/data/check_annotations.py tests/articles/heldout5   (or heldout6, ...)
"""
import csv, glob, html, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def body(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?s)<(script|style|head).*?</\1>", " ", s)
        s = re.sub(r"</p>|<br\s*/?>|</h\d>|</li>|</div>", "\n", s)
        s = re.sub(r"<[^>]+>", "", s)
        s = html.unescape(s)
    return s


def sentences(text):
    out = []
    for para in re.split(r"\n\s*\n|\n", text):
        parts = re.split(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201c]?[A-Z0-9])', para.strip())
        out.extend(p for p in parts if p)
    return out


def main(folder):
    gaz = {}
    with open(os.path.join(ROOT, "data", "gazetteer.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            gaz[row["name"]] = row
    bad = 0
    outside = set()
    n_ev = 0
    for j in sorted(glob.glob(os.path.join(folder, "*.json"))):
        stem = j[:-5]
        art = stem + ".txt" if os.path.exists(stem + ".txt") else stem + ".html"
        text = body(art)
        sents = sentences(text)
        d = json.load(open(j, encoding="utf-8"))
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", d["published"]), j
        for e in d["events"]:
            n_ev += 1
            q = e["quote"]
            where = [s for s in sents if q in s]
            if not where:
                bad += 1
                print("QUOTE NOT IN ONE SENTENCE:", os.path.basename(j), repr(q))
            if e["text"] not in q:
                bad += 1
                print("TEXT NOT IN QUOTE:", os.path.basename(j), e["text"], repr(q))
            if e["layer"] not in ("corridors", "shelling", "checkpoints", "other"):
                bad += 1
                print("LAYER:", os.path.basename(j), e)
            if e["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"]):
                bad += 1
                print("DATE:", os.path.basename(j), e)
            if e["date"] is not None and e["date"] > d["published"] and "by" not in q and "on " not in q:
                print("NOTE future date:", os.path.basename(j), e["date"], repr(q))
            p = e.get("place", e["text"])
            if p not in gaz:
                outside.add(p)
    print("events:", n_ev, "problems:", bad)
    print("places not in gazetteer names:", sorted(outside))
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/data/check_annotations.py FOLDER")
    sys.exit(main(sys.argv[1]))
