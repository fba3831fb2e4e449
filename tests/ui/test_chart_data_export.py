"""The chart menu's data downloads carry their sources and name their rows."""
import zipfile

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from backan_desktop.core.sheets import build_sheet


def _window_with_chart(qtbot, library):
    win = QMainWindow()
    win.library = library
    plot = QWidget()
    win.setCentralWidget(plot)
    qtbot.addWidget(win)
    return win, plot


def test_chart_menu_saves_the_data_with_an_about_sheet(qtbot, library, tmp_path, monkeypatch):
    from backan_desktop.ui.chart_menu import chart_menu
    chart = next(c for c in build_sheet(library, "economy", "vi").charts if c.indicator)
    win, plot = _window_with_chart(qtbot, library)
    menu = chart_menu(plot, chart)
    actions = {a.text(): a for a in menu.actions()}
    chosen = iter([str(tmp_path / "bieu-do"), str(tmp_path / "bieu-do")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (next(chosen), "")))
    actions["Save data as XLSX…"].trigger()
    wb = load_workbook(tmp_path / "bieu-do.xlsx", read_only=True)
    assert wb.sheetnames == ["Giới thiệu", "Đang hiển thị", "Số liệu"]
    about = "\n".join(" ".join(str(c) for c in r if c is not None) for r in wb["Giới thiệu"].iter_rows(values_only=True))
    assert f"Các dòng đang hiển thị: {len(chart.x_labels)}" in about and "Tất cả các dòng:" in about
    shown = list(wb["Đang hiển thị"].iter_rows(values_only=True))
    assert shown[0][1].startswith(chart.series[0].name) and chart.unit_label in shown[0][1]
    assert [r[0] for r in shown[1:]] == chart.x_labels
    actions["Save data as CSV…"].trigger()
    with zipfile.ZipFile(tmp_path / "bieu-do.zip") as z:
        assert sorted(z.namelist()) == ["README.txt", "bieu-do.csv", "bieu-do_displayed.csv"]


def test_without_a_library_the_menu_offers_no_data_download(qtbot, library):
    from backan_desktop.ui.chart_menu import chart_menu
    plot = QWidget()
    qtbot.addWidget(plot)
    chart = build_sheet(library, "economy", "en").charts[0]
    assert not any("Save data" in a.text() for a in chart_menu(plot, chart).actions())
