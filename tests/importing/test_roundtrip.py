"""Template → filled → import → the new figures appear in sheets; table export is formula-safe."""
import csv
import subprocess
import sys

import pytest
from pdftext import pdf_text


def run(*args):
    return subprocess.run([sys.executable, "-m", "backan_desktop", *args], capture_output=True, text=True, timeout=240)


def test_update_template_round_trip(tmp_path, library):
    import openpyxl
    from backan_desktop.core.template import write_update_template

    template = tmp_path / "template.xlsx"
    n = write_update_template(library, template)
    assert n > 50
    wb = openpyxl.load_workbook(template)
    ws = wb.active
    filled = 0
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "trade_turnover":
            row[5].value = "41,5"
            row[8].value = "Sở Công Thương, báo cáo năm"
            filled += 1
        if row[0].value == "cooperatives":
            row[5].value = 402
            filled += 1
    assert filled == 2
    wb.save(tmp_path / "filled.xlsx")
    home = tmp_path / "home"
    r = run("import", str(tmp_path / "filled.xlsx"), "--id", "update-2026", "--data-home", str(home))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "2 rows" in r.stdout
    out = tmp_path / "ds.pdf"
    r = run("export", "--sheet", "dataset:update-2026", "--lang", "vi", "-o", str(out), "--data-home", str(home))
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "41,5" in text and "402" in text
    # the figures join the section as a new vintage with the imported file as source
    out2 = tmp_path / "trade.pdf"
    r = run("export", "--sheet", "trade", "--lang", "en", "-o", str(out2), "--data-home", str(home))
    assert r.returncode == 0, r.stderr
    text = pdf_text(out2)
    assert "USD 41.5 million" in text and "Imported file: filled.xlsx" in text


def test_reimport_shows_changes(tmp_path):
    home = tmp_path / "home"
    a = tmp_path / "a.csv"
    a.write_text("năm,giá trị,chỉ tiêu\n2020,1,A\n2021,2,A\n", encoding="utf-8")
    assert run("import", str(a), "--id", "x", "--data-home", str(home)).returncode == 0
    a.write_text("năm,giá trị,chỉ tiêu\n2020,1,A\n2021,3,A\n2022,4,B\n", encoding="utf-8")
    r = run("import", str(a), "--id", "x", "--data-home", str(home), "--dry-run")
    assert r.returncode == 0
    assert "1 new series" in r.stdout and "changed: A ·  · 2021: 2 → 3" in r.stdout and "dry run" in r.stdout
    assert (home / "datasets" / "x" / "data.csv").read_text().count("\n") == 3     # unchanged by the dry run


def test_table_export_is_formula_safe(tmp_path):
    """The window's Export table… (CSV and XLSX): a cell that a spreadsheet would run as a formula
    is written as text; numbers stay numbers, negative ones too."""
    import pandas as pd
    import openpyxl
    from backan_desktop.core.downloads import write_table

    frame = pd.DataFrame({"name": ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tTab", "Bắc Kạn"],
                          "value": [1.5, -2.0, 3.0, 4.0, 5.0, 6.0]})
    about = [["=cmd|' /C calc'!A0"]]
    csv_path = tmp_path / "t.csv"
    write_table(csv_path, about, list(frame.columns), frame.itertuples(index=False), "en")
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
    assert [r[0] for r in rows[1:]] == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tTab", "Bắc Kạn"]
    assert rows[2][1] == "-2.0"                  # numbers untouched, even negative ones
    xlsx = tmp_path / "t.xlsx"
    write_table(xlsx, about, list(frame.columns), frame.itertuples(index=False), "en", sheet="Data")
    book = openpyxl.load_workbook(xlsx)
    ws = book["Data"]
    assert ws["A2"].value.startswith("'=") and ws["B3"].value == -2.0 and ws["A7"].value == "Bắc Kạn"
    assert book.worksheets[0]["A1"].value.startswith("'=")      # the About sheet too


@pytest.mark.parametrize("odd", ["", 'a "quoted" word', "C:\\path", "two\nlines", "tab\there", "no\u00a0break",
                                 "line\u2028sep", "ghi chú"])
def test_a_long_list_of_distinct_texts_is_stored_as_json_writes_it(tmp_path, odd):
    """The columnar copy joins a long list of texts itself (fast) only when that gives what the
    JSON encoder writes: a quote, a backslash or a control character anywhere sends it to the encoder."""
    import json

    from backan_desktop.core.storage.columnar import _save_json

    texts = [f"ghi chú dòng {k}" for k in range(2000)] + [odd]
    _save_json(tmp_path, "v.json", texts)
    assert (tmp_path / "v.json").read_text(encoding="utf-8") == json.dumps(texts, ensure_ascii=False)
