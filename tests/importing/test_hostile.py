"""Bad and hostile input: a clear message naming the file (and row/column where there is one),
never a traceback or hang, and the library unchanged."""
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from backan_desktop.core.readers import csv as readers
from backan_desktop.core.importing import ImportOptions, preview_table
from backan_desktop.core.strings import nfc
from badfiles import zip_bytes


def snapshot(folder: Path) -> dict:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def cli_import(path, home, *extra):
    return subprocess.run([sys.executable, "-m", "backan_desktop", "import", str(path), "--data-home", str(home), *extra],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def home_with_dataset(tmp_path):
    home = tmp_path / "home"
    good = tmp_path / "good.csv"
    good.write_text("year,value,indicator\n2020,1,a\n2021,2,a\n", encoding="utf-8")
    r = cli_import(good, home, "--id", "keep")
    assert r.returncode == 0, r.stderr
    return home


CASES = {
    "malformed.csv": (b'year,value,indicator\n2020,"1,5,a\n2021,2,a\n', "malformed CSV"),
    "garbage.csv": (bytes(range(256)) * 64, "not a text table"),
    "empty.csv": (b"", "empty"),
    "old.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".xls"),
    "fake.xlsx": (b"PK\x03\x04this is not a zip", "not a valid zip"),
    "bad-number.csv": ("năm,giá trị,chỉ tiêu\n2020,12.829,A\n2021,abc,A\n".encode(), "'abc' is not a number"),
    "bad-period.csv": ("năm,giá trị,chỉ tiêu\n2020,1,A\nlast year,2,A\n".encode(), "not a year or period"),
    "duplicate.csv": ("năm,giá trị,chỉ tiêu\n2020,1,A\n2020,2,A\n".encode(), "different values on rows 2, 3"),
    "infinite.csv": ("năm,giá trị,chỉ tiêu\n2020,1e999,A\n".encode(), "infinite values are not allowed"),
    "mixed.csv": ("năm,giá trị,chỉ tiêu\n2020,1,A\n2021,TRUE,A\n2022,2020-01-01,A\n".encode(), "not a number"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_files_are_refused_with_a_clear_message_and_nothing_changes(tmp_path, home_with_dataset, name):
    data, words = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    before = snapshot(home_with_dataset)
    r = cli_import(path, home_with_dataset)
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout + r.stderr
    assert "Traceback" not in out
    assert name in out and words in out, out
    assert snapshot(home_with_dataset) == before


def test_problem_lines_name_row_and_column(tmp_path, home_with_dataset):
    path = tmp_path / "rows.csv"
    path.write_text("năm,giá trị,chỉ tiêu\n2020,1,A\n2021,abc,A\n", encoding="utf-8")
    r = cli_import(path, home_with_dataset)
    assert "rows.csv:3:2: value: 'abc' is not a number" in r.stdout


def test_xlsx_zip_bomb_is_refused_before_parsing(tmp_path, home_with_dataset):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(zip_bytes({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>",
                                 "xl/worksheets/sheet1.xml": b"\0" * (60 * 1024 * 1024)}))
    r = cli_import(path, home_with_dataset)
    assert r.returncode == 1 and "zip bomb" in r.stdout


def test_xlsx_entity_expansion_is_refused(tmp_path):
    from openpyxl import Workbook
    good = tmp_path / "ok.xlsx"
    wb = Workbook()
    wb.active.append(["year", "value"])
    wb.save(good)
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
              '<c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')
    evil = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = laughs.encode()
            dst.writestr(item, data)
    p = preview_table(evil, ImportOptions())
    assert [str(x) for x in p.problems] == [
        "laughs.xlsx: cannot read the workbook: it declares XML entities, which are refused (a possible "
        "entity-expansion bomb)"]


def test_xlsx_parts_nested_thousands_deep_read_without_recursion(tmp_path):
    """openpyxl parses the parts of a workbook with an iterative XML parser: 300,000 nested
    elements in the sheet, in a cell's inline string or in the workbook part change nothing."""
    from openpyxl import Workbook
    good = tmp_path / "ok.xlsx"
    wb = Workbook()
    for row in (["năm", "giá trị", "chỉ tiêu"], [2020, "12,5", "Lúa"], [2021, 13, "Lúa"]):
        wb.active.append(row)
    wb.save(good)
    deep = "<x>" * 300_000 + "</x>" * 300_000
    edits = {"xl/worksheets/sheet1.xml": lambda t: t.replace("<sheetData>", "<sheetData>" + deep)
                                                   .replace("<is><t>Lúa</t>", "<is>" + deep + "<t>Lúa</t>", 1),
             "xl/workbook.xml": lambda t: t.replace("<sheets>", deep + "<sheets>")}
    evil = tmp_path / "deep.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename).decode()
            dst.writestr(item.filename, edits.get(item.filename, lambda t: t)(data))
    p = preview_table(evil, ImportOptions())
    assert p.problems == [] and p.rows["value"].tolist() == [12.5, 13.0]


def deep_descriptor(levels: int) -> str:
    """A descriptor as a broken exporter writes it: a custom property that wraps itself in a list
    at every level, thousands deep, beside a sound resource."""
    return ('{"name": "grdp", "x-history": ' + "[" * levels + '"v1"' + "]" * levels + ', "resources": '
            '[{"name": "t", "path": "t.csv", "schema": {"fields": [{"name": "year"}, {"name": "value"}]}}]}')


@pytest.mark.parametrize("how", ["validate folder", "import folder", "import zip"])
def test_a_descriptor_nested_thousands_deep_is_one_clear_line(tmp_path, home_with_dataset, how):
    folder = tmp_path / "grdp"
    folder.mkdir()
    (folder / "datapackage.json").write_text(deep_descriptor(5000), encoding="utf-8")
    (folder / "t.csv").write_text("year,value\n2020,12829\n", encoding="utf-8")
    before = snapshot(home_with_dataset)
    if how == "validate folder":
        r = subprocess.run([sys.executable, "-m", "backan_desktop", "validate", str(folder)],
                           capture_output=True, text=True, timeout=120)
        where = f"{folder / 'datapackage.json'}: "
    elif how == "import folder":
        r = cli_import(folder, home_with_dataset)
        where = "datapackage.json: "
    else:
        path = tmp_path / "grdp.zip"
        path.write_bytes(zip_bytes({"grdp/datapackage.json": deep_descriptor(5000),
                                     "grdp/t.csv": "year,value\n2020,12829\n"}))
        r = cli_import(path, home_with_dataset)
        where = "datapackage.json: "
    assert r.returncode == 1
    assert "Traceback" not in r.stdout + r.stderr and "RecursionError" not in r.stdout + r.stderr
    assert r.stdout.splitlines()[0] == where + "the descriptor is nested 5,001 levels deep; more than 64 levels are refused"
    assert snapshot(home_with_dataset) == before


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(alphabet='[]{}",\\ab'),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(alphabet='[]{}"ab'), inner, max_size=3),
                    max_leaves=30))
def test_descriptor_depth_is_counted_without_parsing(value):
    """json_depth counts what the parser would nest, brackets inside strings aside."""
    from backan_desktop.core.datapackage import json_depth

    def depth(v):
        if isinstance(v, list):
            return 1 + max(map(depth, v), default=0)
        if isinstance(v, dict):
            return 1 + max(map(depth, v.values()), default=0)
        return 0

    assert json_depth(json.dumps(value)) == depth(value)
    assert json_depth(json.dumps(value, ensure_ascii=False, indent=2)) == depth(value)


def test_huge_files_are_refused_by_size(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_CSV_BYTES", 1000)
    path = tmp_path / "huge.csv"
    path.write_text("year,value\n" + "2020,1\n" * 500)
    p = preview_table(path, ImportOptions())
    assert p.problems and "files over" in p.problems[0].message and p.problems[0].file == "huge.csv"


@pytest.mark.parametrize("entries,words", [
    ({"../evil.csv": "x", "datapackage.json": "{}"}, "outside the package"),
    ({"/abs.csv": "x", "datapackage.json": "{}"}, "outside the package"),
])
def test_zipped_packages_cannot_escape(tmp_path, home_with_dataset, entries, words):
    path = tmp_path / "pkg.zip"
    path.write_bytes(zip_bytes(entries))
    before = snapshot(home_with_dataset)
    r = cli_import(path, home_with_dataset)
    assert r.returncode == 1 and words in r.stdout
    assert snapshot(home_with_dataset) == before
    assert not (tmp_path / "evil.csv").exists()


@pytest.mark.parametrize("res_path,words", [("/etc/passwd", "absolute"), ("../x.csv", "contains '..'"),
                                            ("https://example.org/x.csv", "URL")])
def test_package_resources_outside_or_remote_are_refused(tmp_path, home_with_dataset, res_path, words):
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "datapackage.json").write_text(json.dumps({"name": "evil", "resources": [
        {"name": "t", "path": res_path, "schema": {"fields": [{"name": "a"}]}}]}))
    r = cli_import(folder, home_with_dataset)
    assert r.returncode == 1 and words in r.stdout


def test_valid_zipped_package_imports_and_can_be_removed(tmp_path, home_with_dataset):
    desc = {"name": "ocop", "title": "OCOP", "resources": [{"name": "p", "path": "p.csv", "schema": {"fields": [
        {"name": "name"}, {"name": "stars", "type": "integer"}]}}]}
    path = tmp_path / "ocop.zip"
    path.write_bytes(zip_bytes({"ocop/datapackage.json": json.dumps(desc), "ocop/p.csv": "name,stars\nMiến dong,5\n"}))
    r = cli_import(path, home_with_dataset)
    assert r.returncode == 0, r.stdout + r.stderr
    lst = subprocess.run([sys.executable, "-m", "backan_desktop", "list", "--data-home", str(home_with_dataset)],
                         capture_output=True, text=True)
    assert "dataset:ocop" in lst.stdout and "dataset:keep" in lst.stdout
    rm = subprocess.run([sys.executable, "-m", "backan_desktop", "remove", "ocop", "--data-home", str(home_with_dataset)],
                        capture_output=True, text=True)
    assert rm.returncode == 0
    assert not (home_with_dataset / "datasets" / "ocop").exists()


def test_usage_errors_exit_2(tmp_path):
    r = cli_import(tmp_path / "missing.csv", tmp_path)
    assert r.returncode == 2 and "no such file" in r.stderr
    path = tmp_path / "a.csv"
    path.write_text("year,value\n2020,1\n")
    r = cli_import(path, tmp_path, "--id", "Bad Id!")
    assert r.returncode == 2 and "not a valid id" in r.stderr
    r = cli_import(path, tmp_path, "--id", "observations")
    assert r.returncode == 2 and "bundled" in r.stderr


def test_the_original_file_is_never_modified(tmp_path):
    path = tmp_path / "orig.csv"
    path.write_text("year,value,indicator\n2020,1,a\n", encoding="utf-8")
    before = path.read_bytes(), os.stat(path).st_mtime_ns
    assert cli_import(path, tmp_path / "home").returncode == 0
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".txt", ".xlsx"]))
def test_any_bytes_give_a_result_or_a_clean_problem(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    p = preview_table(path, ImportOptions())
    assert p.problems or p.rows is not None
    for prob in p.problems:
        assert prob.file == path.name and prob.message


# names: any printable text without line breaks or surrounding spaces (the reader trims cells)
_names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=12)
_amounts = st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.integers(1900, 2100), _amounts, _names), min_size=1, max_size=30,
                     unique_by=lambda r: (r[0], nfc(r[2]))))
def test_csv_text_fuzz_reads_back_what_was_written(tmp_path, rows):
    """A well-formed CSV (any names, quoted as the csv module does) reads back row for row."""
    import csv
    path = tmp_path / "fuzz.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["năm", "giá trị", "chỉ tiêu"])
        for year, value, name in rows:
            w.writerow([year, f"{value:.2f}", name])
    p = preview_table(path, ImportOptions())
    assert p.problems == []
    got = list(zip(p.rows["period"], p.rows["value"], p.rows["indicator"], p.rows["file_row"]))
    assert got == [(str(y), float(v), nfc(n), i) for i, (y, v, n) in enumerate(rows, start=2)]


def test_a_descriptor_with_a_five_thousand_digit_number_is_one_clear_line(tmp_path):
    folder = tmp_path / "big-int"
    folder.mkdir()
    (folder / "datapackage.json").write_text('{"name": "x", "count": ' + "1" * 5000 + "}", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "backan_desktop", "validate", str(folder)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stdout.strip() == f"{folder / 'datapackage.json'}: invalid JSON: a number with more than 4,300 digits"


@pytest.mark.parametrize("name", ["figures.csv", "figures.xlsx"])
def test_a_file_that_cannot_be_read_is_a_problem_not_a_traceback(tmp_path, monkeypatch, name):
    """A spreadsheet open in Excel on Windows (locked), without read permission, or on a stick pulled
    out mid-way: the preview names the file and the reason, for the window and the CLI alike."""
    import pathlib

    path = tmp_path / name
    path.write_bytes(b"indicator,period,value\nA,2020,1\n")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))
    monkeypatch.setattr(pathlib.Path, "read_bytes", refuse)
    monkeypatch.setattr(pathlib.Path, "open", refuse)
    preview = preview_table(path, ImportOptions())
    assert preview.rows is None
    assert [str(p) for p in preview.problems] == [f"{name}: cannot read: Permission denied"]
