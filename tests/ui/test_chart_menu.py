"""Chart tools: SVG is vector and carries the chart's text; the data table lists every point."""
from backan_desktop.core.sheets import build_sheet


def test_svg_export_is_vector_with_text(qapp, library, tmp_path):
    from backan_desktop.ui.chart_menu import write_svg
    chart = build_sheet(library, "economy", "en").charts[1]
    out = tmp_path / "c.svg"
    assert write_svg(chart, str(out))
    svg = out.read_text(encoding="utf-8")
    assert "<image" not in svg and ("<rect" in svg or "<polyline" in svg or "<path" in svg)
    assert "2020" in svg and "12,829" in svg


def test_data_table_shows_each_point_with_its_unit(qtbot, library):
    from backan_desktop.ui.chart_menu import show_data
    from PySide6.QtWidgets import QWidget
    parent = QWidget()
    qtbot.addWidget(parent)
    chart = build_sheet(library, "trade", "vi").charts[0]
    dialog = show_data(parent, chart)
    model = dialog.findChild(__import__("PySide6.QtWidgets", fromlist=["QTableView"]).QTableView).model()
    cells = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "1,025 triệu USD" in cells and "12,7 triệu USD" in cells
    dialog.close()
