"""Right-click on a chart: copy it as an image, save it as PNG or SVG (vector, drawn by the same
painter as printed sheets — pyqtgraph's own SVG exporter crashes), show its data as a table, or save
its data as XLSX or CSV with their sources (core.downloads: the points shown and every vintage of
the indicator, counted and named in an "About" sheet or README)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QTableView, QVBoxLayout

from ..core.sheets import Chart
from .table_model import RowsModel

translate = QCoreApplication.translate   # lupdate reads the literal context and text


def attach_chart_menu(widget, chart: Chart) -> None:
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    widget.customContextMenuRequested.connect(lambda pos: _menu(widget, chart, pos))


def _menu(widget, chart: Chart, pos: QPoint) -> None:
    chart_menu(widget, chart).exec(widget.mapToGlobal(pos))


def chart_menu(widget, chart: Chart) -> QMenu:
    """The chart's context menu, built when it opens (so in the language of that moment). The
    data downloads need the window's library (its sources and every vintage)."""
    menu = QMenu(widget)
    items = [(translate("ChartMenu", "Copy image"), lambda: copy_image(widget)),
             (translate("ChartMenu", "Save as PNG…"), lambda: save_png(widget, chart)),
             (translate("ChartMenu", "Save as SVG…"), lambda: save_svg(widget, chart)),
             (translate("ChartMenu", "Show data table"), lambda: show_data(widget, chart))]
    if getattr(widget.window(), "library", None) is not None:
        items += [(translate("ChartMenu", "Save data as XLSX…"), lambda: save_data(widget, chart, "xlsx")),
                  (translate("ChartMenu", "Save data as CSV…"), lambda: save_data(widget, chart, "zip"))]
    for text, fn in items:
        action = QAction(text, menu)
        action.triggered.connect(fn)
        menu.addAction(action)
    return menu


def copy_image(widget) -> None:
    QGuiApplication.clipboard().setPixmap(widget.grab())


def _ask(widget, chart: Chart, suffix: str, label: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in chart.title)[:60].strip() or "chart"
    path, _ = QFileDialog.getSaveFileName(widget, translate("ChartMenu", "Save chart"), str(Path.home() / f"{safe}.{suffix}"),
                                          label)
    if path and not path.lower().endswith("." + suffix):
        path += "." + suffix
    return path


def save_png(widget, chart: Chart) -> None:
    path = _ask(widget, chart, "png", translate("ChartMenu", "PNG images (*.png)"))
    if path:
        image = widget.grab(widget.rect()).toImage()
        if not image.save(path, "PNG"):
            QMessageBox.warning(widget, translate("ChartMenu", "Save chart"),
                                translate("ChartMenu", "Could not write {path}").format(path=path))


def write_svg(chart: Chart, path: str, size: QSize = QSize(720, 420)) -> bool:
    """The chart as a vector SVG, drawn by the print painter (so it matches the PDF)."""
    from PySide6.QtSvg import QSvgGenerator

    from ..qt.chart_painter import paint_chart

    gen = QSvgGenerator()
    gen.setFileName(path)
    gen.setSize(size)
    gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
    gen.setTitle(chart.title)
    gen.setResolution(72)
    painter = QPainter()
    if not painter.begin(gen):
        return False
    paint_chart(painter, chart, QRectF(8, 8, size.width() - 16, size.height() - 16), 1.0)
    painter.end()
    return Path(path).is_file()


def save_svg(widget, chart: Chart) -> None:
    path = _ask(widget, chart, "svg", translate("ChartMenu", "SVG drawings (*.svg)"))
    if path and not write_svg(chart, path):
        QMessageBox.warning(widget, translate("ChartMenu", "Save chart"),
                            translate("ChartMenu", "Could not write {path}").format(path=path))


def data_rows(chart: Chart) -> tuple[list[str], list[list[str]]]:
    # x is a period on a time chart; on a category chart (sectors, zones) the names speak for themselves
    columns = [translate("ChartMenu", "Period") if chart.x_periods is not None else ""] + [s.name for s in chart.series]
    rows = []
    for i, x in enumerate(chart.x_labels):
        rows.append([x] + [(s.labels[i] if i < len(s.labels) and s.labels[i] else "") for s in chart.series])
    return columns, rows


def points(chart: Chart) -> tuple[list[str], list[list]]:
    """The chart's points as numbers: its x, then one column per series (named with the unit)."""
    unit = f" ({chart.unit_label})" if chart.unit_label else ""
    headers = [translate("ChartMenu", "Period") if chart.x_periods is not None else ""] + [s.name + unit for s in chart.series]
    return headers, [[x] + [s.values[i] if i < len(s.values) else None for s in chart.series]
                     for i, x in enumerate(chart.x_labels)]


def write_data(library, chart: Chart, path: str) -> None:
    """The chart's data with its sources: XLSX (``.xlsx``) or CSV files and a README in a ZIP."""
    from ..core.downloads import chart_figures, figures_csv_zip, figures_xlsx
    from ..core.storage.datasets import atomic_write_bytes

    fig = chart_figures(library, chart.title, chart.indicator, *points(chart), chart.lang)
    stem = Path(path).stem
    data = figures_xlsx(fig, chart.lang) if path.lower().endswith(".xlsx") else figures_csv_zip(fig, stem)
    atomic_write_bytes(Path(path), data)


def save_data(widget, chart: Chart, suffix: str) -> None:
    label = (translate("ChartMenu", "Excel workbooks (*.xlsx)") if suffix == "xlsx"
             else translate("ChartMenu", "CSV files with a README, in a ZIP (*.zip)"))
    path = _ask(widget, chart, suffix, label)
    if not path:
        return
    try:
        write_data(widget.window().library, chart, path)
    except OSError as exc:
        QMessageBox.warning(widget, translate("ChartMenu", "Save chart"),
                            translate("ChartMenu", "Could not write {path}").format(path=f"{path}: {exc.strerror or exc}"))


class ChartDataDialog(QDialog):
    """A chart's figures as a table. The chart belongs to one language: when the language changes
    the page shows a new chart, so this table of the old one closes rather than mixing languages."""

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.close()
        super().changeEvent(event)


def show_data(widget, chart: Chart) -> QDialog:
    columns, rows = data_rows(chart)
    dialog = ChartDataDialog(widget)
    dialog.setWindowTitle(translate("ChartMenu", "Data of {title}").format(title=chart.title))
    view = QTableView(dialog)
    view.setModel(RowsModel(columns, rows, [False] + [True] * len(chart.series), view))
    view.resizeColumnsToContents()
    view.setAccessibleName(chart.title)
    lay = QVBoxLayout(dialog)
    lay.addWidget(view)
    dialog.resize(560, 420)
    dialog.show()
    return dialog
