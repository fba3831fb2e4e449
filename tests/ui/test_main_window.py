"""The window: navigation, every section page with its KPI values, the Datasets browser."""
import pytest
from PySide6.QtWidgets import QApplication

from backan_desktop.ui.main_window import NAV, MainWindow


@pytest.fixture
def window(loaded_window):
    return loaded_window


def test_window_paints_first_then_builds_its_menus_and_loads_by_itself(qtbot, data_home):
    win = MainWindow(data_home, "en")
    qtbot.addWidget(win)
    assert [m.title() for m in (win.m_file, win.m_edit, win.m_view, win.m_help)] == ["&File", "&Edit", "&View", "&Help"]
    assert win.stack.currentWidget() is win.loading and win.loading.text() == "Loading data…"
    with qtbot.waitSignal(win.begun, timeout=10000):
        win.show()                       # the first paint starts the rest
    assert win.m_file.actions() and not win.act_export.isEnabled()
    qtbot.waitUntil(lambda: win.library is not None, timeout=20000)
    assert win.act_export.isEnabled()
    assert "figures from" in win.statusBar().currentMessage()
    assert [win.nav.item(i).text() for i in range(win.nav.count())] == [
        "Overview", "Economy", "Agriculture & cooperatives", "Trade promotion", "Import–export", "Investment",
        "Compare with the region", "Datasets"]
    win.begin()                          # a second call (the fallback timer) changes nothing
    assert len(win.m_file.actions()) == len(set(win.m_file.actions()))


def test_each_section_page_shows_kpi_values_and_sources(window):
    expected = {
        "overview": "21.071 tỷ đồngᵉ",
        "economy": "5,3 %/năm",
        "agriculture": "57 HTX",
        "trade-promotion": "29 hội chợ",
        "trade": "12,7 triệu USD",
    }
    for key, value in expected.items():
        page = window.page(key)
        values = [t.value_label.text() for t in page.kpi_tiles]
        assert any(value in v for v in values), (key, values)
        assert page.source_line.text().startswith("Nguồn: ")
    for key in ("economy", "overview"):
        assert window.page(key).charts, key
    assert window.page("investment").tables


def test_overview_states_the_merger(window):
    from PySide6.QtWidgets import QLabel
    labels = [w.text() for w in window.page("overview").findChildren(QLabel)]
    assert any("hợp nhất vào tỉnh Thái Nguyên" in t and "Bắc Kạn cũ" in t for t in labels)


def test_language_switch_updates_pages(window):
    window.set_language("en")
    values = [t.value_label.text() for t in window.page("overview").kpi_tiles]
    assert "VND 21,071 billionᵉ" in values
    assert window.nav.item(0).text() == "Overview"
    from PySide6.QtCore import QSettings
    assert QSettings().value("ui/lang") == "en"


def test_datasets_browser_sorts_and_filters(window, qtbot):
    from PySide6.QtCore import Qt
    page = window.page("datasets")
    window.nav.setCurrentRow(len(NAV) - 1)
    page.open_dataset("observations")
    total = page.proxy.rowCount()
    assert total == len(window.library.datasets["observations"].table)
    page.filter.setText("xuất nhập khẩu")
    assert 0 < page.proxy.rowCount() < total
    page.filter.setText("")
    value_col = window.library.datasets["observations"].table.field_names.index("value")
    page.view.sortByColumn(value_col, Qt.SortOrder.DescendingOrder)
    top = page.proxy.index(0, value_col).data()
    biggest = max(window.library.datasets["observations"].table.columns["value"])
    from backan_desktop.core.formatting import format_number
    assert top.replace(".", "").split(",")[0] == format_number(biggest, "vi", 0).replace(".", "")
    assert page.chart_widget is not None


def test_dataframe_model_passes_qtmodeltester(qtmodeltester, library):
    from backan_desktop.ui.table_model import DataFrameModel
    ds = library.datasets["observations"]
    model = DataFrameModel(ds.table.frame(), "vi", None, ds.table.decimals, library.value_labels("observations", "vi"))
    qtmodeltester.check(model)
    projects = library.datasets["projects"]
    qtmodeltester.check(DataFrameModel(projects.table.frame(), "en"))


def test_window_fits_a_small_screen_and_tables_show_every_row_and_column(window, qtbot, monkeypatch):
    """A 1366×768 laptop: the first window fits its free area; each sheet table is as wide as
    the page and tall enough for all its rows (no inner scrolling, no last row cut off), and the
    Datasets browser shows the value column without scrolling sideways."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QApplication

    from backan_desktop.ui.geometry import default_size
    from backan_desktop.ui.pages.section_page import share_width

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 740))
    w, h = default_size()
    assert w <= 1366 and h + 40 <= 740
    window.resize(w, h)
    for key in ("trade-promotion", "investment"):
        window.nav.setCurrentRow([k for k, _ in NAV].index(key))
        page = window.page(key)
        qtbot.waitUntil(lambda: all(t.isVisible() for t in page.tables), timeout=5000)
        QApplication.processEvents()
        room = page.viewport().width()
        for table in page.tables:
            model = table.model()
            widths = [table.columnWidth(c) for c in range(model.columnCount())]
            assert sum(widths) == table.viewport().width() and table.viewport().width() > room * 0.8, (key, widths)
            rows = sum(table.rowHeight(r) for r in range(model.rowCount()))
            assert table.viewport().height() >= rows, (key, table.block.title)
            for c in range(model.columnCount()):   # a value column is never cut to "…"
                if table.block.numeric[c]:
                    assert widths[c] >= table.sizeHintForColumn(c), (key, table.block.title, c)
    assert share_width([400, 300, 60, 50], 500, [True] * 4) == [195, 195, 60, 50]
    assert share_width([100, 50, 30], 300, [True, True, False]) == [180, 90, 30]

    window.nav.setCurrentRow([k for k, _ in NAV].index("datasets"))
    browser = window.page("datasets")
    browser.open_dataset("observations")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: browser.proxy.sourceModel() is not None, timeout=10000)
    view = browser.view
    value = window.library.datasets["observations"].table.field_names.index("value")
    assert view.columnViewportPosition(value) + view.columnWidth(value) <= view.viewport().width()
    # the list of tables is wide enough for its titles on one line or two, each whole in its tooltip
    assert browser.list.width() >= 180
    item = browser.list.item(0)
    assert item.toolTip().startswith(item.text())
    # the naming column (indicator) is the widest; a cut heading or cell shows in full in its tooltip
    model = browser.proxy.sourceModel()
    indicator = window.library.datasets["observations"].table.field_names.index("indicator")
    assert view.columnWidth(indicator) == max(view.columnWidth(c) for c in range(model.columnCount()))
    assert model.headerData(value, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        model.headerData(value, Qt.Orientation.Horizontal)
    index = browser.proxy.index(0, indicator)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    # a small table: no blank strip on the right, the naming column the widest
    browser.open_dataset("categories")
    qtbot.waitUntil(lambda: browser.proxy.sourceModel() is not model, timeout=10000)
    QApplication.processEvents()
    model = browser.proxy.sourceModel()
    widths = [view.columnWidth(c) for c in range(model.columnCount())]
    assert sum(widths) >= view.viewport().width(), widths
    label = window.library.datasets["categories"].table.field_names.index("label_vi")
    assert widths[label] == max(widths)


def test_tiles_fill_every_row_without_an_empty_slot(window):
    """The window lays its tiles out by core.sheets.tile_rows, like paper and fair mode: on the
    Economy page five tiles are 3 + 2, the second row as wide as the first (no empty slot)."""
    window.resize(1366, 768)
    window.show()
    page = window.page("economy")
    window.nav.setCurrentRow([k for k, _ in NAV].index("economy"))
    QApplication.processEvents()
    rows: dict[int, list] = {}
    for tile in page.kpi_tiles:
        rows.setdefault(tile.y(), []).append(tile.geometry())
    assert len(page.kpi_tiles) == 5 and [len(r) for _, r in sorted(rows.items())] == [3, 2]
    first, second = (r for _, r in sorted(rows.items()))
    assert abs(first[-1].right() - second[-1].right()) <= 2
    assert abs(second[0].width() - second[1].width()) <= 2
