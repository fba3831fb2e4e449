"""Every CSV/XLSX export carries its metadata: a chart's points and every vintage of its indicator,
a dataset table with its rows counted — "displayed rows" and "all rows" named with their counts."""
import zipfile

import pandas as pd
from openpyxl import load_workbook

from backan_desktop.core.downloads import chart_figures, figures_csv_zip, figures_xlsx, table_about, write_table
from backan_desktop.core.sheets import build_sheet


def _about_text(wb) -> str:
    return "\n".join(" ".join(str(c) for c in row if c is not None) for row in wb["About"].iter_rows(values_only=True))


def _chart(library):
    chart = next(c for c in build_sheet(library, "economy", "en").charts if c.indicator)
    headers = ["Period"] + [s.name for s in chart.series]
    points = [[x] + [s.values[i] for s in chart.series] for i, x in enumerate(chart.x_labels)]
    return chart, headers, points


def test_a_charts_download_names_displayed_and_all_rows(library, tmp_path):
    chart, headers, points = _chart(library)
    every = [o for o in library.observations if o.indicator == chart.indicator]
    assert len(every) > len(points)                       # the chart shows one vintage per period
    fig = chart_figures(library, chart.title, chart.indicator, headers, points, "en")
    path = tmp_path / "chart.xlsx"
    path.write_bytes(figures_xlsx(fig, "en"))
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == ["About", "Displayed", "Figures"]
    text = _about_text(wb)
    assert f"Displayed rows: {len(points)} (the points the chart shows: sheet “Displayed”)" in text
    assert f"All rows: {len(every)} (every figure of the indicator, every vintage included: sheet “Figures”)" in text
    assert "CC BY 4.0" in text and "How to cite" in text and "Thái Nguyên" in text
    for o in every:                                       # each source cited is listed with its address
        src = library.sources[o.source]
        assert o.source in text and (not src.url or src.url in text)
    shown = list(wb["Displayed"].iter_rows(values_only=True))
    assert list(shown[0]) == headers and len(shown) == len(points) + 1
    assert isinstance(shown[1][1], float | int)         # numbers stay numbers
    assert len(list(wb["Figures"].iter_rows(values_only=True))) == len(every) + 1

    with zipfile.ZipFile(__import__("io").BytesIO(figures_csv_zip(fig, "gdp"))) as z:
        assert sorted(z.namelist()) == ["README.txt", "gdp.csv", "gdp_displayed.csv"]
        assert f"Displayed rows: {len(points)}" in z.read("README.txt").decode("utf-8-sig")
        assert len(z.read("gdp_displayed.csv").decode("utf-8-sig").splitlines()) == len(points) + 1


def test_a_table_export_carries_its_about_sheet_or_a_readme(library, tmp_path):
    frame = pd.DataFrame({"indicator": ["grdp", "=cmd()"], "value": [12829.0, float("nan")], "source": ["s1", "s2"]})
    sid = next(iter(library.sources))
    about = table_about(library, "observations", "vi", all_rows=2, displayed_rows=1, filter_text="grdp",
                        sources=(sid, "not-a-source"))
    text = "\n".join("\t".join(line) for line in about)
    assert "Tất cả các dòng: 2 (toàn bộ bảng, đều có trong tệp này)" in text
    assert "Các dòng đang hiển thị: 1 (hiện trong cửa sổ lúc xuất, với bộ lọc “grdp”)" in text
    assert sid in text and "not-a-source" not in text and "CC BY 4.0" in text

    [xlsx] = write_table(tmp_path / "t.xlsx", about, ["Chỉ tiêu", "Giá trị", "Nguồn"], frame.itertuples(index=False),
                         "vi", "observations")
    wb = load_workbook(xlsx, read_only=True)
    assert wb.sheetnames == ["Giới thiệu", "observations"]
    rows = list(wb["observations"].iter_rows(values_only=True))
    assert rows == [("Chỉ tiêu", "Giá trị", "Nguồn"), ("grdp", 12829, "s1"), ("'=cmd()", None, "s2")]

    csv_path, readme = write_table(tmp_path / "t.csv", about, ["Chỉ tiêu", "Giá trị", "Nguồn"],
                                   frame.itertuples(index=False), "vi")
    assert readme.name == "t-README.txt" and "Tất cả các dòng: 2" in readme.read_text("utf-8-sig")
    assert csv_path.read_text("utf-8-sig").splitlines() == ["Chỉ tiêu,Giá trị,Nguồn", "grdp,12829.0,s1", "'=cmd(),,s2"]

    assert "đang hiển thị" not in "\n".join("\t".join(x) for x in table_about(library, "t", "vi", 2, 2))
