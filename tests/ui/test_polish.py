"""Everyday desktop polish: shortcuts on the actions, find jumps to the row, preferences round trip,
dark theme, zoom."""
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from backan_desktop.core.strings import fold


def test_standard_shortcuts_are_on_the_actions(loaded_window):
    w = loaded_window
    def keys(action):
        return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}
    assert "Ctrl+K" in keys(w.act_find) and "Ctrl+F" in keys(w.act_find)
    assert keys(w.act_import) == {"Ctrl+O"}
    assert "Ctrl+E" in keys(w.act_export) and "Ctrl+P" in keys(w.act_print)
    assert "Ctrl+Q" in keys(w.act_quit) and "F11" in keys(w.act_full)
    assert "Ctrl++" in keys(w.act_zoom_in) and "Ctrl+-" in keys(w.act_zoom_out)
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus == ["&Tệp", "&Sửa", "&Xem", "Trợ &giúp"]


def test_find_jumps_to_the_dataset_row(loaded_window, qtbot):
    from backan_desktop.core.search import build_index, search
    w = loaded_window
    hit = search(build_index(w.library), "lechenwood")[0]
    w.go_to(hit)
    page = w.page("datasets")
    assert w.stack.currentWidget() is page and page.current_id == "projects"
    current = page.view.currentIndex()
    assert current.isValid()
    assert "Lechenwood" in page.proxy.index(current.row(), 1).data() + page.proxy.index(current.row(), 2).data()
    grdp = search(build_index(w.library), "tang truong grdp")[0]
    w.go_to(grdp)
    assert w.stack.currentWidget() is w.page("economy")


def test_preferences_round_trip_and_theme(loaded_window, qtbot, monkeypatch):
    from backan_desktop.ui.preferences import PreferencesDialog
    dlg = PreferencesDialog(loaded_window)
    qtbot.addWidget(dlg)
    dlg.theme.setCurrentIndex(dlg.theme.findData("dark"))
    dlg.paper.setCurrentIndex(dlg.paper.findData("A5"))
    dlg.lang.setCurrentIndex(dlg.lang.findData("en"))
    dlg.accept()
    s = QSettings()
    assert (s.value("ui/theme"), s.value("print/paper"), s.value("ui/lang")) == ("dark", "A5", "en")
    again = PreferencesDialog(loaded_window)
    qtbot.addWidget(again)
    assert again.theme.currentData() == "dark" and again.paper.currentData() == "A5"
    loaded_window.set_language("en")
    loaded_window.apply_theme(rebuild=True)
    assert loaded_window.dark and "#1b2026" in loaded_window.styleSheet()
    assert loaded_window.paper == "A5"
    page = loaded_window.page("economy")
    bg = page.charts[0].backgroundBrush().color().name()
    assert bg == "#1b2026"
    from PySide6.QtWidgets import QApplication
    # menus, the status bar and dialogs turn dark too, whether or not the platform follows the hint
    assert QApplication.palette().window().color().lightness() < 128
    assert QApplication.palette().windowText().color().lightness() > 128
    s.setValue("ui/theme", "light")
    loaded_window.apply_theme(rebuild=True)
    assert not loaded_window.dark
    assert QApplication.palette().window().color().lightness() >= 128


def test_zoom_scales_text(loaded_window):
    loaded_window.set_zoom(1.5)
    assert "16.5pt" in loaded_window.styleSheet()       # 11pt sidebar × 1.5
    loaded_window.set_zoom(1.0)
    assert "11pt" in loaded_window.styleSheet()


def test_column_filter_limits_the_search_to_one_column(loaded_window):
    w = loaded_window
    keys = [k for k, _ in __import__("backan_desktop.ui.main_window", fromlist=["NAV"]).NAV]
    w.nav.setCurrentRow(keys.index("datasets"))
    page = w.page("datasets")
    page.open_dataset("projects")

    def shown():
        proxy = page.proxy
        return [tuple(str(proxy.index(r, c).data() or "") for c in range(proxy.columnCount())) for r in range(proxy.rowCount())]

    def matching(columns):
        """The rows, as shown unfiltered, with "bac kan" (accents aside) in one of ``columns``."""
        return [row for row in every_row if any("bac kan" in fold(row[c]) for c in columns)]

    every_row = shown()
    header = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(page.proxy.columnCount())]
    name, investor = header.index("Tên dự án"), header.index("Nhà đầu tư")
    page.filter.setText("bac kan")
    assert shown() == matching(range(len(header)))
    page.filter_column.setCurrentIndex(page.filter_column.findText("Tên dự án"))
    assert shown() == matching([name]) and 0 < len(shown()) < len(matching(range(len(header))))
    page.filter_column.setCurrentIndex(page.filter_column.findText("Nhà đầu tư"))
    assert shown() == matching([investor])
