"""The map's data: the columns the browser steps through, the styles it draws with, the legend."""

import json
import re

import numpy as np
import pandas as pd

from geo import mapview, styles

ROW = {"id": "x1", "layer": "shelling", "kind": "artillery", "status": "", "place": "Stepanakert",
       "start_date": "2020-10-03", "end_date": "2020-10-03", "date_precision": "day", "geo_precision": "town",
       "claimed_by": "Armenian MoD", "description": "Words.", "source": "Herald",
       "source_url": "https://example.org/a", "quote": "", "place_label": "Stepanakert/Khankendi",
       "place_armenian": "Stepanakert", "place_azerbaijani": "Khankendi", "geo_source": "curated"}


def _frame(rows, coords):
    frame = pd.DataFrame(rows)
    frame["coords"] = coords
    frame["start"] = np.array([r["start_date"] or None for r in rows], dtype="datetime64[D]")
    frame["end"] = np.array([r["end_date"] or None for r in rows], dtype="datetime64[D]")
    frame["spot"] = pd.factorize(frame["coords"].map(str))[0]
    return frame


def _value(data, field, i):
    chunk = data["text"][i // data["chunk"]]
    column = chunk[field]
    return column["values"][column["codes"][i % data["chunk"]]]


def test_payload_holds_columns_with_day_numbers_and_coded_text():
    rows = [dict(ROW, id="s1"), dict(ROW, id="s2", start_date="2020-10-05", end_date="2020-10-05"),
            dict(ROW, id="c1", layer="corridors", kind="route", status="open", start_date="2020-11-10",
                 end_date="", description="<b>road</b>")]
    frame = _frame(rows, [[39.8, 46.7], [39.8, 46.7], [[39.5, 46.3], [39.6, 46.5], [39.8, 46.7]]])
    data = mapview.payload(frame, labels=[[39.8, 46.7, "A", "A", "A", 9]], chunk=2)
    assert data["n"] == 3 and data["id"] == ["s1", "s2", "c1"]
    assert [data["layers"][c] for c in data["layer"]] == ["shelling", "shelling", "corridors"]
    assert data["start"][0] == 18538 and data["length"][:2] == [0, 0]     # 3 Oct 2020, days since 1970
    assert data["length"][2] == -1                                          # still in force
    assert data["windowed"] == [1, 1, 0]
    assert data["spot"] == [0, 0, -1] and data["spots"] == {"lat": [39.8], "lon": [46.7]}   # one spot
    assert data["line"] == [-1, -1, 0]
    assert data["lines"] == {"offset": [0, 3], "lat": [39.5, 39.6, 39.8], "lon": [46.3, 46.5, 46.7]}
    category = data["category"]
    assert [category["values"][c] for c in category["codes"]] == ["artillery", "artillery", "open"]
    assert len(data["text"]) == 2                                           # texts in chunks of 2
    assert _value(data, "description", 2) == "<b>road</b>"                 # plain text: escaped in the browser
    assert _value(data, "claimed_by", 1) == "Armenian MoD"
    assert len(data["text"][0]["claimed_by"]["values"]) == 1               # repeated values stored once
    assert data["dates"] == [18538, 18540, 18576]
    assert data["first"] == "2020-10-03" and data["last"] == "2020-11-10"
    assert data["labels"] == [[39.8, 46.7, "A", "A", "A", 9]]
    json.dumps(data)


def test_empty_payload_is_valid():
    frame = _frame([ROW], [[39.8, 46.7]]).iloc[:0]
    data = mapview.payload(frame)
    assert data["n"] == 0 and data["text"] == [] and data["legend"] == []


def test_an_empty_payload_is_written_and_read_back(tmp_path):
    frame = _frame([ROW], [[39.8, 46.7]]).iloc[:0]
    back = mapview.read_payload(tmp_path, mapview.write_payload(mapview.payload(frame), tmp_path))
    assert back["n"] == 0 and back["id"] == [] and back["start"] == []


def _payload(n):
    rows = [dict(ROW, id=f"e{i}", start_date=f"2020-10-{i + 1:02d}", end_date=f"2020-10-{i + 1:02d}")
            for i in range(n)]
    return mapview.payload(_frame(rows, [[39.8, 46.7]] * n), chunk=2)


def test_write_payload_names_the_files_by_their_content(tmp_path):
    first = mapview.write_payload(_payload(3), tmp_path)
    assert mapview.write_payload(_payload(3), tmp_path) == first           # the browser's cache stays valid
    main = json.loads((tmp_path / first).read_text())
    assert len(main["text"]) == 2 and "id" not in main and "start" not in main    # chunk files by name
    chunk = json.loads((tmp_path / main["text"][1]).read_text())
    assert chunk["description"]["values"] == ["Words."] and chunk["id"] == ["e2"]   # ids with the texts
    back = mapview.read_payload(tmp_path, first)
    written = _payload(3)
    for name in mapview.BINARY_COLUMNS + ("id", "n", "dates"):
        assert back[name] == written[name], name
    fields = {f[0]: f[1] for f in main["columns"]["fields"]}
    assert fields["layer"] == "u1" and fields["start"] == "u1" and fields["spot"] == "u1"   # narrow types
    assert (tmp_path / main["columns"]["file"]).stat().st_size <= 8 * 4 + 3 * 8
    second = mapview.write_payload(_payload(4), tmp_path)
    assert second != first
    for n in range(5, 10):
        mapview.write_payload(_payload(n), tmp_path, keep=3)
    mains = list(tmp_path.glob("*.main.json"))
    assert len(mains) == 3
    listed = {c for p in mains for c in json.loads(p.read_text())["text"]}
    listed |= {json.loads(p.read_text())["columns"]["file"] for p in mains}
    written = {p.name for p in tmp_path.glob("*.json")} | {p.name for p in tmp_path.glob("*.bin")}
    assert written - {p.name for p in mains} == listed                    # no orphan chunks or columns
    assert not list(tmp_path.glob(".*"))                                    # nothing half-written left


def test_every_file_has_a_gzip_twin_and_the_sweep_takes_both(tmp_path):
    import gzip
    for n in range(3, 8):
        mapview.write_payload(_payload(n), tmp_path, keep=2)
    plain = {p.name for p in tmp_path.iterdir() if not p.name.endswith(".gz")}
    twins = {p.name[:-3] for p in tmp_path.glob("*.gz")}
    assert plain == twins and len(list(tmp_path.glob("*.main.json"))) == 2      # no twin outlives its file
    for name in plain:                                                        # the same bytes, packed
        assert gzip.decompress((tmp_path / f"{name}.gz").read_bytes()) == (tmp_path / name).read_bytes()


def test_style_table_follows_the_registry():
    table = mapview.style_table()
    assert table["order"] == list(mapview.LAYER_ORDER)
    assert mapview.LAYER_ORDER.index("corridors") < mapview.LAYER_ORDER.index("shelling")
    assert table["colours"]["shelling"]["pipeline_attack"] == styles.colour("shelling", "pipeline_attack")
    assert table["colours"]["corridors"]["blockaded"] == styles.colour("corridors", "blockaded")
    assert table["symbols"] == {"corridors": "line", "other": "diamond", "shelling": "circle",
                                "checkpoints": "square"}
    assert table["lines"]["planned"]["dashArray"] and table["lines"]["open"]["dashArray"] is None


def test_legend_lists_the_kinds_in_the_data_and_nothing_else():
    rows = [dict(ROW, kind=k) for k in ("shelling", "pipeline_attack", "made_up_kind")]
    rows += [dict(ROW, layer="corridors", kind="route", status="blockaded"),
             dict(ROW, layer="other", kind="handover")]
    legend = mapview.legend(_frame(rows, [[39.8, 46.7]] * 5))
    assert [(layer, value) for layer, value, _, _ in legend] == [
        ("corridors", "blockaded"), ("other", "handover"), ("shelling", "shelling"),
        ("shelling", "pipeline_attack"), ("shelling", "")]
    labels = [label for _, _, label, _ in legend]
    assert "pipeline attack" in labels and "other" in labels
    for word in ("artillery", "missile", "drone", "open route"):
        assert word not in labels


def test_every_kind_in_the_curated_data_has_its_own_colour():
    import csv
    from pathlib import Path
    events = Path(__file__).resolve().parent.parent / "data" / "events.csv"
    with events.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            value = row["status"] if row["layer"] == "corridors" else row["kind"]
            known = {v for v, _, _ in styles.categories(row["layer"]) if v}
            assert value in known, f"{row['layer']}/{value} would be drawn in the fallback colour"


def test_colours_are_hex():
    for name in styles.ORDER:
        for _, _, colour in styles.categories(name):
            assert re.fullmatch(r"#[0-9a-f]{6}", colour)


def test_points_placed_to_a_district_or_region_carry_the_radius_of_their_area():
    rows = [dict(ROW, id="t", geo_precision="town"), dict(ROW, id="s", geo_precision="site"),
            dict(ROW, id="d", geo_precision="district"), dict(ROW, id="r", geo_precision="region"),
            dict(ROW, id="c", layer="corridors", kind="route", status="open", geo_precision="region",
                 end_date="")]
    frame = _frame(rows, [[39.8, 46.7], [39.7, 46.6], [39.9, 46.8], [40.0, 46.9],
                          [[39.5, 46.3], [39.8, 46.7]]])
    data = mapview.payload(frame)
    assert dict(zip(data["id"], data["halo"])) == {"t": 0, "s": 0, "d": 15_000, "r": 50_000, "c": 0}
    assert mapview.payload(frame.iloc[:0])["halo"] == []


def test_precise_to_keeps_what_is_placed_at_least_that_well():
    frame = pd.DataFrame({"geo_precision": ["site", "town", "district", "region", ""]})
    assert mapview.precise_to(frame, "town").tolist() == [True, True, False, False, False]
    assert mapview.precise_to(frame, "site").tolist() == [True, False, False, False, False]
    assert mapview.precise_to(frame, "district").tolist() == [True, True, True, False, False]
    assert mapview.precise_to(frame, "region").all() and mapview.precise_to(frame, "nonsense").all()
