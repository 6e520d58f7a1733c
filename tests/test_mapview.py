"""The dashboard's map pieces: popups (escaped), dates with precision, grouping, a stable base map."""

import json
import re

import numpy as np
import pandas as pd
import pytest

from geo import mapview

ROW = {"id": "x1", "layer": "shelling", "kind": "artillery", "status": "", "place": "Stepanakert",
       "start_date": "2020-10-03", "end_date": "2020-10-03", "date_precision": "day", "geo_precision": "town",
       "claimed_by": "Armenian MoD", "description": "Words.", "source": "Herald",
       "source_url": "https://example.org/a", "quote": "", "place_label": "Stepanakert/Khankendi",
       "place_armenian": "Stepanakert", "place_azerbaijani": "Khankendi"}


def test_popup_has_date_place_both_names_claim_and_source_link():
    html = mapview.popup_html(ROW)
    for text in ("3 Oct 2020", "precise to the day", "Stepanakert/Khankendi", "Armenian: Stepanakert",
                 "Azerbaijani: Khankendi", "artillery", "Armenian MoD", "Words.",
                 '<a href="https://example.org/a"'):
        assert text in html
    assert "Khankendi" in mapview.popup_html(ROW, "azerbaijani").split("</h4>")[0]


@pytest.mark.parametrize("field", ["kind", "claimed_by", "description", "source", "quote", "place_label",
                                   "place_armenian", "id", "status"])
def test_every_field_is_escaped(field):
    row = dict(ROW, **{field: "<script>alert(1)</script>"})
    html = mapview.popup_html(row) + mapview.tooltip_text(row)
    assert "<script" not in html
    assert "&lt;script&gt;" in html


def test_only_http_links_and_quotes_escaped_in_attributes():
    assert "<a " not in mapview.popup_html(dict(ROW, source_url="javascript:alert(1)"))
    html = mapview.popup_html(dict(ROW, source_url='https://example.org/?q="><b>'))
    assert 'href="https://example.org/?q=&quot;&gt;&lt;b&gt;"' in html


@pytest.mark.parametrize("start, end, precision, expected", [
    ("2022-12-12", "", "day", "from 12 Dec 2022 (no end reported) · precise to the day"),
    ("2020-11-10", "2022-08-30", "day", "10 Nov 2020 – 30 Aug 2022 · precise to the day"),
    ("2020-10-01", "2020-10-01", "month", "Oct 2020 · precise to the month"),
    ("2020-01-01", "2020-01-01", "year", "2020 · precise to the year"),
])
def test_date_text_follows_precision(start, end, precision, expected):
    assert mapview.date_text(dict(ROW, start_date=start, end_date=end, date_precision=precision)) == expected


def _frame(rows):
    frame = pd.DataFrame(rows)
    frame["coords"] = [[39.8, 46.7] if r["place"] == "A" else [40.0, 46.0] for r in rows]
    frame["start"] = np.array(frame["start_date"], dtype="datetime64[D]")
    frame["spot"] = pd.factorize(frame["coords"].map(str))[0]
    return frame


def _rows(group):
    script = group._children[next(iter(group._children))].rows
    return json.loads(script.replace("\\u005f", "_"))


def test_point_events_at_one_spot_become_one_marker_latest_first():
    rows = [dict(ROW, id=f"e{i}", place=p, start_date=d) for i, (p, d) in
            enumerate([("A", "2020-10-01"), ("A", "2020-10-03"), ("B", "2020-10-02")])]
    frame = _frame(rows)
    texts = mapview.Texts([f"<div>{r['id']}</div>" for r in rows], ["t"] * 3, [f"<li>{r['id']}</li>" for r in rows])
    groups = mapview.feature_groups(frame, np.ones(3), texts)
    shelling = _rows(groups[mapview.LAYER_ORDER.index("shelling")])
    by_ids = {tuple(r[0]): r for r in shelling}
    assert set(by_ids) == {("e1", "e0"), ("e2",)}
    grouped = by_ids[("e1", "e0")]
    assert grouped[7] > 7                                        # bigger than a single report
    assert grouped[6].index("e1") < grouped[6].index("e0")        # latest first in the popup
    assert "2 reports here" in grouped[6] and "<div>e1</div>" in grouped[6] and "<li>e0</li>" in grouped[6]


def test_group_popup_is_capped():
    rows = [dict(ROW, id=f"e{i:02d}", place="A", start_date=f"2020-10-{i + 1:02d}") for i in range(15)]
    texts = mapview.Texts(["<p>full</p>"] * 15, ["t"] * 15, [f"<li>{r['id']}</li>" for r in rows])
    (row,) = _rows(mapview.feature_groups(_frame(rows), np.ones(15), texts)[mapview.LAYER_ORDER.index("shelling")])
    assert len(row[0]) == 15 and row[6].count("<li>") == mapview.GROUP_POPUP_LIMIT
    assert row[6].count("<p>full</p>") == 1 and f"and {14 - mapview.GROUP_POPUP_LIMIT} more" in row[6]


def test_summary_line_is_escaped():
    line = mapview.summary_html(dict(ROW, description="<img src=x onerror=alert(1)>"))
    assert "<img" not in line and "&lt;img" in line and "3 Oct 2020" in line


def test_data_in_the_script_has_no_underscore_or_angle_bracket():
    text = mapview._js_json({"a_b": "</script><b>x_y</b>"})
    assert "_" not in text and "<" not in text
    assert json.loads(text) == {"a_b": "</script><b>x_y</b>"}


def test_base_map_is_the_same_every_time():
    from streamlit_folium import _get_map_string, generate_js_hash
    scripts = []
    for _ in range(2):
        m = mapview.base_map()
        m.get_root().render()
        scripts.append(generate_js_hash(_get_map_string(m), "map"))
    assert scripts[0] == scripts[1]


def test_legend_lists_the_kinds_in_the_data_and_nothing_else():
    pairs = [("corridors", "open"), ("corridors", "blockaded"), ("shelling", "shelling"),
             ("shelling", "pipeline_attack"), ("shelling", "made_up_kind"), ("checkpoints", "checkpoint")]
    legend = re.sub("<[^>]+>", " ", mapview.legend_html(pairs))
    for word in ("open route", "blockaded", "shelling", "pipeline attack", "checkpoint", "other"):
        assert word in legend
    for word in ("planned", "proposed", "artillery", "missile", "drone"):
        assert word not in legend


def test_fit_view_holds_points_and_lines():
    (lat, lon), zoom = mapview.fit_view([[40.68, 46.36], [39.82, 46.75], [[39.5, 46.3], [39.6, 46.5]]])
    assert 39.5 < lat < 40.7 and 46.3 < lon < 46.75 and zoom == 8
    assert mapview.fit_view([[39.82, 46.75]]) == ((39.82, 46.75), 13)     # one point: close, not infinite
    assert mapview.fit_view([]) is None
    assert mapview.fit_view([None, [], [float("nan"), 46.7], [39.8, 46.7]]) == ((39.8, 46.7), 13)
