"""The CLI contract: list, export (A4 PDFs whose text has the figures), validate (exit codes)."""
import csv
import json
import os
import re
import subprocess
import sys

import pytest
from pdftext import page_texts, pdf_text, squeeze
from pypdf import PdfReader

from pkgfactory import BUNDLED


def run(*args, env=None, cwd=None, timeout=240):
    return subprocess.run([sys.executable, "-m", "backan_desktop", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=cwd)


def test_list_names_sheets_and_datasets(data_home):
    r = run("list", "--data-home", str(data_home))
    assert r.returncode == 0, r.stderr
    for sid in ("overview", "economy", "agriculture", "trade-promotion", "trade", "investment", "dataset:observations"):
        assert sid in r.stdout


def test_export_all_writes_one_readable_a4_pdf_per_sheet(tmp_path, data_home):
    out = tmp_path / "out"
    r = run("export", "--all", "--lang", "vi", "--output-dir", str(out), "--data-home", str(data_home))
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{s}_vi.pdf" for s in ("overview", "economy", "agriculture", "trade-promotion", "trade", "investment")]
                           + ["booklet_vi.pdf"])
    reader = PdfReader(out / "overview_vi.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = pdf_text(out / "overview_vi.pdf")
    for figure in ("12.829 tỷ đồng", "5,3 %/năm", "234 HTX", "29 hội chợ", "Thái Nguyên", "Nguồn số liệu"):
        assert figure in text, figure
    trade = pdf_text(out / "trade_vi.pdf")
    assert "1,025 triệu USD" in trade and "12,56 triệu USD" in trade


def test_export_english_single_file_and_dataset_sheet(tmp_path, data_home):
    out = tmp_path / "sheet.pdf"
    r = run("export", "--sheet", "economy", "dataset:projects", "--lang", "en", "-o", str(out), "--data-home", str(data_home))
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "VND 12,829 billion" in text and "Lechenwood" in text
    assert "merged into Thái Nguyên" in text


def test_export_long_dataset_contains_the_last_row(tmp_path, data_home, library):
    """By default a dataset sheet is the first rows that fit on two pages, saying so; its appendix
    is the whole listing."""
    short = tmp_path / "obs-short.pdf"
    r = run("export", "--sheet", "dataset:observations", "--lang", "en", "-o", str(short), "--data-home", str(data_home))
    assert r.returncode == 0, r.stderr
    assert len(PdfReader(short).pages) == 2
    rows = library.datasets["observations"].row_count           # grows with the data: not a constant
    assert re.search(rf"The table has {rows:,} rows; this sheet lists the first \d+\. The whole table: this sheet's appendix",
                     pdf_text(short))
    out = tmp_path / "obs.pdf"
    r = run("export", "--sheet", "dataset:observations", "--appendix", "--lang", "en", "-o", str(out),
            "--data-home", str(data_home))
    assert r.returncode == 0, r.stderr
    reader = PdfReader(out)
    assert len(reader.pages) > 3
    last_indicator = library.datasets["observations"].table.columns["quote"][-1] or ""
    text = pdf_text(out)
    assert "(continued)" in text
    assert re.sub(r"\s+", " ", last_indicator)[:25] in text


def test_export_errors_are_clear(tmp_path, data_home):
    r = run("export", "--sheet", "nope", "-o", str(tmp_path / "x.pdf"), "--data-home", str(data_home))
    assert r.returncode == 2 and "unknown sheet id" in r.stderr and "Traceback" not in r.stderr
    blocked = tmp_path / "ro"
    blocked.mkdir()
    r = run("export", "--sheet", "trade", "-o", str(blocked / "missing" / "x.pdf"), "--data-home", str(data_home))
    assert r.returncode == 1 and "does not exist" in r.stderr and "Traceback" not in r.stderr


def test_usage_errors_exit_2():
    assert run("export").returncode == 2
    assert run("validate").returncode == 2


def test_validate_bundled_package_is_valid():
    r = run("validate", str(BUNDLED))
    assert r.returncode == 0, r.stdout + r.stderr
    resources = json.loads((BUNDLED / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    rows = 0
    for res in resources:
        with open(BUNDLED / res["path"], encoding="utf-8", newline="") as f:
            rows += sum(1 for _ in csv.reader(f)) - 1
    assert r.stdout == f"{BUNDLED}: valid ({len(resources)} resources, {rows} rows)\n"


def test_validate_broken_package_exits_1_with_file_row_col(tmp_path):
    from pkgfactory import make_package
    folder = make_package(tmp_path / "broken", rows="a,2020,12.829,official,s1\nb,20x1,1,official,s1\n")
    r = run("validate", str(folder))
    assert r.returncode == 1
    lines = r.stdout.strip().splitlines()
    assert lines == [f"{folder / 'data.csv'}:3:2: year: '20x1' is not an integer"]
    assert "Traceback" not in r.stderr


def test_validate_refuses_paths_outside_the_package(tmp_path):
    from pkgfactory import make_package
    folder = make_package(tmp_path / "evil", path="../../etc/passwd")
    r = run("validate", str(folder))
    assert r.returncode == 1 and "contains '..'" in r.stdout


@pytest.mark.parametrize("lang,expect,absent", [
    ("vi", ["12.829 tỷ đồng", "5,3 %/năm", "Nguồn số liệu"], ["VND 12,829 billion"]),
    ("en", ["VND 12,829 billion", "5.3% per year", "Sources"], ["12.829 tỷ đồng"]),
    ("bilingual", ["12.829 tỷ đồng", "VND 12,829 billion", "5,3 %/năm", "5.3% per year", "Tổng quan", "Overview"], []),
])
def test_export_languages(tmp_path, data_home, lang, expect, absent):
    out = tmp_path / "out"
    r = run("export", "--sheet", "overview", "--lang", lang, "--output-dir", str(out), "--data-home", str(data_home))
    assert r.returncode == 0, r.stderr
    text = pdf_text(out / f"overview_{lang}.pdf")
    for s in expect:
        assert s in text, s
    for s in absent:
        assert s not in text, s
    if lang == "bilingual":
        xmp = PdfReader(out / "overview_bilingual.pdf").xmp_metadata
        assert set(xmp.dc_language) == {"vi", "en"}


def test_import_says_how_each_column_s_numbers_were_read_and_how_to_flip_one(tmp_path):
    """A country-year panel with three-decimal values imports without --decimal; a column whose
    values fit both readings is named with the option that reads it the other way."""
    from tablefactory import write_panel

    panel = tmp_path / "panel.csv"
    write_panel(panel)
    home = tmp_path / "home"
    r = run("import", str(panel), "--area-col", "country", "--period-col", "year", "--data-home", str(home))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.splitlines()[:2] == [
        "Numbers in lifeExp, gdpPercap: decimal point — only that reading fits every value (e.g. '33.07')",
        "Numbers in pop: no decimal or thousands marks (both readings give the same numbers)"]
    assert "288 rows; 3 new series" in r.stdout

    areas = tmp_path / "dien-tich.csv"
    areas.write_text("Huyện,Năm,Diện tích đất\nChợ Đồn,2020,1.234\nBa Bể,2020,12.829\n", encoding="utf-8")
    r = run("import", str(areas), "--shape", "wide", "--dry-run", "--data-home", str(home))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[:2] == [
        "Numbers in Diện tích đất: decimal comma, '1.234' read as 1234 — every value fits both readings; "
        "the headings are in Vietnamese",
        "  to read Diện tích đất with a decimal point instead: --decimal 'Diện tích đất=.'"]
    r = run("import", str(areas), "--shape", "wide", "--dry-run", "--decimal", "Diện tích đất=.", "--data-home", str(home))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "Numbers in Diện tích đất: decimal point, '1.234' read as 1.234 — as you chose"
    r = run("import", str(areas), "--decimal", "Diện tích=.", "--data-home", str(home))
    assert r.returncode == 1
    assert "decimal mark given for a column that is not there: 'Diện tích'" in r.stdout
    r = run("import", str(areas), "--decimal", ";", "--data-home", str(home))
    assert r.returncode == 2 and "give ',' or '.'" in r.stderr


def test_export_all_with_appendix_puts_it_after_each_sheet_and_once_at_the_end_of_the_booklet(tmp_path, data_home):
    out = tmp_path / "out"
    r = run("export", "--all", "--appendix", "--lang", "en", "--paper", "A5", "--output-dir", str(out),
            "--data-home", str(data_home))
    assert r.returncode == 0, r.stderr
    economy = [squeeze(p) for p in page_texts(out / "economy_en.pdf")]
    assert len(economy) > 2 and "Economy — Appendix" in " ".join(economy) and "All figures" in " ".join(economy)
    pages = [squeeze(p) for p in page_texts(out / "booklet_en.pdf")]
    title = "Appendix: all figures and vintages"
    assert title in pages[0]                                          # listed in the contents
    where = [i for i, text in enumerate(pages) if i and title in text]
    assert where and where == list(range(where[0], len(pages)))       # one block, at the end
    assert not any("— Appendix" in text for text in pages)            # no per-sheet appendix in the booklet
    body = " ".join(pages[where[0]:])
    for section in ("Overview", "Economy", "Agriculture & cooperatives", "Trade promotion", "Import–export", "Investment"):
        assert f"{section}: All figures" in body, section
    assert body.count("Economy: All figures (continued)") >= 1 and body.count("Economy: All figures ") >= 1
    # without --appendix the booklet is the fronts only
    plain = tmp_path / "plain"
    r = run("export", "--all", "--lang", "en", "--output-dir", str(plain), "--data-home", str(data_home))
    assert r.returncode == 0, r.stderr
    assert title not in pdf_text(plain / "booklet_en.pdf")
    assert len(PdfReader(plain / "booklet_en.pdf").pages) <= 1 + 2 * 6


# --- repeated options (issue: a second --sheet silently replaced the first) -------------------------
def test_repeated_sheet_options_add_up(tmp_path):
    out = tmp_path / "two.pdf"
    r = run("export", "--sheet", "trade-promotion", "--sheet", "investment", "-o", str(out), "--lang", "en")
    assert r.returncode == 0, r.stderr
    text = pdf_text(str(out))
    assert "Trade promotion" in text and "Investment" in text


@pytest.mark.parametrize("args, option", [
    (("export", "--sheet", "economy", "--paper", "A4", "--paper", "A5", "-o", "x.pdf"), "--paper"),
    (("export", "--sheet", "economy", "-o", "a.pdf", "-o", "b.pdf"), "-o"),
    (("export", "--sheet", "economy", "--lang", "vi", "--lang", "en", "-o", "x.pdf"), "--lang"),
    (("import", "t.csv", "--title", "A", "--title", "B"), "--title"),
    (("import", "t.csv", "--dry-run", "--dry-run"), "--dry-run"),
    (("share", "--port", "1", "--port", "2"), "--port"),
])
def test_a_single_valued_option_given_twice_is_an_error(tmp_path, args, option):
    r = run(*args, cwd=tmp_path)
    assert r.returncode == 2
    assert f"error: {option} is given more than once" in r.stderr and "Traceback" not in r.stderr
    assert not list(tmp_path.iterdir())                     # nothing written


def test_repeatable_import_options_accumulate():
    from backan_desktop.cli import build_parser
    args = build_parser().parse_args(["import", "t.csv", "--decimal", "a=,", "--decimal", "b=."])
    assert args.decimal == [("a", ","), ("b", ".")]


# --- validate reads what import reads ---------------------------------------------------------------
def test_validate_checks_a_table_as_import_dry_run_does(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("year,value\n2020,1.5\n2021,abc\n", encoding="utf-8")
    v, i = run("validate", str(bad)), run("import", str(bad), "--dry-run", "--data-home", str(tmp_path / "h"))
    assert v.returncode == i.returncode == 1
    problem = "bad.csv:3:2: value: 'abc' is not a number"
    assert problem in v.stdout.splitlines() and problem in i.stdout.splitlines()
    good = tmp_path / "good.csv"
    good.write_text("year,value\n2020,1.5\n2021,2\n", encoding="utf-8")
    r = run("validate", str(good))
    assert r.returncode == 0 and r.stdout.splitlines()[-1] == f"{good}: valid (long table, 2 rows)"


def test_validate_checks_an_xlsx_table(tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    wb.active.append(["year", "value"])
    wb.active.append([2020, "abc"])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    r = run("validate", str(path))
    assert r.returncode == 1 and "t.xlsx:2:2: value: 'abc' is not a number" in r.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_not_a_regular_file_not_an_empty_one(tmp_path):
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    for args in (("validate", str(fifo)), ("import", str(fifo), "--dry-run", "--data-home", str(tmp_path / "h"))):
        r = run(*args, timeout=60)
        assert r.returncode == 1, args
        assert "data.csv: not a regular file" in r.stdout and "empty" not in r.stdout + r.stderr
