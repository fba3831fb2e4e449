"""Big CSVs take the fast path (pandas' C reader, decimal mark from a sample) and still report bad
cells with their row and column."""
import time

import numpy as np
import pandas as pd
import pytest

from backan_desktop.core import readers
from backan_desktop.core.importing import ImportOptions, preview_table


@pytest.fixture
def small_threshold(monkeypatch):
    monkeypatch.setattr(readers, "BIG_CSV_BYTES", 100_000)


def make(path, n, bad_row=None):
    values = [f"{v:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".") for v in np.arange(n) * 10.5 + 1000]
    if bad_row is not None:
        values[bad_row] = "abc"
    pd.DataFrame({"chỉ tiêu": [f"Chỉ tiêu {i % 7}" for i in range(n)], "năm": [2000 + (i // 7) for i in range(n)],
                  "giá trị": values, "đơn vị": "tỷ đồng"}).to_csv(path, index=False, sep=";")


def test_big_csv_fast_path_reads_vietnamese_numbers(tmp_path, small_threshold):
    path = tmp_path / "big.csv"
    make(path, 20_000)
    p = preview_table(path, ImportOptions())
    assert p.problems == []
    assert len(p.rows) == 20_000
    assert p.rows["value"].iloc[1] == 1010.5 and p.rows["value"].iloc[-1] == 1000 + 19_999 * 10.5
    assert p.rows["period"].iloc[7] == "2001" and set(p.rows["decimals"]) == {1}


def test_big_csv_bad_cell_is_reported_with_row_and_column(tmp_path, small_threshold):
    path = tmp_path / "bad.csv"
    make(path, 20_000, bad_row=15_000)
    p = preview_table(path, ImportOptions())
    assert [str(x) for x in p.problems] == ["bad.csv:15002:3: value: 'abc' is not a number"]


def test_big_csv_with_repeated_keys_is_refused(tmp_path, small_threshold):
    path = tmp_path / "dup.csv"
    pd.DataFrame({"indicator": ["a"] * 5000, "year": [2000] * 5000, "value": np.arange(5000)}).to_csv(path, index=False)
    p = preview_table(path, ImportOptions())
    assert p.problems and "different values on rows 2, 3" in p.problems[0].message
