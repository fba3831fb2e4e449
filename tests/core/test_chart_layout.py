"""Charts place periods in proportion to time, and follow the axis rules (zero, units, no lone point)."""
import shutil

import pytest

from backan_desktop.core.chart_layout import XLabel, layout_chart, thin_labels
from backan_desktop.core.formatting import Formatter
from backan_desktop.core.library import load_library
from backan_desktop.core.periods import parse_period
from backan_desktop.core.sections import ChartDef
from backan_desktop.core.sheets import Chart, ChartSeries, build_sheet, dataset_chart, sheet_ids
from backan_desktop.core.sheets.charts import build_chart

from pkgfactory import BUNDLED


def gaps(xs):
    return [round(b - a, 6) for a, b in zip(xs, xs[1:])]


def line_chart(periods, values, kind="line"):
    return Chart("t", kind, periods, [ChartSeries("s", values, ["official"] * len(values))], "%", "pct", [],
                 lang="en", x_periods=periods)


def test_period_spans_are_fractions_of_years():
    assert parse_period("2021").span() == (2021.0, 2022.0)
    assert parse_period("2021-H2").span() == (2021.5, 2022.0)
    assert parse_period("2021-Q3").span() == (2021.5, 2021.75)
    assert parse_period("2019-11").span() == pytest.approx((2019 + 10 / 12, 2019 + 11 / 12))
    assert parse_period("2023-5M").span() == pytest.approx((2023.0, 2023 + 5 / 12))
    assert parse_period("2016-2020").span() == (2016.0, 2021.0)
    a, b = parse_period("2025-07-02").span()          # day 183 of 365
    assert a == pytest.approx(2025 + 182 / 365) and b - a == pytest.approx(1 / 365)


def test_years_with_gaps_keep_their_distances(library):
    # the natural area of the bundled package: 2004, 2006, 2013, 2021, 2025
    chart = dataset_chart(library, "observations", "en", 0)
    assert chart.x_labels == ["2004", "2006", "2013", "2021", "2025"]
    lay = layout_chart(chart)
    xs = [p.x for p in lay.points]
    assert xs == [2004.5, 2006.5, 2013.5, 2021.5, 2025.5]
    assert gaps(xs) == [2, 7, 8, 4]
    assert [lab.x for lab in lay.labels] == xs
    # no two of those years are neighbours: five lone markers, no line pretending continuity
    assert [len(run) for run in lay.lines] == [1, 1, 1, 1, 1]
    # a mark at each 1 January from 2004 to 2026: the missing years show as empty steps
    assert lay.year_marks == [float(y) for y in range(2004, 2027)]
    assert lay.x_range == (2004.0, 2026.0)


def test_line_breaks_where_a_year_is_missing(library):
    chart = build_sheet(library, "economy", "en").charts[0]        # GRDP growth: 2017, 2020 … 2024
    assert chart.title == "GRDP growth rate" and chart.x_periods[:2] == ["2017", "2020"]
    lay = layout_chart(chart)
    assert [[chart.x_labels[p.index] for p in run] for run in lay.lines] == [["2017"], ["2020", "2021", "2022", "2023", "2024"]]
    assert gaps([p.x for p in lay.points]) == [3, 1, 1, 1, 1]


def test_quarters_and_halves_sit_at_fractional_positions():
    chart = line_chart(["2021-Q1", "2021-Q2", "2021-Q4", "2022-H1", "2022-H2"], [1.0, 2.0, 3.0, 4.0, 5.0])
    lay = layout_chart(chart)
    assert [p.x for p in lay.points] == [2021.125, 2021.375, 2021.875, 2022.25, 2022.75]
    # Q1 → Q2 joined, Q3 missing so Q2 ✗ Q4; a quarter is not followed by a half; H1 → H2 joined
    assert [[p.index for p in run] for run in lay.lines] == [[0, 1], [2], [3, 4]]
    assert lay.x_title == "Time"


def test_months_and_first_months_of_each_year():
    chart = line_chart(["2023-5M", "2024-5M", "2025-5M"], [1.0, 2.0, 3.0])
    lay = layout_chart(chart)
    assert [round(p.x, 4) for p in lay.points] == [round(2023 + 5 / 24, 4), round(2024 + 5 / 24, 4), round(2025 + 5 / 24, 4)]
    assert [len(run) for run in lay.lines] == [3]         # Jan–May of consecutive years form a series


@pytest.fixture(scope="module")
def library_with_range(tmp_path_factory):
    """The bundled package plus a 2016–2020 average among the annual growth rates."""
    folder = tmp_path_factory.mktemp("pkg") / "backan"
    shutil.copytree(BUNDLED, folder)
    with open(folder / "observations.csv", "a", encoding="utf-8") as f:
        f.write('grdp_growth,backan,2016-2020,,5.3,,pct,official,backan-portal-2021-integration,,,,"5,3%",\n')
    return load_library(folder)


def test_a_range_is_a_span_not_a_point_of_the_annual_series(library_with_range):
    lib = library_with_range
    chart = build_chart(Formatter(lib, "en"), ChartDef("grdp_growth", "line", ("",), kinds=None)).chart
    names = [s.name for s in chart.series]
    assert names == ["Whole-year figures", "Half-year figures", "Figures for a span of years"]
    lay = layout_chart(chart)
    assert [(sp.x0, sp.x1, sp.y) for sp in lay.spans] == [(2016.0, 2021.0, 5.3)]
    r = chart.x_periods.index("2016-2020")
    assert all(p.index != r for p in lay.points)                  # never a point of a line
    # the axis names years (to read the span against), not the range, which the span itself carries
    texts = {lab.text: lab.x for lab in lay.labels}
    assert "2016–2020" not in texts and texts["2016"] == 2016.5 and texts["2019"] == 2019.5
    years = [[chart.x_labels[p.index] for p in run] for run in lay.lines if run[0].series == 0]
    assert years == [["2017"], ["2020", "2021", "2022", "2023", "2024"]]
    halves = [p.x for run in lay.lines if run[0].series == 1 for p in run]
    assert halves == [2018.25, 2023.25, 2024.25]
    assert [len(run) for run in lay.lines if run[0].series == 1] == [1, 1, 1]   # H1s of different years are not neighbours


def test_half_year_bars_are_their_own_series_and_keep_their_time(library):
    chart = build_sheet(library, "trade", "en").charts[0]      # turnover: 2014, 2020, H1 2021, 2021, 2022, H1 2024
    assert [s.name for s in chart.series] == ["Whole-year figures", "Half-year figures"]
    lay = layout_chart(chart)
    centres = {chart.x_labels[b.index]: round((b.x0 + b.x1) / 2, 6) for b in lay.bars}
    assert centres == {"2014": 2014.5, "2020": 2020.5, "H1 2021": 2021.25, "2021": 2021.5, "2022": 2022.5, "H1 2024": 2024.25}
    assert [b.series for b in sorted(lay.bars, key=lambda b: b.x0)] == [0, 0, 1, 0, 0, 1]
    ordered = sorted(lay.bars, key=lambda b: b.x0)
    assert all(a.x1 <= b.x0 for a, b in zip(ordered, ordered[1:]))         # bars never overlap
    assert len({round(b.x1 - b.x0, 9) for b in lay.bars}) == 1           # one width for all


def test_ranges_of_different_lengths_compare_by_sector(library):
    chart = build_sheet(library, "economy", "en").charts[-1]
    assert chart.x_periods is None
    assert chart.x_labels == ["Agriculture, forestry and fishery", "Industry and construction", "Services"]
    assert [s.name for s in chart.series] == ["2004–2018", "2016–2019", "2016–2020"]
    assert chart.series[2].values == [2.7, 7.0, 5.9]


def test_cut_value_axis_is_said(library):
    chart = dataset_chart(library, "observations", "vi", 0)        # 4,853–4,860 km²: a cut axis, said
    lay = layout_chart(chart)
    assert lay.broken and lay.y_ticks[0] > 4800 and lay.axis_note == "Trục giá trị không bắt đầu từ 0"
    growth = layout_chart(build_sheet(library, "economy", "vi").charts[0])      # 3.16–6.35 %: from zero
    assert growth.y_ticks[0] == 0 and not growth.broken and growth.axis_note == ""


def test_bars_start_at_zero_even_when_values_are_close():
    chart = line_chart(["2020", "2021"], [4853.0, 4860.0], kind="bar")
    lay = layout_chart(chart)
    assert lay.y_ticks[0] == 0 and not lay.broken
    assert [(b.y0, b.y1) for b in lay.bars] == [(0.0, 4853.0), (0.0, 4860.0)]


def test_crowded_labels_keep_first_last_and_whole_years():
    labels = [XLabel(0, "2019", 0, 0), XLabel(1, "H1 2020", 2, 1), XLabel(1.2, "2020", 1, 2), XLabel(3, "2021", 0, 3)]
    kept = thin_labels(labels, lambda lab: (lab.x * 10 - 4, lab.x * 10 + 4))
    assert [lab.text for lab in kept] == ["2019", "2020", "2021"]


def every_chart(lib):
    for lang in ("vi", "en"):
        for sid in sheet_ids(lib):
            for chart in build_sheet(lib, sid, lang).charts:
                yield f"{sid}/{lang}/{chart.title}", chart
        for ds in lib.datasets:
            rows = len(lib.datasets[ds].table)
            for row in range(rows if lib.datasets[ds].resource.role == "observations" else 1):
                chart = dataset_chart(lib, ds, lang, row)
                if chart is not None:
                    yield f"dataset:{ds}/{lang}/row {row}/{chart.title}", chart


def test_axis_rules_hold_for_every_chart_of_the_library(library):
    seen = 0
    for where, chart in every_chart(library):
        seen += 1
        lay = layout_chart(chart)
        drawn = [(b.series, b.index) for b in lay.bars] + [(s.series, s.index) for s in lay.spans] + \
                [(p.series, p.index) for p in lay.points]
        # no chart of a single point: a lone figure is a KPI tile or a table row
        assert len({i for _, i in drawn}) >= 2, where
        # every value axis says its unit; every time axis says it is time
        assert chart.unit_label.strip(), where
        if chart.x_periods is not None:
            assert lay.x_title in ("Year", "Time", "Năm", "Thời gian"), where
        # bars stand on zero
        if chart.kind in ("bar", "stacked"):
            assert lay.y_ticks[0] <= 0 <= lay.y_ticks[-1] and not lay.broken, where
        if chart.kind == "bar":
            assert all(min(b.y0, b.y1) == 0 or max(b.y0, b.y1) == 0 for b in lay.bars), where
        # a cut axis is only ever a line's, and says so
        if lay.broken:
            assert chart.kind == "line" and lay.axis_note, where
        # every value is on the axis
        lo, hi = lay.y_range
        assert all(lo <= y <= hi for b in lay.bars for y in (b.y0, b.y1)), where
        assert all(lo <= p.y <= hi for p in lay.points), where
    assert seen > 400


def test_a_lone_figure_makes_no_chart(library):
    # the area of the merged Thái Nguyên province is one figure: its row in the datasets browser draws no chart
    table = library.datasets["observations"].table.columns
    row = next(i for i, (ind, area) in enumerate(zip(table["indicator"], table["area"]))
               if ind == "area_natural" and area == "thai-nguyen")
    assert dataset_chart(library, "observations", "en", row) is None
    assert dataset_chart(library, "events", "en") is not None             # two events with Bắc Kạn booths


def test_a_column_with_a_unit_column_is_drawn_in_one_unit(library):
    chart = dataset_chart(library, "projects", "en")
    assert chart.unit_label == "Capital (VND billion)"
    assert 68.0 not in chart.series[0].values                        # the USD 68 million plant stays in the table
    assert chart.note == "Rows in other units (USD million) are not drawn; see the table."
