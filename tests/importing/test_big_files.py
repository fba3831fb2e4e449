"""Big CSVs are read by pandas' C reader on all cores, through the same normaliser as every other
table, and still report bad cells with their row and column."""
import subprocess
import sys
import time

import numpy as np
import pandas as pd
import pytest

from backan_desktop.core import problems
from backan_desktop.core.readers import csv as readers
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


@pytest.fixture
def split_small(monkeypatch, small_threshold):
    """Make small files take the parallel byte-range path, with several threads even on one core."""
    monkeypatch.setattr(readers, "SPLIT_CSV_BYTES", 0)
    monkeypatch.setattr(readers, "PIECE_BYTES", 20_000)
    monkeypatch.setattr(readers, "reader_threads", lambda: 3)


def long_rows(n):
    # areas are codes with leading zeros: a piece where every code is a number must not turn "007" into 7
    return ["indicator,area,year,value,status"] + [
        f"Chỉ tiêu {i % 11},{i % 9:03d},{2000 + i // 99},{i * 0.25:.2f},{'sơ bộ' if i % 5 == 0 else 'official'}"
        for i in range(n)]


def test_parallel_read_keeps_text_rows_and_order(tmp_path, split_small):
    lines = long_rows(6000)
    lines.insert(3000, "")                       # a blank line: the rows after it keep their file numbers
    path = tmp_path / "big.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode() + b"\r\n")
    p = preview_table(path, ImportOptions())
    assert p.problems == []
    rows = p.rows
    assert len(rows) == 6000
    assert rows["indicator"].iloc[0] == "Chỉ tiêu 0" and rows["area"].iloc[7] == "007"
    assert set(rows["area"].astype(str)) == {f"{k:03d}" for k in range(9)}
    assert rows["value"].tolist() == [i * 0.25 for i in range(6000)]
    assert rows["period"].iloc[-1] == str(2000 + 5999 // 99)
    assert rows["status"].iloc[0] == "preliminary" and rows["status"].iloc[1] == "official"
    # file row of data row i is i + 2, plus one after the blank line (file line 3001)
    assert rows["file_row"].iloc[2998] == 3000 and rows["file_row"].iloc[2999] == 3002


def test_parallel_read_equals_one_piece(tmp_path, split_small, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("\n".join(long_rows(5000)) + "\n", encoding="utf-8")
    split = preview_table(path, ImportOptions()).rows
    monkeypatch.setattr(readers, "reader_threads", lambda: 1)
    whole = preview_table(path, ImportOptions()).rows
    pd.testing.assert_frame_equal(split.astype(object), whole.astype(object))


def test_quoted_line_ends_are_read_whole(tmp_path, split_small):
    lines = long_rows(5000)
    lines[4000] = '"Chỉ tiêu\nhai dòng",001,2040,1.5,official'
    path = tmp_path / "quoted.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = preview_table(path, ImportOptions())
    assert p.problems == []
    assert len(p.rows) == 5000
    assert p.rows["indicator"].iloc[3999] == "Chỉ tiêu\nhai dòng" and p.rows["value"].iloc[3999] == 1.5


def test_parallel_read_reports_a_row_with_too_many_cells(tmp_path, split_small):
    lines = long_rows(5000)
    lines[4321] += ",extra"
    path = tmp_path / "wide.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = preview_table(path, ImportOptions())
    assert p.problems and p.problems[0].row == 4322


def test_parallel_read_can_be_cancelled(tmp_path, split_small):
    import threading
    path = tmp_path / "big.csv"
    path.write_text("\n".join(long_rows(5000)) + "\n", encoding="utf-8")
    stop = threading.Event()
    stop.set()
    with pytest.raises(problems.Cancelled):
        preview_table(path, ImportOptions(), cancel=stop)


def test_chart_of_a_big_imported_series_matches_the_small_path(tmp_path, monkeypatch):
    """The Datasets browser charts a million-row table from its frame (no walk over every row):
    the chart must be the one the row-by-row path draws."""
    from backan_desktop.core.library import Library, load_library
    from backan_desktop.core.datapackage import load_package
    from backan_desktop.core.paths import bundled_package_dir
    from backan_desktop.core.sheets import dataset_chart
    from backan_desktop.core.storage.datasets import commit_import

    path = tmp_path / "series.csv"
    path.write_text("\n".join(long_rows(3000)) + "\n", encoding="utf-8")
    preview = preview_table(path, ImportOptions(dataset_id="series"))
    assert preview.ok
    home = tmp_path / "home"
    commit_import(preview, home)
    # the CSV read row by row (list columns), and the library's columnar copy (a frame)
    small = Library([load_package(bundled_package_dir()), load_package(home / "datasets" / "series")])
    big = load_library(data_home=home)
    assert big.datasets["series"].table._frame is not None and small.datasets["series"].table._frame is None
    assert big.value_labels("series", "vi")["status"]["preliminary"] == "sơ bộ"     # shown in the UI language
    for row in (0, 5, 1234, 2999):
        a, b = dataset_chart(small, "series", "vi", row), dataset_chart(big, "series", "vi", row)
        assert a is not None and a == b, row
        assert len(a.series[0].values) > 2


def test_big_import_is_written_and_read_back_exactly(tmp_path, split_small, monkeypatch):
    """The column-wise writer quotes text once per distinct value and never rounds a value that has
    more decimals than the sample showed; the CSV read back and the columnar copy agree."""
    from backan_desktop.core.storage import datasets as userdata
    from backan_desktop.core.library import load_library
    from backan_desktop.core.datapackage import load_package

    lines = long_rows(6000)
    lines[5000] = 'Chỉ tiêu 0,"Na Rì, ""xã"" A",2051,3.14159,official'     # late row: 5 decimals, a quoted area
    path = tmp_path / "exact.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    preview = preview_table(path, ImportOptions(dataset_id="exact"))
    assert preview.ok, preview.problems
    home = tmp_path / "home"
    userdata.commit_import(preview, home)
    table = load_library(data_home=home).datasets["exact"].table
    rows = table.rows()
    assert len(rows) == 6000
    assert rows[4999]["area"] == 'Na Rì, "xã" A' and rows[4999]["value"] == 3.14159
    assert table.decimals["value"][4999] == 5 and table.decimals["value"][1] == 2 and table.decimals["value"][4] == 2
    assert [r["value"] for r in rows[:4999]] == [i * 0.25 for i in range(4999)]
    assert rows[7]["area"] == "007"
    from_csv = load_package(home / "datasets" / "exact").tables["data"]
    assert from_csv.rows() == rows and from_csv.decimals["value"] == table.decimals["value"]


def test_cuts_inside_quoted_line_ends_fall_back_to_one_piece(tmp_path, split_small):
    """Every record spans six lines, so most line ends are inside quotes: a piece cut there ends in
    an open quote, the parser refuses it and the file is read whole — never mis-read."""
    lines = ["indicator,area,year,value,status"]
    for i in range(3000):
        lines.append(f'"Chỉ tiêu {i % 7}\nmột\nhai\nba\nbốn\nnăm",{i:04d},{2000 + i % 25},{i}.5,official')
    path = tmp_path / "quoted.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = preview_table(path, ImportOptions())
    assert p.problems == []
    assert len(p.rows) == 3000
    assert p.rows["value"].tolist() == [i + 0.5 for i in range(3000)]
    assert p.rows["indicator"].iloc[8] == "Chỉ tiêu 1\nmột\nhai\nba\nbốn\nnăm"


def test_chart_of_a_big_plain_table_is_one_line_of_numbers(tmp_path):
    """A big 'table' dataset (no series structure) is charted from its frame as one downsampled
    line: numpy values, no per-point labels — opening it must not format a million numbers."""
    import json

    from backan_desktop.core.library import load_library
    from backan_desktop.core.sheets import BIG_POINTS, dataset_chart

    folder = tmp_path / "home" / "datasets" / "wide"
    folder.mkdir(parents=True)
    n = BIG_POINTS + 500
    (folder / "rows.csv").write_text("name,amount\n" + "".join(f"mục {i},{i * 0.5}\n" for i in range(n)), encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps({"name": "wide", "resources": [{
        "name": "rows", "path": "rows.csv", "schema": {"fields": [{"name": "name"}, {"name": "amount", "type": "number"}]}}]}),
        encoding="utf-8")
    lib = load_library(data_home=tmp_path / "home")
    chart = dataset_chart(lib, "wide", "vi")
    assert chart.kind == "line" and len(chart.x_labels) == n and chart.x_labels[3] == "mục 3"
    assert isinstance(chart.series[0].values, np.ndarray) and chart.series[0].values[-1] == (n - 1) * 0.5
    assert chart.series[0].labels == []


def test_a_column_of_mostly_distinct_texts_is_trimmed_and_normalised_too(tmp_path, split_small):
    """Free-text notes (every row different) take the plain-text path: same cleaning as codes."""
    import unicodedata

    lines = ["indicator,year,value,note"]
    for i in range(4000):
        note = unicodedata.normalize("NFD", f"  ghi chú {i} ") if i % 2 else ("" if i % 4 == 0 else f"note {i}")
        lines.append(f"Chỉ tiêu {i // 40},{1990 + i % 40},{i},{note}")
    path = tmp_path / "notes.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = preview_table(path, ImportOptions())
    assert p.problems == []
    notes = p.rows["note"].astype(object).tolist()
    assert notes[1] == "ghi chú 1" and unicodedata.is_normalized("NFC", notes[1])
    assert notes[0] == "" and notes[2] == "note 2"
    assert p.rows["note"].nunique() > 2000


def test_a_bad_byte_past_the_sampled_head_is_a_problem_with_its_line(tmp_path, monkeypatch):
    """The encoding is decided from the first 256 KB; a broken byte further on must be reported,
    not raised."""
    monkeypatch.setattr(readers, "BIG_CSV_BYTES", 100_000)
    lines = long_rows(30_000)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    cut = data.index(b"\n", 400_000) + 1
    path = tmp_path / "broken.csv"
    path.write_bytes(data[:cut] + b"Ch\xff tieu,001,2050,1.5,official\n" + data[cut:])
    line = data[:cut].count(b"\n") + 1
    p = preview_table(path, ImportOptions())
    assert not p.ok
    assert [(x.file, x.row) for x in p.problems] == [("broken.csv", line)]
    assert "not valid utf-8" in p.problems[0].message


@pytest.mark.parametrize("small", [False, True])
def test_a_misplaced_thousands_separator_is_a_problem_on_every_path(tmp_path, split_small, monkeypatch, small):
    """'1.5' in a column written '1.234.567,7' must not become 15 (nor '1,5' in '1,234.5' style)."""
    if small:
        monkeypatch.setattr(readers, "BIG_CSV_BYTES", 1 << 40)
    vi = ["chỉ tiêu;năm;giá trị"] + [f"A {i // 30};{1990 + i % 30};{i // 1000 + 1}.{i % 1000:03d}.{i % 7:03d},7" for i in range(3000)]
    en = ["indicator,year,value"] + [f"A {i // 30},{1990 + i % 30},{i}.25" for i in range(3000)]
    vi[2501], en[2501] = "A 83;2001;1.5", "A 83,2001,\"1,5\""
    for name, lines, cell in (("vi.csv", vi, "1.5"), ("en.csv", en, "1,5")):
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        problems = [str(x) for x in preview_table(path, ImportOptions()).problems]
        assert problems == [f"{name}:2502:3: value: '{cell}' has misplaced thousands separators"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_big_utf16_file_is_read(tmp_path, small_threshold, encoding):
    """Excel's 'Unicode text' is UTF-16: the sampled head must be cut on a whole character."""
    path = tmp_path / "u16.csv"
    path.write_bytes(("\n".join(long_rows(9000)) + "\n").replace(",", "\t").encode(encoding))
    p = preview_table(path, ImportOptions())
    assert p.problems == [] and len(p.rows) == 9000
    assert p.rows["indicator"].iloc[1] == "Chỉ tiêu 1" and p.rows["area"].iloc[7] == "007"


def test_title_rows_above_the_header_survive_the_precise_path(tmp_path, small_threshold):
    """A cell only the precise path reads ('12%') sends a big file there; its title rows (one cell
    wide) must not make the C parser refuse the file."""
    lines = ["Bảng 1. Dân số", "Đơn vị tính: người", ""] + long_rows(5000)
    lines[3 + 4000] = lines[3 + 4000].replace(",official", "%,official")
    path = tmp_path / "titled.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = preview_table(path, ImportOptions())
    assert p.problems == [] and len(p.rows) == 5000
    assert p.rows["file_row"].iloc[0] == 5 and p.rows["area"].iloc[7] == "007"


def test_odd_big_files_get_the_small_paths_answers(tmp_path, split_small):
    """Header only; years outside 1800–2100 and '2020.0' judged as text, as on the small path,
    wherever the pieces are cut; a first row of 2,000 columns refused at once."""
    path = tmp_path / "empty.csv"
    path.write_text("indicator,area,year,value,status\n" + "\n" * 3000, encoding="utf-8")
    assert [x.message for x in preview_table(path, ImportOptions()).problems] == ["no figures found in the table"]

    lines = long_rows(4000)
    lines[100] = "Chỉ tiêu 0,900,2101,1.5,official"        # accepted as text, as the small path does
    lines[3000] = "Chỉ tiêu 0,901,2020.0,1.5,official"     # refused as text, as the small path does
    path = tmp_path / "years.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = preview_table(path, ImportOptions())
    assert [(x.row, x.message) for x in p.problems] == [(3001, "period: '2020.0' is not a year or period")]

    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(2000)) + "\n" + "1,2\n" * 30000, encoding="utf-8")
    assert [x.message for x in preview_table(path, ImportOptions()).problems] == ["more than 1000 columns"]


def test_small_csv_rows_longer_than_the_header_and_bad_statuses_are_named(tmp_path):
    lines = long_rows(50)
    lines[10] += ",extra"                       # file row 11
    lines[20] = lines[20].replace("official", "maybe")
    path = tmp_path / "small.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [str(x) for x in preview_table(path, ImportOptions()).problems] == [
        "small.csv:11:6: the row has 6 cells but the header has 5",
        "small.csv:21:5: status: 'maybe' is not one of official, preliminary, estimate, target, unverified, not stated"]


@pytest.mark.parametrize("at", [4500, 15000])          # inside the sampled head, and past it
def test_a_nul_byte_in_a_big_file_is_refused_with_its_line(tmp_path, small_threshold, at):
    lines = long_rows(20000)
    lines[at] = lines[at].replace("Chỉ tiêu", "Chỉ\x00tiêu")
    path = tmp_path / "nul.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = preview_table(path, ImportOptions())
    assert [(x.row, x.message.split(";")[0]) for x in p.problems] == [
        (at + 1, "this is not a text table (a NUL byte: binary content)")]


def test_a_broken_byte_in_a_small_utf8_file_is_reported_as_utf8_with_its_line(tmp_path):
    data = ("\n".join(long_rows(300)) + "\n").encode("utf-8")
    cut = data.index(b"\n", 5000) + 1
    path = tmp_path / "broken.csv"
    path.write_bytes(data[:cut] + b"Ch\xff tieu,001,2050,1.5,official\n" + data[cut:])
    problems = preview_table(path, ImportOptions()).problems
    assert [(x.row, x.message.split(";")[0]) for x in problems] == [
        (data[:cut].count(b"\n") + 1, f"not valid utf-8 text at byte {cut + 2}")]


def test_cancel_reaches_the_normaliser(tmp_path, small_threshold, monkeypatch):
    import threading

    from backan_desktop.core.importing import normalise as importing

    stop = threading.Event()
    real = importing.normalise_rows

    def stopped_midway(*args, **kwargs):
        stop.set()                      # the user presses Stop while the rows are normalised
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "normalise_rows", stopped_midway)
    path = tmp_path / "big.csv"
    path.write_text("\n".join(long_rows(5000)) + "\n", encoding="utf-8")
    with pytest.raises(problems.Cancelled):
        preview_table(path, ImportOptions(), cancel=stop)


def test_a_column_of_distinct_notes_is_hashed_once_from_file_to_library(tmp_path, small_threshold, monkeypatch):
    """Each distinct text is coded once and its codes carried to the tidy table, the stored CSV and
    the columnar copy: a million notes hashed three times cost a second of a 5-second import."""
    from backan_desktop.core.storage.datasets import commit_import

    n = 6_000
    path = tmp_path / "notes.csv"
    pd.DataFrame({"indicator": [f"chỉ tiêu {k // 25}" for k in range(n)], "period": [2000 + k % 25 for k in range(n)],
                  "value": [f"{k}.5" for k in range(n)], "note": [f"ghi chú dòng {k}" for k in range(n)]}
                 ).to_csv(path, index=False)
    real, passes = pd.factorize, []

    def factorize(values, *args, **kwargs):
        if len(values) >= n and str(values[0]).startswith("ghi chú"):
            passes.append(len(values))
        return real(values, *args, **kwargs)
    monkeypatch.setattr(pd, "factorize", factorize)
    preview = preview_table(path, ImportOptions(dataset_id="notes"))
    assert preview.problems == [] and preview.rows["note"].iloc[-1] == f"ghi chú dòng {n - 1}"
    commit_import(preview, tmp_path / "home")
    assert len(passes) == 1


def test_a_pandas_without_the_private_fast_path_imports_the_same(tmp_path, monkeypatch):
    """The distinct texts' dtype is made through a private pandas name where it exists; a pandas
    without it (or with another signature) gets the checked constructor and the same rows."""
    from backan_desktop.core.storage.datasets import commit_import

    path = tmp_path / "notes.csv"
    path.write_text("indicator,period,value,note\nA,2020,1.5,first\nA,2021,2.5,second\nB,2020,3,first\n",
                    encoding="utf-8")
    before = preview_table(path, ImportOptions(dataset_id="notes")).rows
    monkeypatch.delattr(pd.CategoricalDtype, "_from_fastpath")
    preview = preview_table(path, ImportOptions(dataset_id="notes"))
    assert preview.problems == []
    pd.testing.assert_frame_equal(preview.rows, before)
    assert list(preview.rows["note"]) == ["first", "second", "first"]
    commit_import(preview, tmp_path / "home")


@pytest.mark.parametrize("name", ["figures.csv", "figures.xlsx"])
def test_the_import_command_loads_nothing_of_the_display_or_the_sheets(tmp_path, name):
    """`backan-desktop import` reads, checks and stores a table: it loads no Qt, no charting, no
    sheet or kiosk code, whose start-up cost a user would pay on every import."""
    import pandas as pd

    path = tmp_path / name
    frame = pd.DataFrame({"chỉ tiêu": ["Lúa"] * 3, "năm": [2020, 2021, 2022], "giá trị": ["1,5", "2,25", "3"]})
    frame.to_csv(path, index=False) if name.endswith(".csv") else frame.to_excel(path, index=False)
    code = ("import sys\nfrom backan_desktop.cli import main\n"
            f"code = main(['import', {str(path)!r}, '--data-home', {str(tmp_path / 'home')!r}])\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')\n"
            "               or m.startswith(('backan_desktop.qt', 'backan_desktop.ui', 'backan_desktop.core.sheets')))\n"
            "print('loaded:', heavy); sys.exit(code or (3 if heavy else 0))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "loaded: []" in r.stdout, r.stdout + r.stderr
