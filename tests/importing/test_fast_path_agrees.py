"""The parallel, coded reader for big CSVs must read what the precise cell-by-cell path reads:
random long tables with quoted commas and line ends, CRLF, numeric-looking codes, Vietnamese
text and padded cells, compared row for row."""
import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from backan_desktop.core.importing import normalise as importing
from backan_desktop.core.readers import csv as readers
from backan_desktop.core.importing import ImportOptions, preview_table

WORDS = st.sampled_from(["Bắc Kạn", "Chợ Đồn", "Na Rì, xã A", 'Ba Bể "hồ"', "007", "010", "12", "a\nb", " pad "])


@st.composite
def tables(draw):
    n = draw(st.integers(min_value=1, max_value=400))
    rows, seen = [], set()
    for i in range(n):
        key = (f"Chỉ tiêu {draw(st.integers(0, 5))}", draw(WORDS), str(draw(st.integers(1990, 2030))))
        if key in seen:
            continue
        seen.add(key)
        value = draw(st.one_of(st.integers(-10_000, 10_000).map(str),
                               st.decimals(-1000, 1000, places=2, allow_nan=False).map(lambda d: f"{d:.2f}")))
        rows.append([*key, value, draw(st.sampled_from(["official", "estimate", ""])), draw(WORDS)])
    return rows, draw(st.booleans())


@pytest.fixture
def tiny_pieces(monkeypatch):
    monkeypatch.setattr(readers, "BIG_CSV_BYTES", 0)
    monkeypatch.setattr(readers, "SPLIT_CSV_BYTES", 0)
    monkeypatch.setattr(readers, "PIECE_BYTES", 500)
    monkeypatch.setattr(readers, "reader_threads", lambda: 3)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tables())
def test_fast_path_reads_what_the_precise_path_reads(tmp_path, tiny_pieces, monkeypatch, table):
    rows, crlf = table
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(["indicator", "area", "year", "value", "status", "note"])
    w.writerows(rows)
    path = tmp_path / "t.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    fast = preview_table(path, ImportOptions())
    with monkeypatch.context() as m:
        m.setattr(importing, "normalise_long_coded", lambda *a, **k: None)
        precise = preview_table(path, ImportOptions())
    assert [str(p) for p in fast.problems] == [str(p) for p in precise.problems]
    if precise.rows is None or fast.rows is None:
        assert precise.rows is None and fast.rows is None
        return
    cols = ["indicator", "area", "period", "category", "value", "unit", "status", "source", "note"]
    assert fast.rows[cols].astype(object).values.tolist() == precise.rows[cols].astype(object).values.tolist()
