"""Bad files of every kind staff meet, written on disk: for tests of what the app says about them.

``write_bad_inputs(folder)`` returns ``{name: (path, words)}`` — the file or data package folder
to import, and words of the English problem it must give (as the CLI prints it).
"""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from pkgfactory import make_package


def zip_bytes(entries: dict) -> bytes:
    """A zip archive of ``entries`` (name → text or bytes), in memory."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def _entity_xlsx(path: Path) -> None:
    """A workbook whose sheet declares XML entities (a 'billion laughs' bomb)."""
    from openpyxl import Workbook

    good = path.with_name("_good.xlsx")
    wb = Workbook()
    wb.active.append(["year", "value"])
    wb.save(good)
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
              '<c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, laughs.encode() if item.filename == "xl/worksheets/sheet1.xml" else data)
    good.unlink()


def _package(folder: Path, **kw) -> Path:
    return make_package(folder, **kw)


def _rewrite_descriptor(folder: Path, change) -> Path:
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    change(desc)
    (folder / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    return folder


def write_bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, tuple[Path, str]] = {}

    def table(name: str, data: bytes | str, words: str) -> None:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        out[name] = (path, words)

    # spreadsheets
    table("bad-number.csv", "năm,giá trị,chỉ tiêu\n2020,1,A\n2021,abc,A\n", "value: 'abc' is not a number")
    table("misplaced-thousands.csv", "năm,giá trị,chỉ tiêu\n2020,\"1.234,5\",A\n2021,\"12.34.5\",A\n",
          "has misplaced thousands separators")
    table("bad-period.csv", "năm,giá trị,chỉ tiêu\n2020,1,A\nlast year,2,A\n", "period: 'last year' is not a year or period")
    table("bad-status.csv", "năm,giá trị,chỉ tiêu,tình trạng\n2020,1,A,chính thức\n2021,2,A,maybe\n",
          "status: 'maybe' is not one of official, preliminary, estimate, target, unverified, not stated")
    table("repeated.csv", "năm,giá trị,chỉ tiêu\n2020,1,A\n2020,2,A\n",
          "the same figure appears with different values on rows 2, 3")
    table("infinite.csv", "năm,giá trị,chỉ tiêu\n2020,1e999,A\n", "infinite values are not allowed")
    table("bad-encoding.csv", b"\xef\xbb\xbfn\xc4\x83m,gi\xc3\xa1 tr\xe1\xbb\x8b\n2020,1\n2021,\xff\xfe\n",
          "not valid utf-8-sig text at byte")
    table("empty.csv", b"", "the file is empty")
    table("garbage.csv", bytes(range(256)) * 64, "not a text table")
    table("too-wide.csv", ",".join(f"c{i}" for i in range(1001)) + "\n" + ",".join("1" for _ in range(1001)) + "\n",
          "more than 1000 columns")
    table("malformed.csv", 'year,value,indicator\n2020,"1,5,a\n2021,2,a\n', "malformed CSV")
    table("no-period.csv", "tên,số\nA,1\nB,2\n", "cannot tell which column holds the periods")
    table("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Excel 97–2003 files (.xls)")
    table("fake.xlsx", b"PK\x03\x04this is not a zip", "not a valid zip/XLSX file (File is not a zip file)")
    table("no-workbook.xlsx", zip_bytes({"hello.txt": "hi"}), "no xl/workbook.xml inside")
    _entity_xlsx(folder / "laughs.xlsx")
    out["laughs.xlsx"] = (folder / "laughs.xlsx", "it declares XML entities")

    # data packages (a folder, or a zip)
    deep = _package(folder / "deep-package")
    (deep / "datapackage.json").write_text(
        '{"name": "grdp", "x-history": ' + "[" * 100 + '"v1"' + "]" * 100 + ', "resources": '
        '[{"name": "t", "path": "t.csv", "schema": {"fields": [{"name": "year"}]}}]}', encoding="utf-8")
    out["deep-package"] = (deep, "the descriptor is nested 101 levels deep; more than 64 levels are refused")
    broken = _package(folder / "broken-json")
    (broken / "datapackage.json").write_text('{\n  "name": "x",\n  "resources": [,]\n}', encoding="utf-8")
    out["broken-json"] = (broken, "invalid JSON: unexpected ',' here")
    schema = _rewrite_descriptor(_package(folder / "bad-schema"),
                                 lambda d: d["resources"][0]["schema"]["fields"][1].update(type="complex"))
    out["bad-schema"] = (schema, "resources.0.schema.fields.1.type: Input should be 'string'")
    cells = _package(folder / "bad-cells", rows="a,2020,abc,maybe,s1\n,2021,2,official,nope\na,20x1,3,official,s1\n")
    out["bad-cells"] = (cells, "value: 'abc' is not a number (use '.' for decimals")
    outside = _package(folder / "outside-path", path="../outside.csv")
    out["outside-path"] = (outside, "contains '..'; it must stay inside the package folder")
    escape = folder / "escape.zip"
    escape.write_bytes(zip_bytes({"datapackage.json": "{}", "../../evil.txt": "x"}))
    out["escape.zip"] = (escape, "points outside the package; refused")
    return out
