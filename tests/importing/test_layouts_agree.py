"""One path, whatever the file: the big-CSV reader (pandas' C parser on byte ranges, on several
threads) reads what the small one (the csv module, row by row) reads — random long tables with
quoted commas and line ends, CRLF, numeric-looking codes, Vietnamese text and padded cells — and
the same figures laid out long, wide or as a yearbook table import as the same tidy rows."""
import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from backan_desktop.core.readers import csv as readers
from backan_desktop.core.importing import ImportOptions, preview_table

WORDS = st.sampled_from(["Bắc Kạn", "Chợ Đồn", "Na Rì, xã A", 'Ba Bể "hồ"', "007", "010", "12", "a\nb", " pad "])
VALUES = st.one_of(st.integers(-10_000, 10_000).map(str),
                   st.decimals(-1000, 1000, places=2, allow_nan=False).map(lambda d: f"{d:.2f}"),
                   st.sampled_from(["", "-", ".."]))
COLUMNS = ["indicator", "area", "period", "category", "value", "unit", "status", "source", "note"]


@st.composite
def tables(draw):
    n = draw(st.integers(min_value=1, max_value=400))
    rows, seen = [], set()
    for i in range(n):
        key = (f"Chỉ tiêu {draw(st.integers(0, 5))}", draw(WORDS), str(draw(st.integers(1990, 2030))))
        if key in seen:
            continue
        seen.add(key)
        rows.append([*key, draw(VALUES), draw(st.sampled_from(["official", "estimate", ""])), draw(WORDS)])
    return rows, draw(st.booleans())


@pytest.fixture
def tiny_pieces(monkeypatch):
    monkeypatch.setattr(readers, "BIG_CSV_BYTES", 0)
    monkeypatch.setattr(readers, "SPLIT_CSV_BYTES", 0)
    monkeypatch.setattr(readers, "PIECE_BYTES", 500)
    monkeypatch.setattr(readers, "reader_threads", lambda: 3)


def both_readers(path, monkeypatch, opts=None):
    """The preview of ``path`` read as a big CSV (already set up by the caller) and as a small one."""
    big = preview_table(path, opts or ImportOptions())
    with monkeypatch.context() as m:
        m.setattr(readers, "BIG_CSV_BYTES", 1 << 40)
        small = preview_table(path, opts or ImportOptions())
    return big, small


def figures(preview):
    return preview.rows[COLUMNS + ["decimals", "file_row"]].astype(object).values.tolist()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tables())
def test_the_big_csv_reader_reads_what_the_small_one_reads(tmp_path, tiny_pieces, monkeypatch, table):
    rows, crlf = table
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(["indicator", "area", "year", "value", "status", "note"])
    w.writerows(rows)
    path = tmp_path / "t.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    big, small = both_readers(path, monkeypatch)
    assert [str(p) for p in big.problems] == [str(p) for p in small.problems]
    assert [r.style for r in big.readings] == [r.style for r in small.readings]
    if small.rows is None or big.rows is None:
        assert small.rows is None and big.rows is None
        return
    assert figures(big) == figures(small)


@st.composite
def panels(draw):
    """Figures of a few series over a few years (some cells blank), and how to write numbers."""
    names = draw(st.lists(st.sampled_from(["GRDP", "Dân số", "Thu ngân sách", "Xuất khẩu", "Diện tích lúa"]),
                          min_size=1, max_size=4, unique=True))
    years = draw(st.lists(st.integers(2000, 2024), min_size=2, max_size=6, unique=True))
    cells = {(name, year): draw(VALUES) for name in names for year in years}
    cells[names[0], years[0]] = draw(VALUES.filter(lambda v: v not in ("", "-", "..")))
    return names, sorted(years), cells


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(panels(), st.booleans())
def test_the_same_figures_in_any_layout_import_the_same(tmp_path, tiny_pieces, monkeypatch, panel, big):
    names, years, cells = panel
    layouts = {
        "long": [["indicator", "year", "value"]] + [[n, str(y), cells[n, y]] for n in names for y in years],
        "wide": [["year"] + names] + [[str(y)] + [cells[n, y] for n in names] for y in years],
        "yearbook": [["Chỉ tiêu"] + [str(y) for y in years]] + [[n] + [cells[n, y] for y in years] for n in names],
    }
    got = {}
    for layout, rows in layouts.items():
        path = tmp_path / f"{layout}.csv"
        path.write_text("".join(",".join(f'"{c}"' if "," in c else c for c in r) + "\n" for r in rows), encoding="utf-8")
        preview = both_readers(path, monkeypatch)[0 if big else 1]
        assert preview.shape == layout and preview.problems == []
        got[layout] = sorted(preview.rows[["indicator", "period", "value", "decimals", "status"]].astype(object)
                             .values.tolist())
    assert got["long"] == got["wide"] == got["yearbook"]
    assert len(got["long"]) == sum(v not in ("", "-", "..") for v in cells.values())
