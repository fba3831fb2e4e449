"""XLSX read by python-calamine, with openpyxl behind it, and the checks that run before either:
a workbook that would make a reader reserve memory it never fills is refused with one clear line,
in a child process (calamine ends the process when an allocation fails, so a missing check shows
as a crash, not as a failed assertion)."""
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from backan_desktop.core.importing import ImportOptions, preview_table
from backan_desktop.core.readers import read_xlsx_grid


def workbook(path: Path, rows, edits=None) -> Path:
    """An XLSX of ``rows`` written by openpyxl, its parts then rewritten by ``edits`` (name → function
    of the text), or added when the name is new."""
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    plain = path.with_name("_plain.xlsx")
    wb.save(plain)
    edits = dict(edits or {})
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            text = src.read(item.filename).decode()
            dst.writestr(item.filename, edits.pop(item.filename, lambda t: t)(text))
        for name, edit in edits.items():
            dst.writestr(name, edit(""))
    plain.unlink()
    return path


def cli(*args):
    return subprocess.run([sys.executable, "-m", "backan_desktop", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


FAR_CELL = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'


@pytest.mark.parametrize("edit, words", [
    # one cell far away: the rectangle from A1 to it is 17 billion cells
    (lambda t: t.replace("</sheetData>", FAR_CELL), "cells reach row 1,048,576 and column 16,384"),
    # the same written with single quotes and spaces around '=' (XML allows both)
    (lambda t: t.replace("</sheetData>", FAR_CELL.replace('r="XFD1048576"', "r = 'XFD1048576'")),
     "cells reach row 1,048,576 and column 16,384"),
    # a cell inside an ordinary row that names a far row and column
    (lambda t: t.replace('r="B2"', 'r="ALL900000"'), "cells reach row 900,000 and column 1,000"),
])
def test_cells_spanning_a_huge_area_are_refused_before_reading(tmp_path, edit, words):
    path = workbook(tmp_path / "far.xlsx", [["year", "value"], [2020, 1.5]], {"xl/worksheets/sheet1.xml": edit})
    r = cli("validate", path)
    assert r.returncode == 1, (r.returncode, r.stderr[-500:])
    assert words in r.stdout and "are refused" in r.stdout


def test_a_shared_string_count_its_part_cannot_hold_is_refused(tmp_path):
    sst = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4000000000" '
           'uniqueCount="4000000000"><si><t>Lúa</t></si></sst>')
    rel = ('<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    path = workbook(tmp_path / "sst.xlsx", [["year", "value", "name"], [2020, 1.5, "x"]], {
        "xl/sharedStrings.xml": lambda _t: sst,
        "xl/_rels/workbook.xml.rels": lambda t: t.replace("</Relationships>", rel),
        "xl/worksheets/sheet1.xml": lambda t: re.sub(r'<c r="C2" t="inlineStr"><is><t>x</t></is></c>',
                                                     '<c r="C2" t="s"><v>0</v></c>', t)})
    r = cli("validate", path)
    assert r.returncode == 1, (r.returncode, r.stderr[-500:])
    assert "claims 4,000,000,000 entries" in r.stdout


def test_an_ordinary_workbook_is_read_by_calamine(tmp_path, monkeypatch):
    """openpyxl is not needed to read a sound workbook (it is ten times slower)."""
    import openpyxl

    path = workbook(tmp_path / "t.xlsx", [["năm", "giá trị", "chỉ tiêu"], [2020, 12.5, "Lúa"], [2021, 13, "Lúa"]])

    def refuse(*_a, **_k):
        raise AssertionError("openpyxl was asked to read the workbook")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    p = preview_table(path, ImportOptions())
    assert p.problems == [] and p.rows["value"].tolist() == [12.5, 13.0]
    assert p.rows["period"].tolist() == ["2020", "2021"]


def test_cells_keep_their_file_rows_and_columns(tmp_path):
    """A table that starts at C3: the grid still starts at A1, empty cells are None, text is NFC."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws["C3"], ws["D3"] = "year", "value"
    ws["C4"], ws["D4"] = 2020, 1.5
    ws["C5"], ws["D5"] = "Bă\u0301c Ka\u0323n", ""
    wb.create_sheet("Biểu 2")["A1"] = "x"
    wb.save(tmp_path / "c3.xlsx")
    problems = []
    grid = read_xlsx_grid(tmp_path / "c3.xlsx", problems)
    assert problems == [] and grid.sheet == "Sheet"
    assert grid.rows[:2] == [[None] * 4, [None] * 4]
    assert grid.rows[2] == [None, None, "year", "value"] and grid.rows[3][2:] == [2020, 1.5]
    assert grid.rows[4][2] == "Bắc Kạn" and grid.rows[4][3] is None
    assert read_xlsx_grid(tmp_path / "c3.xlsx", problems, sheet="2").rows == [["x"]]
    assert read_xlsx_grid(tmp_path / "c3.xlsx", problems, sheet="Biểu 2").sheet == "Biểu 2"
    assert read_xlsx_grid(tmp_path / "c3.xlsx", problems, sheet="nope") is None
    assert [str(p) for p in problems] == ["c3.xlsx: no sheet named 'nope' (sheets: Sheet, Biểu 2)"]
