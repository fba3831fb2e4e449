"""The Compare page: Bắc Kạn highlighted among the region's provinces, the ones with no figure
named as such, Viet Nam's value as a reference line, the PCI sub-index profile."""
import pyqtgraph as pg

from backan_desktop.ui.main_window import NAV
from backan_desktop.ui.pages.compare_page import HOME_COLOUR, NATION_COLOUR, ComparePage


def _texts(plot):
    return [i.textItem.toPlainText() for i in plot.getPlotItem().items if isinstance(i, pg.TextItem)]


def test_compare_page_ranks_the_region_with_backan_highlighted(qtbot, library):
    page = ComparePage()
    qtbot.addWidget(page)
    page.set_library(library, "en")
    # first shown: the indicator whose year has Bắc Kạn and the most provinces
    assert page.indicator_box.currentData() == "pci_rank" and page.period_box.currentData() == "2022"
    names = [n for _, n in page.ranked.getAxis("left")._tickLevels[0]]
    assert len(names) == 14
    assert names[-1] == "Bắc Giang province" and names[0] == "Thái Nguyên province (before 2025)"
    dots = [i for i in page.ranked.getPlotItem().items if isinstance(i, pg.ScatterPlotItem)][0]
    spots = dots.points()
    home = [s for s in spots if s.brush().color() == HOME_COLOUR]
    assert len(spots) == 11 and len(home) == 1 and home[0].pos().x() == 35
    assert _texts(page.ranked).count("no figure") == 3 and "rank 35" in _texts(page.ranked)
    assert page.context_label.text() == "Bắc Kạn: rank 35"
    assert "only 11 of 14" in page.note_label.text()
    assert "Báo Bắc Kạn" in page.source_label.text()


def test_compare_page_draws_viet_nam_and_says_backan_has_no_score(qtbot, library):
    page = ComparePage()
    qtbot.addWidget(page)
    page.set_library(library, "vi")
    page.select("pci_score", "2022")
    lines = [i for i in page.ranked.getPlotItem().items if isinstance(i, pg.InfiniteLine)]
    assert [ln.value() for ln in lines] == [65.74] and lines[0].pen.color() == NATION_COLOUR
    assert "65,74 điểm" in page.keys_label.text()
    no_figure = [i for i in page.ranked.getPlotItem().items if isinstance(i, pg.TextItem)
                 and i.textItem.toPlainText() == "chưa có số liệu"]
    assert len(no_figure) == 4 and sum(i.color == HOME_COLOUR for i in no_figure) == 1
    assert page.context_label.text().startswith("Bắc Kạn: chưa có số liệu · thứ 35 cả nước (số đã công bố)")
    assert "Trục giá trị không bắt đầu từ 0" in page.chart_title.text()


def test_pci_profile_shows_the_top_province_and_the_missing_backan(qtbot, library):
    page = ComparePage()
    qtbot.addWidget(page)
    page.set_library(library, "en")
    assert "Bắc Giang province (best PCI rank of the provinces found)" in page.profile_key.text()
    series = [i for i in page.profile_plot.getPlotItem().items if isinstance(i, pg.ScatterPlotItem)]
    assert [len(s.points()) for s in series] == [10, 10, 10]
    assert page.profile.home is None


def test_the_window_lists_the_compare_page_after_the_sections(loaded_window, qtbot):
    keys = [k for k, _ in NAV]
    assert keys[-2:] == ["compare", "datasets"]
    loaded_window.nav.setCurrentRow(keys.index("compare"))
    qtbot.waitUntil(lambda: loaded_window.stack.currentWidget() is loaded_window.pages.get("compare"), timeout=10000)
    assert loaded_window.nav.item(keys.index("compare")).text() == "So sánh trong vùng"
    assert loaded_window.current_sheet_id() == "overview"      # export/print from here: the overview sheet


def test_headline_tiles_carry_their_context_line(loaded_window):
    from PySide6.QtWidgets import QLabel
    tiles = {t.kpi.label: t for t in loaded_window.page("overview").kpi_tiles}
    forest = tiles["Tỷ lệ che phủ rừng"]
    assert forest.kpi.context == "Việt Nam: 42,02 %"
    assert [lab.text() for lab in forest.findChildren(QLabel, "kpiContext")] == ["Việt Nam: 42,02 %"]
    # the tile cites its figure's source, the earlier figure's its change is worked from, and the
    # national figure's
    assert len(forest.kpi.refs) == 3
    assert not tiles["Số hợp tác xã"].findChildren(QLabel, "kpiContext")    # no context where none is published


def test_the_ranked_chart_has_a_table_twin_with_every_province(qtbot, library):
    page = ComparePage()
    qtbot.addWidget(page)
    page.set_library(library, "en")
    assert page.table.isHidden() and page.table_button.text() == "Show as table"
    page.table_button.setChecked(True)
    assert page.ranked.isHidden() and not page.table.isHidden() and page.table_button.text() == "Show as chart"
    m = page.table.model()
    rows = [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]
    assert len(rows) == 14 and rows[0][:2] == ["Bắc Giang province", "rank 2"]
    assert ["Bắc Kạn province", "rank 35", "official", "Báo Bắc Kạn"] in rows
    assert [r[1] for r in rows[-3:]] == ["no figure"] * 3


def test_the_growth_over_time_sets_backan_beside_viet_nam_in_their_colours(qtbot, library):
    from backan_desktop.core.palette import colour
    from backan_desktop.core.sheets.context_block import TREND_KEYS
    from backan_desktop.qt.context_painter import HOME, NATION

    page = ComparePage()
    qtbot.addWidget(page)
    page.set_library(library, "en")
    page.select("grdp_growth", "2024")
    chart = page.trend
    assert chart.title == "GRDP growth rate: Bắc Kạn and Viet Nam over time"
    assert chart.x_periods == ["2017", "2020", "2021", "2022", "2023", "2024"]
    home, nation = chart.series
    assert home.values == [5.63, 3.16, 4.41, 5.88, 6.33, 6.35] and nation.values == [None, 2.91, None, None, 5.05, 7.09]
    # Bắc Kạn and Viet Nam keep the colours of the ranked chart and the printed context block
    assert colour(TREND_KEYS["backan"]) == HOME.name() and colour(TREND_KEYS["vietnam"]) == NATION.name()
    page.select("pci_rank", "2022")
    assert page.trend is None                          # Viet Nam has no rank: no line


def test_the_over_time_and_profile_charts_have_table_twins(qtbot, library):
    page = ComparePage()
    qtbot.addWidget(page)
    page.set_library(library, "en")
    page.select("grdp_growth", "2024")
    m = page.trend_card.table.model()
    assert m.columnCount() == 3 and m.index(m.rowCount() - 1, 2).data() == "7.09%ᵉ"     # Viet Nam, 2024
    m = page.profile_box.table.model()
    assert m.rowCount() == 10 and m.index(0, 0).data() == "Entry costs" and m.index(0, 1).data() == "6.65"
    page.profile_box.button.setChecked(True)
    assert page.profile_plot.isHidden() and not page.profile_box.table.isHidden()
