"""A user's own figures are the user's: "not stated" unless the file or the user gives a status,
and their sheet says they come from the user's file (its name, the import date, the source and
date the user gave), never that the app made it from public sources."""
import json
import subprocess
import sys
from datetime import date

import pytest

from backan_desktop.core.importing import ImportOptions, preview_table
from backan_desktop.core.library import load_library
from backan_desktop.core.periods import format_iso_date
from backan_desktop.core.sheets import build_sheet
from backan_desktop.core.texts import t
from backan_desktop.core.vocab import LANGS, STATUS_RANK, STATUSES


def cli(*args):
    return subprocess.run([sys.executable, "-m", "backan_desktop", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def table(tmp_path):
    src = tmp_path / "so-lieu-xa.csv"
    src.write_text("năm,giá trị,chỉ tiêu,tình trạng\n2020,1,Lúa,\n2021,2,Lúa,sơ bộ\n2022,3,Lúa,\n", encoding="utf-8")
    return src


def test_a_row_whose_file_says_no_status_is_not_stated(table):
    p = preview_table(table, ImportOptions())
    assert p.problems == []
    assert p.rows["status"].tolist() == ["not_stated", "preliminary", "not_stated"]
    assert STATUSES[-1] == "not_stated" and STATUS_RANK["not_stated"] == max(STATUS_RANK.values())
    # the user may say it for the whole file: cells that say something keep their word
    p = preview_table(table, ImportOptions(status="official"))
    assert p.rows["status"].tolist() == ["official", "preliminary", "official"]


def test_not_stated_can_be_written_in_the_file(tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("năm,giá trị,chỉ tiêu,status\n2020,1,Lúa,chưa rõ\n2021,2,Lúa,not_stated\n", encoding="utf-8")
    assert preview_table(src, ImportOptions(status="official")).rows["status"].tolist() == ["not_stated"] * 2


def test_the_date_and_address_the_user_gives_are_checked(table):
    p = preview_table(table, ImportOptions(as_of="19/03/2025", source_url="www.example.org"))
    assert [str(x) for x in p.problems] == [
        "so-lieu-xa.csv: data as of '19/03/2025': write the date as YYYY, YYYY-MM or YYYY-MM-DD",
        "so-lieu-xa.csv: source address 'www.example.org': give a web address starting with https:// or http://"]


def test_the_sheet_of_an_imported_file_says_whose_figures_they_are(table, tmp_path):
    home = tmp_path / "home"
    r = cli("import", table, "--id", "xa", "--data-home", home, "--source", "Báo cáo UBND xã 2023",
            "--source-url", "https://example.org/bao-cao", "--as-of", "2023-12")
    assert r.returncode == 0, r.stderr
    desc = json.loads((home / "datasets" / "xa" / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["data_as_of"] == "2023-12"
    assert desc["sources"] == [{"title": "Báo cáo UBND xã 2023", "path": "https://example.org/bao-cao"}]
    lib = load_library(data_home=home)
    today = date.today().isoformat()
    for lang in LANGS:
        sheet = build_sheet(lib, "dataset:xa", lang)
        assert sheet.data_as_of == format_iso_date("2023-12", lang)
        intro = " ".join(sheet.intro)
        assert t("imported_origin", lang, file="so-lieu-xa.csv", date=format_iso_date(today, lang)) in intro
        assert "Báo cáo UBND xã 2023 · https://example.org/bao-cao" in intro
        words = {"vi": ("sơ bộ", "chưa rõ tình trạng"), "en": ("preliminary", "status not stated")}[lang]
        assert t("imported_status", lang, status=", ".join(words)) in intro
        for text in (intro, t("footer", lang)):
            assert "public sources" not in text and "nguồn công khai" not in text


def test_without_a_date_the_sheet_claims_none(table, tmp_path):
    """The import date is not the figures' date: with none given, the sheet's 'data as of' is empty
    (not the bundled data's newest source date)."""
    home = tmp_path / "home"
    assert cli("import", table, "--id", "xa", "--data-home", home).returncode == 0
    desc = json.loads((home / "datasets" / "xa" / "datapackage.json").read_text(encoding="utf-8"))
    assert "data_as_of" not in desc
    lib = load_library(data_home=home)
    assert lib.data_as_of() and build_sheet(lib, "dataset:xa", "en").data_as_of == ""
    assert build_sheet(lib, "dataset:xa", "en").intro[0].startswith("Figures from the user's file so-lieu-xa.csv")


def test_a_yearly_update_from_the_statistics_office_becomes_the_headline(tmp_path):
    """Staff add next year's figures from the yearbook: said to come from the statistics office, the
    2025 population is the overview's headline; the same file with its publisher not stated ranks
    after every stated kind, so the 2024 survey stays the headline."""
    from backan_desktop.core.sheets.content import section_content

    src = tmp_path / "cap-nhat-2026.csv"
    src.write_text("indicator,period,value\npopulation,2025,331500\n", encoding="utf-8")
    for kind, shown in (("statistics_office", ("331,500", "2025")), (None, ("328,609", "2024"))):
        home = tmp_path / f"home-{kind}"
        args = ["import", src, "--id", "update", "--data-home", home, "--status", "official"]
        r = cli(*args, *(["--source-kind", kind] if kind else []))
        assert r.returncode == 0, r.stderr
        lib = load_library(data_home=home)
        assert lib.sources["import:update"].kind == (kind or "")
        tile = next(k for k in section_content(lib, "overview", "en").kpis if k.kpi.indicator == "population")
        assert (tile.kpi.value.split()[0], tile.kpi.period) == shown, kind
