"""Reading an events CSV: what the build and ``db load`` accept, and the line each problem names."""

import pytest

from geo.errors import DataError
from geo.events import FIELDS, read_events, validate_event

ROWS = [
    ["s-barda", "shelling", "artillery", "", " Barda ", "2020-10-04", "2020-10-04", "day", "town", "Side A",
     "Shells hit the town, two injured.", "Test Wire", "https://example.org/1", ""],
    ["c-lachin", "corridors", "route", "open", "Stepanakert;Lachin", "2021-01-01", "", "day", "town", "Side B",
     "The road opened.", "Test Wire", "", "\u201cOpen\u201d"],
]


def _csv(header, rows, newline="\n"):
    def cell(value):
        return f'"{value}"' if any(c in value for c in ',"\r\n') else value
    return newline.join([",".join(header)] + [",".join(cell(v) for v in row) for row in rows]) + newline


def _read(tmp_path, text):
    path = tmp_path / "events.csv"
    path.write_bytes(text.encode("utf-8"))
    return read_events(path)


def test_columns_in_another_order_give_the_same_events(tmp_path):
    expected = _read(tmp_path, _csv(FIELDS, ROWS))
    order = list(reversed(range(len(FIELDS))))
    shuffled = _read(tmp_path, _csv([FIELDS[i] for i in order], [[row[i] for i in order] for row in ROWS]))
    assert shuffled == expected
    assert expected[0] == (2, validate_event(dict(zip(FIELDS, ROWS[0]))))
    assert expected[0][1]["place"] == "Barda" and expected[1][1]["quote"] == "\u201cOpen\u201d"


def test_blank_lines_are_skipped_and_lines_still_counted(tmp_path):
    text = _csv(FIELDS, ROWS).replace("\ns-barda", "\n\n\ns-barda")
    assert [line for line, _ in _read(tmp_path, text)] == [4, 5]


def test_line_breaks_inside_a_cell_become_newlines_and_windows_files_read_alike(tmp_path):
    rows = [ROWS[0][:10] + ["First line.\r\nSecond line.\rThird."] + ROWS[0][11:]]
    [(_, event)] = _read(tmp_path, _csv(FIELDS, rows, newline="\r\n"))
    assert event["description"] == "First line.\nSecond line.\nThird."
    assert _read(tmp_path, _csv(FIELDS, ROWS, newline="\r\n")) == _read(tmp_path, _csv(FIELDS, ROWS))


@pytest.mark.parametrize("change, field, message", [
    (lambda r: r + ["extra"], None, "malformed row: expected 14 columns"),
    (lambda r: r[:-1], None, "malformed row: expected 14 columns"),
    (lambda r: r[:3] + ["stuck"] + r[4:], "status", "unknown value 'stuck'"),
    (lambda r: r[:12] + ["ftp://example.org"] + r[13:], "source_url", "not an http(s) link"),
    (lambda r: r[:6] + ["2020-10-03"] + r[7:], "end_date", "2020-10-03 is before start_date 2020-10-04"),
    (lambda r: r[:4] + [" ; "] + r[5:], "place", "required, but empty"),
    (lambda r: ["bad id"] + r[1:], "id", "use letters, digits"),
])
def test_a_bad_row_names_its_line_and_field(tmp_path, change, field, message):
    rows = [ROWS[1], change(list(ROWS[0]))]
    with pytest.raises(DataError) as caught:
        _read(tmp_path, _csv(FIELDS, rows))
    assert (caught.value.line, caught.value.field) == (3, field) and message in caught.value.message


def test_a_valid_date_seen_before_is_still_checked_against_its_row(tmp_path):
    rows = [ROWS[0], ["s-2"] + ROWS[0][1:5] + ["2020-10-05", "2020-10-04"] + ROWS[0][7:]]
    with pytest.raises(DataError, match="2020-10-04 is before start_date 2020-10-05") as caught:
        _read(tmp_path, _csv(FIELDS, rows))
    assert caught.value.line == 3
