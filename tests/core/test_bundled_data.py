"""The bundled package: valid, and every figure of the 2021 provincial article is in it, identical."""
import re
from pathlib import Path

from backan_desktop.core.datapackage import load_package
from backan_desktop.core.formatting import Formatter
from backan_desktop.core.sheets import SHEET_IDS, build_sheet

from pkgfactory import BUNDLED

ARTICLE_SOURCE = "backan-portal-2021-integration"

# (indicator, period, category, value as printed in vi, qualifier) — from the article's text
ARTICLE = [
    ("grdp_growth_avg", "2016-2020", "", "5,3 %/năm", ""),
    ("grdp_growth_avg", "2016-2020", "agriculture", "2,7 %/năm", ""),
    ("grdp_growth_avg", "2016-2020", "industry_construction", "7,0 %/năm", ""),
    ("grdp_growth_avg", "2016-2020", "services", "5,9 %/năm", ""),
    ("grdp_current_prices", "2020", "", "12.829 tỷ đồng", ""),
    ("grdp_ratio_vs_2015", "2020", "", "1,5 lần", ""),
    ("grdp_per_capita", "2020", "", "trên 40,4 triệu đồng/người", "over"),
    ("grdp_per_capita_change_vs_2015", "2020", "", "12,1 triệu đồng/người", ""),
    ("labour_productivity", "2020", "", "gần 58 triệu đồng/lao động", "nearly"),
    ("labour_productivity_change_vs_2015", "2020", "", "gần 20 triệu đồng/lao động", "nearly"),
    ("cooperative_unions", "2021", "", "1", ""),
    ("cooperatives", "2021", "", "234", ""),
    ("cooperatives_with_ocop", "2021", "", "57", ""),
    ("ocop_products_of_cooperatives", "2021", "", "93", ""),
    ("ocop_share_of_cooperatives", "2021", "", "70,1 %", ""),
    ("trade_fairs_supported", "2015-2020", "", "29", ""),
    ("trade_turnover", "2014", "", "1,025 triệu USD", ""),
    ("trade_turnover", "2020", "", "12,7 triệu USD", ""),
    ("trade_turnover", "2021-H1", "", "trên 12,56 triệu USD", "over"),
]


def test_bundled_package_is_valid():
    pkg = load_package(BUNDLED)
    assert [str(p) for p in pkg.problems] == []
    assert len(pkg.tables["observations"]) > 300


def test_library_has_no_semantic_problems(library):
    assert [str(p) for p in library.problems] == []


def test_every_article_figure_is_present_and_identical(library):
    article = [o for o in library.observations if o.source == ARTICLE_SOURCE]
    for ind, period, cat, shown, qual in ARTICLE:
        match = [o for o in article if (o.indicator, o.period.text, o.category) == (ind, period, cat)]
        assert len(match) == 1, (ind, period, cat)
        text = Formatter(library, "vi").figure(match[0], marked=False)
        assert text.startswith(shown.split(" ")[0]) and shown.replace(" ", "") in text.replace(" ", ""), (text, shown)
        assert match[0].qualifier == qual


def test_every_number_in_the_article_text_is_in_the_data(library):
    text = (Path(__file__).resolve().parents[3] / "shared" / "reference" / "bac-kan-integration-article-2021.txt")
    if not text.exists():   # shared/ is beside the repo for developers and CI; the list above stands alone
        return
    body = text.read_text(encoding="utf-8")
    values = {round(o.value, 6) for o in library.observations if o.source == ARTICLE_SOURCE}
    for token in re.findall(r"\d[\d.,]*", body):
        token = token.rstrip(".,")
        number = float(token.replace(".", "").replace(",", "."))   # Vietnamese: "12.829", "5,3"
        if 1990 <= number <= 2030 and number.is_integer():
            continue     # years are periods
        if number == 6:
            continue     # "6 tháng đầu năm" is the period 2021-H1
        assert round(number, 6) in values, token


def test_article_source_is_preferred_where_sources_disagree(library):
    p = library.point("grdp_current_prices", "2020")
    assert p.chosen.value == 12829 and p.disagrees
    assert {o.value for o in p.others} == {12840}


def test_every_sheet_builds_in_both_languages(library):
    for sid in SHEET_IDS:
        for lang in ("vi", "en"):
            sheet = build_sheet(library, sid, lang)
            assert sheet.tables, sid
            assert sheet.sources, sid
            assert "Thái Nguyên" in sheet.merger_note
    # the tile shows the latest GRDP, and the 2021 article's 2020 figure stays on it as published
    eco = build_sheet(library, "economy", "en")
    grdp = next(k for k in eco.kpis if k.indicator == "grdp_current_prices")
    assert grdp.value == "VND 21,071 billion" and grdp.period == "2025" and grdp.change.startswith("▲ +VND 6,057 billion vs 2022")
    assert grdp.earlier.startswith("2020: VND 12,829 billion (1.5× vs 2015)")
    vi = build_sheet(library, "economy", "vi")
    assert any(k.earlier.startswith("2020: 12.829 tỷ đồng") for k in vi.kpis)


def test_vintage_disagreement_is_shown_on_the_sheet(library):
    sheet = build_sheet(library, "economy", "vi")
    grdp = next(c for c in sheet.charts if c.indicator == "grdp_current_prices")     # the 2020 figure is the chart's
    assert "12.840" in grdp.note and "12.840" in " ".join(sheet.footnotes)


def test_bundled_package_passes_the_data_check():
    """Units, shares, parts and totals, listings, statuses, quotes and source dates: every gap is
    either fixed or declared (with its reason) in discrepancies.csv."""
    from backan_desktop.core.datacheck import check_package

    assert [str(p) for p in check_package(load_package(BUNDLED))] == []


def test_the_descriptor_is_the_one_written_schema_and_matches_every_file():
    """datapackage.json is edited by hand (no script writes it): each resource lists exactly its
    CSV's columns, in order, and the file keeps one layout (two-space JSON) so a diff shows the change."""
    import csv
    import json

    text = (BUNDLED / "datapackage.json").read_text(encoding="utf-8")
    descriptor = json.loads(text)
    assert json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n" == text
    for res in descriptor["resources"]:
        with open(BUNDLED / res["path"], encoding="utf-8", newline="") as f:
            header = next(csv.reader(f))
        assert [fd["name"] for fd in res["schema"]["fields"]] == header, res["name"]
        for fd in res["schema"]["fields"]:
            assert fd.get("title") and fd.get("title_en"), (res["name"], fd["name"])
